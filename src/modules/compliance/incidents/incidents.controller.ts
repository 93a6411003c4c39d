import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../../../platform/identity/current-user.js';
import { Roles } from '../../../platform/identity/roles.decorator.js';
import type { Locale } from '../../../platform/i18n/locale.js';
import type { Translate } from '../../../platform/i18n/translator.js';
import { setFlash } from '../../../platform/web/flash.js';
import { fieldErrors } from '../../../platform/web/form-errors.js';
import { seeOther } from '../../../platform/web/htmx.js';
import { DATA_CATEGORIES } from './breach-incident.entity.js';
import { incidentFormSchema, incidentUpdateSchema, toRecordInput } from './incident.form.js';
import { IncidentsService, NOTICE_DEADLINE_HOURS } from './incidents.service.js';
import { incidentReportModel } from './incident-report.js';

/** The admin's incident console (H2): record, follow the timeline, send updates, release, report. */
@Roles('admin')
@Controller('admin/incidents')
export class IncidentsAdminController {
  constructor(private readonly incidents: IncidentsService) {}

  @Get()
  async list(@Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    res.render('compliance/incidents/index.njk', { title: t('operations:incidents.list.title'), incidents: await this.incidents.list() });
  }

  @Get('new')
  form(@Res() res: Response): void {
    this.renderForm(res, 200, { affectedBy: 'account-ids' }, {});
  }

  @Post()
  async create(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const parsed = incidentFormSchema.safeParse(body);
    if (!parsed.success) return this.renderForm(res, 422, body, fieldErrors(parsed.error));
    const incident = await this.incidents.record(toRecordInput(parsed.data, res.locals.locale as Locale), me.id);
    setFlash(res, 'success', t('operations:incidents.flash.recorded', { reference: incident.reference }));
    seeOther(res, `/admin/incidents/${incident.id}`);
  }

  @Get(':id')
  async show(@Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    await this.renderShow(res, id, 200, {});
  }

  @Post(':id/updates')
  async addUpdate(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const parsed = incidentUpdateSchema.safeParse(body);
    if (!parsed.success) return this.renderShow(res, id, 422, fieldErrors(parsed.error), body);
    await this.incidents.addUpdate(id, { en: parsed.data.bodyEn, ko: parsed.data.bodyKo }, me.id);
    const t = res.locals.t as Translate;
    setFlash(res, 'success', t('operations:incidents.flash.updateAdded'));
    seeOther(res, `/admin/incidents/${id}`);
  }

  @Post(':id/release')
  async release(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    await this.incidents.release(id, me.id);
    const t = res.locals.t as Translate;
    setFlash(res, 'success', t('operations:incidents.flash.released'));
    seeOther(res, `/admin/incidents/${id}`);
  }

  /** The report to the regulator, as a document to download: HTML (default) or plain text. */
  @Get(':id/report')
  async report(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query('format') format: string | undefined, @Res() res: Response): Promise<void> {
    const detail = await this.incidents.detail(id);
    await this.incidents.recordReportDownload(id, me.id);
    const model = incidentReportModel(detail, res.locals.locale as Locale);
    const asText = format === 'text';
    res.set({
      'Content-Disposition': `attachment; filename="${detail.reference}-report.${asText ? 'txt' : 'html'}"`,
      'Cache-Control': 'no-store',
    });
    res.type(asText ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8');
    res.render(asText ? 'compliance/incidents/report.txt.njk' : 'compliance/incidents/report.njk', model);
  }

  private renderForm(res: Response, status: number, values: Record<string, unknown>, errors: Record<string, string>): void {
    const t = res.locals.t as Translate;
    const categories = Array.isArray(values.dataCategories) ? values.dataCategories : values.dataCategories ? [values.dataCategories] : [];
    res.status(status).render('compliance/incidents/new.njk', { title: t('operations:incidents.new.title'), values, errors: translated(errors, t), categories: DATA_CATEGORIES, checked: categories, deadlineHours: NOTICE_DEADLINE_HOURS });
  }

  private async renderShow(res: Response, id: string, status: number, errors: Record<string, string>, values: Record<string, unknown> = {}): Promise<void> {
    const detail = await this.incidents.detail(id);
    const t = res.locals.t as Translate;
    res.status(status).render('compliance/incidents/show.njk', {
      title: t('operations:incidents.show.title', { reference: detail.reference }),
      detail,
      errors: translated(errors, t),
      values,
      overdue: detail.outstanding > 0 && Date.now() > detail.deadlineAt.getTime(),
    });
  }
}

/** What an affected person sees: the notice in their language, and the banner's dismiss button. */
@Controller('incidents')
export class IncidentNoticesController {
  constructor(private readonly incidents: IncidentsService) {}

  @Get(':id')
  async show(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const notice = await this.incidents.noticeFor(me.id, id, res.locals.locale as Locale);
    const t = res.locals.t as Translate;
    res.render('compliance/incidents/notice.njk', { title: t('operations:notice.title'), notice });
  }

  @Post(':id/dismiss')
  async dismiss(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    await this.incidents.dismissBanner(me.id, id);
    seeOther(res, `/incidents/${id}`);
  }
}

/** Form messages are catalog keys (see incident.form.ts), shown in the page's language. */
function translated(errors: Record<string, string>, t: Translate): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key)]));
}
