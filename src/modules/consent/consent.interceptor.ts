import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import type { Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { IS_PUBLIC } from '../../platform/identity/public.decorator.js';
import { COOKIE_SETTINGS_PATH } from './consent-state.js';
import { ConsentService } from './consent.service.js';
import { ADSENSE_SOURCES, adPageKind, adsenseScriptUrl, widenContentSecurityPolicy } from './page-placement.js';

/** What the layout's consent partial (`views/consent/_consent.njk`) renders on a page. */
export interface ConsentViewModel {
  showBanner: boolean;
  /** What this request may load: the settings page starts from it. */
  choice: { analytics: boolean; advertising: boolean };
  /** The browser sent GPC and it is being honoured (no opt-in overrides it). */
  gpcHonoured: boolean;
  returnTo: string;
  /** Present only when this page loads ads: after an opt-in, on an allow-listed public page. */
  ads: { scriptUrl: string; nonce: string; optedInDespiteGpc: boolean } | undefined;
  /** Present only when this page reports to Plausible: configured, allowed, a public page. */
  analytics: { domain: string; scriptUrl: string; routePattern: string; nonce: string } | undefined;
}

/**
 * Runs before every page handler (after the guard, so the account is known): works out the request's
 * consent, hands the layout its view model, and — only on a response that will load them — widens the
 * Content-Security-Policy for Google's ad origins or the Plausible origin, with a per-response nonce.
 */
@Injectable()
export class ConsentInterceptor implements NestInterceptor {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly consent: ConsentService,
    private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    // Pages are GETs; a form post's answer is a redirect (or a re-rendered form that needs no banner).
    if (req.method !== 'GET' && req.method !== 'HEAD') return next.handle();

    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [context.getHandler(), context.getClass()]) === true;
    const routePattern = (req.route as { path?: unknown } | undefined)?.path;
    const pattern = typeof routePattern === 'string' ? routePattern : undefined;
    const consent = await this.consent.forRequest(req, res, req.authUser?.id);
    const { adsenseClient, analytics } = this.config.consent;

    const showsAds = adsenseClient !== undefined && consent.advertising && isPublic && adPageKind(pattern) !== undefined;
    const reports = analytics !== undefined && consent.analytics && isPublic && pattern !== undefined;
    // Only a page that loads a script needs a nonce (no random bytes for every other page, issue #18).
    const nonce = showsAds || reports ? randomBytes(16).toString('base64') : '';
    const view: ConsentViewModel = {
      // The settings page is where people choose: the banner there would only repeat it.
      showBanner: !consent.decided && req.path !== COOKIE_SETTINGS_PATH,
      choice: { analytics: consent.analytics, advertising: consent.advertising },
      gpcHonoured: consent.gpc && !consent.optedInDespiteGpc,
      returnTo: typeof res.locals.currentUrl === 'string' ? res.locals.currentUrl : '/',
      ads: showsAds ? { scriptUrl: adsenseScriptUrl(adsenseClient), nonce, optedInDespiteGpc: consent.optedInDespiteGpc } : undefined,
      analytics: reports ? { domain: analytics.domain, scriptUrl: analytics.scriptUrl, routePattern: pattern, nonce } : undefined,
    };
    res.locals.consent = view;

    if (showsAds || reports) {
      const nonceSource = `'nonce-${nonce}'`;
      const additions: Record<string, string[]> = { 'script-src': [nonceSource] };
      const add = (directive: string, sources: readonly string[]): void => void (additions[directive] = [...(additions[directive] ?? []), ...sources]);
      if (showsAds) {
        add('script-src', ADSENSE_SOURCES.script);
        add('frame-src', ADSENSE_SOURCES.frame);
        add('img-src', ADSENSE_SOURCES.img);
        add('connect-src', ADSENSE_SOURCES.connect);
      }
      if (reports) {
        add('script-src', [analytics.origin]);
        add('connect-src', [analytics.origin]);
      }
      const policy = res.getHeader('Content-Security-Policy');
      if (typeof policy === 'string') res.setHeader('Content-Security-Policy', widenContentSecurityPolicy(policy, additions));
    }
    return next.handle();
  }
}
