import type { JsonResume } from '../../../kernel/resume/json-resume.js';
import { resumeText } from '../../../kernel/resume/resume-text.js';
import { analyzeResume } from './analyze-resume.js';

export interface RankedJob {
  job: string;
  score: number;
}

/**
 * How well one résumé fits each job, best first: the job-match part of the report (required,
 * preferred and keyword shares), read from the profile as an analysis reads it.
 */
export function rankJobs(resume: JsonResume, jobs: ReadonlyArray<{ id: string; text: string }>): RankedJob[] {
  const text = resumeText(resume);
  return jobs
    .map((job) => ({ job: job.id, score: analyzeResume({ text, resume, job: job.text }).breakdown.find((b) => b.id === 'match')?.score ?? 0 }))
    .sort((a, b) => b.score - a.score || a.job.localeCompare(b.job));
}
