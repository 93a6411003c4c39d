import { Migration } from '@mikro-orm/migrations';

export class Migration20261123225515_Interviews extends Migration {

  override name = 'Migration20261123225515_Interviews';

  override up(): void | Promise<void> {
    this.addSql(`create table "interviews" ("id" uuid not null, "owner_id" uuid not null, "document_id" uuid null, "role" varchar(120) not null, "kind" text not null, "length" int not null, "status" text not null default 'in_progress', "interviewer" varchar(20) not null, "ai_note" varchar(300) null, "job_title" varchar(200) null, "job_text_ciphertext" bytea null, "plan_ciphertext" bytea not null, "overall" int null, "failure_reason" varchar(300) null, "scoring_attempts" int not null default 0, "summary_ciphertext" bytea null, "created_at" timestamptz not null, "completed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "interviews_owner_id_created_at_index" on "interviews" ("owner_id", "created_at");`);

    this.addSql(`create table "interview_turns" ("id" uuid not null, "interview_id" uuid not null, "owner_id" uuid not null, "position" int not null, "question_index" int not null, "follow_up_reason" varchar(40) null, "question_ciphertext" bytea not null, "answer_ciphertext" bytea null, "answered_by" text null, "delivery" jsonb null, "score" int null, "report_ciphertext" bytea null, "asked_at" timestamptz not null, "answered_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "interview_turns_owner_id_index" on "interview_turns" ("owner_id");`);
    this.addSql(`alter table "interview_turns" add constraint "interview_turns_interview_id_position_unique" unique ("interview_id", "position");`);

    this.addSql(`create table "retained_audio" ("id" uuid not null, "owner_id" uuid not null, "turn_id" uuid not null, "object_key" varchar(300) not null, "bytes" int not null, "seconds" double precision not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "retained_audio_expires_at_index" on "retained_audio" ("expires_at");`);
    this.addSql(`create index "retained_audio_owner_id_index" on "retained_audio" ("owner_id");`);

    this.addSql(`create table "audio_retention_consents" ("owner_id" uuid not null, "granted_at" timestamptz not null, primary key ("owner_id"));`);

    this.addSql(`alter table "interviews" add constraint "interviews_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "interviews" add constraint "interviews_document_id_foreign" foreign key ("document_id") references "documents" ("id") on delete set null;`);
    this.addSql(`alter table "interviews" add constraint "interviews_kind_check" check ("kind" in ('behavioral', 'technical', 'mixed'));`);
    this.addSql(`alter table "interviews" add constraint "interviews_status_check" check ("status" in ('in_progress', 'scoring', 'completed', 'failed'));`);

    this.addSql(`alter table "interview_turns" add constraint "interview_turns_interview_id_foreign" foreign key ("interview_id") references "interviews" ("id") on delete cascade;`);
    this.addSql(`alter table "interview_turns" add constraint "interview_turns_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "interview_turns" add constraint "interview_turns_answered_by_check" check ("answered_by" in ('text', 'voice'));`);

    this.addSql(`alter table "retained_audio" add constraint "retained_audio_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "retained_audio" add constraint "retained_audio_turn_id_foreign" foreign key ("turn_id") references "interview_turns" ("id") on delete cascade;`);

    this.addSql(`alter table "audio_retention_consents" add constraint "audio_retention_consents_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "interview_turns" drop constraint "interview_turns_interview_id_foreign";`);
    this.addSql(`alter table "retained_audio" drop constraint "retained_audio_turn_id_foreign";`);

    this.addSql(`drop table if exists "interviews" cascade;`);
    this.addSql(`drop table if exists "interview_turns" cascade;`);
    this.addSql(`drop table if exists "retained_audio" cascade;`);
    this.addSql(`drop table if exists "audio_retention_consents" cascade;`);
  }

}
