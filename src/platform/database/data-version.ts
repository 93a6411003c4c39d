/**
 * A person's data version (issue #18): `users.data_version`, bumped by PostgreSQL in the same
 * transaction as any write to that person's rows, and read by the session lookup every signed-in
 * request already makes. A page's view model cached under (person, data version, …) is therefore
 * never stale on any app instance: a write anywhere commits a new version, and the next request on
 * every instance asks for another key. No instance has to be told.
 *
 * Every table of the public schema is either kept by the bump triggers (`dataVersionTriggersSql`,
 * added by migrations) or listed in `TABLES_WITHOUT_DATA_VERSION` with the reason; a test reads the
 * catalog, so a new table cannot be forgotten (test/integration/data-version.spec.ts).
 */

/** How a table's rows name their person: an owner column, or a column pointing at a row that has one. */
export type DataOwner = { column: string } | { via: string; parentTable: string; parentColumn: string };

/**
 * Tables whose writes leave every cached page as it is, and why. Anything else must carry the
 * triggers: a table belongs here only when no person's page can show what it holds.
 */
export const TABLES_WITHOUT_DATA_VERSION: Readonly<Record<string, string>> = {
  users: 'the person row itself: its own row trigger bumps the version when anything but activity changes',
  sessions: 'sign-in state, renewed as people browse; pages show none of it (sign-out revokes the row the session lookup reads)',
  user_keys: 'wrapped data keys; destroying one is announced by NOTIFY, which empties the page cache (DataKeyInvalidation)',
  mail_outbox: 'mail waiting to be sent, retried by the sender; no page shows it',
  rate_limit_counter: 'shared rate-limit counters, keyed by hashed client or person; no page shows them',
  scheduled_job_runs: 'which scheduled job ran when; not a person\'s data',
  mikro_orm_migrations: 'schema history',
  erased_accounts: 'proof of erasure for an account that no longer exists',
  companies: 'an employer\'s company, shared by its members; no job seeker\'s page reads it',
  company_invitations: 'invitations to a company; the inviter is an actor, not the owner',
  job_postings: 'public job postings, not one person\'s data',
  job_application_notes: 'an employer\'s private notes on an application; the applicant never sees them',
  job_message_reports: 'staff review of reported messages',
  policy_versions: 'the published policies, the same for everyone (the person\'s notices and acceptances are kept)',
  breach_incidents: 'an incident as staff record it; the people it concerns are kept (breach_incident_people)',
  breach_incident_events: 'staff\'s history of an incident',
  breach_incident_updates: 'staff\'s updates to an incident',
};

/** The triggers that keep one table's writes bumping its people's data versions (for a migration). */
export function dataVersionTriggersSql(table: string, owner: DataOwner): string[] {
  const args = 'column' in owner ? `'${owner.column}'` : `'${owner.via}', '${owner.parentTable}', '${owner.parentColumn}'`;
  return [
    `create trigger "${table}_data_version_insert" after insert on "${table}" referencing new table as new_rows for each statement execute function candor_bump_data_version(${args});`,
    `create trigger "${table}_data_version_update" after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function candor_bump_data_version(${args});`,
    `create trigger "${table}_data_version_delete" after delete on "${table}" referencing old table as old_rows for each statement execute function candor_bump_data_version(${args});`,
  ];
}

export function dropDataVersionTriggersSql(table: string): string[] {
  return ['insert', 'update', 'delete'].map((event) => `drop trigger if exists "${table}_data_version_${event}" on "${table}";`);
}
