// Judgement agreement on the labelled set (test/fixtures/interview/judgement-set.json): the share of
// answers whose relevance and structure scores fall in the expected bands, and the share of
// same-question pairs where the better label scores higher. The tuning split (what the rubric was
// tuned on) and the frozen test split (judgement-split.json, never inspected answer by answer) are
// reported side by side; only aggregate figures are printed for the test split.
import { agreement, judge, loadJudgementSet, scoreItem, type Agreement } from './judgement-agreement.js';

function line(name: string, a: Agreement): string {
  const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  return `${name.padEnd(26)} ${String(a.answers).padStart(3)} answers | both bands ${pct(a.both, a.answers).padStart(6)} | relevance ${pct(a.relevance, a.answers).padStart(6)} | structure ${pct(a.structure, a.answers).padStart(6)} | label order ${pct(a.orderedPairs, a.pairs).padStart(6)} of ${a.pairs} pairs`;
}

export default function (): Promise<void> {
  const { items, split } = loadJudgementSet(process.cwd());
  const test = new Set(split.test);
  const tuning = items.filter((i) => !test.has(i.id));
  const held = items.filter((i) => test.has(i.id));
  console.log(line('tuning (in-sample)', agreement(tuning.map(judge))));
  console.log(line('test (frozen, held out)', agreement(held.map(judge))));
  console.log(line('  test, English', agreement(held.filter((i) => i.locale === 'en').map(judge))));
  console.log(line('  test, Korean', agreement(held.filter((i) => i.locale === 'ko').map(judge))));
  const identical = items.filter((i) => JSON.stringify(scoreItem(i)) === JSON.stringify(scoreItem(i))).length;
  console.log(`same answer, same report: ${identical}/${items.length}`);
  return Promise.resolve();
}
