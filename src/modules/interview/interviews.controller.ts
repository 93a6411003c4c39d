import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AccessService } from '../../platform/access/access.service.js';
import { CurrentUser, type AuthUser } from '../../platform/identity/current-user.js';
import type { Formatters } from '../../platform/i18n/formatters.js';
import { translator, type Translate } from '../../platform/i18n/translator.js';
import { setFlash } from '../../platform/web/flash.js';
import { fieldErrors } from '../../platform/web/form-errors.js';
import { seeOther } from '../../platform/web/htmx.js';
import { renderView, wantsFragment } from '../../platform/web/render-view.js';
import { PerPersonThrottlerGuard } from '../../platform/web/per-person-throttler.guard.js';
import { UsersRepository } from '../../platform/identity/users.repository.js';
import { confirmationPage, DELETE_DIALOG_ID, type DeleteConfirmation } from '../../platform/web/delete-confirmation.js';
import { scoreHistoryChart } from '../../platform/web/charts/score-history-chart.js';
import { DocumentsService } from '../documents/index.js';
import { redactWarnings, sensitiveWarnings } from '../../platform/privacy/sensitive-warnings.js';
import { answerForm, INTERVIEW_LENGTHS, startInterviewForm } from './dto/start-interview.form.js';
import { INTERVIEW_KINDS } from './engine/interview-types.js';
import { rubricWeightsView } from './interview-report.view.js';
import { interviewRow, interviewPage, interviewScoreSeries } from './interview-row.js';
import { InterviewNotFoundError } from './interview.errors.js';
import { InterviewsService, type InterviewView } from './interviews.service.js';
import { TRANSCRIPTIONS_PER_HOUR, VoiceAnswersService } from './voice-answers.service.js';
import { PageDataCache } from '../../platform/web/page-data-cache.js';

@Controller('interviews')
export class InterviewsController {
  constructor(
    private readonly interviews: InterviewsService,
    private readonly voice: VoiceAnswersService,
    private readonly documents: DocumentsService,
    private readonly users: UsersRepository,
    private readonly access: AccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pages: PageDataCache,
  ) {}

  @Get()
  async index(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    await this.renderIndex(me, res, 200, {}, {});
  }

  @Post()
  async start(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const parsed = startInterviewForm(translator(res)).safeParse(body);
    if (!parsed.success) return this.renderIndex(me, res, 422, fieldErrors(parsed.error), body);
    const { role, kind, length, documentId, job } = parsed.data;
    // The résumé it is grounded in must be one the person may work from (their own).
    if (documentId) await this.access.require(me, 'document:use', documentId);
    const interview = await this.interviews.start(me.id, { role, kind, length, documentId, jobText: job, locale: res.locals.locale === 'ko' ? 'ko' : 'en' });
    seeOther(res, `/interviews/${interview.id}`);
  }

  /** While the report is prepared, htmx polls this URL and gets only the progress fragment. */
  @Get(':id')
  async show(@CurrentUser() me: AuthUser, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'interview:read', id);
    if (wantsFragment(req)) {
      // Each poll reads the status only; nothing is decrypted until the report is ready.
      const interview = await this.interviews.get(ownerId, id);
      if (interview.status === 'scoring') return renderView(req, res, { page: 'interview/show.njk', fragment: 'interview/_progress.njk' }, { interview: interviewRow(interview) });
      // Ready: the poll gets the whole page, and htmx is told to load it as one.
      res.set('HX-Refresh', 'true');
    }
    await this.renderShow(ownerId, res, 200, await this.interviews.view(ownerId, id), {});
  }

  /**
   * Saves an answer. Sensitive data (ID numbers, phones, addresses…) is shown back first, with
   * one-click redaction or keeping it as written; nothing is saved until the user has chosen.
   */
  @Post(':id/answers')
  async answer(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const { ownerId } = await this.access.require(me, 'interview:write', id);
    const parsed = answerForm(translator(res)).safeParse(body);
    if (!parsed.success) return this.renderShow(ownerId, res, 422, await this.interviews.view(ownerId, id), { errors: fieldErrors(parsed.error), draft: body });
    let { answer } = parsed.data;
    const warnings = sensitiveWarnings(answer);
    if (warnings.length > 0 && !parsed.data.decision) {
      return this.renderShow(ownerId, res, 422, await this.interviews.view(ownerId, id), { draft: parsed.data, warnings, confirmSensitive: true });
    }
    if (warnings.length > 0 && parsed.data.decision === 'redact') answer = redactWarnings(answer, 'all').text;
    const outcome = await this.interviews.answer(ownerId, id, parsed.data.turnId, answer, parsed.data.source);
    if (outcome === 'already_answered') setFlash(res, 'info', t('interview:flash.alreadySaved'));
    if (outcome === 'finished') setFlash(res, 'success', t('interview:flash.lastAnswered'));
    seeOther(res, `/interviews/${id}`);
  }

  /** htmx: warnings for the answer while the user types (they inform; the submit asks what to do). */
  @Post('answer-check')
  @HttpCode(200)
  answerCheck(@Body() body: Record<string, unknown>, @Res() res: Response): void {
    const answer = typeof body.answer === 'string' ? body.answer.slice(0, 10_000) : '';
    res.render('interview/_answer-warnings.njk', { warnings: answer ? sensitiveWarnings(answer) : [] });
  }

  /** htmx: one-click redaction of the answer being written; returns the field with placeholders. */
  @Post('answer-redact')
  @HttpCode(200)
  answerRedact(@Body() body: Record<string, unknown>, @Res() res: Response): void {
    const answer = typeof body.answer === 'string' ? body.answer.slice(0, 10_000) : '';
    res.render('interview/_answer-field.njk', { answer: redactWarnings(answer, 'all').text, warnings: [], errors: {} });
  }

  /**
   * A recorded answer (a WAV body, sent by static/js/recorder.js) → its transcript, for the user to
   * check and edit before submitting. The recording is deleted before this answers (promise V2).
   */
  @Post(':id/turns/:turnId/transcription')
  @HttpCode(200)
  @UseGuards(PerPersonThrottlerGuard)
  @Throttle({ default: { limit: TRANSCRIPTIONS_PER_HOUR, ttl: 3_600_000 } })
  async transcribe(@CurrentUser() me: AuthUser, @Param('id') id: string, @Param('turnId') turnId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const t = translator(res);
    // Whose it is comes first: anyone else gets the same 404 whatever they sent.
    const { ownerId } = await this.access.require(me, 'interview:write', id);
    await this.access.require(me, 'turn:write', turnId);
    const audio = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (audio.length === 0) return void res.status(422).json({ message: t('interview:recorder.nothingArrived') });
    const result = await this.voice.transcribe(ownerId, id, turnId, audio);
    res.set('Cache-Control', 'no-store').json({
      text: result.text,
      seconds: Math.round(result.seconds * 10) / 10,
      engine: result.engine,
      // null when the transcript's confidence was low: no delivery figures were computed from it.
      wordsPerMinute: result.delivery?.wordsPerMinute ?? null,
      confidence: result.confidence?.score ?? null,
      lowConfidence: result.confidence?.low ?? false,
      kept: result.kept,
    });
  }

  /**
   * Saves the typed answer as a draft. htmx posts it while typing (204); without JavaScript the
   * "Save draft" button posts the form here and comes back to the page.
   */
  @Post(':id/turns/:turnId/draft')
  async saveDraft(
    @CurrentUser() me: AuthUser,
    @Param('id') id: string,
    @Param('turnId') turnId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { ownerId } = await this.access.require(me, 'interview:write', id);
    await this.interviews.saveDraft(ownerId, id, turnId, typeof body['answer'] === 'string' ? body['answer'] : '');
    if (wantsFragment(req)) {
      res.status(204).end();
      return;
    }
    const t = translator(res);
    setFlash(res, 'info', t('interview:flash.draftSaved'));
    seeOther(res, `/interviews/${id}#answer`);
  }

  /** Asks before ending early (the page without JavaScript; with it, the dialog on the interview page). */
  @Get(':id/finish')
  async confirmFinish(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'interview:read', id);
    const interview = await this.interviews.get(ownerId, id);
    res.render('partials/delete-confirmation-page.njk', confirmationPage(finishConfirmation(translator(res), interview.id)));
  }

  /** Ends early: what was answered is scored. */
  @Post(':id/finish')
  async finish(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const { ownerId } = await this.access.require(me, 'interview:write', id);
    await this.interviews.finish(ownerId, id);
    setFlash(res, 'info', t('interview:flash.finished'));
    seeOther(res, `/interviews/${id}`);
  }

  @Post(':id/retry')
  async retry(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const { ownerId } = await this.access.require(me, 'interview:write', id);
    await this.interviews.retryScoring(ownerId, id);
    setFlash(res, 'info', t('interview:flash.retrying'));
    seeOther(res, `/interviews/${id}`);
  }

  @Get(':id/delete')
  async confirmDelete(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'interview:read', id);
    const interview = await this.interviews.get(ownerId, id);
    const keepsRecordings = Boolean(await this.voice.consentGivenAt(ownerId));
    res.render('partials/delete-confirmation-page.njk', confirmationPage(deleteConfirmation(translator(res), interview.id, interview.role, keepsRecordings)));
  }

  @Post(':id/delete')
  async delete(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const { ownerId } = await this.access.require(me, 'interview:write', id); // 404 for anyone else, before anything is deleted
    await this.voice.deleteRetainedForInterview(ownerId, id);
    await this.interviews.delete(ownerId, id);
    setFlash(res, 'success', t('interview:flash.deleted'));
    seeOther(res, '/interviews');
  }

  /** A recording kept with the opt-in (promise V4), for the owner to listen to. */
  @Get('recordings/:recordingId')
  async recording(@CurrentUser() me: AuthUser, @Param('recordingId') recordingId: string, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'recording:read', recordingId);
    const bytes = await this.voice.retainedAudio(ownerId, recordingId);
    if (!bytes) throw new InterviewNotFoundError();
    res.set({ 'Content-Type': 'audio/wav', 'Cache-Control': 'private, no-store' }).send(bytes);
  }

  /** The separate, revocable opt-in to keep recordings for up to 90 days (promise V4). */
  @Post('recordings/retention')
  async retention(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    if (body.keep === 'yes') {
      await this.voice.grantRetention(me.id);
      setFlash(res, 'success', t('interview:flash.keeping'));
    } else {
      const deleted = await this.voice.revokeRetention(me.id);
      setFlash(res, 'success', deleted ? t('interview:flash.notKeepingDeleted', { count: deleted }) : t('interview:flash.notKeeping'));
    }
    seeOther(res, '/interviews#recordings');
  }

  private async renderIndex(me: AuthUser, res: Response, status: number, errors: Record<string, string>, values: Record<string, unknown>): Promise<void> {
    const t = translator(res);
    // The list, the chart (its labels in the reader's language), the form's résumés and goals, the
    // recording choice: the person's own data, cached under their data version.
    const [view, voice] = await Promise.all([
      this.pages.view(me, 'interviews', res.locals.locale as string, async () => {
        const [interviews, resumes, user, consent] = await Promise.all([
          this.interviews.listColumns(me.id),
          this.documents.listRows(me.id, 'resume'),
          this.users.findById(me.id),
          this.voice.consentGivenAt(me.id),
        ]);
        return {
          interviews: interviews.map(interviewRow),
          chart: scoreHistoryChart(interviewScoreSeries(interviews), res.locals.fmt as Formatters),
          resumes,
          targetRoles: user?.targetRoles ?? [],
          keepRecordings: consent ? { since: consent } : undefined,
        };
      }),
      this.voice.availability(),
    ]);
    res.status(status).render('interview/index.njk', {
      title: t('interview:title.list'),
      ...view,
      kinds: INTERVIEW_KINDS,
      lengths: INTERVIEW_LENGTHS,
      values: { role: view.targetRoles[0] ?? '', kind: 'mixed', length: '5', ...values },
      errors,
      voice,
    });
  }

  private async renderShow(
    ownerId: string,
    res: Response,
    status: number,
    view: InterviewView,
    form: { errors?: Record<string, string>; draft?: Record<string, unknown>; warnings?: unknown[]; confirmSensitive?: boolean },
  ): Promise<void> {
    const t = translator(res);
    const retained = await this.voice.retainedFor(ownerId, view.turns.map((turn) => turn.id));
    const keepRecordings = Boolean(await this.voice.consentGivenAt(ownerId));
    res.status(status).render('interview/show.njk', {
      title: t('interview:title.page', { role: view.interview.role }),
      ...interviewPage(view, retained),
      weights: rubricWeightsView(),
      voice: await this.voice.availability(),
      // Korean sessions with an English-only engine (the offline default): typing, and why.
      voiceSpeaksSessionLanguage: this.voice.supports(view.interview.locale),
      maxSeconds: this.config.audio.maxSeconds,
      maxDuration: `${Math.floor(this.config.audio.maxSeconds / 60)}:${String(this.config.audio.maxSeconds % 60).padStart(2, '0')}`,
      keepRecordings,
      deleteConfirmation: deleteConfirmation(t, view.interview.id, view.interview.role, keepRecordings),
      finishConfirmation: finishConfirmation(t, view.interview.id),
      draftUrl: view.current ? `/interviews/${view.interview.id}/turns/${view.current.id}/draft` : undefined,
      // What was just submitted (a 422), else the draft saved for this question, so a reload keeps it.
      answer: typeof form.draft?.answer === 'string' ? form.draft.answer : (view.current?.draft ?? ''),
      source: form.draft?.source === 'voice' ? 'voice' : 'text',
      errors: form.errors ?? {},
      warnings: form.warnings ?? [],
      confirmSensitive: form.confirmSensitive ?? false,
    });
  }
}

/** The request's translate function (the locale middleware puts it on every response). */

const FINISH_DIALOG_ID = 'confirm-finish';

/** Ending early asks first, with the same page and dialog as deleting (nothing is deleted but the unanswered questions). */
function finishConfirmation(t: Translate, interviewId: string): DeleteConfirmation {
  return {
    id: FINISH_DIALOG_ID,
    heading: t('interview:finish.question'),
    deletes: [t('interview:finish.consequence')],
    action: `/interviews/${interviewId}/finish`,
    buttonLabel: t('interview:finish.button'),
    cancelUrl: `/interviews/${interviewId}`,
  };
}

/** The same words on the confirmation page and in the dialog on the interview page, in the reader's language. */
function deleteConfirmation(t: Translate, interviewId: string, role: string, keepsRecordings: boolean): DeleteConfirmation {
  return {
    id: DELETE_DIALOG_ID,
    heading: t('interview:delete.question'),
    deletes: [keepsRecordings ? t('interview:delete.deletesWithRecordings', { role }) : t('interview:delete.deletes', { role })],
    action: `/interviews/${interviewId}/delete`,
    buttonLabel: t('interview:delete.button'),
    cancelUrl: `/interviews/${interviewId}`,
  };
}
