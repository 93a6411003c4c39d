import type { CountryCode } from 'libphonenumber-js/max';
import type { ContextIndex } from '../context-words.js';
import type { Candidate } from '../sensitive-types.js';

/** What every recognizer sees: the text, the pre-computed context cues and resolved options. */
export interface ScanInput {
  text: string;
  context: ContextIndex;
  defaultCountry: CountryCode;
  fallbackCountries: readonly CountryCode[];
}

/**
 * A recognizer family. It must run in time linear in `text.length`: global regexes with bounded
 * quantifiers and explicit boundaries, or hand-written scans that never revisit a character more
 * than a constant number of times.
 */
export type Recognizer = (input: ScanInput) => Candidate[];

/** Confidence never exceeds 1, however many bonuses apply. */
export function clampConfidence(value: number): number {
  return Math.min(1, Math.max(0, Math.round(value * 100) / 100));
}

/** Strips everything but ASCII digits. */
export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}
