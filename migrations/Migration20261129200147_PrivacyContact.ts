import { Migration } from '@mikro-orm/migrations';

export class Migration20261129200147_PrivacyContact extends Migration {

  override name = 'Migration20261129200147_PrivacyContact';

  override up(): void | Promise<void> {
    this.addSql(`create table "privacy_contact_messages" ("id" uuid not null, "user_id" uuid null, "reply_to" varchar(320) not null, "message" text not null, "locale" text not null, "received_at" timestamptz not null, "reply_due_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "privacy_contact_messages_user_id_index" on "privacy_contact_messages" ("user_id");`);
    this.addSql(`alter table "privacy_contact_messages" add constraint "privacy_contact_messages_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "privacy_contact_messages" cascade;`);
  }

}
