/** Dates as résumés write them, normalised to JSON Resume's `YYYY-MM` or `YYYY`. */
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const YEAR = '(?:19|20)\\d{2}';
const DATE_TOKEN =
  `(?:(?:${MONTH_NAMES})\\.?,?\\s+${YEAR}` +
  `|(?:0?[1-9]|1[0-2])\\s*[/.]\\s*${YEAR}` +
  `|${YEAR}\\s*[-/.]\\s*(?:0[1-9]|1[0-2])(?![\\d])` +
  `|(?:spring|summer|fall|autumn|winter)\\s+${YEAR}` +
  `|${YEAR})`;
const ONGOING = '(?:present|current|currently|now|today|ongoing|to date|date)';
const RANGE_SEPARATOR = '\\s*(?:-|–|—|−|~|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\bthru\\b)\\s*';

const RANGE_PATTERN = new RegExp(`(?<![\\w/])(${DATE_TOKEN})${RANGE_SEPARATOR}(${DATE_TOKEN}|${ONGOING})(?![\\w/])`, 'i');
const SINCE_PATTERN = new RegExp(`\\b(?:since|from)\\s+(${DATE_TOKEN})(?![\\w/])`, 'i');
const SINGLE_PATTERN = new RegExp(`(?<![\\w/])(${DATE_TOKEN})(?![\\w/])`, 'i');
const ONGOING_PATTERN = new RegExp(`^${ONGOING}$`, 'i');

export function normalizeDate(token: string): string | undefined {
  const text = token.trim().toLowerCase();
  const named = /^([a-z]+)\.?,?\s+(\d{4})$/.exec(text);
  if (named) {
    const month = MONTHS[named[1]!];
    return month ? `${named[2]}-${String(month).padStart(2, '0')}` : named[2];
  }
  const monthFirst = /^(\d{1,2})\s*[/.]\s*(\d{4})$/.exec(text);
  if (monthFirst) return `${monthFirst[2]}-${monthFirst[1]!.padStart(2, '0')}`;
  const yearFirst = /^(\d{4})\s*[-/.]\s*(\d{2})$/.exec(text);
  if (yearFirst) return `${yearFirst[1]}-${yearFirst[2]}`;
  const year = /(\d{4})$/.exec(text);
  return year?.[1];
}

export interface FoundDateRange {
  startDate?: string;
  endDate?: string;
  isCurrent: boolean;
  /** The matched text, so callers can remove it from the line. */
  matched: string;
}

/** Finds a start–end range ("Jan 2020 – Present", "03/2018 - 06/2021", "2016–2019") or, failing that, a single date. */
export function findDateRange(line: string): FoundDateRange | undefined {
  const range = RANGE_PATTERN.exec(line);
  if (range) {
    const isCurrent = ONGOING_PATTERN.test(range[2]!.trim());
    const startDate = normalizeDate(range[1]!);
    const endDate = isCurrent ? undefined : normalizeDate(range[2]!);
    return { ...(startDate ? { startDate } : {}), ...(endDate ? { endDate } : {}), isCurrent, matched: range[0] };
  }
  const since = SINCE_PATTERN.exec(line);
  if (since) {
    const startDate = normalizeDate(since[1]!);
    return { ...(startDate ? { startDate } : {}), isCurrent: true, matched: since[0] };
  }
  const single = SINGLE_PATTERN.exec(line);
  if (single) {
    const date = normalizeDate(single[1]!);
    return { ...(date ? { endDate: date } : {}), isCurrent: false, matched: single[0] };
  }
  return undefined;
}

export function containsDate(line: string): boolean {
  return SINGLE_PATTERN.test(line);
}
