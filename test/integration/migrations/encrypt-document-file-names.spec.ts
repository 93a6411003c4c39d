import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { Document, DocumentsService } from '../../../src/modules/documents/index.js';
import { migrateDatabase } from '../../../src/platform/database/database-runtime.js';
import { ormOptions } from '../../../src/platform/database/mikro-orm.config.js';
import { LocalMasterKeyWrapper } from '../../../src/platform/vault/master-key.js';
import { withDatabase } from '../../helpers/global-setup.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/**
 * The hand-written data migration that moves existing plaintext file names into ciphertext: a
 * database migrated up to the migration before it, holding real rows, keeps every name (read back
 * through the app with the same master key), and the plaintext column is gone.
 */
const BEFORE = 'Migration20261123233454_DocumentTables';
const masterKey = randomBytes(32);
const name = `candor_mig_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const adminUrl = withDatabase(inject('templateDatabaseUrl'), 'postgres');
const url = withDatabase(inject('templateDatabaseUrl'), name);
const userId = randomUUID();
const documents = [
  { id: randomUUID(), fileName: 'Zoë_Café_CV.pdf' },
  { id: randomUUID(), fileName: '이력서_김민준.pdf' },
];
let app: TestApp | undefined;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin(`create database ${name}`);
  const orm = await MikroORM.init(ormOptions({ url, ssl: 'off' }));
  try {
    await orm.migrator.up({ to: BEFORE });
  } finally {
    await orm.close(true);
  }
  const wrapper = new LocalMasterKeyWrapper(masterKey);
  await query(
    `insert into users (id, provider, provider_subject, email, display_name, created_at, updated_at) values ($1, 'dev', 'subject-1', 'zoe@example.com', 'Zoë', now(), now())`,
    [userId],
  );
  await query(`insert into user_keys (user_id, wrapped_key, master_key_id, created_at) values ($1, $2, $3, now())`, [userId, await wrapper.wrap(randomBytes(32)), wrapper.keyId]);
  for (const d of documents) {
    await query(
      `insert into documents (id, owner_id, category, kind, file_name, media_type, size_bytes, storage_key, text_ciphertext, created_at, updated_at)
       values ($1, $2, 'resume', 'pdf', $3, 'application/pdf', 10, $4, '\\x00', now(), now())`,
      [d.id, userId, d.fileName, `users/${userId}/documents/${d.id}`],
    );
  }
});

afterAll(async () => {
  await app?.close();
  await admin(`drop database if exists ${name} with (force)`);
});

describe('migration: encrypt document file names', () => {
  it('refuses to run on rows without the master key, changing nothing', async () => {
    await expect(migrateDatabase(url)).rejects.toThrow(/needs the master key/);
    const columns = await query<{ column_name: string }>(`select column_name from information_schema.columns where table_name = 'documents'`);
    expect(columns.map((c) => c.column_name)).toContain('file_name');
  });

  it('moves every existing name into ciphertext and drops the plaintext column', async () => {
    const applied = await migrateDatabase(url, 'off', new LocalMasterKeyWrapper(masterKey));
    expect(applied).toContain('Migration20261129162400_EncryptDocumentFileNames');
    const columns = await query<{ column_name: string }>(`select column_name from information_schema.columns where table_name = 'documents'`);
    expect(columns.map((c) => c.column_name)).not.toContain('file_name');
    const rows = await query<{ row: string }>(`select d::text as row from documents d`);
    for (const { row } of rows) for (const d of documents) expect(row).not.toContain(d.fileName.replace(/\.pdf$/, ''));
  });

  it('keeps each name: the app reads it back with the same master key', async () => {
    app = await startTestApp(url, { MASTER_KEY: masterKey.toString('base64') }, { queueWorkers: false });
    const service = app.app.get(DocumentsService);
    const em = app.app.get(EntityManager).fork();
    const names: string[] = [];
    for (const d of documents) names.push(await service.fileName(await em.findOneOrFail(Document, d.id)));
    expect(names).toEqual(documents.map((d) => d.fileName));
  });
});
