import { type ArgumentsHost, Catch, type ExceptionFilter, PayloadTooLargeException } from '@nestjs/common';
import type { Response } from 'express';
import { MAX_UPLOAD_BYTES_DEFAULT } from './extraction/extract-text.js';

/** A file over the limit is stopped while it streams in; the person gets the limit in plain words. */
@Catch(PayloadTooLargeException)
export class UploadTooLargeFilter implements ExceptionFilter {
  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const limitMb = Math.round(MAX_UPLOAD_BYTES_DEFAULT / (1024 * 1024));
    res.set('Connection', 'close');
    res.status(413).render('errors/error.njk', {
      title: 'That file is too large',
      status: 413,
      detail: `Files can be at most ${limitMb} MB. Nothing was stored.`,
    });
  }
}
