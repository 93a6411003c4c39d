import type { Candidate } from '../sensitive-types.js';
import type { ScanInput } from './recognizer.js';
import { clampConfidence } from './recognizer.js';
import { AFTER_NAME, POST_BOX, STREET_WORD_KIND as KIND } from '../street-words.js';

/**
 * Addresses found from a street-type word of a language the street-first patterns do not read, then
 * widened segment by segment (comma or one line break) over the parts that read like an address:
 *   "Rīgas iela 119B, Jūrmala, LV-2015"                     (Latvian: name + iela + number)
 *   "9021 Győr, Király utca 133. fszt. 4."                  (Hungarian: postcode, city, street)
 *   "03150, м. Київ, вул. Городоцька, 1, кв. 166"           (Ukrainian, also "vul. Horodotska 32")
 *   "Οδός Ερμού 70, 106 80 Αθήνα", "Λεωφ. Αλεξάνδρας 134"   (Greek)
 *   "רחוב הרצל 63, באר שבע 8410501"                          (Hebrew)
 *   "Bv. Oroño 3600, Piso 3 Dto. A, (1425) Ciudad …"        (Argentine)
 *   "Số 80 Xuân Thủy, Phường Hải Châu 1, Quận Hải Châu, Đà Nẵng" (Vietnamese ward and district)
 *   "Jl. Dipati Ukur No. 76, RT 014/RW 011, Kec. Gambir, …"  (Indonesian)
 *   "Savska cesta 163, HR-52100 Pula"                        (Croatian)
 * The street words (`street-words.ts`) are found by the context index's one pass over the text (a trie
 * walk from word starts, no regex alternation); the widening reads at most MAX_SEGMENTS segments of MAX_SEGMENT characters either side, so the whole
 * pass stays linear.
 */

/**
 * Lower-case words an address segment may hold besides names and numbers: flat, floor, staircase and
 * block words, city prefixes ("м. Київ"), connectors inside names ("9 de Julio", "Trg bana Jelačića").
 */
const UNIT_WORDS = new Set([
  'кв.', 'кв', 'м.', 'г.', 'с.', 'смт', 'корп.', 'под.', 'эт.', 'apt.', 'apt', 'ap.', 'k.',
  'em.', 'emelet', 'fszt.', 'fszt', 'ajtó', 'lph.', 'lépcsőház', 'ép.',
  'διαμ.', 'όροφος', 'τ.κ.',
  'piso', 'dto.', 'dto', 'depto.', 'dpto.', 'of.', 'pb', 'de', 'del', 'la', 'las', 'los', 'y',
  'no.', 'no', 'lt.', 'blok', 'rt', 'rw',
  'hộ', 'lộ', 'và',
  'kat', 'kat,', 'bana', 'kralja', 'dr.', 'sv.',
  'g.', 'k-', 'dz.',
  // Azerbaijani flat, city and district ("mənzil 118", "Bakı şəh.", "Nəsimi r-nu"); Armenian flat and city
  // ("բն. 84", "ք. Երևան"); Colombian interior and flat ("Int. 2", "Apto 437").
  'mənzil', 'şəh.', 'r-nu', 'rayonu', 'qəs.', 'bn.', 'բն.', 'ք.', 'շ.', 'int.', 'apto', 'apto.', '#',
  // The number word of Macedonian and Serbian ("бр. 54", "br. 53/4-12") and the № sign; Bulgarian city, block,
  // entrance, floor and flat ("гр. София", "бл. 73, вх. А, ет. 8, ап. 2"); the Lithuanian flat ("72 butas"); the
  // Peruvian housing estate ("Urb. Los Olivos").
  'бр.', 'бр', 'br.', '№', 'гр.', 'бл.', 'вх.', 'ет.', 'ап.', 'butas', 'urb.',
  ...AFTER_NAME.map((w) => w.toLowerCase()),
]);

const POST_BOXES = new Set(POST_BOX);
const MAX_SEGMENTS = 5;
const MAX_SEGMENT = 64;

function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = text[i]!;
  return ch.toLowerCase() !== ch.toUpperCase() || isCaseless(c);
}

/** Letters of scripts without capitals, where any word may be a name: Hebrew, Arabic, Devanagari, Bengali, Georgian. */
function isCaseless(c: number): boolean {
  return (
    (c >= 0x5d0 && c <= 0x5ea) || (c >= 0x620 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || (c >= 0x900 && c <= 0x9ff) || (c >= 0x10d0 && c <= 0x10ff)
  );
}

/** Capitalised (any cased script), a digit, or a letter of a script without case (Hebrew, Arabic, Georgian). */
function startsName(word: string): boolean {
  let i = 0;
  while (i < word.length && '("\'„«'.includes(word[i]!)) i++;
  if (i >= word.length) return false;
  const c = word.charCodeAt(i);
  if (c >= 48 && c <= 57) return true;
  if (isCaseless(c)) return true;
  const ch = word[i]!;
  return ch !== ch.toLowerCase();
}

/**
 * The digits of the longest run of digit groups joined only by spaces, dashes, dots, slashes or
 * parentheses, and how many groups it has: "050 123 4567" is a phone's layout, while "1117 Budapest
 * Kossuth Lajos utca 64. 4/19" holds a postcode and a house number apart.
 */
function longestDigitRun(segment: string): { digits: number; groups: number } {
  let best = { digits: 0, groups: 0 };
  let digits = 0;
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (!inGroup) groups++;
      inGroup = true;
      if (digits > best.digits) best = { digits, groups };
      continue;
    }
    inGroup = false;
    if (!' -./()'.includes(segment[i]!)) {
      digits = 0;
      groups = 0;
    }
  }
  return best;
}

/** Whether one comma/newline segment reads like part of an address in these languages. */
function segmentLike(segment: string, lowerAllowed = 1): boolean {
  const { digits, groups } = longestDigitRun(segment);
  // A phone number or an account, not a house number or a postcode ("6578901" is one Israeli postcode).
  if (digits > 7 || (digits === 7 && groups > 1) || NOT_AN_ADDRESS.test(segment)) return false;
  let lower = 0;
  let words = 0;
  for (let i = 0; i < segment.length; ) {
    let j = i;
    while (j < segment.length && segment[j] !== ' ' && segment[j] !== '\t') j++;
    if (j > i) {
      if (++words > 9) return false;
      const w = segment.slice(i, j);
      // One lower-case word inside a name ("Trg bana Jelačića", "Mlynské nivy"), never two.
      if (!startsName(w) && !SEPARATOR_WORD.test(w) && !UNIT_WORDS.has(w.toLowerCase()) && !KIND.has(w) && ++lower > lowerAllowed) return false;
    }
    i = j + 1;
  }
  return words > 0;
}
/** Contact details, links, and floor areas or volumes ("78 m²" describes a flat, it does not find it). */
const NOT_AN_ADDRESS = /[@+²³]|https?:|www\./;
const SEPARATOR_WORD = /^[-–/°"]+$/;

/** Characters that end a segment. A '.' ends one only as a sentence end (see `sentenceEnd`). */
function isStop(c: string): boolean {
  return c === ',' || c === '،' || c === '\n' || c === ':' || c === ';' || c === '|' || c === '·' || c === '•' || c === '\t' || c === '!' || c === '?';
}

/**
 * A "." that ends a sentence: a second dot ("u. 5.."), or one before a space or line break after a
 * word of three or more letters that is no street or unit word nor a Roman floor number ("… Hà Nội.
 * Ticket 30-1168 resolved"), or after a number before a capitalised word ("LV-1011. Thanks");
 * "Király utca 133. fszt. 4.", "69. IV. em." and "Dto. B" go on.
 */
function sentenceEnd(text: string, dot: number): boolean {
  if (text[dot - 1] === '.') return true;
  const next = text[dot + 1];
  if (next !== undefined && next !== ' ' && next !== '\n' && next !== '"') return false;
  let i = dot;
  while (i > 0 && dot - i < 12 && isLetterAt(text, i - 1)) i--;
  const word = text.slice(i, dot + 1);
  if (KIND.has(word) || UNIT_WORDS.has(word.toLowerCase()) || /^[IVX]+\.$/.test(word)) return false;
  if (word.length > 3) return true;
  return /^ \p{Lu}\p{Ll}/u.test(text.slice(dot + 1, dot + 4));
}

/** End of the segment starting at `from`: the next stop character or sentence end, at most MAX_SEGMENT on. */
function segmentEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < MAX_SEGMENT) {
    const c = text[i]!;
    if (isStop(c)) return i;
    if (c === '.' && sentenceEnd(text, i)) return i;
    i++;
  }
  return i - from >= MAX_SEGMENT ? -1 : i;
}

/** Start of the segment ending at `to`: back to a stop character, at most MAX_SEGMENT back. */
function segmentStart(text: string, to: number): number {
  let i = to;
  while (i > 0 && to - i < MAX_SEGMENT) {
    const c = text[i - 1]!;
    if (isStop(c)) return i;
    if (c === '.' && sentenceEnd(text, i - 1)) return i;
    i--;
  }
  return to - i >= MAX_SEGMENT ? -1 : i;
}

/** The segment without its spaces, nor a symbol before it ("🏠 Căn hộ …", "• Rīgas iela …"). */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && !isLetterAt(text, start) && !/[\d("'„«]/.test(text[start]!)) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return [start, end];
}

/** A house number: digits, optionally with a letter or bis/ter, a slash or a dash ("119B", "16bis", "59/1", "72/27", "109 - 79"). */
const HOUSE_NUMBER = /(?:^|[\s"(])(?:No\.?\s?|№\s?)?\d{1,4}(?:bis|ter|[A-Za-z])?(?:\s?[/-]\s?\d{1,4}[A-Za-z]?)?\.?(?=$|[\s,.])/;

/**
 * Whether the line starting at `from` continues the address above: every comma segment of it reads like
 * an address part, no label or career period is in it, and it holds a postcode or starts with a ward or
 * district word. A line of capitalised words alone is the next field (a name, an employer).
 */
function lineBelowBelongs(text: string, from: number, firstSegment: string, unitFirst: boolean): boolean {
  const window = text.slice(from, from + MAX_SEGMENT + 1);
  const to = window.indexOf('\n');
  if (to < 0 && from + window.length < text.length) return false; // a long line is prose
  const line = (to < 0 ? window : window.slice(0, to)).replace(/[.]$/, '');
  if (/[:|]/.test(line) || PERIOD.test(line)) return false;
  if (!line.split(',').every((part) => part.trim() === '' || segmentLike(part.trim()))) return false;
  // After a flat or house line, a line of comma parts is its district and city ("Al Reem Island, Abu Dhabi").
  return POSTCODE_IN_LINE.test(line) || KIND.get(firstSegment.split(' ')[0]!) === 'area' || (unitFirst && /[,،]/.test(line));
}

const PERIOD = /(?:19|20)\d\d[ \t]?[-–][ \t]?(?:(?:19|20)\d\d|now|present)/i;
/** A postcode of its own, not digits inside a code ("PAN card no. PSVPS6848X"). */
const POSTCODE_IN_LINE = /(?<![\p{L}\d])\d{4,6}(?![\p{L}\d])|\d{3} \d\d/u;

/** Where the words from a house number to the end of `segment` read as a street line ("8 Hàng Bài"), or -1. */
function streetFromHouseNumber(segment: string): number {
  const words = segment.split(' ');
  // A postcode alone at the end of prose starts the address ("Based at 76018, м. Київ, …").
  if (/^\d{4,6}$/.test(words[words.length - 1]!) && words.length > 1) return segment.length - words[words.length - 1]!.length;
  for (let k = words.length - 2; k >= 0 && words.length - k <= 5; k--) {
    if (!/^\d{1,4}(?:\/\d{1,4})?[A-Za-z]?$/.test(words[k]!)) continue;
    const offset = k === 0 ? 0 : words.slice(0, k).join(' ').length + 1;
    return segmentLike(segment.slice(offset)) ? offset : -1;
  }
  return -1;
}

/** Where the street's name starts before a street word written after it: up to four name words back. */
function nameStartBefore(text: string, anchor: number, floor: number): number {
  let start = anchor;
  let i = anchor;
  for (let words = 0; words < 5; words++) {
    let j = i;
    while (j > floor && text[j - 1] === ' ') j--;
    if (j === i || j <= floor) break;
    let k = j;
    while (k > floor && j - k < 40 && text[k - 1] !== ' ' && !isStop(text[k - 1]!)) k--;
    const word = text.slice(k, j);
    if (!startsName(word) && !UNIT_WORDS.has(word.toLowerCase())) break;
    // A postcode before the city may lead the line ("1052 Budapest Bartók Béla út 16."); other numbers not.
    if (/^\d+$/.test(word) && (words < 2 || !/^\d{4,5}$/.test(word))) break;
    start = k;
    if (/^\d+$/.test(word)) break;
    i = k;
  }
  return start;
}

export function streetWordAddresses({ text, context }: ScanInput): Candidate[] {
  const found: Candidate[] = [];
  let floor = 0;
  const { starts, ends } = context.occurrences('streetWord');
  for (let n = 0; n < starts.length; n++) {
    const a = starts[n]!;
    const b = ends[n]!;
    if (a < floor) continue;
    // The cue scan folds case; the lexicon is case-sensitive ("Gang" is a lane, "gang" is not).
    const m = text.slice(a, b);
    const kind = KIND.get(m);
    if (kind === undefined) continue;
    // Whole words only (the cue scan matches Hebrew and Cyrillic inside words too: "ברחוב").
    if (isLetterAt(text, a - 1) || (isLetterAt(text, b - 1) && isLetterAt(text, b))) continue;
    const segStart = segmentStart(text, a);
    const segEnd = segmentEnd(text, b);
    if (segStart < 0 || segEnd < 0 || segStart < floor) continue;

    let start: number;
    if (kind === 'after') {
      start = nameStartBefore(text, a, segStart);
      if (start === a) continue; // a street word with no name before it
      // The house number follows the street word ("Rīgas iela 119B", "Király utca 16.", "Herzl St. 107", "გამზ. №92").
      if (!/^,?[ \t](?:№[ \t]?)?\d/.test(text.slice(b, b + 5))) continue;
    } else if (kind === 'unit') {
      start = a;
      // The flat, house, plot or box number follows the word ("Villa 65", "P.O. Box 438478").
      // "House 27/B", and a box with its office's letters ("P.O. Box CT 2894", Ghana).
      if (!/^[ \t]?(?:No\.?[ \t]?|[A-Z]{1,3}[ \t])?\d{1,7}[A-Za-z]?(?:\/[A-Za-z\d]{1,4})?(?![\d/-])/.test(text.slice(b, b + 18))) continue;
    } else {
      start = a;
      // A house number right before the street word belongs to it ("388 Quốc lộ 13").
      const before = /(?:^|[\s,])(\d{1,4}[A-Za-z]?(?:\/\d{1,4})?)[ \t]$/.exec(text.slice(Math.max(segStart, a - 12), a));
      if (before) start = a - before[0].length + before[0].indexOf(before[1]!);
      if (kind === 'before' && /^[ \t]*$/.test(text.slice(b, segEnd))) continue;
    }
    let [coreStart, end] = trimmed(text, start, segEnd);
    if (!segmentLike(text.slice(coreStart, end))) continue;
    let numbered = kind === 'unit' || HOUSE_NUMBER.test(text.slice(coreStart, end));

    // Forward: ", 1, кв. 166, Київ, 01001", "\n6720 Szeged", " (C1425BGP)".
    let segments = 0;
    while (segments < MAX_SEGMENTS && end < text.length) {
      const sep = text[end];
      const joins = sep === ',' || sep === '،' || (sep === '\n' && text[end + 1] !== '\n') || (sep === ' ' && text[end + 1] === '(');
      if (!joins) break;
      // A comma at the end of a line joins the line below as a line break does.
      const next = sep === ',' && text[end + 1] === '\n' && text[end + 2] !== '\n' ? end + 2 : end + 1;
      const e = segmentEnd(text, next);
      if (e < 0) break;
      const [s2, e2] = trimmed(text, next, e);
      if (s2 === e2) break;
      const segment = text.slice(s2, e2);
      // A label ends the address ("Telefon: …"), unless it is a unit label ("No: 12").
      if (text[e] === ':' || !segmentLike(segment)) break;
      if (sep === '\n' || next === end + 2) {
        // The line below belongs only when it holds a postcode or names a ward/district: a line of
        // capitalised words alone is the next field (a name, an employer).
        if (!lineBelowBelongs(text, next, segment, kind === 'unit')) break;
      }
      if (!numbered && HOUSE_NUMBER.test(segment)) numbered = true;
      end = e2;
      segments++;
    }
    // Backward on the same line: "9021 Győr, Király utca …", "03150, м. Київ, вул. …", "Căn hộ B7.09, Masteri Thảo Điền, 154 Trần Hưng Đạo".
    let backward = 0;
    // (A flat, house or box word opens its address: nothing before it belongs.)
    for (let k = 0; k < 3 && kind !== 'unit'; k++) {
      let p = coreStart;
      while (p > floor && text[p - 1] === ' ') p--;
      if (p <= floor || (text[p - 1] !== ',' && text[p - 1] !== '،')) break;
      const comma = p - 1;
      const s = segmentStart(text, comma);
      if (s < 0 || s < floor) break;
      const [s2, e2] = trimmed(text, s, comma);
      const segment = text.slice(s2, e2);
      if (s2 === e2) break;
      // Before the street line no lower-case word: "Based at 76018" is prose with a postcode in it.
      if (!segmentLike(segment, 0) || segment.split(' ').length > 5) {
        // Prose before the street line ("Please post it to 8 Hàng Bài"): from its house number on.
        const street = streetFromHouseNumber(segment);
        if (street >= 0 && (kind === 'area' || k === 0)) {
          numbered = true;
          coreStart = s2 + street;
          backward++;
        }
        break;
      }
      if (!numbered && HOUSE_NUMBER.test(segment)) numbered = true;
      coreStart = s2;
      backward++;
    }
    if (!numbered) continue;
    // A flat or house number needs its street or district and city after it; a post-office box its city.
    if (kind === 'unit' && segments < (POST_BOXES.has(m) ? 1 : 2)) continue;
    // An area word alone (a ward in prose) needs a street segment with it: two segments at least.
    if (kind === 'area' && backward === 0 && segments === 0) continue;
    // "P." and "Q." are also initials: as a ward and a district they follow a numbered street line.
    if ((m === 'P.' || m === 'Q.') && backward === 0) continue;
    found.push({ type: 'ADDRESS', start: coreStart, end, confidence: clampConfidence(0.9 + (context.has('address', coreStart, end) ? 0.1 : 0)) });
    floor = end;
  }
  return found;
}
