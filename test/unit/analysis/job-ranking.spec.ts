import { describe, expect, it } from 'vitest';
import { runRankingSet } from '../../../bench/ranking-set.js';

// The labelled set: 20 public corpus résumés × 10 occupation jobs (test/fixtures/analysis/ranking).
// Only the tuning side is asserted here; the test side is measured by `npm run bench -- analysis`.
const tuning = runRankingSet(process.cwd()).filter((o) => o.side === 'tuning');

describe('ranking résumés against jobs (#12 items 5–6)', () => {
  it('ranks the own occupation first for every tuning résumé, with a margin of 10+ points', () => {
    expect(tuning.filter((o) => o.margin < 10).map((o) => o.resume)).toEqual([]);
  });

  it('a nurse is never ranked for the software job, nor an engineer for nursing', () => {
    for (const o of tuning) {
      if (o.occupation === 'nursing') expect(o.ranked[0]!.job).not.toBe('software');
      if (o.occupation === 'software') expect(o.ranked[0]!.job).not.toBe('nursing');
    }
  });

  // The observed "one of four résumés ranked against the wrong job": an operations manager ranked the
  // finance job first, because of the finance job only "Excel" was recognised as a requirement, and one
  // matched requirement out of one scored high. Taxonomy aliases for the finance terms (wave 4) fixed the
  // tuning side but not the held-back one. What fixed it (wave 5): the job's own words the taxonomy does
  // not name ("monthly management reporting", "GAAP") count as requirements, and "Six Sigma" on the
  // résumé meets "Six Sigma methods".
  it('ranks the operations managers for the operations job, not finance, by 10+ points', () => {
    for (const id of ['07-operations-lisandroreichert', '17-operations-philliphartmann']) {
      const operations = tuning.find((o) => o.resume === id)!;
      expect(operations.ranked[0]!.job).toBe('operations');
      expect(operations.margin).toBeGreaterThanOrEqual(10);
    }
  });
});
