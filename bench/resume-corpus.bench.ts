// `npm run bench -- resume-corpus`: per-field accuracy of the résumé parser on the rendered corpus,
// tuning half and test half side by side (the split is fixed in test/fixtures/resume-corpus/split.json).
import { accuracyByRenderer, evaluateCorpus, FIELDS } from './resume-corpus-scoring.js';

export default async function (): Promise<void> {
  const tuning = await evaluateCorpus('tuning');
  const test = await evaluateCorpus('test');
  const cell = (value: number): string => value.toFixed(3).padStart(7);
  console.log(`${'field'.padEnd(18)}${'tuning'.padStart(7)}${'test'.padStart(7)}`);
  for (const field of FIELDS) console.log(`${field.padEnd(18)}${cell(tuning.accuracy[field])}${cell(test.accuracy[field])}`);
  console.log(`${'MEAN'.padEnd(18)}${cell(tuning.mean)}${cell(test.mean)}`);
  const lowestTest = Math.min(...FIELDS.map((field) => test.accuracy[field]));
  console.log(`documents: tuning ${tuning.documents}, test ${test.documents}; lowest test field ${lowestTest.toFixed(3)}`);
  const tuningByRenderer = accuracyByRenderer(tuning);
  const testByRenderer = accuracyByRenderer(test);
  console.log(`\n${'renderer (mean)'.padEnd(18)}${'tuning'.padStart(7)}${'test'.padStart(7)}`);
  for (const renderer of Object.keys(tuningByRenderer).sort()) {
    console.log(`${renderer.padEnd(18)}${cell(tuningByRenderer[renderer]!)}${cell(testByRenderer[renderer] ?? Number.NaN)}`);
  }
}
