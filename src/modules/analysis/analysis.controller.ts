import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessService } from '../../platform/access/access.service.js';
import { CurrentUser, type AuthUser } from '../../platform/identity/current-user.js';
import type { Formatters } from '../../platform/i18n/formatters.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { setFlash } from '../../platform/web/flash.js';
import { seeOther } from '../../platform/web/htmx.js';
import { renderView } from '../../platform/web/render-view.js';
import { AI_NOTE_REASONS, scoringFormula } from './analysis-engine.js';
import { analysisReportView } from './analysis-report.view.js';
import { FAILURE_REASONS } from './analysis.service.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { analysisRow, listColumnsOf } from './analysis-row.js';
import { AnalysisService } from './analysis.service.js';
import { scoreHistoryChart } from '../../platform/web/charts/score-history-chart.js';
import { confirmationPage, DELETE_DIALOG_ID, type DeleteConfirmation } from '../../platform/web/delete-confirmation.js';
import type { AnalysisRow } from './analysis-row.js';
import { PageDataCache } from '../../platform/web/page-data-cache.js';

@Controller()
export class AnalysisController {
  constructor(
    private readonly analyses: AnalysisService,
    private readonly access: AccessService,
    private readonly pages: PageDataCache,
  ) {}

  /** Starts an analysis of a document, optionally against a pasted job description. */
  @Post('documents/:id/analyses')
  async start(@CurrentUser() me: AuthUser, @Param('id') documentId: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const job = typeof body.job === 'string' ? body.job : undefined;
    const { ownerId } = await this.access.require(me, 'document:use', documentId);
    const analysis = await this.analyses.request(ownerId, documentId, job);
    seeOther(res, `/analyses/${analysis.id}`);
  }

  /** The same, from the analyses page where the document is chosen in the form. */
  @Post('analyses/start')
  async startFromList(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const documentId = typeof body.documentId === 'string' ? body.documentId : '';
    return this.start(me, documentId, body, res);
  }

  @Get('analyses')
  async index(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const locale = res.locals.locale as Locale;
    // The list, the chart (its labels in the reader's language) and the start form's documents.
    const view = await this.pages.view(me, 'analyses', locale, async () => {
      const history = await this.analyses.history(me.id);
      return { analyses: history.rows, chart: scoreHistoryChart(history.series, res.locals.fmt as Formatters), documents: history.documents };
    });
    res.render('analysis/index.njk', { title: t('analysis:title.list'), ...view });
  }

  @Get('analyses/:id')
  async show(@CurrentUser() me: AuthUser, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const locale = res.locals.locale as Locale;
    // A report the owner has read at this data version needs neither the access check nor the reads
    // again: it was cached after the check passed, and nothing of theirs has changed since.
    const model = (await this.pages.peek<ReportPageModel>(me, 'analysis-report', `${id}|${locale}`)) ?? (await this.reportModel(me, id, res));
    // htmx polls this URL while the analysis runs; it gets only the status fragment until done.
    const running = model.analysis.status === 'queued' || model.analysis.status === 'running';
    renderView(req, res, { page: 'analysis/show.njk', fragment: running ? 'analysis/_progress.njk' : undefined }, model);
  }

  /** The report page's view model; cached for the owner only (anyone else's read is checked and logged each time). */
  private async reportModel(me: AuthUser, id: string, res: Response): Promise<ReportPageModel> {
    const { ownerId } = await this.access.require(me, 'analysis:read', id);
    const load = async (): Promise<ReportPageModel> => {
      const { row, aiNote, failureReason, report, jobText } = await this.analyses.reportPage(ownerId, id);
      const t = res.locals.t as Translate;
      // A job text with nothing to match leaves the match part out of the report's score and formula.
      const matchMeasured = report?.breakdown.some((part) => part.id === 'match') ?? false;
      return {
        title: t('analysis:title.report'),
        analysis: row,
        deleteConfirmation: deleteConfirmation(row, res),
        report: report ? analysisReportView(report, t, res.locals.locale as Locale) : undefined,
        jobText,
        aiNote: storedNote(aiNote, AI_NOTE_REASONS, (reason) => t(`analysis:aiNote.${reason}`)),
        failureReason: storedNote(failureReason, FAILURE_REASONS, (reason) => t(`analysis:failure.${reason}`)),
        formula: scoringFormula(report ? matchMeasured : Boolean(jobText)),
        matchMeasured,
      };
    };
    return ownerId === me.id ? this.pages.view(me, 'analysis-report', `${id}|${res.locals.locale as Locale}`, load) : load();
  }

  @Post('analyses/:id/retry')
  async retry(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'analysis:write', id);
    await this.analyses.retry(ownerId, id);
    const t = res.locals.t as Translate;
    setFlash(res, 'info', t('analysis:flash.retrying'));
    seeOther(res, `/analyses/${id}`);
  }

  @Get('analyses/:id/delete')
  async confirmDelete(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const analysis = await this.analyses.get(me.id, id);
    const row = analysisRow(listColumnsOf(analysis), await this.analyses.documentName(analysis));
    res.render('partials/delete-confirmation-page.njk', confirmationPage(deleteConfirmation(row, res)));
  }

  @Post('analyses/:id/delete')
  async delete(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { ownerId } = await this.access.require(me, 'analysis:write', id);
    await this.analyses.delete(ownerId, id);
    const t = res.locals.t as Translate;
    setFlash(res, 'success', t('analysis:flash.deleted'));
    seeOther(res, '/analyses');
  }
}

type ReportPageModel = {
  title: string;
  analysis: AnalysisRow;
  deleteConfirmation: DeleteConfirmation;
  report: ReturnType<typeof analysisReportView> | undefined;
  jobText: string | undefined;
  aiNote: { text: string; lang?: 'en' } | undefined;
  failureReason: { text: string; lang?: 'en' } | undefined;
  formula: ReturnType<typeof scoringFormula>;
  /** False when the job text gave nothing to match: the page says so instead of "nothing missing". */
  matchMeasured: boolean;
};

/**
 * A note stored as a reason word, worded in the reader's language; one stored before the catalogs is
 * an English sentence, shown as it is and marked English.
 */
function storedNote<R extends string>(stored: string | null | undefined, reasons: readonly R[], word: (reason: R) => string): { text: string; lang?: 'en' } | undefined {
  if (!stored) return undefined;
  return (reasons as readonly string[]).includes(stored) ? { text: word(stored as R) } : { text: stored, lang: 'en' };
}

/** The same words on the confirmation page and in the dialog on the analysis page, in the reader's language. */
function deleteConfirmation(analysis: AnalysisRow, res: Response): DeleteConfirmation {
  const t = res.locals.t as Translate;
  const fmt = res.locals.fmt as Formatters;
  const words = { name: analysis.documentName, job: analysis.jobTitle, date: fmt.date(analysis.requestedAt) };
  return {
    id: DELETE_DIALOG_ID,
    heading: t('analysis:delete.question'),
    deletes: [analysis.jobTitle ? t('analysis:delete.deletesAgainst', words) : t('analysis:delete.deletes', words)],
    action: `/analyses/${analysis.id}/delete`,
    buttonLabel: t('analysis:delete.button'),
    cancelUrl: `/analyses/${analysis.id}`,
  };
}
