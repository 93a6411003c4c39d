import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthUser } from './current-user.js';
import { Session } from './session.entity.js';
import { SessionTokenService } from './session-token.service.js';
import { type LiveSession, SessionsRepository } from './sessions.repository.js';
import { User } from './user.entity.js';

/**
 * Server-side sessions (promise A2). A token is only honoured while its row exists, is not revoked
 * and is within its absolute lifetime; activity slides the short token expiry forward.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionsRepository,
    private readonly tokens: SessionTokenService,
  ) {}

  /** Starts a session for a user and sets the cookie. */
  async start(user: User, res: Response, absoluteMaxAgeSeconds: number): Promise<Session> {
    const session = this.em.create(Session, {
      user,
      absoluteExpiresAt: new Date(Date.now() + absoluteMaxAgeSeconds * 1000),
    });
    await this.em.flush();
    this.issue(session, res);
    return session;
  }

  /**
   * The signed-in user for a verified token, or null when the session is revoked or over. One
   * prepared statement, no entities: every signed-in request runs it (issue #18). With `companions`
   * (page views), the same statement answers every session companion's read (session-companion.ts).
   */
  async resolve(sessionId: string, userId: string, options: { companions?: boolean } = {}): Promise<{ session: LiveSession; user: AuthUser; companions: ReadonlyMap<string, unknown> | undefined } | null> {
    const found = await this.sessions.findLive(sessionId, userId, options);
    if (!found) return null;
    const { session, companions } = found;
    return {
      session,
      user: { id: session.userId, email: session.email, displayName: session.displayName, photoUrl: session.photoUrl, role: session.role, locale: session.locale, sessionId: session.sessionId, lastActiveAt: session.lastActiveAt, dataVersion: session.dataVersion },
      companions,
    };
  }

  /** Sliding renewal: a fresh token once half of the current one's lifetime has passed. */
  async renewIfDue(session: LiveSession, issuedAtSeconds: number, res: Response): Promise<void> {
    const ageSeconds = Date.now() / 1000 - issuedAtSeconds;
    if (ageSeconds < this.tokens.ttlSeconds / 2) return;
    await this.sessions.touch(session.sessionId, session.userId);
    this.issueToken(session.userId, session.sessionId, session.absoluteExpiresAt, res);
  }

  async revoke(sessionId: string, userId: string): Promise<void> {
    await this.sessions.revoke(sessionId, userId);
  }

  async revokeAll(userId: string): Promise<number> {
    return this.sessions.revokeAll(userId);
  }

  /** Deletes sessions that can never be used again (revoked, idle past the token lifetime, or over). */
  async purgeDead(now = new Date()): Promise<number> {
    const idleCutoff = new Date(now.getTime() - this.tokens.ttlSeconds * 1000);
    return this.sessions.deleteDead(now, idleCutoff);
  }

  private issue(session: Session, res: Response): void {
    this.issueToken(session.user.id, session.id, session.absoluteExpiresAt, res);
  }

  private issueToken(userId: string, sessionId: string, absoluteExpiresAt: Date, res: Response): void {
    const remaining = (absoluteExpiresAt.getTime() - Date.now()) / 1000;
    const lifetime = Math.min(this.tokens.ttlSeconds, remaining);
    this.tokens.setCookie(res, this.tokens.sign(userId, sessionId, lifetime), lifetime);
  }
}
