import { Migration } from '@mikro-orm/migrations';

/** Saved job searches with email alerts; the high-water mark keeps each posting to one alert. */
export class Migration20261129203408_SavedSearches extends Migration {

  override name = 'Migration20261129203408_SavedSearches';

  override up(): void | Promise<void> {
    this.addSql(`create table "saved_searches" ("id" uuid not null, "owner_id" uuid not null, "query" jsonb not null, "paused" boolean not null default false, "high_water_mark" timestamptz not null, "last_alert_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "saved_searches_owner_id_created_at_index" on "saved_searches" ("owner_id", "created_at");`);
    this.addSql(`alter table "saved_searches" add constraint "saved_searches_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "saved_searches" cascade;`);
  }

}
