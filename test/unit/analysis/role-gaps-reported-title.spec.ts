import { describe, expect, it } from 'vitest';
import { roleGaps } from '../../../src/kernel/skills/role-gaps.js';
import { skillsForRole } from '../../../src/kernel/skills/skills-for-role.js';

// Role gaps left empty (#12, wave 22): O*NET names the role word for word but lists only office software for it, the
// ESCO titles sharing its words are other work ("forestry equipment operator" for an agricultural one), and ESCO knows
// the occupation under another name, one of whose alternative labels is one of O*NET's own titles for it ("farm
// equipment operator" of the land-based machinery operator).

const gapsOf = (role: string, has: string[] = []): string[] => roleGaps(role, { has }, 10).gaps.map((g) => g.name);

describe('ESCO’s name for an O*NET occupation found through its alternative labels', () => {
  it('gives a farm machinery operator the field’s work, not nothing', () => {
    expect(skillsForRole('Agricultural Equipment Operator').occupations.some((o) => o.title === 'land-based machinery operator')).toBe(true);
    const gaps = gapsOf('Agricultural Equipment Operator', ['Tractor Driving']);
    expect(gaps.filter((g) => /crop|herbicide|pesticide|fertiliser|soil|plant|land-based/i.test(g)).length).toBeGreaterThanOrEqual(4);
    expect(gaps.some((g) => /excel|outlook|windows|javascript/i.test(g))).toBe(false);
  });

  it('gives a floor sander sanding work ("floor sander" is an alternative label of ESCO’s wood sander)', () => {
    const gaps = gapsOf('Floor Sander and Finisher', ['Customer Service']);
    expect(gaps.filter((g) => /sand/i.test(g)).length).toBeGreaterThanOrEqual(3);
  });

  it('reads no loose neighbour: a social media manager gets no social work from O*NET’s near "Social and Community Service Managers"', () => {
    expect(gapsOf('Social Media Manager').some((g) => /social work|safeguarding/i.test(g))).toBe(false);
  });
});
