// The wave 7 analysis set (test/fixtures/analysis/heldback-w7, issue #12): score spread across ten
// renderings, ranking against the set's own and the public jobs, and labelled role gaps. Built by an
// engineer who does not tune the analysis and frozen by manifest.json before any figure on it existed.
// Held back in wave 7; TUNING data since wave 8 (a fresh held-back set, built by someone who never tunes,
// measures from then on). This module returns its totals; its per-item misses are printed by
// analysis-misses-w7.ts (`npm run bench -- analysis misses-w7`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseAdvicePair, type AdvicePair, missingItems, rewordedRoleLines, says, softSkillsAppended } from './advice-set.js';
import { readRankingJobs, rankTruthAgainstJobs } from './ranking-set.js';
import { judgeRoleGapCase, readRoleGapCases, roleGapSummary } from './role-gaps-set.js';
import { scoreRenderings, spreadOf, spreadTotals } from './score-spread.js';

export const HELD_BACK_W7_DIR = 'test/fixtures/analysis/heldback-w7';
const READING_BUDGET_MS = 120_000;

/** The only figures the held-back set yields. */
export interface HeldBackFigures {
  spread: { resumes: number; renderings: number; totals: string };
  ranking: { resumes: number; jobs: number; ownJobs: number; first: number; tenPoints: number; medianMargin: number; worstMargin: number };
  roleGaps: ReturnType<typeof roleGapSummary>;
  advice: { pairs: number; expected: number; expectedNamed: number; mustNotSay: number; mustNotSaySaid: number; pairsClean: number; pairsKeepingRules: number };
}

export async function heldBackFigures(root: string): Promise<HeldBackFigures> {
  const dir = join(root, HELD_BACK_W7_DIR);

  // A generous reading budget: on a loaded machine the service's 15 s wall-clock limit cut off a reading
  // (wave 7 bench run), and a rendering lost to load would make the spread figure noise. Reading time is
  // the extraction benches' business.
  const scores = [...(await scoreRenderings(join(dir, 'spread/rendered'), { timeoutMs: READING_BUDGET_MS })).values()];
  const spread = {
    resumes: scores.length,
    renderings: Math.max(...scores.map((s) => s.sections.length)),
    totals: spreadTotals(scores.map((s) => spreadOf(s.sections))),
  };

  // Each résumé against its own occupation's job among the set's ten and the ten public ones (a wider field than the public set's ten).
  const ownJobs = readRankingJobs(join(dir, 'ranking/jobs'));
  const jobs = [...ownJobs, ...readRankingJobs(join(root, 'test/fixtures/analysis/ranking/jobs'))];
  const margins = rankTruthAgainstJobs(join(dir, 'spread/truth'), jobs).map((o) => o.margin).sort((a, b) => a - b);
  const ranking = {
    resumes: margins.length,
    jobs: jobs.length,
    ownJobs: ownJobs.length,
    first: margins.filter((m) => m > 0).length,
    tenPoints: margins.filter((m) => m >= 10).length,
    medianMargin: margins[Math.floor(margins.length / 2)]!,
    worstMargin: margins[0]!,
  };

  const roleGaps = roleGapSummary(readRoleGapCases(join(dir, 'role-gaps/labels.json')).map((c) => ({ ...judgeRoleGapCase(c), side: 'test' as const })));
  return { spread, ranking, roleGaps, advice: adviceTotals(root, dir) };
}

/** The advice pairs: expected missing words named, must-not-say words said, and the rules every report keeps. */
function adviceTotals(root: string, dir: string): HeldBackFigures['advice'] {
  const set = JSON.parse(readFileSync(join(dir, 'advice/pairs.json'), 'utf8')) as { asOf: string; pairs: AdvicePair[] };
  const jobFile = (name: string): string => {
    const own = join(dir, 'ranking/jobs', `${name}.job.txt`);
    return existsSync(own) ? own : join(root, 'test/fixtures/analysis/ranking/jobs', `${name}.job.txt`);
  };
  const totals = { pairs: set.pairs.length, expected: 0, expectedNamed: 0, mustNotSay: 0, mustNotSaySaid: 0, pairsClean: 0, pairsKeepingRules: 0 };
  for (const pair of set.pairs) {
    const { report, text } = analyseAdvicePair(join(dir, 'spread/truth', `${pair.resume}.json`), jobFile(pair.job), new Date(set.asOf));
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
