import { Injectable, Module } from '@nestjs/common';
import type { AuthUser } from '../identity/current-user.js';
import { StorageModule } from '../vault/storage.module.js';
import { DATA_KEY_CACHE_TTL_MS, UserKeysService } from '../vault/user-keys.service.js';

/** How many people's pages are kept (least recently seen dropped first). */
export const PAGE_CACHE_MAX_PEOPLE = 500;
/** How many views one person keeps: each analysis report is one, so a long history cannot crowd others out. */
export const PAGE_CACHE_MAX_VIEWS_PER_PERSON = 24;
/** Roughly how much the cached views may hold in all (their JSON length, counted as two bytes a character). */
export const PAGE_CACHE_MAX_BYTES = 32 * 1024 * 1024;

interface CachedView {
  value: Promise<unknown>;
  expiresAt: number;
  bytes: number;
}

interface PersonViews {
  dataVersion: string;
  /** Insertion-ordered: the first is the least recently used. */
  views: Map<string, CachedView>;
}

/**
 * View models of a person's pages (dashboard cards, lists, charts, reports), kept in this process
 * under the person's data version (issue #18). The version is what the session lookup read for this
 * request (`AuthUser.dataVersion`), and PostgreSQL moves it in the same transaction as any write to
 * the person's data (src/platform/database/data-version.ts): a view loaded before a write is never
 * asked for after it commits, on this instance or any other. Nothing to invalidate by hand.
 *
 * What it holds is decrypted (file names, reports), so it lives no longer than the person's data key
 * may stay in memory: only while keys are cached (this instance hears of keys destroyed elsewhere),
 * dropped at once when the person's key is forgotten (erasure here or on another instance), all of
 * it when invalidation is lost, and each view for at most the key cache's lifetime.
 *
 * Views, never HTML: per-request values (CSRF tokens, nonces, flash messages, banners) stay out. A
 * cached view is shared by the requests that read it: callers and templates must not change it. A
 * template may draw part of a cached view once per language and keep the markup on it (`remembered`,
 * remembered-fragment.ts): held weakly on the view's objects, it goes when the view does, and counts
 * against a budget of its own.
 */
@Injectable()
export class PageDataCache {
  /** Insertion-ordered: the first is the person seen least recently. */
  private readonly people = new Map<string, PersonViews>();
  private bytes = 0;
  ttlMs = DATA_KEY_CACHE_TTL_MS;

  constructor(private readonly keys: UserKeysService) {
    keys.onForget((userId) => (userId === undefined ? this.clear() : this.forgetPerson(userId)));
  }

  /**
   * The view `page` (with `variant`: locale, id, whatever else it depends on) for the signed-in
   * person, loaded by `load` unless this version of it is cached. Only for views built from the
   * actor's own data and from nothing that changes without a write to it (no clock, no one else's rows).
   * `keepIf` may refuse a loaded view (a partial one, or one of someone else's data read with a grant):
   * it is still returned, and forgotten at once.
   */
  async view<T>(actor: AuthUser, page: string, variant: string, load: () => Promise<T>, options: { keepIf?: (loaded: T) => boolean } = {}): Promise<T> {
    const version = actor.dataVersion;
    if (version === undefined || !this.keys.cachingKeys) return load();
    let person = this.people.get(actor.id);
    if (person && person.dataVersion !== version) {
      // A request that read the version before a write finished: it loads for itself, caching nothing.
      if (BigInt(version) < BigInt(person.dataVersion)) return load();
      this.forgetPerson(actor.id);
      person = undefined;
    }
    if (!person) {
      person = { dataVersion: version, views: new Map() };
    } else this.people.delete(actor.id);
    this.people.set(actor.id, person);

    const key = viewKey(page, variant);
    const now = Date.now();
    const cached = person.views.get(key);
    if (cached && cached.expiresAt > now) {
      person.views.delete(key);
      person.views.set(key, cached);
      return cached.value as Promise<T>;
    }
    if (cached) this.drop(person, key);

    const value = load();
    const entry: CachedView = { value, expiresAt: now + this.ttlMs, bytes: 0 };
    person.views.set(key, entry);
    this.trim(person);
    value.then(
      (loaded) => {
        // Forgotten meanwhile (a newer version, an erasure): the entry is no longer reachable.
        if (this.people.get(actor.id) !== person || person.views.get(key) !== entry) return;
        if (options.keepIf && !options.keepIf(loaded)) return this.drop(person, key);
        entry.bytes = sizeOf(loaded);
        this.bytes += entry.bytes;
        this.trim(person);
      },
      () => {
        // A failed load is not remembered: the next request tries again (the caller sees the error).
        if (this.people.get(actor.id) === person && person.views.get(key) === entry) this.drop(person, key);
      },
    );
    return value;
  }

  /**
   * The view if this version of it is cached (or being loaded), without loading it. For a page whose
   * access check may be skipped on a hit: the view was stored by `view` after that check passed, and
   * nothing of the person's has changed since (same data version).
   */
  peek<T>(actor: AuthUser, page: string, variant: string): Promise<T> | undefined {
    const version = actor.dataVersion;
    if (version === undefined || !this.keys.cachingKeys) return undefined;
    const person = this.people.get(actor.id);
    if (!person || person.dataVersion !== version) return undefined;
    const cached = person.views.get(viewKey(page, variant));
    return cached && cached.expiresAt > Date.now() ? (cached.value as Promise<T>) : undefined;
  }

  /** Drops every view of one person (their key was forgotten). */
  forgetPerson(userId: string): void {
    const person = this.people.get(userId);
    if (!person) return;
    for (const view of person.views.values()) this.bytes -= view.bytes;
    this.people.delete(userId);
  }

  clear(): void {
    this.people.clear();
    this.bytes = 0;
  }

  /** What is held, for tests and the bench. */
  get size(): { people: number; views: number; bytes: number } {
    let views = 0;
    for (const person of this.people.values()) views += person.views.size;
    return { people: this.people.size, views, bytes: this.bytes };
  }

  private drop(person: PersonViews, key: string): void {
    const view = person.views.get(key);
    if (!view) return;
    this.bytes -= view.bytes;
    person.views.delete(key);
  }

  private trim(current: PersonViews): void {
    while (current.views.size > PAGE_CACHE_MAX_VIEWS_PER_PERSON) this.drop(current, current.views.keys().next().value!);
    for (const [userId, person] of this.people) {
      if (this.people.size <= PAGE_CACHE_MAX_PEOPLE && this.bytes <= PAGE_CACHE_MAX_BYTES) break;
      if (person === current && this.people.size === 1) break;
      this.forgetPerson(userId);
    }
  }
}

function viewKey(page: string, variant: string): string {
  return `${page}\u0000${variant}`;
}

/** A view's size in bytes, roughly: its JSON, two bytes a character (what V8 holds a string in, at worst). */
function sizeOf(value: unknown): number {
  return value === undefined ? 0 : 2 * (JSON.stringify(value)?.length ?? 0);
}

/** Import where a module's pages cache their views; one cache per process (Nest shares the instance). */
@Module({
  imports: [StorageModule],
  providers: [PageDataCache],
  exports: [PageDataCache],
})
export class PageDataCacheModule {}
