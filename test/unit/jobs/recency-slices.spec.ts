import { describe, expect, it } from 'vitest';
import { CANDIDATE_POOL, nextRecencySlice, type RecencySlice } from '../../../src/modules/jobs/job-search.service.js';

/** Every slice a search would read when each slice finds `perSlice[i]` matches. */
function slicesRead(postedWithinDays: number | null, perSlice: number[], oldestDaysAgo: number | null = null): RecencySlice[] {
  const read: RecencySlice[] = [];
  let found = 0;
  for (let slice = nextRecencySlice(postedWithinDays, null, 0); slice; slice = nextRecencySlice(postedWithinDays, slice, found, oldestDaysAgo)) {
    read.push(slice);
    found += perSlice[read.length - 1] ?? 0;
  }
  return read;
}

describe('recency slices of a word search', () => {
  it('stops after the newest 3 days when they fill the pool', () => {
    expect(slicesRead(null, [CANDIDATE_POOL])).toEqual([{ withinDays: 3, notWithinDays: null }]);
  });

  it('widens next to where the density found predicts a full pool, with a margin, reading only the new days', () => {
    // 12 matches in 3 days: 200 need ~50 days; with the margin 75.
    expect(slicesRead(null, [12, 188])).toEqual([
      { withinDays: 3, notWithinDays: null },
      { withinDays: 75, notWithinDays: 3 },
    ]);
  });

  it('widens at least twofold, and to all time past a year or when nothing was found', () => {
    expect(slicesRead(null, [150, 10, 40])[1]).toEqual({ withinDays: 6, notWithinDays: 3 });
    expect(slicesRead(null, [0, 5])).toEqual([
      { withinDays: 3, notWithinDays: null },
      { withinDays: null, notWithinDays: 3 },
    ]);
    expect(slicesRead(null, [1, 0])[1]).toEqual({ withinDays: null, notWithinDays: 3 });
  });

  it('never reads past "posted within", and stops once it has read all of it', () => {
    expect(slicesRead(1, [0])).toEqual([{ withinDays: 1, notWithinDays: null }]);
    expect(slicesRead(30, [2, 0])).toEqual([
      { withinDays: 3, notWithinDays: null },
      { withinDays: 30, notWithinDays: 3 },
    ]);
  });

  it('ends with a slice that has no lower bound on age unless capped, so every match can be found', () => {
    const read = slicesRead(null, [20, 20, 20, 20]);
    expect(read.at(-1)!.withinDays).toBeNull();
    // Consecutive slices meet: each starts where the one before ended.
    for (let i = 1; i < read.length; i++) expect(read[i]!.notWithinDays).toBe(read[i - 1]!.withinDays);
  });

  it('stops once the slices have reached the oldest published posting, instead of reading an empty all-time slice', () => {
    // A board 27.5 days old (the demo board): 5 matches in 3 days predict 180 days, which holds it all.
    expect(slicesRead(null, [5, 37], 27.5)).toEqual([
      { withinDays: 3, notWithinDays: null },
      { withinDays: 180, notWithinDays: 3 },
    ]);
    // A board younger than the first window: one slice.
    expect(slicesRead(null, [5], 2.9)).toEqual([{ withinDays: 3, notWithinDays: null }]);
    expect(slicesRead(null, [5], 3)).toEqual([{ withinDays: 3, notWithinDays: null }]);
    // Older than what was read: the slices go on as before.
    expect(slicesRead(null, [5, 37, 1], 180.01)).toEqual([
      { withinDays: 3, notWithinDays: null },
      { withinDays: 180, notWithinDays: 3 },
      { withinDays: null, notWithinDays: 180 },
    ]);
    expect(slicesRead(null, [5, 37, 1])).toEqual(slicesRead(null, [5, 37, 1], 180.01));
  });
});
