import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { doubleCsrf } from 'csrf-csrf';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import jwt from 'jsonwebtoken';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join } from 'node:path';
import nunjucks from 'nunjucks';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { SessionTokenService } from './platform/identity/session-token.service.js';
import { DEV_OIDC_MOUNT, DevOidcProviderService } from './modules/accounts/index.js';
import { localeMiddleware } from './platform/i18n/locale.middleware.js';
import { Translator } from './platform/i18n/translator.js';
import { flashMiddleware } from './platform/web/flash.js';
import { PublicOrigin } from './platform/web/public-origin.service.js';
import { PinoNestLogger, requestLogger } from './platform/logging/logger.js';

/** Project root: dist/src/.. at run time, src/.. under the test runner. */
export const PROJECT_ROOT = join(import.meta.dirname, basename(dirname(import.meta.dirname)) === 'dist' ? '../..' : '..');

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
  app.enableShutdownHooks();

  app.use(requestLogger(logger));
  app.use(securityHeaders(config));
  app.useStaticAssets(join(PROJECT_ROOT, 'static'), {
    prefix: '/static/',
    maxAge: config.isProduction ? '7d' : 0,
    index: false,
  });

  const views = nunjucks.configure(join(PROJECT_ROOT, 'views'), {
    autoescape: true,
    express,
    noCache: !config.isProduction,
    throwOnUndefined: false,
  });
  views.addGlobal('appName', 'Candor');
  app.setViewEngine('njk');

  app.use(cookieParser(config.secrets.sessionSecret));
  // The language is known before anything renders: error pages and the development sign-in included.
  app.use(localeMiddleware(app.get(Translator), config.defaultLocale));

  // The development provider is mounted before Nest's router; it serves only when it is enabled.
  const devProvider = app.get(DevOidcProviderService);
  app.use(DEV_OIDC_MOUNT, devProvider.middleware);

  app.useBodyParser('urlencoded', { extended: false, limit: '64kb', parameterLimit: 200 });
  app.useBodyParser('json', { limit: '64kb' });
  // Recorded interview answers (promise V2: held in memory only, never written by the parser). The
  // limit fits the longest allowed answer at 48 kHz mono 16-bit; the browser sends 16 kHz.
  app.useBodyParser('raw', { type: ['audio/wav', 'audio/wave', 'audio/x-wav', 'audio/vnd.wave'], limit: config.audio.maxSeconds * 96_000 + 4096 });
  app.use(flashMiddleware);
  app.use(csrfProtection(config, app.get(SessionTokenService).cookieName));
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
        formAction: ["'self'"],
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
    getSessionIdentifier: (req) => {
      const token = (req.cookies as Record<string, string> | undefined)?.[sessionCookie];
      const decoded = token ? jwt.decode(token) : null;
      return decoded && typeof decoded === 'object' && typeof decoded.jti === 'string' ? decoded.jti : '';
    },
    cookieName: config.isProduction ? '__Host-candor.csrf' : 'candor_csrf',
    cookieOptions: { sameSite: 'lax', secure: config.isProduction, path: '/', httpOnly: true },
    // Header (htmx), form field, or — for multipart uploads, whose body is parsed only later by the
    // route — the form's action URL. Request logs never include query strings.
    getCsrfTokenFromRequest: (req) =>
      (req.headers['x-csrf-token'] as string | undefined) ??
      (req.body as Record<string, string> | undefined)?._csrf ??
      (req.is('multipart/form-data') && typeof req.query._csrf === 'string' ? req.query._csrf : undefined),
    // The development OpenID provider has its own protections; everything else is covered.
    skipCsrfProtection: (req) => req.path.startsWith(`${DEV_OIDC_MOUNT}/`),
    errorConfig: { statusCode: 403, message: 'This form has expired. Go back, reload the page and try again.', code: 'EBADCSRFTOKEN' },
  });
  return (req, res, next) => {
    doubleCsrfProtection(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (req.method === 'GET' || req.method === 'HEAD') {
        res.locals.csrfToken = generateCsrfToken(req, res, { overwrite: false, validateOnReuse: false });
      }
      next();
    });
  };
}

/** `/documents?lang=ko&page=2` → `/documents?page=2`: the switcher's choice must not be overridden. */
export function withoutLangParameter(url: string): string {
  const parsed = new URL(url, 'http://candor.invalid');
  parsed.searchParams.delete('lang');
  return `${parsed.pathname}${parsed.search}`;
}
