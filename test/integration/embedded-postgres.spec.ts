import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/app-config.js';
import { migrateDatabase, openDatabase } from '../../src/platform/database/database-runtime.js';
import { startEmbeddedPostgres } from '../../src/platform/database/embedded-postgres.js';

const dataDir = join(process.cwd(), '.test-data', `embedded-${process.pid}`);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit', 'message'] as const;
const listenerCounts = () => events.map((e) => process.listenerCount(e));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

it('starts a real server, keeps its data for the next start, and leaves process exit handling alone', async () => {
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const port = await freePort();
  const before = listenerCounts();

  const first = await startEmbeddedPostgres({ dataDir, port, database: 'candor' });
  // The package's exit hooks would turn a failing exit code into 0 and race our shutdown.
  expect(listenerCounts()).toEqual(before);
  const client = new pg.Client({ connectionString: first.url });
  await client.connect();
  await client.query('create table kept (v text)');
  await client.query(`insert into kept values ('still here')`);
  await client.end();
  await first.stop();
  expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

  const second = await startEmbeddedPostgres({ dataDir, port, database: 'candor' });
  const again = new pg.Client({ connectionString: second.url });
  await again.connect();
  const { rows } = await again.query<{ v: string }>('select v from kept');
  await again.end();
  await second.stop();
  expect(rows).toEqual([{ v: 'still here' }]);
}, 180_000);

describe('a CLI command while the app runs on the same data directory', () => {
  const root = join(import.meta.dirname, '../..');
  const cli = join(root, 'dist/src/cli.js');
  const sharedDir = join(process.cwd(), '.test-data', `shared-${process.pid}`);
  afterAll(() => rmSync(sharedDir, { recursive: true, force: true }));

  it('uses the live server without stopping it, and the role is granted', async () => {
    // The build output is what users run; `npm run -s build` must have produced it.
    expect(existsSync(cli)).toBe(true);
    mkdirSync(sharedDir, { recursive: true, mode: 0o755 });
    const port = await freePort();
    const env = { ...process.env, NODE_ENV: 'development', DATA_DIR: sharedDir, EMBEDDED_PG_PORT: String(port), DATABASE_URL: '', LOG_LEVEL: 'warn' };
    // As `npm start` does: open the configured database (embedded, started by this process) and migrate it.
    const config = loadConfig(env);
    const app = await openDatabase(config);
    const client = new pg.Client({ connectionString: app.url });
    try {
      await migrateDatabase(app.url);
      // Without this a server stopped under us would surface as an unhandled error, not as this test's failure.
      client.on('error', () => undefined);
      await client.connect();
      await client.query(
        `insert into users (id, provider, provider_subject, email, display_name, created_at, updated_at)
         values (gen_random_uuid(), 'dev', 'staff', 'staff@example.com', 'Staff Member', now(), now())`,
      );
      const postmasterBefore = readFileSync(join(sharedDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0];

      const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
        execFile(process.execPath, [cli, 'grant-role', 'staff@example.com', 'admin'], { cwd: root, env }, (error, _stdout, stderr) =>
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stderr }),
        );
      });
      expect(result).toEqual({ code: 0, stderr: 'staff@example.com is now admin.\n' });

      // The app's connection and server survived: same postmaster, still answering, role visible.
      const { rows } = await client.query<{ role: string }>(`select role from users where email = 'staff@example.com'`);
      expect(rows).toEqual([{ role: 'admin' }]);
      expect(readFileSync(join(sharedDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]).toBe(postmasterBefore);
      const fresh = new pg.Client({ connectionString: app.url });
      await fresh.connect();
      await fresh.query('select 1');
      await fresh.end();
    } finally {
      await client.end().catch(() => undefined);
      await app.stop();
    }
  }, 180_000);
});

describe('after the app was killed with kill -9', () => {
  const root = join(import.meta.dirname, '../..');
  const orphanDir = join(process.cwd(), '.test-data', `orphan-${process.pid}`);
  afterAll(() => rmSync(orphanDir, { recursive: true, force: true }));

  it('stops the orphaned postmaster and starts afresh on the same directory and port', async () => {
    mkdirSync(orphanDir, { recursive: true, mode: 0o755 });
    const port = await freePort();
    // A stand-in for the app: a Node process that starts the server, then dies without stopping it.
    const module = join(root, 'dist/src/platform/database/embedded-postgres.js');
    expect(existsSync(module)).toBe(true);
    const script = `const { startEmbeddedPostgres } = await import(${JSON.stringify(module)});
      await startEmbeddedPostgres({ dataDir: ${JSON.stringify(orphanDir)}, port: ${port}, database: 'candor' });
      process.stdout.write('ready\\n'); setInterval(() => undefined, 1000);`;
    const app = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      app.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      app.once('exit', (code) => reject(new Error(`the stand-in app exited early (${code})`)));
    });
    const pidFile = join(orphanDir, 'postgres', 'postmaster.pid');
    const orphan = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    app.kill('SIGKILL');
    await new Promise((resolve) => app.once('exit', resolve));
    expect(() => process.kill(orphan, 0)).not.toThrow(); // still running, with nobody to stop it

    const fresh = await startEmbeddedPostgres({ dataDir: orphanDir, port, database: 'candor' });
    try {
      expect(Number(readFileSync(pidFile, 'utf8').split('\n')[0])).not.toBe(orphan);
      const client = new pg.Client({ connectionString: fresh.url });
      await client.connect();
      await client.query('select 1');
      await client.end();
    } finally {
      await fresh.stop();
    }
  }, 180_000);
});
