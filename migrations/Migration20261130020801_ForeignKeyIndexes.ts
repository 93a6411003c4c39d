import { Migration } from '@mikro-orm/migrations';

export class Migration20261130020801_ForeignKeyIndexes extends Migration {

  override name = 'Migration20261130020801_ForeignKeyIndexes';

  override up(): void | Promise<void> {
    // Every foreign key gets an index on its referencing column(s). Deleting a row checks (NO ACTION),
    // cascades to or nulls (SET NULL) each row that references it, one lookup per deleted row: without
    // an index each lookup scans the whole referencing table, so erasing an account or purging
    // expired résumé data slowed down with the size of unrelated tables. test/integration/
    // foreign-key-indexes.spec.ts keeps it so for keys added later. `if not exists`: another branch may
    // add one of these with its own table's migration.
    this.addSql(`create index if not exists "advisor_profiles_verified_by_id_index" on "advisor_profiles" ("verified_by_id");`);
    this.addSql(`create index if not exists "breach_incident_events_actor_id_index" on "breach_incident_events" ("actor_id");`);
    this.addSql(`create index if not exists "breach_incidents_created_by_id_index" on "breach_incidents" ("created_by_id");`);
    this.addSql(`create index if not exists "company_invitations_invited_by_id_index" on "company_invitations" ("invited_by_id");`);
    this.addSql(`create index if not exists "data_requests_assignee_id_index" on "data_requests" ("assignee_id");`);
    this.addSql(`create index if not exists "job_application_notes_author_id_index" on "job_application_notes" ("author_id");`);
    this.addSql(`create index if not exists "job_application_stage_changes_changed_by_id_index" on "job_application_stage_changes" ("changed_by_id");`);
    this.addSql(`create index if not exists "job_applications_company_id_index" on "job_applications" ("company_id");`);
    this.addSql(`create index if not exists "job_applications_grant_id_index" on "job_applications" ("grant_id");`);
    this.addSql(`create index if not exists "job_company_blocks_company_id_index" on "job_company_blocks" ("company_id");`);
    this.addSql(`create index if not exists "job_message_reports_company_id_index" on "job_message_reports" ("company_id");`);
    this.addSql(`create index if not exists "job_message_reports_message_id_index" on "job_message_reports" ("message_id");`);
    this.addSql(`create index if not exists "job_message_reports_opened_by_id_index" on "job_message_reports" ("opened_by_id");`);
    this.addSql(`create index if not exists "job_message_reports_reporter_id_index" on "job_message_reports" ("reporter_id");`);
    this.addSql(`create index if not exists "job_message_reports_reviewed_by_id_index" on "job_message_reports" ("reviewed_by_id");`);
    this.addSql(`create index if not exists "policy_acceptances_version_id_index" on "policy_acceptances" ("version_id");`);
    this.addSql(`create index if not exists "policy_versions_created_by_id_index" on "policy_versions" ("created_by_id");`);
    this.addSql(`create index if not exists "processing_restrictions_request_id_index" on "processing_restrictions" ("request_id");`);
    this.addSql(`create index if not exists "retained_audio_turn_id_index" on "retained_audio" ("turn_id");`);
    this.addSql(`create index if not exists "role_changes_actor_id_index" on "role_changes" ("actor_id");`);
    this.addSql(`create index if not exists "role_changes_subject_id_index" on "role_changes" ("subject_id");`);
    this.addSql(`create index if not exists "saved_jobs_posting_id_index" on "saved_jobs" ("posting_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "advisor_profiles_verified_by_id_index";`);
    this.addSql(`drop index if exists "breach_incident_events_actor_id_index";`);
    this.addSql(`drop index if exists "breach_incidents_created_by_id_index";`);
    this.addSql(`drop index if exists "company_invitations_invited_by_id_index";`);
    this.addSql(`drop index if exists "data_requests_assignee_id_index";`);
    this.addSql(`drop index if exists "job_application_notes_author_id_index";`);
    this.addSql(`drop index if exists "job_application_stage_changes_changed_by_id_index";`);
    this.addSql(`drop index if exists "job_applications_company_id_index";`);
    this.addSql(`drop index if exists "job_applications_grant_id_index";`);
    this.addSql(`drop index if exists "job_company_blocks_company_id_index";`);
    this.addSql(`drop index if exists "job_message_reports_company_id_index";`);
    this.addSql(`drop index if exists "job_message_reports_message_id_index";`);
    this.addSql(`drop index if exists "job_message_reports_opened_by_id_index";`);
    this.addSql(`drop index if exists "job_message_reports_reporter_id_index";`);
    this.addSql(`drop index if exists "job_message_reports_reviewed_by_id_index";`);
    this.addSql(`drop index if exists "policy_acceptances_version_id_index";`);
    this.addSql(`drop index if exists "policy_versions_created_by_id_index";`);
    this.addSql(`drop index if exists "processing_restrictions_request_id_index";`);
    this.addSql(`drop index if exists "retained_audio_turn_id_index";`);
    this.addSql(`drop index if exists "role_changes_actor_id_index";`);
    this.addSql(`drop index if exists "role_changes_subject_id_index";`);
    this.addSql(`drop index if exists "saved_jobs_posting_id_index";`);
  }

}
