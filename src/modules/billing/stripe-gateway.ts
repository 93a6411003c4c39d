import { Inject, Injectable } from '@nestjs/common';
import type Stripe from 'stripe';
import { APP_CONFIG, type AppConfig, type BillingConfig } from '../../config/app-config.js';
import { BillingDisabledError, BillingUnavailableError, WebhookSignatureError } from './billing.errors.js';

/**
 * The Stripe API version Candor is written against, pinned so a library upgrade or a change of the
 * account's default version cannot change the shape of objects under us. Changing it is a
 * deliberate act: the type below only accepts the version the installed stripe-node speaks.
 */
export const STRIPE_API_VERSION = '2026-10-28.endive' satisfies NonNullable<ConstructorParameters<typeof Stripe>[1]>['apiVersion'];

type EnabledBilling = Extract<BillingConfig, { enabled: true }>;

/**
 * stripe-node, loaded only where billing is configured: its ≈ 220 files cost every other start
 * (development, tests, self-hosting without plans) a few hundred milliseconds of CPU (issue #18).
 */
export interface StripeLibrary {
  Stripe: typeof Stripe | undefined;
}

export const STRIPE_LIBRARY = Symbol('STRIPE_LIBRARY');

export async function loadStripeLibrary(config: AppConfig): Promise<StripeLibrary> {
  return { Stripe: config.billing.enabled ? (await import('stripe')).default : undefined };
}

/** What Candor reads of a subscription: the fields entitlements are derived from. */
export interface SubscriptionSnapshot {
  id: string;
  customerId: string;
  status: Stripe.Subscription.Status;
  interval: 'month' | 'year' | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  /** `metadata.candor_account`, set through the Checkout Session. */
  candorAccount: string | undefined;
}

export interface PriceSummary {
  unitAmount: number | null;
  currency: string;
}

/**
 * The payments port: the few Stripe calls Candor makes, through stripe-node. Tests point it at a
 * local server speaking Stripe's REST API (STRIPE_API_URL); the code is the same. Every failure to
 * reach Stripe becomes BillingUnavailableError, so a webhook answers 5xx and Stripe retries.
 */
@Injectable()
export class StripeGateway {
  private readonly client: Stripe | undefined;
  private readonly billing: BillingConfig;
  private readonly library: typeof Stripe | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(STRIPE_LIBRARY) { Stripe: library }: StripeLibrary) {
    this.billing = config.billing;
    this.library = library;
    if (config.billing.enabled && library) {
      this.client = new library(config.billing.secretKey, {
        apiVersion: STRIPE_API_VERSION,
        maxNetworkRetries: 2,
        timeout: 20_000,
        telemetry: false,
        appInfo: { name: 'Candor' },
        ...endpointOptions(config.billing.apiUrl),
      });
    }
  }

  get enabled(): boolean {
    return this.billing.enabled;
  }

  get config(): EnabledBilling {
    if (!this.billing.enabled) throw new BillingDisabledError();
    return this.billing;
  }

  private get stripe(): Stripe {
    if (!this.client) throw new BillingDisabledError();
    return this.client;
  }

  /** Verifies the signature on the exact bytes Stripe sent, and the timestamp (5 minutes' tolerance). */
  verifyEvent(rawBody: Buffer, signature: string | undefined): Stripe.Event {
    const secret = this.config.webhookSecret;
    if (!signature) throw new WebhookSignatureError('missing Stripe-Signature header');
    try {
      return this.stripe.webhooks.constructEvent(rawBody, signature, secret);
    } catch (error) {
      // The first sentence only: Stripe's message goes on with advice, and never quotes the payload.
      if (this.library && error instanceof this.library.errors.StripeSignatureVerificationError) throw new WebhookSignatureError(error.message.split(/[.\n]/)[0] ?? 'signature mismatch');
      throw new WebhookSignatureError('malformed payload');
    }
  }

  /** One customer per billing account, even if two checkouts race: Stripe's idempotency key dedupes. */
  async createCustomer(accountId: string): Promise<string> {
    const customer = await this.call(() =>
      this.stripe.customers.create({ metadata: { candor_account: accountId } }, { idempotencyKey: `candor-customer-${accountId}` }),
    );
    return customer.id;
  }

  async createCheckoutSession(input: { accountId: string; customerId: string; priceId: string; successUrl: string; cancelUrl: string; locale: 'en' | 'ko' }): Promise<string> {
    const session = await this.call(() =>
      this.stripe.checkout.sessions.create({
        mode: 'subscription',
        customer: input.customerId,
        client_reference_id: input.accountId,
        metadata: { candor_account: input.accountId },
        subscription_data: { metadata: { candor_account: input.accountId } },
        line_items: [{ price: input.priceId, quantity: 1 }],
        success_url: input.successUrl,
        cancel_url: input.cancelUrl,
        locale: input.locale,
      }),
    );
    if (!session.url) throw new BillingUnavailableError();
    return session.url;
  }

  async createPortalSession(customerId: string, returnUrl: string, locale: 'en' | 'ko'): Promise<string> {
    const session = await this.call(() => this.stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl, locale }));
    return session.url;
  }

  async retrieveSubscription(id: string): Promise<SubscriptionSnapshot> {
    return snapshotOf(await this.call(() => this.stripe.subscriptions.retrieve(id)));
  }

  async cancelSubscription(id: string): Promise<void> {
    await this.call(() => this.stripe.subscriptions.cancel(id), { missingIsDone: true });
  }

  /** Deleting the customer also removes its saved payment methods at Stripe. */
  async deleteCustomer(id: string): Promise<void> {
    await this.call(() => this.stripe.customers.del(id), { missingIsDone: true });
  }

  async retrievePrice(id: string): Promise<PriceSummary> {
    const price = await this.call(() => this.stripe.prices.retrieve(id));
    return { unitAmount: price.unit_amount, currency: price.currency };
  }

  private async call<T>(request: () => Promise<T>, options: { missingIsDone?: boolean } = {}): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (options.missingIsDone && this.library && error instanceof this.library.errors.StripeInvalidRequestError && error.code === 'resource_missing') return undefined as T;
      throw new BillingUnavailableError({ cause: error });
    }
  }
}

function endpointOptions(apiUrl: string | undefined): { host?: string; port?: number; protocol?: 'http' | 'https' } {
  if (!apiUrl) return {};
  const url = new URL(apiUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443, protocol };
}

function snapshotOf(subscription: Stripe.Subscription): SubscriptionSnapshot {
  const item = subscription.items.data[0];
  const interval = item?.price.recurring?.interval;
  const periodEnd = item?.current_period_end;
  return {
    id: subscription.id,
    customerId: typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id,
    status: subscription.status,
    interval: interval === 'month' ? 'month' : interval === 'year' ? 'year' : null,
    currentPeriodEnd: periodEnd ? new Date(periodEnd * 1000) : null,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    candorAccount: subscription.metadata?.candor_account,
  };
}
