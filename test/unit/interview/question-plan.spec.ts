import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InterviewPlanInput } from '../../../src/modules/interview/engine/interview-types.js';
import { bankRoleFor, QUESTION_BANK, QUESTION_BANK_SOURCES } from '../../../src/modules/interview/engine/question-bank.js';
import { FAMILIES, OCCUPATION_FAMILIES, occupationFamilyFor, mentionsFamilyVocabulary } from '../../../src/modules/interview/engine/occupation-families.js';
import { asksAboutPastSituation, KOREAN_BEHAVIORAL_CORE, planInterview } from '../../../src/modules/interview/engine/question-plan.js';

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
    const questions = plan({ role: 'Data scientist', kind: 'technical', length: 6 });
    expect(questions.every((q) => ids.has(q.id) || q.id.startsWith('family:data:'))).toBe(true);
    expect(questions.filter((q) => ids.has(q.id)).length).toBeGreaterThanOrEqual(3);
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

  it('asks a nurse about patient care from the nursing family, with no code questions', () => {
    const questions = plan({ role: 'Registered nurse', length: 10 });
    expect(questions.filter((q) => q.kind === 'technical').every((q) => q.id.startsWith('family:nursing_care:'))).toBe(true);
    expect(questions.some((q) => /\bbugs?\b|\bcoding\b/i.test(q.text))).toBe(false);
    expect(questions.some((q) => /handover|patient/i.test(q.text))).toBe(true);
  });

  it('falls back to craft questions about a role no family covers', () => {
    const questions = plan({ role: 'Barista', kind: 'technical', length: 10 });
    expect(questions.find((q) => q.id === 'role:approach')?.text).toContain('as a barista');
    expect(questions.every((q) => q.family === 'general')).toBe(true);
  });

  it('asks about a soft skill the job requires', () => {
    const questions = plan({ role: 'Product manager', kind: 'behavioral', jobText: JOB });
    expect(questions.find((q) => q.id === 'soft-skill:communication')?.text).toMatch(/^The role asks for communication\./);
  });

  it('never asks a nurse in a technical session about Kubernetes, even when the job text names it', () => {
    const job = 'Registered Nurse, surgical ward\nRequirements:\n- Kubernetes and Python\n- patient care\n- medication administration';
    for (const seed of ['a', 'b', 'c', 'd']) {
      const questions = plan({ role: 'Registered nurse', kind: 'technical', length: 10, jobText: job, seed });
      expect(questions.length).toBeGreaterThanOrEqual(6);
      for (const q of questions) {
        expect(q.text).not.toMatch(/kubernetes|python|docker|\bcode\b|\bapi\b|deploy/i);
        expect(q.family).toBe('nursing_care');
      }
    }
  });

  it('asks only about past situations in a behavioral session, never technical questions', () => {
    for (const role of ['Registered nurse', 'Frontend engineer', 'Data scientist', 'Product manager', 'Sales representative']) {
      for (const seed of ['a', 'b', 'c']) {
        const questions = plan({ role, kind: 'behavioral', length: 10, seed, jobText: JOB });
        expect(questions).toHaveLength(10);
        for (const q of questions) {
          expect(q.kind).toBe('behavioral');
          expect(q.family).toBeUndefined();
          // The soft-skill question is STAR-shaped too ("Tell me about a time it made the difference").
          expect(asksAboutPastSituation(q.text), q.text).toBe(true);
          expect(q.text).not.toMatch(/why do you want|favou?rite feature|five years/i);
        }
      }
    }
  });

  it.each([
    ['Registered nurse', 'nursing_care'],
    ['간호사', 'nursing_care'],
    ['Account executive', 'sales'],
    ['Customer success manager', 'customer_support'],
    ['Senior accountant', 'finance_accounting'],
    ['Primary school teacher', 'teaching'],
    ['수학 강사', 'teaching'],
    ['Product designer', 'design'],
    ['Marketing manager', 'marketing'],
    ['Logistics coordinator', 'operations_logistics'],
    ['Talent acquisition partner', 'hr'],
    ['Data engineer', 'data'],
    ['Backend engineer', 'software'],
    ['백엔드 개발자', 'software'],
    ['Product manager', 'product'],
    ['Barista', 'general'],
  ])('places %s in the %s family', (role, family) => {
    expect(occupationFamilyFor(role)).toBe(family);
  });

  it('matches every planned question to the kind and the occupation family (12 families × 3 kinds × 2 languages)', () => {
    const roles: Record<(typeof OCCUPATION_FAMILIES)[number], string> = {
      nursing_care: 'Registered nurse', sales: 'Sales representative', customer_support: 'Customer support agent', finance_accounting: 'Accountant',
      teaching: 'Teacher', design: 'UX designer', marketing: 'Marketing manager', operations_logistics: 'Warehouse operations manager',
      hr: 'HR generalist', data: 'Data analyst', software: 'Software engineer', product: 'Product manager',
    };
    for (const family of OCCUPATION_FAMILIES) {
      for (const kind of ['behavioral', 'technical', 'mixed'] as const) {
        for (const locale of ['en', 'ko'] as const) {
          const questions = plan({ role: roles[family], kind, length: 8, locale, seed: `${family}-${kind}` });
          expect(questions).toHaveLength(8);
          questions.forEach((q, i) => {
            const expectedKind = kind === 'mixed' ? (i % 2 === 0 ? 'behavioral' : 'technical') : kind;
            expect(q.kind, `${family} ${kind} ${q.text}`).toBe(expectedKind);
            if (q.kind === 'technical') {
              expect(q.family, q.text).toBe(family);
              // The family's own questions speak its language; the bank's sets stay with their role.
              if (q.id.startsWith('family:')) expect(mentionsFamilyVocabulary(family, q.text), q.text).toBe(true);
            }
            if (locale === 'ko') expect(q.text, q.text).toMatch(/[가-힣]/);
            if (locale === 'ko' && q.kind === 'behavioral') expect(KOREAN_BEHAVIORAL_CORE.some((k) => k.id === q.id)).toBe(true);
          });
        }
      }
    }
  });

  it('names a job’s skills in Korean in a Korean session, the topic keeping the taxonomy name (#11)', () => {
    const job = ['데이터 분석가', 'Requirements:', '- Data analysis and statistical analysis', '- Stakeholder management', '- Tableau'].join('\n');
    const questions = plan({ role: 'Data analyst', kind: 'technical', length: 6, locale: 'ko', jobText: job, seed: 'labels' }).filter((q) => q.id.startsWith('skill:'));
    const byTopic = new Map(questions.map((q) => [q.topic, q.text]));
    expect(byTopic.get('Data analysis')).toContain('데이터 분석');
    expect(byTopic.get('Statistical analysis')).toContain('통계 분석');
    for (const text of byTopic.values()) expect(text).not.toMatch(/Data analysis|Statistical analysis|Stakeholder Management/i);
  });

  it('ships at least 40 behavioral questions in Korean, each about a past experience, and every family in both languages', () => {
    expect(KOREAN_BEHAVIORAL_CORE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(KOREAN_BEHAVIORAL_CORE.map((q) => q.id)).size).toBe(KOREAN_BEHAVIORAL_CORE.length);
    for (const q of KOREAN_BEHAVIORAL_CORE) expect(q.text, q.text).toMatch(/경험|사례|시기|적이 있|떠올려|했던|낸 /);
    for (const family of OCCUPATION_FAMILIES) {
      expect(FAMILIES[family].questions.length).toBeGreaterThanOrEqual(4);
      for (const q of FAMILIES[family].questions) {
        expect(q.ko).toMatch(/[가-힣]/);
        expect(q.en).not.toMatch(/[가-힣]/);
      }
    }
  });

  const cases: Array<[string, Partial<InterviewPlanInput>]> = [
    ['plan-frontend-mixed', { role: 'Frontend engineer', kind: 'mixed', length: 6 }],
    ['plan-backend-job-resume', { role: 'Backend engineer', kind: 'technical', length: 5, jobText: JOB, resumeText: RESUME }],
    ['plan-nurse-mixed', { role: 'Registered nurse', kind: 'mixed', length: 6 }],
    ['plan-nurse-mixed-ko', { role: '간호사', kind: 'mixed', length: 6, locale: 'ko' }],
    ['plan-sales-technical', { role: 'Sales representative', kind: 'technical', length: 5 }],
  ];
  it.each(cases)('matches the golden plan %s', (name, input) => {
    const file = join(GOLDEN, `${name}.json`);
    const actual = `${JSON.stringify(plan(input), null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
