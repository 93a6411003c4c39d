import { Migration } from '@mikro-orm/migrations';

/** The advisor role, advisors' profiles with their verification, and consultations (promise S2). */
export class Migration20261129204323_Advisors extends Migration {

  override name = 'Migration20261129204323_Advisors';

  override up(): void | Promise<void> {
    this.addSql(`alter table "users" drop constraint "users_role_check";`);
    this.addSql(`alter table "users" add constraint "users_role_check" check ("role" in ('job_seeker', 'employer', 'support', 'admin', 'advisor'));`);
    this.addSql(`create table "advisor_profiles" ("id" uuid not null, "user_id" uuid not null references "users" ("id") on delete cascade, "specialty" varchar(120) not null, "bio" text not null, "verified_at" timestamptz null, "verified_by_id" uuid null references "users" ("id") on delete set null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "advisor_profiles" add constraint "advisor_profiles_user_id_unique" unique ("user_id");`);
    this.addSql(`create table "consultations" ("id" uuid not null, "owner_id" uuid not null references "users" ("id") on delete cascade, "advisor_id" uuid not null references "users" ("id") on delete cascade, "items" jsonb not null, "note" text null, "advisor_name_at_consent" varchar(120) not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "consultations_owner_id_created_at_index" on "consultations" ("owner_id", "created_at");`);
    this.addSql(`create index "consultations_advisor_id_index" on "consultations" ("advisor_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "consultations" cascade;`);
    this.addSql(`drop table if exists "advisor_profiles" cascade;`);
    this.addSql(`update "users" set "role" = 'job_seeker' where "role" = 'advisor';`);
    this.addSql(`alter table "users" drop constraint "users_role_check";`);
    this.addSql(`alter table "users" add constraint "users_role_check" check ("role" in ('job_seeker', 'employer', 'support', 'admin'));`);
  }

}
