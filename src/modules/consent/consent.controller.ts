import { Body, Controller, Get, Header, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OptionalUser, type AuthUser } from '../../platform/identity/current-user.js';
import { Public } from '../../platform/identity/public.decorator.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { setFlash } from '../../platform/web/flash.js';
import { safeReturnPath, seeOther } from '../../platform/web/htmx.js';
import { ConsentService, type ConsentChoice } from './consent.service.js';
import type { ConsentViewModel } from './consent.interceptor.js';
import { COOKIE_SETTINGS_PATH } from './consent-state.js';
import { COOKIE_POLICY_DATE } from './cookie-registry.js';

type Decision = 'accept_all' | 'reject_all' | 'save';

/**
 * The cookie settings page and the banner's form posts: plain HTML forms that work without
 * JavaScript. Public, since visitors decide before they have an account; a signed-in person also sees
 * their consent history here (promise C4).
 */
@Public()
@Controller()
export class ConsentController {
  constructor(private readonly consent: ConsentService) {}

  @Get('settings/cookies')
  async settings(@OptionalUser() me: AuthUser | undefined, @Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const view = res.locals.consent as ConsentViewModel | undefined;
    res.render('consent/settings.njk', {
      title: t('consent:settings.title'),
      choice: view?.choice ?? { analytics: false, advertising: false },
      gpcHonoured: view?.gpcHonoured ?? false,
      returnTo: safeReturnPath(returnTo, COOKIE_SETTINGS_PATH),
      history: me ? await this.consent.history(me.id) : undefined,
    });
  }

  @Post('settings/cookies')
  async decide(@OptionalUser() me: AuthUser | undefined, @Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const decision: Decision = body.decision === 'accept_all' || body.decision === 'reject_all' ? body.decision : 'save';
    const choice: ConsentChoice =
      decision === 'accept_all'
        ? { analytics: true, advertising: true }
        : decision === 'reject_all'
          ? { analytics: false, advertising: false }
          : { analytics: body.analytics === 'on', advertising: body.advertising === 'on' };
    const source = body.source === 'banner' ? 'banner' : 'settings';
    await this.consent.decide(req, res, me?.id, choice, source);
    setFlash(res, 'success', t('consent:flash.saved'));
    seeOther(res, safeReturnPath(body.returnTo, COOKIE_SETTINGS_PATH));
  }

  /** Global Privacy Control's well-known resource: this site honours the signal (promise C2). */
  @Get('.well-known/gpc.json')
  @Header('Content-Type', 'application/json')
  gpc(): { gpc: boolean; lastUpdate: string } {
    return { gpc: true, lastUpdate: COOKIE_POLICY_DATE };
  }
}
