import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { roleGapSummary, runRoleGapSet } from '../../../bench/role-gaps-set.js';
import { roleGaps } from '../../../src/kernel/skills/role-gaps.js';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';

const goResume = readFileSync('test/fixtures/analysis/advice/go-engineer.resume.txt', 'utf8');
const gapsFor = (role: string, text: string): string[] => analyzeResume({ text, targetRoles: [role], asOf: new Date('2026-06-01') }).gaps.roles[0]!.missing.map((g) => g.name);
const names = (role: string, has: string[] = []): string[] => roleGaps(role, { has }, 15).gaps.map((g) => g.name);

// The taxonomy loads once per process (a second or two on a busy machine): before the first test's clock starts.
beforeAll(() => void roleGaps('Nurse', { has: [] }, 1));

describe('role gaps that fit the occupation (#12)', () => {
  it('a Go back-end engineer is told about infrastructure and systems, never XML, C#, .NET or CSS', () => {
    for (const gaps of [gapsFor('Go Backend Engineer', goResume), gapsFor('Backend Engineer', goResume), names('Go Backend Engineer', ['Go'])]) {
      expect(gaps.length).toBeGreaterThanOrEqual(8);
      for (const never of ['XML', 'C#', '.NET', 'CSS', 'HTML', 'ASP.NET Core', 'jQuery']) expect(gaps).not.toContain(never);
      expect(gaps.filter((g) => /terraform|distributed systems|observability|kubernetes|docker|ci\/cd|jenkins|linux|kafka|ansible|cloud/i.test(g)).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('never tells a nurse to learn Apache Spark (one occupation’s flat tool list is no gap)', () => {
    for (const role of ['Registered Nurse', 'Nurse', 'ICU Nurse', 'Staff Nurse', 'Nursing Assistant']) {
      const gaps = names(role);
      expect(gaps).not.toContain('Apache Spark');
      for (const tool of ['Kronos Workforce Timekeeper', 'Henry Schein Dentrix', 'Microsoft Project']) expect(gaps).not.toContain(tool);
      expect(gaps.some((g) => /health|nurs|patient|clinical|care/i.test(g))).toBe(true);
    }
  });

  it('three different target roles give different gaps, each of its own field', () => {
    const go = names('Go Backend Engineer', ['Go']);
    const nurse = names('Registered Nurse');
    const accountant = names('Accountant', ['Microsoft Excel']);
    for (const [a, b] of [[go, nurse], [go, accountant], [nurse, accountant]] as const) expect(a.filter((g) => b.includes(g))).toEqual([]);
    expect(accountant.filter((g) => /account|financ|tax|bookkeep|audit/i.test(g)).length).toBeGreaterThanOrEqual(5);
  });

  it('never suggests what the person has, nor an alternative to the stack they use (a Java developer is not told C#)', () => {
    const java = names('Backend Developer', ['Java', 'Spring Boot', 'MySQL']);
    for (const owned of ['Java', 'Spring Boot', 'MySQL']) expect(java).not.toContain(owned);
    for (const alternative of ['C#', '.NET', 'Python', 'Go', 'Django', 'PostgreSQL', 'SQL Server']) expect(java).not.toContain(alternative);
    // "event-driven microservices" in the Go résumé is evidence of Event-Driven Architecture.
    expect(gapsFor('Go Backend Engineer', goResume)).not.toContain('Event-Driven Architecture');
  });

  it('a Go engineer aiming at a front-end role is pointed at the front end, not kept to Go', () => {
    const gaps = gapsFor('Frontend Developer', goResume);
    expect(gaps.filter((g) => /typescript|react|angular|vue|css|javascript/i.test(g)).length).toBeGreaterThanOrEqual(2);
  });

  it('weighs architecture and leadership by the seniority aimed at (the title, else the profile)', () => {
    const rank = (gaps: string[]) => gaps.indexOf('Distributed Systems');
    const lead = roleGaps('Software Engineer', { has: ['Go'], seniority: 'lead' }, 15).gaps.map((g) => g.name);
    const junior = roleGaps('Software Engineer', { has: ['Go'], seniority: 'junior' }, 15).gaps.map((g) => g.name);
    expect(rank(lead)).toBeGreaterThanOrEqual(0);
    expect(junior.includes('Distributed Systems') ? rank(junior) : Infinity).toBeGreaterThan(rank(lead));
    expect(names('Senior Software Engineer', ['Go'])).toEqual(roleGaps('Software Engineer', { has: ['Go'], seniority: 'senior' }, 15).gaps.map((g) => g.name));
  });

  it('ranks by importance, not one tied list: the gaps shown carry several distinct scores, best first', () => {
    for (const role of ['Go Backend Engineer', 'Registered Nurse', 'Accountant', 'Data Scientist']) {
      const scores = roleGaps(role, { has: [] }, 15).gaps.map((g) => g.score);
      expect(new Set(scores).size, role).toBeGreaterThanOrEqual(4);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  // The labelled set (test/fixtures/analysis/role-gaps, split fixed by split.json before tuning). Its test
  // side was published in wave 6 and is tuning data since wave 7, so both sides are asserted here; a fresh
  // held-back set measures what generalises.
  it('on both sides of the labelled set (all in-sample now): no never-say gap, and a fair share of relevant ones', () => {
    const tuning = runRoleGapSet(process.cwd());
    for (const o of tuning) {
      expect(o.neverSay, o.id).toEqual([]);
      expect(o.owned, o.id).toEqual([]);
    }
    const summary = roleGapSummary(tuning);
    expect(summary.empty).toBe(0);
    expect(summary.meanRelevant).toBeGreaterThanOrEqual(0.4);
  });
});
