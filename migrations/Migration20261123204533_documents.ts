import { Migration } from '@mikro-orm/migrations';

export class Migration20261123204533_documents extends Migration {

  override name = 'Migration20261123204533_documents';

  override up(): void | Promise<void> {
    this.addSql(`create table "documents" ("id" uuid not null, "owner_id" uuid not null, "category" text not null, "kind" text not null, "file_name" varchar(255) not null, "media_type" varchar(120) not null, "size_bytes" int not null, "storage_key" varchar(300) not null, "text_ciphertext" bytea not null, "page_count" int null, "column_count" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "documents_owner_id_created_at_index" on "documents" ("owner_id", "created_at");`);

    this.addSql(`create table "resume_profiles" ("document_id" uuid not null, "owner_id" uuid not null, "resume_ciphertext" bytea not null, "edited_by_user" boolean not null default false, "updated_at" timestamptz not null, primary key ("document_id"));`);
    this.addSql(`create index "resume_profiles_owner_id_index" on "resume_profiles" ("owner_id");`);

    this.addSql(`create table "user_keys" ("user_id" uuid not null, "wrapped_key" bytea not null, "master_key_id" varchar(64) not null, "created_at" timestamptz not null, primary key ("user_id"));`);

    this.addSql(`alter table "documents" add constraint "documents_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "documents" add constraint "documents_category_check" check ("category" in ('resume', 'cover_letter', 'portfolio'));`);
    this.addSql(`alter table "documents" add constraint "documents_kind_check" check ("kind" in ('pdf', 'docx', 'txt', 'md'));`);

    this.addSql(`alter table "resume_profiles" add constraint "resume_profiles_document_id_foreign" foreign key ("document_id") references "documents" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "resume_profiles" add constraint "resume_profiles_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on delete cascade;`);

    this.addSql(`alter table "user_keys" add constraint "user_keys_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "resume_profiles" drop constraint "resume_profiles_document_id_foreign";`);

    this.addSql(`drop table if exists "documents" cascade;`);
    this.addSql(`drop table if exists "resume_profiles" cascade;`);
    this.addSql(`drop table if exists "user_keys" cascade;`);
  }

}
