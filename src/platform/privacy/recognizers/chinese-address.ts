import type { Candidate } from '../sensitive-types.js';
import { clampConfidence, type ScanInput } from './recognizer.js';

/** Han characters: the letters a Chinese place name is written in. */
const HAN = String.raw`\u3400-\u4DBF\u4E00-\u9FFF`;

/**
 * An address written in Chinese (Taiwan, Hong Kong, the mainland), from the largest unit down and
 * without spaces: an optional postcode (run into it or on the line above: `10684臺北市…`, `220⏎新北市…`),
 * a run of Han characters naming city, district, road and section (臺北市大安區忠孝東路四段), lane
 * and alley numbers (`203巷`, `40弄`), the house number with 號/号, then an optional building name in
 * Latin letters, floor (`21樓之2`, `12F`) and room (`B室`). The Han run and the numbers use disjoint
 * classes, so there is one way to match a string; `recognizeChineseAddresses` checks that the run
 * names a road.
 */
const CHINESE_ADDRESS = new RegExp(
  String.raw`(?<![0-9${HAN}])` +
    String.raw`(?:(?<postcode>\d{3}(?:\d{2,3})?)(?:\r?\n)?)?` +
    String.raw`(?<area>[${HAN}]{2,40})` +
    String.raw`(?:\d{1,4}[巷弄衖]){0,2}\d{1,5}(?:-\d{1,3})?[號号]` +
    String.raw`(?:[ \t]?[A-Z][A-Za-z]{1,15}(?:[ \t][A-Z][A-Za-z]{1,15}){0,3}[ \t]?)?` +
    String.raw`(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[樓楼层層F](?:之\d{1,2})?(?:[A-Z]|\d{1,4})?[室座]?)?`,
  'g',
);
/** A road, street or lane word: a run of Han characters without one is a company or a sentence. */
const ROAD = /[路街道巷里]/;
/** A label run into the address ("住址台北市…"): the address starts after it. */
const LABEL = /地址|住址|住所|位於|位于|住在/g;

/** Chinese-script addresses; only texts holding 號 or 号 are scanned. */
export function recognizeChineseAddresses({ text, context }: Pick<ScanInput, 'text' | 'context'>): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes('號') && !text.includes('号')) return found;
  for (const m of text.matchAll(CHINESE_ADDRESS)) {
    const postcode = m.groups?.['postcode'];
    let area = m.groups?.['area'] ?? '';
    let start = m.index;
    let label: RegExpExecArray | null = null;
    LABEL.lastIndex = 0;
    for (let l = LABEL.exec(area); l !== null; l = LABEL.exec(area)) label = l;
    if (label) {
      const cut = label.index + label[0].length;
      start = m.index + m[0].indexOf(area) + cut;
      area = area.slice(cut);
    }
    if (area.length < 2 || !ROAD.test(area)) continue;
    const end = m.index + m[0].length;
    const confidence = 0.85 + (postcode !== undefined && !label ? 0.05 : 0) + (context.has('address', start, end) ? 0.05 : 0);
    found.push({ type: 'ADDRESS', start, end: end - trailingSpace(m[0]), confidence: clampConfidence(confidence) });
  }
  return found;
}

function trailingSpace(s: string): number {
  let n = 0;
  while (n < s.length && (s[s.length - 1 - n] === ' ' || s[s.length - 1 - n] === '\t')) n++;
  return n;
}
