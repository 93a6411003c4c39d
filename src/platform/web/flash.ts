import type { NextFunction, Request, Response } from 'express';

export type FlashKind = 'success' | 'info' | 'error';
export interface Flash {
  kind: FlashKind;
  message: string;
}

const FLASH_COOKIE = 'candor_flash';

/** A one-time message shown on the next page (after a 303 redirect), carried in a signed cookie. */
export function setFlash(res: Response, kind: FlashKind, message: string): void {
  res.cookie(FLASH_COOKIE, JSON.stringify({ kind, message }), { httpOnly: true, sameSite: 'lax', signed: true, path: '/', maxAge: 60_000 });
}

/** Middleware: moves a pending flash into `res.locals.flash` and clears it. */
export function flashMiddleware(req: Request, res: Response, next: NextFunction): void {
  const raw = (req.signedCookies as Record<string, string | false> | undefined)?.[FLASH_COOKIE];
  if (raw !== undefined) {
    res.clearCookie(FLASH_COOKIE, { path: '/' });
    if (raw) {
      try {
        const flash = JSON.parse(raw) as Flash;
        if (typeof flash.message === 'string') res.locals.flash = flash;
      } catch {
        // A tampered or stale cookie is simply dropped.
      }
    }
  }
  next();
}
