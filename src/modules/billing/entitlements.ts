import type { BillingConfig } from '../../config/app-config.js';
import type { Plan, QuotaKind, SubscriptionStatus } from './billing.entities.js';

/** The stored subscription state entitlements are derived from (a billing account's columns). */
export interface SubscriptionState {
  subscriptionStatus?: SubscriptionStatus | null;
  graceUntil?: Date | null;
}

export interface Entitlements {
  plan: Plan;
  /** Pro held while Stripe retries a failed renewal payment. */
  inGrace: boolean;
  /** Per period; null: not limited. */
  limits: Record<QuotaKind, number | null>;
}

/** When a quota's period began and when it resets: calendar months in UTC, applications per UTC day. */
export interface QuotaPeriod {
  start: Date;
  resetsAt: Date;
}

/** The one place that decides what a subscription state entitles a person to. */
export function planOf(state: SubscriptionState | null, now: Date): { plan: Plan; inGrace: boolean } {
  switch (state?.subscriptionStatus) {
    case 'active':
    case 'trialing':
      return { plan: 'pro', inGrace: false };
    case 'past_due':
      // Stripe retries the payment; Pro holds for the grace period (unset until the failure event arrives).
      if (!state.graceUntil || state.graceUntil > now) return { plan: 'pro', inGrace: true };
      return { plan: 'free', inGrace: false };
    default:
      // No subscription, or incomplete, expired, cancelled, unpaid or paused: the Free plan.
      return { plan: 'free', inGrace: false };
  }
}

export function entitlementsFor(billing: Extract<BillingConfig, { enabled: true }>, state: SubscriptionState | null, now: Date): Entitlements {
  const { plan, inGrace } = planOf(state, now);
  if (plan === 'pro') {
    return { plan, inGrace, limits: { analyses: null, interviews: null, voice_seconds: billing.proVoiceMinutesPerMonth * 60, applications: null } };
  }
  return {
    plan,
    inGrace,
    limits: {
      analyses: billing.free.analysesPerMonth,
      interviews: billing.free.interviewsPerMonth,
      voice_seconds: billing.free.voiceMinutesPerMonth * 60,
      applications: billing.free.applicationsPerDay,
    },
  };
}

export function quotaPeriod(kind: QuotaKind, now: Date): QuotaPeriod {
  if (kind === 'applications') {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    return { start, resetsAt: new Date(start.getTime() + 86_400_000) };
  }
  return {
    start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
    resetsAt: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)),
  };
}
