import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../../platform/identity/user.entity.js';

/** `open`: support owes an answer; `answered`: support replied and waits for the person; `closed`: done. */
export const SUPPORT_TICKET_STATUSES = ['open', 'answered', 'closed'] as const;
export type SupportTicketStatus = (typeof SUPPORT_TICKET_STATUSES)[number];
/** While a ticket is not closed, a staff member who opened it with a reason may read the person's data (H1). */
export const OPEN_TICKET_STATUSES: readonly SupportTicketStatus[] = ['open', 'answered'];

/**
 * A support ticket a signed-in person opened from Settings (promise H1: a case source). Its subject
 * and every message are the person's data: stored only as ciphertext under the person's data key, so
 * erasing the account (the key destroyed) leaves nothing readable, backups included.
 */
const SupportTicketSchema = defineEntity({
  name: 'SupportTicket',
  tableName: 'support_tickets',
  indexes: [{ properties: ['requester', 'createdAt'] }, { properties: ['status', 'updatedAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    requester: () => p.manyToOne(User).deleteRule('cascade'),
    /** AES-256-GCM ciphertext of the subject, under the requester's data key (purpose `support-ticket-subject:<id>`). */
    subjectCiphertext: p.blob(),
    status: p.enum(SUPPORT_TICKET_STATUSES).default('open'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
    closedAt: p.datetime().nullable(),
  },
});

export class SupportTicket extends SupportTicketSchema.class {}
SupportTicketSchema.setClass(SupportTicket);

export const SUPPORT_TICKET_EVENT_KINDS = ['message', 'opened', 'closed'] as const;
export type SupportTicketEventKind = (typeof SUPPORT_TICKET_EVENT_KINDS)[number];

/**
 * One line of a ticket: a message (the person's or support's, encrypted under the person's key), a
 * staff member opening it as a case with a reason (staff's words, shown to the person and cited in
 * every access it allows), or its closing.
 */
const SupportTicketEventSchema = defineEntity({
  name: 'SupportTicketEvent',
  tableName: 'support_ticket_events',
  indexes: [{ properties: ['ticket', 'at'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    ticket: () => p.manyToOne(SupportTicket).deleteRule('cascade'),
    kind: p.enum(SUPPORT_TICKET_EVENT_KINDS),
    /** Who: the requester, a staff member, or null once that staff account is erased. */
    actor: () => p.manyToOne(User).nullable().deleteRule('set null').index(),
    /** `requester`, or the staff role at the time. */
    actorRole: p.string().length(20),
    /** A message's text, encrypted under the requester's key (purpose `support-ticket-message:<event id>`). */
    bodyCiphertext: p.blob().nullable(),
    /** An opening's reason, as staff wrote it for the person. */
    reason: p.string().length(280).nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
});

export class SupportTicketEvent extends SupportTicketEventSchema.class {}
SupportTicketEventSchema.setClass(SupportTicketEvent);
