import { Migration } from '@mikro-orm/migrations';
import { DataMigrationCipher, MIGRATION_KEY_WRAPPER, type WrappedKeyRow } from '../src/platform/vault/data-migration-cipher.js';
import type { KeyWrapper } from '../src/platform/vault/master-key.js';

/** Must match `fileNamePurpose` in src/modules/documents/documents.service.ts. */
const purpose = (documentId: string) => `document-file-name:${documentId}`;

interface DocumentKeyRow extends WrappedKeyRow {
  id: string;
  owner_id: string;
}

/**
 * File names are personal data ("이력서_김민준.pdf"): they move from the plaintext `file_name` column
 * into `file_name_ciphertext`, encrypted with the owner's data key like the document's text. Every
 * existing row keeps its name; the plaintext column is dropped in the same transaction.
 */
export class Migration20261129162400_EncryptDocumentFileNames extends Migration {

  override name = 'Migration20261129162400_EncryptDocumentFileNames';

  override async up(): Promise<void> {
    await this.execute(`alter table "documents" add "file_name_ciphertext" bytea null;`);
    const rows = (await this.execute(
      `select d."id", d."owner_id", d."file_name", k."wrapped_key", k."master_key_id"
         from "documents" d left join "user_keys" k on k."user_id" = d."owner_id"`,
    )) as unknown as Array<DocumentKeyRow & { file_name: string }>;
    if (rows.length > 0) {
      const cipher = new DataMigrationCipher(this.keyWrapper());
      for (const row of rows) {
        const ciphertext = await cipher.encryptField(row.owner_id, requireKey(row), purpose(row.id), row.file_name);
        await this.execute(`update "documents" set "file_name_ciphertext" = ? where "id" = ?;`, [ciphertext, row.id]);
      }
    }
    await this.execute(`alter table "documents" alter column "file_name_ciphertext" set not null;`);
    await this.execute(`alter table "documents" drop column "file_name";`);
  }

  override async down(): Promise<void> {
    await this.execute(`alter table "documents" add "file_name" varchar(255) null;`);
    const rows = (await this.execute(
      `select d."id", d."owner_id", d."file_name_ciphertext", k."wrapped_key", k."master_key_id"
         from "documents" d left join "user_keys" k on k."user_id" = d."owner_id"`,
    )) as unknown as Array<DocumentKeyRow & { file_name_ciphertext: Buffer }>;
    if (rows.length > 0) {
      const cipher = new DataMigrationCipher(this.keyWrapper());
      for (const row of rows) {
        const name = await cipher.decryptField(row.owner_id, requireKey(row), purpose(row.id), Buffer.from(row.file_name_ciphertext));
        await this.execute(`update "documents" set "file_name" = ? where "id" = ?;`, [name, row.id]);
      }
    }
    await this.execute(`alter table "documents" alter column "file_name" set not null;`);
    await this.execute(`alter table "documents" drop column "file_name_ciphertext";`);
  }

  private keyWrapper(): KeyWrapper {
    const wrapper = this.config.getExtension<KeyWrapper>(MIGRATION_KEY_WRAPPER);
    if (!wrapper) throw new Error(`${this.name} encrypts existing file names and needs the master key: run it through migrateDatabase() with the key wrapper (npm start or the CLI's migrate).`);
    return wrapper;
  }
}

function requireKey(row: DocumentKeyRow): WrappedKeyRow {
  // A document's text is encrypted with the same key, so the key exists unless the data is corrupt.
  if (!row.wrapped_key) throw new Error(`Document ${row.id} has no data key for its owner; its file name cannot be encrypted.`);
  return row;
}
