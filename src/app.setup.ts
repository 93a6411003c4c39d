import { TranslatableHttpException } from './platform/web/translatable-http-exception.js';
import { messageKey } from './platform/contracts/domain-error.js';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { doubleCsrf } from 'csrf-csrf';
import { type CookieOptions, raw, urlencoded, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import jwt from 'jsonwebtoken';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import nunjucks from 'nunjucks';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { SessionTokenService } from './platform/identity/session-token.service.js';
import { DEV_OIDC_MOUNT, DevOidcProviderService } from './modules/accounts/index.js';
import { PROFILE_EDITOR_BODY_LIMITS } from './modules/documents/index.js';
import { STRIPE_WEBHOOK_PATH } from './modules/billing/index.js';
import { localeMiddleware } from './platform/i18n/locale.middleware.js';
import { Translator } from './platform/i18n/translator.js';
import { CSRF_ERROR_CODE } from './platform/web/app-exception.filter.js';
import { flashMiddleware } from './platform/web/flash.js';
import { PublicOrigin } from './platform/web/public-origin.service.js';
import { PinoNestLogger, requestLogger } from './platform/logging/logger.js';
import { PROJECT_ROOT, VIEWS_DIR } from './platform/web/project-root.js';
import { reloadTemplatesOnChange } from './platform/web/template-reload.js';
import { RememberedFragments } from './platform/web/remembered-fragment.js';
import { useLighterNunjucksRuntime } from './platform/web/nunjucks-runtime.js';
import { ONE_CLICK_UNSUBSCRIBE_PATH } from './modules/compliance/index.js';
import { JOB_ALERT_STOP_PATH } from './modules/jobs/index.js';
import { occupationLabel, skillLabel } from './kernel/skills/index.js';

export { PROJECT_ROOT };

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
  schedule?: boolean;
  queueWorkers?: boolean;
}

/** Builds the Nest application exactly as production runs it; tests call this too. */
export async function createApp({ config, databaseUrl, logger, schedule = true, queueWorkers = true }: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ config, databaseUrl, schedule, queueWorkers }), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  configureApp(app, config, logger);
  return app;
}

/** Views, static files, security headers, CSRF, body limits and the development OpenID provider. */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  const express = app.getHttpAdapter().getInstance();
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // Every dynamic response is `no-store` (noStore below), so no cache keeps one to revalidate: Express's
  // ETag, a hash of each page's whole body, was work for nothing on every page (issue #18). Static
  // files keep their own validators (serve-static).
  app.set('etag', false);
  app.enableShutdownHooks();

  app.use(requestLogger(logger));
  app.use(securityHeaders(config));
  // Static assets come first and keep their own caching; every other response is dynamic.
  app.useStaticAssets(join(PROJECT_ROOT, 'static'), {
    prefix: '/static/',
    maxAge: config.isProduction ? '7d' : 0,
    index: false,
  });
  app.use(noStore);

  useLighterNunjucksRuntime();
  const views = nunjucks.configure(VIEWS_DIR, {
    autoescape: true,
    express,
    // Compiled templates are cached everywhere; in development they are reloaded when a file changes.
    noCache: false,
    throwOnUndefined: false,
  });
  // A macro's output for a cached, unchanging object, drawn once per language (job search's cards, a
  // person's cached dashboard cards, lists and report body), within a budget of its own.
  const fragments = new RememberedFragments();
  views.addGlobal('remembered', fragments.global);
  if (config.env === 'development') reloadTemplatesOnChange(views, VIEWS_DIR, () => fragments.forget());
  views.addGlobal('appName', 'Candor');
  // The pricing page exists only when Stripe is configured (billing off: no plans are promised).
  views.addGlobal('billingEnabled', config.billing.enabled);
  // A skill's display name in the request's language: `{% set label = name | skillLabel %}` → { text, lang? }.
  views.addFilter('skillLabel', function (this: { ctx: { locale?: string } }, name: string) {
    return skillLabel(name, this.ctx.locale ?? config.defaultLocale);
  });
  // An ESCO / O*NET occupation's title in the request's language: `{% set label = title | occupationLabel %}` → { text, lang? }.
  views.addFilter('occupationLabel', function (this: { ctx: { locale?: string } }, title: string) {
    return occupationLabel(title, this.ctx.locale ?? config.defaultLocale);
  });
  app.setViewEngine('njk');

  app.use(cookieParser(config.secrets.sessionSecret));
  // The language is known before anything renders: error pages and the development sign-in included.
  app.use(localeMiddleware(app.get(Translator), config.defaultLocale));

  // The development provider is mounted before Nest's router; it serves only when it is enabled.
  const devProvider = app.get(DevOidcProviderService);
  app.use(DEV_OIDC_MOUNT, devProvider.middleware);

  // Stripe signs the exact bytes it sends: its webhook keeps the raw body (any content type) for verification.
  app.use(STRIPE_WEBHOOK_PATH, raw({ type: () => true, limit: '512kb' }));
  // The profile editor posts a whole résumé as one form; its route gets its own, larger limits.
  app.use('/documents/:id/profile', urlencoded({ extended: false, ...PROFILE_EDITOR_BODY_LIMITS }));
  app.useBodyParser('urlencoded', { extended: false, limit: '64kb', parameterLimit: 200 });
  app.useBodyParser('json', { limit: '64kb' });
  // Recorded interview answers (promise V2: held in memory only, never written by the parser). The
  // limit fits the longest allowed answer at 48 kHz mono 16-bit; the browser sends 16 kHz.
  app.useBodyParser('raw', { type: ['audio/wav', 'audio/wave', 'audio/x-wav', 'audio/vnd.wave'], limit: config.audio.maxSeconds * 96_000 + 4096 });
  app.use(flashMiddleware);
  app.use(csrfProtection(config, app.get(SessionTokenService).cookieName));
  app.use(formBodyOnly);
  app.use((req: Request, res: Response, next: NextFunction) => {
    // One URL may answer with a page or an htmx fragment: caches must keep them apart.
    res.vary('HX-Request');
    res.locals.currentPath = req.path;
    // Where the language switcher returns to: this page, without a `?lang=` override.
    res.locals.currentUrl = withoutLangParameter(req.originalUrl);
    next();
  });
}

/** Listens and fixes the public origin to the real port when APP_URL is unset (tests use port 0). */
export async function listenApp(app: NestExpressApplication, port: number, host = '127.0.0.1'): Promise<string> {
  await app.listen(port, host);
  const address = app.getHttpServer().address() as AddressInfo;
  const origin = `http://localhost:${address.port}`;
  app.get(PublicOrigin).setIfUnset(origin);
  return app.get(PublicOrigin).value;
}

/**
 * Every dynamic response may show personal data (pages, fragments, downloads, JSON), and even public
 * pages carry a CSRF token bound to the visitor's cookie: no browser or shared cache may keep them.
 * Routes may still set a stricter value (downloads add `private`). Static assets are served before
 * this middleware and keep their own caching.
 */
function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * Routes read form fields from `req.body`. Requests without a parsed body (no body, or a type no
 * parser handles such as text/plain) get an empty object, so they meet the routes' own validation
 * (422 with the form's messages) instead of failing on `undefined`. A JSON body that is not an object
 * (an array, say) is not a form at all: 400 with a plain message. Raw audio stays a Buffer.
 */
function formBodyOnly(req: Request, _res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  if (body === undefined || body === null) {
    req.body = {};
  } else if (Array.isArray(body) || (typeof body !== 'object')) {
    return next(new TranslatableHttpException(400, 'We expected the fields of a form here. Please use the form on the page.', messageKey('errors.notAForm')));
  }
  next();
}

/** Where "Upgrade" and "Manage billing" send the browser: Stripe Checkout and the customer portal. */
const STRIPE_FORM_TARGETS = ['https://checkout.stripe.com', 'https://billing.stripe.com'];

function securityHeaders(config: AppConfig): (req: Request, res: Response, next: NextFunction) => void {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https://*.googleusercontent.com'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
        // Upgrading and "Manage billing" are form posts answered by a 303 to Stripe Checkout or the
        // customer portal; browsers check form-action on that redirect too. Nothing else may be a target.
        formAction: ["'self'", ...(config.billing.enabled ? STRIPE_FORM_TARGETS : [])],
        upgradeInsecureRequests: config.isProduction ? [] : null,
      },
    },
    strictTransportSecurity: config.isProduction ? { maxAge: 63_072_000, includeSubDomains: true, preload: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  // Promise V1: no page may ever use the camera; the microphone only from our own origin.
  const permissions = 'camera=(), microphone=(self), geolocation=(), payment=(), usb=(), display-capture=()';
  return (req, res, next) => {
    res.setHeader('Permissions-Policy', permissions);
    headers(req, res, next);
  };
}

function csrfProtection(config: AppConfig, sessionCookie: string): (req: Request, res: Response, next: NextFunction) => void {
  const { doubleCsrfProtection, generateCsrfToken } = doubleCsrf({
    getSecret: () => config.secrets.sessionSecret,
    // Bind tokens to the session id (the JWT's jti, stable across sliding renewal); '' when signed out.
    getSessionIdentifier: (req) => sessionIdOf(req, sessionCookie),
    cookieName: config.isProduction ? '__Host-candor.csrf' : 'candor_csrf',
    cookieOptions: { sameSite: 'lax', secure: config.isProduction, path: '/', httpOnly: true },
    // Header (htmx), form field, or — for multipart uploads, whose body is parsed only later by the
    // route — the form's action URL. Request logs never include query strings.
    getCsrfTokenFromRequest: (req) =>
      (req.headers['x-csrf-token'] as string | undefined) ??
      (req.body as Record<string, string> | undefined)?._csrf ??
      (req.is('multipart/form-data') && typeof req.query._csrf === 'string' ? req.query._csrf : undefined),
    // The development OpenID provider has its own protections; everything else is covered.
    // Stripe's webhook is authenticated by its signature over the raw body instead; the one-click
    // unsubscribes (RFC 8058: marketing, and a job alert's stop link) are POSTed by mail clients without
    // cookies, and their signed links are the proof.
    skipCsrfProtection: (req) =>
      req.path.startsWith(`${DEV_OIDC_MOUNT}/`) ||
      (req.method === 'POST' && req.path === STRIPE_WEBHOOK_PATH) ||
      req.path === ONE_CLICK_UNSUBSCRIBE_PATH ||
      req.path === JOB_ALERT_STOP_PATH,
    // The exception filter shows `errors.formExpired` in the reader's language for this code.
    errorConfig: { statusCode: 403, message: 'This form has expired. Go back, reload the page and try again.', code: CSRF_ERROR_CODE },
  });
  return (req, res, next) => {
    doubleCsrfProtection(req, res, (error?: unknown) => {
      if (error) return next(error);
      // Every response may render a form — a 422 or a re-rendered editor answers a POST — and its
      // next submission without JavaScript needs the token in the page. The cookie is sent only when
      // the token is new: csrf-csrf set it again on every response, unchanged (a browser-session
      // cookie, so nothing to refresh), a serialised header on every page (issue #18).
      res.locals.csrfToken = generateCsrfToken(req, cookieWhenChanged(req, res), { overwrite: false, validateOnReuse: false });
      next();
    });
  };
}

/**
 * The response as csrf-csrf's token maker sees it (it only calls `cookie`): a cookie the request
 * already holds with the same value is not set again.
 */
function cookieWhenChanged(req: Request, res: Response): Response {
  return {
    cookie(name: string, value: string, options: CookieOptions): Response {
      const held = (req.cookies as Record<string, string> | undefined)?.[name];
      return held === value ? res : res.cookie(name, value, options);
    },
  } as Response;
}

/**
 * The session id (the session JWT's `jti`) a request's CSRF token is bound to, '' when signed out.
 * csrf-csrf asks for it once to check a posted token and again to check or make the cookie's token;
 * the cookie is decoded once per request (issue #18) and the answer kept with the request. Decoding
 * without verifying is enough here: a forged `jti` only binds the token to a session the forger does
 * not hold, and the session guard verifies the signature before anything is done as that session.
 */
const SESSION_IDS = new WeakMap<Request, string>();

function sessionIdOf(req: Request, sessionCookie: string): string {
  let id = SESSION_IDS.get(req);
  if (id === undefined) {
    const token = (req.cookies as Record<string, string> | undefined)?.[sessionCookie];
    const decoded = token ? jwt.decode(token) : null;
    id = decoded && typeof decoded === 'object' && typeof decoded.jti === 'string' ? decoded.jti : '';
    SESSION_IDS.set(req, id);
  }
  return id;
}

/**
 * A path on this site without a query, made only of characters URL parsing leaves as they are and
 * with no dot segments: parsing would return it unchanged (and it has no `?lang=`), so most requests
 * skip the parse (a URL object per request was a visible share of a cheap page, issue #18).
 */
const UNCHANGED_BY_PARSING = /^\/(?![/\\])[\w\-.~!$&'()*+,;=:@/]*$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

/** `/documents?lang=ko&page=2` → `/documents?page=2`: the switcher's choice must not be overridden. */
export function withoutLangParameter(url: string): string {
  if (UNCHANGED_BY_PARSING.test(url) && !DOT_SEGMENT.test(url)) return url;
  const parsed = new URL(url, 'http://candor.invalid');
  parsed.searchParams.delete('lang');
  return `${parsed.pathname}${parsed.search}`;
}
