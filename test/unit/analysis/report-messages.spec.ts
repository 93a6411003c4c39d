import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/app/catalogs.js';
import { analysisReportView, type StoredReport } from '../../../src/modules/analysis/analysis-report.view.js';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { Translator } from '../../../src/platform/i18n/translator.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/analysis');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const translator = new Translator(CATALOGS);
const GOLDEN = ['strong-backend', 'weak-backend', 'weak-frontend', 'sofia-frontend', 'liam-nojob'];
// Analysed when the file loads (the taxonomy's first load takes seconds on a busy machine), not in a test's time.
const THIN = analyzeResume({ text: 'Jo Park\n\nEXPERIENCE\nClerk — Shop | 2019 – 2020\n- Sold 40 bikes a week to walk-in customers at the shop\n' });
const golden = (name: string): StoredReport => JSON.parse(readFileSync(join(import.meta.dirname, 'golden', `${name}.json`), 'utf8')) as StoredReport;

/** Every `{ key, params }` in a report, with where it sits. */
function messagesOf(value: unknown, path = ''): Array<{ path: string; key: string; params?: Record<string, unknown> }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => messagesOf(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.key === 'string') return [{ path, key: record.key, params: record.params as Record<string, unknown> | undefined }, ...messagesOf(record.params, `${path}.params`)];
  return Object.entries(record).flatMap(([k, v]) => messagesOf(v, `${path}.${k}`));
}

/** Fields where the engine may put a plain string: ids, enums, names and what it quotes of the résumé or the job. */
const QUOTE_OR_NAME_FIELDS = new Set(['id', 'status', 'kind', 'name', 'text', 'section', 'term', 'found', 'atsWants', 'reason', 'before', 'after', 'role', 'at', 'phrase', 'verdict', 'from']);

function proseFields(value: unknown, path = '', field = ''): string[] {
  if (typeof value === 'string') return QUOTE_OR_NAME_FIELDS.has(field) || /\.(required|matched|missing|missingDisplay|wanted|learnFirst|occupations|evidence)\[\d+\]$/.test(path) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => proseFields(v, `${path}[${i}]`, field));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  // A message's parameters are what it quotes (a bullet, a skill) or numbers.
  if (typeof record.key === 'string') return [];
  return Object.entries(record).flatMap(([k, v]) => proseFields(v, `${path}.${k}`, k));
}

describe('the engine reports findings as catalog keys with parameters (#11)', () => {
  it.each(GOLDEN.map((n) => [n]))('%s: no sentence of its own, every key worded in both languages', (name) => {
    const report = golden(name);
    expect(proseFields(report)).toEqual([]);
    const messages = messagesOf(report);
    expect(messages.length).toBeGreaterThan(10);
    for (const { path, key, params } of messages) {
      expect(key, path).toMatch(/^analysis:/);
      for (const locale of ['en', 'ko'] as const) {
        const text = translator.t(locale, key, params);
        expect(text, `${locale} ${path} ${key}`).not.toBe(key.replace(/^analysis:/, ''));
        expect(text, `${locale} ${path}`).not.toMatch(/\{\{|\[object Object\]/);
      }
    }
  });

  it('shows no "after" that only repeats the bullet: advice in words stands alone', () => {
    const stored = golden('weak-backend');
    const first = stored.suggestions[0]!;
    const report = { ...stored, suggestions: [{ ...first, id: 'bullet-x', before: 'Reorganised the filing system', after: 'Reorganised the filing system.' }, { ...first, id: 'bullet-y', before: 'Work on the rota.', after: 'Worked on the rota.' }] };
    const shown = analysisReportView(report, translator.forLocale('en'), 'en').suggestions;
    expect(shown[0]?.after).toBeUndefined();
    expect(shown[1]?.after?.text).toBe('Worked on the rota.');
  });

  it('words the weak résumé’s findings the way the English report always did', () => {
    const report = golden('weak-backend');
    const view = analysisReportView(report, translator.forLocale('en'), 'en');
    const detail = (id: string) => view.checks.find((c) => c.id === id)?.detail.text;
    expect(detail('tense-consistency')).toBe('1 bullet from a past role uses the present tense; past roles read best in the past tense.');
    expect(detail('date-gaps')).toBe('Recruiters ask about gaps and overlaps; a one-line explanation (study, caregiving, freelance) helps.');
    // "2016 - 2016" may have run to December 2016: the gap every reading of the dates has is 2.1 years.
    expect(view.checks.find((c) => c.id === 'date-gaps')?.evidence.map((e) => e.text)).toContain('Gap of 2.1 years before "Acme Corp — Developer (2019 - Present)"');
    const bullet = view.suggestions.find((s) => s.title.text.startsWith('Rewrite the bullet'));
    expect(bullet?.why.text).toMatch(/\. Recruiters skim for what you changed and by how much\.$/);
    expect(bullet?.why.lang).toBeUndefined();
  });

  it('words the same stored report in Korean for a Korean reader; quotes and skill names stay as written', () => {
    const report = golden('weak-backend');
    const view = analysisReportView(report, translator.forLocale('ko'), 'ko');
    const hangul = /\p{Script=Hangul}/u;
    for (const c of [...view.checks, ...view.ats.findings]) {
      expect(c.title.text, c.id).toMatch(hangul);
      expect(c.detail.text, c.id).toMatch(hangul);
      expect(c.title.lang ?? c.detail.lang, c.id).toBeUndefined();
    }
    for (const s of view.suggestions) {
      expect(s.title.text).toMatch(hangul);
      expect(s.why.text).toMatch(hangul);
    }
    expect(view.checks.find((c) => c.id === 'date-gaps')?.evidence.map((e) => e.text)).toContain('“Acme Corp — Developer (2019 - Present)” 앞에 2.1년 공백');
    expect(view.gaps.job.map((g) => g.reason.text)).toContain('공고의 필수 요건 (2번 언급)');
    // Skill names are the taxonomy's (English) names, marked so.
    expect(view.gaps.job[0]?.name.lang).toBe('en');
    // An English bullet quoted from the résumé keeps its language.
    expect(view.suggestions.find((s) => s.before)?.before?.lang).toBe('en');
  });

  it('names missing sections and contact details in the reader’s language, in the detail and the evidence', () => {
    const report = THIN as StoredReport;
    const ko = analysisReportView(report, translator.forLocale('ko'), 'ko');
    const sections = ko.checks.find((c) => c.id === 'sections')!;
    expect(sections.detail.text).toBe('빠진 섹션: 학력, 기술, 자기소개.');
    expect(sections.evidence.map((e) => e.text)).toEqual(['학력', '기술', '자기소개']);
    expect(ko.checks.find((c) => c.id === 'contact')!.detail.text).toBe('빠진 정보: 이메일, 전화번호, 지역, 프로필 링크.');
    expect(ko.suggestions.find((s) => s.title.text.includes('섹션'))?.title.text).toBe('학력, 기술, 자기소개 섹션을 추가해 보세요');
    const en = analysisReportView(report, translator.forLocale('en'), 'en');
    expect(en.checks.find((c) => c.id === 'sections')!.detail.text).toBe('Missing: education, skills, summary.');
    expect(en.suggestions.map((s) => s.title.text)).toContain('Add the education, skills, summary sections');
  });

  it('shows a report stored before the catalogs as its English text, marked English', () => {
    const old = golden('weak-backend') as unknown as Record<string, unknown>;
    const legacy = JSON.parse(JSON.stringify(old)) as { checks: Array<Record<string, unknown>>; suggestions: Array<Record<string, unknown>> };
    legacy.checks[0] = { id: 'quantified-achievements', status: 'fail', title: 'Quantified achievements', detail: '0 of 4 bullets include a number.', evidence: ['Worked on stuff'] };
    legacy.suggestions[0] = { ...legacy.suggestions[0], title: 'Rewrite the bullet "Worked on stuff"', why: 'Add a measurable result.' };
    const view = analysisReportView(legacy as unknown as StoredReport, translator.forLocale('ko'), 'ko');
    expect(view.checks[0]?.title).toEqual({ text: 'Quantified achievements', lang: 'en' });
    expect(view.checks[0]?.evidence[0]).toEqual({ text: 'Worked on stuff', lang: 'en', quoted: true });
    expect(view.suggestions[0]?.why).toEqual({ text: 'Add a measurable result.', lang: 'en' });
  });

  it('leaves a Korean bullet alone: the rewrite rules are English grammar', () => {
    const report = analyzeResume({ text: 'EXPERIENCE\n백엔드 엔지니어 — (주)클라우드브릿지 | Feb 2022 – Present\n- PostgreSQL 쿼리 튜닝으로 월간 DB 비용 30% 절감\n- Led the payments team\n' });
    const befores = report.suggestions.map((s) => s.before);
    expect(befores).not.toContain('PostgreSQL 쿼리 튜닝으로 월간 DB 비용 30% 절감');
    expect(report.suggestions.some((s) => s.after.includes('[Action verb] postgreSQL'))).toBe(false);
  });

  it('reads the stored key and parameters of a suggestion the same way again (golden)', () => {
    const report = analyzeResume({ text: read('weak.resume.txt'), job: read('backend-engineer.job.txt'), asOf: new Date('2026-06-01') });
    const bullet = report.suggestions.find((s) => s.id.startsWith('bullet-'))!;
    expect(bullet.title).toEqual({ key: 'analysis:engine.suggestions.bullet.title', params: { excerpt: expect.any(String) } });
    expect(bullet.why.key).toBe('analysis:engine.sentences');
    expect(translator.t('ko', bullet.why.key, bullet.why.params)).toMatch(/채용 담당자는 무엇을 얼마나 바꿨는지부터 훑어봐요\.$/);
  });
});
