import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-jwt';
import type { AuthUser } from './current-user.js';
import { isPageView } from './session-companion.js';
import { SESSION_ALGORITHM, SESSION_AUDIENCE, SESSION_ISSUER, SessionTokenService, type SessionTokenClaims } from './session-token.service.js';
import { SessionsService } from './sessions.service.js';

/**
 * Passport strategy for the session cookie: verifies the signed JWT (algorithm pinned), then checks
 * the server-side session row so sign-out and account deletion take effect at once.
 */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(
    tokens: SessionTokenService,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: (req: Request) => (req.cookies as Record<string, string> | undefined)?.[tokens.cookieName] ?? null,
      // passport-jwt hands the key to jsonwebtoken.verify unchanged, which takes a KeyObject; its
      // own types only list strings and Buffers.
      secretOrKey: tokens.key as unknown as Buffer,
      algorithms: [SESSION_ALGORITHM],
      issuer: SESSION_ISSUER,
      audience: SESSION_AUDIENCE,
      passReqToCallback: true,
    });
  }

  async validate(req: Request, claims: SessionTokenClaims): Promise<AuthUser | false> {
    const resolved = await this.sessions.resolve(claims.jti, claims.sub, { companions: isPageView(req) });
    if (!resolved) return false;
    if (resolved.companions) req.sessionCompanions = { userId: resolved.user.id, values: resolved.companions };
    if (req.res) await this.sessions.renewIfDue(resolved.session, claims.iat, req.res);
    return resolved.user;
  }
}
