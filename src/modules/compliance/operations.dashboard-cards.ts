import { Injectable } from '@nestjs/common';
import { DashboardCard, type DashboardCardProvider } from '../../platform/contracts/dashboard-card.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { UsersService } from '../../platform/identity/users.service.js';
import { ROLES, type Role } from '../../platform/identity/user.entity.js';
import { ScheduledJobRunner } from '../../platform/scheduling/scheduled-job-runner.service.js';

const RECENT_RUNS = 8;
/** Shown as code on the card (a command is not translated). */
const GRANT_ROLE_COMMAND = 'npm run -s cli -- grant-role <email> <role>';

/** For administrators: how many accounts hold each role, and what the scheduled jobs did lately. */
@Injectable()
@DashboardCard()
export class AdminDashboardCard implements DashboardCardProvider {
  readonly id = 'admin-overview';
  readonly order = 10;
  readonly roles = ['admin'] as const;
  readonly template = 'compliance/cards/_admin.njk';
  readonly wide = true;

  constructor(
    private readonly users: UsersService,
    private readonly scheduler: ScheduledJobRunner,
  ) {}

  title(t: Translate): string {
    return t('compliance:cards.admin.title');
  }

  /** Roles and outcomes are enums and times are dates: the template translates and formats them. */
  async load() {
    const [counts, runs] = await Promise.all([this.users.countByRole(), this.scheduler.recentRuns(RECENT_RUNS)]);
    return {
      grantRoleCommand: GRANT_ROLE_COMMAND,
      roles: ROLES.map((role: Role) => ({ role, accounts: counts[role] })),
      runs: runs.map((run) => ({
        job: run.jobName,
        startedAt: run.startedAt,
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
  readonly order = 10;
  readonly roles = ['support'] as const;
  readonly template = 'compliance/cards/_support.njk';
  readonly wide = true;

  title(t: Translate): string {
    return t('compliance:cards.support.title');
  }

  load() {
    return Promise.resolve({});
  }
}
