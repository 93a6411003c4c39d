import { afterAll, beforeAll, expect, it } from 'vitest';
import { AccountsJobs } from '../../src/modules/accounts/accounts.jobs.js';
import { ScheduledJobRunner } from '../../src/platform/scheduling/scheduled-job-runner.service.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../helpers/test-app.js';

let db: TestDatabase;
let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  db = await createTestDatabase();
  // Two instances of the app sharing one database, as in a scaled-out deployment.
  first = await startTestApp(db.url);
  second = await startTestApp(db.url);
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await db?.drop();
});

async function plantDeadSession(): Promise<void> {
  const [user] = await db.query<{ id: string }>(
    `insert into users (id, provider, provider_subject, email, display_name, created_at, updated_at)
     values (gen_random_uuid(), 'dev', gen_random_uuid()::text, 'sched@example.com', 'Sched', now(), now())
     on conflict (provider, provider_subject) do nothing returning id`,
  );
  await db.query(
    `insert into sessions (id, user_id, created_at, absolute_expires_at, last_seen_at, revoked_at)
     values (gen_random_uuid(), $1, now() - interval '3 days', now() + interval '1 day', now() - interval '2 days', now())`,
    [user!.id],
  );
}

it('runs a job once per slot even when every instance fires it at the same moment', async () => {
  await plantDeadSession();
  const now = new Date();
  const outcomes = await Promise.all([
    first.app.get(AccountsJobs).purgeDeadSessions(now),
    second.app.get(AccountsJobs).purgeDeadSessions(now),
    first.app.get(AccountsJobs).purgeDeadSessions(now),
    second.app.get(AccountsJobs).purgeDeadSessions(now),
  ]);
  expect(outcomes.filter((o) => o === 'ran')).toHaveLength(1);
  expect(outcomes.filter((o) => o === 'skipped')).toHaveLength(3);
  const runs = await db.query<{ job_name: string; outcome: string }>(`select job_name, outcome from scheduled_job_runs`);
  expect(runs).toEqual([{ job_name: 'accounts.purge-dead-sessions', outcome: 'ok' }]);
  expect(await db.query(`select 1 from sessions`)).toHaveLength(0);
});

it('runs again in the next slot', async () => {
  const nextHour = new Date(Date.now() + 3_600_000);
  expect(await second.app.get(AccountsJobs).purgeDeadSessions(nextHour)).toBe('ran');
  expect(await first.app.get(AccountsJobs).purgeDeadSessions(nextHour)).toBe('skipped');
});

it('records a failing job as failed without crashing the instance', async () => {
  const slot = new Date('2030-01-01T00:00:00Z');
  const outcome = await first.app.get(ScheduledJobRunner).runOnce('test.failing', slot, async () => {
    throw new Error('boom');
  });
  expect(outcome).toBe('ran');
  const [run] = await db.query<{ outcome: string; finished_at: Date }>(`select outcome, finished_at from scheduled_job_runs where job_name = 'test.failing'`);
  expect(run).toMatchObject({ outcome: 'failed' });
  expect(run!.finished_at).toBeInstanceOf(Date);
});
