import type { Candidate } from '../sensitive-types.js';
import { hasHouseNumber, partsOf, readsLikeAddress, readsLikeProse, readsLikeRecord } from './labelled-address.js';
import type { ScanInput } from './recognizer.js';

/**
 * Address blocks with no address label, read by the document's line structure, not by the words of any
 * language:
 *   "Carmen van Niekerk⏎Erf 4956, Moltkestraat⏎Sentrum, Otjiwarongo⏎Namibia⏎061 338 418"  (a letterhead)
 *   "Navnîşan: Taxa Artuklu, Kolana Ekinciler, Hejmar 111, Mêrdîn⏎Mobile: 0530 441 0714"  (a label no list holds)
 *   "From:⏎Cumhuriyet Cd. No:150/20⏎Merkez / Batman⏎⏎To:⏎…"                               (a label line above)
 * A block is a run of short lines (one to five) that read like address parts; it may start after the colon
 * of a label. It counts only where an address stands in a document: next to contact details (a phone number
 * or an e-mail within two lines after it or three before it, or on its own line after a `·` or `|`), or right
 * under a label line of its own ("To:", "Home address ____"). Its parts must then hold a house number or
 * postcode that is no date, year or count ("5 years"), and read like an address as a labelled value does.
 *
 * One pass over the lines, each line classified once, each block read once: linear in the text.
 */
const MAX_LINES = 5;
const MAX_LINE = 90;
/** As a labelled value: the whole block outranks a shorter street reading inside it. */
const CONFIDENCE = 0.8;
const CONTACT_AFTER = 2;
const CONTACT_BEFORE = 3;

type LineKind = 'blank' | 'contact' | 'header' | 'part' | 'other';

interface Line {
  start: number;
  end: number;
  kind: LineKind;
  /** Where the address value of the line starts: after a leading label's colon, or the first non-space character. */
  valueStart: number;
  /** Where the value ends: the line's end, or an earlier `·` / `|` separator before other details. */
  valueEnd: number;
  /** The line opens with "<label>: " (then it starts a block, never continues one). */
  labelled: boolean;
}

/** A phone number (seven digits or more in one run of separators) or an e-mail. */
const CONTACT = /@|\d(?:[ .()/-]{0,3}\d){6}/;
/** A label that ends its own line: "To:", "Home address _____", "Adresse :". */
const HEADER = /^[\p{L}\p{M}\d .'’()/-]{1,40}(?::|_{3,})$/u;
/** A leading label: a few words before a colon and a space ("Navnîşan: ", "Workplace: ", "4. Home address: "). */
const LEADING_LABEL = /^[\p{L}\p{M}\d .'’()/-]{1,40}:[ \t]+(?=\S)/u;
/** A link ("linkedin.com/in/…"): a domain with a path. */
const LINK = /https?:|www\.|[a-z0-9-]\.[a-z]{2,6}\/[\w-]/i;
/** A phone written short on a line of its own ("455 653", "421-699"): digits in two groups or more, nothing else. */
const SHORT_PHONE = /^[+(]?\d{2,4}(?:[ .)-]{1,2}\d{2,4}){1,3}$/;
/**
 * Amounts, shares, measures and versions ("dues 1%", "16 m³", "32,000 EGP", "Release 4.17.4") are no address parts;
 * nor are keys of data ("expected_salary:", `"source":`). Korean, Japanese and Chinese addresses have readers of their own.
 */
const NOT_AN_ADDRESS = /[%£€$₦¥₩₪³²_{}]|":|[가-힣\u3040-\u30ff\u4e00-\u9fff]|\d[.,]\d\d(?:\d|(?!\d))|\d\.\d{1,2}\.\d|\dk(?![a-z])|(?<!\d)\d{2,3} \d\d \d\d(?!\d)/;
/** A list item ("# 1: …", "2. …", "▸ …", "— …") is one entry of a list, not an address line. */
const LIST_ITEM = /^(?:[#*•▪▸►★·–—-]|\d{1,2}[.)][ \t])/;

export function addressBlocks({ text }: Pick<ScanInput, 'text'>): Candidate[] {
  const lines = readLines(text);
  const found: Candidate[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    if (first.kind !== 'part') {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < lines.length && lines[last + 1]!.kind === 'part' && !lines[last + 1]!.labelled) last++;
    // A run longer than an address is a list (skills, duties), not an address block.
    const block = last - i < MAX_LINES ? candidate(text, lines, i, last) : null;
    if (block) found.push(block);
    i = last + 1;
  }
  return found;
}

function candidate(text: string, lines: readonly Line[], from: number, to: number): Candidate | null {
  if (!inContactArea(lines, from, to) && lines[from - 1]?.kind !== 'header') return null;
  const values = [];
  for (let k = from; k <= to; k++) values.push(text.slice(lines[k]!.valueStart, lines[k]!.valueEnd).trim());
  // The value starts at the first line with a digit or a comma (a name line above the street stays out),
  // or, when only the last line holds one (a postcode), a few lines above it.
  let first = values.findIndex((v) => /[\d,،]/.test(v));
  if (first < 0) return null;
  if (first === values.length - 1) first = Math.max(0, first - 3);
  const value = values.slice(first).join(', ');
  if (!hasHouseNumber(value) || partsOf(value) < 2 || !readsLikeAddress(value) || readsLikeProse(value) || readsLikeRecord(value) || holdsAnId(value)) return null;
  return { type: 'ADDRESS', start: lines[from + first]!.valueStart, end: lines[to]!.valueEnd, confidence: CONFIDENCE };
}

/** A phone number or an e-mail just after the block, a little before it, or on its last line after a separator. */
function inContactArea(lines: readonly Line[], from: number, to: number): boolean {
  if (lines[to]!.valueEnd < lines[to]!.end) return true;
  for (let k = to + 1; k <= Math.min(lines.length - 1, to + CONTACT_AFTER); k++) if (lines[k]!.kind === 'contact') return true;
  for (let k = Math.max(0, from - CONTACT_BEFORE); k < from; k++) if (lines[k]!.kind === 'contact') return true;
  return false;
}

/**
 * A token of letters and digits with five digits or more, or four and three letters, is an id or a reference
 * ("R537552", "Q089212", an Indian PAN "ABCPE1234F"), not a house number or a postcode ("48B", "SA2", "AZ1010").
 */
function holdsAnId(value: string): boolean {
  return value.split(/[\s,.:]+/).some((t) => {
    const digits = t.replace(/\D/g, '').length;
    const letters = t.replace(/[^\p{L}]/gu, '').length;
    return (digits >= 5 && letters > 0) || (digits >= 4 && letters >= 3);
  });
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push(classify(text, start, end));
    start = end + 1;
  }
  return lines;
}

function classify(text: string, start: number, end: number): Line {
  let s = start;
  while (s < end && /[ \t>\u00a0]/.test(text[s]!)) s++;
  // A short leading table cell ("3 | Home address _____") numbers the row.
  const cell = /^[^|\n]{0,6}\|[ \t]*/.exec(text.slice(s, Math.min(end, s + 12)));
  if (cell) s += cell[0].length;
  let e = end;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  const line: Line = { start, end: e, kind: 'other', valueStart: s, valueEnd: e, labelled: false };
  if (s === e) return { ...line, kind: 'blank' };
  if (e - s > MAX_LINE) return line;
  const content = text.slice(s, e);
  if (HEADER.test(content) && !/\d/.test(content.replace(/^\d{1,2}[.)][ \t]/, ''))) return { ...line, kind: 'header' };
  const label = LEADING_LABEL.exec(content);
  const valueStart = label && !/[,،]/.test(label[0]) ? s + label[0].length : s;
  // Details after a middle dot or a bar are something else ("Lot 11490, Hulhumalé · 944-3872").
  const cut = content.slice(valueStart - s).search(/[ \t][·|][ \t]/);
  const valueEnd = cut >= 0 ? valueStart + cut : e;
  const value = text.slice(valueStart, valueEnd);
  if (CONTACT.test(value) || LINK.test(value) || SHORT_PHONE.test(value)) return { ...line, kind: 'contact' };
  if (valueEnd < e && CONTACT.test(content.slice(valueEnd - s))) {
    return { ...line, kind: 'part', valueStart, valueEnd, labelled: valueStart > s };
  }
  if (LIST_ITEM.test(value)) return line;
  // A greeting or a closing ("Regards,", "Ngiyabonga,") ends a block.
  if (/^[^\d,،]{1,30}[,،]$/.test(value)) return line;
  // Prose, table rows and form layouts (columns apart by two spaces) are no address lines.
  if (value.split(/\s+/).length > 12 || /[|\t]|\S {2,}\S/.test(value) || NOT_AN_ADDRESS.test(value)) return line;
  return { ...line, kind: 'part', valueStart, valueEnd, labelled: valueStart > s };
}
