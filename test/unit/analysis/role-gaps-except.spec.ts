import { beforeAll, describe, expect, it } from 'vitest';
import { roleGaps } from '../../../src/kernel/skills/index.js';

// An O*NET title that says what it leaves out ("Earth Drillers, Except Oil and Gas") gets no gap of that work, though
// ESCO's nearest names for it (driller: an oil and gas driller) list it (#12, wave 18). Seen on a water-well drilling
// supervisor's report: "install oil rig" among the gaps for her target role.
beforeAll(() => void roleGaps('Nurse', { has: [] }, 1), 120_000);

describe('role gaps of a title that excludes some work', () => {
  it('leave out the excluded work and keep the rest of the trade', () => {
    const gaps = roleGaps('Earth Drillers, Except Oil and Gas', { has: ['QGIS'] }, 15).gaps.map((g) => g.name);
    expect(gaps.filter((g) => /\b(?:oil|gas)\b/i.test(g))).toEqual([]);
    expect(gaps.some((g) => /drill/i.test(g))).toBe(true);
  });
});
