import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../platform/identity/user.entity.js';

/** Stripe's subscription statuses, stored as Stripe sends them; entitlements.ts decides what each means. */
export const SUBSCRIPTION_STATUSES = ['incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const BILLING_INTERVALS = ['month', 'year'] as const;
export type BillingInterval = (typeof BILLING_INTERVALS)[number];

/**
 * A person's billing account: Candor's id for them at Stripe (`client_reference_id` and
 * `metadata.candor_account` of every Checkout Session and subscription), their Stripe customer, and
 * the last subscription state read from Stripe. Entitlements are derived from these columns only.
 * No card data exists anywhere in Candor (promise H4): Stripe Checkout and the portal collect it.
 */
const BillingAccountSchema = defineEntity({
  name: 'BillingAccount',
  tableName: 'billing_accounts',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    user: () => p.oneToOne(User).owner().unique().deleteRule('cascade'),
    stripeCustomerId: p.string().length(255).nullable().unique(),
    stripeSubscriptionId: p.string().length(255).nullable(),
    subscriptionStatus: p.enum(SUBSCRIPTION_STATUSES).nullable(),
    interval: p.enum(BILLING_INTERVALS).nullable(),
    /** End of the paid period (the renewal date, or the end date when cancelled at period end). */
    currentPeriodEnd: p.datetime().nullable(),
    cancelAtPeriodEnd: p.boolean().default(false),
    /** Set by the first failed renewal payment, cleared by a paid invoice: Pro holds until then. */
    graceUntil: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export class BillingAccount extends BillingAccountSchema.class {}
BillingAccountSchema.setClass(BillingAccount);

/**
 * Every Stripe event whose effects were applied, keyed by Stripe's event id. The row is inserted in
 * the same transaction as the effects, so a redelivered event — even one arriving at the same moment
 * — meets the primary key and changes nothing.
 */
const ProcessedStripeEventSchema = defineEntity({
  name: 'ProcessedStripeEvent',
  tableName: 'billing_stripe_events',
  indexes: [{ properties: ['account'] }],
  properties: {
    id: p.string().length(255).primary(),
    type: p.string().length(100),
    account: () => p.manyToOne(BillingAccount).nullable().deleteRule('cascade'),
    processedAt: p.datetime().onCreate(() => new Date()),
  },
});
export class ProcessedStripeEvent extends ProcessedStripeEventSchema.class {}
ProcessedStripeEventSchema.setClass(ProcessedStripeEvent);

export const BILLING_HISTORY_KINDS = ['plan_changed', 'invoice_paid', 'invoice_payment_failed'] as const;
export type BillingHistoryKind = (typeof BILLING_HISTORY_KINDS)[number];

export const PLANS = ['free', 'pro'] as const;
export type Plan = (typeof PLANS)[number];

/** What the person sees in Settings → Plan and in their export: plan changes and invoices. */
const BillingHistoryEntrySchema = defineEntity({
  name: 'BillingHistoryEntry',
  tableName: 'billing_history',
  indexes: [{ properties: ['account', 'at'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    account: () => p.manyToOne(BillingAccount).deleteRule('cascade'),
    kind: p.enum(BILLING_HISTORY_KINDS),
    /** For plan changes: the plan before and after. */
    fromPlan: p.enum(PLANS).nullable(),
    toPlan: p.enum(PLANS).nullable(),
    stripeInvoiceId: p.string().length(255).nullable(),
    /** Stripe's hosted invoice page: the person's receipt, kept by Stripe. */
    hostedInvoiceUrl: p.string().length(2048).nullable(),
    /** In the currency's smallest unit, as Stripe states it. */
    amount: p.integer().nullable(),
    currency: p.string().length(3).nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export class BillingHistoryEntry extends BillingHistoryEntrySchema.class {}
BillingHistoryEntrySchema.setClass(BillingHistoryEntry);

export const QUOTA_KINDS = ['analyses', 'interviews', 'voice_seconds', 'applications'] as const;
export type QuotaKind = (typeof QUOTA_KINDS)[number];

/**
 * Usage of one metered thing by one person in one period (a UTC month, or a UTC day for
 * applications). Counted in the database — `insert … on conflict do update … where used + n <= limit`
 * — so a quota holds however many app instances serve the person at once.
 */
const UsageCounterSchema = defineEntity({
  name: 'UsageCounter',
  tableName: 'billing_usage',
  uniques: [{ properties: ['user', 'kind', 'periodStart'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    user: () => p.manyToOne(User).deleteRule('cascade'),
    kind: p.enum(QUOTA_KINDS),
    periodStart: p.datetime(),
    used: p.integer().default(0),
  },
});
export class UsageCounter extends UsageCounterSchema.class {}
UsageCounterSchema.setClass(UsageCounter);

export const BILLING_ENTITIES = [BillingAccount, ProcessedStripeEvent, BillingHistoryEntry, UsageCounter];
