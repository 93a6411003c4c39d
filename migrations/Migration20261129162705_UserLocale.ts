import { Migration } from '@mikro-orm/migrations';

export class Migration20261129162705_UserLocale extends Migration {

  override name = 'Migration20261129162705_UserLocale';

  override up(): void | Promise<void> {
    this.addSql(`alter table "users" add "locale" text check ("locale" in ('en', 'ko')) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "users" drop column "locale";`);
  }

}
