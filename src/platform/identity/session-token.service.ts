import { Inject, Injectable } from '@nestjs/common';
import type { CookieOptions, Response } from 'express';
import jwt from 'jsonwebtoken';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

export const SESSION_ISSUER = 'candor';
export const SESSION_AUDIENCE = 'candor-session';
/** Pinned: a token signed with anything else (including `none`) is rejected. */
export const SESSION_ALGORITHM = 'HS256';

export interface SessionTokenClaims {
  sub: string;
  jti: string;
  iat: number;
  exp: number;
}

/** Signs session tokens and owns the session cookie's name and attributes (promise A2). */
@Injectable()
export class SessionTokenService {
  readonly cookieName: string;
  /**
   * The signing secret as a key object, made once. Given a string, jsonwebtoken first tries to read
   * it as a PEM public key and builds a secret key only after that throws — on every request
   * (half a millisecond of each signed-in page, issue #18).
   */
  readonly key: KeyObject;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.secrets.sessionSecret));
    // `__Host-` binds the cookie to our exact origin over HTTPS; plain HTTP (local) cannot use it.
    this.cookieName = config.isProduction ? '__Host-candor_session' : 'candor_session';
  }

  get ttlSeconds(): number {
    return this.config.session.ttlSeconds;
  }

  sign(userId: string, sessionId: string, expiresInSeconds: number): string {
    return jwt.sign({}, this.key, {
      algorithm: SESSION_ALGORITHM,
      issuer: SESSION_ISSUER,
      audience: SESSION_AUDIENCE,
      subject: userId,
      jwtid: sessionId,
      expiresIn: Math.max(1, Math.floor(expiresInSeconds)),
    });
  }

  setCookie(res: Response, token: string, maxAgeSeconds: number): void {
    res.cookie(this.cookieName, token, { ...this.cookieOptions(), maxAge: maxAgeSeconds * 1000 });
  }

  clearCookie(res: Response): void {
    res.clearCookie(this.cookieName, this.cookieOptions());
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.isProduction, path: '/' };
  }
}
