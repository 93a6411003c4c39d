import { Migration } from '@mikro-orm/migrations';

export class Migration20261123203327 extends Migration {

  override name = 'Migration20261123203327';

  override up(): void | Promise<void> {
    this.addSql(`create table "erased_accounts" ("id" uuid not null, "identity_hash" varchar(64) not null, "erased_at" timestamptz not null, "destroy_after" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "erased_accounts_identity_hash_index" on "erased_accounts" ("identity_hash");`);
    this.addSql(`create index "erased_accounts_destroy_after_index" on "erased_accounts" ("destroy_after");`);

    this.addSql(`create table "scheduled_job_runs" ("job_name" varchar(100) not null, "slot" timestamptz not null, "instance_id" varchar(64) not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "outcome" varchar(20) null, primary key ("job_name", "slot"));`);

    this.addSql(`create table "users" ("id" uuid not null, "provider" text not null, "provider_subject" varchar(255) not null, "email" varchar(320) not null, "display_name" varchar(120) not null, "photo_url" varchar(2048) null, "role" text not null default 'job_seeker', "target_roles" text[] not null default '{}', "locations" text[] not null default '{}', "work_mode" text not null default 'any', "seniority" text not null default 'unspecified', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_provider_provider_subject_unique" unique ("provider", "provider_subject");`);

    this.addSql(`create table "sessions" ("id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null, "absolute_expires_at" timestamptz not null, "last_seen_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);

    this.addSql(`alter table "users" add constraint "users_provider_check" check ("provider" in ('google', 'oidc', 'dev'));`);
    this.addSql(`alter table "users" add constraint "users_role_check" check ("role" in ('job_seeker', 'employer', 'support', 'admin'));`);
    this.addSql(`alter table "users" add constraint "users_work_mode_check" check ("work_mode" in ('any', 'remote', 'hybrid', 'on_site'));`);
    this.addSql(`alter table "users" add constraint "users_seniority_check" check ("seniority" in ('unspecified', 'entry', 'junior', 'mid', 'senior', 'lead', 'executive'));`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`drop table if exists "erased_accounts" cascade;`);
    this.addSql(`drop table if exists "scheduled_job_runs" cascade;`);
    this.addSql(`drop table if exists "users" cascade;`);
    this.addSql(`drop table if exists "sessions" cascade;`);
  }

}
