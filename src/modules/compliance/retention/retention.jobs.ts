import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock } from '../../../platform/scheduling/clock.js';
import { ScheduledJobRunner, slotOf, type JobOutcome } from '../../../platform/scheduling/scheduled-job-runner.service.js';
import { RetentionService } from './retention.service.js';

/** Daily, once across instances (the run record is the claim, and the admins' list of runs): R4. */
@Injectable()
export class RetentionJobs {
  constructor(
    private readonly runner: ScheduledJobRunner,
    private readonly retention: RetentionService,
    private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_DAY_AT_2AM, { name: 'compliance.retention' })
  applyRetention(): Promise<JobOutcome> {
    return this.runner.runOnce('compliance.retention', slotOf(this.clock.now(), 24 * 60), async () => {
      const round = await this.retention.run();
      return `warned ${round.warned14} (14 days) and ${round.warned3} (3 days); deleted the documents of ${round.purgedPeople} accounts (${round.purgedDocuments})`;
    });
  }
}
