import { createTransport } from 'nodemailer';
import type { NodemailerError } from 'nodemailer';
import type { MailConfig, MailTransportConfig } from '../../config/app-config.js';
import { MailTransportError, type MailTransport, type OutgoingMail } from './mail-transport.js';

type SmtpConfig = Extract<MailTransportConfig, { kind: 'smtp' }>;

/** Delivers through any SMTP server with nodemailer, one connection per message. */
export class SmtpMailTransport implements MailTransport {
  readonly kind = 'smtp';
  private readonly transporter: ReturnType<typeof createTransport>;

  constructor(
    smtp: SmtpConfig,
    private readonly mail: Pick<MailConfig, 'from' | 'replyTo'>,
  ) {
    this.transporter = createTransport({
      url: smtp.url,
      requireTLS: smtp.requireTls,
      connectionTimeout: smtp.timeoutMs,
      greetingTimeout: smtp.timeoutMs,
      socketTimeout: smtp.timeoutMs,
      // nodemailer logs nothing unless asked; say so, since its debug output holds addresses and content.
      logger: false,
      debug: false,
    });
  }

  async deliver(mail: OutgoingMail, deadlineMs: number): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.mail.from,
        ...(this.mail.replyTo ? { replyTo: this.mail.replyTo } : {}),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        signal: AbortSignal.timeout(deadlineMs),
      });
    } catch (error) {
      throw asTransportError(error as NodemailerError);
    }
  }

  close(): void {
    this.transporter.close();
  }
}

function asTransportError(error: NodemailerError): MailTransportError {
  const code = [error.code ?? error.name, error.originalCode].filter(Boolean).join('/');
  const withReply = error.responseCode ? `${code} ${error.responseCode}` : code;
  return new MailTransportError(withReply.slice(0, 100) || 'EUNKNOWN', error.permanent === true);
}
