import { describe, expect, it } from 'vitest';
import { POSTING_POOL_MAX_ENTRIES, PostingPoolCache } from '../../../src/modules/jobs/posting-pool.cache.js';

// The job board's candidate pools (issue #18): read once per search key and lifetime, bounded in number,
// never remembering a failed read.

function counted(rows: readonly number[] = [1, 2, 3]): { load: () => Promise<readonly number[]>; calls: () => number } {
  let calls = 0;
  return {
    load: () => {
      calls++;
      return Promise.resolve(rows);
    },
    calls: () => calls,
  };
}

describe('PostingPoolCache', () => {
  it('reads a key once while it is fresh, shared by concurrent searches, and again after forget()', async () => {
    const cache = new PostingPoolCache();
    const reader = counted();
    const [a, b] = await Promise.all([cache.pool('engineer', reader.load), cache.pool('engineer', reader.load)]);
    expect(a).toBe(b);
    await cache.pool('engineer', reader.load);
    expect(reader.calls()).toBe(1);
    cache.forget();
    await cache.pool('engineer', reader.load);
    expect(reader.calls()).toBe(2);
  });

  it('reads again once the lifetime is over, and every time with no lifetime', async () => {
    const cache = new PostingPoolCache();
    const reader = counted();
    await cache.pool('engineer', reader.load);
    cache.ttlMs = 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await cache.pool('engineer', reader.load);
    expect(reader.calls()).toBe(2);
    cache.ttlMs = 0;
    await cache.pool('engineer', reader.load);
    await cache.pool('engineer', reader.load);
    expect(reader.calls()).toBe(4);
  });

  it('does not remember a failed read', async () => {
    const cache = new PostingPoolCache();
    await expect(cache.pool('engineer', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    await Promise.resolve();
    const reader = counted();
    await cache.pool('engineer', reader.load);
    expect(reader.calls()).toBe(1);
  });

  it('keeps at most POSTING_POOL_MAX_ENTRIES searches, dropping the least recently used', async () => {
    const cache = new PostingPoolCache();
    const reader = counted();
    for (let i = 0; i <= POSTING_POOL_MAX_ENTRIES; i++) await cache.pool(`query ${i}`, reader.load);
    expect(cache.size.pools).toBe(POSTING_POOL_MAX_ENTRIES);
    const before = reader.calls();
    await cache.pool(`query ${POSTING_POOL_MAX_ENTRIES}`, reader.load);
    expect(reader.calls()).toBe(before);
    await cache.pool('query 0', reader.load);
    expect(reader.calls()).toBe(before + 1);
  });
});
