// Trains the skill tagger (averaged structured perceptron over O/B/I, one merged "skill or
// knowledge" span type) on the SkillSpan train split and writes src/kernel/skills/data/skill-tagger.json.
// Source: SkillSpan (Zhang et al., NAACL 2022), https://github.com/kris927b/SkillSpan commit
// 2ccf3de5b5af7a5409b8dd814fb1315dd6e0ae1b — MIT (repo) / CC BY 4.0 (data).
//
// Honest measurement: postings of train whose idx is a multiple of 10 (a rule fixed before any
// training) are held out as the tuning slice; epochs and the outside bias are chosen on it only.
// The shipped model is the one trained on the other 90 % of train. SkillSpan dev is scored once,
// at the end, and never used to choose anything.
//
// Usage: npm run -s build && node scripts/train-skill-tagger.mjs [--tuning-only] [path/to/skillspan-dir]
// (default ../shared/data/jobs/skillspan). --tuning-only skips dev while features are being worked on. Deterministic: fixed seed, fixed order of operations.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const core = await import(join(dist, 'src/kernel/skills/skill-tagger-core.js'));
const { loadTaggerModel, tagSkillSpans } = await import(join(dist, 'src/kernel/skills/skill-tagger.js'));
const { SpanCounter, formatScore } = await import(join(dist, 'bench/span-metrics.js'));
const { FEATURES_PER_TOKEN, LABEL_COUNT, START_ROW, prepare, segmentFeatures, emissions, viterbi, spansFromLabels } = core;

const tuningOnly = process.argv.includes('--tuning-only');
const dataDir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(root, '../shared/data/jobs/skillspan'));
const MAX_EPOCHS = 25;
const SEED = 20221;
const OUTSIDE_BIASES = [-16, -12, -10, -8, -6, -4, -2, 0, 1];
const PRUNE_BELOW = 0.05; // averaged weights smaller than this (in every label) are dropped
const SCALE = 100; // weights are stored as integers over SCALE

const isTuningPosting = (row) => row.idx % 10 === 0;

/** SkillSpan rows → text (tokens joined by spaces) and gold character spans, skill + knowledge. */
function readSplit(file) {
  const out = [];
  for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n')) {
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
      const close = () => {
        if (open) spans.push({ start: offsets[open[0]][0], end: offsets[open[1]][1] });
        open = undefined;
      };
      tags.forEach((tag, i) => {
        if (tag === 'B' || (tag === 'I' && !open)) {
          close();
          open = [i, i];
        } else if (tag === 'I') open[1] = i;
        else close();
      });
      close();
    }
    out.push({ row, text, spans });
  }
  return out;
}

/** Gold labels per tagger token: union of skill and knowledge spans, B on the first token of each. */
function goldLabels(tokens, spans) {
  const merged = [...spans].sort((a, b) => a.start - b.start || b.end - a.end).reduce((acc, s) => {
    const last = acc[acc.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else acc.push({ ...s });
    return acc;
  }, []);
  const labels = tokens.map(() => 0);
  let m = 0;
  let previousInside = -1;
  tokens.forEach((token, i) => {
    while (m < merged.length && merged[m].end <= token.start) m++;
    const span = merged[m];
    if (span && token.start < span.end && token.end > span.start) {
      labels[i] = previousInside === m ? 2 : 1;
      previousInside = m;
    } else previousInside = -1;
  });
  return labels;
}

function examples(sentences) {
  const out = [];
  for (const sentence of sentences) {
    const prepared = prepare(sentence.text);
    const gold = goldLabels(prepared.tokens, sentence.spans);
    const segs = prepared.segments.map(([from, to]) => ({
      from,
      to,
      features: segmentFeatures(prepared.tokens, prepared.taxonomy, from, to),
      gold: gold.slice(from, to),
    }));
    out.push({ sentence, prepared, segs });
  }
  return out;
}

/** mulberry32: a tiny seeded PRNG so the shuffle (and so the weights) are reproducible. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** LinearModel.addWeights over a Map of weight rows (the training-time layout). */
const addFrom = (weights) => (feature, scores, at) => {
  const w = weights.get(feature);
  if (w) for (let label = 0; label < LABEL_COUNT; label++) scores[at + label] += w[label];
};

class Perceptron {
  weights = new Map();
  accumulated = new Map();
  transitions = new Float64Array((START_ROW + 1) * LABEL_COUNT);
  transitionsAccumulated = new Float64Array((START_ROW + 1) * LABEL_COUNT);
  step = 1;

  model(outsideBias = 0) {
    return { addWeights: addFrom(this.weights), transitions: this.transitions, outsideBias };
  }

  bump(feature, label, delta) {
    let w = this.weights.get(feature);
    if (!w) {
      w = new Float64Array(LABEL_COUNT);
      this.weights.set(feature, w);
      this.accumulated.set(feature, new Float64Array(LABEL_COUNT));
    }
    w[label] += delta;
    this.accumulated.get(feature)[label] += this.step * delta;
  }

  bumpTransition(previous, label, delta) {
    this.transitions[previous * LABEL_COUNT + label] += delta;
    this.transitionsAccumulated[previous * LABEL_COUNT + label] += this.step * delta;
  }

  learn(seg) {
    const length = seg.to - seg.from;
    const predicted = viterbi(emissions(this.model(), seg.features), this.transitions, length);
    for (let t = 0; t < length; t++) {
      const previousGold = t === 0 ? START_ROW : seg.gold[t - 1];
      const previousPredicted = t === 0 ? START_ROW : predicted[t - 1];
      if (seg.gold[t] !== predicted[t]) {
        for (const f of seg.features.subarray(t * FEATURES_PER_TOKEN, (t + 1) * FEATURES_PER_TOKEN)) {
          this.bump(f, seg.gold[t], 1);
          this.bump(f, predicted[t], -1);
        }
      }
      if (seg.gold[t] !== predicted[t] || previousGold !== previousPredicted) {
        this.bumpTransition(previousGold, seg.gold[t], 1);
        this.bumpTransition(previousPredicted, predicted[t], -1);
      }
    }
    this.step++;
  }

  /** Averaged weights (w − accumulated/step), pruned: what generalises, not the last update. */
  averaged() {
    const weights = new Map();
    for (const [f, w] of this.weights) {
      const a = this.accumulated.get(f);
      const avg = Float64Array.from(w, (v, l) => v - a[l] / this.step);
      if (avg.some((v) => Math.abs(v) >= PRUNE_BELOW)) weights.set(f, avg);
    }
    const transitions = Float64Array.from(this.transitions, (v, i) => v - this.transitionsAccumulated[i] / this.step);
    return { weights, transitions };
  }
}

function scoreWith(model, set) {
  const counter = new SpanCounter();
  for (const ex of set) {
    const predicted = [];
    for (const seg of ex.segs) {
      const labels = viterbi(emissions(model, seg.features), model.transitions, seg.to - seg.from);
      predicted.push(...spansFromLabels(ex.prepared.tokens, seg.from, labels));
    }
    counter.add(predicted, ex.sentence.spans);
  }
  return counter;
}

const asModel = (snapshot, outsideBias) => ({ addWeights: addFrom(snapshot.weights), transitions: snapshot.transitions, outsideBias });

const train = readSplit('train.json');
const fit = examples(train.filter((s) => !isTuningPosting(s.row)));
const tune = examples(train.filter((s) => isTuningPosting(s.row)));
console.log(`train: ${fit.length} sentences for fitting, ${tune.length} in the tuning slice (postings with idx % 10 = 0)`);

const perceptron = new Perceptron();
const rand = random(SEED);
const order = fit.flatMap((ex) => ex.segs);
let best;
for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const seg of order) perceptron.learn(seg);
  const snapshot = perceptron.averaged();
  const f1 = scoreWith(asModel(snapshot, 0), tune).overlap().f1;
  console.log(`epoch ${epoch}: tuning overlap F1 ${f1.toFixed(3)} (${snapshot.weights.size} features)`);
  if (!best || f1 > best.f1) best = { epoch, f1, snapshot };
}
let bestBias;
for (const bias of OUTSIDE_BIASES) {
  const f1 = scoreWith(asModel(best.snapshot, bias), tune).overlap().f1;
  console.log(`outside bias ${bias}: tuning overlap F1 ${f1.toFixed(3)}`);
  if (!bestBias || f1 > bestBias.f1) bestBias = { bias, f1 };
}
console.log(`chosen on the tuning slice: ${best.epoch} epochs, outside bias ${bestBias.bias}`);

const hashes = [...best.snapshot.weights.keys()].sort((a, b) => a - b);
const features = [];
let previous = 0;
for (const hash of hashes) {
  const quantised = [...best.snapshot.weights.get(hash)].map((v) => Math.round(v * SCALE));
  if (quantised.every((v) => v === 0)) continue;
  features.push(hash - previous, ...quantised);
  previous = hash;
}
const file = {
  format: 1,
  source: 'Trained by scripts/train-skill-tagger.mjs on SkillSpan train (Zhang et al., NAACL 2022; MIT / CC BY 4.0), tuning slice held out.',
  scale: SCALE,
  outsideBias: bestBias.bias,
  transitions: [...best.snapshot.transitions].map((v) => Math.round(v * SCALE)),
  features,
};
const weightsPath = join(root, 'src/kernel/skills/data/skill-tagger.json');
writeFileSync(weightsPath, `${JSON.stringify(file)}\n`);
console.log(`wrote ${weightsPath}: ${features.length / (LABEL_COUNT + 1)} features, ${(JSON.stringify(file).length / 1e6).toFixed(2)} MB`);

// The tuning slice as a small eval fixture, for the unit spec's floor (never dev).
const tuneFixture = {
  source: 'SkillSpan train split, postings with idx % 10 = 0 (the skill tagger\'s tuning slice; Zhang et al., NAACL 2022, https://github.com/kris927b/SkillSpan @ 2ccf3de5 — MIT / CC BY 4.0); tokens joined by spaces, spans = skill + knowledge.',
  sentences: tune.map((ex) => ({ text: ex.sentence.text, spans: ex.sentence.spans.map((s) => [s.start, s.end]) })),
};
writeFileSync(join(root, 'test/fixtures/analysis/skillspan-tune.eval.json'), `${JSON.stringify(tuneFixture)}\n`);

// Final figures through the product path (quantised, pruned weights as shipped): tuning slice, then dev once.
const shipped = loadTaggerModel(file);
const measure = (sentences) => {
  const counter = new SpanCounter();
  for (const s of sentences) counter.add(tagSkillSpans(s.text, shipped), s.spans);
  return counter;
};
const tuning = measure(tune.map((ex) => ex.sentence));
console.log('                 overlap match                 strict match');
console.log(`tuning slice     ${formatScore(tuning.overlap())}   ${formatScore(tuning.strict())}`);
if (!tuningOnly) {
  const dev = measure(readSplit('dev.json'));
  console.log(`SkillSpan dev    ${formatScore(dev.overlap())}   ${formatScore(dev.strict())}   (unseen)`);
}
