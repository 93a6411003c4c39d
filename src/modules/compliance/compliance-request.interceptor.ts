import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Observable, of } from 'rxjs';
import { PageNoticesReader } from './page-notices.reader.js';
import { redirectToPolicyAcceptance } from './policies/policy-acceptance.redirect.js';
import { RetentionService } from './retention/retention.service.js';

/**
 * What compliance needs on every signed-in request: it is activity for retention (R4: sign-in,
 * uploads, edits, analyses and interviews all arrive as signed-in requests; written at most hourly),
 * full pages show the person's banners (breach notices not yet dismissed, H2; a policy version that took effect, P1) from
 * `res.locals.complianceBanners`, and a page view waits for a material policy change to be accepted
 * (P1, `redirectToPolicyAcceptance`). Form posts redirect, and the next page shows the banner.
 *
 * One interceptor for all three, and `async` rather than an observable chain of its own: each
 * interceptor is a layer of observables every request passes through (issue #18).
 */
@Injectable()
export class ComplianceRequestInterceptor implements NestInterceptor {
  constructor(
    private readonly retention: RetentionService,
    private readonly notices: PageNoticesReader,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const user = req.authUser;
    if (!user) return next.handle();
    await this.retention.recordActivity(user.id, user.lastActiveAt);
    if (req.method !== 'GET') return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    const { incidents, policies, awaitingAcceptanceId } = await this.notices.for(req, user.id);
    res.locals.complianceBanners = { incidents, policies };
    return redirectToPolicyAcceptance(req, res, awaitingAcceptanceId) ? of(undefined) : next.handle();
  }
}
