import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DataKeyInvalidation } from '../../../src/platform/vault/data-key-invalidation.js';
import { UserKeysService } from '../../../src/platform/vault/user-keys.service.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../../helpers/test-app.js';

let db: TestDatabase;
let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  db = await createTestDatabase();
  // Two instances of one deployment: one database, one master key.
  const shared = { MASTER_KEY: randomBytes(32).toString('base64'), SESSION_SECRET: randomBytes(32).toString('base64url') };
  first = await startTestApp(db.url, shared);
  second = await startTestApp(db.url, shared);
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await db?.drop();
});

async function aPerson(): Promise<string> {
  const [user] = await db.query<{ id: string }>(
    `insert into users (id, provider, provider_subject, email, display_name, created_at, updated_at)
     values (gen_random_uuid(), 'dev', gen_random_uuid()::text, 'keys@example.com', 'Keys', now(), now()) returning id`,
  );
  return user!.id;
}

async function listeners(): Promise<number[]> {
  const rows = await db.query<{ pid: number }>(`select pid from pg_stat_activity where application_name = 'candor-key-invalidation' and datname = current_database()`);
  return rows.map((r) => r.pid);
}

async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting until ${what}`);
}

it('a key destroyed on one instance stops working on the other at once, not when its cache expires', async () => {
  const person = await aPerson();
  const onFirst = first.app.get(UserKeysService);
  const onSecond = second.app.get(UserKeysService);
  const key = await onFirst.dataKeyFor(person);
  expect((await onFirst.dataKeyFor(person)).equals(key)).toBe(true);

  await onSecond.destroy(person);

  // The first instance had the key cached for a minute; the notice makes it forget now.
  await eventually(async () => !(await onFirst.dataKeyFor(person)).equals(key), 'the first instance forgets the destroyed key');
  expect(await db.query(`select 1 from user_keys where user_id = $1 and wrapped_key is not null`, [person])).toHaveLength(1);
});

it('listens again after losing its connection, and caches nothing it cannot hear about meanwhile', async () => {
  await eventually(async () => (await listeners()).length === 2, 'both instances listen');
  const before = await listeners();
  await db.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'candor-key-invalidation' and datname = current_database()`);
  await eventually(async () => {
    const now = await listeners();
    return now.length === 2 && now.every((pid) => !before.includes(pid));
  }, 'both instances listen again');

  const person = await aPerson();
  const key = await first.app.get(UserKeysService).dataKeyFor(person);
  await second.app.get(UserKeysService).destroy(person);
  await eventually(async () => !(await first.app.get(UserKeysService).dataKeyFor(person)).equals(key), 'the first instance forgets the destroyed key');
});

it('a shutdown while its listening connection is still opening leaves no connection behind', async () => {
  await eventually(async () => (await listeners()).length === 2, 'both instances listen');
  const stray = new DataKeyInvalidation(first.app.get(UserKeysService), db.url, first.config);
  // Shutdown arrives before the connection opened at start-up (or by a reconnect) is ready.
  const listening = stray.onApplicationBootstrap();
  await stray.onApplicationShutdown();
  await listening;
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await listeners()).toHaveLength(2);
});
