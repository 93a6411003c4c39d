import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../helpers/test-app.js';

let db: TestDatabase;
let t: TestApp;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await startTestApp(db.url, { SIGN_IN_RATE_LIMIT: '3' });
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

it('limits how often sign-in can be started from one address', async () => {
  for (let i = 0; i < 3; i++) await request(t.origin).get('/auth/start').expect(303);
  const limited = await request(t.origin).get('/auth/start').set('Accept', 'text/html').expect(429);
  expect(limited.text).toContain('Too many attempts');
  // Other pages are unaffected.
  await request(t.origin).get('/').expect(200);
});
