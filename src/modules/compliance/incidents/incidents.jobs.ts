import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock } from '../../../platform/scheduling/clock.js';
import { ScheduledJobRunner, slotOf, type JobOutcome } from '../../../platform/scheduling/scheduled-job-runner.service.js';
import { IncidentsService } from './incidents.service.js';

/** Every five minutes, once across instances: breach notices owed, and escalations when they are late (H2). */
@Injectable()
export class IncidentsJobs {
  constructor(
    private readonly runner: ScheduledJobRunner,
    private readonly incidents: IncidentsService,
    private readonly clock: Clock,
  ) {}

  @Cron('*/5 * * * *', { name: 'compliance.incident-notices' })
  sendIncidentNotices(): Promise<JobOutcome> {
    return this.runner.runOnce('compliance.incident-notices', slotOf(this.clock.now(), 5), async () => {
      const round = await this.incidents.sendDueNotices();
      return `queued ${round.queued} notices, ${round.escalations} escalations`;
    });
  }
}
