import { beforeAll } from 'vitest';
import { extractSkills } from '../../src/kernel/skills/index.js';
import { jobMatch } from '../../src/modules/analysis/scoring/job-match.js';

/** The job match of a job and a résumé, with the résumé's skills as the analysis extracts them. */
export const match = (job: string, resume: string) => jobMatch(job, resume, extractSkills(resume));

/** Loads the taxonomy and tagger before the file's tests, outside their time. */
export function warmJobMatch(): void {
  beforeAll(() => {
    match('Requirements:\n- Go and project management\n', 'Go');
  }, 120_000);
}

/** Everything the match names as missing: required and preferred skills, the job's phrases, its keywords. */
export const missingOf = (result: ReturnType<typeof match>): string[] => [
  ...result.missingDisplay,
  ...(result.preferred.missingDisplay ?? []),
  ...(result.phrases ?? []).filter((p) => p.verdict === 'missing').map((p) => p.phrase),
  ...result.keywords.missing,
];

/** The missing items `word` finds. */
export const said = (result: ReturnType<typeof match>, word: RegExp): string[] => missingOf(result).filter((item) => word.test(item));
