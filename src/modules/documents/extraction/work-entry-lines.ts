import { containsDate, findDateRange } from './resume-dates.js';

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

/** Words before a narrative paragraph's dates at most: "Employer, Title, Town," names, not a sentence. */
const MAX_NARRATIVE_HEADER_WORDS = 14;
/** Words the text after the dates has at least to be a description of the job. */
const MIN_NARRATIVE_BODY_WORDS = 3;
/** Sentence ends inside a description: a full stop, then a capital. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}])/u;

/**
 * "Acme Ltd, Stores Clerk, Leeds, May 2016 – June 2020. Ran the stock count. Cut losses by a third.":
 * a narrative CV writes each job as one paragraph, its header up to the dates and its duties after
 * them. The header becomes a line of its own and each sentence after the dates a list item, so the
 * paragraph reads like any other entry (as one long line it was taken for the previous job's text).
 */
export function withNarrativeEntriesSplit(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const trimmed = line.trim();
    if (trimmed.includes('\t') || /^[•▪◦·*-]\s/u.test(trimmed)) return [line];
    const range = findDateRange(trimmed);
    if (!range?.startDate) return [line];
    const at = trimmed.indexOf(range.matched);
    const head = trimmed.slice(0, at);
    const after = /^\)?\s*[.;]\s+(?=\S)/.exec(trimmed.slice(at + range.matched.length));
    if (!after || head.trim() === '' || !head.includes(',')) return [line];
    const body = trimmed.slice(at + range.matched.length + after[0].length).trim();
    if (words(head) > MAX_NARRATIVE_HEADER_WORDS || words(body) < MIN_NARRATIVE_BODY_WORDS || containsDate(body)) return [line];
    const header = trimmed.slice(0, at + range.matched.length) + (after[0].trimStart().startsWith(')') ? ')' : '');
    return [header, ...body.split(SENTENCE_END).map((sentence) => `• ${sentence.trim()}`)];
  });
}

function words(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
