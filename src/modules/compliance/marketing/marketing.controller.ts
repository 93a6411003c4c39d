import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../../../platform/identity/current-user.js';
import { Public } from '../../../platform/identity/public.decorator.js';
import type { Translate } from '../../../platform/i18n/translator.js';
import { setFlash } from '../../../platform/web/flash.js';
import { seeOther } from '../../../platform/web/htmx.js';
import { MarketingService, ONE_CLICK_UNSUBSCRIBE_PATH } from './marketing.service.js';

/** Settings → Marketing email: an opt-in box that starts unticked, and the record of every choice (R5). */
@Controller('settings/marketing')
export class MarketingSettingsController {
  constructor(private readonly marketing: MarketingService) {}

  @Get()
  async page(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const [optedIn, history] = await Promise.all([this.marketing.isOptedIn(me.id), this.marketing.history(me.id)]);
    res.render('compliance/marketing/settings.njk', { title: t('operations:marketing.title'), optedIn, history });
  }

  @Post()
  async choose(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const optedIn = body.optIn === 'on';
    await this.marketing.choose(me.id, optedIn, 'settings');
    setFlash(res, 'success', optedIn ? t('operations:marketing.flash.in') : t('operations:marketing.flash.out'));
    seeOther(res, '/settings/marketing');
  }
}

/**
 * The unsubscribe link of every marketing message. GET shows a confirmation (link scanners must not
 * unsubscribe anyone); POST unsubscribes — from that button, or straight from a mail client's
 * one-click request (RFC 8058), which carries no cookie: the signed token replaces sign-in and CSRF.
 */
@Public()
@Controller(ONE_CLICK_UNSUBSCRIBE_PATH.slice(1))
export class UnsubscribeController {
  constructor(private readonly marketing: MarketingService) {}

  @Get()
  confirm(@Query('u') userId: unknown, @Query('t') token: unknown, @Res() res: Response): void {
    const t = res.locals.t as Translate;
    const valid = this.marketing.verifyUnsubscribe(userId, token) !== null;
    res.status(valid ? 200 : 404).render('compliance/marketing/unsubscribe.njk', { title: t('operations:marketing.unsubscribe.title'), valid, done: false, userId, token });
  }

  @Post()
  @HttpCode(200)
  async unsubscribe(@Query('u') userId: unknown, @Query('t') token: unknown, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const account = this.marketing.verifyUnsubscribe(userId, token);
    if (!account) return void res.status(404).render('compliance/marketing/unsubscribe.njk', { title: t('operations:marketing.unsubscribe.title'), valid: false, done: false });
    await this.marketing.choose(account, false, body['List-Unsubscribe'] === 'One-Click' ? 'one-click' : 'unsubscribe-link');
    res.render('compliance/marketing/unsubscribe.njk', { title: t('operations:marketing.unsubscribe.title'), valid: true, done: true });
  }
}
