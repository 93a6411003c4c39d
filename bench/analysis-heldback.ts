// The held-back analysis sets (issue #12): wave 7 (test/fixtures/analysis/heldback-w7), wave 8
// (test/fixtures/analysis/heldback-w8), wave 9 (test/fixtures/analysis/heldback-w9), wave 10
// (test/fixtures/analysis/heldback-w10), wave 11 (test/fixtures/analysis/heldback-w11), wave 12
// (test/fixtures/analysis/heldback-w12), wave 13 (test/fixtures/analysis/heldback-w13), wave 14
// (test/fixtures/analysis/heldback-w14), wave 15 (test/fixtures/analysis/heldback-w15), wave 16
// (test/fixtures/analysis/heldback-w16), wave 17 (test/fixtures/analysis/heldback-w17), wave 18
// (test/fixtures/analysis/heldback-w18), wave 19 (test/fixtures/analysis/heldback-w19), wave 20
// (test/fixtures/analysis/heldback-w20), wave 21 (test/fixtures/analysis/heldback-w21), wave 22
// (test/fixtures/analysis/heldback-w22), wave 23 (test/fixtures/analysis/heldback-w23) and wave 24
// (test/fixtures/analysis/heldback-w24): score spread
// across each résumé's renderings, ranking against the set's own (and near-miss) jobs and the public
// ones, labelled role gaps and advice pairs. Each was built by an engineer who does not tune the analysis
// and frozen by its manifest.json before any figure on it existed. Wave 7 was held back in wave 7 and is
// TUNING data since wave 8; wave 8 was held back in wave 8 and is TUNING data since wave 9; wave 9 was held
// back in wave 9 and is TUNING data since wave 10; wave 10 was held back in wave 10 and is TUNING data since
// wave 11; wave 11 was held back in wave 11 and is TUNING data since wave 12; wave 12 was held back in wave 12
// and is TUNING data since wave 13. Their per-item misses are printed by analysis-misses.ts
// (`npm run bench -- analysis misses-w7` … `misses-w13`; wave 13 was held back in wave 13 and is TUNING data
// since wave 14; wave 14 was held back in wave 14 and is TUNING data since wave 15; wave 15 was held back in wave 15
// and is TUNING data since wave 16; wave 16 was held back in wave 16 and is TUNING data since wave 17: `misses-w16`;
// wave 17 was held back in wave 17 and is TUNING data since wave 18: `misses-w17`; wave 18 was held back in wave 18
// and is TUNING data since wave 19: `misses-w18`; wave 19 was held back in wave 19 and is TUNING data since wave 20:
// `misses-w19`; wave 20 was held back in wave 20 and is TUNING data since wave 21: `misses-w20`; wave 21 was held back
// in wave 21 and is TUNING data since wave 22: `misses-w21`; wave 22 was held back in wave 22 and is TUNING data since
// wave 23: `misses-w22`; wave 23 was held back in wave 23 and is TUNING data since wave 24: `misses-w23`).
// This module returns totals only, and no caller may widen it to return (or print) per-item outcomes of a set still
// held back (the wave 24 set, test/fixtures/analysis/heldback-w24, built by an engineer who never tunes).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseAdvicePair, type AdvicePair, missingItems, rewordedRoleLines, says, softSkillsAppended } from './advice-set.js';
import { readRankingJobs, rankTruthAgainstJobs } from './ranking-set.js';
import { judgeRoleGapCase, readRoleGapCases, roleGapSummary } from './role-gaps-set.js';
import { scoreRenderings, spreadOf, spreadTotals } from './score-spread.js';

export const HELD_BACK_W7_DIR = 'test/fixtures/analysis/heldback-w7';
export const HELD_BACK_W8_DIR = 'test/fixtures/analysis/heldback-w8';
export const HELD_BACK_W9_DIR = 'test/fixtures/analysis/heldback-w9';
export const HELD_BACK_W10_DIR = 'test/fixtures/analysis/heldback-w10';
export const HELD_BACK_W11_DIR = 'test/fixtures/analysis/heldback-w11';
export const HELD_BACK_W12_DIR = 'test/fixtures/analysis/heldback-w12';
export const HELD_BACK_W13_DIR = 'test/fixtures/analysis/heldback-w13';
export const HELD_BACK_W14_DIR = 'test/fixtures/analysis/heldback-w14';
export const HELD_BACK_W15_DIR = 'test/fixtures/analysis/heldback-w15';
export const HELD_BACK_W16_DIR = 'test/fixtures/analysis/heldback-w16';
export const HELD_BACK_W17_DIR = 'test/fixtures/analysis/heldback-w17';
export const HELD_BACK_W18_DIR = 'test/fixtures/analysis/heldback-w18';
export const HELD_BACK_W19_DIR = 'test/fixtures/analysis/heldback-w19';
export const HELD_BACK_W20_DIR = 'test/fixtures/analysis/heldback-w20';
export const HELD_BACK_W21_DIR = 'test/fixtures/analysis/heldback-w21';
export const HELD_BACK_W22_DIR = 'test/fixtures/analysis/heldback-w22';
export const HELD_BACK_W23_DIR = 'test/fixtures/analysis/heldback-w23';
export const HELD_BACK_W24_DIR = 'test/fixtures/analysis/heldback-w24';
const PUBLIC_RANKING_JOBS = 'test/fixtures/analysis/ranking/jobs';
const READING_BUDGET_MS = 120_000;

/** The only figures the held-back set yields. */
export interface HeldBackFigures {
  /** `renderings`: the most renderings of one résumé; `fewestRenderings`: the fewest (the Korean résumés of waves 8 and 9 have six). */
  spread: { resumes: number; renderings: number; fewestRenderings: number; totals: string };
  /** `nearMissJobs`: the set's jobs of the résumés' own fields that are no résumé's own job (none in wave 7). */
  ranking: { resumes: number; jobs: number; ownJobs: number; nearMissJobs: number; first: number; tenPoints: number; medianMargin: number; worstMargin: number };
  roleGaps: ReturnType<typeof roleGapSummary>;
  advice: { pairs: number; expected: number; expectedNamed: number; mustNotSay: number; mustNotSaySaid: number; pairsClean: number; pairsKeepingRules: number };
}

/** The set's job folders: each résumé's own jobs (ranking/jobs) and, from wave 8, near-miss jobs (ranking/near-miss). */
function ownAndNearMissDirs(dir: string): { own: string; nearMiss?: string } {
  const nearMiss = join(dir, 'ranking/near-miss');
  return { own: join(dir, 'ranking/jobs'), ...(existsSync(nearMiss) ? { nearMiss } : {}) };
}

/** Every job folder a set's résumés are ranked against: its own jobs, its near-miss jobs and the public ones. */
export function setJobDirs(root: string, dir: string): string[] {
  const { own, nearMiss } = ownAndNearMissDirs(dir);
  return [own, ...(nearMiss ? [nearMiss] : []), join(root, PUBLIC_RANKING_JOBS)];
}

/** The file of the job an advice pair names: the set's own, its near-miss or a public one. */
export function setJobFile(root: string, dir: string, name: string): string {
  return setJobDirs(root, dir).map((jobs) => join(jobs, `${name}.job.txt`)).find((file) => existsSync(file)) ?? join(root, PUBLIC_RANKING_JOBS, `${name}.job.txt`);
}

/** Totals of the held-back set in `setDir` (HELD_BACK_W7_DIR … HELD_BACK_W24_DIR, relative to `root`). */
export async function heldBackFigures(root: string, setDir: string = HELD_BACK_W7_DIR): Promise<HeldBackFigures> {
  const dir = join(root, setDir);

  // A generous reading budget: on a loaded machine the service's 15 s wall-clock limit cut off a reading
  // (wave 7 bench run), and a rendering lost to load would make the spread figure noise. Reading time is
  // the extraction benches' business.
  const scores = [...(await scoreRenderings(join(dir, 'spread/rendered'), { timeoutMs: READING_BUDGET_MS })).values()];
  const spread = {
    resumes: scores.length,
    renderings: Math.max(...scores.map((s) => s.sections.length)),
    fewestRenderings: Math.min(...scores.map((s) => s.sections.length)),
    totals: spreadTotals(scores.map((s) => spreadOf(s.sections))),
  };

  // Each résumé against its own occupation's job among the set's own jobs, its near-miss jobs (wave 8) and the ten public ones.
  const jobDirs = ownAndNearMissDirs(dir);
  const ownJobs = readRankingJobs(jobDirs.own);
  const nearMissJobs = jobDirs.nearMiss ? readRankingJobs(jobDirs.nearMiss) : [];
  const jobs = [...ownJobs, ...nearMissJobs, ...readRankingJobs(join(root, PUBLIC_RANKING_JOBS))];
  const margins = rankTruthAgainstJobs(join(dir, 'spread/truth'), jobs).map((o) => o.margin).sort((a, b) => a - b);
  const ranking = {
    resumes: margins.length,
    jobs: jobs.length,
    ownJobs: ownJobs.length,
    nearMissJobs: nearMissJobs.length,
    first: margins.filter((m) => m > 0).length,
    tenPoints: margins.filter((m) => m >= 10).length,
    medianMargin: margins[Math.floor(margins.length / 2)]!,
    worstMargin: margins[0]!,
  };

  return { spread, ranking, roleGaps: heldBackRoleGaps(root, setDir), advice: adviceTotals(root, dir) };
}

/** The role-gap totals of the set in `setDir` alone (no renderings read: `npm run bench -- analysis role-gaps`). */
export function heldBackRoleGaps(root: string, setDir: string): ReturnType<typeof roleGapSummary> {
  return roleGapSummary(readRoleGapCases(join(root, setDir, 'role-gaps/labels.json')).map((c) => ({ ...judgeRoleGapCase(c), side: 'test' as const })));
}

/** The advice pairs: expected missing words named, must-not-say words said, and the rules every report keeps. */
function adviceTotals(root: string, dir: string): HeldBackFigures['advice'] {
  const set = JSON.parse(readFileSync(join(dir, 'advice/pairs.json'), 'utf8')) as { asOf: string; pairs: AdvicePair[] };
  const totals = { pairs: set.pairs.length, expected: 0, expectedNamed: 0, mustNotSay: 0, mustNotSaySaid: 0, pairsClean: 0, pairsKeepingRules: 0 };
  for (const pair of set.pairs) {
    const { report, text } = analyseAdvicePair(join(dir, 'spread/truth', `${pair.resume}.json`), setJobFile(root, dir, pair.job), new Date(set.asOf));
    const missing = missingItems(report);
    const said = pair.notMissing.filter((word) => says(missing, word)).length;
    totals.expected += pair.missing.length;
    totals.expectedNamed += pair.missing.filter((word) => says(missing, word)).length;
    totals.mustNotSay += pair.notMissing.length;
    totals.mustNotSaySaid += said;
    if (said === 0) totals.pairsClean += 1;
    if (rewordedRoleLines(report, text).length === 0 && softSkillsAppended(report).length === 0) totals.pairsKeepingRules += 1;
  }
  return totals;
}
