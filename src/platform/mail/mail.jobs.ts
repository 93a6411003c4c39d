import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { ScheduledJobRunner, slotOf, type JobOutcome } from '../scheduling/scheduled-job-runner.service.js';
import { MailDelivery } from './mail-delivery.service.js';

/**
 * The delivery worker runs on every instance every ten seconds with no (job, slot) claim: the outbox
 * rows are claimed one by one with SKIP LOCKED, so instances share the work instead of taking turns,
 * and no claim row is written 8,640 times a day. The daily purge runs once across instances.
 */
@Injectable()
export class MailJobs {
  private readonly logger = new Logger('MailJobs');
  private delivering: Promise<void> | undefined;

  constructor(
    private readonly runner: ScheduledJobRunner,
    private readonly delivery: MailDelivery,
  ) {}

  @Cron(CronExpression.EVERY_10_SECONDS, { name: 'mail.deliver' })
  deliverDue(): Promise<void> {
    // A slow server may make one round outlast the interval: the next tick waits for it.
    this.delivering ??= this.delivery
      .deliverDue()
      .then((report) => {
        if (report.sent + report.retrying + report.failed > 0) this.logger.log(`sent ${report.sent}, retrying ${report.retrying}, failed ${report.failed}`);
      })
      .catch((error: unknown) => this.logger.error(`Mail delivery round failed: ${(error as Error).message}`, (error as Error).stack))
      .finally(() => (this.delivering = undefined));
    return this.delivering;
  }

  /** Daily: sent and failed messages go after the retention period (they hold addresses and content). */
  @Cron(CronExpression.EVERY_DAY_AT_4AM, { name: 'mail.purge-settled' })
  purgeSettled(now = new Date()): Promise<JobOutcome> {
    return this.runner.runOnce('mail.purge-settled', slotOf(now, 24 * 60), async () => {
      const purged = await this.delivery.purgeSettled(now);
      return `deleted ${purged} settled messages`;
    });
  }
}
