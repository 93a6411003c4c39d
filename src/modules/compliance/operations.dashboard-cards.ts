import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { DashboardCard, type DashboardCardProvider } from '../../platform/contracts/dashboard-card.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { UsersService } from '../../platform/identity/users.service.js';
import { ROLES, type Role } from '../../platform/identity/user.entity.js';
import { ScheduledJobRunner } from '../../platform/scheduling/scheduled-job-runner.service.js';
import { OPEN_STATUSES } from './requests/data-request.entity.js';

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

/**
 * For support staff: what is waiting — open data requests (and how many are past their due date) and
 * tickets that wait for an answer — with links to both queues, and the rule every look follows. Counts
 * only: nothing about any person shows before a case is opened.
 */
@Injectable()
@DashboardCard()
export class SupportDashboardCard implements DashboardCardProvider {
  readonly id = 'support-desk';
  readonly order = 10;
  readonly roles = ['support'] as const;
  readonly template = 'compliance/cards/_support.njk';
  readonly wide = true;

  constructor(private readonly em: EntityManager) {}

  title(t: Translate): string {
    return t('compliance:cards.support.title');
  }

  async load() {
    const open = OPEN_STATUSES.map(() => '?').join(', ');
    const [row] = await this.em.getConnection().execute<{ requests: string; overdue: string; tickets: string }[]>(
      `select (select count(*) from data_requests where status in (${open})) as requests,
              (select count(*) from data_requests where status in (${open}) and due_at < now()) as overdue,
              (select count(*) from support_tickets where status = 'open') as tickets`,
      [...OPEN_STATUSES, ...OPEN_STATUSES],
    );
    return { openRequests: Number(row?.requests ?? 0), overdueRequests: Number(row?.overdue ?? 0), ticketsWaiting: Number(row?.tickets ?? 0) };
  }
}
