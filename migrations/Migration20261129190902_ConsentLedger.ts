import { Migration } from '@mikro-orm/migrations';

export class Migration20261129190902_ConsentLedger extends Migration {

  override name = 'Migration20261129190902_ConsentLedger';

  override up(): void | Promise<void> {
    this.addSql(`create table "consent_records" ("id" uuid not null, "consent_id" uuid not null, "account_id" uuid null, "recorded_at" timestamptz not null, "policy_version" int not null, "analytics" boolean not null, "advertising" boolean not null, "method" text not null, "gpc_signal" boolean not null, "language" varchar(5) not null, "ip_prefix" varchar(50) null, "browser_family" text not null, primary key ("id"));`);
    this.addSql(`create index "consent_records_consent_id_recorded_at_index" on "consent_records" ("consent_id", "recorded_at");`);
    this.addSql(`create index "consent_records_account_id_recorded_at_index" on "consent_records" ("account_id", "recorded_at");`);
    this.addSql(`alter table "consent_records" add constraint "consent_records_account_id_foreign" foreign key ("account_id") references "users" ("id") on delete set null;`);
    this.addSql(`alter table "consent_records" add constraint "consent_records_method_check" check ("method" in ('banner', 'settings', 'gpc', 'withdrawal'));`);
    this.addSql(`alter table "consent_records" add constraint "consent_records_browser_family_check" check ("browser_family" in ('chrome', 'edge', 'firefox', 'safari', 'samsung', 'opera', 'whale', 'other'));`);
    // Promise C4: the ledger is append-only. The one change allowed is unlinking an erased account.
    this.addSql(`create function consent_records_append_only() returns trigger language plpgsql as $$
begin
  if TG_OP = 'UPDATE' and NEW.account_id is null and (to_jsonb(NEW) - 'account_id') = (to_jsonb(OLD) - 'account_id') then
    return NEW;
  end if;
  raise exception 'consent_records is append-only';
end $$;`);
    this.addSql(`create trigger consent_records_append_only before update or delete on "consent_records" for each row execute function consent_records_append_only();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "consent_records" cascade;`);
    this.addSql(`drop function if exists consent_records_append_only();`);
  }

}
