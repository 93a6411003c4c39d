import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
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
}, 60_000);
