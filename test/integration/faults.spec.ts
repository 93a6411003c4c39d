import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalysis, uploadFixture, waitForAnalysis } from '../helpers/analysis.js';
import { readFixture } from '../helpers/document-fixtures.js';
import { signIn, type Agent } from '../helpers/sign-in.js';
import { startSwitchableProxy, type SwitchableProxy } from '../helpers/switchable-tcp-proxy.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../helpers/test-app.js';
import { startS3TestServer, type S3TestServer } from './storage/s3-test-server.js';

/**
 * Faults survived, nothing lost (issue #18): the object store going away during an upload and an
 * export, and every database connection cut while requests and queued work run.
 */
let db: TestDatabase;
let s3: S3TestServer;
let storeLink: SwitchableProxy;
let t: TestApp;
let agent: Agent;

beforeAll(async () => {
  db = await createTestDatabase();
  s3 = await startS3TestServer();
  storeLink = await startSwitchableProxy(Number(new URL(s3.endpoint).port));
  t = await startTestApp(db.url, {
    STORAGE_DRIVER: 's3',
    S3_ENDPOINT: `http://127.0.0.1:${storeLink.port}`,
    S3_REGION: s3.region,
    S3_BUCKET: s3.bucket,
    S3_ACCESS_KEY_ID: s3.credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
  });
  agent = await signIn(t.origin, { name: 'Fault Person', email: 'fault.person@example.com' });
}, 180_000);
// Closing took over 60 s once in a full CI run (not reproduced alone or three at a time): the app
// drains the queue (up to 10 s) and its pools after every connection was cut, while other tiers share the cores.
afterAll(async () => {
  await t?.close();
  await storeLink?.close();
  await s3?.stop();
  await db?.drop();
}, 180_000);

const documentCount = async (): Promise<number> => (await db.query<{ n: number }>(`select count(*)::int as n from documents`))[0]!.n;

describe('the object store down', () => {
  it('an upload fails with a clear message, leaves no row behind, and works again once the store is back', async () => {
    const before = await documentCount();
    const page = await agent.get('/documents').expect(200);
    const token = decodeURIComponent(/action="\/documents\?_csrf=([^"]+)"/.exec(page.text)![1]!);
    storeLink.down();
    try {
      const res = await agent
        .post(`/documents?_csrf=${encodeURIComponent(token)}`)
        .set('Accept', 'text/html')
        .field('category', 'resume')
        .attach('file', readFixture('sofia-garcia.plain.txt'), 'sofia-garcia.plain.txt');
      expect(res.status).toBeGreaterThanOrEqual(500);
      expect(res.text).not.toMatch(/ECONNREFUSED|S3|stack|at \w+ \(/);
      expect(res.text).toContain('<main');
      expect(await documentCount()).toBe(before);
    } finally {
      storeLink.up();
    }
    await uploadFixture(agent, 'sofia-garcia.plain.txt');
    expect(await documentCount()).toBe(before + 1);
  });

  it('an export while the store is down fails as a whole, never as a ZIP with files missing', async () => {
    await uploadFixture(agent, 'sofia-garcia.plain.txt');
    storeLink.down();
    try {
      const res = await agent.get('/settings/export').set('Accept', 'text/html').ok(() => true);
      expect(res.status).toBeGreaterThanOrEqual(500);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-disposition']).toBeUndefined();
    } finally {
      storeLink.up();
    }
    await agent.get('/settings/export').expect(200);
  });
});

describe('every database connection cut', () => {
  it('requests fail cleanly or succeed, the app recovers on its own, and queued work finishes exactly once', async () => {
    const documentId = await uploadFixture(agent, 'sofia-garcia.plain.txt');
    const analysisId = await startAnalysis(agent, documentId);
    // What a database restart looks like from the app: every one of its connections is dropped.
    await db.admin(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${db.name}' and pid <> pg_backend_pid()`);
    for (let i = 0; i < 5; i++) {
      const res = await agent.get('/documents').set('Accept', 'text/html');
      expect([200, 500, 503]).toContain(res.status);
      expect(res.text).not.toMatch(/terminating connection|at \w+ \(/);
    }
    await agent.get('/documents').expect(200);
    // If the cut lands while a worker holds the job, its completion cannot be written: pg-boss hands the job
    // out again only after its heartbeat is missed (30 s) and the next supervision pass (up to 30 s more),
    // then a retry delay; 60 s was too short once in CI, and the job's 120 s expiry bounds it anyway.
    const report = await waitForAnalysis(agent, analysisId, 150_000);
    expect(report).toMatch(/<p class="big-score"><strong>\d+/);
    const rows = await db.query<{ n: number }>(`select count(*)::int as n from analyses where id = $1 and status = 'done'`, [analysisId]);
    expect(rows[0]!.n).toBe(1);
  }, 240_000);
});
