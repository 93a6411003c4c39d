import { describe, expect, it } from 'vitest';
import { roleGaps } from '../../../src/kernel/skills/role-gaps.js';
import { skillsForRole } from '../../../src/kernel/skills/skills-for-role.js';

// Role gaps left empty (#12, wave 21): O*NET matched the role word for word but lists only office software for it, and
// ESCO knows the work under another preferred label, with the role's title among its alternative labels.

const gapsOf = (role: string, has: string[] = []): string[] => roleGaps(role, { has }, 10).gaps.map((g) => g.name);

describe('an ESCO occupation whose alternative label is the role’s whole title', () => {
  it('tells the work where O*NET’s close title lists only office software', () => {
    expect(skillsForRole('Tour Guide').occupations.some((o) => o.source === 'esco' && o.title === 'tourist guide')).toBe(true);
    const gaps = gapsOf('Tour Guide', ['Customer Service', 'Route Planning']);
    expect(gaps.filter((g) => /visitor|tour|sightseeing|guide/i.test(g)).length).toBeGreaterThanOrEqual(5);
    expect(gaps.some((g) => /excel|outlook|powerpoint|photoshop|safari/i.test(g))).toBe(false);
  });

  it('reads a one-word title ESCO writes in two ("Cabinetmaker": cabinet maker)', () => {
    const gaps = gapsOf('Cabinetmaker', ['Hand Tools']);
    expect(gaps.filter((g) => /furniture|wood|sanding/i.test(g)).length).toBeGreaterThanOrEqual(4);
    expect(gaps.some((g) => /autocad|windows|outlook/i.test(g))).toBe(false);
  });

  it('confirms the ESCO title sharing the role’s words that it names ("highway maintenance worker": road maintenance worker)', () => {
    const road = skillsForRole('Highway Maintenance Worker').occupations.find((o) => o.title === 'road maintenance worker');
    expect(road?.similarity).toBeGreaterThanOrEqual(0.9);
    expect(gapsOf('Highway Maintenance Worker', ['Traffic Control']).length).toBeGreaterThan(0);
  });

  it('brings no other occupation where ESCO titles sharing the role’s words matched (a UX designer is no technical writer)', () => {
    expect(skillsForRole('UX Designer').occupations.some((o) => o.title === 'technical communicator')).toBe(false);
  });

  it('is not read in part: a software engineer is not matched through labels that only share its words', () => {
    const titles = skillsForRole('Backend Engineer').occupations.map((o) => o.title);
    expect(titles).not.toContain('technical communicator');
    expect(skillsForRole('Backend Engineer').occupations.every((o) => o.similarity >= 0.5)).toBe(true);
  });
});
