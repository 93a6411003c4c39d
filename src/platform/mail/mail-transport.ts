/** A rendered message on its way out. From and Reply-To come from the configuration. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/**
 * Where delivery goes: an SMTP server, or the local mailbox (the outbox rows themselves). Tests point
 * the SMTP adapter at a real SMTP server on 127.0.0.1: they swap the endpoint, not the code.
 */
export interface MailTransport {
  readonly kind: 'smtp' | 'local';
  /** Resolves once the server accepted the message; rejects with a MailTransportError. */
  deliver(mail: OutgoingMail, deadlineMs: number): Promise<void>;
  close(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/**
 * A failed delivery, described only by codes: a server's reply text may quote the address, so it is
 * neither stored nor logged.
 */
export class MailTransportError extends Error {
  override name = 'MailTransportError';

  constructor(
    /** e.g. `ESOCKET/ECONNREFUSED` or `EENVELOPE 550`. */
    readonly code: string,
    /** The server refused this message for good (5xx): retrying would get the same answer. */
    readonly permanent: boolean,
  ) {
    super(`Mail delivery failed: ${code}`);
  }
}

/** Development and tests without SMTP_URL: a message is "delivered" by staying in the outbox, shown at /dev/mailbox. */
export class LocalMailTransport implements MailTransport {
  readonly kind = 'local';

  deliver(): Promise<void> {
    return Promise.resolve();
  }

  close(): void {}
}
