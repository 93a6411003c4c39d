import { Migration } from '@mikro-orm/migrations';

/**
 * A reported message is read by staff only inside its case (promise H1): the administrator who opens
 * it and the reason they gave, so the access service can log each look for the message's author.
 */
export class Migration20261129224348_MessageReportCases extends Migration {

  override name = 'Migration20261129224348_MessageReportCases';

  override up(): void | Promise<void> {
    this.addSql(`alter table "job_message_reports" add column "opened_by_id" uuid null references "users" ("id") on delete set null, add column "opened_reason" varchar(300) null, add column "opened_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "job_message_reports" drop column "opened_by_id", drop column "opened_reason", drop column "opened_at";`);
  }

}
