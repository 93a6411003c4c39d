import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { ScheduledJobRunner, slotOf, type JobOutcome } from '../../platform/scheduling/scheduled-job-runner.service.js';
import { SessionsService } from '../../platform/identity/sessions.service.js';

@Injectable()
export class AccountsJobs {
  constructor(
    private readonly runner: ScheduledJobRunner,
    private readonly sessions: SessionsService,
  ) {}

  /** Hourly: delete sessions that can never be used again. */
  @Cron(CronExpression.EVERY_HOUR, { name: 'accounts.purge-dead-sessions' })
  purgeDeadSessions(now = new Date()): Promise<JobOutcome> {
    return this.runner.runOnce('accounts.purge-dead-sessions', slotOf(now, 60), async () => {
      const removed = await this.sessions.purgeDead(now);
      return `removed ${removed} sessions`;
    });
  }
}
