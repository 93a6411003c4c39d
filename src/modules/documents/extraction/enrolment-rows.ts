// A year/month grid of schooling, as a Japanese rirekisho and the Korean stationery 이력서 write it:
// one row when a school was entered ("2006⇥Entered Lakeshore Polytechnic — BEng Structural Engineering",
// "2010⇥3⇥한빛대학교 해양생물학과 입학") and one when it was left ("2010⇥Graduated from Lakeshore Polytechnic",
// "2014⇥2⇥… 졸업 (학사)"). The two rows are one school: read apart, the first became a school named "Entered …"
// with its start as an end date, and the second a school that ended without starting.

import { HANGUL } from '../../../kernel/resume/resume-sections.js';

/** "2010⇥text" or "2009⇥3⇥text": the year and month columns of the grid, then the row's text. */
const GRID_ROW = /^((?:19|20)\d{2})\t(?:(\d{1,2})\t)?([^\t]+)$/;

const ENTERED = /^(?:entered|enrolled (?:at|in)|admitted to|matriculated at) (?=\S)/i;
const LEFT = /^(?:graduated(?: from)?|completed|finished) (?=\S)/i;
/** The bracket after a Korean row's verb: the degree ("졸업 (학사)"). */
const TRAILING_BRACKET = /\(([^()]+)\)$/;

interface GridRow {
  index: number;
  date: string;
  school: string;
  degree?: string;
}

/** "Entered School — BEng Civil Engineering": the school, and the degree line after the dash. */
function englishRow(text: string, verb: RegExp): { school: string; degree?: string } | undefined {
  const opening = verb.exec(text);
  if (!opening) return undefined;
  const [school, ...degree] = text.slice(opening[0].length).split(/ [—–-] /);
  return { school: school!.trim(), ...(degree.length > 0 ? { degree: degree.join(' – ').trim() } : {}) };
}

/** "한빛대학교 해양생물학과 졸업 (학사)": the school and department before the verb, the degree in the bracket after it. */
function koreanRow(text: string, verbs: readonly string[]): { school: string; degree?: string } | undefined {
  const bracket = TRAILING_BRACKET.exec(text);
  let rest = (bracket ? text.slice(0, bracket.index) : text).trimEnd();
  if (rest.endsWith('예정')) rest = rest.slice(0, -2).trimEnd();
  const verb = verbs.find((candidate) => rest.endsWith(candidate));
  if (verb === undefined) return undefined;
  const school = rest.slice(0, -verb.length).trimEnd();
  return school === '' ? undefined : { school, ...(bracket ? { degree: bracket[1]!.trim() } : {}) };
}

function gridRow(line: string, index: number, kind: 'entered' | 'left'): GridRow | undefined {
  const row = GRID_ROW.exec(line.trim());
  if (!row) return undefined;
  const [, year, month, cell] = row;
  const text = cell!.trim();
  const read = kind === 'entered' ? englishRow(text, ENTERED) ?? koreanRow(text, ['편입학', '편입', '입학']) : englishRow(text, LEFT) ?? koreanRow(text, ['졸업', '수료']);
  if (!read) return undefined;
  const date = month === undefined ? year! : `${year}.${month.padStart(2, '0')}`;
  return { index, date, ...read };
}

/**
 * The education lines with each entered row and the left row of the same school read as one entry,
 * "school⇥start – end" over its degree line; rows of a grid without such a pair stay as they were.
 */
export function withEnrolmentRowsJoined(lines: readonly string[]): string[] {
  const entered = lines.map((line, index) => gridRow(line, index, 'entered')).filter((row): row is GridRow => row !== undefined);
  if (entered.length === 0) return [...lines];
  const left = lines.map((line, index) => gridRow(line, index, 'left')).filter((row): row is GridRow => row !== undefined);
  const replaced = new Map<number, string[]>();
  for (const start of entered) {
    const end = left.find((row) => row.index > start.index && !replaced.has(row.index) && row.school.toLowerCase() === start.school.toLowerCase());
    if (!end) continue;
    const degree = start.degree ?? end.degree;
    const dates = `${start.date} – ${end.date}`;
    // A Korean row names the department after the school and the degree in brackets ("… 졸업 (학사)"):
    // "school department degree" is how a Korean education line reads.
    replaced.set(start.index, HANGUL.test(start.school) ? [`${dates}\t${[start.school, degree].filter(Boolean).join(' ')}`] : [`${start.school}\t${dates}`, ...(degree ? [degree] : [])]);
    replaced.set(end.index, []);
  }
  return lines.flatMap((line, index) => replaced.get(index) ?? [line]);
}
