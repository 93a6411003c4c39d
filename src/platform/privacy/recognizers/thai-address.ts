import type { Candidate } from '../sensitive-types.js';
import { clampConfidence, type ScanInput } from './recognizer.js';

/**
 * Thai addresses in Thai script: a house number (`82/7`, after `เลขที่` or a room `ห้อง 4015`), then
 * words separated by single spaces — village (หมู่), lane (ซอย), road (ถนน), subdistrict (แขวง/ตำบล),
 * district (เขต/อำเภอ), province (จังหวัด, กรุงเทพฯ) — and the five-digit postcode, over at most one
 * line break:
 *   "เลขที่ 92 ซอยสุขุมวิท 4 ถนนพหลโยธิน แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10110"
 * Found from the lane, road and village words (one regex pass over the text); the words after them are
 * read token by token, at most MAX_TOKENS.
 */
const THAI_STREET_WORD = /ซอย|ถนน|หมู่/g;
/** Words that open the address's parts; two tokens opening with one (or one and a postcode) make an address. */
const PART_WORD = /^(?:ซอย|ถนน|หมู่|แขวง|เขต|ตำบล|อำเภอ|จังหวัด|กรุงเทพ)/;
/** The house number before the first part word: "82/7 ", "เลขที่ 92 ", "ห้อง 4015 542 ". */
const HOUSE_BEFORE = /(?:(?:ห้อง|เลขที่)[ \t]?\d{1,5}[ \t])?(?:(?:เลขที่)[ \t]?)?\d{1,5}(?:\/\d{1,4})?[ \t]$/;
const MAX_TOKENS = 16;

function isThai(c: number): boolean {
  return c >= 0xe01 && c <= 0xe5b;
}

/** A token of the address: Thai letters with digits after them ("ซอย96"), a number ("4", "9"), or the postcode. */
function tokenKind(token: string): 'thai' | 'number' | 'postcode' | null {
  if (/^\d{5}$/.test(token)) return 'postcode';
  if (/^\d{1,4}(?:\/\d{1,4})?$/.test(token)) return 'number';
  return isThai(token.charCodeAt(0)) && /^[\u0E01-\u0E5B]+\d{0,4}$/.test(token) ? 'thai' : null;
}

export function recognizeThaiAddresses({ text, context }: Pick<ScanInput, 'text' | 'context'>): Candidate[] {
  const found: Candidate[] = [];
  let floor = 0;
  for (const m of text.matchAll(THAI_STREET_WORD)) {
    if (m.index < floor) continue;
    const house = HOUSE_BEFORE.exec(text.slice(Math.max(floor, m.index - 24), m.index));
    if (!house) continue;
    const start = m.index - house[0].length;
    // Forward, token by token: single spaces, one line break at most.
    let end = m.index;
    let i = m.index;
    let breaks = 0;
    let parts = 0;
    for (let tokens = 0; tokens < MAX_TOKENS && i < text.length; tokens++) {
      let j = i;
      // A token ends at a space, a line break or punctuation ("… 20150, Social Security …").
      while (j < text.length && (isThai(text.charCodeAt(j)) || /[\d/]/.test(text[j]!))) j++;
      const token = text.slice(i, j);
      const kind = tokenKind(token);
      if (kind === null) break;
      if (PART_WORD.test(token)) parts++;
      end = j;
      if (kind === 'postcode') break;
      if (text[j] === '\n') {
        if (++breaks > 1 || text[j + 1] === '\n') break;
      } else if (text[j] !== ' ') break;
      i = j + 1;
    }
    if (parts < 2 && !/\d{5}$/.test(text.slice(start, end))) continue;
    found.push({ type: 'ADDRESS', start, end, confidence: clampConfidence(0.9 + (context.has('address', start, end) ? 0.05 : 0)) });
    floor = end;
  }
  return found;
}
