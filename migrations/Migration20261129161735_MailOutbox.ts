import { Migration } from '@mikro-orm/migrations';

export class Migration20261129161735_MailOutbox extends Migration {

  override name = 'Migration20261129161735_MailOutbox';

  override up(): void | Promise<void> {
    this.addSql(`create table "mail_outbox" ("id" uuid not null, "user_id" uuid null, "recipient" varchar(320) null, "locale" text not null, "template" varchar(100) not null, "kind" text not null, "subject" text not null, "text_body" text not null, "html_body" text not null, "headers" jsonb not null, "forget_recipient" boolean not null default false, "status" text not null default 'pending', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" varchar(100) null, "created_at" timestamptz not null, "sent_at" timestamptz null, "failed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "mail_outbox_user_id_index" on "mail_outbox" ("user_id");`);
    this.addSql(`create index "mail_outbox_due_index" on "mail_outbox" ("next_attempt_at") where "status" = 'pending';`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_locale_check" check ("locale" in ('en', 'ko'));`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_kind_check" check ("kind" in ('transactional', 'marketing'));`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_status_check" check ("status" in ('pending', 'sent', 'failed'));`);
    // A message still to be delivered always knows where to go.
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_pending_has_recipient_check" check ("status" <> 'pending' or "recipient" is not null);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "mail_outbox" cascade;`);
  }

}
