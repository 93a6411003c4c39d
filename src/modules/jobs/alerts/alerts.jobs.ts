import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock } from '../../../platform/scheduling/clock.js';
import { ScheduledJobRunner, slotOf, type JobOutcome } from '../../../platform/scheduling/scheduled-job-runner.service.js';
import { SavedSearchesService } from './saved-searches.service.js';

/** Every hour, once across instances: new postings matching each saved search, mailed to its owner. */
@Injectable()
export class AlertsJobs {
  constructor(
    private readonly runner: ScheduledJobRunner,
    private readonly savedSearches: SavedSearchesService,
    private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_HOUR, { name: 'jobs.saved-search-alerts' })
  sendSavedSearchAlerts(): Promise<JobOutcome> {
    return this.runner.runOnce('jobs.saved-search-alerts', slotOf(this.clock.now(), 60), async () => {
      const round = await this.savedSearches.sendAlerts();
      return `mailed ${round.mailed} alerts naming ${round.postings} postings; ${round.restricted} searches stopped by a restriction`;
    });
  }
}
