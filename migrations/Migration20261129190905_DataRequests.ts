import { Migration } from '@mikro-orm/migrations';

/**
 * Data-subject requests and their append-only history (R3), stopped uses of a person's data
 * (restriction, objection), and where a staff look came from in the access log (H1).
 */
export class Migration20261129190905_DataRequests extends Migration {

  override name = 'Migration20261129190905_DataRequests';

  override up(): void | Promise<void> {
    this.addSql(`create table "data_requests" ("id" uuid not null, "type" text not null, "status" text not null, "requester_user_id" uuid null, "requester_email" varchar(320) null, "requester_name" varchar(120) null, "locale" text not null, "details" text null, "objection_purposes" text[] not null default '{}', "due_at" timestamptz not null, "assignee_id" uuid null, "outcome" text null, "code_hash" varchar(64) null, "code_expires_at" timestamptz null, "code_attempts" int not null default 0, "codes_sent" int not null default 0, "created_at" timestamptz not null, "closed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "data_requests_status_due_at_index" on "data_requests" ("status", "due_at");`);
    this.addSql(`create index "data_requests_requester_user_id_index" on "data_requests" ("requester_user_id");`);
    this.addSql(`create index "data_requests_requester_email_created_at_index" on "data_requests" (lower("requester_email"), "created_at") where "requester_email" is not null;`);
    this.addSql(`alter table "data_requests" add constraint "data_requests_requester_user_id_foreign" foreign key ("requester_user_id") references "users" ("id") on delete set null;`);
    this.addSql(`alter table "data_requests" add constraint "data_requests_assignee_id_foreign" foreign key ("assignee_id") references "users" ("id") on delete set null;`);
    this.addSql(`alter table "data_requests" add constraint "data_requests_type_check" check ("type" in ('access', 'correction', 'deletion', 'restriction', 'objection'));`);
    this.addSql(`alter table "data_requests" add constraint "data_requests_status_check" check ("status" in ('identity_unverified', 'pending', 'in_progress', 'waiting_for_requester', 'completed', 'denied', 'cancelled'));`);
    this.addSql(`alter table "data_requests" add constraint "data_requests_locale_check" check ("locale" in ('en', 'ko'));`);

    this.addSql(`create table "data_request_events" ("id" uuid not null, "request_id" uuid not null, "kind" text not null, "actor_id" uuid null, "actor_role" varchar(20) not null, "status" text null, "text" text null, "internal" boolean not null default false, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "data_request_events_request_id_at_index" on "data_request_events" ("request_id", "at");`);
    this.addSql(`create index "data_request_events_actor_id_index" on "data_request_events" ("actor_id");`);
    this.addSql(`alter table "data_request_events" add constraint "data_request_events_request_id_foreign" foreign key ("request_id") references "data_requests" ("id") on delete cascade;`);
    this.addSql(`alter table "data_request_events" add constraint "data_request_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on delete set null;`);
    this.addSql(`alter table "data_request_events" add constraint "data_request_events_kind_check" check ("kind" in ('filed', 'code_sent', 'identity_verified', 'opened', 'assigned', 'status_changed', 'note', 'reply_sent', 'completed', 'denied', 'cancelled', 'export_downloaded', 'restriction_lifted'));`);
    // Append-only: history cannot be rewritten. The one change allowed is an erased staff account's
    // id turning null (the foreign key's ON DELETE SET NULL); deletes come only with the request.
    this.addSql(`create function data_request_events_append_only() returns trigger language plpgsql as $$
      begin
        if (new.id, new.request_id, new.kind, new.actor_role, new.status, new.text, new.internal, new.at)
           is distinct from (old.id, old.request_id, old.kind, old.actor_role, old.status, old.text, old.internal, old.at)
           or new.actor_id is not null and new.actor_id is distinct from old.actor_id then
          raise exception 'data_request_events is append-only';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "data_request_events_append_only" before update on "data_request_events" for each row execute function data_request_events_append_only();`);

    this.addSql(`create table "processing_restrictions" ("id" uuid not null, "user_id" uuid not null, "purpose" text not null, "basis" text not null, "request_id" uuid null, "since" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "processing_restrictions" add constraint "processing_restrictions_user_id_purpose_basis_unique" unique ("user_id", "purpose", "basis");`);
    this.addSql(`alter table "processing_restrictions" add constraint "processing_restrictions_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "processing_restrictions" add constraint "processing_restrictions_request_id_foreign" foreign key ("request_id") references "data_requests" ("id") on delete set null;`);
    this.addSql(`alter table "processing_restrictions" add constraint "processing_restrictions_purpose_check" check ("purpose" in ('analysis', 'matching', 'alerts', 'marketing'));`);
    this.addSql(`alter table "processing_restrictions" add constraint "processing_restrictions_basis_check" check ("basis" in ('restriction', 'objection'));`);

    this.addSql(`alter table "access_log" add column "ip" varchar(64) null, add column "via" varchar(200) null;`);
    this.addSql(`create index "access_log_at_index" on "access_log" ("at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "access_log_at_index";`);
    this.addSql(`alter table "access_log" drop column if exists "ip", drop column if exists "via";`);
    this.addSql(`drop table if exists "processing_restrictions" cascade;`);
    this.addSql(`drop table if exists "data_request_events" cascade;`);
    this.addSql(`drop function if exists data_request_events_append_only();`);
    this.addSql(`drop table if exists "data_requests" cascade;`);
  }

}
