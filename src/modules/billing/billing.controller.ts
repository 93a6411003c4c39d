import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser, type AuthUser } from '../../platform/identity/current-user.js';
import { Public } from '../../platform/identity/public.decorator.js';
import type { Locale } from '../../platform/i18n/locale.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { setFlash } from '../../platform/web/flash.js';
import { seeOther } from '../../platform/web/htmx.js';
import { renderView } from '../../platform/web/render-view.js';
import { BillingDisabledError } from './billing.errors.js';
import { BillingService } from './billing.service.js';
import type { PriceSummary } from './stripe-gateway.js';

/**
 * The pricing page, Settings → Plan, Checkout and the customer portal. Card data never reaches
 * these routes: the browser is sent to Stripe (a 303 the CSP's form-action allows) and comes back.
 */
@Controller()
export class BillingController {
  constructor(private readonly billing: BillingService) {}

  /** Public: the plans. Without billing configured there are none, and no price is promised. */
  @Public()
  @Get('pricing')
  async pricing(@Req() req: Request, @Query('checkout') checkout: unknown, @Res() res: Response): Promise<void> {
    if (!this.billing.enabled) throw new BillingDisabledError();
    const t = res.locals.t as Translate;
    const pricing = await this.billing.pricing();
    const signedIn = Boolean(req.authUser);
    res.render('billing/pricing.njk', {
      title: t('billing:pricing.title'),
      signedIn,
      currentPlan: req.authUser ? (await this.billing.isPro(req.authUser.id) ? 'pro' : 'free') : undefined,
      cancelled: checkout === 'cancelled',
      free: pricing.free,
      proVoiceMinutes: pricing.proVoiceMinutesPerMonth,
      monthly: priceText(pricing.monthly, res.locals.locale as Locale),
      yearly: priceText(pricing.yearly, res.locals.locale as Locale),
    });
  }

  @Get('settings/plan')
  async plan(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    if (!this.billing.enabled) return void res.render('billing/plan.njk', { title: t('billing:plan.title'), enabled: false });
    const view = await this.billing.plan(me.id);
    const locale = res.locals.locale as Locale;
    res.render('billing/plan.njk', {
      title: t('billing:plan.title'),
      enabled: true,
      ...view,
      usage: view.usage.map((u) => ({
        kind: u.kind,
        minutes: u.kind === 'voice_seconds',
        used: u.kind === 'voice_seconds' ? Math.ceil(u.used / 60) : u.used,
        limit: u.limit === null ? null : u.kind === 'voice_seconds' ? Math.floor(u.limit / 60) : u.limit,
        resetsAt: u.resetsAt,
      })),
      history: view.history.map((h) => ({
        kind: h.kind,
        at: h.at,
        fromPlan: h.fromPlan,
        toPlan: h.toPlan,
        amount: typeof h.amount === 'number' && h.currency ? priceText({ unitAmount: h.amount, currency: h.currency }, locale) : '',
        invoiceUrl: h.hostedInvoiceUrl,
      })),
    });
  }

  /** Upgrade: a Checkout Session, then a 303 to Stripe. Pro is granted by the webhook, never here. */
  @Post('billing/checkout')
  async checkout(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const interval = body.interval === 'year' ? 'year' : 'month';
    const url = await this.billing.startCheckout(me.id, interval, res.locals.locale as Locale);
    if (!url) {
      const t = res.locals.t as Translate;
      setFlash(res, 'info', t('billing:flash.alreadyPro'));
      return seeOther(res, '/settings/plan');
    }
    seeOther(res, url);
  }

  /**
   * Back from Checkout. Shows "confirming your payment" until the verified webhook has made the
   * account Pro; htmx polls the fragment, and without JavaScript a link checks again. The
   * `session_id` Stripe appends is deliberately not used: the redirect proves nothing.
   */
  @Get('billing/return')
  async checkoutReturn(@CurrentUser() me: AuthUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.billing.enabled) throw new BillingDisabledError();
    const t = res.locals.t as Translate;
    const confirmed = await this.billing.isPro(me.id);
    renderView(
      req,
      res,
      { page: 'billing/return.njk', fragment: confirmed ? undefined : 'billing/_confirming.njk' },
      { title: t(confirmed ? 'billing:return.doneTitle' : 'billing:return.title'), confirmed },
    );
  }

  /** "Manage billing": a customer portal session at Stripe (card, invoices, cancellation). */
  @Post('billing/portal')
  async portal(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const url = await this.billing.portalUrl(me.id, res.locals.locale as Locale);
    if (!url) {
      const t = res.locals.t as Translate;
      setFlash(res, 'info', t('billing:flash.noCustomer'));
      return seeOther(res, '/pricing');
    }
    seeOther(res, url);
  }
}

/** `₩9,900`, `$12.00`: the amount Stripe states, in its smallest unit, for the reader's language. */
export function priceText(price: PriceSummary | undefined, locale: Locale): string | undefined {
  if (!price || price.unitAmount === null) return undefined;
  const format = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { style: 'currency', currency: price.currency.toUpperCase() });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(price.unitAmount / 10 ** digits);
}
