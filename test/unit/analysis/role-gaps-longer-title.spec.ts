import { describe, expect, it } from 'vitest';
import { roleGaps } from '../../../src/kernel/skills/role-gaps.js';
import { skillsForRole } from '../../../src/kernel/skills/skills-for-role.js';

// Role gaps left empty for trades (#12, wave 19): a role whose close titles are O*NET's flat tool lists, where ESCO's
// title of the work is longer than the role's ("refrigeration air condition and heat pump technician"), and a role no
// title names with its head noun ("Leather Goods Maker"), where ESCO names the trade in other titles.

const gapsOf = (role: string, has: string[] = []): string[] => roleGaps(role, { has }, 10).gaps.map((g) => g.name);

describe('a longer title holding every word of the role', () => {
  it('tells the work when the close titles tell none', () => {
    const gaps = gapsOf('Refrigeration Technician', ['Building Maintenance']);
    expect(gaps.filter((g) => /refrigera|air condition|heat pump/i.test(g)).length).toBeGreaterThanOrEqual(5);
    expect(gaps.some((g) => /excel|outlook|powerpoint|SAP/i.test(g))).toBe(false);
  });
});

describe('a trade no title names with the role’s head noun', () => {
  it('is read through ESCO’s occupations of the trade, marked approximate, with no other family’s skills', () => {
    const occupations = skillsForRole('Leather Goods Maker').occupations;
    expect(occupations.length).toBeGreaterThan(0);
    expect(occupations.every((o) => o.source === 'esco' && o.approximate && /leather goods/.test(o.title))).toBe(true);
    const gaps = gapsOf('Leather Goods Maker', ['Hand Stitching']);
    expect(gaps.filter((g) => /leather/i.test(g)).length).toBeGreaterThanOrEqual(5);
    expect(gaps.some((g) => /customs|shipment|freight/i.test(g))).toBe(false);
  });

  it('needs two words of the trade: "Clerk of Works" is no clerk', () => {
    // ESCO names it by an alternative label (role-gaps-alternative-label.spec.ts); no trade of "works" stands for it.
    expect(skillsForRole('Clerk of Works').occupations.every((o) => !o.trade && !/clerk/i.test(o.title))).toBe(true);
  });
});
