import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthUser } from './current-user.js';
import { Session } from './session.entity.js';
import { SessionTokenService } from './session-token.service.js';
import { SessionsRepository } from './sessions.repository.js';
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

  /** The signed-in user for a verified token, or null when the session is revoked or over. */
  async resolve(sessionId: string, userId: string): Promise<{ session: Session; user: AuthUser } | null> {
    const session = await this.sessions.findLive(sessionId, userId);
    if (!session) return null;
    const u = session.user;
    return {
      session,
      user: { id: u.id, email: u.email, displayName: u.displayName, photoUrl: u.photoUrl ?? null, role: u.role, locale: u.locale ?? null, sessionId: session.id, lastActiveAt: u.lastActiveAt },
    };
  }

  /** Sliding renewal: a fresh token once half of the current one's lifetime has passed. */
  async renewIfDue(session: Session, issuedAtSeconds: number, res: Response): Promise<void> {
    const ageSeconds = Date.now() / 1000 - issuedAtSeconds;
    if (ageSeconds < this.tokens.ttlSeconds / 2) return;
    session.lastSeenAt = new Date();
    await this.em.flush();
    this.issue(session, res);
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
    const remaining = (session.absoluteExpiresAt.getTime() - Date.now()) / 1000;
    const lifetime = Math.min(this.tokens.ttlSeconds, remaining);
    this.tokens.setCookie(res, this.tokens.sign(session.user.id, session.id, lifetime), lifetime);
  }
}
