import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsWithLocalSettings } from '../../src/platform/database/prepared-query.js';
import { ormOptions } from '../../src/platform/database/mikro-orm.config.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-app.js';

// Job search sends its planner settings with each statement in one message (issue #18): the settings
// must govern that statement and nothing after it on the pooled connection; values are written into
// the text safely; inside a caller's transaction the work stays on that transaction's connection.

const SETTINGS = `set local work_mem = '32MB'; set local random_page_cost = 1.1`;
const SEEN = `select current_setting('work_mem') as "workMem", current_setting('random_page_cost') as "pageCost", pg_backend_pid() as pid`;

let db: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await MikroORM.init(ormOptions({ url: db.url, ssl: 'off' }));
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

describe('rowsWithLocalSettings', () => {
  it('applies the settings to its statement alone: the same pooled connection is back to the defaults after it', async () => {
    const em = orm.em.fork();
    const [during] = await rowsWithLocalSettings<{ workMem: string; pageCost: string; pid: number }>(em, SETTINGS, SEEN, []);
    expect(during).toMatchObject({ workMem: '32MB', pageCost: '1.1' });
    // The pool hands back the connection released last: the one the settings were sent on.
    const [after] = await em.getConnection().execute<{ workMem: string; pageCost: string; pid: number }[]>(SEEN);
    expect(after!.pid).toBe(during!.pid);
    expect(after).toMatchObject({ workMem: '4MB', pageCost: '4' });
  });

  it('writes parameters into the text as values, never as SQL', async () => {
    const hostile = `x'); drop table mikro_orm_migrations; --`;
    const rows = await rowsWithLocalSettings<{ echoed: string; day: string }>(orm.em.fork(), SETTINGS, `select ?::text as echoed, (?::timestamptz)::date::text as day`, [hostile, new Date('2026-03-04T05:06:07Z').toISOString()]);
    expect(rows).toEqual([{ echoed: hostile, day: '2026-03-04' }]);
  });

  it('runs on the caller’s transaction when there is one, so its reads see that transaction’s writes', async () => {
    const seen = await orm.em.fork().transactional(async (tx) => {
      await tx.execute(`create temporary table written_here (n int) on commit drop`);
      await tx.execute(`insert into written_here values (7)`);
      return rowsWithLocalSettings<{ n: number; workMem: string }>(tx, SETTINGS, `select n, current_setting('work_mem') as "workMem" from written_here`, []);
    });
    expect(seen).toEqual([{ n: 7, workMem: '32MB' }]);
  });

  it('fails with the statement’s error and leaves the connection usable', async () => {
    const em = orm.em.fork();
    await expect(rowsWithLocalSettings(em, SETTINGS, `select 1 / 0`, [])).rejects.toThrow(/division by zero/);
    expect(await rowsWithLocalSettings<{ one: number }>(em, SETTINGS, `select 1 as one`, [])).toEqual([{ one: 1 }]);
  });
});
