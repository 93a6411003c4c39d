import { Migration } from '@mikro-orm/migrations';

/** Every change of an account's role, for administrators to review. */
export class Migration20261129230507_RoleChanges extends Migration {

  override name = 'Migration20261129230507_RoleChanges';

  override up(): void | Promise<void> {
    this.addSql(`create table "role_changes" ("id" uuid not null, "subject_id" uuid null references "users" ("id") on delete set null, "actor_id" uuid null references "users" ("id") on delete set null, "from_role" text check ("from_role" in ('job_seeker', 'employer', 'support', 'admin', 'advisor')) not null, "to_role" text check ("to_role" in ('job_seeker', 'employer', 'support', 'admin', 'advisor')) not null, "via" text check ("via" in ('admin', 'cli')) not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "role_changes_at_index" on "role_changes" ("at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "role_changes" cascade;`);
  }

}
