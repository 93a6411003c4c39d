import { isCalendarDate } from '../calendar-date.js';
import type { Candidate } from '../sensitive-types.js';
import { clampConfidence, type Recognizer } from './recognizer.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};
const MONTH_NAME = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';

/**
 * What may sit between the cue and the date ("DOB: ", "born on ", "생년월일 : "), then the date
 * itself in one of the layouts people write. Sticky (`y`) so it is tried exactly at one position.
 */
const DATE_AFTER_CUE = new RegExp(
  String.raw`[ \t.:：=(\-–—]{0,4}(?:(?:is|was|on|in)[ \t]+)?(?:` +
    // Year first, also as Koreans write it with a dot and a space: "1990. 5. 9.".
    String.raw`(?<ymdY>\d{4})(?:\.[ \t]?|[-/ ])(?<ymdM>\d{1,2})(?:\.[ \t]?|[-/ ])(?<ymdD>\d{1,2})(?!\d)` +
    String.raw`|(?<koY>\d{4})년[ \t]*(?<koM>\d{1,2})월[ \t]*(?<koD>\d{1,2})일` +
    String.raw`|(?<a>\d{1,2})[-./](?<b>\d{1,2})[-./](?<abY>\d{4}|\d{2})(?!\d)` +
    String.raw`|(?<mdyM>${MONTH_NAME})\.?[ \t]+(?<mdyD>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(?<mdyY>\d{4})(?!\d)` +
    String.raw`|(?<dmyD>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?<dmyM>${MONTH_NAME})\.?,?[ \t]+(?<dmyY>\d{4})(?!\d)` +
    String.raw`|(?<compact>\d{6}|\d{8})(?![\d-])` +
    ')',
  'iy',
);

/**
 * A date is a date of birth only when a birth cue precedes it (DOB, born, date of birth, 생년월일);
 * every other date in a CV is a job or study period and not sensitive.
 */
export const recognizeDatesOfBirth: Recognizer = ({ text, context }) => {
  const found: Candidate[] = [];
  const cues = context.occurrences('birth');
  for (let i = 0; i < cues.ends.length; i++) {
    DATE_AFTER_CUE.lastIndex = cues.ends[i]!;
    const m = DATE_AFTER_CUE.exec(text);
    if (!m?.groups || !isPlausibleBirthDate(m.groups)) continue;
    const dateText = m[0].replace(/^[ \t.:：=(\-–—]*(?:(?:is|was|on|in)[ \t]+)?/i, '');
    const end = m.index + m[0].length;
    found.push({ type: 'DATE_OF_BIRTH', start: end - dateText.length, end, confidence: clampConfidence(0.9) });
  }
  return found;
};

function isPlausibleBirthDate(g: Record<string, string | undefined>): boolean {
  const ok = (y: number, mo: number, d: number): boolean => y >= 1900 && y <= new Date().getFullYear() && isCalendarDate(y, mo, d);
  if (g['ymdY']) return ok(+g['ymdY'], +g['ymdM']!, +g['ymdD']!);
  if (g['koY']) return ok(+g['koY'], +g['koM']!, +g['koD']!);
  if (g['abY']) {
    const y = expandYear(g['abY']);
    // 05/06/1990 is May 6th in the US and 5 June elsewhere: either reading makes it a date.
    return ok(y, +g['a']!, +g['b']!) || ok(y, +g['b']!, +g['a']!);
  }
  if (g['mdyM']) return ok(+g['mdyY']!, MONTHS[g['mdyM'].toLowerCase()] ?? 0, +g['mdyD']!);
  if (g['dmyM']) return ok(+g['dmyY']!, MONTHS[g['dmyM'].toLowerCase()] ?? 0, +g['dmyD']!);
  if (g['compact']) {
    const c = g['compact'];
    // YYYYMMDD, or the Korean YYMMDD (as in the first half of a resident registration number).
    return c.length === 8 ? ok(+c.slice(0, 4), +c.slice(4, 6), +c.slice(6)) : ok(expandYear(c.slice(0, 2)), +c.slice(2, 4), +c.slice(4));
  }
  return false;
}

/** Two-digit birth years: anything after this year's two digits must be last century. */
function expandYear(yy: string): number {
  if (yy.length === 4) return +yy;
  const current = new Date().getFullYear() % 100;
  return +yy <= current ? 2000 + +yy : 1900 + +yy;
}
