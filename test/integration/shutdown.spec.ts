import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startAppProcess } from '../helpers/app-process.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-app.js';

/**
 * SIGTERM stops `npm start` in bounded time (platform/web/shutdown.ts): a client stalled halfway
 * through its request is cut off after the grace period instead of holding the server (and every
 * module's shutdown behind it) until Node's header time-out, a minute or more. Needs `npm run build`.
 */
let db: TestDatabase;
let dataDir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'candor-shutdown-'));
});
afterAll(async () => {
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('SIGTERM with a client stalled mid-request exits within the grace period, not at the request time-out', async () => {
  const app = await startAppProcess({
    DATABASE_URL: db.url,
    DATA_DIR: dataDir,
    MASTER_KEY: randomBytes(32).toString('base64'),
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    SHUTDOWN_GRACE_SECONDS: '2',
  });
  const { port } = new URL(app.origin);
  const stalled = connect(Number(port), '127.0.0.1');
  await new Promise<void>((resolve) => stalled.once('connect', () => resolve()));
  // Half a request: the server counts the connection as busy and waits for the rest.
  stalled.write('GET /readyz HTTP/1.1\r\nHost: localhost\r\n');
  stalled.on('error', () => undefined);
  const cutOff = new Promise<void>((resolve) => stalled.once('close', () => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 200));

  const started = Date.now();
  await app.stop();
  const took = Date.now() - started;
  await cutOff;
  expect(took, app.output()).toBeLessThan(20_000);
  expect(took).toBeGreaterThanOrEqual(1_500);
  expect(app.child.exitCode, app.output()).toBe(0);
  expect(app.output()).toMatch(/still open after 2 s; ending their connections/);
}, 120_000);
