import { Injectable } from '@nestjs/common';
import { DashboardCard, type CardLanguage, type DashboardCardProvider, type FirstStep } from '../../platform/contracts/dashboard-card.js';
import type { Translate } from '../../platform/i18n/translator.js';
import type { AuthUser } from '../../platform/identity/current-user.js';
import type { Seniority, User, WorkMode } from '../../platform/identity/user.entity.js';
import { UsersService } from '../../platform/identity/users.service.js';
import { listInWords } from '../../platform/web/list-in-words.js';

export interface GoalsCardModel {
  roles: string[];
  locations: string[];
  /** Translated by the template (`accounts:workMode.*`). */
  workMode: WorkMode;
  /** Null until chosen ("Not set yet"); translated by the template (`accounts:seniority.*`). */
  seniority: Seniority | null;
}

/** The person's goals (job preferences) and the first step of all: setting them (what is missing is said there). */
@Injectable()
@DashboardCard()
export class GoalsDashboardCard implements DashboardCardProvider<GoalsCardModel> {
  readonly id = 'goals';
  readonly order = 40;
  readonly roles = ['job_seeker'] as const;
  readonly template = 'accounts/cards/_goals.njk';
  readonly ownDataOnly = true;

  constructor(private readonly users: UsersService) {}

  title(t: Translate): string {
    return t('accounts:cards.goals.title');
  }

  async load(actor: AuthUser): Promise<GoalsCardModel> {
    const user = await this.users.get(actor.id);
    return {
      roles: user.targetRoles,
      locations: user.locations,
      workMode: user.workMode as WorkMode,
      seniority: user.seniority === 'unspecified' ? null : (user.seniority as Seniority),
    };
  }

  async firstStep(actor: AuthUser, { t, locale }: CardLanguage): Promise<FirstStep> {
    const missing = missingGoals(await this.users.get(actor.id), t);
    return {
      order: 1,
      title: t('accounts:cards.step.title'),
      description: missing.length
        ? t('accounts:cards.step.missing', { missing: listInWords(missing, locale) })
        : t('accounts:cards.step.done'),
      href: '/profile',
      done: missing.length === 0,
    };
  }
}

function missingGoals(user: User, t: Translate): string[] {
  const missing: string[] = [];
  if (user.targetRoles.length === 0) missing.push(t('accounts:cards.step.missingRoles'));
  if (user.locations.length === 0) missing.push(t('accounts:cards.step.missingLocations'));
  if (user.seniority === 'unspecified') missing.push(t('accounts:cards.step.missingSeniority'));
  return missing;
}
