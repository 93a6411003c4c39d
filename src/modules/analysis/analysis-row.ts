import type { Analysis, AnalysisStatus } from './analysis.entity.js';

/**
 * What pages show of an analysis in lists (templates get view models, never entities). The status is
 * an enum and the date a Date: templates word them in the reader's language (`analysis:status.*`, `fmt`).
 * `documentName` is decrypted by the caller (`AnalysisService.rows`): file names are stored encrypted.
 */
export function analysisRow(a: Analysis, documentName: string) {
  return {
    id: a.id,
    documentName,
    documentId: a.document.id,
    jobTitle: a.jobTitle,
    status: a.status as AnalysisStatus,
    score: a.score,
    requestedAt: a.createdAt,
  };
}

export type AnalysisRow = ReturnType<typeof analysisRow>;
