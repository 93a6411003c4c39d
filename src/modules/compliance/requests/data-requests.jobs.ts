import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { ScheduledJobRunner, slotOf, type JobOutcome } from '../../../platform/scheduling/scheduled-job-runner.service.js';
import { DataRequestsRepository } from './data-requests.repository.js';

/** Public-form requests whose address was never proven are kept a day at most (they hold an address and words). */
export const UNVERIFIED_REQUEST_TTL_MS = 24 * 3_600_000;

@Injectable()
export class DataRequestsJobs {
  constructor(
    private readonly runner: ScheduledJobRunner,
    private readonly requests: DataRequestsRepository,
  ) {}

  /** Hourly: forget requests from the public form that never got their code back. */
  @Cron(CronExpression.EVERY_HOUR, { name: 'compliance.purge-unverified-requests' })
  purgeUnverified(now = new Date()): Promise<JobOutcome> {
    return this.runner.runOnce('compliance.purge-unverified-requests', slotOf(now, 60), async () => {
      const removed = await this.requests.deleteUnverifiedBefore(new Date(now.getTime() - UNVERIFIED_REQUEST_TTL_MS));
      return `removed ${removed} unverified requests`;
    });
  }
}
