import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { DATA_REQUEST_TYPES } from '../../../config/app-config.js';
import { LOCALES } from '../../../platform/i18n/locale.js';
import { User } from '../../../platform/identity/user.entity.js';

export { DATA_REQUEST_TYPES, type DataRequestType } from '../../../config/app-config.js';

export const DATA_REQUEST_STATUSES = ['identity_unverified', 'pending', 'in_progress', 'waiting_for_requester', 'completed', 'denied', 'cancelled'] as const;
export type DataRequestStatus = (typeof DATA_REQUEST_STATUSES)[number];

/** A case is open while support still owes an answer: only then may staff open the person's data (H1). */
export const OPEN_STATUSES: readonly DataRequestStatus[] = ['pending', 'in_progress', 'waiting_for_requester'];

/** What an objection may be about; a restriction covers all of them. */
export const PROCESSING_PURPOSES = ['analysis', 'matching', 'alerts', 'marketing'] as const;
export type ProcessingPurpose = (typeof PROCESSING_PURPOSES)[number];

/**
 * A data-subject request (promise R3): from a signed-in person (`requesterUser`) or, through the
 * public form, from someone without an account who proved control of `requesterEmail` with a code.
 * Its history is `DataRequestEvent`, append-only.
 */
const DataRequestSchema = defineEntity({
  name: 'DataRequest',
  tableName: 'data_requests',
  indexes: [{ properties: ['status', 'dueAt'] }, { properties: ['requesterUser'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    type: p.enum(DATA_REQUEST_TYPES),
    status: p.enum(DATA_REQUEST_STATUSES),
    /** Null for the public form, and once the account is erased (the request stays, without the person). */
    requesterUser: () => p.manyToOne(User).nullable().deleteRule('set null'),
    /** Only for requests from the public form: the address the code went to. */
    requesterEmail: p.string().length(320).nullable(),
    requesterName: p.string().length(120).nullable(),
    /** Emails about the request go out in this language. */
    locale: p.enum(LOCALES),
    /** In the requester's words: what to correct, what they object to, anything support should know. */
    details: p.text().nullable(),
    /** For an objection: which uses of their data they object to. */
    objectionPurposes: p.array().default([]),
    dueAt: p.datetime(),
    assignee: () => p.manyToOne(User).nullable().deleteRule('set null'),
    /** What was done, as the requester is told it (completed) — or why not (denied). */
    outcome: p.text().nullable(),
    /** Public form: an HMAC of the six-digit code, its expiry and the wrong guesses so far. */
    codeHash: p.string().length(64).nullable(),
    codeExpiresAt: p.datetime().nullable(),
    codeAttempts: p.integer().default(0),
    codesSent: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    closedAt: p.datetime().nullable(),
  },
});

export class DataRequest extends DataRequestSchema.class {}
DataRequestSchema.setClass(DataRequest);

export const DATA_REQUEST_EVENT_KINDS = [
  'filed',
  'code_sent',
  'identity_verified',
  'opened',
  'assigned',
  'status_changed',
  'note',
  'reply_sent',
  'completed',
  'denied',
  'cancelled',
  'export_downloaded',
  'restriction_lifted',
] as const;
export type DataRequestEventKind = (typeof DATA_REQUEST_EVENT_KINDS)[number];

/**
 * One line of a request's history: who did what, when. Append-only — the database refuses updates
 * (except an erased staff account's id turning null) — and `internal` lines (notes, openings) are
 * for staff only.
 */
const DataRequestEventSchema = defineEntity({
  name: 'DataRequestEvent',
  tableName: 'data_request_events',
  indexes: [{ properties: ['request', 'at'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    request: () => p.manyToOne(DataRequest).deleteRule('cascade'),
    kind: p.enum(DATA_REQUEST_EVENT_KINDS),
    /** Who did it; null for the requester without an account, the system, or an erased staff account. */
    actor: () => p.manyToOne(User).nullable().deleteRule('set null'),
    /** `requester`, `system`, or the staff role at the time. */
    actorRole: p.string().length(20),
    /** The status the request moved to, when it moved. */
    status: p.enum(DATA_REQUEST_STATUSES).nullable(),
    /** A note, a reason, a reply's text. */
    text: p.text().nullable(),
    internal: p.boolean().default(false),
    at: p.datetime().onCreate(() => new Date()),
  },
});

export class DataRequestEvent extends DataRequestEventSchema.class {}
DataRequestEventSchema.setClass(DataRequestEvent);
