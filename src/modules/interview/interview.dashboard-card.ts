import { Injectable } from '@nestjs/common';
import { DashboardCard, PerDashboard, type CardLanguage, type DashboardCardProvider, type FirstStep } from '../../platform/contracts/dashboard-card.js';
import type { Translate } from '../../platform/i18n/translator.js';
import type { AuthUser } from '../../platform/identity/current-user.js';
import { interviewRow } from './interview-row.js';
import { InterviewsService } from './interviews.service.js';

const SHOWN = 3;

/** The latest practice interviews, and the step "practise an interview". */
@Injectable()
@DashboardCard()
export class InterviewsDashboardCard implements DashboardCardProvider {
  readonly id = 'interviews';
  readonly order = 30;
  readonly roles = ['job_seeker'] as const;
  readonly template = 'interview/cards/_interviews.njk';
  readonly ownDataOnly = true;

  /** The card and the first step read the same statement: once per dashboard. */
  private readonly latest = new PerDashboard((actor) => this.interviews.latest(actor.id, SHOWN));

  constructor(private readonly interviews: InterviewsService) {}

  title(t: Translate): string {
    return t('interview:cards.title');
  }

  async load(actor: AuthUser) {
    return { latest: (await this.latest.for(actor)).latest.map(interviewRow) };
  }

  async firstStep(actor: AuthUser, { t }: CardLanguage): Promise<FirstStep> {
    const completed = (await this.latest.for(actor)).anyCompleted;
    return {
      order: 4,
      title: t('interview:cards.step.title'),
      description: completed
        ? t('interview:cards.step.done')
        : t('interview:cards.step.todo'),
      href: '/interviews',
      done: completed,
    };
  }
}
