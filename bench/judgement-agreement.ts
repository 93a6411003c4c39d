// Agreement of the rubric with the labelled judgement set (test/fixtures/interview/judgement-set.json):
// an answer agrees when its relevance and structure scores both fall in the bands expected for it.
// Shared by bench/interview-judgement.bench.ts and test/unit/interview/judgement-set.spec.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreAnswer } from '../src/modules/interview/engine/answer-rubric.js';
import type { AnswerReport, InterviewLocale, PlannedQuestion } from '../src/modules/interview/engine/interview-types.js';

export type JudgementLabel = 'strong' | 'adequate' | 'weak' | 'off_topic';
export interface JudgementItem {
  id: string;
  role: string;
  locale: InterviewLocale;
  question: PlannedQuestion;
  label: JudgementLabel;
  expected: { relevance: [number, number]; structure: [number, number] };
  answer: string;
}
export interface JudgementSplit {
  test: string[];
  testSha256: string;
}

export function loadJudgementSet(root: string): { items: JudgementItem[]; split: JudgementSplit } {
  const set = JSON.parse(readFileSync(join(root, 'test/fixtures/interview/judgement-set.json'), 'utf8')) as { answers: JudgementItem[] };
  const split = JSON.parse(readFileSync(join(root, 'test/fixtures/interview/judgement-split.json'), 'utf8')) as JudgementSplit;
  return { items: set.answers, split };
}

export function scoreItem(item: JudgementItem): AnswerReport {
  return scoreAnswer({ question: item.question, answer: item.answer, locale: item.locale });
}

export interface Judged {
  item: JudgementItem;
  relevance: number;
  structure: number;
  overall: number;
  relevanceOk: boolean;
  structureOk: boolean;
}

export function judge(item: JudgementItem): Judged {
  const report = scoreItem(item);
  const score = (id: string): number => report.criteria.find((c) => c.id === id)!.score;
  const inBand = (value: number, [lo, hi]: [number, number]): boolean => value >= lo && value <= hi;
  const relevance = score('relevance');
  const structure = score('structure');
  return { item, relevance, structure, overall: report.overall, relevanceOk: inBand(relevance, item.expected.relevance), structureOk: inBand(structure, item.expected.structure) };
}

export interface Agreement {
  answers: number;
  both: number;
  relevance: number;
  structure: number;
  /** Same question: a better label scores a higher overall, over all such pairs. */
  orderedPairs: number;
  pairs: number;
}

const RANK: Record<JudgementLabel, number> = { off_topic: 0, weak: 1, adequate: 2, strong: 3 };

export function agreement(judged: readonly Judged[]): Agreement {
  let pairs = 0;
  let orderedPairs = 0;
  for (const a of judged)
    for (const b of judged)
      if (a.item.question.id === b.item.question.id && RANK[a.item.label] > RANK[b.item.label]) {
        pairs++;
        if (a.overall > b.overall) orderedPairs++;
      }
  return {
    answers: judged.length,
    both: judged.filter((j) => j.relevanceOk && j.structureOk).length,
    relevance: judged.filter((j) => j.relevanceOk).length,
    structure: judged.filter((j) => j.structureOk).length,
    orderedPairs,
    pairs,
  };
}
