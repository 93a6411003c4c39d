import { Migration } from '@mikro-orm/migrations';

/** Messages on an application, a candidate's block of a company, and reports of messages for staff (#13). */
export class Migration20261129203839_ApplicationMessages extends Migration {

  override name = 'Migration20261129203839_ApplicationMessages';

  override up(): void | Promise<void> {
    this.addSql(`create table "job_application_messages" ("id" uuid not null, "application_id" uuid not null references "job_applications" ("id") on delete cascade, "side" text not null, "author_id" uuid null references "users" ("id") on delete set null, "body" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "job_application_messages_application_id_created_at_index" on "job_application_messages" ("application_id", "created_at");`);
    this.addSql(`create index "job_application_messages_author_id_index" on "job_application_messages" ("author_id");`);
    this.addSql(`create table "job_company_blocks" ("id" uuid not null, "user_id" uuid not null references "users" ("id") on delete cascade, "company_id" uuid not null references "companies" ("id") on delete cascade, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create unique index "job_company_blocks_user_id_company_id_unique" on "job_company_blocks" ("user_id", "company_id");`);
    this.addSql(`create table "job_message_reports" ("id" uuid not null, "message_id" uuid null references "job_application_messages" ("id") on delete set null, "reporter_id" uuid null references "users" ("id") on delete set null, "reporter_side" text not null, "company_id" uuid null references "companies" ("id") on delete set null, "reason" text not null, "reported_text" text null, "created_at" timestamptz not null, "reviewed_at" timestamptz null, "reviewed_by_id" uuid null references "users" ("id") on delete set null, primary key ("id"));`);
    this.addSql(`create index "job_message_reports_reviewed_at_created_at_index" on "job_message_reports" ("reviewed_at", "created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "job_message_reports" cascade;`);
    this.addSql(`drop table if exists "job_company_blocks" cascade;`);
    this.addSql(`drop table if exists "job_application_messages" cascade;`);
  }

}
