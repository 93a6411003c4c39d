import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { CurrentUser, type AuthUser } from '../../../platform/identity/current-user.js';
import type { Locale } from '../../../platform/i18n/locale.js';
import type { Translate } from '../../../platform/i18n/translator.js';
import { setFlash } from '../../../platform/web/flash.js';
import { fieldErrors } from '../../../platform/web/form-errors.js';
import { seeOther } from '../../../platform/web/htmx.js';
import { DATA_REQUEST_TYPES, OPEN_STATUSES, PROCESSING_PURPOSES } from './data-request.entity.js';
import { DataRequestsService, requestReference } from './data-requests.service.js';
import { fileRequestForm } from './dto/data-request.form.js';
import { historyRows, requestRow } from './requests-view.js';
import { startExportDownload } from '../export-download.js';

/**
 * Settings → Data requests (promise R3): the signed-in person asks for access, correction, deletion,
 * a pause in processing or objects to a use, and follows each request's status and history.
 */
@Controller('settings/requests')
export class RequestsController {
  constructor(
    private readonly requests: DataRequestsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async index(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    await this.renderIndex(me, res, 200, { type: '', details: '', purposes: [] }, {});
  }

  @Post()
  async file(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const parsed = fileRequestForm(t).safeParse(body);
    if (!parsed.success) return this.renderIndex(me, res, 422, formValues(body), fieldErrors(parsed.error));
    const request = await this.requests.fileForUser(me, parsed.data, res.locals.locale as Locale);
    setFlash(res, 'success', t('requests:flash.filed', { reference: requestReference(request.id), days: Math.round((request.dueAt.getTime() - request.createdAt.getTime()) / 86_400_000) }));
    seeOther(res, `/settings/requests/${request.id}`);
  }

  /** Starts again a use the person paused (restriction) or objected to (objection). */
  @Post('paused/:basis/lift')
  async lift(@CurrentUser() me: AuthUser, @Param('basis') basis: string, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    if (basis === 'restriction' || basis === 'objection') {
      await this.requests.liftRestrictions(me.id, basis);
      setFlash(res, 'success', t('requests:flash.lifted'));
    }
    seeOther(res, '/settings/requests');
  }

  @Get(':id')
  async show(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const { request, events } = await this.requests.requesterView(me.id, id);
    const row = requestRow(request);
    res.render('compliance/requests/show.njk', {
      title: t('requests:show.title', { reference: row.reference }),
      request: row,
      history: historyRows(events, { withNames: false }),
      canCancel: OPEN_STATUSES.includes(request.status),
      exportReady: request.type === 'access' && request.status === 'completed',
    });
  }

  @Post(':id/cancel')
  async cancel(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    await this.requests.cancel(me.id, id);
    setFlash(res, 'success', t('requests:flash.cancelled'));
    seeOther(res, `/settings/requests/${id}`);
  }

  /** The copy a completed access request delivers: streamed, nothing kept on the server. */
  @Get(':id/export')
  async export(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.requests.writeAccessExport(me.id, id, res, () => startExportDownload(res));
  }

  private async renderIndex(me: AuthUser, res: Response, status: number, values: FormValues, errors: Record<string, string>): Promise<void> {
    const t = res.locals.t as Translate;
    const [requests, paused] = await Promise.all([this.requests.listForRequester(me.id), this.requests.activeRestrictions(me.id)]);
    res.status(status).render('compliance/requests/index.njk', {
      title: t('requests:index.title'),
      dueDays: Math.max(...Object.values(this.config.dataRequests.dueDays)),
      requests: requests.map(requestRow),
      paused: {
        restriction: paused.filter((p) => p.basis === 'restriction').map((p) => p.purpose),
        objection: paused.filter((p) => p.basis === 'objection').map((p) => p.purpose),
      },
      types: DATA_REQUEST_TYPES,
      purposes: PROCESSING_PURPOSES,
      values,
      errors,
    });
  }
}

export interface FormValues {
  type: string;
  details: string;
  purposes: string[];
}

export function formValues(body: Record<string, unknown>): FormValues {
  const purposes = body.purposes;
  return {
    type: typeof body.type === 'string' ? body.type : '',
    details: typeof body.details === 'string' ? body.details : '',
    purposes: Array.isArray(purposes) ? purposes.map(String) : typeof purposes === 'string' ? [purposes] : [],
  };
}
