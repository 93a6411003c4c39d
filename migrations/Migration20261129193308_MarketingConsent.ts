import { Migration } from '@mikro-orm/migrations';

export class Migration20261129193308_MarketingConsent extends Migration {

  override name = 'Migration20261129193308_MarketingConsent';

  override up(): void | Promise<void> {
    this.addSql(`create table "marketing_consent_events" ("id" uuid not null, "user_id" uuid not null, "opted_in" boolean not null, "source" text not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "marketing_consent_events_user_id_at_index" on "marketing_consent_events" ("user_id", "at");`);
    this.addSql(`alter table "marketing_consent_events" add constraint "marketing_consent_events_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "marketing_consent_events" add constraint "marketing_consent_events_source_check" check ("source" in ('settings', 'unsubscribe-link', 'one-click'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "marketing_consent_events" cascade;`);
  }

}
