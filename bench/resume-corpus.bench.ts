// `npm run bench -- resume-corpus`: per-field accuracy of the résumé parser on the rendered corpora,
// tuning half and test half side by side: the English corpus (split fixed in
// test/fixtures/resume-corpus/split.json) and the Korean one (test/fixtures/resume-corpus-ko/, its
// test half frozen by hash). `npm run bench -- resume-corpus misses` also prints tuning-half
// mismatches of the Korean corpus (never the test half's).
import { extractSkills } from '../src/kernel/skills/index.js';
import { accuracyByRenderer, evaluateCorpus, FIELDS, type Half, KOREAN_CORPUS_DIR, loadCorpus, loadTruth, readCorpusText } from './resume-corpus-scoring.js';

const cell = (value: number): string => value.toFixed(3).padStart(7);

/** Tuning half only, with every mismatch: what tuning may look at (the test half is not even parsed). */
async function printTuningMisses(corpusDir: string): Promise<void> {
  const tuning = await evaluateCorpus('tuning', corpusDir);
  for (const field of FIELDS) console.log(`${field.padEnd(18)}${cell(tuning.accuracy[field])}`);
  console.log(`${'MEAN'.padEnd(18)}${cell(tuning.mean)}`);
  for (const [renderer, mean] of Object.entries(accuracyByRenderer(tuning))) console.log(`${renderer.padEnd(18)}${cell(mean)}`);
  for (const score of tuning.scores) if (score.misses.length > 0) console.log(`\n${score.document.file}\n  ${score.misses.join('\n  ')}`);
}

async function printCorpus(title: string, corpusDir?: string): Promise<void> {
  const tuning = await evaluateCorpus('tuning', corpusDir);
  const test = await evaluateCorpus('test', corpusDir);
  console.log(`\n${title}`);
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

/**
 * Korean skill terms mapped to the taxonomy: of the skills a résumé lists in Korean (데이터 분석…),
 * the share `extractSkills` names canonically from the document's text.
 */
async function printKoreanSkillMapping(): Promise<void> {
  const row = async (half: Half): Promise<string> => {
    let found = 0;
    let total = 0;
    for (const document of loadCorpus(KOREAN_CORPUS_DIR).filter((candidate) => candidate.half === half)) {
      const korean = loadTruth(document.resume, KOREAN_CORPUS_DIR).skills.flatMap((group) => group.keywords ?? []).filter((skill) => /[가-힣]/.test(skill));
      const text = await readCorpusText(document);
      const mentions = extractSkills(text).flatMap((skill) => skill.mentions.map((mention) => mention.text));
      total += korean.length;
      found += korean.filter((skill) => mentions.some((mention) => mention.replace(/\s/g, '') === skill.replace(/\s/g, ''))).length;
    }
    return `${found}/${total} = ${(found / Math.max(1, total)).toFixed(3)}`;
  };
  console.log(`\nKorean skill terms named by the taxonomy: tuning ${await row('tuning')}, test ${await row('test')}`);
}

export default async function (): Promise<void> {
  if (process.argv.includes('misses')) {
    await printTuningMisses(KOREAN_CORPUS_DIR);
    return;
  }
  await printCorpus('English corpus (test/fixtures/resume-corpus)');
  await printCorpus('Korean corpus (test/fixtures/resume-corpus-ko)', KOREAN_CORPUS_DIR);
  await printKoreanSkillMapping();
}
