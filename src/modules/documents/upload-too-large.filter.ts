import { type ArgumentsHost, Catch, type ExceptionFilter, Inject, Injectable, PayloadTooLargeException } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/** A file over the limit is stopped while it streams in; the person gets the limit in plain words. */
@Injectable()
@Catch(PayloadTooLargeException)
export class UploadTooLargeFilter implements ExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const limitMb = Math.round(this.config.uploadMaxBytes / (1024 * 1024));
    res.set('Connection', 'close');
    res.status(413).render('errors/error.njk', {
      title: 'That file is too large',
      status: 413,
      detail: `Files can be at most ${limitMb} MB. Nothing was stored.`,
    });
  }
}
