import { Injectable } from '@nestjs/common';
import { DashboardCard, type DashboardCardProvider } from '../../platform/contracts/dashboard-card.js';

/** For employers, before the jobs module exists: what they will see, and what they never will. */
@Injectable()
@DashboardCard()
export class EmployerDashboardCard implements DashboardCardProvider {
  readonly id = 'employer-applicants';
  readonly title = 'Applicants';
  readonly order = 10;
  readonly roles = ['employer'] as const;
  readonly template = 'jobs/cards/_employer.njk';
  readonly wide = true;

  load() {
    return Promise.resolve({});
  }
}
