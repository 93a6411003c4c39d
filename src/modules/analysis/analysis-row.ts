import type { Analysis, AnalysisStatus } from './analysis.entity.js';

/** What pages show of an analysis in lists (templates get view models, never entities). */
const STATUS_TEXT: Record<AnalysisStatus, string> = {
  queued: 'Waiting to start…',
  running: 'Analysing your document…',
  done: 'Done',
  failed: 'Failed',
};

/** `documentName` is decrypted by the caller (`AnalysisService.rows`): file names are stored encrypted. */
export function analysisRow(a: Analysis, documentName: string) {
  return {
    id: a.id,
    documentName,
    documentId: a.document.id,
    jobTitle: a.jobTitle,
    status: a.status,
    statusText: STATUS_TEXT[a.status as AnalysisStatus],
    score: a.score,
    requestedAt: a.createdAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
    requestedAtIso: a.createdAt.toISOString(),
  };
}

export type AnalysisRow = ReturnType<typeof analysisRow>;
