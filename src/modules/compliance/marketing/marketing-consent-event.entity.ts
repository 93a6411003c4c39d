import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../../platform/identity/user.entity.js';

/** Where a choice about marketing email was made. */
export const MARKETING_CONSENT_SOURCES = ['settings', 'unsubscribe-link', 'one-click'] as const;
export type MarketingConsentSource = (typeof MARKETING_CONSENT_SOURCES)[number];

/**
 * Every opt-in and withdrawal of marketing email, append-only (promise R5): the latest row is the
 * person's current choice; no row means no marketing. Erased with the account.
 */
const MarketingConsentEventSchema = defineEntity({
  name: 'MarketingConsentEvent',
  tableName: 'marketing_consent_events',
  indexes: [{ properties: ['user', 'at'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    user: () => p.manyToOne(User).deleteRule('cascade'),
    optedIn: p.boolean(),
    source: p.enum(MARKETING_CONSENT_SOURCES),
    at: p.datetime(),
  },
});
export class MarketingConsentEvent extends MarketingConsentEventSchema.class {}
MarketingConsentEventSchema.setClass(MarketingConsentEvent);
