import type { MikroORM } from '@mikro-orm/postgresql';
import type { ThrottlerStorage } from '@nestjs/throttler';

/** What `@nestjs/throttler` expects back from a storage (its own record type is not exported). */
export interface ThrottlerCount {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/** Old rows are swept at most this often per instance; a sweep is one indexed DELETE. */
const SWEEP_INTERVAL_MS = 5 * 60_000;

/**
 * Rate-limit counters in PostgreSQL, so a limit holds across every app instance (issue #18): one
 * person's uploads, transcriptions and sign-in attempts are counted once, whichever instance the
 * request lands on. Each hit is one atomic upsert on a row per (key, throttler): a fixed window of
 * `ttl`, and when the count passes the limit the key is blocked for `blockDuration` (the throttler's
 * default is the ttl), as the in-memory storage does. Blocked hits are not counted.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  private lastSweep = Date.now();

  constructor(private readonly orm: MikroORM) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerCount> {
    const connection = this.orm.em.getConnection();
    const [row] = await connection.execute<CounterRow[]>(COUNT_HIT_SQL, [key, throttlerName, ttl, limit, blockDuration, limit, blockDuration]);
    if (!row) throw new Error('The rate-limit counter returned no row');
    this.sweepNowAndThen();
    const now = Date.now();
    const blockedUntil = row.blocked_until ? new Date(row.blocked_until).getTime() : 0;
    const isBlocked = blockedUntil > now;
    return {
      totalHits: Number(row.hits),
      timeToExpire: Math.max(0, Math.ceil((new Date(row.window_ends_at).getTime() - now) / 1000)),
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.ceil((blockedUntil - now) / 1000) : 0,
    };
  }

  /** Deletes counters whose window and block are over; any instance may do it, at any time. */
  async sweep(): Promise<number> {
    const result = await this.orm.em
      .getConnection()
      .execute<{ affectedRows?: number }>(`delete from "rate_limit_counter" where "window_ends_at" < now() and ("blocked_until" is null or "blocked_until" < now())`, [], 'run');
    return result.affectedRows ?? 0;
  }

  private sweepNowAndThen(): void {
    if (Date.now() - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = Date.now();
    // Not awaited: the request does not wait for housekeeping. A failure only delays the next sweep.
    this.sweep().catch(() => {
      this.lastSweep = 0;
    });
  }
}

interface CounterRow {
  hits: number | string;
  window_ends_at: string | Date;
  blocked_until: string | Date | null;
}

/**
 * One statement, so two instances counting the same key at once cannot lose a hit: the row lock of
 * `on conflict do update` serialises them. While blocked the count stands still; once the block or
 * the window is over, the count starts again at this hit. The block starts on the hit that passes
 * the limit and lasts `blockDuration` milliseconds. Parameters: key, throttler, ttl, then limit and block for the insert and again for the update.
 */
const NEXT_HITS = `case
      when c."blocked_until" > now() then c."hits"
      when c."window_ends_at" <= now() or c."blocked_until" is not null then 1
      else c."hits" + 1 end`;
const COUNT_HIT_SQL = `
insert into "rate_limit_counter" as c ("key", "throttler", "hits", "window_ends_at", "blocked_until")
values (?, ?, 1, now() + make_interval(secs => ?::double precision / 1000),
        case when 1 > ?::int then now() + make_interval(secs => ?::double precision / 1000) end)
on conflict ("key", "throttler") do update set
  "hits" = ${NEXT_HITS},
  "window_ends_at" = case
    when c."blocked_until" > now() then c."window_ends_at"
    when c."window_ends_at" <= now() or c."blocked_until" is not null then excluded."window_ends_at"
    else c."window_ends_at" end,
  "blocked_until" = case
    when c."blocked_until" > now() then c."blocked_until"
    when ${NEXT_HITS} > ?::int then now() + make_interval(secs => ?::double precision / 1000)
    end
returning "hits", "window_ends_at", "blocked_until"`;
