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

/** "Period:", "Dates:", "근무기간:": the label of a job's dates on a line of their own under its header. */
const DATES_LABEL = /^(?:period|dates?|duration|employment dates|(?:period of )?employment|from\s*[-–—]\s*to|기간|근무\s*기간|재직\s*기간)\s*[:：]\s*(?=\S)/i;

/** A header line's dates without their label ("Period: Aug. 2021 – today" → "Aug. 2021 – today"): the label names no role. */
export function withoutDatesLabel(line: string): string {
  const label = DATES_LABEL.exec(line.trim());
  return label && containsDate(line) ? line.trim().slice(label[0].length) : line;
}
