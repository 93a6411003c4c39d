import { Body, Controller, Get, Logger, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { ACCESS_BASES, type AccessBasis } from '../../../platform/access/access-grant-source.js';
import { AccessLogRepository } from '../../../platform/access/access-log.repository.js';
import { CurrentUser, type AuthUser } from '../../../platform/identity/current-user.js';
import { Roles } from '../../../platform/identity/roles.decorator.js';
import { ROLES, type Role } from '../../../platform/identity/user.entity.js';
import { UsersService } from '../../../platform/identity/users.service.js';
import type { Translate } from '../../../platform/i18n/translator.js';
import { ScheduledJobRunner } from '../../../platform/scheduling/scheduled-job-runner.service.js';
import { ScheduledJobs } from '../../../platform/scheduling/scheduled-jobs.js';
import { setFlash } from '../../../platform/web/flash.js';
import { fieldErrors } from '../../../platform/web/form-errors.js';
import { seeOther } from '../../../platform/web/htmx.js';
import { maskEmail } from '../requests/requests-view.js';

const LOG_PAGE_SIZE = 50;
/** Shown as code (a command is not translated). */
const RUN_JOB_COMMAND = 'npm run -s cli -- run-job <name>';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Administrators' pages: grant and revoke roles (until now a CLI command), the scheduled jobs and
 * their runs, and the access log with filters (promise H1: admins review every staff look).
 */
@Roles('admin')
@Controller('admin')
export class AdminController {
  private readonly logger = new Logger('Admin');

  constructor(
    private readonly users: UsersService,
    private readonly jobs: ScheduledJobs,
    private readonly runner: ScheduledJobRunner,
    private readonly accessLog: AccessLogRepository,
  ) {}

  @Get()
  index(@Res() res: Response): void {
    seeOther(res, '/admin/roles');
  }

  @Get('roles')
  async roles(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    await this.renderRoles(me, res, 200, { email: '', role: 'support' }, {});
  }

  @Post('roles')
  async grant(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const parsed = z
      .object({ email: z.string().trim().max(320).pipe(z.email(t('admin:roles.errors.email'))), role: z.enum(ROLES, { error: t('admin:roles.errors.role') }) })
      .safeParse(body);
    const values = { email: typeof body.email === 'string' ? body.email : '', role: typeof body.role === 'string' ? body.role : '' };
    if (!parsed.success) return this.renderRoles(me, res, 422, values, fieldErrors(parsed.error));
    if (parsed.data.email.toLowerCase() === me.email.toLowerCase()) return this.renderRoles(me, res, 422, values, { email: t('admin:roles.errors.self') });
    const changed = await this.users.grantRole(parsed.data.email, parsed.data.role, { actorId: me.id, via: 'admin' });
    if (changed === 0) return this.renderRoles(me, res, 422, values, { email: t('admin:roles.errors.noAccount') });
    this.logger.log(`Administrator ${me.id} set a role to ${parsed.data.role} for ${changed} account(s)`);
    setFlash(res, 'success', t('admin:roles.flash.granted', { role: t(`admin:roles.names.${parsed.data.role}`) }));
    seeOther(res, '/admin/roles');
  }

  /** Back to the default role. An administrator cannot revoke their own role (someone must be left to grant it). */
  @Post('roles/:userId/revoke')
  async revoke(@CurrentUser() me: AuthUser, @Param('userId') userId: string, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    if (!UUID.test(userId) || userId === me.id) return this.renderRoles(me, res, 422, { email: '', role: 'support' }, { revoke: t('admin:roles.errors.self') });
    await this.users.setRole(userId, 'job_seeker', { actorId: me.id, via: 'admin' });
    this.logger.log(`Administrator ${me.id} revoked the role of account ${userId}`);
    setFlash(res, 'success', t('admin:roles.flash.revoked'));
    seeOther(res, '/admin/roles');
  }

  @Get('jobs')
  async jobsPage(@Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const [jobs, runs] = await Promise.all([this.jobs.list(), this.runner.recentRuns(50)]);
    res.render('compliance/admin/jobs.njk', {
      title: t('admin:jobs.title'),
      runJobCommand: RUN_JOB_COMMAND,
      jobs,
      runs: runs.map((r) => ({ job: r.jobName, startedAt: r.startedAt, finishedAt: r.finishedAt ?? null, outcome: r.outcome ?? 'running', manual: r.instanceId.startsWith('manual:') })),
    });
  }

  @Get('access-log')
  async accessLogPage(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
    const filters = {
      role: (ROLES as readonly string[]).includes(text(query.role)) ? text(query.role) : '',
      basis: (ACCESS_BASES as readonly string[]).includes(text(query.basis)) ? text(query.basis) : '',
      reference: text(query.reference).slice(0, 100),
      from: DAY.test(text(query.from)) ? text(query.from) : '',
      to: DAY.test(text(query.to)) ? text(query.to) : '',
    };
    const page = Math.max(1, Math.min(1000, Number.parseInt(text(query.page), 10) || 1));
    const [rows, total] = await this.accessLog.search(
      {
        actorRole: filters.role || undefined,
        basis: (filters.basis || undefined) as AccessBasis | undefined,
        referenceId: filters.reference || undefined,
        from: filters.from ? new Date(`${filters.from}T00:00:00Z`) : undefined,
        // The whole "to" day is included.
        to: filters.to ? new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) : undefined,
      },
      LOG_PAGE_SIZE,
      (page - 1) * LOG_PAGE_SIZE,
    );
    const query_ = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
    res.render('compliance/admin/access-log.njk', {
      title: t('admin:log.title'),
      filters,
      roles: ROLES,
      bases: ACCESS_BASES,
      rows: rows.map((r) => ({
        at: r.at,
        actorName: r.actor?.displayName ?? null,
        actorRole: r.actorRole,
        basis: r.basis,
        reference: r.referenceId,
        reason: r.reason,
        subject: maskEmail(r.subjectUser.email),
        subjectId: r.subjectUser.id,
        what: `${r.permission} ${r.resourceId}`,
        ip: r.ip ?? null,
        via: r.via ?? null,
      })),
      total,
      page,
      pages: Math.max(1, Math.ceil(total / LOG_PAGE_SIZE)),
      baseQuery: query_,
    });
  }

  private async renderRoles(me: AuthUser, res: Response, status: number, values: { email: string; role: string }, errors: Record<string, string>): Promise<void> {
    const t = res.locals.t as Translate;
    const [accounts, changes] = await Promise.all([this.users.withGrantedRoles(), this.users.recentRoleChanges()]);
    res.status(status).render('compliance/admin/roles.njk', {
      title: t('admin:roles.title'),
      roles: ROLES,
      values,
      errors,
      accounts: accounts.map((a) => ({ id: a.id, name: a.displayName, email: a.email, role: a.role as Role, isMe: a.id === me.id })),
      changes: changes.map((c) => ({ at: c.at, subjectEmail: c.subject?.email ?? null, fromRole: c.fromRole, toRole: c.toRole, via: c.via, actorName: c.actor?.displayName ?? null })),
    });
  }
}
