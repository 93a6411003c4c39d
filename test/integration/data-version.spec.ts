import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES_WITHOUT_DATA_VERSION } from '../../src/platform/database/data-version.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-app.js';

// A person's data version (issue #18) keys every cached page view, so it must move with every write
// to their data. Read from pg_catalog: a table added later is held to it too.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

interface TableTriggers {
  table: string;
  events: string[];
  args: string[][];
}

async function dataVersionTriggers(): Promise<TableTriggers[]> {
  const rows = await db.query<{ table: string; event: string; tgargs: Buffer }>(
    `select c.relname as table, t.tgargs,
            case when t.tgtype & 4 <> 0 then 'insert' when t.tgtype & 8 <> 0 then 'delete' when t.tgtype & 16 <> 0 then 'update' end as event
       from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
      where p.proname = 'candor_bump_data_version' and not t.tgisinternal
      order by 1, 2`,
  );
  const byTable = new Map<string, TableTriggers>();
  for (const row of rows) {
    const entry = byTable.get(row.table) ?? { table: row.table, events: [], args: [] };
    entry.events.push(row.event);
    // Trigger arguments are stored NUL-terminated, one after another.
    entry.args.push(row.tgargs.toString('utf8').split('\0').slice(0, -1));
    byTable.set(row.table, entry);
  }
  return [...byTable.values()];
}

/** Whether `table.column` is a foreign key to `target.id`. */
async function references(table: string, column: string, target: string): Promise<boolean> {
  const [row] = await db.query<{ yes: boolean }>(
    `select exists (
       select 1 from pg_constraint c
         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
         join pg_attribute f on f.attrelid = c.confrelid and f.attnum = c.confkey[1]
        where c.contype = 'f' and c.conrelid = $1::regclass and a.attname = $2 and c.confrelid = $3::regclass and f.attname = 'id') as yes`,
    [table, column, target],
  );
  return row!.yes;
}

async function versionOf(userId: string): Promise<number> {
  const [row] = await db.query<{ v: string }>(`select data_version as v from users where id = $1`, [userId]);
  return Number(row!.v);
}

async function newPerson(name: string): Promise<string> {
  const id = randomUUID();
  await db.query(`insert into users (id, provider, provider_subject, email, display_name, last_active_at, created_at, updated_at) values ($1, 'dev', $2, $3, $4, now(), now(), now())`, [
    id,
    id,
    `${name}@example.com`,
    name,
  ]);
  return id;
}

describe('the data version', () => {
  it('is kept by triggers on every table of the schema, or the table says why not', async () => {
    const tables = (await db.query<{ name: string }>(`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`)).map((r) => r.name);
    const kept = new Map((await dataVersionTriggers()).map((t) => [t.table, t]));
    const unaccounted = tables.filter((table) => !kept.has(table) && !(table in TABLES_WITHOUT_DATA_VERSION));
    expect(unaccounted).toEqual([]);
    expect(tables.filter((table) => kept.has(table) && table in TABLES_WITHOUT_DATA_VERSION)).toEqual([]);
    // The exceptions name real tables (a renamed table does not leave a stale excuse behind).
    expect(Object.keys(TABLES_WITHOUT_DATA_VERSION).filter((table) => !tables.includes(table))).toEqual([]);
    // Not vacuous: the pages' own tables are kept.
    expect([...kept.keys()]).toEqual(expect.arrayContaining(['documents', 'analyses', 'interviews', 'interview_turns', 'resume_profiles', 'billing_usage', 'audio_retention_consents']));
  });

  it('is bumped on insert, update and delete, through a column that really names the person', async () => {
    for (const { table, events, args } of await dataVersionTriggers()) {
      expect({ table, events: [...events].sort() }).toEqual({ table, events: ['delete', 'insert', 'update'] });
      const [first] = args;
      for (const other of args) expect(other).toEqual(first);
      if (first!.length === 1) {
        expect({ table, owner: first![0], referencesUsers: await references(table, first![0]!, 'users') }).toEqual({ table, owner: first![0], referencesUsers: true });
      } else {
        const [via, parentTable, parentColumn] = first!;
        expect({ table, via, toParent: await references(table, via!, parentTable!), parentToUsers: await references(parentTable!, parentColumn!, 'users') }).toEqual({
          table,
          via,
          toParent: true,
          parentToUsers: true,
        });
      }
    }
  });

  it('moves in the same transaction as a write to the person\'s rows, and only theirs', async () => {
    const ann = await newPerson('ann');
    const bob = await newPerson('bob');
    const documentId = randomUUID();
    const at = async (): Promise<[number, number]> => [await versionOf(ann), await versionOf(bob)];

    const start = await at();
    await db.query(
      `insert into documents (id, owner_id, category, kind, media_type, size_bytes, storage_key, created_at, updated_at, file_name_ciphertext, text_ciphertext)
       values ($1, $2, 'resume', 'txt', 'text/plain', 1, 'k', now(), now(), '\\x00', '\\x00')`,
      [documentId, ann],
    );
    const inserted = await at();
    expect(inserted[0]).toBeGreaterThan(start[0]);
    expect(inserted[1]).toBe(start[1]);

    await db.query(`update documents set size_bytes = 2 where id = $1`, [documentId]);
    const updated = await at();
    expect(updated[0]).toBeGreaterThan(inserted[0]);

    // A statement that writes nothing leaves the version alone.
    await db.query(`update documents set size_bytes = 3 where id = $1`, [randomUUID()]);
    expect(await at()).toEqual(updated);

    // A rolled-back write leaves no trace.
    await db.query(`do $$ begin update documents set size_bytes = 4 where id = '${documentId}'; raise exception 'rolled back'; end $$`).catch(() => undefined);
    expect(await at()).toEqual(updated);

    await db.query(`delete from documents where id = $1`, [documentId]);
    const deleted = await at();
    expect(deleted[0]).toBeGreaterThan(updated[0]);
    expect(deleted[1]).toBe(start[1]);
  });

  it('moves through a parent row for tables that name the person only there (billing history)', async () => {
    const carol = await newPerson('carol');
    const accountId = randomUUID();
    await db.query(`insert into billing_accounts (id, user_id, cancel_at_period_end, created_at, updated_at) values ($1, $2, false, now(), now())`, [accountId, carol]);
    const before = await versionOf(carol);
    await db.query(`insert into billing_history (id, account_id, kind, at) values ($1, $2, 'plan_changed', now())`, [randomUUID(), accountId]);
    const after = await versionOf(carol);
    expect(after).toBeGreaterThan(before);
    await db.query(`delete from billing_history where account_id = $1`, [accountId]);
    expect(await versionOf(carol)).toBeGreaterThan(after);
  });

  it('moves when the person\'s own row changes (goals, language, role), but not for activity alone', async () => {
    const dan = await newPerson('dan');
    const start = await versionOf(dan);
    await db.query(`update users set last_active_at = now() + interval '1 hour' where id = $1`, [dan]);
    expect(await versionOf(dan)).toBe(start);
    await db.query(`update users set target_roles = '{Data analyst}', updated_at = now() where id = $1`, [dan]);
    const afterGoals = await versionOf(dan);
    expect(afterGoals).toBe(start + 1);
    await db.query(`update users set locale = 'ko' where id = $1`, [dan]);
    expect(await versionOf(dan)).toBe(afterGoals + 1);
  });
});
