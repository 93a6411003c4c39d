import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess } from '../helpers/app-process.js';
import { withDatabase } from '../helpers/global-setup.js';
import { signIn } from '../helpers/sign-in.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-app.js';

/**
 * `npm start` runs the server bundle (`dist/server/main.js`, scripts/bundle-server.mjs; issue #18: a
 * start loads a few files instead of ≈ 2 370). The bundle, started on an empty database, migrates it,
 * answers /readyz, signs a person in and renders their dashboard, with Nest, MikroORM and our own
 * modules served from the bundle rather than from node_modules or the tsc output. Needs `npm run build`.
 */
let db: TestDatabase;
let emptyDatabase: string;
let workDir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  emptyDatabase = `candor_bundle_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await db.admin(`create database ${emptyDatabase}`);
  workDir = mkdtempSync(join(tmpdir(), 'candor-built-server-'));
});
afterAll(async () => {
  await db?.admin(`drop database if exists ${emptyDatabase} with (force)`);
  await db?.drop();
  rmSync(workDir, { recursive: true, force: true });
});

/** Writes the URL of every module file the process loads to `out` when it exits. */
function loadedFilesHook(out: string): string {
  const hook = `
    import { registerHooks } from 'node:module';
    import { writeFileSync } from 'node:fs';
    const files = [];
    registerHooks({ load(url, context, next) { if (url.startsWith('file:')) files.push(url); return next(url, context); } });
    process.on('exit', () => writeFileSync(${JSON.stringify(out)}, JSON.stringify(files)));
  `;
  return `data:text/javascript,${encodeURIComponent(hook)}`;
}

describe('the built server bundle', () => {
  it('migrates an empty database, is ready, and serves a signed-in page', async () => {
    const loadedOut = join(workDir, 'loaded.json');
    const app = await startAppProcess(
      {
        DATABASE_URL: withDatabase(db.url, emptyDatabase),
        DATA_DIR: join(workDir, 'data'),
        MASTER_KEY: randomBytes(32).toString('base64'),
        SESSION_SECRET: randomBytes(32).toString('base64url'),
      },
      120_000,
      ['--import', loadedFilesHook(loadedOut)],
    );
    try {
      const ready = await fetch(`${app.origin}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ok' });
      const agent = await signIn(app.origin, { name: 'Bundle Reader', email: 'bundle.reader@example.com' });
      const dashboard = await agent.get('/dashboard').expect(200);
      expect(dashboard.text).toContain('action="/auth/sign-out"');
    } finally {
      await app.stop();
    }
    const loaded = JSON.parse(readFileSync(loadedOut, 'utf8')) as string[];
    expect(loaded.some((url) => url.endsWith('/dist/server/main.js'))).toBe(true);
    // The framework, the ORM and our modules came from the bundle, not one file each.
    expect(loaded.filter((url) => url.includes('/dist/src/'))).toEqual([]);
    expect(loaded.filter((url) => /\/node_modules\/@(?:nestjs|mikro-orm)\//.test(url))).toEqual([]);
  });
});
