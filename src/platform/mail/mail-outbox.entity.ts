import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../identity/user.entity.js';

export const MAIL_LOCALES = ['en', 'ko'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

/** Marketing mail needs the person's opt-in and a one-click unsubscribe (promise R5). */
export const MAIL_KINDS = ['transactional', 'marketing'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** pending → sent, or pending → failed after the last attempt (kept for operators, then purged). */
export const MAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * One message, rendered when it was queued (the outbox pattern): the row is written in the same
 * transaction as the business change, so a message exists exactly when that change commits, and
 * survives any outage until a worker delivers it. With the local transport (development) the rows
 * are also the mailbox shown at /dev/mailbox.
 *
 * Holds personal data (an address and content): exported and erased with the person's account, and
 * purged a retention period after it was sent or given up.
 */
const MailOutboxMessageSchema = defineEntity({
  name: 'MailOutboxMessage',
  tableName: 'mail_outbox',
  indexes: [
    { properties: ['user'] },
    // What the delivery worker scans: due pending messages only.
    { name: 'mail_outbox_due_index', expression: `create index "mail_outbox_due_index" on "mail_outbox" ("next_attempt_at") where "status" = 'pending'` },
  ],
  // A message still to be delivered always knows where to go.
  checks: [{ name: 'mail_outbox_pending_has_recipient_check', expression: `"status" <> 'pending' or "recipient" is not null` }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    /** The account the message is about, when there is one; erasure deletes its messages. */
    user: () => p.manyToOne(User).nullable().deleteRule('cascade'),
    /** Null only once delivered or given up when the sender asked to forget it (see `forgetRecipient`). */
    recipient: p.string().length(320).nullable(),
    locale: p.enum(MAIL_LOCALES),
    template: p.string().length(100),
    kind: p.enum(MAIL_KINDS),
    subject: p.text(),
    textBody: p.text(),
    htmlBody: p.text(),
    /** Extra headers, e.g. List-Unsubscribe; From, To and Subject are set by the transport. */
    headers: p.json<Record<string, string>>(),
    /** Clear the address as soon as the message is delivered or given up (mail to an erased account). */
    forgetRecipient: p.boolean().default(false),
    status: p.enum(MAIL_STATUSES).default('pending'),
    attempts: p.integer().default(0),
    /** When a worker may next try; while one holds the message, the end of its lease. */
    nextAttemptAt: p.datetime(),
    /** The transport's error code of the last failed attempt (never its text, which may quote the address). */
    lastError: p.string().length(100).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    sentAt: p.datetime().nullable(),
    failedAt: p.datetime().nullable(),
  },
});

export class MailOutboxMessage extends MailOutboxMessageSchema.class {}
MailOutboxMessageSchema.setClass(MailOutboxMessage);
