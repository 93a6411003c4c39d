import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentUser, type AuthUser } from '../../../platform/identity/current-user.js';
import { Roles } from '../../../platform/identity/roles.decorator.js';
import { formattersFor } from '../../../platform/i18n/formatters.js';
import { DEFAULT_TIME_ZONES, isLocale, LOCALE_NAMES, LOCALES, type Locale } from '../../../platform/i18n/locale.js';
import { Translator, type Translate } from '../../../platform/i18n/translator.js';
import { setFlash } from '../../../platform/web/flash.js';
import { fieldErrors } from '../../../platform/web/form-errors.js';
import { seeOther } from '../../../platform/web/htmx.js';
import { DATA_REQUEST_STATUSES, DATA_REQUEST_TYPES, type DataRequestStatus, type DataRequestType } from '../requests/data-request.entity.js';
import { DataRequestNotFoundError } from '../requests/data-requests.errors.js';
import { DataRequestsService, WORKING_STATUSES, requestReference, type WorkingStatus } from '../requests/data-requests.service.js';
import { countdown, historyRows, maskEmail, requestRow } from '../requests/requests-view.js';

/** Reply templates support can start from, each in Korean and English (`requests:support.templates.*`). */
export const REPLY_TEMPLATES = ['acknowledge', 'needInfo', 'identity', 'extension'] as const;
type ReplyTemplate = (typeof REPLY_TEMPLATES)[number];

const QUEUE_FILTERS = ['open', ...DATA_REQUEST_STATUSES.filter((s) => s !== 'identity_unverified')] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The support console (promises R3, H1): the queue of data requests with due dates, and each
 * request as a case. Personal data stays masked until the reviewer opens the request with a reason;
 * every step after that needs the opened case, and every view of the person's data is logged.
 */
@Roles('support')
@Controller('support/requests')
export class SupportRequestsController {
  constructor(
    private readonly requests: DataRequestsService,
    private readonly translator: Translator,
  ) {}

  @Get()
  async queue(@CurrentUser() me: AuthUser, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const status = (QUEUE_FILTERS as readonly string[]).includes(String(query.status)) ? (String(query.status) as DataRequestStatus | 'open') : 'open';
    const type = (DATA_REQUEST_TYPES as readonly string[]).includes(String(query.type)) ? (String(query.type) as DataRequestType) : undefined;
    const mine = query.mine === '1';
    const overdue = query.overdue === '1';
    const now = new Date();
    const rows = await this.requests.queue({ status, type, assigneeId: mine ? me.id : undefined, overdueAt: overdue ? now : undefined });
    res.render('compliance/support/queue.njk', {
      title: t('requests:support.queue.title'),
      filters: { status, type: type ?? '', mine, overdue },
      statuses: QUEUE_FILTERS,
      types: DATA_REQUEST_TYPES,
      rows: rows.map((r) => ({
        ...requestRow(r),
        requester: r.requesterUser ? 'account' : 'public',
        assignee: r.assignee ? (r.assignee.id === me.id ? 'me' : 'other') : 'none',
        countdown: countdown(r, now),
      })),
    });
  }

  @Get(':id')
  async show(@CurrentUser() me: AuthUser, @Param('id') id: string, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.renderCase(me, this.validId(id), res, 200, query, {});
  }

  /** Opening is the case's reason: recorded, cited in the access log, shown to the requester. */
  @Post(':id/open')
  async open(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const parsed = z.object({ reason: z.string().trim().min(5, t('requests:support.errors.reason')).max(280, t('requests:support.errors.reasonLong')) }).safeParse(body);
    if (!parsed.success) return this.renderCase(me, this.validId(id), res, 422, {}, fieldErrors(parsed.error));
    await this.requests.open(me, this.validId(id), parsed.data.reason);
    seeOther(res, `/support/requests/${id}`);
  }

  @Post(':id/assign')
  async assign(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    await this.requests.assignToMe(me, this.validId(id));
    this.done(res, id, t('requests:support.flash.assigned'));
  }

  @Post(':id/notes')
  async note(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const parsed = z.object({ note: z.string().trim().min(1, t('requests:support.errors.note')).max(4000) }).safeParse(body);
    if (!parsed.success) return this.renderCase(me, this.validId(id), res, 422, {}, fieldErrors(parsed.error));
    await this.requests.addNote(me, this.validId(id), parsed.data.note);
    this.done(res, id, t('requests:support.flash.noted'));
  }

  @Post(':id/status')
  async status(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const status = String(body.status);
    if (!(WORKING_STATUSES as readonly string[]).includes(status)) return this.renderCase(me, this.validId(id), res, 422, {}, {});
    await this.requests.setStatus(me, this.validId(id), status as WorkingStatus);
    this.done(res, id, t('requests:support.flash.status'));
  }

  @Post(':id/reply')
  async reply(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const parsed = z.object({ message: z.string().trim().min(1, t('requests:support.errors.message')).max(8000) }).safeParse(body);
    if (!parsed.success) return this.renderCase(me, this.validId(id), res, 422, {}, fieldErrors(parsed.error));
    await this.requests.reply(me, this.validId(id), parsed.data.message, body.wait === '1');
    this.done(res, id, t('requests:support.flash.replied'));
  }

  @Post(':id/complete')
  async complete(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const parsed = z.object({ outcome: z.string().trim().min(5, t('requests:support.errors.outcome')).max(4000) }).safeParse(body);
    if (!parsed.success) return this.renderCase(me, this.validId(id), res, 422, {}, fieldErrors(parsed.error));
    await this.requests.complete(me, this.validId(id), parsed.data.outcome);
    setFlash(res, 'success', t('requests:support.flash.completed', { reference: requestReference(id) }));
    seeOther(res, '/support/requests');
  }

  /** A denial needs its reason; the email tells the requester how to object to it. */
  @Post(':id/deny')
  async deny(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const parsed = z.object({ reason: z.string().trim().min(10, t('requests:support.errors.denyReason')).max(4000) }).safeParse(body);
    if (!parsed.success) return this.renderCase(me, this.validId(id), res, 422, {}, { denyReason: Object.values(fieldErrors(parsed.error))[0]! });
    await this.requests.deny(me, this.validId(id), parsed.data.reason);
    setFlash(res, 'success', t('requests:support.flash.denied', { reference: requestReference(id) }));
    seeOther(res, '/support/requests');
  }

  private done(res: Response, id: string, message: string): void {
    setFlash(res, 'success', message);
    seeOther(res, `/support/requests/${id}`);
  }

  private validId(id: string): string {
    if (!UUID.test(id)) throw new DataRequestNotFoundError();
    return id;
  }

  private async renderCase(me: AuthUser, id: string, res: Response, status: number, query: Record<string, unknown>, errors: Record<string, string>): Promise<void> {
    const t = res.locals.t as Translate;
    const { request, events, opened, openingReason } = await this.requests.staffView(me, id);
    const row = requestRow(request);
    const requesterEmail = request.requesterUser?.email ?? request.requesterEmail;
    const requesterName = request.requesterUser?.displayName ?? request.requesterName;
    const replyLocale: Locale = isLocale(query.lang) ? query.lang : request.requesterUser?.locale ?? request.locale;
    const template = (REPLY_TEMPLATES as readonly string[]).includes(String(query.template)) ? (String(query.template) as ReplyTemplate) : undefined;
    const fmt = formattersFor(replyLocale, DEFAULT_TIME_ZONES[replyLocale]);
    res.status(status).render('compliance/support/case.njk', {
      title: t('requests:support.case.title', { reference: row.reference }),
      request: row,
      opened,
      openingReason,
      countdown: countdown(request),
      requester: opened
        ? { email: requesterEmail, name: requesterName, hasAccount: Boolean(request.requesterUser), details: row.details }
        : { email: maskEmail(requesterEmail), name: null, hasAccount: Boolean(request.requesterUser), details: null },
      // Before opening, history lines keep their kind and time but not their words (they may name the person).
      history: historyRows(events, { withNames: true }).map((h) => (opened ? h : { ...h, text: null })),
      workingStatuses: WORKING_STATUSES,
      replyTemplates: REPLY_TEMPLATES,
      replyLocales: LOCALES,
      localeNames: LOCALE_NAMES,
      reply: {
        template: template ?? '',
        locale: replyLocale,
        text: template ? this.translator.t(replyLocale, `requests:support.templates.${template}.body`, { reference: row.reference, dueDate: fmt.date(request.dueAt) }) : '',
      },
      errors,
    });
  }
}
