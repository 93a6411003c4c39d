import { describe, expect, it } from 'vitest';
import { ForgettingKeys } from '../helpers/forgetting-keys.js';
import type { AuthUser } from '../../src/platform/identity/current-user.js';
import type { UserKeysService } from '../../src/platform/vault/user-keys.service.js';
import { PAGE_CACHE_MAX_VIEWS_PER_PERSON, PageDataCache } from '../../src/platform/web/page-data-cache.js';


function setUp(): { keys: ForgettingKeys; cache: PageDataCache } {
  const keys = new ForgettingKeys();
  return { keys, cache: new PageDataCache(keys as unknown as UserKeysService) };
}

const person = (id: string, dataVersion: string | undefined): AuthUser => ({
  id,
  email: `${id}@example.com`,
  displayName: id,
  photoUrl: null,
  role: 'job_seeker',
  locale: null,
  sessionId: `session-${id}`,
  lastActiveAt: new Date(),
  dataVersion,
});

/** A loader that counts its calls and answers with the call number. */
function counting(label: string): { load: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return { load: () => Promise.resolve(`${label} #${++calls}`), calls: () => calls };
}

describe('PageDataCache', () => {
  it('loads a view once per data version, and again as soon as the version moves', async () => {
    const { cache } = setUp();
    const list = counting('list');
    expect(await cache.view(person('ann', '1'), 'documents', '', list.load)).toBe('list #1');
    expect(await cache.view(person('ann', '1'), 'documents', '', list.load)).toBe('list #1');
    expect(await cache.view(person('ann', '2'), 'documents', '', list.load)).toBe('list #2');
    expect(list.calls()).toBe(2);
  });

  it('never answers one person with another\'s view, nor one variant (language, id) with another', async () => {
    const { cache } = setUp();
    await cache.view(person('ann', '5'), 'documents', 'en', () => Promise.resolve('ann en'));
    expect(await cache.view(person('bob', '5'), 'documents', 'en', () => Promise.resolve('bob en'))).toBe('bob en');
    expect(await cache.view(person('ann', '5'), 'documents', 'ko', () => Promise.resolve('ann ko'))).toBe('ann ko');
    expect(await cache.view(person('ann', '5'), 'documents', 'en', () => Promise.resolve('reloaded'))).toBe('ann en');
  });

  it('lets a request that read an older version load for itself, without replacing the newer views', async () => {
    const { cache } = setUp();
    await cache.view(person('ann', '7'), 'documents', '', () => Promise.resolve('version 7'));
    expect(await cache.view(person('ann', '6'), 'documents', '', () => Promise.resolve('version 6'))).toBe('version 6');
    expect(await cache.view(person('ann', '7'), 'documents', '', () => Promise.resolve('reloaded'))).toBe('version 7');
    // Versions are compared as numbers, not strings ('10' is newer than '9').
    expect(await cache.view(person('ann', '10'), 'documents', '', () => Promise.resolve('version 10'))).toBe('version 10');
  });

  it('caches nothing while keys are not cached (invalidation not heard), or without a data version', async () => {
    const { keys, cache } = setUp();
    keys.cachingKeys = false;
    const list = counting('list');
    await cache.view(person('ann', '1'), 'documents', '', list.load);
    await cache.view(person('ann', '1'), 'documents', '', list.load);
    keys.cachingKeys = true;
    await cache.view(person('ann', undefined), 'documents', '', list.load);
    await cache.view(person('ann', undefined), 'documents', '', list.load);
    expect(list.calls()).toBe(4);
    expect(cache.size.views).toBe(0);
  });

  it('drops a person\'s views the moment their key is forgotten, and everything when invalidation is lost', async () => {
    const { keys, cache } = setUp();
    await cache.view(person('ann', '1'), 'documents', '', () => Promise.resolve('ann'));
    await cache.view(person('bob', '1'), 'documents', '', () => Promise.resolve('bob'));
    keys.forget('ann');
    expect(cache.peek(person('ann', '1'), 'documents', '')).toBeUndefined();
    expect(await cache.peek(person('bob', '1'), 'documents', '')).toBe('bob');
    keys.forget(undefined);
    expect(cache.size).toEqual({ people: 0, views: 0, bytes: 0 });
  });

  it('does not keep a view loaded while the person\'s key was forgotten', async () => {
    const { keys, cache } = setUp();
    let finish!: (value: string) => void;
    const pending = cache.view(person('ann', '1'), 'documents', '', () => new Promise<string>((resolve) => (finish = resolve)));
    keys.forget('ann');
    finish('read before the erasure');
    expect(await pending).toBe('read before the erasure');
    expect(cache.peek(person('ann', '1'), 'documents', '')).toBeUndefined();
    expect(cache.size.bytes).toBe(0);
  });

  it('forgets a failed load and a refused one (keepIf), and shares one load between concurrent requests', async () => {
    const { cache } = setUp();
    await expect(cache.view(person('ann', '1'), 'report', 'x', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cache.view(person('ann', '1'), 'report', 'x', () => Promise.resolve('fine'))).toBe('fine');

    expect(await cache.view(person('ann', '1'), 'dashboard', '', () => Promise.resolve({ incomplete: true }), { keepIf: (d) => !d.incomplete })).toEqual({ incomplete: true });
    expect(cache.peek(person('ann', '1'), 'dashboard', '')).toBeUndefined();

    const list = counting('list');
    const [a, b] = await Promise.all([cache.view(person('ann', '1'), 'documents', '', list.load), cache.view(person('ann', '1'), 'documents', '', list.load)]);
    expect([a, b, list.calls()]).toEqual(['list #1', 'list #1', 1]);
  });

  it('lets a view live no longer than its time to live', async () => {
    const { cache } = setUp();
    cache.ttlMs = 0;
    const list = counting('list');
    await cache.view(person('ann', '1'), 'documents', '', list.load);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await cache.view(person('ann', '1'), 'documents', '', list.load);
    expect(list.calls()).toBe(2);
  });

  it('keeps a bounded number of views per person, least recently used dropped first, and counts their size', async () => {
    const { cache } = setUp();
    const ann = person('ann', '1');
    for (let i = 0; i < PAGE_CACHE_MAX_VIEWS_PER_PERSON + 5; i++) await cache.view(ann, 'analysis-report', String(i), () => Promise.resolve({ report: i }));
    expect(cache.size.views).toBe(PAGE_CACHE_MAX_VIEWS_PER_PERSON);
    expect(cache.peek(ann, 'analysis-report', '0')).toBeUndefined();
    expect(await cache.peek(ann, 'analysis-report', String(PAGE_CACHE_MAX_VIEWS_PER_PERSON + 4))).toEqual({ report: PAGE_CACHE_MAX_VIEWS_PER_PERSON + 4 });
    expect(cache.size.bytes).toBeGreaterThan(0);
    cache.forgetPerson('ann');
    expect(cache.size).toEqual({ people: 0, views: 0, bytes: 0 });
  });
});
