import { PassThrough, Readable } from 'node:stream';
import { CronExpression } from '@nestjs/schedule';
import { expect, it } from 'vitest';
import { readAll } from '../../src/cli/cli-command.js';
import { listJobsCommand, runJobCommand } from '../../src/cli/scheduled-jobs.command.js';
import { DataRequestsJobs } from '../../src/modules/compliance/requests/data-requests.jobs.js';
import type { CliCommand } from '../../src/cli/cli-command.js';
import { useTestApp } from '../helpers/test-app.js';

const ctx = useTestApp();

async function run(command: CliCommand, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const code = await command.run(args, { stdin: Readable.from([]), stdout, stderr }, ctx.t.app);
  stdout.end();
  stderr.end();
  return { code, stdout: await readAll(stdout), stderr: await readAll(stderr) };
}

it('lists every @Cron job of every module with its schedule and last run (list-jobs)', async () => {
  await ctx.t.app.get(DataRequestsJobs).purgeUnverified(new Date('2026-01-01T10:30:00Z'));
  const { code, stdout } = await run(listJobsCommand, []);
  expect(code).toBe(0);
  const lines = stdout.trim().split('\n').map((line) => line.split('\t'));
  const names = lines.map(([name]) => name);
  // Found from the decorators (a rename of @nestjs/schedule's metadata key would empty this list).
  for (const job of ['accounts.purge-dead-sessions', 'compliance.destroy-expired-erasure-records', 'compliance.purge-unverified-requests', 'interview.purge-expired-audio', 'interview.sweep-orphaned-audio', 'mail.deliver', 'mail.purge-settled']) {
    expect(names).toContain(job);
  }
  expect(lines.find(([name]) => name === 'compliance.purge-unverified-requests')).toEqual(['compliance.purge-unverified-requests', CronExpression.EVERY_HOUR, expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), 'ok']);
  expect(lines.find(([name]) => name === 'mail.purge-settled')!.slice(2)).toEqual(['-', '-']);
});

it('runs a job once now even when its scheduled slot has already run (run-job), and records the run', async () => {
  const now = new Date();
  // This hour's slot is taken, as if an app instance had just run it.
  expect(await ctx.t.app.get(DataRequestsJobs).purgeUnverified(now)).toBe('ran');
  expect(await ctx.t.app.get(DataRequestsJobs).purgeUnverified(now)).toBe('skipped');
  await ctx.db.query(
    `insert into data_requests (id, type, status, requester_email, locale, due_at, created_at) values
       (gen_random_uuid(), 'access', 'identity_unverified', 'stale@example.org', 'en', now(), now() - interval '2 days'),
       (gen_random_uuid(), 'access', 'identity_unverified', 'fresh@example.org', 'en', now(), now())`,
  );

  const result = await run(runJobCommand, ['compliance.purge-unverified-requests']);
  expect(result).toEqual({ code: 0, stdout: '', stderr: 'compliance.purge-unverified-requests ran.\n' });
  expect(await ctx.db.query('select requester_email from data_requests')).toEqual([{ requester_email: 'fresh@example.org' }]);
  const runs = await ctx.db.query<{ instance_id: string; outcome: string }>(
    `select instance_id, outcome from scheduled_job_runs where job_name = 'compliance.purge-unverified-requests' and slot > now() - interval '2 hours' order by started_at`,
  );
  expect(runs.map((r) => r.outcome)).toEqual(['ok', 'ok']);
  expect(runs[1]!.instance_id).toMatch(/^manual:/);
});

it('refuses an unknown job by name', async () => {
  const result = await run(runJobCommand, ['no.such-job']);
  expect(result.code).toBe(64);
  expect(result.stderr).toContain('No scheduled job is named no.such-job');
  await expect(run(runJobCommand, [])).rejects.toThrow('run-job <name>');
});
