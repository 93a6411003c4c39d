import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InterviewPlanInput } from '../../../src/modules/interview/engine/interview-types.js';
import { bankRoleFor, QUESTION_BANK, QUESTION_BANK_SOURCES } from '../../../src/modules/interview/engine/question-bank.js';
import { planInterview } from '../../../src/modules/interview/engine/question-plan.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const JOB = [
  'Senior Backend Engineer',
  'Requirements:',
  '- 5+ years of experience with Python',
  '- Kubernetes and Docker in production',
  '- PostgreSQL',
  '- Strong communication skills',
  'Nice to have: Terraform',
].join('\n');
const RESUME = 'Experience\nAcme — Software engineer, 2019–2024\n- Built Python services on Docker and PostgreSQL for 2 million users.';

const plan = (input: Partial<InterviewPlanInput>) => planInterview({ role: 'Frontend engineer', kind: 'mixed', length: 5, seed: 'seed-1', ...input });

describe('question bank', () => {
  it('ships attributed questions without interviewer-directed or placeholder rows', () => {
    expect(QUESTION_BANK.length).toBeGreaterThan(400);
    expect(QUESTION_BANK_SOURCES.map((s) => s.license).sort()).toEqual(['CC-BY-4.0', 'MIT', 'MIT', 'MIT']);
    for (const q of QUESTION_BANK) {
      expect(q.text).not.toMatch(/__\w+__|X company|<role>|_your job position_/);
      expect(QUESTION_BANK_SOURCES[q.source]).toBeDefined();
    }
    expect(new Set(QUESTION_BANK.map((q) => q.id)).size).toBe(QUESTION_BANK.length);
    expect(QUESTION_BANK.some((q) => /do you have any questions for us/i.test(q.text))).toBe(false);
  });
});

describe('bankRoleFor', () => {
  it.each([
    ['Frontend engineer', 'frontend_engineer'],
    ['Senior front-end developer', 'frontend_engineer'],
    ['React developer', 'frontend_engineer'],
    ['UI engineer', 'frontend_engineer'],
    ['Data scientist', 'data_scientist'],
    ['Machine learning engineer', 'data_scientist'],
    ['ML engineer', 'data_scientist'],
    ['Data analyst', 'data_scientist'],
    ['Product manager', 'product_manager'],
    ['Product owner', 'product_manager'],
    ['Registered nurse', undefined],
    ['Backend engineer', undefined],
    ['Financial analyst', undefined],
  ])('%s → %s', (role, expected) => {
    expect(bankRoleFor(role)).toBe(expected);
  });
});

describe('planInterview', () => {
  it('is deterministic for a seed and varies with the seed', () => {
    expect(plan({})).toEqual(plan({}));
    expect(plan({ seed: 'seed-2' }).map((q) => q.id)).not.toEqual(plan({}).map((q) => q.id));
  });

  it('honours length (clamped to 1–10) and never repeats a question', () => {
    for (const length of [1, 5, 10]) expect(plan({ length })).toHaveLength(length);
    expect(plan({ length: 0 })).toHaveLength(1);
    expect(plan({ length: 50 })).toHaveLength(10);
    for (const role of ['Frontend engineer', 'Data scientist', 'Product manager', 'Registered nurse', 'Backend engineer', '']) {
      for (const kind of ['behavioral', 'technical', 'mixed'] as const) {
        const questions = plan({ role, kind, length: 10, jobText: JOB, resumeText: RESUME });
        expect(questions).toHaveLength(10);
        expect(new Set(questions.map((q) => q.id)).size).toBe(10);
        expect(new Set(questions.map((q) => q.text.toLowerCase())).size).toBe(10);
      }
    }
  });

  it('alternates kinds in a mixed interview, starting with a behavioral question', () => {
    expect(plan({ length: 6 }).map((q) => q.kind)).toEqual(['behavioral', 'technical', 'behavioral', 'technical', 'behavioral', 'technical']);
    expect(plan({ kind: 'behavioral' }).every((q) => q.kind === 'behavioral')).toBe(true);
    expect(plan({ kind: 'technical' }).every((q) => q.kind === 'technical')).toBe(true);
  });

  it('takes technical questions from the role’s bank set', () => {
    const ids = new Set(QUESTION_BANK.filter((q) => q.role === 'data_scientist').map((q) => q.id));
    expect(plan({ role: 'Data scientist', kind: 'technical' }).every((q) => ids.has(q.id))).toBe(true);
  });

  it('grounds technical questions in the job and the resume', () => {
    const questions = plan({ role: 'Frontend engineer', kind: 'technical', length: 6, jobText: JOB, resumeText: RESUME });
    const grounded = questions.filter((q) => q.id.startsWith('skill:'));
    expect(grounded.length).toBeGreaterThanOrEqual(2);
    // Python is on the resume and in the job; Kubernetes only in the job.
    const all = plan({ role: 'Backend engineer', kind: 'technical', length: 10, jobText: JOB, resumeText: RESUME });
    expect(all.find((q) => q.topic === 'Python')?.text).toMatch(/^Your resume mentions Python, and this role asks for it/);
    expect(all.find((q) => q.topic === 'Kubernetes')?.text).toMatch(/^The role asks for Kubernetes\. Walk me through a time you used it/);
  });

  it('generates questions for a role the bank does not cover, with no code questions for non-technical roles', () => {
    const questions = plan({ role: 'Registered nurse', length: 10 });
    expect(questions.filter((q) => q.kind === 'technical').every((q) => /^(?:skill|role):/.test(q.id))).toBe(true);
    expect(questions.some((q) => /\bbugs?\b|\bcoding\b/i.test(q.text))).toBe(false);
    expect(questions.find((q) => q.id === 'role:approach')?.text).toContain('as a registered nurse');
  });

  it('asks about a soft skill the job requires', () => {
    const questions = plan({ role: 'Product manager', kind: 'behavioral', jobText: JOB });
    expect(questions.find((q) => q.id === 'soft-skill:communication')?.text).toMatch(/^The role asks for communication\./);
  });

  const cases: Array<[string, Partial<InterviewPlanInput>]> = [
    ['plan-frontend-mixed', { role: 'Frontend engineer', kind: 'mixed', length: 6 }],
    ['plan-backend-job-resume', { role: 'Backend engineer', kind: 'technical', length: 5, jobText: JOB, resumeText: RESUME }],
    ['plan-nurse-mixed', { role: 'Registered nurse', kind: 'mixed', length: 6 }],
  ];
  it.each(cases)('matches the golden plan %s', (name, input) => {
    const file = join(GOLDEN, `${name}.json`);
    const actual = `${JSON.stringify(plan(input), null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
