import { Injectable } from '@nestjs/common';

/**
 * How long an instance may answer a job search page from the candidate pool it read earlier (issue
 * #18). Pools hold only public posting data (published postings and their companies' names), the same
 * for everyone, so they are shared by every visitor's search; what can go stale is the board itself: a
 * posting published, edited or closed, or a company renamed, on another instance shows in this
 * instance's search results at most this long after the change commits. A change made through this
 * instance is seen at once (`forget()` after the write). A "posted within" bound moves at most this
 * much late. Posting pages (/jobs/:id) are never cached: a closed posting opened from a list says so.
 */
export const POSTING_POOL_TTL_MS = 30_000;
/** How many searches' pools one instance keeps (least recently used dropped first). */
export const POSTING_POOL_MAX_ENTRIES = 64;
/**
 * Roughly how much the pools may hold in all (200 rows of about 1 kB each at most: a full pool ≈ 200 kB),
 * counted as each pool's row count × `ROW_BYTES`, so a burst of distinct searches cannot grow the heap.
 */
export const POSTING_POOL_MAX_BYTES = 8 * 1024 * 1024;
const ROW_BYTES = 1024;

interface CachedPool {
  rows: Promise<readonly unknown[]>;
  readAt: number;
  bytes: number;
}

/**
 * The candidate pools of recent job searches (the freshest matching published postings, sorted),
 * keyed by what decides the pool: the words and the filters, never the page or the person. A pool is
 * read from PostgreSQL once per key and `POSTING_POOL_TTL_MS`; every search of the same words and
 * filters until then ranks that pool by the person's fit without a statement of its own (the pool's
 * one or two slice statements measured ≈ 3 ms of PostgreSQL CPU each on the demo board, planning
 * included, more than the rest of the page). A cached pool is shared by concurrent requests: callers
 * must not change it.
 */
@Injectable()
export class PostingPoolCache {
  /** Insertion-ordered: the first is the least recently used. */
  private readonly pools = new Map<string, CachedPool>();
  private bytes = 0;
  ttlMs = POSTING_POOL_TTL_MS;

  /** The pool under `key`, read by `load` unless a fresh one is cached (or being read). */
  pool<Row>(key: string, load: () => Promise<readonly Row[]>): Promise<readonly Row[]> {
    if (this.ttlMs <= 0) return load();
    const now = Date.now();
    const cached = this.pools.get(key);
    if (cached && now - cached.readAt < this.ttlMs) {
      this.pools.delete(key);
      this.pools.set(key, cached);
      return cached.rows as Promise<readonly Row[]>;
    }
    if (cached) this.drop(key);
    const rows = load();
    const entry: CachedPool = { rows, readAt: now, bytes: 0 };
    this.pools.set(key, entry);
    rows.then(
      (loaded) => {
        // Forgotten meanwhile (a write on this instance): the entry is no longer reachable.
        if (this.pools.get(key) !== entry) return;
        entry.bytes = loaded.length * ROW_BYTES;
        this.bytes += entry.bytes;
        this.trim();
      },
      // A failed read is not remembered: the next search tries again (the caller sees the error).
      () => this.pools.get(key) === entry && this.drop(key),
    );
    this.trim();
    return rows;
  }

  /** Drops every pool: a posting or company changed through this instance (others catch up within the TTL). */
  forget(): void {
    this.pools.clear();
    this.bytes = 0;
  }

  /** What is held, for tests. */
  get size(): { pools: number; bytes: number } {
    return { pools: this.pools.size, bytes: this.bytes };
  }

  private drop(key: string): void {
    const entry = this.pools.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.pools.delete(key);
  }

  private trim(): void {
    for (const key of this.pools.keys()) {
      if (this.pools.size <= POSTING_POOL_MAX_ENTRIES && this.bytes <= POSTING_POOL_MAX_BYTES) break;
      if (this.pools.size === 1) break;
      this.drop(key);
    }
  }
}
