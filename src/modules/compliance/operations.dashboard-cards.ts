import { Injectable } from '@nestjs/common';
import { DashboardCard, type DashboardCardProvider } from '../../platform/contracts/dashboard-card.js';
import { UsersService } from '../../platform/identity/users.service.js';
import { ROLES, type Role } from '../../platform/identity/user.entity.js';
import { ScheduledJobRunner } from '../../platform/scheduling/scheduled-job-runner.service.js';

const ROLE_LABELS: Record<Role, string> = {
  job_seeker: 'Job seekers',
  employer: 'Employers',
  support: 'Support staff',
  admin: 'Administrators',
};

const RECENT_RUNS = 8;

const when = (d: Date) => d.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/** For administrators: how many accounts hold each role, and what the scheduled jobs did lately. */
@Injectable()
@DashboardCard()
export class AdminDashboardCard implements DashboardCardProvider {
  readonly id = 'admin-overview';
  readonly title = 'Operations';
  readonly order = 10;
  readonly roles = ['admin'] as const;
  readonly template = 'compliance/cards/_admin.njk';
  readonly wide = true;

  constructor(
    private readonly users: UsersService,
    private readonly scheduler: ScheduledJobRunner,
  ) {}

  async load() {
    const [counts, runs] = await Promise.all([this.users.countByRole(), this.scheduler.recentRuns(RECENT_RUNS)]);
    return {
      roles: ROLES.map((role) => ({ label: ROLE_LABELS[role], accounts: counts[role] })),
      runs: runs.map((run) => ({
        job: run.jobName,
        startedAt: when(run.startedAt),
        startedAtIso: run.startedAt.toISOString(),
        seconds: run.finishedAt ? Math.max(0, Math.round((run.finishedAt.getTime() - run.startedAt.getTime()) / 100) / 10) : null,
        outcome: run.outcome ?? 'running',
      })),
    };
  }
}

/** For support staff: where data requests will be worked, and the rule every such look follows. */
@Injectable()
@DashboardCard()
export class SupportDashboardCard implements DashboardCardProvider {
  readonly id = 'support-desk';
  readonly title = 'Data requests';
  readonly order = 10;
  readonly roles = ['support'] as const;
  readonly template = 'compliance/cards/_support.njk';
  readonly wide = true;

  load() {
    return Promise.resolve({});
  }
}
