import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { User } from '../../platform/identity/user.entity.js';
import { PublicOrigin } from '../../platform/web/public-origin.service.js';
import { BillingAccount, BillingHistoryEntry, type BillingInterval, type Plan } from './billing.entities.js';
import { BillingDisabledError } from './billing.errors.js';
import { planOf } from './entitlements.js';
import { QuotaService, type QuotaUsage } from './quota.service.js';
import { StripeGateway, type PriceSummary } from './stripe-gateway.js';

/** Settings → Plan: what the person has, what they used, and what they paid. */
export interface PlanView {
  plan: Plan;
  inGrace: boolean;
  graceUntil: Date | null;
  interval: BillingInterval | null;
  /** The renewal date, or the end date when the subscription is set to cancel. */
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  /** Whether Stripe knows this person, so the customer portal can open. */
  hasCustomer: boolean;
  usage: QuotaUsage[];
  history: BillingHistoryEntry[];
}

export interface PricingView {
  monthly: PriceSummary | undefined;
  yearly: PriceSummary | undefined;
  free: { analysesPerMonth: number; interviewsPerMonth: number; voiceMinutesPerMonth: number; applicationsPerDay: number };
  proVoiceMinutesPerMonth: number;
}

const PRICE_CACHE_MS = 10 * 60_000;

/**
 * The person's side of billing: Checkout to upgrade, the customer portal to manage, the plan page.
 * Pro is never granted here — only the verified webhook (StripeWebhooks) writes subscription state.
 */
@Injectable()
export class BillingService {
  private readonly logger = new Logger('Billing');
  private priceCache: { at: number; monthly: PriceSummary | undefined; yearly: PriceSummary | undefined } | undefined;

  constructor(
    private readonly em: EntityManager,
    private readonly gateway: StripeGateway,
    private readonly quota: QuotaService,
    private readonly origin: PublicOrigin,
  ) {}

  get enabled(): boolean {
    return this.quota.enabled;
  }

  /**
   * A Stripe Checkout Session for Pro, and the URL to send the browser to; undefined when the person
   * is already on Pro. The account and its Stripe customer are created first, under the account's
   * row lock, so two clicks cannot make two customers.
   */
  async startCheckout(userId: string, interval: BillingInterval, locale: 'en' | 'ko'): Promise<string | undefined> {
    const config = this.gateway.config;
    const account = await this.em.fork().transactional(async (tx) => {
      const locked = await this.lockedAccount(tx, userId);
      if (!locked.stripeCustomerId) locked.stripeCustomerId = await this.gateway.createCustomer(locked.id);
      return locked;
    });
    if (planOf(account, new Date()).plan === 'pro') return undefined;
    return this.gateway.createCheckoutSession({
      accountId: account.id,
      customerId: account.stripeCustomerId!,
      priceId: interval === 'year' ? config.prices.yearly : config.prices.monthly,
      successUrl: `${this.origin.value}/billing/return?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${this.origin.value}/pricing?checkout=cancelled`,
      locale,
    });
  }

  /** The Stripe customer portal (card, invoices, cancellation); undefined when Stripe does not know the person yet. */
  async portalUrl(userId: string, locale: 'en' | 'ko'): Promise<string | undefined> {
    if (!this.enabled) throw new BillingDisabledError();
    const account = await this.em.fork().findOne(BillingAccount, { user: userId });
    if (!account?.stripeCustomerId) return undefined;
    return this.gateway.createPortalSession(account.stripeCustomerId, `${this.origin.value}/settings/plan`, locale);
  }

  async plan(userId: string): Promise<PlanView> {
    const em = this.em.fork();
    const account = await em.findOne(BillingAccount, { user: userId });
    const usage = await this.quota.usage(userId);
    const now = new Date();
    const { plan, inGrace } = planOf(account, now);
    return {
      plan,
      inGrace,
      graceUntil: account?.graceUntil ?? null,
      interval: account?.interval ?? null,
      currentPeriodEnd: plan === 'pro' ? (account?.currentPeriodEnd ?? null) : null,
      cancelAtPeriodEnd: account?.cancelAtPeriodEnd ?? false,
      hasCustomer: Boolean(account?.stripeCustomerId),
      usage: usage?.usage ?? [],
      history: account ? await em.find(BillingHistoryEntry, { account }, { orderBy: { at: 'desc' }, limit: 50 }) : [],
    };
  }

  /** Pro, as the stored subscription state says: what the return page waits for. */
  async isPro(userId: string): Promise<boolean> {
    const account = await this.em.fork().findOne(BillingAccount, { user: userId }, { fields: ['subscriptionStatus', 'graceUntil'] });
    return planOf(account, new Date()).plan === 'pro';
  }

  /** Prices as Stripe states them (cached briefly); when Stripe cannot be reached the page shows none. */
  async pricing(): Promise<PricingView> {
    const config = this.gateway.config;
    if (!this.priceCache || Date.now() - this.priceCache.at > PRICE_CACHE_MS) {
      try {
        const [monthly, yearly] = await Promise.all([this.gateway.retrievePrice(config.prices.monthly), this.gateway.retrievePrice(config.prices.yearly)]);
        this.priceCache = { at: Date.now(), monthly, yearly };
      } catch (error) {
        this.logger.warn(`Prices could not be read from Stripe: ${(error as Error).name}`);
        return { monthly: undefined, yearly: undefined, free: config.free, proVoiceMinutesPerMonth: config.proVoiceMinutesPerMonth };
      }
    }
    return { monthly: this.priceCache.monthly, yearly: this.priceCache.yearly, free: config.free, proVoiceMinutesPerMonth: config.proVoiceMinutesPerMonth };
  }

  private async lockedAccount(tx: EntityManager, userId: string): Promise<BillingAccount> {
    await tx
      .getConnection()
      .execute(
        'insert into billing_accounts (id, user_id, cancel_at_period_end, created_at, updated_at) values (gen_random_uuid(), ?, false, now(), now()) on conflict (user_id) do nothing',
        [userId],
        'run',
        tx.getTransactionContext(),
      );
    return tx.findOneOrFail(BillingAccount, { user: tx.getReference(User, userId) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }
}
