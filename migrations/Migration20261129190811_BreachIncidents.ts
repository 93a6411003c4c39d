import { Migration } from '@mikro-orm/migrations';

export class Migration20261129190811_BreachIncidents extends Migration {

  override name = 'Migration20261129190811_BreachIncidents';

  override up(): void | Promise<void> {
    this.addSql(`create table "breach_incidents" ("id" uuid not null, "reference" varchar(20) not null, "aware_at" timestamptz not null, "deadline_at" timestamptz not null, "what_happened" jsonb not null, "data_categories" text[] not null, "access_from_outside" boolean not null default false, "measures" jsonb not null, "what_people_can_do" jsonb not null, "redress" jsonb not null, "contact_desk" varchar(300) not null, "notices_held" boolean not null default false, "phase" int not null default 1, "regulator_report_due" boolean not null default false, "escalated48_at" timestamptz null, "escalated60_at" timestamptz null, "created_by_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "breach_incidents" add constraint "breach_incidents_reference_unique" unique ("reference");`);
    this.addSql(`alter table "breach_incidents" add constraint "breach_incidents_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on delete set null;`);

    this.addSql(`create table "breach_incident_updates" ("id" uuid not null, "incident_id" uuid not null, "phase" int not null, "body" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "breach_incident_updates" add constraint "breach_incident_updates_incident_id_phase_unique" unique ("incident_id", "phase");`);
    this.addSql(`alter table "breach_incident_updates" add constraint "breach_incident_updates_incident_id_foreign" foreign key ("incident_id") references "breach_incidents" ("id") on delete cascade;`);

    this.addSql(`create table "breach_incident_people" ("incident_id" uuid not null, "user_id" uuid not null, "notified_phase" int not null default 0, "last_notice_mail_id" uuid null, "last_notified_at" timestamptz null, "banner_dismissed_at" timestamptz null, primary key ("incident_id", "user_id"));`);
    this.addSql(`create index "breach_incident_people_user_id_index" on "breach_incident_people" ("user_id");`);
    this.addSql(`create index "breach_incident_people_pending_index" on "breach_incident_people" ("incident_id", "notified_phase");`);
    this.addSql(`alter table "breach_incident_people" add constraint "breach_incident_people_incident_id_foreign" foreign key ("incident_id") references "breach_incidents" ("id") on delete cascade;`);
    this.addSql(`alter table "breach_incident_people" add constraint "breach_incident_people_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);

    this.addSql(`create table "breach_incident_events" ("id" uuid not null, "incident_id" uuid not null, "at" timestamptz not null, "kind" varchar(40) not null, "detail" jsonb not null, "actor_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "breach_incident_events_incident_id_at_index" on "breach_incident_events" ("incident_id", "at");`);
    this.addSql(`alter table "breach_incident_events" add constraint "breach_incident_events_incident_id_foreign" foreign key ("incident_id") references "breach_incidents" ("id") on delete cascade;`);
    this.addSql(`alter table "breach_incident_events" add constraint "breach_incident_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "breach_incident_events" cascade;`);
    this.addSql(`drop table if exists "breach_incident_people" cascade;`);
    this.addSql(`drop table if exists "breach_incident_updates" cascade;`);
    this.addSql(`drop table if exists "breach_incidents" cascade;`);
  }

}
