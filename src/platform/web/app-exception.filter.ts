import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { DomainError, type DomainErrorCode, type UserMessageKey } from '../contracts/domain-error.js';
import { ZodError } from 'zod';
import { type Translate, Translator } from '../i18n/translator.js';
import { isHtmx } from './htmx.js';
import { TranslatableHttpException } from './translatable-http-exception.js';

/** The one place where what went wrong in a use case becomes an HTTP status. */
const STATUS_OF_CODE: Record<DomainErrorCode, number> = {
  NOT_FOUND: HttpStatus.NOT_FOUND,
  INVALID_INPUT: HttpStatus.UNPROCESSABLE_ENTITY,
  CONFLICT: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  TIMEOUT: HttpStatus.GATEWAY_TIMEOUT,
  FORBIDDEN: HttpStatus.FORBIDDEN,
};


/** The code csrf-csrf's error carries (`errorConfig.code` in app.setup.ts). */
export const CSRF_ERROR_CODE = 'EBADCSRFTOKEN';

/** Statuses with a title of their own in the catalog (`common:errors.title.<status>`). */
const TITLED = new Set([400, 401, 403, 404, 413, 422, 429, 500, 503, 504]);

/**
 * Nest routes errors from Express middleware (body parser, CSRF) through this filter too.
 * Turns every error into a calm page (or JSON for API clients) that leaks nothing: no stack trace,
 * no configuration, no internal message for 5xx. Anonymous visitors to a private page are sent to
 * sign in and brought back afterwards.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly translator: Translator) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    respondWithError(exception, ctx.getRequest<Request>(), ctx.getResponse<Response>(), this.logger, this.translator.forLocale('en'));
  }
}

function respondWithError(exception: unknown, req: Request, res: Response, logger: Logger, english: Translate): void {
  const status = statusOf(exception);

  if (status >= 500) {
    const error = exception instanceof Error ? exception : new Error(String(exception));
    logger.error(`${req.method} ${req.path} failed: ${error.message}`, error.stack);
  }
  if (res.headersSent) {
    res.end();
    return;
  }

  if (status === 401 && req.method === 'GET' && wantsHtml(req)) {
    const next = encodeURIComponent(req.originalUrl);
    if (isHtmx(req)) {
      res.set('HX-Redirect', `/auth/sign-in?next=${next}`).status(401).end();
    } else {
      res.redirect(303, `/auth/sign-in?next=${next}`);
    }
    return;
  }

  // The locale middleware runs before anything that can fail; English if it somehow did not.
  const t = (res.locals.t as Translate | undefined) ?? english;
  const title = t(`errors.title.${TITLED.has(status) ? status : status >= 500 ? 500 : 400}`);
  // 503 and 504 thrown on purpose (a speech engine down or too slow) carry our own advice for the user.
  const ownUnavailable = (exception instanceof HttpException || exception instanceof DomainError) && (status === 503 || status === 504);
  const detail = status < 500 || ownUnavailable ? userMessage(exception, t) : undefined;
  if (!wantsHtml(req)) {
    res.status(status).json({ statusCode: status, error: title, message: detail ?? title });
    return;
  }
  const view = status === 404 ? 'errors/404.njk' : 'errors/error.njk';
  res.status(status).render(view, { title, status, detail }, (renderError: Error | null, html?: string) => {
    if (renderError) {
      logger.error(`Error page failed to render: ${renderError.message}`);
      res.type('text/plain').send(`${status} ${title}`);
    } else {
      res.send(html);
    }
  });
}

function statusOf(exception: unknown): number {
  if (exception instanceof DomainError) return STATUS_OF_CODE[exception.code];
  if (exception instanceof HttpException) return exception.getStatus();
  // A form that escaped its route's own validation is still the sender's mistake, not ours.
  if (exception instanceof ZodError) return HttpStatus.UNPROCESSABLE_ENTITY;
  const candidate = exception as { status?: unknown; statusCode?: unknown; type?: unknown } | null;
  const status = Number(candidate?.status ?? candidate?.statusCode);
  // body-parser and csrf-csrf throw http-errors with a status; anything else is our fault.
  if (Number.isInteger(status) && status >= 400 && status < 600) return status;
  return HttpStatus.INTERNAL_SERVER_ERROR;
}

function wantsHtml(req: Request): boolean {
  return isHtmx(req) || req.accepts(['html', 'json']) === 'html';
}

const translated = (t: Translate, message: UserMessageKey): string => t(message.key, message.params);

/** Domain errors' messages and Nest's default messages for 4xx are fine to show; they never carry internals. */
function userMessage(exception: unknown, t: Translate): string | undefined {
  const status = statusOf(exception);
  // The throttler's own message is its class name ("ThrottlerException: Too Many Requests").
  if (exception instanceof ThrottlerException) return t('errors.tooManyAttempts');
  if (exception instanceof ZodError) return t('errors.formShape');
  if (isCsrfRejection(exception)) return t('errors.formExpired');
  if (exception instanceof TranslatableHttpException) return translated(t, exception.messageKey);
  // Parser messages (malformed JSON and the like) describe internals, not anything a person can fix;
  // a 400 we raise ourselves carries words meant for the person.
  if (status === 400 && !(exception instanceof HttpException)) return undefined;
  if (status === 413) return t('errors.tooLarge');
  // Domain errors carry a message written for the user: a catalog key, or English as written.
  if (exception instanceof DomainError) return exception.messageKey ? translated(t, exception.messageKey) : exception.message;
  if (!(exception instanceof HttpException)) return undefined;
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * csrf-csrf's error (app.setup.ts): a form kept open past its token, or sent without one. Nest wraps
 * errors from Express middleware in an HttpException whose cause is the original.
 */
function isCsrfRejection(exception: unknown): boolean {
  const codeOf = (error: unknown): unknown => (error as { code?: unknown } | null | undefined)?.code;
  return codeOf(exception) === CSRF_ERROR_CODE || (exception instanceof Error && codeOf(exception.cause) === CSRF_ERROR_CODE);
}
