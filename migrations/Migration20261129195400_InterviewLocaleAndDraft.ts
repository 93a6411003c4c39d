import { Migration } from '@mikro-orm/migrations';

export class Migration20261129195400_InterviewLocaleAndDraft extends Migration {

  override name = 'Migration20261129195400_InterviewLocaleAndDraft';

  override up(): void | Promise<void> {
    this.addSql(`alter table "interviews" add "locale" text check ("locale" in ('en', 'ko')) not null default 'en';`);
    this.addSql(`alter table "interview_turns" add "draft_ciphertext" bytea null, add "draft_saved_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "interview_turns" drop column "draft_ciphertext", drop column "draft_saved_at";`);
    this.addSql(`alter table "interviews" drop column "locale";`);
  }

}
