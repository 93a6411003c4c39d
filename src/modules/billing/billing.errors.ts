import { DomainError, messageKey } from '../../platform/contracts/domain-error.js';
import type { Plan, QuotaKind } from './billing.entities.js';

/** What a person sees when a quota is reached: what remains, when it resets, and (on Free) how to upgrade. */
export interface QuotaReached {
  kind: QuotaKind;
  plan: Plan;
  limit: number;
  used: number;
  /** What is left this period; for voice, in seconds. */
  remaining: number;
  resetsAt: Date;
}

/**
 * A metered action beyond the person's plan. Thrown before any work starts (or inside the
 * transaction that would create the row, so nothing is left half-done). Rendered by
 * QuotaExceededFilter as its own page: 402 on Free (upgrading helps), 429 on Pro.
 */
export class QuotaExceededError extends DomainError {
  constructor(readonly reached: QuotaReached) {
    super('RATE_LIMITED', `The ${reached.plan} plan's ${reached.kind} quota is reached until ${reached.resetsAt.toISOString()}.`, {
      messageKey: messageKey(`billing:quota.reached.${reached.kind}`, { limit: reached.kind === 'voice_seconds' ? Math.floor(reached.limit / 60) : reached.limit }),
    });
  }
}

/** Stripe could not be reached or refused a request: the person tries again later; a webhook is retried by Stripe. */
export class BillingUnavailableError extends DomainError {
  constructor(options?: ErrorOptions) {
    super('UNAVAILABLE', 'Payments are unavailable right now. Nothing was changed; please try again in a few minutes.', {
      ...options,
      messageKey: messageKey('billing:errors.unavailable'),
    });
  }
}

/** Billing is not configured on this server: there are no plans to buy or manage. */
export class BillingDisabledError extends DomainError {
  constructor() {
    super('NOT_FOUND', 'Not Found', { messageKey: messageKey('errors.notFound') });
  }
}

/** A webhook whose Stripe-Signature is missing, does not match the raw body, or is too old. */
export class WebhookSignatureError extends DomainError {
  constructor(reason: string) {
    super('INVALID_INPUT', `Webhook signature rejected: ${reason}`);
  }
}
