import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { ScheduledJobRunner, slotOf, type JobOutcome } from '../../platform/scheduling/scheduled-job-runner.service.js';
import { DataRightsService } from './data-rights.service.js';

@Injectable()
export class ComplianceJobs {
  constructor(
    private readonly runner: ScheduledJobRunner,
    private readonly dataRights: DataRightsService,
  ) {}

  /** Daily: destroy the fraud-prevention hashes of accounts deleted more than six months ago (R2). */
  @Cron(CronExpression.EVERY_DAY_AT_3AM, { name: 'compliance.destroy-expired-erasure-records' })
  destroyExpiredErasureRecords(now = new Date()): Promise<JobOutcome> {
    return this.runner.runOnce('compliance.destroy-expired-erasure-records', slotOf(now, 24 * 60), async () => {
      const destroyed = await this.dataRights.destroyExpiredErasureRecords(now);
      return `destroyed ${destroyed} records`;
    });
  }
}
