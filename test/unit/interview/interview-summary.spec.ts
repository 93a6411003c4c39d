import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../../src/modules/interview/engine/answer-rubric.js';
import { CRITERIA, type PlannedQuestion } from '../../../src/modules/interview/engine/interview-types.js';
import { summarizeInterview } from '../../../src/modules/interview/engine/interview-summary.js';

interface Labelled {
  questions: Record<string, PlannedQuestion>;
  answers: Array<{ question: string; label: string; answer: string }>;
}
const LABELLED = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/interview/labelled-answers.json'), 'utf8')) as Labelled;
const reportsFor = (label: string) => LABELLED.answers.filter((a) => a.label === label).map((a) => scoreAnswer({ question: LABELLED.questions[a.question]!, answer: a.answer }));

describe('summarizeInterview', () => {
  it('averages overall and each criterion', () => {
    const reports = reportsFor('strong');
    const summary = summarizeInterview(reports);
    expect(summary.overall).toBe(Math.round(reports.reduce((s, r) => s + r.overall, 0) / reports.length));
    expect(summary.criteria.map((c) => c.id)).toEqual([...CRITERIA]);
    const structure = reports.reduce((s, r) => s + r.criteria[0]!.score, 0) / reports.length;
    expect(summary.criteria[0]!.score).toBe(Math.round(structure));
  });

  it('names strengths for strong interviews and focus areas, with advice, for weak ones', () => {
    const strong = summarizeInterview(reportsFor('strong'));
    expect(strong.strengths.length).toBeGreaterThan(0);
    expect(strong.focusAreas).toEqual([]);
    const weak = summarizeInterview(reportsFor('weak'));
    expect(weak.focusAreas).toHaveLength(2);
    expect(weak.focusAreas.join(' ')).toMatch(/Results and impact|Specificity/);
    expect(weak.overall).toBeLessThan(strong.overall);
  });

  it('averages delivery over spoken answers only', () => {
    const question = LABELLED.questions['deadline']!;
    const answer = LABELLED.answers.find((a) => a.question === 'deadline')!.answer;
    const delivery = { seconds: 60, words: 150, wordsPerMinute: 150, fillerWords: 2, fillersPerMinute: 2, longPauses: 1, longestPauseSeconds: 3 };
    const summary = summarizeInterview([
      scoreAnswer({ question, answer, delivery }),
      scoreAnswer({ question, answer, delivery: { ...delivery, wordsPerMinute: 110, fillersPerMinute: 5, longPauses: 2 } }),
      scoreAnswer({ question, answer }),
    ]);
    expect(summary.delivery).toEqual({ wordsPerMinute: 130, fillersPerMinute: 3.5, longPauses: 3 });
    expect(summarizeInterview([scoreAnswer({ question, answer })]).delivery).toBeUndefined();
  });

  it('handles an interview with no answers', () => {
    expect(summarizeInterview([])).toMatchObject({ overall: 0, strengths: [], focusAreas: [] });
  });
});
