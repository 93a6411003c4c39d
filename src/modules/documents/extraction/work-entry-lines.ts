import { containsDate } from './resume-dates.js';

// What a line of an entry is, by its form: a header names a role, an organisation, a place or dates
// in a few capitalised words; a description is a sentence. Used to keep a one-line description under
// a job ("In-house team of a national retailer.") with its job instead of opening a new entry.

/** Words a description has at least: shorter lines ending in a full stop are names ("Acme Co.", "Sr."). */
const MIN_SENTENCE_WORDS = 4;
/** Lower-case words (after the first) a sentence has at least; a name or title has few or none. */
const MIN_LOWER_CASE_WORDS = 2;
/** A final word that ends in a full stop as an abbreviation, not a sentence: "Co.", "Ltd.", "Inc.", "S.A.". */
const ABBREVIATION_END = /(?:^|\s)(?:\p{Lu}[\p{L}]{0,3}\.|(?:\p{L}\.){2,})$/u;

/** A sentence describing an entry (the team, the firm, the scope), not a header line naming one. */
export function isDescriptionSentence(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.endsWith('.') || trimmed.includes('\t') || ABBREVIATION_END.test(trimmed) || containsDate(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length < MIN_SENTENCE_WORDS) return false;
  return words.slice(1).filter((word) => /^\p{Ll}/u.test(word)).length >= MIN_LOWER_CASE_WORDS;
}
