import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestDatabase } from './test-app.js';

/** Every file under `dir` (recursively). */
export function filesUnder(dir: string): string[] {
  return filesContaining(dir, Buffer.alloc(0));
}

/** Every file under `dir` (recursively) whose bytes contain `needle`. */
export function filesContaining(dir: string, needle: Buffer): string[] {
  const hits: string[] = [];
  const walk = (path: string): void => {
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && statSync(full).size >= needle.length && readFileSync(full).includes(needle)) hits.push(full);
    }
  };
  walk(dir);
  return hits;
}

/** Every `table.column` of the database (bytea, text, json) whose value somewhere contains `needle`. */
export async function databaseColumnsContaining(db: TestDatabase, needle: Buffer): Promise<string[]> {
  const columns = await db.query<{ table_schema: string; table_name: string; column_name: string; data_type: string }>(
    `select table_schema, table_name, column_name, data_type from information_schema.columns
      where table_schema in ('public', 'pgboss') and data_type in ('bytea', 'text', 'character varying', 'json', 'jsonb')`,
  );
  const hits: string[] = [];
  for (const c of columns) {
    const column = `"${c.table_schema}"."${c.table_name}"."${c.column_name}"`;
    const expression = c.data_type === 'bytea' ? `"${c.column_name}"` : `convert_to("${c.column_name}"::text, 'UTF8')`;
    const rows = await db.query<{ n: number }>(
      `select count(*)::int as n from "${c.table_schema}"."${c.table_name}" where position($1::bytea in ${expression}) > 0`,
      [needle],
    );
    if (rows[0]!.n > 0) hits.push(column);
  }
  return hits;
}

/** The part of a WAV file after its 44-byte header, as a distinctive chunk to search for. */
export function audioChunk(wav: Buffer, length = 48): Buffer {
  const middle = Math.max(44, Math.floor(wav.length / 2));
  return Buffer.from(wav.subarray(middle, middle + length));
}
