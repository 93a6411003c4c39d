import type { Delivery } from './engine/interview-types.js';

/**
 * One delivery for a question answered in two spoken parts (the answer and its follow-up): counts
 * add up and rates are recomputed over the total time. Typed parts have no delivery and are left out;
 * when no part was spoken there is none.
 */
export function mergeDelivery(parts: readonly (Delivery | undefined)[]): Delivery | undefined {
  const spoken = parts.filter((d): d is Delivery => d !== undefined);
  if (spoken.length <= 1) return spoken[0];
  const seconds = sum(spoken.map((d) => d.seconds));
  const words = sum(spoken.map((d) => d.words));
  const fillerWords = sum(spoken.map((d) => d.fillerWords));
  // Rates are per minute of speaking time, which each part gives as words / wpm.
  const speakingMinutes = sum(spoken.map((d) => (d.wordsPerMinute > 0 ? d.words / d.wordsPerMinute : d.seconds / 60)));
  return {
    seconds,
    words,
    wordsPerMinute: speakingMinutes > 0 ? round1(words / speakingMinutes) : 0,
    fillerWords,
    fillersPerMinute: speakingMinutes > 0 ? round1(fillerWords / speakingMinutes) : 0,
    longPauses: sum(spoken.map((d) => d.longPauses)),
    longestPauseSeconds: Math.max(...spoken.map((d) => d.longestPauseSeconds)),
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
