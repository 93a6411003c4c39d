import { Injectable } from '@nestjs/common';
import { DashboardCard, type DashboardCardProvider, type FirstStep } from '../../platform/contracts/dashboard-card.js';
import type { AuthUser } from '../../platform/identity/current-user.js';
import { interviewRow } from './interview-row.js';
import { InterviewsService } from './interviews.service.js';

const SHOWN = 3;

/** The latest practice interviews, and the step "practise an interview". */
@Injectable()
@DashboardCard()
export class InterviewsDashboardCard implements DashboardCardProvider {
  readonly id = 'interviews';
  readonly title = 'Interview practice';
  readonly order = 30;
  readonly roles = ['job_seeker'] as const;
  readonly template = 'interview/cards/_interviews.njk';

  constructor(private readonly interviews: InterviewsService) {}

  async load(actor: AuthUser) {
    return { latest: (await this.interviews.list(actor.id)).slice(0, SHOWN).map(interviewRow) };
  }

  async firstStep(actor: AuthUser): Promise<FirstStep> {
    const completed = (await this.interviews.list(actor.id)).some((i) => i.status === 'completed');
    return {
      order: 4,
      title: 'Practise an interview',
      description: completed
        ? 'You have a scored practice interview; practise again before each real one.'
        : 'Answer by typing or by voice and get a report on each answer.',
      href: '/interviews',
      done: completed,
    };
  }
}
