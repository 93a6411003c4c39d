import { Migration } from '@mikro-orm/migrations';

export class Migration20261123233454_DocumentTables extends Migration {

  override name = 'Migration20261123233454_DocumentTables';

  override up(): void | Promise<void> {
    this.addSql(`alter table "documents" add "table_count" int null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "documents" drop column "table_count";`);
  }

}
