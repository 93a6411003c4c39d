import { Migration } from '@mikro-orm/migrations';

export class Migration20261129193941_Retention extends Migration {

  override name = 'Migration20261129193941_Retention';

  override up(): void | Promise<void> {
    // Existing accounts start their 90 days now: nobody is deleted, or warned, on the day this ships.
    this.addSql(`alter table "users" add "last_active_at" timestamptz not null default now();`);
    this.addSql(`create index "users_last_active_at_index" on "users" ("last_active_at");`);
    this.addSql(`create table "retention_warnings" ("user_id" uuid not null, "for_activity_at" timestamptz not null, "warned14_at" timestamptz null, "warned3_at" timestamptz null, primary key ("user_id"));`);
    this.addSql(`alter table "retention_warnings" add constraint "retention_warnings_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "retention_warnings" cascade;`);
    this.addSql(`drop index if exists "users_last_active_at_index";`);
    this.addSql(`alter table "users" drop column "last_active_at";`);
  }

}
