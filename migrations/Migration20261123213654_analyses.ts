import { Migration } from '@mikro-orm/migrations';

export class Migration20261123213654_analyses extends Migration {

  override name = 'Migration20261123213654_analyses';

  override up(): void | Promise<void> {
    this.addSql(`create table "analyses" ("id" uuid not null, "owner_id" uuid not null, "document_id" uuid not null, "status" text not null default 'queued', "job_title" varchar(200) null, "job_text_ciphertext" bytea null, "score" int null, "sub_scores" jsonb null, "report_ciphertext" bytea null, "ai_note" varchar(200) null, "failure_reason" varchar(300) null, "attempts" int not null default 0, "created_at" timestamptz not null, "started_at" timestamptz null, "completed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "analyses_owner_id_created_at_index" on "analyses" ("owner_id", "created_at");`);
    this.addSql(`create index "analyses_document_id_created_at_index" on "analyses" ("document_id", "created_at");`);

    this.addSql(`alter table "analyses" add constraint "analyses_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "analyses" add constraint "analyses_document_id_foreign" foreign key ("document_id") references "documents" ("id") on delete cascade;`);
    this.addSql(`alter table "analyses" add constraint "analyses_status_check" check ("status" in ('queued', 'running', 'done', 'failed'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "analyses" cascade;`);
  }

}
