import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import jwt from 'jsonwebtoken';
import type { AuthUser } from './current-user.js';
import { isPageView } from './session-companion.js';
import { SESSION_ALGORITHM, SESSION_AUDIENCE, SESSION_ISSUER, SessionTokenService, type SessionTokenClaims } from './session-token.service.js';
import { SessionsService } from './sessions.service.js';

/**
 * Who a request's session cookie belongs to: verifies the signed JWT (algorithm, issuer and audience
 * pinned, expiry checked), then checks the server-side session row so sign-out and account deletion
 * take effect at once. The global guard calls it on every request; it used to run as a Passport
 * strategy, whose per-request layers (a strategy object and its callbacks, Nest's promise around
 * `passport.authenticate`) did nothing this does not (issue #18).
 */
@Injectable()
export class SessionAuthenticator {
  constructor(
    private readonly tokens: SessionTokenService,
    private readonly sessions: SessionsService,
  ) {}

  /** The signed-in person, or undefined when there is no usable session (no cookie, a bad token, a revoked or ended session). */
  async authenticate(req: Request): Promise<AuthUser | undefined> {
    const claims = this.verifiedClaims(req);
    if (!claims) return undefined;
    const resolved = await this.sessions.resolve(claims.jti, claims.sub, { companions: isPageView(req) });
    if (!resolved) return undefined;
    if (resolved.companions) req.sessionCompanions = { userId: resolved.user.id, values: resolved.companions };
    if (req.res) await this.sessions.renewIfDue(resolved.session, claims.iat, req.res);
    return resolved.user;
  }

  private verifiedClaims(req: Request): SessionTokenClaims | undefined {
    const token = (req.cookies as Record<string, string> | undefined)?.[this.tokens.cookieName];
    if (!token) return undefined;
    let claims: unknown;
    try {
      claims = jwt.verify(token, this.tokens.key, { algorithms: [SESSION_ALGORITHM], issuer: SESSION_ISSUER, audience: SESSION_AUDIENCE });
    } catch {
      // Forged, expired or malformed: no session, as for a request without the cookie.
      return undefined;
    }
    if (typeof claims !== 'object' || claims === null) return undefined;
    const { sub, jti, iat } = claims as Partial<SessionTokenClaims>;
    if (typeof sub !== 'string' || typeof jti !== 'string' || typeof iat !== 'number') return undefined;
    return claims as SessionTokenClaims;
  }
}
