import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, type Observable, switchMap } from 'rxjs';
import { PageNoticesReader } from './page-notices.reader.js';
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
    private readonly retention: RetentionService,
    private readonly notices: PageNoticesReader,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const user = req.authUser;
    if (!user) return next.handle();
    return from(this.prepare(req, user.id, user.lastActiveAt, res)).pipe(switchMap(() => next.handle()));
  }

  private async prepare(req: Request, userId: string, lastActiveAt: Date, res: Response): Promise<void> {
    await this.retention.recordActivity(userId, lastActiveAt);
    if (req.method === 'GET') {
      const { incidents, policies } = await this.notices.for(req, userId);
      res.locals.complianceBanners = { incidents, policies };
    }
  }
}
