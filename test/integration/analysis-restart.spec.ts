import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAnalysis, uploadFixture, waitForAnalysis } from '../helpers/analysis.js';
import { signIn } from '../helpers/sign-in.js';
import { createTestDatabase, startTestApp, type TestDatabase } from '../helpers/test-app.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

it('finishes an analysis queued before a restart (the work survives in Postgres)', async () => {
  // An instance that accepts the request but stops before any worker picks the job up.
  const first = await startTestApp(db.url, {}, { queueWorkers: false });
  const secret = first.config.secrets;
  const agent = await signIn(first.origin, { name: 'Restart', email: 'restart@example.com' });
  const documentId = await uploadFixture(agent, 'sofia-garcia.plain.txt');
  const analysisId = await startAnalysis(agent, documentId);
  expect((await db.query<{ status: string }>(`select status from analyses where id = $1`, [analysisId]))[0]!.status).toBe('queued');
  await first.close();

  // The next instance (same database and keys) works the queue.
  const second = await startTestApp(db.url, { SESSION_SECRET: secret.sessionSecret, MASTER_KEY: secret.masterKey.toString('base64') });
  try {
    const again = await signIn(second.origin, { name: 'Restart', email: 'restart@example.com' });
    const page = await waitForAnalysis(again, analysisId);
    expect(page).toMatch(/<p class="big-score"><strong>\d+/);
  } finally {
    await second.close();
  }
});
