import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Session } from './session.entity.js';

/** Queries on sessions; every one but the cleanup of dead sessions takes the user id (A3). */
@Injectable()
export class SessionsRepository {
  constructor(private readonly em: EntityManager) {}

  /** The session if it is still usable: not revoked and within its absolute lifetime. */
  findLive(sessionId: string, userId: string, now = new Date()): Promise<Session | null> {
    return this.em.findOne(Session, { id: sessionId, user: userId, revokedAt: null, absoluteExpiresAt: { $gt: now } }, { populate: ['user'] });
  }

  revoke(sessionId: string, userId: string, now = new Date()): Promise<number> {
    return this.em.nativeUpdate(Session, { id: sessionId, user: userId, revokedAt: null }, { revokedAt: now });
  }

  revokeAll(userId: string, now = new Date()): Promise<number> {
    return this.em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: now });
  }

  /** Scheduled cleanup across all accounts: sessions that can never be used again. */
  deleteDead(now: Date, idleCutoff: Date): Promise<number> {
    return this.em.nativeDelete(Session, {
      $or: [{ revokedAt: { $ne: null } }, { absoluteExpiresAt: { $lt: now } }, { lastSeenAt: { $lt: idleCutoff } }],
    });
  }
}
