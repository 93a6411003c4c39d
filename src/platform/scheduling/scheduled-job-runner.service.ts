import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { ScheduledJobRun } from './scheduled-job-run.entity.js';

export type JobOutcome = 'ran' | 'skipped';

/**
 * Runs a scheduled job at most once per time slot across every app instance sharing the database.
 * The claim is an INSERT … ON CONFLICT DO NOTHING on (job, slot): exactly one instance wins it, even
 * if another instance's clock fires a little later. Each run gets its own EntityManager fork, since
 * cron handlers run outside any request.
 */
@Injectable()
export class ScheduledJobRunner {
  private readonly logger = new Logger('Scheduler');
  readonly instanceId = randomUUID();
  /** Set while an operator runs a job by hand: the run gets a slot of its own instead of the schedule's. */
  private readonly manual = new AsyncLocalStorage<true>();

  constructor(private readonly em: EntityManager) {}

  /**
   * Runs `work` (a job's method) as an operator's one-off run (`npm run cli -- run-job`): it does not
   * take, or wait for, the scheduled slot, and is recorded as a run of its own.
   */
  runManually<T>(work: () => Promise<T>): Promise<T> {
    return this.manual.run(true, work);
  }

  async runOnce(jobName: string, scheduledSlot: Date, work: (em: EntityManager) => Promise<string | void>): Promise<JobOutcome> {
    const em = this.em.fork();
    const manual = this.manual.getStore() === true;
    const slot = manual ? new Date() : scheduledSlot;
    const claimed = await em.getConnection().execute<{ job_name: string }[]>(
      `insert into scheduled_job_runs (job_name, slot, instance_id, started_at) values (?, ?, ?, now())
       on conflict do nothing returning job_name`,
      [jobName, slot, manual ? `manual:${this.instanceId}`.slice(0, 64) : this.instanceId],
    );
    if (claimed.length === 0) return 'skipped';
    let outcome = 'ok';
    try {
      const summary = await work(em.fork());
      if (summary) this.logger.log(`${jobName}: ${summary}`);
    } catch (error) {
      outcome = 'failed';
      this.logger.error(`${jobName} failed: ${(error as Error).message}`, (error as Error).stack);
    } finally {
      await em.nativeUpdate(ScheduledJobRun, { jobName, slot }, { finishedAt: new Date(), outcome });
    }
    return 'ran';
  }

  /** The latest runs of every job, newest first, for operators (the admin's dashboard card). */
  recentRuns(limit: number, jobName?: string): Promise<ScheduledJobRun[]> {
    return this.em.fork().find(ScheduledJobRun, jobName ? { jobName } : {}, { orderBy: { startedAt: 'desc' }, limit });
  }

  /** The latest run of each job that has run. */
  async lastRuns(): Promise<Map<string, { startedAt: Date; finishedAt: Date | null; outcome: string | null }>> {
    const rows = await this.em
      .fork()
      .getConnection()
      .execute<{ job_name: string; started_at: Date; finished_at: Date | null; outcome: string | null }[]>(
        'select distinct on (job_name) job_name, started_at, finished_at, outcome from scheduled_job_runs order by job_name, started_at desc',
      );
    return new Map(rows.map((r) => [r.job_name, { startedAt: new Date(r.started_at), finishedAt: r.finished_at ? new Date(r.finished_at) : null, outcome: r.outcome }]));
  }
}

/** The start of the slot containing `now`, for slots of `minutes` length. */
export function slotOf(now: Date, minutes: number): Date {
  const ms = minutes * 60_000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}
