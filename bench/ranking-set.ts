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

/**
 * Runs the labelled set described in test/fixtures/analysis/ranking/labels.json from the project root:
 * each corpus résumé against the ten occupation jobs. Used by the bench and the ranking test.
 */
export function runRankingSet(root: string): RankingOutcome[] {
  const jobsDir = join(root, 'test/fixtures/analysis/ranking/jobs');
  const jobs = readdirSync(jobsDir).sort().map((file) => ({ id: file.split('.')[0]!, text: readFileSync(join(jobsDir, file), 'utf8') }));
  const split = (JSON.parse(readFileSync(join(root, 'test/fixtures/resume-corpus/split.json'), 'utf8')) as { resumes: Record<string, 'tuning' | 'test'> }).resumes;
  const truthDir = join(root, 'test/fixtures/resume-corpus/truth');
  return readdirSync(truthDir).sort().map((file) => {
    const id = file.replace(/\.json$/, '');
    const occupation = id.split('-')[1]!;
    const resume: JsonResume = jsonResumeSchema.parse({ basics: {}, work: [], volunteer: [], education: [], awards: [], certificates: [], skills: [], languages: [], projects: [], ...JSON.parse(readFileSync(join(truthDir, file), 'utf8')) });
    const ranked = rankJobs(resume, jobs);
    const own = ranked.find((r) => r.job === occupation)!.score;
    const bestOther = Math.max(...ranked.filter((r) => r.job !== occupation).map((r) => r.score));
    return { resume: id, occupation, side: split[id]!, ranked, margin: own - bestOther };
  });
}
