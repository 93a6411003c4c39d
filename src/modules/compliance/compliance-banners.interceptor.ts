import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, type Observable, switchMap } from 'rxjs';
import { IncidentsService } from './incidents/incidents.service.js';

/**
 * Puts the signed-in person's compliance banners (breach notices not yet dismissed) in
 * `res.locals.complianceBanners`, for the layout to show on every full page. Only GET requests that
 * render a page pay the query; form posts redirect and the next page shows the banner.
 */
@Injectable()
export class ComplianceBannersInterceptor implements NestInterceptor {
  constructor(private readonly incidents: IncidentsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const user = req.authUser;
    if (!user || req.method !== 'GET') return next.handle();
    return from(this.incidents.bannersFor(user.id)).pipe(
      switchMap((incidents) => {
        res.locals.complianceBanners = { incidents };
        return next.handle();
      }),
    );
  }
}
