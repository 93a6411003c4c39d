import { parentPort, workerData } from 'node:worker_threads';
import { contactHeaderEnd, withoutContactHeader } from '../../../kernel/resume/resume-sections.js';
import { analyzeResume } from './analyze-resume.js';
import type { AnalyzeResumeInput } from './analysis-report.js';
import type { ScoringWorkerOutput } from './score-in-worker.js';

// One analysis per worker: the scoring and every other pass over the résumé text run here, under
// the worker's time and memory limits, never on the main thread (a stored hostile document must
// not stall the server while it is analysed).
const input = workerData as AnalyzeResumeInput;
const contactLines = input.text
  .slice(0, contactHeaderEnd(input.text))
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);
const output: ScoringWorkerOutput = { report: analyzeResume(input), contactLines, textWithoutContact: withoutContactHeader(input.text) };
parentPort?.postMessage(output);
