import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ScheduledJobRunner, slotOf, type JobOutcome } from '../../platform/scheduling/scheduled-job-runner.service.js';
import { ORPHAN_AUDIO_MAX_AGE_MS } from '../../platform/ai/speech/audio-scratch.js';
import { InterviewsService } from './interviews.service.js';
import { VoiceAnswersService } from './voice-answers.service.js';

@Injectable()
export class InterviewJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('InterviewJobs');

  constructor(
    private readonly runner: ScheduledJobRunner,
    private readonly voice: VoiceAnswersService,
    private readonly interviews: InterviewsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Temporary audio older than this is an orphan (promise V3): longer than any transcription may
   * run, far below the 24-hour bound.
   */
  get orphanAgeMs(): number {
    return Math.max(ORPHAN_AUDIO_MAX_AGE_MS, 2 * (this.config.speech.provider === 'none' ? 0 : this.config.speech.timeoutMs));
  }

  /** A crash may have left audio behind: sweep before serving. */
  async onApplicationBootstrap(): Promise<void> {
    const removed = await this.sweepOrphanedAudio();
    if (removed > 0) this.logger.warn(`Removed ${removed} orphaned audio file(s) at start-up`);
  }

  /**
   * Every five minutes, on every instance: each has its own scratch directory, so this is not
   * claimed once across instances (sweeping a shared directory twice is harmless).
   */
  @Cron(CronExpression.EVERY_5_MINUTES, { name: 'interview.sweep-orphaned-audio' })
  sweepOrphanedAudio(): Promise<number> {
    return this.voice.sweepScratch(this.orphanAgeMs);
  }

  /** Hourly: recordings kept by opt-in are deleted at expiry (promise V4, at most 90 days). */
  @Cron(CronExpression.EVERY_HOUR, { name: 'interview.purge-expired-audio' })
  purgeExpiredAudio(now = new Date()): Promise<JobOutcome> {
    return this.runner.runOnce('interview.purge-expired-audio', slotOf(now, 60), async () => {
      const purged = await this.voice.purgeExpired(now);
      return `deleted ${purged} expired recordings`;
    });
  }

  /** Hourly: typed drafts are kept for a day at most (they only need to survive a reload). */
  @Cron(CronExpression.EVERY_HOUR, { name: 'interview.expire-drafts' })
  expireDrafts(now = new Date()): Promise<JobOutcome> {
    return this.runner.runOnce('interview.expire-drafts', slotOf(now, 60), async () => `deleted ${await this.interviews.expireDrafts(now)} expired drafts`);
  }
}
