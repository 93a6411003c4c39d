import { describe, expect, it } from 'vitest';
import { roleGaps } from '../../../src/kernel/skills/role-gaps.js';
import { skillsForRole } from '../../../src/kernel/skills/skills-for-role.js';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';

const first10 = (role: string, has: string[]) => roleGaps(role, { has }, 10).gaps;
const SYSTEMS = ['System Architecture', 'Distributed Systems', 'Microservices Architecture', 'Event-Driven Architecture', 'Cloud Architecture'];

// Role gaps ranked by the role's own occupations and the person's level (#12, wave 6).
describe('role gaps: seniority', () => {
  it('gives a senior back-end engineer the architecture and leadership of the level, and a mid-level one none of it', () => {
    const senior = first10('Senior Go Engineer', ['Go', 'Kubernetes', 'Docker', 'Redis']);
    expect(senior.filter((g) => [...SYSTEMS, 'Technical Leadership', 'Mentoring'].includes(g.name)).length).toBeGreaterThanOrEqual(3);
    expect(senior.some((g) => g.source === 'seniority')).toBe(true);
    expect(roleGaps('Go Engineer', { has: ['Go', 'Kubernetes', 'Docker', 'Redis'] }, 30).gaps.filter((g) => g.source === 'seniority')).toEqual([]);
  });

  it('gives a senior front-end developer no back-end system architecture', () => {
    const gaps = roleGaps('Senior React Developer', { has: ['React', 'TypeScript', 'JavaScript'] }, 30).gaps.filter((g) => g.source === 'seniority').map((g) => g.name);
    expect(gaps).toContain('Technical Leadership');
    for (const name of SYSTEMS) expect(gaps).not.toContain(name);
  });

  it('gives a senior nurse leading people, never software architecture', () => {
    const gaps = roleGaps('Senior Registered Nurse', { has: ['Communication'] }, 40).gaps.map((g) => g.name);
    for (const name of [...SYSTEMS, 'Technical Leadership']) expect(gaps).not.toContain(name);
  });

  it('says why: a seniority gap is "expected at the senior level"', () => {
    const report = analyzeResume({ text: 'Alex Example\n\nEXPERIENCE\nEngineer — Contoso | Jan 2020 – Present\n- Built services\n\nSKILLS\nGo, Kubernetes, Docker, Redis\n', targetRoles: ['Senior Go Engineer'] });
    const reasons = report.gaps.roles[0]!.missing.map((g) => JSON.stringify(g.reason));
    expect(reasons.some((r) => r.includes('analysis:engine.gaps.senior'))).toBe(true);
  });
});

describe('role gaps: the role’s own occupations', () => {
  it('ranks what a marketing manager’s occupations list above the rest of the marketing family (public relations)', () => {
    const names = first10('Marketing Manager', ['Communication']).map((g) => g.name);
    // Each of the first ten is listed by the role's own occupations (ESCO marketing manager, O*NET Marketing Managers).
    const own = new Set(skillsForRole('Marketing Manager').skills.map((s) => s.name));
    expect(names).toHaveLength(10);
    expect(names.filter((name) => own.has(name))).toEqual(names);
    expect(names).not.toContain('advise on public relations');
    expect(names).not.toContain('diplomatic principles');
  });

  it('reads "SEO Specialist" as the search engine optimisation expert', () => {
    const result = roleGaps('SEO Specialist', { has: ['Google Analytics'] }, 10);
    expect(result.occupations.map((o) => o.title)).toContain('search engine optimisation expert');
    expect(result.gaps.map((g) => g.name)).toContain('conduct search engine optimisation');
  });
});
