import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { DomainError, messageKey } from '../contracts/domain-error.js';

/**
 * Rate limits for costly work, counted per signed-in person rather than per address (many people
 * can share one address; one person can have several). Routes set their own limit with `@Throttle`.
 */
@Injectable()
export class PerPersonThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as unknown as Request;
    return Promise.resolve(request.authUser ? `person:${request.authUser.id}` : `address:${request.ip ?? 'unknown'}`);
  }

  protected override throwThrottlingException(): Promise<void> {
    throw new DomainError('RATE_LIMITED', 'You have done that many times in the last hour. Please try again a little later.', { messageKey: messageKey('errors.tooManyThisHour') });
  }
}
