import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../../platform/contracts/user-data-participant.js';
import { BillingAccount, BillingHistoryEntry, ProcessedStripeEvent, UsageCounter } from './billing.entities.js';
import { planOf } from './entitlements.js';
import { StripeGateway } from './stripe-gateway.js';

/** Subscriptions that still charge, or may charge again: cancelled before the customer goes. */
const CHARGING = new Set(['trialing', 'active', 'past_due', 'incomplete', 'unpaid', 'paused']);

/**
 * Billing in export (plan, subscription dates, plan changes and invoices with Stripe's links, usage)
 * and in erasure: the subscription is cancelled and the Stripe customer deleted — inside the erasure
 * transaction, so if Stripe cannot be reached nothing is erased and the person can try again rather
 * than being charged for an account that no longer exists. Both calls are idempotent at Stripe.
 */
@Injectable()
@UserDataParticipant()
export class BillingDataParticipant implements UserDataContributor {
  private readonly logger = new Logger('BillingData');
  readonly dataArea = 'billing';
  readonly exportFolder = {
    name: 'billing',
    description: 'your plan, plan changes and invoices (with links to the receipts Stripe keeps), and this period\'s usage; card details were never stored by Candor',
  };
  readonly erasePhase = ERASE_PHASE.rows;

  constructor(
    private readonly em: EntityManager,
    private readonly gateway: StripeGateway,
  ) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    const em = this.em.fork();
    const account = await em.findOne(BillingAccount, { user: userId });
    const usage = await em.find(UsageCounter, { user: userId }, { orderBy: { periodStart: 'asc', kind: 'asc' } });
    const history = account ? await em.find(BillingHistoryEntry, { account }, { orderBy: { at: 'asc' } }) : [];
    if (!account && usage.length === 0) return [];
    const plan = {
      plan: planOf(account, new Date()).plan,
      stripeCustomerId: account?.stripeCustomerId ?? null,
      stripeSubscriptionId: account?.stripeSubscriptionId ?? null,
      subscriptionStatus: account?.subscriptionStatus ?? null,
      interval: account?.interval ?? null,
      currentPeriodEnd: account?.currentPeriodEnd?.toISOString() ?? null,
      cancelAtPeriodEnd: account?.cancelAtPeriodEnd ?? false,
      graceUntil: account?.graceUntil?.toISOString() ?? null,
    };
    const entries = history.map((h) => ({
      at: h.at.toISOString(),
      kind: h.kind,
      fromPlan: h.fromPlan ?? undefined,
      toPlan: h.toPlan ?? undefined,
      invoice: h.stripeInvoiceId ? { id: h.stripeInvoiceId, link: h.hostedInvoiceUrl, amount: h.amount, currency: h.currency } : undefined,
    }));
    return [
      { path: 'billing/plan.json', content: JSON.stringify(plan, null, 2) },
      { path: 'billing/history.json', content: JSON.stringify(entries, null, 2) },
      { path: 'billing/usage.json', content: JSON.stringify(usage.map((u) => ({ kind: u.kind, periodStart: u.periodStart.toISOString(), used: u.used })), null, 2) },
    ];
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    const account = await em.findOne(BillingAccount, { user: userId });
    if (account?.stripeCustomerId) {
      if (!this.gateway.enabled) {
        // Billing was switched off after this person paid: the operator must close the customer by hand.
        this.logger.error(`Erased billing account ${account.id} still has Stripe customer ${account.stripeCustomerId}; billing is not configured, close it in Stripe`);
      } else {
        if (account.stripeSubscriptionId && account.subscriptionStatus && CHARGING.has(account.subscriptionStatus)) {
          await this.gateway.cancelSubscription(account.stripeSubscriptionId);
        }
        await this.gateway.deleteCustomer(account.stripeCustomerId);
        this.logger.log(`Cancelled the subscription and deleted the Stripe customer of billing account ${account.id}`);
      }
    }
    if (account) {
      await em.nativeDelete(BillingHistoryEntry, { account });
      await em.nativeDelete(ProcessedStripeEvent, { account });
      await em.nativeDelete(BillingAccount, { id: account.id });
    }
    await em.nativeDelete(UsageCounter, { user: userId });
  }
}
