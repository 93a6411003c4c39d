import type { Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import type { SignInHandshake } from './oidc-client.service.js';

const COOKIE = 'candor_sign_in';
const AUDIENCE = 'candor-sign-in';
const LIFETIME_SECONDS = 600;

/** The handshake (state, nonce, PKCE verifier) rides in a signed, httpOnly cookie scoped to /auth. */
export function storeHandshake(res: Response, handshake: SignInHandshake, secret: string, secure: boolean): void {
  const token = jwt.sign({ h: handshake }, secret, { algorithm: 'HS256', audience: AUDIENCE, expiresIn: LIFETIME_SECONDS });
  res.cookie(COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/auth', maxAge: LIFETIME_SECONDS * 1000 });
}

/** Reads and clears the handshake; undefined when missing, expired or forged. */
export function takeHandshake(req: Request, res: Response, secret: string): SignInHandshake | undefined {
  const token = (req.cookies as Record<string, string> | undefined)?.[COOKIE];
  res.clearCookie(COOKIE, { path: '/auth' });
  if (!token) return undefined;
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'], audience: AUDIENCE }) as { h: SignInHandshake };
    return payload.h;
  } catch {
    return undefined;
  }
}
