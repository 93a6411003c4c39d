import { Body, Controller, Get, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../../../platform/identity/current-user.js';
import { Roles } from '../../../platform/identity/roles.decorator.js';
import { translator } from '../../../platform/i18n/translator.js';
import { redactWarnings, sensitiveWarnings } from '../../../platform/privacy/sensitive-warnings.js';
import { setFlash } from '../../../platform/web/flash.js';
import { fieldErrors } from '../../../platform/web/form-errors.js';
import { seeOther } from '../../../platform/web/htmx.js';
import { PerPersonThrottlerGuard } from '../../../platform/web/per-person-throttler.guard.js';
import { JobsNotFoundError } from '../jobs.errors.js';
import { MESSAGE_MAX_LENGTH, REPORT_REASONS, type MessageSide } from './application-message.entity.js';
import { draftOf, messageForm, openReportForm, reportForm } from './messages.forms.js';
import { MessagesService } from './messages.service.js';

/** Messages a person may send per hour, on all threads together: a conversation, never a mailing. */
export const MESSAGES_PER_HOUR = 30;
const THROTTLE = { default: { limit: MESSAGES_PER_HOUR, ttl: 3_600_000 } };


/** The candidate's side: the application page with its thread, the sensitive-data check, block, report. */
@Controller('jobs/applications')
export class CandidateMessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get(':id')
  async show(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.render(me, id, res, 200, {});
  }

  /**
   * Sends a message. Sensitive data (ID numbers, card numbers, addresses…) is shown back first, with
   * "Redact it and send" or "Send as written"; nothing is sent until the candidate has chosen.
   */
  @Post(':id/messages')
  @UseGuards(PerPersonThrottlerGuard)
  @Throttle(THROTTLE)
  async send(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = messageForm(t).safeParse(body);
    if (!parsed.success) return this.render(me, id, res, 422, { errors: fieldErrors(parsed.error), draft: draftOf(body) });
    let text = parsed.data.body;
    const warnings = sensitiveWarnings(text);
    if (warnings.length > 0 && !parsed.data.decision) return this.render(me, id, res, 422, { draft: text, warnings, confirmSensitive: true });
    if (warnings.length > 0 && parsed.data.decision === 'redact') text = redactWarnings(text, 'all').text;
    await this.messages.send(me, id, 'candidate', text);
    setFlash(res, 'success', t('jobs:messages.flash.sent'));
    seeOther(res, `/jobs/applications/${id}#messages`);
  }

  /** htmx: warnings while the candidate types (they inform; the submit asks what to do). */
  @Post('message-check')
  @HttpCode(200)
  check(@Body() body: Record<string, unknown>, @Res() res: Response): void {
    const draft = draftOf(body);
    res.render('jobs/messages/_message-warnings.njk', { warnings: draft ? sensitiveWarnings(draft) : [] });
  }

  /** htmx: one-click redaction of the message being written; returns the field with placeholders. */
  @Post('message-redact')
  @HttpCode(200)
  redact(@Body() body: Record<string, unknown>, @Res() res: Response): void {
    res.render('jobs/messages/_message-field.njk', { draft: redactWarnings(draftOf(body), 'all').text, warnings: [], errors: {}, maxLength: MESSAGE_MAX_LENGTH, checked: true });
  }

  @Post(':id/block')
  async block(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const company = await this.messages.setBlocked(me, id, true);
    setFlash(res, 'success', t('jobs:messages.flash.blocked', { company }));
    seeOther(res, `/jobs/applications/${id}#messages`);
  }

  @Post(':id/unblock')
  async unblock(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const company = await this.messages.setBlocked(me, id, false);
    setFlash(res, 'success', t('jobs:messages.flash.unblocked', { company }));
    seeOther(res, `/jobs/applications/${id}#messages`);
  }

  @Post(':id/messages/:messageId/report')
  async report(@CurrentUser() me: AuthUser, @Param('id') id: string, @Param('messageId') messageId: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    await reportMessage(this.messages, me, id, 'candidate', messageId, body);
    setFlash(res, 'success', t('jobs:messages.flash.reported'));
    seeOther(res, `/jobs/applications/${id}#messages`);
  }

  private async render(me: AuthUser, id: string, res: Response, status: number, form: Record<string, unknown>): Promise<void> {
    const t = translator(res);
    const thread = await this.messages.thread(me, id, 'candidate');
    res.status(status).render('jobs/messages/application.njk', {
      title: t('jobs:messages.page.title', { title: thread.postingTitle }),
      thread,
      reasons: REPORT_REASONS,
      maxLength: MESSAGE_MAX_LENGTH,
      errors: {},
      warnings: [],
      draft: '',
      ...form,
    });
  }
}

/** The company's side: its members write on the application page (`/employer/applications/:id`). */
@Controller('employer/applications')
@Roles('employer')
export class EmployerMessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Post(':id/messages')
  @UseGuards(PerPersonThrottlerGuard)
  @Throttle(THROTTLE)
  async send(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = messageForm(t).safeParse(body);
    if (!parsed.success) {
      // Whose it is first: anyone else gets "not found" whatever they sent.
      await this.messages.thread(me, id, 'company');
      setFlash(res, 'error', fieldErrors(parsed.error).body ?? t('jobs:messages.validation.required'));
      return seeOther(res, `/employer/applications/${id}#messages`);
    }
    await this.messages.send(me, id, 'company', parsed.data.body);
    setFlash(res, 'success', t('jobs:messages.flash.sent'));
    seeOther(res, `/employer/applications/${id}#messages`);
  }

  @Post(':id/messages/:messageId/report')
  async report(@CurrentUser() me: AuthUser, @Param('id') id: string, @Param('messageId') messageId: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    await reportMessage(this.messages, me, id, 'company', messageId, body);
    setFlash(res, 'success', t('jobs:messages.flash.reported'));
    seeOther(res, `/employer/applications/${id}#messages`);
  }
}

/**
 * Staff review reported messages (the admin area links here). The list never shows what was written:
 * an administrator opens a report's case with a reason, and only then reads the text, each look
 * logged for its author (H1).
 */
@Controller('admin/message-reports')
@Roles('admin')
export class MessageReportsController {
  constructor(private readonly messages: MessagesService) {}

  @Get()
  async index(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    await this.renderList(me, res, 200, {});
  }

  @Post(':id/open')
  async open(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = openReportForm(t).safeParse(body);
    if (!parsed.success) return this.renderList(me, res, 422, { [id]: fieldErrors(parsed.error).reason ?? t('jobs:messages.reports.errors.reason') });
    await this.messages.openReport(me.id, id, parsed.data.reason);
    seeOther(res, `/admin/message-reports/${id}`);
  }

  @Get(':id')
  async show(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const report = await this.messages.reportText(me, id);
    res.render('jobs/messages/report.njk', { title: translator(res)('jobs:messages.reports.caseTitle'), report });
  }

  @Post(':id/reviewed')
  async reviewed(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    await this.messages.markReviewed(me.id, id);
    setFlash(res, 'success', t('jobs:messages.flash.reviewed'));
    seeOther(res, '/admin/message-reports');
  }

  private async renderList(me: AuthUser, res: Response, status: number, errors: Record<string, string>): Promise<void> {
    res.status(status).render('jobs/messages/reports.njk', { title: translator(res)('jobs:messages.reports.title'), reports: await this.messages.reports(me.id), errors });
  }
}

async function reportMessage(messages: MessagesService, me: AuthUser, id: string, side: MessageSide, messageId: string, body: Record<string, unknown>): Promise<void> {
  const parsed = reportForm.safeParse(body);
  // A reason outside the list only comes from a forged form: the same "not found" as a wrong id.
  if (!parsed.success) throw new JobsNotFoundError();
  await messages.report(me, id, side, messageId, parsed.data.reason);
}
