import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MailOutboxMessage, type MailStatus } from './mail-outbox.entity.js';
import { retryDelayMs } from './mail-retry-policy.js';
import { MAIL_TRANSPORT, MailTransportError, type MailTransport } from './mail-transport.js';

/** A claimed message is its worker's for this long; if that worker dies, another takes it after. */
const LEASE_MS = 15 * 60_000;
/** Messages claimed per round trip. Sent one after another, so a batch stays far inside its lease. */
const BATCH_SIZE = 10;
/** `sendNow` waits at most this long for the server, then leaves the message to the worker. */
const IMMEDIATE_DEADLINE_MS = 5_000;

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

interface ClaimedMessage {
  id: string;
  recipient: string;
  template: string;
  subject: string;
  text_body: string;
  html_body: string;
  headers: Record<string, string>;
  attempts: number;
  forget_recipient: boolean;
}

/**
 * Delivers the outbox. Workers claim due messages with `FOR UPDATE SKIP LOCKED` and a lease, so any
 * number of app instances deliver each message once (at least once if a worker dies between the
 * server's acceptance and marking it sent). A failure keeps the message, counts the attempt and
 * schedules the next one with backoff and jitter; after the last attempt it is marked failed and
 * kept for operators until the retention purge. Logs carry ids, template names and error codes only.
 */
@Injectable()
export class MailDelivery implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly em: EntityManager,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Delivers every message due at `now`; the worker calls this, and so do tests. */
  async deliverDue(now = new Date()): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
    report.failed += await this.giveUpAbandoned(now);
    for (;;) {
      const claimed = await this.claim(now, BATCH_SIZE);
      if (claimed.length === 0) return report;
      for (const message of claimed) report[await this.attempt(message, now, this.deadlineMs)] += 1;
    }
  }

  /** Tries one message at once if it is due and no worker holds it; returns its status afterwards. */
  async deliverNow(id: string, now = new Date()): Promise<MailStatus | 'elsewhere'> {
    const [message] = await this.claim(now, 1, id);
    if (!message) return 'elsewhere';
    const outcome = await this.attempt(message, now, Math.min(IMMEDIATE_DEADLINE_MS, this.deadlineMs));
    return outcome === 'retrying' ? 'pending' : outcome;
  }

  /** Deletes sent and failed messages older than the retention period; returns how many. */
  async purgeSettled(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.mail.retentionDays * 86_400_000);
    return this.em.fork().nativeDelete(MailOutboxMessage, {
      $or: [
        { status: 'sent', sentAt: { $lt: cutoff } },
        { status: 'failed', failedAt: { $lt: cutoff } },
      ],
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  private get deadlineMs(): number {
    return this.config.mail.transport.kind === 'smtp' ? this.config.mail.transport.timeoutMs : IMMEDIATE_DEADLINE_MS;
  }

  /**
   * Takes up to `limit` due messages: counts the attempt now (so a message that crashes its worker
   * still runs out of attempts) and moves the next attempt to the end of the lease.
   */
  private async claim(now: Date, limit: number, id?: string): Promise<ClaimedMessage[]> {
    return this.em.fork().getConnection().execute<ClaimedMessage[]>(
      `update mail_outbox set attempts = attempts + 1, next_attempt_at = ?
        where id in (
          select id from mail_outbox
           where status = 'pending' and next_attempt_at <= ? and attempts < ? ${id ? 'and id = ?' : ''}
           order by next_attempt_at
           limit ?
           for update skip locked)
        returning id, recipient, template, subject, text_body, html_body, headers, attempts, forget_recipient`,
      [new Date(now.getTime() + LEASE_MS), now, this.config.mail.maxAttempts, ...(id ? [id] : []), limit],
    );
  }

  private async attempt(message: ClaimedMessage, now: Date, deadlineMs: number): Promise<keyof DeliveryReport> {
    const em = this.em.fork();
    const forget = message.forget_recipient ? { recipient: null } : {};
    let failure: MailTransportError;
    try {
      await this.transport.deliver(
        { to: message.recipient, subject: message.subject, text: message.text_body, html: message.html_body, headers: message.headers },
        deadlineMs,
      );
      await em.nativeUpdate(MailOutboxMessage, { id: message.id }, { status: 'sent', sentAt: now, lastError: null, ...forget });
      return 'sent';
    } catch (error) {
      if (!(error instanceof MailTransportError)) throw error;
      failure = error;
    }
    const label = `Mail ${message.id} (${message.template}) attempt ${message.attempts}`;
    if (failure.permanent || message.attempts >= this.config.mail.maxAttempts) {
      await em.nativeUpdate(MailOutboxMessage, { id: message.id }, { status: 'failed', failedAt: now, lastError: failure.code, ...forget });
      this.logger.error(`${label} failed: ${failure.code}; given up${failure.permanent ? ' (refused by the server)' : ''}`);
      return 'failed';
    }
    const nextAttemptAt = new Date(now.getTime() + retryDelayMs(message.attempts));
    await em.nativeUpdate(MailOutboxMessage, { id: message.id }, { nextAttemptAt, lastError: failure.code });
    this.logger.warn(`${label} failed: ${failure.code}; next attempt at ${nextAttemptAt.toISOString()}`);
    return 'retrying';
  }

  /** A worker that died during a message's last attempt leaves it pending with no attempts left. */
  private async giveUpAbandoned(now: Date): Promise<number> {
    const rows = await this.em.fork().getConnection().execute<{ id: string }[]>(
      `update mail_outbox
          set status = 'failed', failed_at = ?, last_error = 'EABANDONED',
              recipient = case when forget_recipient then null else recipient end
        where status = 'pending' and attempts >= ? and next_attempt_at <= ?
        returning id`,
      [now, this.config.mail.maxAttempts, now],
    );
    for (const { id } of rows) this.logger.error(`Mail ${id} failed: its last attempt never finished; given up`);
    return rows.length;
  }
}
