import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, type Observable, of, switchMap } from 'rxjs';
import { PageNoticesReader } from '../page-notices.reader.js';

/**
 * After a material policy change (P1), a signed-in person's next page is the acceptance page. Only
 * page views (GET) are redirected: form posts — accepting, deleting the account, signing out,
 * changing the language — still work, and so do the pages needed to decide (the policy itself, its
 * versions, the delete-account confirmation, Settings).
 */
const STILL_OPEN = [/^\/policy\/accept/, /^\/privacy/, /^\/terms/, /^\/cookies/, /^\/settings(\/delete)?\/?$/, /^\/settings\/delete/, /^\/static\//, /^\/health/, /^\/dev\//, /^\/auth\//, /^\/sign-?out/];

@Injectable()
export class PolicyAcceptanceInterceptor implements NestInterceptor {
  constructor(private readonly notices: PageNoticesReader) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const user = req.authUser;
    if (!user || req.method !== 'GET' || STILL_OPEN.some((open) => open.test(req.path))) return next.handle();
    // The same statement as the page's banners (ComplianceRequestInterceptor): one read per request.
    return from(this.notices.for(req, user.id)).pipe(
      switchMap(({ awaitingAcceptanceId }) => {
        if (!awaitingAcceptanceId) return next.handle();
        const res = context.switchToHttp().getResponse<Response>();
        const target = `/policy/accept?next=${encodeURIComponent(req.originalUrl)}`;
        // htmx follows a plain redirect inside the fragment; HX-Redirect makes it a full page.
        if (req.get('HX-Request')) res.set('HX-Redirect', target).status(204).end();
        else res.redirect(303, target);
        return of(undefined);
      }),
    );
  }
}
