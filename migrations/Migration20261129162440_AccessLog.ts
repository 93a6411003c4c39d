import { Migration } from '@mikro-orm/migrations';

export class Migration20261129162440_AccessLog extends Migration {

  override name = 'Migration20261129162440_AccessLog';

  override up(): void | Promise<void> {
    this.addSql(`create table "access_log" ("id" uuid not null, "subject_user_id" uuid not null, "actor_id" uuid null, "actor_role" varchar(20) not null, "basis" text not null, "reference_id" varchar(100) not null, "reason" varchar(300) not null, "resource_kind" varchar(30) not null, "resource_id" uuid not null, "permission" varchar(40) not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "access_log_subject_user_id_at_index" on "access_log" ("subject_user_id", "at");`);
    this.addSql(`create index "access_log_actor_id_index" on "access_log" ("actor_id");`);
    this.addSql(`alter table "access_log" add constraint "access_log_subject_user_id_foreign" foreign key ("subject_user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "access_log" add constraint "access_log_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on delete set null;`);
    this.addSql(`alter table "access_log" add constraint "access_log_basis_check" check ("basis" in ('grant', 'case'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "access_log" cascade;`);
  }

}
