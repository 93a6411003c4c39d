import { describe, expect, it } from 'vitest';
import { runRankingSet } from '../../../bench/ranking-set.js';

// The labelled set: 20 public corpus résumés × 10 occupation jobs (test/fixtures/analysis/ranking).
// Only the tuning side is asserted here; the test side is measured by `npm run bench -- analysis`.
const tuning = runRankingSet(process.cwd()).filter((o) => o.side === 'tuning');

describe('ranking résumés against jobs (#12 items 5–6)', () => {
  it('ranks the own occupation first for at least 8 of the 10 tuning résumés, with a margin of 10+ points', () => {
    expect(tuning.filter((o) => o.margin >= 10).length).toBeGreaterThanOrEqual(8);
  });

  it('a nurse is never ranked for the software job, nor an engineer for nursing', () => {
    for (const o of tuning) {
      if (o.occupation === 'nursing') expect(o.ranked[0]!.job).not.toBe('software');
      if (o.occupation === 'software') expect(o.ranked[0]!.job).not.toBe('nursing');
    }
  });

  // The observed "one of four résumés ranked against the wrong job": an operations manager ranks the
  // finance job first, because of the finance job only "Excel" is recognised as a requirement, and one
  // matched requirement out of one scores high. Known and open; this flips to a failure once fixed.
  // Tried (wave 4): taxonomy aliases for budgeting, forecasting, variance analysis, management reporting,
  // GAAP/IFRS, reconciliation, month-end close. The tuning side then ranked all 10 first (this case by 1
  // point), but the held-back side fell from 10/10 to 8/10 own-job-first (median margin 44 → 23), so the
  // aliases were not shipped: recognising the job's finance terms is not enough while résumés word them
  // differently.
  it.fails('ranks the operations manager for the operations job, not finance', () => {
    const operations = tuning.find((o) => o.resume === '07-operations-lisandroreichert')!;
    expect(operations.ranked[0]!.job).toBe('operations');
  });
});
