import { Migration } from '@mikro-orm/migrations';

/**
 * Companies and their members, job postings with a stored full-text vector ('simple' configuration:
 * Korean and English words are kept as written, so a Korean query finds a Korean posting), share
 * grants, applications with their stage history and company notes, and saved jobs.
 */
export class Migration20261129190842_Jobs extends Migration {

  override name = 'Migration20261129190842_Jobs';

  override up(): void | Promise<void> {
    this.addSql(`create table "companies" ("id" uuid not null, "name" varchar(120) not null, "website" varchar(300) null, "size" text null check ("size" in ('1-10', '11-50', '51-200', '201-1000', '1001+')), "locations" text[] not null default '{}', "description" text not null default '', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "company_members" ("id" uuid not null, "company_id" uuid not null references "companies" ("id") on delete cascade, "user_id" uuid not null references "users" ("id") on delete cascade, "role" text not null check ("role" in ('owner', 'member')), "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create unique index "company_members_user_id_unique" on "company_members" ("user_id");`);
    this.addSql(`create index "company_members_company_id_index" on "company_members" ("company_id");`);

    this.addSql(`create table "company_invitations" ("id" uuid not null, "company_id" uuid not null references "companies" ("id") on delete cascade, "email" varchar(320) not null, "token_hash" varchar(64) not null, "invited_by_id" uuid null references "users" ("id") on delete set null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create unique index "company_invitations_token_hash_unique" on "company_invitations" ("token_hash");`);
    this.addSql(`create index "company_invitations_company_id_index" on "company_invitations" ("company_id");`);

    this.addSql(`create table "job_postings" ("id" uuid not null, "company_id" uuid not null references "companies" ("id") on delete cascade, "title" varchar(160) not null, "locations" text[] not null default '{}', "workplace" text not null check ("workplace" in ('remote', 'hybrid', 'on_site')), "seniority" text not null check ("seniority" in ('entry', 'junior', 'mid', 'senior', 'lead', 'executive')), "employment_type" text not null check ("employment_type" in ('full_time', 'part_time', 'contract', 'internship', 'temporary')), "salary_min" int null, "salary_max" int null, "salary_currency" varchar(3) null, "description" text not null, "description_format" text not null default 'plain' check ("description_format" in ('plain', 'markdown')), "language" text not null check ("language" in ('en', 'ko')), "required_skills" text[] not null default '{}', "preferred_skills" text[] not null default '{}', "keywords" text[] not null default '{}', "skill_terms" text not null default '', "status" text not null default 'draft' check ("status" in ('draft', 'published', 'closed')), "published_at" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "job_postings" add column "search_vector" tsvector generated always as (setweight(to_tsvector('simple', "title"), 'A') || setweight(to_tsvector('simple', "skill_terms"), 'B') || setweight(to_tsvector('simple', "description"), 'C')) stored;`);
    this.addSql(`create index "job_postings_search_vector_index" on "job_postings" using gin ("search_vector");`);
    this.addSql(`create index "job_postings_company_id_created_at_index" on "job_postings" ("company_id", "created_at");`);
    this.addSql(`create index "job_postings_published_index" on "job_postings" ("published_at" desc) where "status" = 'published';`);

    this.addSql(`create table "share_grants" ("id" uuid not null, "owner_id" uuid not null references "users" ("id") on delete cascade, "company_id" uuid not null references "companies" ("id") on delete cascade, "purpose" text not null check ("purpose" in ('application', 'profile')), "items" jsonb not null, "created_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "share_grants_owner_id_created_at_index" on "share_grants" ("owner_id", "created_at");`);
    this.addSql(`create index "share_grants_company_id_index" on "share_grants" ("company_id");`);

    this.addSql(`create table "job_applications" ("id" uuid not null, "posting_id" uuid not null references "job_postings" ("id") on delete cascade, "company_id" uuid not null references "companies" ("id") on delete cascade, "applicant_id" uuid null references "users" ("id") on delete set null, "grant_id" uuid null references "share_grants" ("id") on delete set null, "stage" text not null default 'new' check ("stage" in ('new', 'reviewing', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn')), "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "job_applications_posting_id_created_at_index" on "job_applications" ("posting_id", "created_at");`);
    this.addSql(`create index "job_applications_applicant_id_index" on "job_applications" ("applicant_id");`);

    this.addSql(`create table "job_application_stage_changes" ("id" uuid not null, "application_id" uuid not null references "job_applications" ("id") on delete cascade, "stage" text not null check ("stage" in ('new', 'reviewing', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn')), "changed_by_id" uuid null references "users" ("id") on delete set null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "job_application_stage_changes_application_id_at_index" on "job_application_stage_changes" ("application_id", "at");`);

    this.addSql(`create table "job_application_notes" ("id" uuid not null, "application_id" uuid not null references "job_applications" ("id") on delete cascade, "author_id" uuid null references "users" ("id") on delete set null, "body" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "job_application_notes_application_id_created_at_index" on "job_application_notes" ("application_id", "created_at");`);

    this.addSql(`create table "saved_jobs" ("id" uuid not null, "user_id" uuid not null references "users" ("id") on delete cascade, "posting_id" uuid not null references "job_postings" ("id") on delete cascade, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create unique index "saved_jobs_user_id_posting_id_unique" on "saved_jobs" ("user_id", "posting_id");`);
  }

  override down(): void | Promise<void> {
    for (const table of ['saved_jobs', 'job_application_notes', 'job_application_stage_changes', 'job_applications', 'share_grants', 'job_postings', 'company_invitations', 'company_members', 'companies']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }

}
