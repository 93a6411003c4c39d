import { describe, expect, it } from 'vitest';
import { evaluateCorpus, FIELDS, loadCorpus } from '../../../bench/resume-corpus-scoring.js';

// Floors for the tuning half of the résumé corpus (test/fixtures/resume-corpus/), a little under
// what the parser reaches, so a regression fails. The test half is not asserted field by field:
// the parser was never tuned on it, and its figures are reported by `npm run bench -- resume-corpus`.
const TUNING_FLOORS: Record<(typeof FIELDS)[number], number> = {
  name: 0.97, label: 0.97, email: 0.97, phone: 0.97, city: 0.97, links: 0.97, summary: 0.95,
  jobs: 0.97, 'work.title': 0.97, 'work.employer': 0.96, 'work.location': 0.94, 'work.start': 0.94, 'work.end': 0.94,
  'work.highlights': 0.94, 'edu.institution': 0.93, 'edu.degree': 0.95, 'edu.area': 0.95, 'edu.dates': 0.93,
  skills: 0.97, languages: 0.94,
};

describe('résumé corpus', () => {
  it('splits by résumé: every rendering of one résumé is on the same side, both halves non-empty', () => {
    const corpus = loadCorpus();
    const sides = new Map<string, Set<string>>();
    for (const document of corpus) sides.set(document.resume, (sides.get(document.resume) ?? new Set()).add(document.half));
    expect([...sides.values()].every((halves) => halves.size === 1)).toBe(true);
    expect(corpus.filter((document) => document.half === 'tuning').length).toBeGreaterThanOrEqual(60);
    expect(corpus.filter((document) => document.half === 'test').length).toBeGreaterThanOrEqual(60);
  });

  it('reads the tuning half at or above the floors for every field', async () => {
    const report = await evaluateCorpus('tuning');
    const below = FIELDS.filter((field) => report.accuracy[field] < TUNING_FLOORS[field]).map((field) => `${field} ${report.accuracy[field].toFixed(3)} < ${TUNING_FLOORS[field]}`);
    expect(below).toEqual([]);
    expect(report.mean).toBeGreaterThanOrEqual(0.97);
  }, 120_000);

  it('keeps a modest floor on the held-out test half (measured at the end, never tuned field by field)', async () => {
    const report = await evaluateCorpus('test');
    expect(report.mean).toBeGreaterThanOrEqual(0.93);
    expect(Math.min(...FIELDS.map((field) => report.accuracy[field]))).toBeGreaterThanOrEqual(0.8);
  }, 120_000);
});
