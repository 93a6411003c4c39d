import type { Request, Response } from 'express';

/** True when htmx sent the request (it then swaps the response into the page). */
export function isHtmx(req: Request): boolean {
  return req.get('HX-Request') === 'true';
}

/**
 * Redirect after a successful form post. Plain browsers follow the 303; htmx (which follows it too)
 * gets the final page. Both paths end on the same URL with the flash shown.
 */
export function seeOther(res: Response, location: string): void {
  res.redirect(303, location);
}

/** Only same-site relative paths are allowed as return targets (no open redirects). */
export function safeReturnPath(value: unknown, fallback = '/dashboard'): string {
  if (typeof value !== 'string') return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value.startsWith('/auth/') || value.startsWith('/dev-')) return fallback;
  return value.slice(0, 500);
}
