import { Migration } from '@mikro-orm/migrations';
import { type DataOwner, dataVersionTriggersSql, dropDataVersionTriggersSql } from '../src/platform/database/data-version.js';

/**
 * Every table holding one person's data, and how its rows name that person, as of this migration. A
 * table added later gets its triggers in its own migration (`dataVersionTriggersSql`), or a reason in
 * `TABLES_WITHOUT_DATA_VERSION`: test/integration/data-version.spec.ts holds the catalog to that.
 */
const PEOPLE_S_TABLES: Record<string, DataOwner> = {
  documents: { column: 'owner_id' },
  resume_profiles: { column: 'owner_id' },
  analyses: { column: 'owner_id' },
  interviews: { column: 'owner_id' },
  interview_turns: { column: 'owner_id' },
  retained_audio: { column: 'owner_id' },
  audio_retention_consents: { column: 'owner_id' },
  billing_accounts: { column: 'user_id' },
  billing_usage: { column: 'user_id' },
  billing_history: { via: 'account_id', parentTable: 'billing_accounts', parentColumn: 'user_id' },
  billing_stripe_events: { via: 'account_id', parentTable: 'billing_accounts', parentColumn: 'user_id' },
  consent_records: { column: 'account_id' },
  marketing_consent_events: { column: 'user_id' },
  processing_restrictions: { column: 'user_id' },
  data_requests: { column: 'requester_user_id' },
  data_request_events: { via: 'request_id', parentTable: 'data_requests', parentColumn: 'requester_user_id' },
  support_tickets: { column: 'requester_id' },
  support_ticket_events: { via: 'ticket_id', parentTable: 'support_tickets', parentColumn: 'requester_id' },
  privacy_contact_messages: { column: 'user_id' },
  retention_warnings: { column: 'user_id' },
  policy_acceptances: { column: 'user_id' },
  policy_notices: { column: 'user_id' },
  breach_incident_people: { column: 'user_id' },
  access_log: { column: 'subject_user_id' },
  role_changes: { column: 'subject_id' },
  share_grants: { column: 'owner_id' },
  saved_jobs: { column: 'user_id' },
  saved_searches: { column: 'owner_id' },
  job_company_blocks: { column: 'user_id' },
  job_applications: { column: 'applicant_id' },
  job_application_messages: { via: 'application_id', parentTable: 'job_applications', parentColumn: 'applicant_id' },
  job_application_stage_changes: { via: 'application_id', parentTable: 'job_applications', parentColumn: 'applicant_id' },
  consultations: { column: 'owner_id' },
  advisor_profiles: { column: 'user_id' },
  company_members: { column: 'user_id' },
};

/**
 * A person's data version (issue #18, src/platform/database/data-version.ts): `users.data_version`
 * moves in the same transaction as any write to that person's rows, so a page cached under it can
 * never be served after the write commits, on any instance. Statement triggers with transition
 * tables: one update of `users` per statement, however many rows it wrote. The person's own row
 * bumps itself when anything but activity (`last_active_at`, written hourly) changes.
 */
export class Migration20261130075646_UserDataVersion extends Migration {

  override name = 'Migration20261130075646_UserDataVersion';

  override up(): void | Promise<void> {
    this.addSql(`alter table "users" add column "data_version" bigint not null default 0;`);
    this.addSql(`create function candor_bump_data_version() returns trigger language plpgsql as $$
declare
  owner_of text := case when TG_NARGS = 1 then format('r.%I', TG_ARGV[0])
                        else format('(select p.%I from %I p where p.id = r.%I)', TG_ARGV[2], TG_ARGV[1], TG_ARGV[0]) end;
  people text;
begin
  people := case TG_OP
    when 'INSERT' then format('select %s from new_rows r', owner_of)
    when 'DELETE' then format('select %s from old_rows r', owner_of)
    else format('select %s from old_rows r union select %s from new_rows r', owner_of, owner_of) end;
  execute format('update users set data_version = data_version + 1 where id in (%s)', people);
  return null;
end $$;`);
    this.addSql(`create function candor_bump_own_data_version() returns trigger language plpgsql as $$
begin
  if new.data_version = old.data_version
     and (to_jsonb(new) - '{last_active_at,updated_at,data_version}'::text[]) is distinct from (to_jsonb(old) - '{last_active_at,updated_at,data_version}'::text[]) then
    new.data_version := old.data_version + 1;
  end if;
  return new;
end $$;`);
    this.addSql(`create trigger "users_data_version" before update on "users" for each row execute function candor_bump_own_data_version();`);
    for (const [table, owner] of Object.entries(PEOPLE_S_TABLES)) {
      for (const sql of dataVersionTriggersSql(table, owner)) this.addSql(sql);
    }
  }

  override down(): void | Promise<void> {
    for (const table of Object.keys(PEOPLE_S_TABLES)) {
      for (const sql of dropDataVersionTriggersSql(table)) this.addSql(sql);
    }
    this.addSql(`drop trigger if exists "users_data_version" on "users";`);
    this.addSql(`drop function if exists candor_bump_own_data_version();`);
    this.addSql(`drop function if exists candor_bump_data_version();`);
    this.addSql(`alter table "users" drop column "data_version";`);
  }

}
