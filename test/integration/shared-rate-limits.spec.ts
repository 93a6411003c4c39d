import { MikroORM } from '@mikro-orm/postgresql';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresThrottlerStorage } from '../../src/platform/rate-limits/postgres-throttler-storage.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../helpers/test-app.js';

let db: TestDatabase;
let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  db = await createTestDatabase();
  // Two instances on one database, as in a scaled-out deployment (issue #18).
  first = await startTestApp(db.url, { SIGN_IN_RATE_LIMIT: '3' });
  second = await startTestApp(db.url, { SIGN_IN_RATE_LIMIT: '3' });
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await db?.drop();
});

it('holds a rate limit across instances: the fourth sign-in start is refused wherever it lands', async () => {
  await request(first.origin).get('/auth/start').expect(303);
  await request(second.origin).get('/auth/start').expect(303);
  await request(first.origin).get('/auth/start').expect(303);
  await request(second.origin).get('/auth/start').set('Accept', 'text/html').expect(429);
  await request(first.origin).get('/auth/start').set('Accept', 'text/html').expect(429);
});

describe('PostgresThrottlerStorage', () => {
  const storages = (): [PostgresThrottlerStorage, PostgresThrottlerStorage] => [
    new PostgresThrottlerStorage(first.app.get(MikroORM)),
    new PostgresThrottlerStorage(second.app.get(MikroORM)),
  ];

  it('counts to the limit, blocks the hit past it, does not count blocked hits, and starts again after the block', async () => {
    const [a, b] = storages();
    const key = `semantics-${Date.now()}`;
    expect(await a.increment(key, 60_000, 2, 400, 'default')).toMatchObject({ totalHits: 1, isBlocked: false, timeToBlockExpire: 0 });
    expect(await b.increment(key, 60_000, 2, 400, 'default')).toMatchObject({ totalHits: 2, isBlocked: false });
    const blocked = await a.increment(key, 60_000, 2, 400, 'default');
    expect(blocked).toMatchObject({ totalHits: 3, isBlocked: true });
    expect(blocked.timeToBlockExpire).toBeGreaterThan(0);
    expect(await b.increment(key, 60_000, 2, 400, 'default')).toMatchObject({ totalHits: 3, isBlocked: true });
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(await a.increment(key, 60_000, 2, 400, 'default')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('starts a new window when the old one is over', async () => {
    const [a] = storages();
    const key = `window-${Date.now()}`;
    await a.increment(key, 200, 5, 200, 'default');
    await a.increment(key, 200, 5, 200, 'default');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await a.increment(key, 200, 5, 200, 'default')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('loses no hit when two instances count the same key at the same moment', async () => {
    const [a, b] = storages();
    const key = `race-${Date.now()}`;
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).increment(key, 60_000, 1_000, 60_000, 'default')));
    expect(await a.increment(key, 60_000, 1_000, 60_000, 'default')).toMatchObject({ totalHits: 41 });
  });

  it('keeps separate throttlers of one key apart', async () => {
    const [a] = storages();
    const key = `named-${Date.now()}`;
    await a.increment(key, 60_000, 5, 60_000, 'default');
    expect(await a.increment(key, 60_000, 5, 60_000, 'uploads')).toMatchObject({ totalHits: 1 });
  });

  it('sweeps counters whose window and block are over, and only those', async () => {
    const [a] = storages();
    await a.increment(`old-${Date.now()}`, 1, 5, 1, 'default');
    const live = `live-${Date.now()}`;
    await a.increment(live, 60_000, 5, 60_000, 'default');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await a.sweep()).toBeGreaterThanOrEqual(1);
    const rows = await db.query<{ key: string }>(`select key from rate_limit_counter`);
    expect(rows.map((r) => r.key)).toContain(live);
    expect(rows.some((r) => r.key.startsWith('old-'))).toBe(false);
  });
});
