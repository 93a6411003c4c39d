import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentUser, type AuthUser } from '../../../platform/identity/current-user.js';
import { Roles } from '../../../platform/identity/roles.decorator.js';
import { translator, type Translate } from '../../../platform/i18n/translator.js';
import { setFlash } from '../../../platform/web/flash.js';
import { fieldErrors } from '../../../platform/web/form-errors.js';
import { seeOther } from '../../../platform/web/htmx.js';
import { PerPersonThrottlerGuard } from '../../../platform/web/per-person-throttler.guard.js';
import { SUPPORT_TICKET_STATUSES, type SupportTicketStatus } from './support-ticket.entity.js';
import { SupportTicketNotFoundError, SupportTicketsService, ticketReference } from './support-tickets.service.js';

/** Ticket and reply posts per person per hour: a conversation's pace, not a script's. */
const THROTTLE = { default: { limit: 30, ttl: 3_600_000 } };
const SUBJECT_MAX = 160;
const MESSAGE_MAX = 8000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ticketForm = (t: Translate) =>
  z.object({
    subject: z.string().trim().min(1, t('tickets:errors.subject')).max(SUBJECT_MAX, t('tickets:errors.subjectLong', { max: SUBJECT_MAX })),
    message: z.string().trim().min(1, t('tickets:errors.message')).max(MESSAGE_MAX, t('tickets:errors.messageLong', { max: MESSAGE_MAX })),
  });
const messageForm = (t: Translate) => ticketForm(t).pick({ message: true });

function validId(id: string): string {
  if (!UUID.test(id)) throw new SupportTicketNotFoundError();
  return id;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Settings → Support (promise H1): the person opens a ticket, follows its status and answers, and replies. */
@Controller('settings/support')
export class SupportTicketsController {
  constructor(private readonly tickets: SupportTicketsService) {}

  @Get()
  async index(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    await this.renderIndex(me, res, 200, { subject: '', message: '' }, {});
  }

  @Post()
  @UseGuards(PerPersonThrottlerGuard)
  @Throttle(THROTTLE)
  async file(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = ticketForm(t).safeParse(body);
    if (!parsed.success) return this.renderIndex(me, res, 422, { subject: text(body.subject), message: text(body.message) }, fieldErrors(parsed.error));
    const ticket = await this.tickets.file(me, parsed.data.subject, parsed.data.message);
    setFlash(res, 'success', t('tickets:flash.filed', { reference: ticketReference(ticket.id) }));
    seeOther(res, `/settings/support/${ticket.id}`);
  }

  @Get(':id')
  async show(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.renderTicket(me, validId(id), res, 200, '', {});
  }

  @Post(':id/replies')
  @UseGuards(PerPersonThrottlerGuard)
  @Throttle(THROTTLE)
  async reply(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = messageForm(t).safeParse(body);
    if (!parsed.success) return this.renderTicket(me, validId(id), res, 422, text(body.message), fieldErrors(parsed.error));
    await this.tickets.replyAsRequester(me, validId(id), parsed.data.message);
    setFlash(res, 'success', t('tickets:flash.replied'));
    seeOther(res, `/settings/support/${id}`);
  }

  private async renderIndex(me: AuthUser, res: Response, status: number, values: { subject: string; message: string }, errors: Record<string, string>): Promise<void> {
    const t = translator(res);
    res.status(status).render('compliance/tickets/index.njk', { title: t('tickets:index.title'), tickets: await this.tickets.listForRequester(me.id), values, errors, limits: { subject: SUBJECT_MAX, message: MESSAGE_MAX } });
  }

  private async renderTicket(me: AuthUser, id: string, res: Response, status: number, message: string, errors: Record<string, string>): Promise<void> {
    const t = translator(res);
    const view = await this.tickets.requesterView(me, id);
    res.status(status).render('compliance/tickets/show.njk', { title: t('tickets:show.title', { reference: view.ticket.reference }), ...view, message, errors, limits: { message: MESSAGE_MAX } });
  }
}

const QUEUE_FILTERS = ['active', ...SUPPORT_TICKET_STATUSES] as const;

/**
 * The support console's tickets, next to its data requests (promise H1). Nothing the person wrote
 * shows until the reviewer opens the ticket as a case with a reason; from then on, while the ticket
 * is not closed, that reviewer may read the person's data, and every look is logged for the person.
 */
@Roles('support')
@Controller('support/tickets')
export class SupportTicketsStaffController {
  constructor(private readonly tickets: SupportTicketsService) {}

  @Get()
  async queue(@Query('status') status: unknown, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const filter = (QUEUE_FILTERS as readonly string[]).includes(String(status)) ? (String(status) as SupportTicketStatus | 'active') : 'active';
    res.render('compliance/tickets/staff-queue.njk', { title: t('tickets:staff.queue.title'), filter, filters: QUEUE_FILTERS, rows: await this.tickets.queue(filter) });
  }

  @Get(':id')
  async show(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.renderCase(me, validId(id), res, 200, {});
  }

  /** Opening is the case's reason: recorded, cited in the access log, shown to the person. */
  @Post(':id/open')
  async open(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = z.object({ reason: z.string().trim().min(5, t('tickets:errors.reason')).max(280, t('tickets:errors.reasonLong')) }).safeParse(body);
    if (!parsed.success) return this.renderCase(me, validId(id), res, 422, fieldErrors(parsed.error));
    await this.tickets.open(me, validId(id), parsed.data.reason);
    seeOther(res, `/support/tickets/${id}`);
  }

  @Post(':id/reply')
  async reply(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = messageForm(t).safeParse(body);
    if (!parsed.success) return this.renderCase(me, validId(id), res, 422, fieldErrors(parsed.error));
    await this.tickets.replyAsStaff(me, validId(id), parsed.data.message);
    setFlash(res, 'success', t('tickets:flash.answered'));
    seeOther(res, `/support/tickets/${id}`);
  }

  @Post(':id/close')
  async close(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    await this.tickets.close(me, validId(id));
    setFlash(res, 'success', t('tickets:flash.closed', { reference: ticketReference(id) }));
    seeOther(res, '/support/tickets');
  }

  private async renderCase(me: AuthUser, id: string, res: Response, status: number, errors: Record<string, string>): Promise<void> {
    const t = translator(res);
    const view = await this.tickets.staffView(me, id);
    res.status(status).render('compliance/tickets/staff-case.njk', { title: t('tickets:staff.case.title', { reference: view.ticket.reference }), ...view, errors, limits: { message: MESSAGE_MAX } });
  }
}
