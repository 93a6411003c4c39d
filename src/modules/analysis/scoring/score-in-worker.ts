import { resolveCompiledWorker, runInWorker, type WorkerLimits } from '../../../platform/workers/run-worker.js';
import type { AnalysisReport, AnalyzeResumeInput } from './analysis-report.js';

export interface ScoringWorkerOutput {
  report: AnalysisReport;
  /** The name and contact lines, kept away from the AI provider (D5). */
  contactLines: string[];
  /** The résumé without its contact header: what an AI provider may see. */
  textWithoutContact: string;
}

const SCORING_LIMITS: WorkerLimits = { timeoutMs: 30_000, maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };

/** Scores a résumé in a resource-limited worker thread (see scoring.worker.ts). */
export function scoreInWorker(input: AnalyzeResumeInput, limits: Partial<WorkerLimits> = {}): Promise<ScoringWorkerOutput> {
  return runInWorker<AnalyzeResumeInput, ScoringWorkerOutput>(resolveCompiledWorker(import.meta.url, 'scoring.worker.js'), input, { ...SCORING_LIMITS, ...limits });
}
