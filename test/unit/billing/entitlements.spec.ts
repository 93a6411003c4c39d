import { describe, expect, it } from 'vitest';
import type { BillingConfig } from '../../../src/config/app-config.js';
import { entitlementsFor, planOf, quotaPeriod } from '../../../src/modules/billing/entitlements.js';

const billing: Extract<BillingConfig, { enabled: true }> = {
  enabled: true,
  secretKey: 'sk_test_x',
  webhookSecret: 'whsec_x',
  prices: { monthly: 'price_m', yearly: 'price_y' },
  apiUrl: undefined,
  free: { analysesPerMonth: 5, interviewsPerMonth: 3, voiceMinutesPerMonth: 15, applicationsPerDay: 5 },
  proVoiceMinutesPerMonth: 600,
  graceDays: 7,
};
const now = new Date('2026-11-29T19:00:00Z');

describe('entitlements come from the stored subscription state only', () => {
  it.each([
    [null, 'free'],
    [{ subscriptionStatus: null }, 'free'],
    [{ subscriptionStatus: 'active' }, 'pro'],
    [{ subscriptionStatus: 'trialing' }, 'pro'],
    [{ subscriptionStatus: 'incomplete' }, 'free'],
    [{ subscriptionStatus: 'incomplete_expired' }, 'free'],
    [{ subscriptionStatus: 'canceled' }, 'free'],
    [{ subscriptionStatus: 'unpaid' }, 'free'],
    [{ subscriptionStatus: 'paused' }, 'free'],
    [{ subscriptionStatus: 'past_due', graceUntil: null }, 'pro'],
    [{ subscriptionStatus: 'past_due', graceUntil: new Date('2026-12-01T00:00:00Z') }, 'pro'],
    [{ subscriptionStatus: 'past_due', graceUntil: new Date('2026-11-29T18:59:59Z') }, 'free'],
  ] as const)('%j → %s', (state, plan) => {
    expect(planOf(state, now).plan).toBe(plan);
  });

  it('limits Free by the configured quotas and Pro only on transcription minutes', () => {
    expect(entitlementsFor(billing, null, now).limits).toEqual({ analyses: 5, interviews: 3, voice_seconds: 900, applications: 5 });
    expect(entitlementsFor(billing, { subscriptionStatus: 'active' }, now).limits).toEqual({ analyses: null, interviews: null, voice_seconds: 36_000, applications: null });
    expect(entitlementsFor(billing, { subscriptionStatus: 'past_due', graceUntil: null }, now).inGrace).toBe(true);
  });

  it('counts months and days in UTC', () => {
    expect(quotaPeriod('analyses', now)).toEqual({ start: new Date('2026-11-01T00:00:00Z'), resetsAt: new Date('2026-12-01T00:00:00Z') });
    expect(quotaPeriod('voice_seconds', new Date('2026-12-31T23:59:59Z')).resetsAt).toEqual(new Date('2027-01-01T00:00:00Z'));
    expect(quotaPeriod('applications', now)).toEqual({ start: new Date('2026-11-29T00:00:00Z'), resetsAt: new Date('2026-11-30T00:00:00Z') });
  });
});
