// Writes test/fixtures/analysis/skillspan-dev.eval.json: SkillSpan dev sentences as text with gold
// skill + knowledge character spans, so the bench never reads ../shared at run time.
// Source: SkillSpan (Zhang et al., NAACL 2022), https://github.com/kris927b/SkillSpan commit
// 2ccf3de5b5af7a5409b8dd814fb1315dd6e0ae1b — MIT (repo) / CC BY 4.0 (data on the HF hub).
// Usage: node scripts/build-skillspan-eval.mjs [path/to/dev.json] (default ../shared/data/jobs/skillspan/dev.json)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(process.argv[2] ?? join(root, '../shared/data/jobs/skillspan/dev.json'));
const sentences = [];
for (const line of readFileSync(input, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line);
  let text = '';
  const offsets = row.tokens.map((token) => {
    if (text) text += ' ';
    const start = text.length;
    text += token;
    return [start, text.length];
  });
  const spans = [];
  for (const tags of [row.tags_skill, row.tags_knowledge]) {
    let open;
    tags.forEach((tag, i) => {
      if (tag === 'B' || (tag === 'I' && open === undefined)) {
        if (open !== undefined) spans.push([offsets[open[0]][0], offsets[open[1]][1]]);
        open = [i, i];
      } else if (tag === 'I') open[1] = i;
      else if (open !== undefined) {
        spans.push([offsets[open[0]][0], offsets[open[1]][1]]);
        open = undefined;
      }
    });
    if (open !== undefined) spans.push([offsets[open[0]][0], offsets[open[1]][1]]);
  }
  sentences.push({ text, spans });
}
const out = {
  source: 'SkillSpan dev split (Zhang et al., NAACL 2022), https://github.com/kris927b/SkillSpan @ 2ccf3de5 — MIT / CC BY 4.0; tokens joined by spaces, BIO tags converted to character spans (skill + knowledge).',
  sentences,
};
writeFileSync(join(root, 'test/fixtures/analysis/skillspan-dev.eval.json'), `${JSON.stringify(out)}\n`);
console.log(`${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.spans.length, 0)} spans`);
