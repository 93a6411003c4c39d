import { Injectable } from '@nestjs/common';
import { DashboardCard, type DashboardCardProvider } from '../../platform/contracts/dashboard-card.js';
import type { Translate } from '../../platform/i18n/translator.js';

/** For employers, before the jobs module exists: what they will see, and what they never will. */
@Injectable()
@DashboardCard()
export class EmployerDashboardCard implements DashboardCardProvider {
  readonly id = 'employer-applicants';
  readonly order = 10;
  readonly roles = ['employer'] as const;
  readonly template = 'jobs/cards/_employer.njk';
  readonly ownDataOnly = true;
  readonly wide = true;

  title(t: Translate): string {
    return t('jobs:cards.employer.title');
  }

  load() {
    return Promise.resolve({});
  }
}
