import { wordsOf } from './delivery.js';

export interface WordErrorCount {
  /** Substitutions + deletions + insertions, by word-level edit distance. */
  errors: number;
  referenceWords: number;
}

/**
 * How far a recogniser's text is from what was said, the standard measure of speech recognition:
 * the word-level Levenshtein distance divided by the number of reference words. Both sides are
 * compared lower-case with punctuation stripped. Used by the speech tests and benchmark.
 */
export function countWordErrors(reference: string, hypothesis: string): WordErrorCount {
  const ref = wordsOf(reference);
  const hyp = wordsOf(hypothesis);
  let previous = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    const current = [i];
    for (let j = 1; j <= hyp.length; j++) {
      const substitution = previous[j - 1]! + (ref[i - 1] === hyp[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return { errors: previous[hyp.length]!, referenceWords: ref.length };
}

/** Errors per reference word (can exceed 1 when the recogniser inserts many words). */
export function wordErrorRate(reference: string, hypothesis: string): number {
  const { errors, referenceWords } = countWordErrors(reference, hypothesis);
  return referenceWords === 0 ? (errors === 0 ? 0 : 1) : errors / referenceWords;
}
