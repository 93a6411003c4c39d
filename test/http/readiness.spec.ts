import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../helpers/test-app.js';

let db: TestDatabase;
let t: TestApp;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.query(`delete from mikro_orm_migrations`);
  t = await startTestApp(db.url);
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

it('is not ready while a migration is pending, and says why', async () => {
  const res = await request(t.origin).get('/readyz').expect(503);
  expect(res.body).toEqual({ status: 'unavailable', reason: 'migrations pending' });
  // Liveness is about the process, not the schema.
  await request(t.origin).get('/healthz').expect(200);
});

it('is not ready when the database is unreachable', async () => {
  await db.admin(`alter database ${db.name} with allow_connections false`);
  await db.admin(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${db.name}'`);
  try {
    const res = await request(t.origin).get('/readyz').expect(503);
    expect(res.body.reason).toBe('database unreachable');
  } finally {
    await db.admin(`alter database ${db.name} with allow_connections true`);
  }
  // And ready again once it is back (after the schema is complete).
  await request(t.origin).get('/healthz').expect(200);
});
