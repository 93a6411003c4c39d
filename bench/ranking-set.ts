import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonResumeSchema, type JsonResume } from '../src/kernel/resume/json-resume.js';
import { rankJobs } from '../src/modules/analysis/scoring/job-ranking.js';

/** One résumé of the labelled ranking set, ranked against every job (best first). */
export interface RankingOutcome {
  resume: string;
  occupation: string;
  side: 'tuning' | 'test';
  ranked: Array<{ job: string; score: number }>;
  /** Own job's score minus the best other job's (negative: another job ranks first). */
  margin: number;
}

/** A job of a ranking set: its occupation (the file name before the first dot) and its text. */
export interface RankingJob {
  id: string;
  text: string;
}

/** Every `<occupation>.job.txt` of a folder, in file-name order. */
export function readRankingJobs(jobsDir: string): RankingJob[] {
  return readdirSync(jobsDir).sort().map((file) => ({ id: file.split('.')[0]!, text: readFileSync(join(jobsDir, file), 'utf8') }));
}

/**
 * Ranks every JSON Resume of `truthDir` (files named `NN-<occupation>-<name>.json`) against `jobs`;
 * the margin is the résumé's own occupation's job against the best other one.
 */
export function rankTruthAgainstJobs(truthDir: string, jobs: readonly RankingJob[]): Array<Omit<RankingOutcome, 'side'>> {
  return readdirSync(truthDir).sort().map((file) => {
    const id = file.replace(/\.json$/, '');
    const occupation = id.split('-')[1]!;
    const resume: JsonResume = jsonResumeSchema.parse({ basics: {}, work: [], volunteer: [], education: [], awards: [], certificates: [], skills: [], languages: [], projects: [], ...JSON.parse(readFileSync(join(truthDir, file), 'utf8')) });
    const ranked = rankJobs(resume, jobs);
    const own = ranked.find((r) => r.job === occupation)!.score;
    const bestOther = Math.max(...ranked.filter((r) => r.job !== occupation).map((r) => r.score));
    return { resume: id, occupation, ranked, margin: own - bestOther };
  });
}

/**
 * Runs the labelled set described in test/fixtures/analysis/ranking/labels.json from the project root:
 * each corpus résumé against the ten occupation jobs. Used by the bench and the ranking test.
 */
export function runRankingSet(root: string): RankingOutcome[] {
  const jobs = readRankingJobs(join(root, 'test/fixtures/analysis/ranking/jobs'));
  const split = (JSON.parse(readFileSync(join(root, 'test/fixtures/resume-corpus/split.json'), 'utf8')) as { resumes: Record<string, 'tuning' | 'test'> }).resumes;
  return rankTruthAgainstJobs(join(root, 'test/fixtures/resume-corpus/truth'), jobs).map((outcome) => ({ ...outcome, side: split[outcome.resume]! }));
}
