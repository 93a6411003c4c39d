import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { epochMs } from '../../platform/database/epoch-ms.js';
import { Analysis } from './analysis.entity.js';
import type { AnalysisListColumns } from './analysis-row.js';

/** An analysis's list columns with its document's encrypted name (DocumentsService decrypts it). */
export interface AnalysisWithDocumentName extends AnalysisListColumns {
  fileNameCiphertext: Buffer;
}

/** The dashboard's read: every analysis, and the encrypted report of the latest scored one. */
export interface AnalysisDashboardColumns {
  rows: AnalysisWithDocumentName[];
  latestScoredReport: Buffer | null;
}

/** One analysis as its report page shows it, ciphertexts still encrypted. */
export interface AnalysisReportColumns extends AnalysisWithDocumentName {
  aiNote: string | null;
  failureReason: string | null;
  reportCiphertext: Buffer | null;
  jobTextCiphertext: Buffer | null;
}

const LIST_COLUMNS = `a.id, a.document_id as "documentId", a.status, a.job_title as "jobTitle", a.score, ${epochMs('a.created_at')} as "createdAt", ${epochMs('a.completed_at')} as "completedAt"`;
/** A row as read: its timestamps are milliseconds (epochMs) until `withDates` makes them Dates. */
type Read<T extends AnalysisListColumns> = Omit<T, 'createdAt' | 'completedAt'> & { createdAt: number; completedAt: number | null };
const withDates = <R extends { createdAt: number; completedAt: number | null }>({ createdAt, completedAt, ...row }: R) => ({
  ...row,
  createdAt: new Date(createdAt),
  completedAt: completedAt === null ? null : new Date(completedAt),
});
/** Scored: what the chart draws and progress compares (`isScored` in AnalysisService). */
const SCORED = `(a.status = 'done' and a.score is not null)`;

/**
 * Queries on analyses. Every read of a row takes the owner id (promise A3), except `findForJob` (the
 * queue worker runs an analysis its owner started and knows only its id) and `ownersOf` (the access
 * policy asking whose it is).
 */
@Injectable()
export class AnalysisRepository {
  constructor(private readonly em: EntityManager) {}

  listOwned(ownerId: string, documentId?: string): Promise<Analysis[]> {
    return this.em.find(Analysis, { owner: ownerId, ...(documentId ? { document: documentId } : {}) }, { orderBy: { createdAt: 'desc' }, populate: ['document'] });
  }

  /** The owner's analyses, newest first: list columns only, one statement, no entity built. */
  async listColumnsOwned(ownerId: string): Promise<AnalysisListColumns[]> {
    const rows = await this.em.execute<Read<AnalysisListColumns>[]>(`select ${LIST_COLUMNS} from analyses a where a.owner_id = ? order by a.created_at desc, a.id desc`, [ownerId]);
    return rows.map(withDates);
  }

  /**
   * The dashboard's one statement: every analysis of the owner (newest first) with its document's
   * encrypted name, and the encrypted report of the newest scored one only (the next-steps card reads
   * it; the others' reports are never read). The window ranks the scored rows in the list's own order.
   */
  async dashboardColumnsOwned(ownerId: string): Promise<AnalysisDashboardColumns> {
    const rows = await this.em.execute<(Read<AnalysisWithDocumentName> & { latestScoredReport: Buffer | null })[]>(
      `select ${LIST_COLUMNS}, d.file_name_ciphertext as "fileNameCiphertext",
              case when ${SCORED} and row_number() over (partition by ${SCORED} order by a.created_at desc, a.id desc) = 1
                   then a.report_ciphertext end as "latestScoredReport"
         from analyses a join documents d on d.id = a.document_id and d.owner_id = a.owner_id
        where a.owner_id = ?
        order by a.created_at desc, a.id desc`,
      [ownerId],
    );
    return {
      rows: rows.map(({ latestScoredReport: _report, ...columns }) => withDates(columns)),
      latestScoredReport: rows.find((row) => row.latestScoredReport)?.latestScoredReport ?? null,
    };
  }

  /** One analysis for its report page, with its ciphertexts and its document's encrypted name (one statement). */
  async reportColumnsOwned(ownerId: string, analysisId: string): Promise<AnalysisReportColumns | undefined> {
    const [row] = await this.em.execute<Read<AnalysisReportColumns>[]>(
      `select ${LIST_COLUMNS}, d.file_name_ciphertext as "fileNameCiphertext", a.ai_note as "aiNote", a.failure_reason as "failureReason",
              a.report_ciphertext as "reportCiphertext", a.job_text_ciphertext as "jobTextCiphertext"
         from analyses a join documents d on d.id = a.document_id and d.owner_id = a.owner_id
        where a.id = ? and a.owner_id = ?`,
      [analysisId, ownerId],
    );
    return row && withDates(row);
  }

  findOwned(ownerId: string, analysisId: string): Promise<Analysis | null> {
    return this.em.findOne(Analysis, { id: analysisId, owner: ownerId }, { populate: ['document'] });
  }

  /**
   * One analysis with its encrypted report and job text (lazy on the entity: only an opened report
   * needs them), for reading. In a fork, so an entity already in this request's identity map without
   * them cannot answer in its place.
   */
  findOwnedWithCiphertexts(ownerId: string, analysisId: string): Promise<Analysis | null> {
    return this.em.fork().findOne(Analysis, { id: analysisId, owner: ownerId }, { populate: ['document', 'reportCiphertext', 'jobTextCiphertext'] });
  }

  /** Requests of this document since `since`, newest first, with their job texts (to spot a double submit). */
  recentForDocument(em: EntityManager, ownerId: string, documentId: string, since: Date): Promise<Analysis[]> {
    return em.find(Analysis, { owner: ownerId, document: documentId, createdAt: { $gte: since } }, { orderBy: { createdAt: 'desc' }, populate: ['jobTextCiphertext'] });
  }

  countRequestedSince(em: EntityManager, ownerId: string, since: Date): Promise<number> {
    return em.count(Analysis, { owner: ownerId, createdAt: { $gte: since } });
  }

  /** The queue handler's read, in its own forked EntityManager, with the job text it runs against. */
  findForJob(em: EntityManager, analysisId: string): Promise<Analysis | null> {
    return em.findOne(Analysis, { id: analysisId }, { populate: ['document', 'jobTextCiphertext'] });
  }

  /** Outside the request's unit of work, so the failure is recorded even if the caller's work is not flushed. */
  async markFailed(ownerId: string, analysisId: string, failureReason: string): Promise<void> {
    await this.em.fork().nativeUpdate(Analysis, { id: analysisId, owner: ownerId }, { status: 'failed', failureReason });
  }

  /**
   * Marks an analysis failed unless it finished meanwhile (a queue job given up after its process
   * died). Returns whether it was still unfinished.
   */
  async markFailedUnlessDone(ownerId: string, analysisId: string, failureReason: string): Promise<boolean> {
    const changed = await this.em.fork().nativeUpdate(Analysis, { id: analysisId, owner: ownerId, status: { $ne: 'done' } }, { status: 'failed', failureReason });
    return changed > 0;
  }

  /** Owner of each existing analysis among `ids`, for the access policy. */
  async ownersOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.em.execute<{ id: string; owner_id: string }[]>(`select id, owner_id from analyses where id = any(?::uuid[])`, [`{${ids.join(',')}}`]);
    return new Map(rows.map((row) => [row.id, row.owner_id]));
  }
}
