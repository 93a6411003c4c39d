import type { Candidate } from '../sensitive-types.js';
import type { ScanInput } from './recognizer.js';

/**
 * Addresses found by their label and their shape, not by the words of their streets:
 *   "Address: 128, Triq Birkirkara, Birkirkara BKR 5338, Malta"
 *   "Хаяг: Улаанбаатар, Баянгол дүүрэг, 11-р хороо, Олимпийн гудамж 80, 16050"
 *   "2. Current address: Toshkent sh., Yunusobod tumani, 11-mavze, 112-uy, 2-xonadon"
 *   "I have moved to Argwings Kodhek Road, South B, Nairobi 00200, closer to the warehouse."
 * The label is an address cue of the context index (any language: address, Adresse, Адрес, Manzil, پتہ,
 * 주소 …), followed by at most a short qualifier ("(last 3 years)") and a colon, or a phrase that leads into
 * one ("moved to", "ship … to:"). The value is what follows on the line — or the next line when the label
 * ends its own — and must read like an address: a house number or postcode, or several comma parts; no
 * e-mail, link or sentence. Street names are never listed, so a locale no set has seen reads the same.
 *
 * Every step reads a bounded window after a cue (LABEL_TAIL, MAX_VALUE, one continuation line), and cues are
 * visited in order with the scan never going back before the last value's end: linear in the text.
 */
const LABEL_TAIL = 32;
const MAX_VALUE = 200;
const MAX_CONTINUATION = 60;
/** A labelled value outranks a shorter street reading and a number inside it ("P.O. Box 83016-00502" is no phone). */
const CONFIDENCE = 0.8;

/** Labels that name something else with the word "address": e-mail, IP, web addresses. */
const OTHER_ADDRESS = /(?:mail|e-?post|ip|web|url|site|wallet|mac|почт|пошт|имейл|імейл|электрон|електрон|이메일|ایمیل|ای میل|البريد)[\s.-]{0,2}$/i;

export function labelledAddresses({ text, context }: Pick<ScanInput, 'text' | 'context'>): Candidate[] {
  // Value starts, each with whether its lead is only a phrase or a line ending in "to:" (then it needs a number and
  // two parts), or a cue that ends its line with no colon (a title, perhaps).
  const leads: { start: number; generic: boolean; titled: boolean }[] = [];
  const { starts, ends } = context.occurrences('address');
  for (let k = 0; k < starts.length; k++) {
    if (OTHER_ADDRESS.test(text.slice(Math.max(0, starts[k]! - 12), starts[k]!))) continue;
    const valueStart = valueAfterLabel(text, ends[k]!);
    if (valueStart < 0) continue;
    const lead = text.slice(ends[k]!, valueStart);
    // A phrase that runs into its value ("moved to Fitzroy VIC 3065 last year") asks as much as a line ending in "to".
    // A cue that ends its line with no colon may be a title ("Declaration of tax residence"): the line below must not
    // be a sentence ("Rent 2499 MZN per month, deposit 2 months.").
    const colon = /[:：៖]/.test(lead);
    leads.push({ start: valueStart, generic: !colon && !lead.includes('\n'), titled: !colon && lead.includes('\n') });
  }
  // "Please ship the laptop and monitor to:⏎…", "Could the courier bring everything to⏎…": a line that ends in a
  // preposition leads into the next one (as "moved to" does inline): the value needs a house number and two parts.
  for (const m of text.matchAll(LINE_ENDING_IN_TO)) leads.push({ start: m.index + m[0].length, generic: true, titled: false });
  leads.sort((a, b) => a.start - b.start);

  const found: Candidate[] = [];
  let lastEnd = 0;
  for (const lead of leads) {
    if (lead.start < lastEnd) continue;
    const span = addressValue(text, lead.start, lead.generic, lead.titled);
    if (!span) continue;
    found.push({ type: 'ADDRESS', start: span.start, end: span.end, confidence: CONFIDENCE });
    lastEnd = span.end;
  }
  return found;
}

const LINE_ENDING_IN_TO = /(?<=[ \t](?:to|at)):?[ \t]{0,3}\n[ \t]{0,3}(?=[^\s])/g;

/**
 * Where the value named by a label ending at `cueEnd` starts, or -1: after a colon (a short qualifier such as
 * " (last 3 years)" or " line 1" may come first), after a phrase that leads straight into it ("moved to
 * Argwings …"), or on the next line when the label ends its own.
 */
function valueAfterLabel(text: string, cueEnd: number): number {
  let i = cueEnd;
  const limit = Math.min(text.length, cueEnd + LABEL_TAIL);
  let colon = -1;
  for (; i < limit; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '@') break;
    if (c === ':' || c === '：' || c === '៖') {
      colon = i;
      break;
    }
  }
  let j = colon >= 0 ? colon + 1 : cueEnd;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0')) j++;
  if (j < text.length && text[j] === '\n') {
    // The label ends its line: the value is the next line ("Please ship it to:⏎Registon koʻchasi, 7-uy").
    if (colon < 0 && !endsLeadPhrase(text, cueEnd, j)) return -1;
    j++;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    return j < text.length && text[j] !== '\n' ? j : -1;
  }
  if (colon >= 0) return j;
  // No colon: only a phrase that leads into its value ("moved to", "send it to the office at") reads on, and
  // the value starts as a name or a number does ("moved to the interview stage" is no address).
  return j > cueEnd && LEAD_PHRASE.test(text.slice(Math.max(0, cueEnd - 3), cueEnd)) && !/\p{Ll}/u.test(text[j]!) ? j : -1;
}

/** Cues that lead into their value without a colon end in "to", "at" or "is". */
const LEAD_PHRASE = /(?:^|[^\p{L}])(?:to|at|is)$/iu;

/** Nothing but spaces between the cue and the line's end: "… ship the laptop to" + newline. */
function endsLeadPhrase(text: string, cueEnd: number, lineEnd: number): boolean {
  return text.slice(cueEnd, lineEnd).trim() === '';
}

/**
 * The address that starts at `start`, or null when the text there does not read like one. It runs to the
 * end of the line (or an earlier stop: a dash between spaces, a semicolon, a sentence end, a comma before a
 * lower-case clause), and may take one more short line that continues it ("…, 53-р байр, 113 тоот⏎14200").
 */
function addressValue(text: string, start: number, generic: boolean, titled: boolean): { start: number; end: number } | null {
  let end = lineValueEnd(text, start);
  if (titled) {
    const lineEnd = text.indexOf('\n', start);
    const line = text.slice(start, Math.min(lineEnd < 0 ? text.length : lineEnd, start + MAX_VALUE)).trim();
    if (line.endsWith('.') || readsLikeRecord(line)) return null;
  }
  let value = text.slice(start, end);
  // One more line that continues the address: a postcode, a city (with a postcode), or comma parts.
  if (text[end] === '\n' || (text[end + 1] === '\n' && /[ ,]/.test(text[end]!))) {
    const next = text.indexOf('\n', end) + 1;
    let nextEnd = next;
    while (nextEnd < text.length && nextEnd - next <= MAX_CONTINUATION && text[nextEnd] !== '\n') nextEnd++;
    const line = text.slice(next, nextEnd).trim();
    if (nextEnd - next <= MAX_CONTINUATION && line.length > 0 && continuesAddress(line)) {
      value = `${value}, ${line}`;
      end = next + text.slice(next, nextEnd).trimEnd().length;
    }
  }
  if (!readsLikeAddress(value)) return null;
  if (generic && (!hasHouseNumber(value) || partsOf(value) < 2)) return null;
  return { start, end };
}

/**
 * Where the value that starts at `start` ends on its line: at the line's end or an earlier stop (a colon of
 * the next label, a dash between spaces, a semicolon, a sentence end, a comma before a lower-case clause).
 */
function lineValueEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_VALUE);
  let end = start;
  for (; end < limit; end++) {
    const c = text[end]!;
    if (c === '\n' || c === ';' || c === '|' || c === '\t' || c === ':' || c === '៖') break;
    if ((c === '—' || c === '–') && text[end - 1] === ' ') break;
    if (c === '.' && sentenceEnd(text, end)) break;
    if ((c === ',' || c === '،') && (lowerCaseClause(text, end + 1) || LOWER_CASE_WORD.test(text.slice(end + 1, end + 12)))) break;
  }
  while (end > start && /[\s,.،)(]/.test(text[end - 1]!)) end--;
  return end;
}

/** "… Toshkent sh. 100084" and "Av. Amazonas" go on; a dot after a longer word before a space ends a sentence. */
function sentenceEnd(text: string, dot: number): boolean {
  const next = text[dot + 1];
  if (next !== undefined && next !== ' ' && next !== '\n') return false;
  if (next === ' ' && /[0-9]/.test(text[dot + 2] ?? '')) return false;
  let i = dot;
  while (i > 0 && /\p{L}/u.test(text[i - 1]!)) i--;
  return dot - i >= 5;
}

/** ", then Busan …", ", off Lenana Road": an English word of three or more lower-case letters (no abbreviation) starts no part. */
const LOWER_CASE_WORD = /^[ \t]*[a-z]{3,}(?![\p{L}.'’-])/u;

/** ", closer to the warehouse", ", so commuting is easy": a clause of lower-case words, no digit. */
function lowerCaseClause(text: string, from: number): boolean {
  const rest = text.slice(from, from + 40);
  const m = /^[ \t]*(\p{Ll}[\p{L}'’-]*)((?:[ \t]+[\p{L}'’-]+)*)/u.exec(rest);
  if (!m) return false;
  const words = 1 + (m[2]!.match(/[ \t]+/g)?.length ?? 0);
  return words >= 3 && !/[0-9]/.test(rest.slice(0, m[0].length + 1));
}

/**
 * A house number, a postcode or several comma parts, letters enough for a place name, and none of what an
 * address never holds (an e-mail, a link, a long digit run of a phone or account, a question).
 */
export function readsLikeAddress(value: string): boolean {
  // Floor areas and volumes ("78 m²") describe a flat; they are no part of its address.
  if (value.length < 6 || /[@?+²³]|https?:|www\./.test(value)) return false;
  const letters = value.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 4) return false;
  if (/(?<!\d)(?:\d{7}|\d{3,6}[ -]\d{3,6}[ -]\d{2})/.test(value)) return false;
  const parts = partsOf(value);
  const number = hasHouseNumber(value);
  if (!number && parts < 3) return false;
  // Prose: many words without a comma ("I will send it once I have moved"); scripts that write an address
  // without commas ("ផ្ទះលេខ ១៩៧ ផ្លូវ ៥៤១ សង្កាត់…") still hold a number.
  const words = value.split(/\s+/).length;
  return words <= Math.max(4 * parts + 2, number ? 12 : 0);
}

export function partsOf(value: string): number {
  return value.split(/[,،]/).filter((p) => p.trim().length > 0).length;
}

/** A digit that is no date, time, year or count: a house number or a postcode. */
export function hasHouseNumber(value: string): boolean {
  return /\d/.test(value.replace(NOT_A_HOUSE_NUMBER, ''));
}

/**
 * Dates (also "26 October 1970"), times and years are no house numbers ("valid until 2027", "on 2023-07-16 at
 * 10:30"), nor is a count ("5 years", "3 children"); "No:150/20" is one (a day or month has two digits at most).
 */
const NOT_A_HOUSE_NUMBER =
  /(?<!\d)(?:\d{1,2}[-./:]\d{1,2}(?:[-./]\d{2,4})?(?!\d)|\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?|\d{1,2}(?:st|nd|rd|th)?\.?[ \t]\p{L}{3,12}\.?,?[ \t](?:19|20)\d\d|(?:19|20)\d\d(?!\d)|\d{1,6}[ \t][a-z]{3,})/gu;

/**
 * Several lower-case words ("Flat 9D of block 9 requested, 1 bedrooms"), a count ("5 years of Go") or a sentence's
 * end ("… from Outlook. Employee no. …"): a sentence, not an address ("off Awolowo Road" has one such word).
 */
export function readsLikeProse(value: string): boolean {
  if (/\d[ \t]\p{Ll}{3,}/u.test(value) || /\p{L}{5}\.[ \t]+\p{Lu}/u.test(value)) return true;
  const words = value.split(/[\s,]+/).filter((w) => w.length > 0);
  const lower = words.filter((w) => /^\p{Ll}{3,}[.:]?$/u.test(w)).length;
  return lower > 1 && lower * 4 >= words.length;
}

/**
 * A record, not an address: a full stop right after a number or a bracket ends it ("Page 2 of 5, form v6.7.",
 * "Grade B8, step 10.", "Ticket #894224 (priority 2)."), or a lower-case key names a value of its own
 * ("Messages: 276, media: 12."). An address ends in a name or a postcode, and its keys are capitalised ("No: 10
 * Daire: 11").
 */
export function readsLikeRecord(value: string): boolean {
  return /[\d)]\.$/.test(value) || /(?<!\p{L})\p{Ll}{3,}:[ \t]/u.test(value);
}

/** A line that finishes an address: a postcode ("14200", "A09B7C4"), a city with or without one, comma parts. */
function continuesAddress(line: string): boolean {
  if (/[:@៖]/.test(line)) return false;
  // A place name alone ("Nairobi", "Phnom Penh", "پشاور"): one to three words that start as names do, no digit.
  if (/^(?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’.-]{1,25}(?:[ ](?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’.-]{1,25}){0,2}$/u.test(line)) return true;
  if (/^[A-Z0-9]{0,3}[ -]?\d{3,6}$/.test(line) || /^[A-Z]\d{2}[A-Z0-9]{4}$/.test(line)) return true;
  if (/^(?:\p{Lu}|\p{Lo})[\p{L}'’ .-]{1,30}[ ,]+(?:[A-Z]{1,3}[ -]?)?\d{3,6}$/u.test(line)) return true;
  return /[,،]/.test(line) && readsLikeAddress(line);
}
