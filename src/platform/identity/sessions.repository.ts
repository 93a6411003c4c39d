import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { createHash } from 'node:crypto';
import { type PreparedStatement, preparedRows, preparedStatement } from '../database/prepared-query.js';
import type { Locale } from '../i18n/locale.js';
import { SessionCompanion, type SessionCompanionRead } from './session-companion.js';
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
// Page views run it with the session companions' subqueries added to the select list (`$4` on).
const LIVE_SESSION_COLUMNS = `s.id as "sessionId", u.id as "userId", s.absolute_expires_at as "absoluteExpiresAt", u.email, u.display_name as "displayName",
          u.photo_url as "photoUrl", u.role, u.locale, u.last_active_at as "lastActiveAt",
          u.data_version as "dataVersion"`;
const LIVE_SESSION_FROM = `from sessions s join users u on u.id = s.user_id
    where s.id = $1 and s.user_id = $2 and s.revoked_at is null and s.absolute_expires_at > $3`;
const LIVE_SESSION = preparedStatement('identity_live_session', `select ${LIVE_SESSION_COLUMNS}\n     ${LIVE_SESSION_FROM}`);
const TOUCH_SESSION = preparedStatement('identity_touch_session', `update sessions set last_seen_at = $3 where id = $1 and user_id = $2`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A companion's column: prefixed, so no name can shadow one of the session's own. */
function companionColumn(name: string): string {
  return `companion.${name}`;
}

/** The session lookup with every companion's subquery in its select list, each under its own column. */
function liveSessionWithCompanions(companions: readonly SessionCompanionRead[]): PreparedStatement {
  if (companions.length === 0) return LIVE_SESSION;
  let next = 3;
  const columns = companions.map((companion) => `${companion.companionSql.replace(/\?/g, () => `$${++next}`)} as "${companionColumn(companion.companionName)}"`);
  const text = `select ${LIVE_SESSION_COLUMNS},\n          ${columns.join(',\n          ')}\n     ${LIVE_SESSION_FROM}`;
  // Named by its text: another set of companions (another app in the same process) is another statement.
  return preparedStatement(`identity_live_session_${createHash('sha256').update(text).digest('hex').slice(0, 12)}`, text);
}

/** A live session, and on a page view what its companions read (by companion name). */
export interface LiveSessionWithCompanions {
  session: LiveSession;
  companions: ReadonlyMap<string, unknown> | undefined;
}

/** Queries on sessions; every one but the cleanup of dead sessions takes the user id (A3). */
@Injectable()
export class SessionsRepository implements OnModuleInit {
  private companions: readonly SessionCompanionRead[] = [];
  private withCompanions: PreparedStatement = LIVE_SESSION;

  constructor(
    private readonly em: EntityManager,
    private readonly discovery: DiscoveryService,
  ) {}

  onModuleInit(): void {
    this.companions = this.discovery.getProviders({ metadataKey: SessionCompanion.KEY }).map((wrapper) => wrapper.instance as SessionCompanionRead);
    const names = this.companions.map((c) => c.companionName);
    const twice = names.filter((name, i) => names.indexOf(name) !== i);
    if (twice.length) throw new Error(`Two session companions share a name: ${[...new Set(twice)].join(', ')}`);
    for (const name of names) {
      if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`A session companion may not be named ${name} (lower case, digits and _)`);
    }
    this.withCompanions = liveSessionWithCompanions(this.companions);
  }

  /**
   * The session and its person if it is still usable: not revoked and within its absolute lifetime.
   * With `companions`, the same statement also answers every session companion's read for the person.
   */
  async findLive(sessionId: string, userId: string, options: { companions?: boolean; now?: Date } = {}): Promise<LiveSessionWithCompanions | null> {
    // Ids come from a verified token, but a malformed one must not become a database error (uuid cast).
    if (!UUID.test(sessionId) || !UUID.test(userId)) return null;
    const withCompanions = options.companions === true && this.companions.length > 0;
    const values: unknown[] = [sessionId, userId, options.now ?? new Date()];
    if (withCompanions) for (const companion of this.companions) values.push(...companion.companionParams(userId));
    const [row] = await preparedRows<LiveSession & Record<string, unknown>>(this.em, withCompanions ? this.withCompanions : LIVE_SESSION, values);
    if (!row) return null;
    const session: LiveSession = {
      sessionId: row.sessionId,
      userId: row.userId,
      absoluteExpiresAt: new Date(row.absoluteExpiresAt),
      email: row.email,
      displayName: row.displayName,
      photoUrl: row.photoUrl,
      role: row.role,
      locale: row.locale,
      lastActiveAt: new Date(row.lastActiveAt),
      dataVersion: row.dataVersion,
    };
    return { session, companions: withCompanions ? new Map(this.companions.map((c) => [c.companionName, row[companionColumn(c.companionName)]])) : undefined };
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
