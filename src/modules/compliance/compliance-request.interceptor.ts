import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, type Observable, switchMap } from 'rxjs';
import { IncidentsService } from './incidents/incidents.service.js';
import { PolicyVersionsService } from './policies/policy-versions.service.js';
import { RetentionService } from './retention/retention.service.js';

/**
 * What compliance needs on every signed-in request: it is activity for retention (R4: sign-in,
 * uploads, edits, analyses and interviews all arrive as signed-in requests; written at most hourly),
 * and full pages show the person's banners (breach notices not yet dismissed, H2; a policy version that took effect, P1) from
 * `res.locals.complianceBanners`. Form posts redirect, and the next page shows the banner.
 */
@Injectable()
export class ComplianceRequestInterceptor implements NestInterceptor {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly retention: RetentionService,
    private readonly policies: PolicyVersionsService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const user = req.authUser;
    if (!user) return next.handle();
    return from(this.prepare(user.id, user.lastActiveAt, req.method === 'GET', res)).pipe(switchMap(() => next.handle()));
  }

  private async prepare(userId: string, lastActiveAt: Date, rendersPage: boolean, res: Response): Promise<void> {
    await this.retention.recordActivity(userId, lastActiveAt);
    if (rendersPage) {
      const [incidents, policies] = await Promise.all([this.incidents.bannersFor(userId), this.policies.bannersFor(userId)]);
      res.locals.complianceBanners = { incidents, policies };
    }
  }
}
