import { Migration } from '@mikro-orm/migrations';

/**
 * Stores each document's reading (sensitive-data warnings, contact-block end, personal-detail notes),
 * encrypted like its text, so the document page no longer runs detection on every view (#10).
 * Existing rows stay null and get theirs on first view.
 */
export class Migration20261129200334_DocumentReading extends Migration {

  override name = 'Migration20261129200334_DocumentReading';

  override up(): void | Promise<void> {
    this.addSql(`alter table "documents" add "reading_ciphertext" bytea null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "documents" drop column "reading_ciphertext";`);
  }

}
