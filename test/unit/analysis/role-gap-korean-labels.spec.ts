import { describe, expect, it } from 'vitest';
import { roleGaps } from '../../../src/kernel/skills/role-gaps.js';
import { skillLabel } from '../../../src/kernel/skills/skill-labels.js';

// A Korean page showed a phlebotomist's role gaps in English ("label blood samples"; wave 21). Bounded: the first ten
// gaps of a phlebotomist and a roofer, the roles of the lead's screenshot and of the newest set; Korean titles of trades
// and care work whose occupations' first gaps were English until wave 24 (a hairdresser's, a vet nurse's, a radiographer's).
describe('role gaps shown on a Korean page', () => {
  it.each(['Phlebotomist', 'Roofer', '미용사', '동물보건사', '방사선사', '말벗 도우미'])('%s: every one of the first ten has a Korean label', (role) => {
    const gaps = roleGaps(role, { has: [] }, 10).gaps.map((g) => g.name);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((g) => skillLabel(g, 'ko').lang === 'en' && !/^[A-Z]/.test(g))).toEqual([]);
  });
});
