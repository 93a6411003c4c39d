/** How an answer was spoken, measured from the recogniser's word timings. */
export interface Delivery {
  seconds: number;
  words: number;
  wordsPerMinute: number;
  fillerWords: number;
  fillersPerMinute: number;
  /** Silences of 2 seconds or more between words. */
  longPauses: number;
  longestPauseSeconds: number;
}
import type { RecognizedWord, Transcript } from './speech-to-text.js';

/** A silence between two words at least this long counts as a long pause. */
export const LONG_PAUSE_SECONDS = 2;

/**
 * Hesitation sounds, counted wherever they occur. The list is deliberately conservative: words
 * that are often fillers but also carry meaning ("like", "so", "actually", "basically", "I mean",
 * "kind of") are left out, because counting them would blame people for ordinary sentences.
 * All of these are in PocketSphinx's English dictionary, so the offline engine can report them.
 */
const FILLER_SOUNDS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'ah', 'hmm', 'hm', 'mm']);

/**
 * "you know" is counted as a filler except where it is a real question or clause ("do you know",
 * "if you know", "let you know", "as you know"…): the word before it decides.
 */
const YOU_KNOW_NOT_FILLER_AFTER = new Set([
  'do',
  'did',
  'does',
  "don't",
  "didn't",
  'would',
  'will',
  'could',
  'might',
  'if',
  'as',
  'let',
  'what',
  'that',
  'whether',
  'when',
]);

/**
 * Pace, fillers and pauses of a spoken answer. Rates are per minute of speaking time (first word's
 * start to last word's end) when the engine gave word timings, else per minute of recording.
 * `seconds` is the length of the recording. Without timings there is no pause information: 0.
 */
export function measureDelivery(transcript: Transcript): Delivery {
  const tokens = wordsOf(transcript.text);
  const timed = transcript.words;
  const spoken = timed.length > 0 ? timed[timed.length - 1]!.end - timed[0]!.start : 0;
  const speakingSeconds = spoken > 0 ? spoken : transcript.seconds;
  const perMinute = (count: number): number => (speakingSeconds > 0 ? (count * 60) / speakingSeconds : 0);
  const fillers = countFillers(tokens);
  const pauses = pausesBetween(timed);
  return {
    seconds: round(transcript.seconds, 1),
    words: tokens.length,
    wordsPerMinute: Math.round(perMinute(tokens.length)),
    fillerWords: fillers,
    fillersPerMinute: round(perMinute(fillers), 1),
    longPauses: pauses.filter((p) => p >= LONG_PAUSE_SECONDS).length,
    longestPauseSeconds: round(pauses.reduce((longest, p) => Math.max(longest, p), 0), 1),
  };
}

/** Lower-case words; punctuation dropped, apostrophes and hyphens inside a word kept ("don't", "follow-up"). */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}

export function countFillers(words: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (FILLER_SOUNDS.has(word)) count++;
    else if (word === 'you' && words[i + 1] === 'know' && !YOU_KNOW_NOT_FILLER_AFTER.has(words[i - 1] ?? '')) {
      count++;
      i++; // "know" is part of this filler
    }
  }
  return count;
}

/** Silences between consecutive words, in seconds (never negative: engines may overlap words slightly). */
function pausesBetween(words: readonly RecognizedWord[]): number[] {
  const pauses: number[] = [];
  for (let i = 1; i < words.length; i++) pauses.push(Math.max(0, words[i]!.start - words[i - 1]!.end));
  return pauses;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
