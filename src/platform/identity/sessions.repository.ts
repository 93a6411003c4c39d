import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { preparedRows, preparedStatement } from '../database/prepared-query.js';
import type { Locale } from '../i18n/locale.js';
import { Session } from './session.entity.js';
import type { Role } from './user.entity.js';

/** A usable session and its person: what every signed-in request needs, read without the ORM. */
export interface LiveSession {
  sessionId: string;
  userId: string;
  absoluteExpiresAt: Date;
  email: string;
  displayName: string;
  photoUrl: string | null;
  role: Role;
  locale: Locale | null;
  lastActiveAt: Date;
  /** `users.data_version`: moves with every write to the person's data (platform/database/data-version.ts). */
  dataVersion: string;
}

// Every signed-in request runs this: a prepared statement (see prepared-query.ts), one round trip.
const LIVE_SESSION = preparedStatement(
  'identity_live_session',
  `select s.id as "sessionId", u.id as "userId", s.absolute_expires_at as "absoluteExpiresAt", u.email, u.display_name as "displayName",
          u.photo_url as "photoUrl", u.role, u.locale, u.last_active_at as "lastActiveAt",
          u.data_version as "dataVersion"
     from sessions s join users u on u.id = s.user_id
    where s.id = $1 and s.user_id = $2 and s.revoked_at is null and s.absolute_expires_at > $3`,
);
const TOUCH_SESSION = preparedStatement('identity_touch_session', `update sessions set last_seen_at = $3 where id = $1 and user_id = $2`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Queries on sessions; every one but the cleanup of dead sessions takes the user id (A3). */
@Injectable()
export class SessionsRepository {
  constructor(private readonly em: EntityManager) {}

  /** The session and its person if it is still usable: not revoked and within its absolute lifetime. */
  async findLive(sessionId: string, userId: string, now = new Date()): Promise<LiveSession | null> {
    // Ids come from a verified token, but a malformed one must not become a database error (uuid cast).
    if (!UUID.test(sessionId) || !UUID.test(userId)) return null;
    const [row] = await preparedRows<LiveSession>(this.em, LIVE_SESSION, [sessionId, userId, now]);
    if (!row) return null;
    return { ...row, absoluteExpiresAt: new Date(row.absoluteExpiresAt), lastActiveAt: new Date(row.lastActiveAt) };
  }

  /** Sliding renewal's record of activity on the session row. */
  async touch(sessionId: string, userId: string, now = new Date()): Promise<void> {
    await preparedRows(this.em, TOUCH_SESSION, [sessionId, userId, now]);
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
