import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-app.js';

// Deleting a row looks up every row that references it, through each foreign key, once per deleted
// row: to cascade (a retention purge deletes documents → analyses and profiles), to null the
// reference, or to refuse. Without an index on the referencing columns each lookup scans the whole
// table, so erasing one account or purging a million rows of résumé data would slow down with the
// size of unrelated tables. Read from pg_catalog, so a key added later is held to it too.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('foreign keys', () => {
  it('each has an index leading with its referencing columns, so deletions never scan a table per row', async () => {
    const unindexed = await db.query<{ key: string }>(
      `select format('%s (%s) → %s', c.conrelid::regclass, (select string_agg(a.attname, ', ') from pg_attribute a where a.attrelid = c.conrelid and a.attnum = any(c.conkey)), c.confrelid::regclass) as key
         from pg_constraint c
         join pg_namespace n on n.oid = c.connamespace and n.nspname = 'public'
        where c.contype = 'f'
          and not exists (
            select 1 from pg_index i
             where i.indrelid = c.conrelid and i.indpred is null
               -- the index's first columns are exactly the key's columns, in any order
               and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
               and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
        order by 1`,
    );
    expect(unindexed.map((row) => row.key)).toEqual([]);
  });

  it('include the ones a retention purge cascades through (the check above is not vacuous)', async () => {
    const keys = await db.query<{ key: string }>(
      `select format('%s.%s', c.conrelid::regclass, a.attname) as key from pg_constraint c
         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f' and c.confrelid = 'documents'::regclass order by 1`,
    );
    expect(keys.map((row) => row.key)).toEqual(expect.arrayContaining(['analyses.document_id', 'interviews.document_id', 'resume_profiles.document_id']));
  });
});
