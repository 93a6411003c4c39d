import { type ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectThrottlerOptions, InjectThrottlerStorage, type ThrottlerModuleOptions, type ThrottlerRequest, ThrottlerStorage } from '@nestjs/throttler';
import { messageKey } from '../../platform/contracts/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { PerPersonThrottlerGuard } from '../../platform/web/per-person-throttler.guard.js';
import { TranslatableHttpException } from '../../platform/web/translatable-http-exception.js';

export const TOO_MANY_UPLOADS_MESSAGE = 'You have uploaded a lot in a short time. Please wait a few minutes and try again.';

/**
 * Reading a file costs CPU (a worker per file), so uploads and replacements share one per-person
 * budget (`UPLOAD_RATE_LIMIT` per `UPLOAD_RATE_WINDOW_MINUTES`), counted across both routes.
 */
@Injectable()
export class UploadThrottlerGuard extends PerPersonThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(options, storage, reflector);
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const { limit, windowMs } = this.config.uploadRateLimit;
    return super.handleRequest({ ...request, limit, ttl: windowMs, blockDuration: windowMs });
  }

  /** One counter for uploads and replacements together, rather than one per route. */
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `uploads:${name}:${tracker}`;
  }

  protected override throwThrottlingException(): Promise<void> {
    throw new TranslatableHttpException(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_UPLOADS_MESSAGE, messageKey('errors.tooManyUploads'));
  }
}
