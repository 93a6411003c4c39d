import { type ArgumentsHost, Catch, type ExceptionFilter, Inject, Injectable, PayloadTooLargeException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { setFlash } from '../../platform/web/flash.js';
import { safeReturnPath, seeOther } from '../../platform/web/htmx.js';

/** True for the upload script's background request (static/js/upload.js), which shows answers in place. */
export function isUploadScript(req: Request): boolean {
  return req.get('X-Requested-With') === 'candor-upload';
}

/**
 * A file over the limit is stopped while it streams in; the person gets the limit in plain words.
 * Upload forms carry their CSRF token in the action URL, so a plain form is sent back (303) to the
 * page it came from with the message, never left on a URL showing the token.
 */
@Injectable()
@Catch(PayloadTooLargeException)
export class UploadTooLargeFilter implements ExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const limitMb = Math.round(this.config.uploadMaxBytes / (1024 * 1024));
    const t = res.locals.t as Translate;
    const detail = t('documents:tooLarge.detail', { limitMb });
    res.set('Connection', 'close');
    const formPage = isUploadScript(req) ? undefined : sameOriginPath(req);
    if (formPage) {
      setFlash(res, 'error', t('documents:tooLarge.flash', { detail }));
      return seeOther(res, formPage);
    }
    res.status(413).render('errors/error.njk', { title: t('documents:tooLarge.title'), status: 413, detail });
  }
}

/** The page the form was on (browsers send it as the Referer on same-origin posts), without its query. */
function sameOriginPath(req: Request): string | undefined {
  const referer = req.get('Referer');
  if (!referer) return undefined;
  try {
    const url = new URL(referer);
    if (url.host !== req.get('Host')) return undefined;
    const path = safeReturnPath(url.pathname, '');
    return path || undefined;
  } catch {
    return undefined; // not a URL: answer with the page instead
  }
}
