import { describe, expect, it } from 'vitest';
import { roleGaps } from '../../../src/kernel/skills/role-gaps.js';
import { skillsForRole } from '../../../src/kernel/skills/skills-for-role.js';

// Roles outside the occupation families of role-gaps.json (built for software, data, nursing, marketing…):
// their gaps come from their own ESCO / O*NET occupations, ranked by how much a skill tells of that work.
const gapNames = (role: string, has: string[] = ['Communication'], limit = 10): string[] => roleGaps(role, { has }, limit).gaps.map((g) => g.name);

describe('role gaps for roles outside the families', () => {
  it('gives a dental hygienist the work of dental hygiene, where before only skills two occupations shared counted (none)', () => {
    const names = gapNames('Dental Hygienist');
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(names).toContain('perform dental hygiene interventions');
  });

  it('never gives what nearly every occupation lists (office tools, Communication) as a gap', () => {
    for (const role of ['Baker', 'Plumber', 'Librarian', 'Airline Pilot']) {
      const names = gapNames(role, [], 30);
      expect(names.length, role).toBeGreaterThan(0);
      for (const ubiquitous of ['Microsoft Word', 'Microsoft Office', 'Microsoft Excel', 'Microsoft PowerPoint', 'Microsoft Outlook', 'Communication']) expect(names, role).not.toContain(ubiquitous);
    }
  });

  it('gives different roles different gaps', () => {
    const baker = gapNames('Baker');
    const plumber = gapNames('Plumber');
    expect(baker.filter((name) => plumber.includes(name))).toEqual([]);
  });

  it('ranks what few occupations list (the trade itself) above what many do', () => {
    const names = gapNames('Plumber');
    expect(names.slice(0, 5).some((name) => /pip|plumbing|drain|faucet/i.test(name))).toBe(true);
  });

  it('takes no skills from an occupation that only shares a word of the title (a veterinary nurse for a nurse)', () => {
    const names = gapNames('Nurse', ['Communication'], 40);
    expect(names.filter((name) => /animal|veterinar/i.test(name))).toEqual([]);
    expect(names).not.toContain('Apache Spark');
  });
});

describe('role titles matched to occupations', () => {
  it('reads HVAC as heating, ventilation and air conditioning, and "tech" as technician', () => {
    const titles = skillsForRole('HVAC Tech').occupations.map((o) => o.title);
    expect(titles).toContain('Heating, Air Conditioning, and Refrigeration Mechanics and Installers');
    expect(gapNames('HVAC Tech').some((name) => /refrigera|heat/i.test(name))).toBe(true);
  });

  it('meets ESCO’s British spelling ("counsellor") with the American ("counselor")', () => {
    expect(skillsForRole('Educational Counselor').occupations.map((o) => o.title)).toContain('educational counsellor');
  });

  it('matches a Korean title through the occupations’ Korean titles, spaces and the person’s ending aside', () => {
    expect(skillsForRole('품질관리 담당자').occupations.map((o) => o.title)).toContain('industrial quality manager');
    expect(skillsForRole('회계사').occupations.map((o) => o.title)).toContain('accountant');
    expect(gapNames('품질관리 담당자').length).toBeGreaterThan(0);
  });
});
