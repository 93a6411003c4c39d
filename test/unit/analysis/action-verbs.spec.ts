import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { pastOf, verbForm } from '../../../src/modules/analysis/scoring/verbs.js';

// #12 wave 12: the action-verb check knew ~170 résumé verbs, so a school counsellor was told "[Action verb]
// counsel a caseload…". Duties written by people far from software, each opening with a verb a recruiter
// reads as one (written for this test, not taken from any set).
const DUTIES = [
  'Counsel a caseload of 420 students on course choices and college applications.',
  'Sit on 504 and IEP meetings for 60 students each term.',
  'Teach Year 9 and Year 11 chemistry to five classes of 30.',
  'Keep controlled-drug records for a 28-bed surgical ward.',
  'Dealt with 40 customer complaints a week at the returns desk.',
  'Triage walk-in patients and escalate sepsis alerts to the duty doctor.',
  'Dress and redress pressure wounds following tissue-viability plans.',
  'Frame and sheathe timber partitions for 12 loft conversions.',
  'Weld structural steel to AWS D1.1 on bridge refurbishments.',
  'Pour and finish concrete slabs up to 200 square metres.',
  'Bake 600 loaves and 1,200 pastries before opening every morning.',
  'Greet and seat up to 180 covers on a Saturday night.',
  'Prune and fell trees near power lines under permit.',
  'Harvest and grade 14 tonnes of apples a season.',
  'Chair the health and safety committee of a 90-person plant.',
  'Administer medication to 24 residents on the morning round.',
  'Mediate disputes between neighbours referred by the housing office.',
  'Sterilise surgical instruments for three theatres.',
  'Reconcile 300 supplier accounts at each month end.',
  'Tutor adult learners in functional maths twice a week.',
];

const resume = (bullets: readonly string[], dates = '2019 – Present'): string =>
  ['Alex Morgan', 'alex@example.com · 07700 900123 · Leeds, UK', '', 'EXPERIENCE', `Practitioner — Northfield Services | ${dates}`, ...bullets.map((b) => `- ${b}`), '', 'EDUCATION', 'BSc, University of Leeds, 2015', '', 'SKILLS', 'Safeguarding, Scheduling'].join('\n');

const actionVerbCheck = (text: string) => analyzeResume({ text }).checks.find((c) => c.id === 'action-verbs')!;
const actionVerbAdvice = (text: string): string[] =>
  analyzeResume({ text }).suggestions.filter((s) => /reason\.actionVerb/.test(JSON.stringify(s.why))).map((s) => s.before ?? '');

describe('the action-verb lexicon', () => {
  it('accepts the duties of many occupations as verb-first bullets', () => {
    const text = resume(DUTIES);
    const check = actionVerbCheck(text);
    expect(check.evidence ?? []).toEqual([]);
    expect(check.status).toBe('pass');
    expect(actionVerbAdvice(text)).toEqual([]);
  });

  it('still flags a bullet that opens with a noun', () => {
    const text = resume(['Caseload of 420 students across three year groups.', ...DUTIES.slice(0, 4)]);
    expect(actionVerbCheck(text).evidence).toEqual(['Caseload of 420 students across three year groups.']);
    expect(actionVerbAdvice(text)).toEqual(['Caseload of 420 students across three year groups.']);
  });

  it('knows the irregular pasts of the new verbs, both ways', () => {
    expect(['sit', 'teach', 'keep', 'deal', 'feed', 'grind', 'lay'].map(pastOf)).toEqual(['sat', 'taught', 'kept', 'dealt', 'fed', 'ground', 'laid']);
    expect(['sat', 'taught', 'kept', 'dealt', 'Counselled', 'counseled', 'patrolled'].map((w) => verbForm(w)?.base)).toEqual(['sit', 'teach', 'keep', 'deal', 'counsel', 'counsel', 'patrol']);
    expect(verbForm('sat')?.form).toBe('past');
  });

  it('puts a past role’s new verbs in the past tense', () => {
    const text = resume(['Sit on 504 and IEP meetings for 60 students each term.', 'Teach Year 9 chemistry to five classes of 30 pupils.'], '2015 – 2019');
    const afters = analyzeResume({ text }).suggestions.map((s) => s.after ?? '');
    expect(afters).toEqual(expect.arrayContaining([expect.stringMatching(/^Sat on 504 and IEP meetings/), expect.stringMatching(/^Taught Year 9 chemistry/)]));
  });

  it('keeps the weak-verb advice', () => {
    const text = resume(['Helped the ward manager with 30 rota changes a month.', 'Assist families with benefit forms for 12 cases a week.', ...DUTIES.slice(0, 3)]);
    expect(actionVerbCheck(text).evidence).toEqual(['Helped the ward manager with 30 rota changes a month.', 'Assist families with benefit forms for 12 cases a week.']);
  });
});

describe('bullets a recruiter accepts without a verb first', () => {
  it('reads the verb after an opening adverb, and rewrites its tense there', () => {
    const text = resume(['Successfully negotiated 14 supplier contracts worth £2M.', 'Independently triage 40 calls a shift for the out-of-hours team.'], '2015 – 2019');
    expect(actionVerbCheck(text).evidence ?? []).toEqual([]);
    const report = analyzeResume({ text });
    expect(report.suggestions.map((s) => s.after)).toContain('Independently triaged 40 calls a shift for the out-of-hours team.');
    expect(report.suggestions.some((s) => s.after?.includes('[Action verb]'))).toBe(false);
  });

  it('accepts a gerund opener as a verb', () => {
    const text = resume(['Leading a team of 6 care assistants on the night shift.', ...DUTIES.slice(0, 4)]);
    expect(actionVerbCheck(text).evidence ?? []).toEqual([]);
  });

  it('accepts a bullet that opens with its result as a figure', () => {
    const text = resume(['30% fewer falls on the ward after hourly rounding was introduced.', '$1.2M raised from 40 major donors in two years.', ...DUTIES.slice(0, 3)]);
    expect(actionVerbCheck(text).evidence ?? []).toEqual([]);
    expect(actionVerbAdvice(text)).toEqual([]);
  });

  it('does not take a verb ending in -ly for an adverb', () => {
    expect(verbForm('apply')?.base).toBe('apply');
    const text = resume(['Apply fluoride varnish to 30 children a clinic.', 'Supply 12 care homes with weekly medication packs.']);
    expect(actionVerbCheck(text).evidence ?? []).toEqual([]);
  });
});

describe('a duty phrase before a word that is both a noun and a verb', () => {
  it('keeps the noun after "helped with", and takes the verb after "helped to" or a gerund', () => {
    const text = resume(['Helped with discharge planning for 20 frail patients a week.', 'Helped to design a falls audit used on 4 wards.', 'Responsible for ordering ward stock worth £3,000 a month.'], '2015 – 2019');
    const afters = analyzeResume({ text }).suggestions.map((s) => s.after ?? '');
    expect(afters).toEqual(expect.arrayContaining([expect.stringMatching(/^Owned discharge planning/), expect.stringMatching(/^Designed a falls audit/), expect.stringMatching(/^Ordered ward stock/)]));
    expect(afters.some((a) => a.startsWith('Discharged'))).toBe(false);
  });
});
