import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAnalysis, uploadFixture, waitForAnalysis } from '../helpers/analysis.js';
import { startRoundRobinProxy, type RoundRobinProxy } from '../helpers/round-robin-proxy.js';
import { signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../helpers/test-app.js';
import { startS3TestServer, type S3TestServer } from './storage/s3-test-server.js';

/**
 * Candor scaled out (issue #18): two stateless app instances behind a round-robin proxy, sharing one
 * PostgreSQL database and one S3-compatible store. Only `second` works queued jobs, so work started
 * on `first` can only finish on the other instance.
 */
let db: TestDatabase;
let s3: S3TestServer;
let first: TestApp;
let second: TestApp;
let proxy: RoundRobinProxy;

beforeAll(async () => {
  db = await createTestDatabase();
  s3 = await startS3TestServer();
  const deployment = {
    MASTER_KEY: randomBytes(32).toString('base64'),
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    STORAGE_DRIVER: 's3',
    S3_ENDPOINT: s3.endpoint,
    S3_REGION: s3.region,
    S3_BUCKET: s3.bucket,
    S3_ACCESS_KEY_ID: s3.credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
  };
  first = await startTestApp(db.url, deployment, { queueWorkers: false });
  second = await startTestApp(db.url, deployment, { queueWorkers: true });
  proxy = await startRoundRobinProxy([first.origin, second.origin]);
}, 180_000);
afterAll(async () => {
  await proxy?.close();
  await first?.close();
  await second?.close();
  await s3?.stop();
  await db?.drop();
});

/**
 * Signs in on the first instance directly (the development OpenID provider keeps its interaction
 * state in one process; it is for development only), then continues through the proxy with the same
 * cookies: cookies belong to the host, not the port.
 */
async function signInThenGoThroughProxy(name: string): Promise<Agent> {
  const direct = await signIn(first.origin, { name, email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.com` });
  const viaProxy = request.agent(proxy.origin);
  (viaProxy as unknown as { jar: unknown }).jar = (direct as unknown as { jar: unknown }).jar;
  return viaProxy;
}

it('a person signed in on one instance carries on through either, and an upload on one is read on the other', async () => {
  const agent = await signInThenGoThroughProxy('Two Instances');
  const before = proxy.served.length;
  for (let i = 0; i < 4; i++) {
    const page = await agent.get('/dashboard').expect(200);
    expect(page.text).toContain('action="/auth/sign-out"');
  }
  expect(new Set(proxy.served.slice(before))).toEqual(new Set([0, 1]));

  const documentId = await uploadFixture(agent, 'sofia-garcia.plain.txt');
  // Whichever instance stored it, both read it back from the shared store.
  for (let i = 0; i < 2; i++) await agent.get(`/documents/${documentId}/download`).expect(200);
});

it('an analysis queued on the instance that works no jobs is finished by the other', async () => {
  const agent = await signInThenGoThroughProxy('Queued Work');
  const documentId = await uploadFixture(agent, 'sofia-garcia.plain.txt');
  const direct = request.agent(first.origin);
  (direct as unknown as { jar: unknown }).jar = (agent as unknown as { jar: unknown }).jar;
  const analysisId = await startAnalysis(direct, documentId);
  const report = await waitForAnalysis(agent, analysisId, 30_000);
  expect(report).not.toContain('id="analysis-progress"');
  const [row] = await db.query<{ status: string }>(`select status from analyses where id = $1`, [analysisId]);
  expect(row!.status).toBe('done');
});

it('erasure through one instance makes the other refuse the person and the data at once', async () => {
  const agent = await signInThenGoThroughProxy('Erase Me');
  const documentId = await uploadFixture(agent, 'sofia-garcia.plain.txt');
  const direct = request.agent(second.origin);
  (direct as unknown as { jar: unknown }).jar = (agent as unknown as { jar: unknown }).jar;
  await direct.get(`/documents/${documentId}`).expect(200);

  const firstAgent = request.agent(first.origin);
  (firstAgent as unknown as { jar: unknown }).jar = (agent as unknown as { jar: unknown }).jar;
  const token = await tokenFor(firstAgent, '/settings/delete');
  await firstAgent.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'erase.me@example.com' }).expect(303);

  const again = await direct.get(`/documents/${documentId}`).redirects(0);
  expect([302, 303, 401, 404]).toContain(again.status);
  expect(await db.query(`select 1 from documents where id = $1`, [documentId])).toHaveLength(0);
});
