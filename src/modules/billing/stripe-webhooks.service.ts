import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import type Stripe from 'stripe';
import { User } from '../../platform/identity/user.entity.js';
import { formattersFor } from '../../platform/i18n/formatters.js';
import { DEFAULT_TIME_ZONES } from '../../platform/i18n/locale.js';
import { Mailer } from '../../platform/mail/index.js';
import { PublicOrigin } from '../../platform/web/public-origin.service.js';
import { BillingAccount, BillingHistoryEntry, SUBSCRIPTION_STATUSES, type SubscriptionStatus } from './billing.entities.js';
import { planOf } from './entitlements.js';
import { StripeGateway } from './stripe-gateway.js';

export type WebhookOutcome = 'applied' | 'duplicate' | 'ignored';

const HANDLED_TYPES = new Set([
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
]);

/** Statuses of a subscription that is (still) the person's current one. */
const CURRENT_STATUSES = new Set<string>(['trialing', 'active', 'past_due', 'incomplete', 'unpaid', 'paused']);

/**
 * Applies Stripe's webhook events exactly once each:
 * - the signature is checked on the raw body before anything else (StripeGateway.verifyEvent);
 * - the event id is inserted under its primary key in the same transaction as the effects, so a
 *   redelivery — also one arriving at the same moment, which waits on the key — changes nothing;
 * - the subscription is re-read from Stripe under the account's row lock before it is written, so
 *   events in any order leave the state Stripe has now;
 * - a failure to reach Stripe rolls everything back and answers 5xx: Stripe delivers again later.
 * Accounts are found by Candor's own id (`client_reference_id`, `metadata.candor_account`) or the
 * Stripe customer id Candor created — never by email. Logs carry ids, types and outcomes only.
 */
@Injectable()
export class StripeWebhooks {
  private readonly logger = new Logger('StripeWebhooks');

  constructor(
    private readonly em: EntityManager,
    private readonly gateway: StripeGateway,
    private readonly mailer: Mailer,
    private readonly origin: PublicOrigin,
  ) {}

  async receive(rawBody: Buffer, signature: string | undefined): Promise<WebhookOutcome> {
    const event = this.gateway.verifyEvent(rawBody, signature);
    if (!HANDLED_TYPES.has(event.type)) {
      this.logger.log(`Stripe event ${event.id} (${event.type}) ignored: not a type Candor handles`);
      return 'ignored';
    }
    const outcome = await this.em.fork().transactional(async (tx): Promise<WebhookOutcome> => {
      const recorded = await tx
        .getConnection()
        .execute<{ id: string }[]>(
          'insert into billing_stripe_events (id, type, processed_at) values (?, ?, now()) on conflict (id) do nothing returning id',
          [event.id, event.type],
          'all',
          tx.getTransactionContext(),
        );
      if (recorded.length === 0) return 'duplicate';
      const account = await this.apply(tx, event);
      if (!account) return 'ignored';
      await tx.getConnection().execute('update billing_stripe_events set account_id = ? where id = ?', [account.id, event.id], 'run', tx.getTransactionContext());
      return 'applied';
    });
    this.logger.log(`Stripe event ${event.id} (${event.type}): ${outcome}`);
    return outcome;
  }

  /** Returns the account the event changed, or undefined when it concerns none of ours. */
  private async apply(tx: EntityManager, event: Stripe.Event): Promise<BillingAccount | undefined> {
    switch (event.type) {
      case 'checkout.session.completed':
        return this.checkoutCompleted(tx, event.data.object);
      case 'customer.subscription.created':
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted': {
        const subscription = event.data.object;
        const account = await this.lockAccount(tx, subscription.metadata?.candor_account, idOf(subscription.customer));
        if (account) await this.syncSubscription(tx, account, subscription.id, event.id);
        return account;
      }
      case 'invoice.paid':
      case 'invoice.payment_failed':
        return this.invoiceEvent(tx, event.type, event.data.object, event.id);
      default:
        return undefined;
    }
  }

  private async checkoutCompleted(tx: EntityManager, session: Stripe.Checkout.Session): Promise<BillingAccount | undefined> {
    const reference = session.client_reference_id ?? undefined;
    const metadata = session.metadata?.candor_account;
    if (!reference || (metadata && metadata !== reference)) {
      this.logger.warn(`Checkout session ${session.id} carries no consistent Candor account reference: ignored`);
      return undefined;
    }
    if (session.mode !== 'subscription' || !session.subscription) return undefined;
    const account = await this.lockAccount(tx, reference, undefined);
    if (!account) return undefined;
    if (account.stripeCustomerId && account.stripeCustomerId !== idOf(session.customer)) {
      this.logger.warn(`Checkout session ${session.id} belongs to another customer than account ${account.id}: ignored`);
      return undefined;
    }
    await this.syncSubscription(tx, account, idOf(session.subscription)!, session.id);
    return account;
  }

  private async invoiceEvent(tx: EntityManager, type: 'invoice.paid' | 'invoice.payment_failed', invoice: Stripe.Invoice, eventId: string): Promise<BillingAccount | undefined> {
    const details = invoice.parent?.subscription_details;
    const account = await this.lockAccount(tx, details?.metadata?.candor_account, idOf(invoice.customer));
    if (!account) return undefined;
    const now = new Date();
    tx.create(BillingHistoryEntry, {
      account,
      kind: type === 'invoice.paid' ? 'invoice_paid' : 'invoice_payment_failed',
      stripeInvoiceId: invoice.id ?? null,
      hostedInvoiceUrl: httpsUrl(invoice.hosted_invoice_url),
      amount: type === 'invoice.paid' ? invoice.amount_paid : invoice.amount_due,
      currency: invoice.currency?.slice(0, 3) ?? null,
      at: now,
    });
    let graceStarted = false;
    if (type === 'invoice.paid') {
      account.graceUntil = null;
    } else if (!account.graceUntil) {
      account.graceUntil = new Date(now.getTime() + this.gateway.config.graceDays * 86_400_000);
      graceStarted = true;
    }
    const subscriptionId = idOf(details?.subscription);
    if (subscriptionId) await this.syncSubscription(tx, account, subscriptionId, eventId);
    await tx.flush();
    // One message per failed renewal, when the grace period starts; Stripe's own retries add none.
    if (graceStarted) await this.mailPaymentFailed(tx, account);
    return account;
  }

  /** Re-reads the subscription from Stripe and stores what it says now, whatever order events came in. */
  private async syncSubscription(tx: EntityManager, account: BillingAccount, subscriptionId: string, sourceId: string): Promise<void> {
    const snapshot = await this.gateway.retrieveSubscription(subscriptionId);
    if (account.stripeCustomerId && snapshot.customerId !== account.stripeCustomerId) {
      this.logger.warn(`Subscription ${snapshot.id} (from ${sourceId}) belongs to another customer than account ${account.id}: ignored`);
      return;
    }
    // An old subscription ending must not overwrite a newer one that is the person's current plan.
    if (account.stripeSubscriptionId && account.stripeSubscriptionId !== snapshot.id && !CURRENT_STATUSES.has(snapshot.status)) return;
    const now = new Date();
    const before = planOf(account, now).plan;
    const status = SUBSCRIPTION_STATUSES.includes(snapshot.status as SubscriptionStatus) ? (snapshot.status as SubscriptionStatus) : null;
    tx.assign(account, {
      stripeCustomerId: account.stripeCustomerId ?? snapshot.customerId,
      stripeSubscriptionId: snapshot.id,
      subscriptionStatus: status,
      interval: snapshot.interval,
      currentPeriodEnd: snapshot.currentPeriodEnd,
      cancelAtPeriodEnd: snapshot.cancelAtPeriodEnd,
    });
    // Paid again (or a fresh subscription): the grace period of an earlier failure is over.
    if (status === 'active' || status === 'trialing') account.graceUntil = null;
    const after = planOf(account, now).plan;
    if (before !== after) tx.create(BillingHistoryEntry, { account, kind: 'plan_changed', fromPlan: before, toPlan: after, at: now });
    await tx.flush();
  }

  private async lockAccount(tx: EntityManager, candorAccount: string | undefined, customerId: string | undefined): Promise<BillingAccount | undefined> {
    const where = candorAccount && UUID.test(candorAccount) ? { id: candorAccount } : customerId ? { stripeCustomerId: customerId } : undefined;
    if (!where) return undefined;
    const account = await tx.findOne(BillingAccount, where, { lockMode: LockMode.PESSIMISTIC_WRITE });
    return account ?? undefined;
  }

  /** In the account's language; queued in this transaction, so it exists exactly when the change commits. */
  private async mailPaymentFailed(tx: EntityManager, account: BillingAccount): Promise<void> {
    const user = await tx.findOneOrFail(User, { id: account.user.id });
    const locale = user.locale ?? 'en';
    const fmt = formattersFor(locale, DEFAULT_TIME_ZONES[locale]);
    await this.mailer.send(
      {
        to: user.email,
        userId: user.id,
        locale,
        template: 'billing-payment-failed',
        kind: 'transactional',
        data: { graceUntil: fmt.date(account.graceUntil), planUrl: `${this.origin.value}/settings/plan` },
      },
      tx,
    );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function idOf(value: string | { id: string } | null | undefined): string | undefined {
  if (!value) return undefined;
  return typeof value === 'string' ? value : value.id;
}

/** Stripe's hosted invoice links are https; anything else is not shown as a link. */
function httpsUrl(value: string | null | undefined): string | null {
  if (!value || value.length > 2048) return null;
  return value.startsWith('https://') ? value : null;
}
