import type { Request, Response } from 'express';

/**
 * After a material policy change (P1), a signed-in person's next page is the acceptance page. Only
 * page views (GET) are redirected: form posts — accepting, deleting the account, signing out,
 * changing the language — still work, and so do the pages needed to decide (the policy itself, its
 * versions, the delete-account confirmation, Settings).
 */
const STILL_OPEN = [/^\/policy\/accept/, /^\/privacy/, /^\/terms/, /^\/cookies/, /^\/settings(\/delete)?\/?$/, /^\/settings\/delete/, /^\/static\//, /^\/health/, /^\/dev\//, /^\/auth\//, /^\/sign-?out/];

/**
 * Sends a page view to `/policy/accept` when a material version awaits this person's acceptance and
 * the page is not one they need to decide; true when it answered. Called by `ComplianceRequestInterceptor`
 * with the notices it already read for the page's banners (one interceptor, not two, per request: issue #18).
 */
export function redirectToPolicyAcceptance(req: Request, res: Response, awaitingAcceptanceId: string | null): boolean {
  if (!awaitingAcceptanceId || req.method !== 'GET' || STILL_OPEN.some((open) => open.test(req.path))) return false;
  const target = `/policy/accept?next=${encodeURIComponent(req.originalUrl)}`;
  // htmx follows a plain redirect inside the fragment; HX-Redirect makes it a full page.
  if (req.get('HX-Request')) res.set('HX-Redirect', target).status(204).end();
  else res.redirect(303, target);
  return true;
}
