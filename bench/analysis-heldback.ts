// The wave 7 held-back analysis set (test/fixtures/analysis/heldback-w7, issue #12): score spread across
// ten renderings, ranking against the set's own and the public jobs, and labelled role gaps. Built by an
// engineer who does not tune the analysis and frozen by manifest.json before any figure on it existed.
// Nobody tunes on it, and nothing reports which of its items fails: this module returns totals only,
// and no caller may widen it to return (or print) per-item outcomes.
import { join } from 'node:path';
import { readRankingJobs, rankTruthAgainstJobs } from './ranking-set.js';
import { judgeRoleGapCase, readRoleGapCases, roleGapSummary } from './role-gaps-set.js';
import { scoreRenderings, spreadOf, spreadTotals } from './score-spread.js';

export const HELD_BACK_W7_DIR = 'test/fixtures/analysis/heldback-w7';

/** The only figures the held-back set yields. */
export interface HeldBackFigures {
  spread: { resumes: number; renderings: number; totals: string };
  ranking: { resumes: number; jobs: number; ownJobs: number; first: number; tenPoints: number; medianMargin: number; worstMargin: number };
  roleGaps: ReturnType<typeof roleGapSummary>;
}

export async function heldBackFigures(root: string): Promise<HeldBackFigures> {
  const dir = join(root, HELD_BACK_W7_DIR);

  const scores = [...(await scoreRenderings(join(dir, 'spread/rendered'))).values()];
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
  return { spread, ranking, roleGaps };
}
