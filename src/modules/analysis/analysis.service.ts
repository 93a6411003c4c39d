import { RequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { User } from '../../platform/identity/user.entity.js';
import { Document } from '../documents/index.js';
import { DocumentsService, type DocumentRow } from '../documents/index.js';
import { EncryptedObjectStore } from '../../platform/vault/encrypted-object-store.service.js';
import { JobQueue } from '../../platform/queue/job-queue.service.js';
import { Analysis } from './analysis.entity.js';
import { AnalysisEngine } from './analysis-engine.js';
import { AnalysisRepository } from './analysis.repository.js';
import { UsersRepository } from '../../platform/identity/users.repository.js';
import { AnalysisNotFoundError, AnalysisRateLimitedError } from './analysis.errors.js';
import { analysisRow, type AnalysisListColumns, type AnalysisRow } from './analysis-row.js';
import { ProcessingRestrictions } from '../compliance/index.js';
import { QuotaService } from '../billing/index.js';
import type { AnalysedVersion } from './scoring/analysis-report.js';
import type { ReportText, StoredReport } from './analysis-report.view.js';
import type { JsonResume } from '../../kernel/resume/json-resume.js';
import { analysedText } from './scoring/analysed-text.js';

export const ANALYSIS_QUEUE = 'analysis.run';
/** Costly work is rate-limited per person. */
export const ANALYSES_PER_HOUR = 30;
const MAX_ATTEMPTS = 3;

/**
 * Why an analysis failed, stored as this word (`analyses.failure_reason`) and worded by the report page
 * in the reader's language (`analysis:failure.<reason>`). Rows from before keep their English sentence.
 */
export const FAILURE_REASONS = ['notQueued', 'restricted', 'failed', 'interrupted'] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

const reportPurpose = (id: string) => `analysis-report:${id}`;
const jobPurpose = (id: string) => `analysis-job:${id}`;

/** One document's scores over time (the history chart's line). */
export interface ScoreSeries {
  label: string;
  points: { at: Date; score: number }[];
}

export interface DashboardSummary {
  series: ScoreSeries[];
  /** The five newest analyses, as the card lists them. */
  latest: AnalysisRow[];
  /** Some analysis against a job description has finished (the first steps' "run an analysis against a job"). */
  againstAJob: boolean;
  /** The encrypted report of the latest finished analysis, which the next-steps card reads (`nextStepsFrom`). */
  latestDone: { id: string; reportCiphertext: Buffer | null } | undefined;
  /** First and latest score of the résumé analysed last (one document and its versions). */
  progress: { documentName: string; first: number; latest: number; delta: number } | undefined;
}

/** What to do next, from one report: its top suggestions and the skills to learn first. */
export interface NextSteps {
  /** Worded by the card in the reader's language; a report from before the catalogs carries English text. */
  topSuggestions: { title: ReportText; why: ReportText; analysisId: string }[];
  learnFirst: string[];
}

export interface AnalysisView {
  analysis: Analysis;
  report: StoredReport | undefined;
  jobText: string | undefined;
}

/** The report page's analysis: its list row, notes, and report and job text decrypted. */
export interface AnalysisReportPage {
  row: AnalysisRow;
  aiNote: string | null;
  failureReason: string | null;
  report: StoredReport | undefined;
  jobText: string | undefined;
}

/** How many analyses the dashboard's card lists. */
const LATEST_SHOWN = 5;

/**
 * Runs analyses as queued jobs so a slow provider never blocks a request and work survives a
 * restart. Every query is scoped by owner (D2, A3: see AnalysisRepository); reports and job texts
 * are encrypted; only results are stored (D3).
 */
@Injectable()
export class AnalysisService implements OnModuleInit {
  private readonly logger = new Logger('Analysis');

  constructor(
    private readonly em: EntityManager,
    private readonly analyses: AnalysisRepository,
    private readonly users: UsersRepository,
    private readonly documents: DocumentsService,
    private readonly store: EncryptedObjectStore,
    private readonly engine: AnalysisEngine,
    private readonly queue: JobQueue,
    private readonly restrictions: ProcessingRestrictions,
    private readonly quota: QuotaService,
  ) {}

  onModuleInit(): void {
    this.queue.register<{ analysisId: string }>({
      name: ANALYSIS_QUEUE,
      expireInSeconds: 120,
      retryLimit: MAX_ATTEMPTS - 1,
      // Queue handlers run outside any request: give each job its own identity map.
      handle: ({ analysisId }) => RequestContext.create(this.em, () => this.run(analysisId)),
      // The last attempt's process died mid-run (run() never reached its catch): without this the
      // analysis would say "running" forever; failed, it offers the retry button.
      onGiveUp: ({ analysisId, ownerId }) => this.giveUp(ownerId, analysisId),
    });
  }

  private async giveUp(ownerId: string, analysisId: string): Promise<void> {
    if (await this.analyses.markFailedUnlessDone(ownerId, analysisId, 'interrupted' satisfies FailureReason)) {
      this.logger.error(`Analysis ${analysisId} was given up after its last attempt was cut off`);
    }
  }

  /**
   * Queues an analysis. A double submit of the same request within a few seconds returns the first:
   * the check and the insert run under a per-person advisory lock, so two racing submits cannot both
   * pass the check.
   */
  async request(ownerId: string, documentId: string, jobText: string | undefined): Promise<Analysis> {
    // A person who paused processing (or objected to analyses) gets none until they resume (R3).
    await this.restrictions.assertAllowed(ownerId, 'analysis');
    const document = await this.documents.get(ownerId, documentId);
    const job = jobText?.trim() ? jobText.trim().slice(0, 50_000) : undefined;
    // A run requested before the last edit or replacement analysed another version: not a double submit.
    const profileSavedAt = document.category === 'resume' ? (await this.documents.profile(ownerId, document.id)).savedAt.getTime() : 0;
    const versionSince = Math.max(document.updatedAt.getTime(), profileSavedAt);
    const { analysis, created } = await this.em.fork().transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`analysis-request:${ownerId}`]);
      const since = new Date(Math.max(Date.now() - 10_000, versionSince + 1));
      const recent = await this.analyses.recentForDocument(tx, ownerId, document.id, since);
      for (const candidate of recent) {
        const sameJob = candidate.jobTextCiphertext ? (await this.decrypt(ownerId, jobPurpose(candidate.id), candidate.jobTextCiphertext)) === job : job === undefined;
        if (sameJob) return { analysis: candidate, created: false };
      }
      const lastHour = await this.analyses.countRequestedSince(tx, ownerId, new Date(Date.now() - 3_600_000));
      if (lastHour >= ANALYSES_PER_HOUR) {
        throw new AnalysisRateLimitedError(ANALYSES_PER_HOUR);
      }
      // The plan's monthly quota is used in this transaction: exactly when the analysis row commits.
      await this.quota.consume(ownerId, 'analyses', 1, tx);
      const fresh = tx.create(Analysis, {
        owner: tx.getReference(User, ownerId),
        document: tx.getReference(Document, document.id),
        jobTitle: job ? job.split('\n').find((l) => l.trim())?.trim().slice(0, 200) ?? null : null,
      });
      if (job) fresh.jobTextCiphertext = await this.store.encryptField(ownerId, jobPurpose(fresh.id), job);
      return { analysis: fresh, created: true };
    });
    if (created) await this.enqueue(analysis);
    return analysis;
  }

  /** If the queue cannot take the job, the analysis says so and offers a retry instead of waiting forever. */
  private async enqueue(analysis: Analysis): Promise<void> {
    try {
      await this.queue.send(ANALYSIS_QUEUE, { analysisId: analysis.id }, { ownerId: analysis.owner.id });
    } catch (error) {
      this.logger.error(`Could not queue analysis ${analysis.id}: ${(error as Error).message}`);
      await this.analyses.markFailed(analysis.owner.id, analysis.id, 'notQueued' satisfies FailureReason);
    }
  }

  async retry(ownerId: string, analysisId: string): Promise<Analysis> {
    await this.restrictions.assertAllowed(ownerId, 'analysis');
    const analysis = await this.get(ownerId, analysisId);
    if (analysis.status !== 'failed') return analysis;
    this.em.assign(analysis, { status: 'queued', failureReason: null, attempts: 0 });
    await this.em.flush();
    await this.enqueue(analysis);
    return analysis;
  }

  /** The queue handler. Idempotent: a finished analysis is left alone if its job runs again. */
  async run(analysisId: string): Promise<void> {
    const em = this.em.fork();
    const analysis = await this.analyses.findForJob(em, analysisId);
    if (!analysis || analysis.status === 'done') return;
    const ownerId = analysis.owner.id;
    // Queued before the person paused processing: it does not start (R3).
    if (await this.restrictions.isRestricted(ownerId, 'analysis')) {
      em.assign(analysis, { status: 'failed', failureReason: 'restricted' satisfies FailureReason });
      await em.flush();
      return;
    }
    analysis.status = 'running';
    analysis.startedAt = new Date();
    analysis.attempts += 1;
    await em.flush();
    try {
      const { text, fileText, resume, version } = await this.analysedVersion(ownerId, analysis.document);
      const jobText = analysis.jobTextCiphertext ? await this.decrypt(ownerId, jobPurpose(analysis.id), analysis.jobTextCiphertext) : undefined;
      const user = await this.users.findById(ownerId, em);
      if (!user) throw new Error('The owner of a queued analysis no longer exists');
      const { report, aiNote } = await this.engine.analyze({
        text,
        fileText,
        resume,
        edited: version.kind === 'edited-profile',
        // Documents without a text layer are refused at upload, so every stored one has it.
        layout: {
          columns: analysis.document.columnCount,
          pages: analysis.document.pageCount ?? undefined,
          hasTextLayer: true,
          tables: analysis.document.tableCount ?? undefined,
        },
        job: jobText,
        targetRoles: user.targetRoles,
        seniority: user.seniority,
      });
      em.assign(analysis, {
        status: 'done',
        score: report.score,
        subScores: report.subScores,
        reportCiphertext: await this.store.encryptField(ownerId, reportPurpose(analysis.id), JSON.stringify({ ...report, version })),
        aiNote: aiNote ?? null,
        failureReason: null,
        completedAt: new Date(),
      });
      await em.flush();
    } catch (error) {
      const final = analysis.attempts >= MAX_ATTEMPTS;
      this.logger.error(`Analysis ${analysis.id} attempt ${analysis.attempts} failed: ${(error as Error).message}`);
      em.assign(analysis, {
        status: final ? 'failed' : 'queued',
        failureReason: final ? ('failed' satisfies FailureReason) : null,
      });
      await em.flush();
      if (!final) throw error; // the queue retries with backoff
    }
  }

  /**
   * What the analysis reads: what the user sees in Candor. A résumé profile its owner edited is
   * written out in one defined way, so a removed skill is gone and an added achievement is a bullet;
   * an unedited one is the file's text through the sections read from it (`analysedText`). The
   * file's own text still feeds the file-format findings.
   */
  private async analysedVersion(ownerId: string, document: Document): Promise<{ text: string; fileText: string; resume: JsonResume | undefined; version: AnalysedVersion }> {
    const fileText = await this.documents.text(ownerId, document.id);
    const fromFile: AnalysedVersion = { kind: 'file', at: document.updatedAt.toISOString() };
    if (document.category !== 'resume') return { text: fileText, fileText, resume: undefined, version: fromFile };
    const { resume, edited, savedAt } = await this.documents.profile(ownerId, document.id);
    return { text: analysedText(fileText, resume, edited), fileText, resume, version: edited ? { kind: 'edited-profile', at: savedAt.toISOString() } : fromFile };
  }

  list(ownerId: string, documentId?: string): Promise<Analysis[]> {
    return this.analyses.listOwned(ownerId, documentId);
  }

  async get(ownerId: string, analysisId: string): Promise<Analysis> {
    const analysis = await this.analyses.findOwned(ownerId, analysisId);
    if (!analysis) throw new AnalysisNotFoundError();
    return analysis;
  }

  /** The analysis with its report and job text decrypted: the only read that decrypts a report. */
  async view(ownerId: string, analysisId: string): Promise<AnalysisView> {
    const analysis = await this.analyses.findOwnedWithCiphertexts(ownerId, analysisId);
    if (!analysis) throw new AnalysisNotFoundError();
    const report = analysis.reportCiphertext ? (JSON.parse(await this.decrypt(ownerId, reportPurpose(analysis.id), analysis.reportCiphertext)) as StoredReport) : undefined;
    const jobText = analysis.jobTextCiphertext ? await this.decrypt(ownerId, jobPurpose(analysis.id), analysis.jobTextCiphertext) : undefined;
    return { analysis, report, jobText };
  }

  /**
   * The report page: one statement reads the analysis (scoped by owner), its ciphertexts and its
   * document's encrypted name; the report, the job text and the name are decrypted, nothing else.
   */
  async reportPage(ownerId: string, analysisId: string): Promise<AnalysisReportPage> {
    const columns = await this.analyses.reportColumnsOwned(ownerId, analysisId);
    if (!columns) throw new AnalysisNotFoundError();
    const [names, report, jobText] = await Promise.all([
      this.documents.fileNamesOf(ownerId, [columns]),
      columns.reportCiphertext ? this.decrypt(ownerId, reportPurpose(columns.id), columns.reportCiphertext).then((json) => JSON.parse(json) as StoredReport) : undefined,
      columns.jobTextCiphertext ? this.decrypt(ownerId, jobPurpose(columns.id), columns.jobTextCiphertext) : undefined,
    ]);
    return { row: analysisRow(columns, names.get(columns.documentId)!), aiNote: columns.aiNote, failureReason: columns.failureReason, report, jobText };
  }

  /**
   * What the dashboard shows: score history per document, the latest runs, progress. One statement
   * however many analyses there are (plain columns, no entity), the names of the documents shown
   * decrypted once each; no report is decrypted here (the next-steps card decrypts the latest one's).
   */
  async dashboard(ownerId: string): Promise<DashboardSummary> {
    const { rows: all, latestScoredReport } = await this.analyses.dashboardColumnsOwned(ownerId);
    const done = all.filter(isScored);
    const latest = all.slice(0, LATEST_SHOWN);
    const names = await this.documents.fileNamesOf(ownerId, [...done, ...latest]);
    const latestDone = done[0];
    // Progress compares like with like: the first and the latest analysis of the same résumé (its
    // edits and replacements keep its id), never two different résumés.
    const oldest = latestDone ? done.filter((a) => a.documentId === latestDone.documentId).at(-1) : undefined;
    return {
      series: scoreSeries(done, names),
      latest: latest.map((a) => analysisRow(a, names.get(a.documentId)!)),
      againstAJob: done.some((a) => a.jobTitle !== null),
      latestDone: latestDone ? { id: latestDone.id, reportCiphertext: latestScoredReport } : undefined,
      progress:
        latestDone && oldest && latestDone.id !== oldest.id
          ? { documentName: names.get(latestDone.documentId)!, first: oldest.score!, latest: latestDone.score!, delta: latestDone.score! - oldest.score! }
          : undefined,
    };
  }

  /** The top suggestions and skills to learn first of one analysis, from its encrypted report (decrypted here). */
  async nextStepsFrom(ownerId: string, analysis: { id: string; reportCiphertext: Buffer | null }): Promise<NextSteps> {
    const report = analysis.reportCiphertext ? (JSON.parse(await this.decrypt(ownerId, reportPurpose(analysis.id), analysis.reportCiphertext)) as StoredReport) : undefined;
    return {
      topSuggestions: report?.suggestions.slice(0, 3).map((s) => ({ title: s.title, why: s.why, analysisId: analysis.id })) ?? [],
      learnFirst: report?.gaps.learnFirst.slice(0, 5) ?? [],
    };
  }

  /**
   * The analyses page: every run, the score history and the documents to analyse, from plain columns
   * (two statements, no entity). No report is decrypted; each document's name once, shared by the
   * form and the history (an analysis's document is always one of its owner's documents).
   */
  async history(ownerId: string): Promise<{ rows: AnalysisRow[]; series: ScoreSeries[]; documents: DocumentRow[] }> {
    const [all, documents] = await Promise.all([this.analyses.listColumnsOwned(ownerId), this.documents.listRows(ownerId)]);
    const names = new Map(documents.map((d) => [d.id, d.fileName]));
    return { rows: all.map((a) => analysisRow(a, names.get(a.documentId)!)), series: scoreSeries(all.filter(isScored), names), documents };
  }

  /** The name of the analysed document, decrypted (file names are personal data). */
  documentName(analysis: Analysis): Promise<string> {
    return this.documents.fileName(analysis.document);
  }


  async delete(ownerId: string, analysisId: string): Promise<void> {
    const analysis = await this.get(ownerId, analysisId);
    await this.em.remove(analysis).flush();
  }

  private decrypt(ownerId: string, purpose: string, ciphertext: Uint8Array): Promise<string> {
    return this.store.decryptField(ownerId, purpose, Buffer.from(ciphertext));
  }
}

function isScored(analysis: AnalysisListColumns): boolean {
  return analysis.status === 'done' && typeof analysis.score === 'number';
}

/** One line per document, newest point first as listed; labels are the decrypted document names. */
function scoreSeries(scored: readonly AnalysisListColumns[], names: ReadonlyMap<string, string>): ScoreSeries[] {
  const series = new Map<string, ScoreSeries>();
  for (const a of scored) {
    const entry = series.get(a.documentId) ?? { label: names.get(a.documentId)!, points: [] };
    entry.points.push({ at: a.completedAt ?? a.createdAt, score: a.score! });
    series.set(a.documentId, entry);
  }
  return [...series.values()];
}
