import { Body, Controller, Get, Inject, Logger, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CurrentUser, OptionalUser, type AuthUser } from '../../platform/identity/current-user.js';
import { Public } from '../../platform/identity/public.decorator.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { setFlash } from '../../platform/web/flash.js';
import { safeReturnPath, seeOther } from '../../platform/web/htmx.js';
import { PublicOrigin } from '../../platform/web/public-origin.service.js';
import { SessionsService } from '../../platform/identity/sessions.service.js';
import { SessionTokenService } from '../../platform/identity/session-token.service.js';
import { DEV_INTERACTION_PATH, DevOidcProviderService } from './sign-in/dev-oidc-provider.service.js';
import { OidcClientService, SignInFailedError } from './sign-in/oidc-client.service.js';
import { storeHandshake, takeHandshake } from './sign-in/sign-in-handshake.js';
import { UsersService } from '../../platform/identity/users.service.js';

/** Built per request: its messages are in the reader's language. */
const devLoginSchema = (t: Translate) =>
  z.object({
    name: z.string().trim().min(1, t('accounts:validation.nameRequired')).max(120, t('accounts:validation.tooLong', { max: 120 })),
    email: z.email(t('accounts:validation.emailInvalid')).trim().max(320, t('accounts:validation.tooLong', { max: 320 })),
  });

@Controller()
export class AuthController {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly oidc: OidcClientService,
    private readonly devProvider: DevOidcProviderService,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly tokens: SessionTokenService,
    private readonly origin: PublicOrigin,
  ) {}

  @Public()
  @Get('auth/sign-in')
  signInPage(@OptionalUser() user: AuthUser | undefined, @Query('next') next: unknown, @Res() res: Response): void {
    if (user) return seeOther(res, safeReturnPath(next));
    const t = res.locals.t as Translate;
    res.render('accounts/sign-in.njk', {
      title: t('accounts:signIn.title'),
      provider: this.oidc.providerKind,
      startUrl: `/auth/start?next=${encodeURIComponent(safeReturnPath(next))}`,
    });
  }

  /** Starts the authorization-code flow. Rate-limited: each start costs a provider round trip. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Get('auth/start')
  async start(@Query('next') next: unknown, @Res() res: Response): Promise<void> {
    try {
      const { url, handshake } = await this.oidc.begin(safeReturnPath(next));
      storeHandshake(res, handshake, this.config.secrets.sessionSecret, this.config.isProduction);
      res.redirect(303, url.href);
    } catch (error) {
      this.logger.error(`Sign-in could not start: ${(error as Error).message}`);
      const t = res.locals.t as Translate;
      setFlash(res, 'error', t('accounts:flash.unavailable'));
      seeOther(res, '/auth/sign-in');
    }
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Get('auth/callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const handshake = takeHandshake(req, res, this.config.secrets.sessionSecret);
    if (req.query.error) {
      setFlash(res, 'info', t('accounts:flash.cancelled'));
      return seeOther(res, '/auth/sign-in');
    }
    if (!handshake) {
      setFlash(res, 'error', t('accounts:flash.expired'));
      return seeOther(res, '/auth/sign-in');
    }
    try {
      const callbackUrl = new URL(req.originalUrl, this.origin.value);
      const identity = await this.oidc.complete(callbackUrl, handshake);
      // Kept as the account's language only if the person expressed it (link, switcher, browser), not
      // the configured default: emails outside a request (the deletion confirmation) follow it.
      const user = await this.users.signInIdentity(identity, req.localeSource === 'default' ? undefined : req.locale);
      await this.sessions.start(user, res, this.config.session.maxAgeSeconds);
      this.logger.log(`Signed in user ${user.id}`);
      seeOther(res, handshake.returnTo);
    } catch (error) {
      if (!(error instanceof SignInFailedError)) throw error;
      this.logger.warn(error.message);
      setFlash(res, 'error', t('accounts:flash.failed'));
      seeOther(res, '/auth/sign-in');
    }
  }

  @Post('auth/sign-out')
  async signOut(@CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    await this.sessions.revoke(user.sessionId, user.id);
    this.tokens.clearCookie(res);
    const t = res.locals.t as Translate;
    setFlash(res, 'success', t('accounts:flash.signedOut'));
    seeOther(res, '/');
  }

  // ---- The development provider's login page (only when it is the configured provider) ----

  @Public()
  @Get(`${DEV_INTERACTION_PATH.slice(1)}/:uid`)
  async devLoginPage(@Param('uid') uid: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    if (!this.devProvider.enabled) return void res.status(404).render('errors/404.njk', { title: t('errors.title.404') });
    await this.devProvider.interactionDetails(req, res);
    res.render('accounts/dev-sign-in.njk', { title: t('accounts:devSignIn.title'), uid, values: {}, errors: {} });
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post(`${DEV_INTERACTION_PATH.slice(1)}/:uid`)
  async devLogin(@Param('uid') uid: string, @Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    if (!this.devProvider.enabled) return void res.status(404).render('errors/404.njk', { title: t('errors.title.404') });
    if (body.action === 'cancel') return this.devProvider.abort(req, res, t('accounts:devSignIn.cancelled'));
    const parsed = devLoginSchema(t).safeParse(body);
    if (!parsed.success) {
      const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
      return void res.status(422).render('accounts/dev-sign-in.njk', { title: t('accounts:devSignIn.title'), uid, values: body, errors });
    }
    await this.devProvider.finishLogin(req, res, parsed.data);
  }
}
