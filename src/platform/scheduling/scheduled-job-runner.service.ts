import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
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

  constructor(private readonly em: EntityManager) {}

  async runOnce(jobName: string, slot: Date, work: (em: EntityManager) => Promise<string | void>): Promise<JobOutcome> {
    const em = this.em.fork();
    const claimed = await em.getConnection().execute<{ job_name: string }[]>(
      `insert into scheduled_job_runs (job_name, slot, instance_id, started_at) values (?, ?, ?, now())
       on conflict do nothing returning job_name`,
      [jobName, slot, this.instanceId],
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
  recentRuns(limit: number): Promise<ScheduledJobRun[]> {
    return this.em.fork().find(ScheduledJobRun, {}, { orderBy: { startedAt: 'desc' }, limit });
  }
}

/** The start of the slot containing `now`, for slots of `minutes` length. */
export function slotOf(now: Date, minutes: number): Date {
  const ms = minutes * 60_000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}
