// Skill spans in free text by a trained sequence tagger (averaged structured perceptron, Viterbi
// decoding over O/B/I). Weights are trained by scripts/train-skill-tagger.mjs on the SkillSpan
// train split (Zhang et al., NAACL 2022; CC BY 4.0, see NOTICE) and shipped in data/.
import { readDataFile } from './skills-taxonomy.js';
import { emissions, LABEL_COUNT, type LinearModel, prepare, spansFromLabels, segmentFeatures, viterbi } from './skill-tagger-core.js';

export interface SkillSpan {
  start: number;
  end: number;
  text: string;
}

/** The weights file: feature hashes sorted and delta-encoded, weights as integers over `scale`. */
export interface SkillTaggerFile {
  format: 1;
  scale: number;
  outsideBias: number;
  transitions: number[];
  /** [hash delta, wO, wB, wI] repeated. */
  features: number[];
}

/** Decodes the compact weights file into a lookup the decoder can use. */
export function loadTaggerModel(file: SkillTaggerFile): LinearModel {
  const count = file.features.length / (LABEL_COUNT + 1);
  const index = new Map<number, number>();
  const weights = new Float64Array(count * LABEL_COUNT);
  let hash = 0;
  for (let f = 0; f < count; f++) {
    const row = f * (LABEL_COUNT + 1);
    hash += file.features[row]!;
    index.set(hash, f * LABEL_COUNT);
    for (let label = 0; label < LABEL_COUNT; label++) weights[f * LABEL_COUNT + label] = file.features[row + 1 + label]! / file.scale;
  }
  return {
    addWeights: (feature, scores, at) => {
      const offset = index.get(feature);
      if (offset === undefined) return;
      for (let label = 0; label < LABEL_COUNT; label++) scores[at + label]! += weights[offset + label]!;
    },
    transitions: file.transitions.map((t) => t / file.scale),
    outsideBias: file.outsideBias,
  };
}

let shipped: LinearModel | undefined;

/** Character spans the tagger reads as skills or knowledge, left to right; deterministic. */
export function tagSkillSpans(text: string, model: LinearModel = (shipped ??= loadTaggerModel(readDataFile<SkillTaggerFile>('skill-tagger.json')))): SkillSpan[] {
  const prepared = prepare(text);
  const spans: SkillSpan[] = [];
  for (const [from, to] of prepared.segments) {
    const features = segmentFeatures(prepared.tokens, prepared.taxonomy, from, to);
    const labels = viterbi(emissions(model, features), model.transitions, to - from);
    for (const span of spansFromLabels(prepared.tokens, from, labels)) spans.push({ ...span, text: text.slice(span.start, span.end) });
  }
  return spans;
}
