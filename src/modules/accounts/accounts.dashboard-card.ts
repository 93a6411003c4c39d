import { Injectable } from '@nestjs/common';
import { DashboardCard, type DashboardCardProvider, type FirstStep } from '../../platform/contracts/dashboard-card.js';
import type { AuthUser } from '../../platform/identity/current-user.js';
import type { Seniority, User, WorkMode } from '../../platform/identity/user.entity.js';
import { UsersService } from '../../platform/identity/users.service.js';
import { listInWords } from '../../platform/web/list-in-words.js';
import { SENIORITY_LABELS, WORK_MODE_LABELS } from './job-preferences.labels.js';

export interface GoalsCardModel {
  roles: string[];
  locations: string[];
  workMode: string;
  /** Null until chosen ("Not set yet"). */
  seniority: string | null;
}

/** The person's goals (job preferences) and the first step of all: setting them (what is missing is said there). */
@Injectable()
@DashboardCard()
export class GoalsDashboardCard implements DashboardCardProvider<GoalsCardModel> {
  readonly id = 'goals';
  readonly title = 'Your goals';
  readonly order = 40;
  readonly roles = ['job_seeker'] as const;
  readonly template = 'accounts/cards/_goals.njk';

  constructor(private readonly users: UsersService) {}

  async load(actor: AuthUser): Promise<GoalsCardModel> {
    const user = await this.users.get(actor.id);
    return {
      roles: user.targetRoles,
      locations: user.locations,
      workMode: WORK_MODE_LABELS[user.workMode as WorkMode],
      seniority: user.seniority === 'unspecified' ? null : SENIORITY_LABELS[user.seniority as Seniority],
    };
  }

  async firstStep(actor: AuthUser): Promise<FirstStep> {
    const missing = missingGoals(await this.users.get(actor.id));
    return {
      order: 1,
      title: 'Set your goals',
      description: missing.length
        ? `Tell us ${listInWords(missing)}, so analyses and interview practice fit the jobs you want.`
        : 'Your roles, places and seniority are saved; change them any time.',
      href: '/profile',
      done: missing.length === 0,
    };
  }
}

function missingGoals(user: User): string[] {
  const missing: string[] = [];
  if (user.targetRoles.length === 0) missing.push('the roles you are aiming for');
  if (user.locations.length === 0) missing.push('where you want to work');
  if (user.seniority === 'unspecified') missing.push('your seniority');
  return missing;
}
