import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { KEY_WRAPPER, type KeyWrapper } from './master-key.js';
import { UserKey } from './user-key.entity.js';

/** The PostgreSQL channel on which a destroyed data key is announced to every app instance. */
export const DATA_KEY_DESTROYED_CHANNEL = 'candor_data_key_destroyed';

interface CachedKey {
  dataKey: Buffer;
  expiresAt: number;
}

/**
 * How long an unwrapped key stays in memory: it spares a query and an unwrap per request. Another
 * instance's shred reaches this cache at once through DataKeyInvalidation; the short lifetime is a
 * second line of defence, not the first.
 */
export const DATA_KEY_CACHE_TTL_MS = 60_000;
const DATA_KEY_CACHE_MAX_ENTRIES = 1_000;

/**
 * Per-user data-encryption keys (promise D1): 32 random bytes per user, stored only wrapped by the
 * master key. Destroying a user's key row is crypto-shredding (R2): every object and encrypted column
 * of that user, including copies in backups, becomes unreadable.
 */
@Injectable()
export class UserKeysService {
  /** Insertion-ordered, so the first entry is the least recently used. */
  private readonly cache = new Map<string, CachedKey>();
  /** Concurrent requests for the same user share one load (one query, one unwrap). */
  private readonly loading = new Map<string, Promise<Buffer>>();
  /**
   * Off until this instance hears of keys destroyed elsewhere (DataKeyInvalidation), and whenever it
   * cannot: a key is then unwrapped per use rather than trusted from a cache that may be stale.
   */
  private caching = false;
  /** Caches of what the keys decrypted (PageDataCache), told when a key is forgotten. */
  private readonly forgetListeners: Array<(userId: string | undefined) => void> = [];

  constructor(
    private readonly em: EntityManager,
    @Inject(KEY_WRAPPER) private readonly wrapper: KeyWrapper,
  ) {}

  /** The user's data key, created on first use. The user must exist. */
  async dataKeyFor(userId: string): Promise<Buffer> {
    const cached = this.caching ? this.cache.get(userId) : undefined;
    if (cached && cached.expiresAt > Date.now()) {
      this.cache.delete(userId);
      this.cache.set(userId, cached);
      return cached.dataKey;
    }
    this.cache.delete(userId);

    const inFlight = this.loading.get(userId);
    if (inFlight) return inFlight;
    const load = this.loadOrCreate(userId).then(
      (dataKey) => {
        // Cache only if no destroy() ran meanwhile (it removes this promise from `loading`).
        if (this.loading.get(userId) === load) this.remember(userId, dataKey);
        return dataKey;
      },
    ).finally(() => {
      if (this.loading.get(userId) === load) this.loading.delete(userId);
    });
    this.loading.set(userId, load);
    return load;
  }

  /**
   * Crypto-shreds the user's data: deletes the wrapped key and forgets the unwrapped one. Pass the
   * erasure's transaction as `em` so the deletion commits or rolls back with the rest of it.
   */
  async destroy(userId: string, em: EntityManager = this.em.fork()): Promise<void> {
    this.forget(userId);
    await em.nativeDelete(UserKey, { user: userId });
    // Every other instance forgets its copy when this transaction commits (DataKeyInvalidation).
    await em.getConnection().execute('select pg_notify(?, ?)', [DATA_KEY_DESTROYED_CHANNEL, userId], 'all', em.getTransactionContext());
    // Forget again: a load that read the row before the delete must not leave it cached.
    this.forget(userId);
  }

  /** Drops this instance's copy of a key destroyed by another instance. */
  forgetCached(userId: string): void {
    this.forget(userId);
  }

  /** Turns the cache on or off; turning it off empties it (see `caching`). */
  setCaching(enabled: boolean): void {
    this.caching = enabled;
    if (!enabled) {
      this.cache.clear();
      for (const listener of this.forgetListeners) listener(undefined);
    }
  }

  /**
   * Whether keys are cached: only while this instance hears of keys destroyed elsewhere. What the keys
   * decrypted may be cached on the same condition, for no longer than a key would be (`DATA_KEY_CACHE_TTL_MS`).
   */
  get cachingKeys(): boolean {
    return this.caching;
  }

  /**
   * Calls `listener` with the person whenever their key is forgotten here (destroyed on this or another
   * instance), and with undefined when every cached key is (invalidation lost): decrypted copies follow.
   */
  onForget(listener: (userId: string | undefined) => void): void {
    this.forgetListeners.push(listener);
  }

  private async loadOrCreate(userId: string): Promise<Buffer> {
    const em = this.em.fork();
    const existing = await em.findOne(UserKey, { user: userId });
    if (existing) return this.wrapper.unwrap(Buffer.from(existing.wrappedKey), existing.masterKeyId);

    // Another instance (or request) may be creating the same user's key right now. The primary key
    // decides: whichever insert lands first wins, the other does nothing, and both read the winner.
    const dataKey = randomBytes(32);
    await em
      .createQueryBuilder(UserKey)
      .insert({ user: userId, wrappedKey: await this.wrapper.wrap(dataKey), masterKeyId: this.wrapper.keyId, createdAt: new Date() })
      .onConflict('user')
      .ignore()
      .execute();
    const stored = await em.fork().findOneOrFail(UserKey, { user: userId });
    return this.wrapper.unwrap(Buffer.from(stored.wrappedKey), stored.masterKeyId);
  }

  private remember(userId: string, dataKey: Buffer): void {
    if (!this.caching) return;
    this.cache.set(userId, { dataKey, expiresAt: Date.now() + DATA_KEY_CACHE_TTL_MS });
    while (this.cache.size > DATA_KEY_CACHE_MAX_ENTRIES) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }

  private forget(userId: string): void {
    this.cache.delete(userId);
    this.loading.delete(userId);
    for (const listener of this.forgetListeners) listener(userId);
  }
}
