import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRITERION_LABELS, RUBRIC_WEIGHTS, scoreAnswer, scoreDelivery } from '../../../src/modules/interview/engine/answer-rubric.js';
import { readAnswer } from '../../../src/modules/interview/engine/answer-signals.js';
import { CRITERIA, type PlannedQuestion } from '../../../src/modules/interview/engine/interview-types.js';

interface Labelled {
  questions: Record<string, PlannedQuestion>;
  answers: Array<{ question: string; label: 'strong' | 'medium' | 'weak'; answer: string }>;
}
const LABELLED = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/interview/labelled-answers.json'), 'utf8')) as Labelled;
const GOLDEN = join(import.meta.dirname, 'golden');
const answerOf = (question: string, label: string): string => LABELLED.answers.find((a) => a.question === question && a.label === label)!.answer;
const CONFLICT = LABELLED.questions['conflict']!;
const CLOSURE = LABELLED.questions['closure']!;

describe('scoreAnswer', () => {
  it('publishes weights that sum to 1 for each question kind', () => {
    for (const weights of Object.values(RUBRIC_WEIGHTS)) expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(RUBRIC_WEIGHTS.technical.structure).toBeLessThan(RUBRIC_WEIGHTS.behavioral.structure);
    expect(RUBRIC_WEIGHTS.technical.relevance).toBeGreaterThan(RUBRIC_WEIGHTS.behavioral.relevance);
  });

  it('reports all six criteria, 0–100, each with why and suggestion, and overall as the weighted mean', () => {
    for (const item of LABELLED.answers) {
      const question = LABELLED.questions[item.question]!;
      const report = scoreAnswer({ question, answer: item.answer });
      expect(report.criteria.map((c) => c.id)).toEqual([...CRITERIA]);
      for (const c of report.criteria) {
        expect(c.label).toBe(CRITERION_LABELS[c.id]);
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(100);
        expect(c.why.length).toBeGreaterThan(10);
        expect(c.suggestion.length).toBeGreaterThan(10);
      }
      const weights = RUBRIC_WEIGHTS[question.kind];
      expect(report.overall).toBe(Math.round(report.criteria.reduce((s, c) => s + weights[c.id] * c.score, 0)));
    }
  });

  it('quotes only the user’s own words, exactly', () => {
    for (const item of LABELLED.answers) {
      const report = scoreAnswer({ question: LABELLED.questions[item.question]!, answer: item.answer });
      for (const quote of report.criteria.flatMap((c) => c.quotes)) {
        expect(quote.length).toBeGreaterThan(0);
        expect(item.answer).toContain(quote);
      }
    }
  });

  it('is deterministic', () => {
    const input = { question: CONFLICT, answer: answerOf('conflict', 'medium'), jobText: 'Requirements: communication, Python' };
    expect(JSON.stringify(scoreAnswer(input))).toBe(JSON.stringify(scoreAnswer(input)));
  });

  it('ranks every strong answer above every weak answer to the same question', () => {
    for (const [key, question] of Object.entries(LABELLED.questions)) {
      const scores = (label: string) => LABELLED.answers.filter((a) => a.question === key && a.label === label).map((a) => scoreAnswer({ question, answer: a.answer }).overall);
      const strong = scores('strong');
      const weak = scores('weak');
      expect(strong.length, key).toBeGreaterThan(0);
      expect(Math.min(...strong), key).toBeGreaterThan(Math.max(...weak));
      for (const medium of scores('medium')) {
        expect(medium, `${key} medium`).toBeLessThan(Math.min(...strong));
        expect(medium, `${key} medium`).toBeGreaterThan(Math.max(...weak));
      }
    }
  });

  it('detects STAR parts sentence by sentence', () => {
    const signals = readAnswer(
      'At my last job our checkout kept timing out. My task was to find the cause before the holiday sale. I profiled the service and I rewrote the slowest query. As a result, checkout time dropped by 40%.',
    );
    expect(signals.star).toEqual({ situation: true, task: true, action: true, result: true });
    expect(signals.sentences.map((s) => [...s.star])).toEqual([['situation'], ['task'], ['action'], ['result']]);
    expect(readAnswer('Communication is key. You should always listen to people and respect them.').star).toEqual({ situation: false, task: false, action: false, result: false });
  });

  it('explains a missing result and puts placeholders in the better version', () => {
    const answer =
      'Last year a colleague and I disagreed about the release plan for our mobile app. I asked her to walk me through her concerns, and I wrote a short comparison of both plans. I presented it to our manager together with her in one meeting.';
    const report = scoreAnswer({ question: CONFLICT, answer });
    expect(report.star.result).toBe(false);
    const impact = report.criteria.find((c) => c.id === 'impact')!;
    expect(impact.score).toBeLessThan(30);
    expect(impact.why).toMatch(/outcome/);
    expect(report.betterVersion).toMatch(/^Situation: Last year a colleague and I disagreed/);
    expect(report.betterVersion).toContain('Action: I asked her to walk me through her concerns');
    expect(report.betterVersion).toMatch(/Result: As a result, \[what changed — with a number/);
  });

  it('scores a “we” story low on personal contribution and says so', () => {
    const report = scoreAnswer({ question: CONFLICT, answer: answerOf('conflict', 'medium') });
    const contribution = report.criteria.find((c) => c.id === 'contribution')!;
    expect(contribution.score).toBeLessThanOrEqual(30);
    expect(contribution.why).toContain('“we”');
  });

  it('weights technical answers differently and gives a point–why–example–trade-off better version', () => {
    const report = scoreAnswer({ question: CLOSURE, answer: answerOf('closure', 'medium') });
    expect(report.betterVersion.split('\n').map((l) => l.split(':')[0])).toEqual(['Answer', 'Why', 'Example', 'Trade-off']);
    expect(report.betterVersion).toContain('[When it is not the right choice, or what it costs.]');
  });

  it('credits an answer that uses what the job asks for', () => {
    const question: PlannedQuestion = { id: 'custom', text: 'Tell me about a project you are proud of.', kind: 'behavioral', topic: 'projects' };
    const answer =
      'Last year I led the move of our billing service to Kubernetes. I wrote the deployment charts and I set up autoscaling. As a result, deploys went from weekly to daily and costs dropped by 20%.';
    const withJob = scoreAnswer({ question, answer, jobText: 'Requirements:\n- Kubernetes\n- Go' });
    const relevance = withJob.criteria.find((c) => c.id === 'relevance')!;
    expect(relevance.why).toContain('Kubernetes');
  });

  it('accepts a plain question string and infers its kind', () => {
    const report = scoreAnswer({ question: 'What is a closure?', answer: answerOf('closure', 'strong') });
    expect(report.overall).toBeGreaterThan(60);
    expect(report.betterVersion).toMatch(/^Answer: /);
  });

  it('scores an empty answer 0 without crashing', () => {
    const report = scoreAnswer({ question: CONFLICT, answer: '   ' });
    expect(report.overall).toBe(0);
    expect(report.criteria.every((c) => c.quotes.length === 0)).toBe(true);
  });

  it('matches the golden reports of the labelled answers', () => {
    const reports = LABELLED.answers
      .filter((a) => a.question === 'conflict' || a.question === 'closure')
      .map((a) => ({ question: a.question, label: a.label, report: scoreAnswer({ question: LABELLED.questions[a.question]!, answer: a.answer }) }));
    const file = join(GOLDEN, 'labelled-reports.json');
    const actual = `${JSON.stringify(reports, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});

describe('scoreDelivery', () => {
  const base = { seconds: 90, words: 210, wordsPerMinute: 140, fillerWords: 3, fillersPerMinute: 2, longPauses: 1, longestPauseSeconds: 2.4 };

  it('gives full marks inside the targets', () => {
    expect(scoreDelivery(base).score).toBe(100);
    expect(scoreDelivery(base).suggestion).toMatch(/keep it/i);
  });

  it('marks down fast speech, fillers and long silences, and says which', () => {
    const fast = scoreDelivery({ ...base, wordsPerMinute: 200 });
    expect(fast.score).toBeLessThan(100);
    expect(fast.why).toContain('200 words per minute');
    expect(fast.suggestion).toMatch(/Slow down/);
    const fillers = scoreDelivery({ ...base, fillerWords: 12, fillersPerMinute: 8 });
    expect(fillers.score).toBeLessThan(scoreDelivery(base).score);
    expect(fillers.suggestion).toMatch(/um/);
    const pauses = scoreDelivery({ ...base, longPauses: 6, longestPauseSeconds: 9 });
    expect(pauses.score).toBeLessThan(100);
    expect(pauses.why).toContain('longest 9 s');
  });

  it('is attached to the report of a spoken answer and leaves overall alone', () => {
    const answer = answerOf('deadline', 'strong');
    const written = scoreAnswer({ question: LABELLED.questions['deadline']!, answer });
    const spoken = scoreAnswer({ question: LABELLED.questions['deadline']!, answer, delivery: { ...base, wordsPerMinute: 190 } });
    expect(written.delivery).toBeUndefined();
    expect(spoken.delivery?.wordsPerMinute).toBe(190);
    expect(spoken.overall).toBe(written.overall);
  });
});
