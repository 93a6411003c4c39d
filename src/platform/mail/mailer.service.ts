import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { PublicOrigin } from '../web/public-origin.service.js';
import { MailDelivery } from './mail-delivery.service.js';
import { MailOutboxMessage, type MailLocale } from './mail-outbox.entity.js';
import { MailTemplates } from './mail-templates.js';

interface MailRequestBase {
  /** One address, no display name. */
  to: string;
  /** The account the message is about: its export lists the message, its erasure deletes it. */
  userId?: string;
  /** The recipient's language; without one (an account that never chose), the configured `DEFAULT_LOCALE`. */
  locale?: MailLocale | null;
  /** `views/mail/<template>.<locale>.{subject,text,html}.njk`. */
  template: string;
  /** The template's variables. Autoescaped in the HTML part. */
  data?: Record<string, unknown>;
  /** Extra headers (e.g. `X-Entity-Ref-ID`); never From, To, Subject or the MIME headers. */
  headers?: Record<string, string>;
  /**
   * Clear the address from the outbox as soon as the message is delivered or given up — for mail to
   * someone whose account is gone. Use only with templates that carry no personal data.
   */
  forgetRecipient?: boolean;
}

/**
 * Marketing mail always carries a one-click unsubscribe (RFC 8058, promise R5). Mail the person
 * subscribed to (a job alert) carries one too, so it stops from the mail app without signing in.
 */
export type MailRequest = MailRequestBase & ({ kind: 'transactional'; unsubscribeUrl?: string } | { kind: 'marketing'; unsubscribeUrl: string });

export class MailRequestError extends Error {
  override name = 'MailRequestError';
}

/** The values every mail template may use besides its own data. */
export interface MailGlobals {
  appName: string;
  appUrl: string;
  /** Where people can write to us (MAIL_REPLY_TO), when configured. */
  contactAddress: string | undefined;
}

type OutboxRow = Omit<MailOutboxMessage, 'user'> & { user: string | null };

/**
 * The mail port. `send` renders the message and writes it to the outbox — inside the caller's
 * transaction when given its EntityManager, so the message exists exactly when the business change
 * commits; the delivery worker sends it later, with retries. Nothing here logs an address or content.
 */
@Injectable()
export class Mailer {
  constructor(
    private readonly em: EntityManager,
    private readonly templates: MailTemplates,
    private readonly delivery: MailDelivery,
    private readonly origin: PublicOrigin,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues one message; returns its id. */
  async send(request: MailRequest, em?: EntityManager): Promise<string> {
    const globals: MailGlobals = { appName: 'Candor', appUrl: this.origin.value, contactAddress: this.config.mail.replyTo };
    const row = composeOutboxRow(request, this.templates, globals, new Date(), this.config.defaultLocale);
    await (em ?? this.em.fork()).insert(MailOutboxMessage, row);
    return row.id;
  }

  /**
   * Queues one message outside any business transaction and tries to deliver it at once (bounded by
   * a few seconds), so the outbox holds it as briefly as possible. A failed attempt is left to the
   * worker's retries. Returns its id.
   */
  async sendNow(request: MailRequest): Promise<string> {
    const id = await this.send(request);
    await this.delivery.deliverNow(id);
    return id;
  }
}

const RESERVED_HEADERS = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'reply-to', 'sender', 'date', 'message-id', 'mime-version', 'return-path', 'received']);
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]{0,76}$/;
// Domain labels exclude the dot, so the pattern stays linear (no two quantifiers can trade characters).
const SINGLE_ADDRESS = /^[^\s<>@,;"]+@[^\s<>@,;".]+(?:\.[^\s<>@,;".]+)+$/;

/** Checks a request and renders it into an outbox row. Pure apart from reading the templates. */
export function composeOutboxRow(request: MailRequest, templates: MailTemplates, globals: MailGlobals, now: Date, defaultLocale: MailLocale = 'en'): OutboxRow {
  if (!SINGLE_ADDRESS.test(request.to) || request.to.length > 320) throw new MailRequestError('The recipient must be one email address');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.toLowerCase();
    if (!HEADER_NAME.test(name) || RESERVED_HEADERS.has(lower) || lower.startsWith('content-') || lower.startsWith('list-unsubscribe')) {
      throw new MailRequestError(`Header ${name} cannot be set by the sender`);
    }
    if (/[\r\n]/.test(value) || value.length > 900) throw new MailRequestError(`Header ${name} has a malformed value`);
    headers[name] = value;
  }
  if (request.unsubscribeUrl !== undefined) {
    const url = parseUnsubscribeUrl(request.unsubscribeUrl);
    headers['List-Unsubscribe'] = `<${url}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  const locale = request.locale ?? defaultLocale;
  const rendered = templates.render(request.template, locale, { ...request.data, ...globals });
  return {
    id: randomUUID(),
    user: request.userId ?? null,
    recipient: request.to,
    locale,
    template: request.template,
    kind: request.kind,
    subject: rendered.subject,
    textBody: rendered.text,
    htmlBody: rendered.html,
    headers,
    forgetRecipient: request.forgetRecipient ?? false,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    createdAt: now,
    sentAt: null,
    failedAt: null,
  } as OutboxRow;
}

function parseUnsubscribeUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new MailRequestError('Marketing mail needs an absolute unsubscribe URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new MailRequestError('The unsubscribe URL must be http(s)');
  return url.href;
}
