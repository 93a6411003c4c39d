import { Migration } from '@mikro-orm/migrations';

export class Migration20261129224503_RetentionPurgeIndexes extends Migration {

  override name = 'Migration20261129224503_RetentionPurgeIndexes';

  override up(): void | Promise<void> {
    // Deleting a document sets interviews.document_id to null (the interview stays): without an index
    // every deleted document scanned the whole interviews table, which a bulk retention purge of
    // hundreds of thousands of documents cannot afford.
    this.addSql(`create index "interviews_document_id_index" on "interviews" ("document_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "interviews_document_id_index";`);
  }

}
