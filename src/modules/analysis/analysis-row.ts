import type { Analysis, AnalysisStatus } from './analysis.entity.js';

/**
 * The plain columns lists, the score chart and the dashboard read of an analysis: no entity is built
 * for them and no ciphertext read (AnalysisRepository's column reads; `listColumnsOf` for an entity).
 */
export interface AnalysisListColumns {
  id: string;
  documentId: string;
  status: AnalysisStatus;
  jobTitle: string | null;
  score: number | null;
  createdAt: Date;
  completedAt: Date | null;
}

/** The same columns of an analysis already loaded as an entity. */
export function listColumnsOf(a: Analysis): AnalysisListColumns {
  return {
    id: a.id,
    documentId: a.document.id,
    status: a.status as AnalysisStatus,
    jobTitle: a.jobTitle ?? null,
    score: a.score ?? null,
    createdAt: a.createdAt,
    completedAt: a.completedAt ?? null,
  };
}

/**
 * What pages show of an analysis in lists (templates get view models, never entities). The status is
 * an enum and the date a Date: templates word them in the reader's language (`analysis:status.*`, `fmt`).
 * `documentName` is decrypted by the caller (`AnalysisService.rows`): file names are stored encrypted.
 */
export function analysisRow(a: AnalysisListColumns, documentName: string) {
  return {
    id: a.id,
    documentName,
    documentId: a.documentId,
    jobTitle: a.jobTitle,
    status: a.status,
    score: a.score,
    requestedAt: a.createdAt,
  };
}

export type AnalysisRow = ReturnType<typeof analysisRow>;
