// Skills bench (`npm run bench -- skills`): precision/recall/F1 of four skill readers on SkillSpan
// gold spans, with the overlap match (a prediction is right when it shares a character with a gold
// span) and the strict match (identical span). The tuning slice is part of SkillSpan train held out
// from the tagger's fitting and used to choose its settings; dev is never used to choose anything.
// Also the tagger's share of the analysis time on a two-page job text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TRIE_ROOT } from '../src/kernel/skills/alias-trie.js';
import { matchSkills } from '../src/kernel/skills/extract-skills.js';
import { jobRequirements } from '../src/kernel/skills/job-requirements.js';
import { skillPhrases } from '../src/kernel/skills/skill-phrases.js';
import { tagSkillSpans } from '../src/kernel/skills/skill-tagger.js';
import { skillsTaxonomy } from '../src/kernel/skills/skills-taxonomy.js';
import { tokenize } from '../src/kernel/skills/tokenizer.js';
import { formatScore, type Span, SpanCounter } from './span-metrics.js';

const FIXTURES = join(process.cwd(), 'test/fixtures/analysis');
const RUNS = 200;

interface EvalFile {
  sentences: Array<{ text: string; spans: Array<[number, number]> }>;
}

// A common English stopword list: what a plain keyword matcher skips.
const STOPWORDS = new Set(
  'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those we you your our they their he she i me my us them will would can could should may might must have has had do does did not no so than then there here what which who whom when where why how all any each few more most other some such only own same too very just also into over under about after before up down out off again further once'.split(' '),
);

/** (a) Plain keyword tokens: every non-stopword word that is, on its own, an alias in the taxonomy. */
function keywordTokens(text: string): Span[] {
  const { trie } = skillsTaxonomy();
  return tokenize(text).filter((t) => !STOPWORDS.has(t.raw.toLowerCase()) && trie.hasHits(trie.child(TRIE_ROOT, t.key)));
}

const readers: Array<[string, (text: string) => Span[]]> = [
  ['(a) keyword tokens', keywordTokens],
  ['(b) taxonomy extractor', (text) => matchSkills(text)],
  ['(c) tagger alone', tagSkillSpans],
  ['(d) tagger + taxonomy', skillPhrases],
];

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}
function timing(run: () => unknown): string {
  run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return `p50 ${percentile(samples, 0.5).toFixed(2)} ms, p99 ${percentile(samples, 0.99).toFixed(2)} ms`;
}

export default async function (): Promise<void> {
  const sets: Array<[string, EvalFile]> = [
    ['tuning slice', JSON.parse(readFileSync(join(FIXTURES, 'skillspan-tune.eval.json'), 'utf8')) as EvalFile],
    ['SkillSpan dev', JSON.parse(readFileSync(join(FIXTURES, 'skillspan-dev.eval.json'), 'utf8')) as EvalFile],
  ];
  for (const [name, set] of sets) {
    console.log(`${name} (${set.sentences.length} sentences, ${set.sentences.reduce((n, s) => n + s.spans.length, 0)} gold spans)`);
    console.log(`  ${'reader'.padEnd(24)} ${'overlap match'.padEnd(28)} strict match`);
    for (const [reader, read] of readers) {
      const counter = new SpanCounter();
      for (const sentence of set.sentences) counter.add(read(sentence.text), sentence.spans.map(([start, end]) => ({ start, end })));
      console.log(`  ${reader.padEnd(24)} ${formatScore(counter.overlap()).padEnd(28)} ${formatScore(counter.strict())}`);
    }
  }

  // A two-page posting: the two fixture jobs repeated to about 900 words.
  const one = ['backend-engineer.job.txt', 'frontend-developer.job.txt'].map((f) => readFileSync(join(FIXTURES, f), 'utf8')).join('\n\n');
  let job = one;
  while (job.split(/\s+/).length < 900) job += `\n\n${one}`;
  console.log(`two-page job text (${job.split(/\s+/).length} words): tagger ${timing(() => tagSkillSpans(job))}; tagger + taxonomy ${timing(() => skillPhrases(job))}; jobRequirements ${timing(() => jobRequirements(job))}`);
}
