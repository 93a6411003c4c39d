import { Migration } from '@mikro-orm/migrations';

export class Migration20261129203319_PolicyVersions extends Migration {

  override name = 'Migration20261129203319_PolicyVersions';

  override up(): void | Promise<void> {
    this.addSql(`create table "policy_versions" ("id" uuid not null, "number" int not null, "material" boolean not null, "summary" jsonb not null, "body" jsonb not null, "effective_at" timestamptz not null, "announcements_done_at" timestamptz null, "notices_done_at" timestamptz null, "created_by_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "policy_versions" add constraint "policy_versions_number_unique" unique ("number");`);
    this.addSql(`create index "policy_versions_effective_at_index" on "policy_versions" ("effective_at");`);
    this.addSql(`alter table "policy_versions" add constraint "policy_versions_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on delete set null;`);

    this.addSql(`create table "policy_notices" ("version_id" uuid not null, "user_id" uuid not null, "kind" varchar(20) not null, "notified_at" timestamptz not null, "banner_dismissed_at" timestamptz null, primary key ("version_id", "user_id", "kind"));`);
    this.addSql(`create index "policy_notices_user_id_index" on "policy_notices" ("user_id");`);
    this.addSql(`alter table "policy_notices" add constraint "policy_notices_version_id_foreign" foreign key ("version_id") references "policy_versions" ("id") on delete cascade;`);
    this.addSql(`alter table "policy_notices" add constraint "policy_notices_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);

    this.addSql(`create table "policy_acceptances" ("id" uuid not null, "user_id" uuid not null, "version_id" uuid not null, "accepted_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "policy_acceptances" add constraint "policy_acceptances_user_id_version_id_unique" unique ("user_id", "version_id");`);
    this.addSql(`alter table "policy_acceptances" add constraint "policy_acceptances_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "policy_acceptances" add constraint "policy_acceptances_version_id_foreign" foreign key ("version_id") references "policy_versions" ("id") on delete cascade;`);
    // Acceptances are a record of what each person agreed to and when: rows are added, never rewritten
    // (erasure deletes them with the account).
    this.addSql(`create function policy_acceptances_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'policy_acceptances is append-only';
      end;
    $$;`);
    this.addSql(`create trigger "policy_acceptances_append_only" before update on "policy_acceptances" for each row execute function policy_acceptances_append_only();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "policy_acceptances" cascade;`);
    this.addSql(`drop function if exists policy_acceptances_append_only();`);
    this.addSql(`drop table if exists "policy_notices" cascade;`);
    this.addSql(`drop table if exists "policy_versions" cascade;`);
  }

}
