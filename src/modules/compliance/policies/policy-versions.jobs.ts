import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock } from '../../../platform/scheduling/clock.js';
import { ScheduledJobRunner, slotOf, type JobOutcome } from '../../../platform/scheduling/scheduled-job-runner.service.js';
import { PolicyVersionsService } from './policy-versions.service.js';

/** Every hour, once across instances: policy versions announced when scheduled and again when in effect (P1). */
@Injectable()
export class PolicyVersionsJobs {
  constructor(
    private readonly runner: ScheduledJobRunner,
    private readonly policies: PolicyVersionsService,
    private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_HOUR, { name: 'compliance.policy-notices' })
  sendPolicyNotices(): Promise<JobOutcome> {
    return this.runner.runOnce('compliance.policy-notices', slotOf(this.clock.now(), 60), async () => {
      const round = await this.policies.sendDueNotices();
      return `queued ${round.announced} announcements and ${round.inEffect} in-effect notices`;
    });
  }
}
