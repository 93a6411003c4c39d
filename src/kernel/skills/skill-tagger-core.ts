// The skill tagger's model-independent half: tokens, features and Viterbi decoding. Kept apart
// from the shipped weights so scripts/train-skill-tagger.mjs trains on exactly the features the
// product computes at run time (it imports this file from dist/).
import { matchSkills } from './extract-skills.js';
import { NO_NODE, TRIE_ROOT } from './alias-trie.js';
import { skillsTaxonomy } from './skills-taxonomy.js';
import { stem } from './stem.js';
import { type Token, tokenize } from './tokenizer.js';

/** A word (as the skills tokenizer reads it) or one punctuation character between words. */
export interface TaggerToken {
  raw: string;
  lower: string;
  /** The taxonomy's matching key (lower-case, plain plural dropped); the character itself for punctuation. */
  key: string;
  start: number;
  end: number;
  /** Index into the skills tokenizer's tokens, when this is a word. */
  word?: number;
}

export const LABELS = ['O', 'B', 'I'] as const;
export const LABEL_COUNT = LABELS.length;
const O = 0;
const I = 2;
/** Rows of the transition table: previous label, or the start of a segment (row 3). */
export const START_ROW = 3;

/** Longest segment handed to the decoder; longer runs are cut so feature arrays stay small. */
const MAX_SEGMENT_TOKENS = 200;

/** Words plus the punctuation between them (brackets, commas and colons are strong span edges). */
export function taggerTokens(text: string, words: readonly Token[] = tokenize(text)): TaggerToken[] {
  const out: TaggerToken[] = [];
  let cursor = 0;
  const punctuation = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const ch = text[i]!;
      if (ch.trim() !== '') out.push({ raw: ch, lower: ch, key: ch, start: i, end: i + 1 });
    }
  };
  words.forEach((word, index) => {
    punctuation(cursor, word.start);
    out.push({ raw: word.raw, lower: word.raw.toLowerCase(), key: word.key, start: word.start, end: word.end, word: index });
    cursor = word.end;
  });
  punctuation(cursor, text.length);
  return out;
}

/**
 * Sentence-sized runs of tokens: a new segment after a line break, after ". ! ? ;" followed by
 * space, and every MAX_SEGMENT_TOKENS tokens, so work and memory stay linear in the input.
 */
export function segments(text: string, tokens: readonly TaggerToken[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    const gap = next ? text.slice(tokens[i]!.end, next.start) : '';
    const sentenceEnd = /^[.!?;]$/.test(tokens[i]!.raw) && gap !== '';
    if (!next || gap.includes('\n') || sentenceEnd || i + 1 - from >= MAX_SEGMENT_TOKENS) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  return out;
}

const FNV_OFFSET = 0x811c9dc5;

/** 32-bit FNV-1a over text[from, to), continuing from `hash`: hashing "w=" then a word equals hashing "w=word". */
function fnv(hash: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

const prefix = (name: string): number => fnv(FNV_OFFSET, name);
const P = {
  bias: prefix('bias'), w: prefix('w='), p2: prefix('p2='), p3: prefix('p3='), s2: prefix('s2='), s3: prefix('s3='), s4: prefix('s4='),
  st: prefix('st='), sh: prefix('sh='), len: prefix('len='), wm1: prefix('w-1='), wp1: prefix('w+1='), wm2: prefix('w-2='), wp2: prefix('w+2='),
  bm: prefix('b-='), bp: prefix('b+='), shm1: prefix('sh-1='), t: prefix('t='), tm1: prefix('t-1='), tp1: prefix('t+1='), lex: prefix('lex='), pos: prefix('pos='),
};
/** Every token gets exactly this many features (see segmentFeatures). */
export const FEATURES_PER_TOKEN = 23;

/** "Kubernetes" → "Xx", "C++" → "X+", "2021-04" → "d-d": the word's look, runs collapsed. */
function shape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 6; i++) {
    const code = word.charCodeAt(i);
    const ch = word[i]!;
    // ASCII first (almost every character), the Unicode classes only for the rest.
    const kind =
      code >= 65 && code <= 90 ? 'X'
      : code >= 97 && code <= 122 ? 'x'
      : code >= 48 && code <= 57 ? 'd'
      : code < 128 ? ch
      : /\p{Lu}/u.test(ch) ? 'X'
      : /\p{Ll}/u.test(ch) ? 'x'
      : /\p{N}/u.test(ch) ? 'd'
      : ch;
    if (kind !== last) out += kind;
    last = kind;
  }
  return out;
}

/** Taxonomy tag of each token: "B:hard", "I:soft"… for words inside a taxonomy match, else "O". */
function taxonomyTags(text: string, tokens: readonly TaggerToken[], words: readonly Token[]): string[] {
  const tags = tokens.map(() => 'O');
  const { skills } = skillsTaxonomy();
  const matches = matchSkills(text, words);
  let t = 0;
  for (const match of matches) {
    const kind = skills[match.skill]!.kind;
    while (t < tokens.length && tokens[t]!.end <= match.start) t++;
    let first = true;
    while (t < tokens.length && tokens[t]!.start < match.end) {
      tags[t] = `${first ? 'B' : 'I'}:${kind}`;
      first = false;
      t++;
    }
  }
  return tags;
}

/**
 * Hashed feature ids for every token of one segment, FEATURES_PER_TOKEN per token: the word, its
 * affixes, shape and stem, its neighbours within two places, the bigrams around it, its place in the
 * segment, and whether the taxonomy names it. Hashed piece by piece so no feature string is built.
 */
export function segmentFeatures(tokens: readonly TaggerToken[], taxonomy: readonly string[], from: number, to: number): Int32Array {
  const { trie } = skillsTaxonomy();
  const word = (i: number): string => (i < from ? '<s>' : i >= to ? '</s>' : tokens[i]!.lower);
  const tax = (i: number): string => (i < from || i >= to ? '-' : taxonomy[i]!.charAt(0));
  const shapes: string[] = [];
  for (let i = from; i < to; i++) shapes.push(shape(tokens[i]!.raw));
  const out = new Int32Array((to - from) * FEATURES_PER_TOKEN);
  let k = 0;
  // Feature names are stored as 30-bit hashes: the weights file stays small, and ids this size are
  // small integers to V8, which keeps the weight lookups fast.
  const put = (hash: number): void => {
    out[k++] = hash >>> 2;
  };
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    const w = token.lower;
    const n = w.length;
    const sh = shapes[i - from]!;
    const node = token.word === undefined ? NO_NODE : trie.child(TRIE_ROOT, token.key);
    put(P.bias);
    put(fnv(P.w, w));
    put(fnv(P.p2, w, 0, Math.min(2, n)));
    put(fnv(P.p3, w, 0, Math.min(3, n)));
    put(fnv(P.s2, w, Math.max(0, n - 2)));
    put(fnv(P.s3, w, Math.max(0, n - 3)));
    put(fnv(P.s4, w, Math.max(0, n - 4)));
    put(fnv(P.st, stem(w)));
    put(fnv(P.sh, sh));
    put(fnv(P.len, String(Math.min(n, 8))));
    put(fnv(P.wm1, word(i - 1)));
    put(fnv(P.wp1, word(i + 1)));
    put(fnv(P.wm2, word(i - 2)));
    put(fnv(P.wp2, word(i + 2)));
    put(fnv(fnv(fnv(P.bm, word(i - 1)), '|'), w));
    put(fnv(fnv(fnv(P.bp, w), '|'), word(i + 1)));
    put(fnv(fnv(fnv(P.shm1, i > from ? shapes[i - 1 - from]! : '<s>'), '|'), sh));
    put(fnv(P.t, taxonomy[i]!));
    put(fnv(P.tm1, tax(i - 1)));
    put(fnv(P.tp1, tax(i + 1)));
    put(fnv(fnv(fnv(P.t, tax(i)), '|w-1='), word(i - 1)));
    put(fnv(P.lex, trie.hasHits(node) ? 'alias' : node !== NO_NODE ? 'prefix' : 'none'));
    put(fnv(P.pos, to - from === 1 ? 'only' : i === from ? 'first' : i === to - 1 ? 'last' : 'mid'));
  }
  return out;
}

export interface PreparedText {
  tokens: TaggerToken[];
  segments: Array<[number, number]>;
  taxonomy: string[];
}

export function prepare(text: string): PreparedText {
  const words = tokenize(text);
  const tokens = taggerTokens(text, words);
  return { tokens, segments: segments(text, tokens), taxonomy: taxonomyTags(text, tokens, words) };
}

/** Scores the decoder needs: emission weights per feature and the label transition table. */
export interface LinearModel {
  /** Adds the feature's weights for labels O, B, I to scores[at], scores[at + 1], scores[at + 2]. */
  addWeights(feature: number, scores: Float64Array, at: number): void;
  /** (START_ROW + 1) × LABEL_COUNT: row = previous label (or start), column = label. */
  transitions: ArrayLike<number>;
  /** Added to every O score: below 0 tags more spans (recall), above 0 fewer (precision). */
  outsideBias: number;
}

/** Label scores per token (LABEL_COUNT each) from a segment's features. */
export function emissions(model: LinearModel, features: Int32Array): Float64Array {
  const length = features.length / FEATURES_PER_TOKEN;
  const scores = new Float64Array(length * LABEL_COUNT);
  for (let position = 0; position < length; position++) {
    for (let f = position * FEATURES_PER_TOKEN; f < (position + 1) * FEATURES_PER_TOKEN; f++) model.addWeights(features[f]!, scores, position * LABEL_COUNT);
    scores[position * LABEL_COUNT + O]! += model.outsideBias;
  }
  return scores;
}

/** First-order Viterbi over O/B/I; I may only follow B or I. Linear in the segment length. */
export function viterbi(scores: Float64Array, transitions: ArrayLike<number>, length: number): number[] {
  if (length === 0) return [];
  const best = new Float64Array(length * LABEL_COUNT);
  const back = new Int8Array(length * LABEL_COUNT);
  for (let label = 0; label < LABEL_COUNT; label++) {
    best[label] = label === I ? -Infinity : scores[label]! + transitions[START_ROW * LABEL_COUNT + label]!;
  }
  for (let t = 1; t < length; t++) {
    for (let label = 0; label < LABEL_COUNT; label++) {
      let top = -Infinity;
      let arg = 0;
      for (let previous = 0; previous < LABEL_COUNT; previous++) {
        if (label === I && previous === O) continue;
        const score = best[(t - 1) * LABEL_COUNT + previous]! + transitions[previous * LABEL_COUNT + label]!;
        if (score > top) {
          top = score;
          arg = previous;
        }
      }
      best[t * LABEL_COUNT + label] = top + scores[t * LABEL_COUNT + label]!;
      back[t * LABEL_COUNT + label] = arg;
    }
  }
  const path = new Array<number>(length);
  let last = 0;
  for (let label = 1; label < LABEL_COUNT; label++) if (best[(length - 1) * LABEL_COUNT + label]! > best[(length - 1) * LABEL_COUNT + last]!) last = label;
  path[length - 1] = last;
  for (let t = length - 1; t > 0; t--) path[t - 1] = back[t * LABEL_COUNT + path[t]!]!;
  return path;
}

/** Label paths → character spans over the original text (B opens a span, I extends it). */
export function spansFromLabels(tokens: readonly TaggerToken[], from: number, labels: readonly number[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  labels.forEach((label, offset) => {
    const token = tokens[from + offset]!;
    if (label === O) return;
    const open = spans[spans.length - 1];
    if (label === I && open && offset > 0 && labels[offset - 1] !== O) open.end = token.end;
    else spans.push({ start: token.start, end: token.end });
  });
  return spans;
}
