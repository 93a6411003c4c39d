import { JobsNotFoundError } from './jobs.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is "not found", like a missing one (and never reaches Postgres as a cast error). */
export function requireUuid(id: string): string {
  if (!UUID.test(id)) throw new JobsNotFoundError();
  return id;
}
