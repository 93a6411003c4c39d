import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../platform/identity/user.entity.js';

/** How a decision was made: the banner's buttons, the settings page, the browser's GPC signal, or a withdrawal. */
export const CONSENT_METHODS = ['banner', 'settings', 'gpc', 'withdrawal'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** The browser families the ledger records (never the full user-agent string). */
export const BROWSER_FAMILIES = ['chrome', 'edge', 'firefox', 'safari', 'samsung', 'opera', 'whale', 'other'] as const;
export type BrowserFamily = (typeof BROWSER_FAMILIES)[number];

/**
 * One consent decision (promise C4), append-only: the database refuses updates and deletes (a
 * trigger), except unlinking the account when it is erased. A visitor is known only by the random
 * consent id in their cookie; a signed-in person also by their account.
 */
const ConsentRecordSchema = defineEntity({
  name: 'ConsentRecord',
  tableName: 'consent_records',
  indexes: [{ properties: ['consentId', 'recordedAt'] }, { properties: ['account', 'recordedAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    /** The random id in the browser's consent cookie. */
    consentId: p.uuid(),
    /** Null for visitors, and once the account is erased. */
    account: () => p.manyToOne(User).nullable().deleteRule('set null'),
    recordedAt: p.datetime().onCreate(() => new Date()),
    /** The cookie policy (and banner) version the person saw. */
    policyVersion: p.integer(),
    analytics: p.boolean(),
    advertising: p.boolean(),
    method: p.enum(CONSENT_METHODS),
    /** Whether the browser sent Global Privacy Control with this decision (an opt-in then overrides it). */
    gpcSignal: p.boolean(),
    language: p.string().length(5),
    /** The address cut to its network: /24 for IPv4, /48 for IPv6. */
    ipPrefix: p.string().length(50).nullable(),
    browserFamily: p.enum(BROWSER_FAMILIES),
  },
});

export class ConsentRecord extends ConsentRecordSchema.class {}
ConsentRecordSchema.setClass(ConsentRecord);
