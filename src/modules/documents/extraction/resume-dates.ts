/** Dates as résumés write them, normalised to JSON Resume's `YYYY-MM` or `YYYY`. */
const ENGLISH_MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

/**
 * The other languages résumés here write their dates in ("mars 2014 – aujourd'hui", "julio 2015", "Okt. 2019"):
 * each month's long and short name as ICU spells it, lower case, without the abbreviation's dot.
 */
const DATE_LANGUAGES = ['fr', 'es', 'pt', 'it', 'de', 'nl'] as const;

function monthNamesOf(language: string): Array<[string, number]> {
  return (['long', 'short'] as const).flatMap((width) => {
    const format = new Intl.DateTimeFormat(language, { month: width, timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_unused, index): [string, number] => [format.format(Date.UTC(2001, index, 15)).toLowerCase().replace(/\.$/, ''), index + 1]);
  });
}

const MONTHS: Record<string, number> = { ...Object.fromEntries(DATE_LANGUAGES.flatMap(monthNamesOf)), ...ENGLISH_MONTHS };

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const YEAR = '(?:19|20)\\d{2}';
// Korean résumés: "2020년 3월", "2020년", "2020.03", "2020. 3." (the trailing dot is part of the
// date), "2020.03.02" (the day is dropped: JSON Resume keeps months).
const KOREAN_DATE = `${YEAR}\\s?년(?:\\s?(?:1[0-2]|0?[1-9])\\s?월)?|${YEAR}\\.\\s?(?:1[0-2]|0?[1-9])(?:\\.\\s?(?:3[01]|[12]\\d|0?[1-9]))?\\.?(?![\\d])`;
// "Sep ’24", "Apr '19": a month and a two-digit year after an apostrophe.
const MONTH_SHORT_YEAR = `(?:${MONTH_NAMES})\\.?\\s?['’‘]\\d{2}(?!\\d)`;
// "IX.2020", "VII.2022": a month in Roman numerals before the year, as Polish, Romanian, Balkan and
// Russian CVs write it (longest numeral first, so "VIII" is not read as "V").
const ROMAN_MONTHS = ['xii', 'xi', 'x', 'ix', 'viii', 'vii', 'vi', 'v', 'iv', 'iii', 'ii', 'i'];
const ROMAN_MONTH_YEAR = `(?:${ROMAN_MONTHS.join('|')})\\.\\s?${YEAR}(?!\\d)`;
// "01/04/2022", "15.09.2019": a full date (Europass, German and most European forms write the day
// first; a middle number above 12 says the American month-first order). JSON Resume keeps the month.
const FULL_DATE = `(?:[12]\\d|3[01]|0?[1-9])[/.](?:[12]\\d|3[01]|0?[1-9])[/.]${YEAR}(?!\\d)`;
const DATE_TOKEN =
  `(?:${KOREAN_DATE}` +
  // "Jul-2015", "Oct/2019": a month joined to its year by a hyphen or a slash, as spreadsheets and some templates write it.
  // Never across a tab: "… Tres de Febrero⇥2009 – 2012" is a name in one cell and the dates in the next.
  `|(?:${MONTH_NAMES})(?:\\.?,?[^\\S\\t]+|[-/])${YEAR}` +
  `|${MONTH_SHORT_YEAR}` +
  `|${ROMAN_MONTH_YEAR}` +
  `|${FULL_DATE}` +
  // "03/2018", "01-2020": a numeric month before its year.
  `|(?:0?[1-9]|1[0-2])(?:\\s*[/.]\\s*|-)${YEAR}` +
  `|${YEAR}\\s*[-/.]\\s*(?:0[1-9]|1[0-2])(?![\\d])` +
  `|(?:spring|summer|fall|autumn|winter)\\s+${YEAR}` +
  `|${YEAR})`;
const ONGOING = '(?:present|current|currently|now|today|ongoing|to date|till date|until now|date|aujourd[\'’]hui|actualidad|actualmente|atualmente|atual|presente|heute|oggi|heden|현재|재직\\s?중|재학\\s?중|근무\\s?중|진행\\s?중|재직)';
// An arrow ("Mar 2019 → Now") is how Notion pages and other modern designs write a span.
// A slash between spaces ("08-2016 / 12-2019") joins two dates too.
const RANGE_SEPARATOR = '\\s*(?:->|-|–|—|−|~|→|⟶|➔|➜|⇒|(?<=\\s)/(?=\\s)|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\bthru\\b)\\s*';

const RANGE_PATTERN = new RegExp(`(?<![\\w/])(${DATE_TOKEN})${RANGE_SEPARATOR}(${DATE_TOKEN}|${ONGOING})(?![\\w/])`, 'i');
// "since Feb 2018", "seit 03/2019", "desde 2020", "2022년 4월부터": a start with no end, the role still going on.
const SINCE_PATTERN = new RegExp(`(?:\\b(?:since|from|seit|depuis|desde|sinds|vanaf)\\s+(${DATE_TOKEN})|(?<![\\w/])(${DATE_TOKEN})\\s?부터)(?![\\w/])`, 'i');
// "2021.04 ~" with nothing after the tilde: a Korean way of writing a role that is still going on.
const OPEN_RANGE_PATTERN = new RegExp(`(?<![\\w/])(${DATE_TOKEN})\\s*~(?!\\s*(?:\\d|${ONGOING}))`, 'i');
// "2012–16", "2019 - 21": a range whose end keeps only the last two digits of its year.
const SHORT_END_RANGE_PATTERN = new RegExp(`(?<![\\w/.])(${YEAR})(\\s*[–—]\\s*|\\s+-\\s+|-(?=[2-9]\\d|1[3-9]))(\\d{2})(?![\\w/.])`);
// "04/22 – 08/26", "10/23 - now": months with two-digit years, read only as a range (alone, "04/22"
// could be a day, a score or a fraction) and only when the end does not come before the start.
const SHORT_MONTH_YEAR = '(0?[1-9]|1[0-2])/(\\d{2})';
const SHORT_MONTH_RANGE_PATTERN = new RegExp(
  `(?<![\\w/.])${SHORT_MONTH_YEAR}${RANGE_SEPARATOR}(?:${SHORT_MONTH_YEAR}|(${ONGOING}))(?![\\w/])`,
  'i',
);
// "Feb 21 – present", "May 18 – Jan 21": month names with two-digit years, read only as a range whose end does not
// come before its start (alone, "May 18" is a day).
const NAMED_SHORT_MONTH = `(${MONTH_NAMES})\\.?\\s(\\d{2})`;
const NAMED_SHORT_RANGE_PATTERN = new RegExp(`(?<![\\w/.])${NAMED_SHORT_MONTH}${RANGE_SEPARATOR}(?:${NAMED_SHORT_MONTH}|(${ONGOING}))(?![\\w/])`, 'i');
// "16.04 ~ 현재", "'19.03 ~ '21.08": Korean résumés write a span's months with two-digit years, year first,
// joined by a tilde (only so: alone, "16.04" could be a score or a version).
const KOREAN_SHORT_MONTH = "['’]?(\\d{2})(?:\\.\\s?|년\\s?)(1[0-2]|0?[1-9])(?:\\.|월)?";
const KOREAN_SHORT_RANGE_PATTERN = new RegExp(`(?<![\\w/.'’])${KOREAN_SHORT_MONTH}\\s*~\\s*(?:${KOREAN_SHORT_MONTH}|(${ONGOING}))(?![\\w/])`, 'i');
// "2018/2021", "2024 / 2027": years joined by a slash, as Southern and Eastern European CVs (and
// academic years) write a course's span. Not a date with a slash inside it ("05/2025" is a month).
// "Winters 2015/16 – 2019/20", "since 2020/21": a season that runs over the new year (ski, shipping and school
// years) is written with its two years; the span starts in the first year of its first season and ends in the
// second year of its last. Read only when the two digits are the next year ("2011/12" stays a month elsewhere
// when it is not: "2020/03").
const SPLIT_YEAR = `(${YEAR})/(\\d{2})`;
const SPLIT_YEAR_RANGE_PATTERN = new RegExp(
  `(?<![\\w/.])(?:(?:since|from|seit|depuis|desde|sinds|vanaf)\\s+)?${SPLIT_YEAR}(?:${RANGE_SEPARATOR}(?:${SPLIT_YEAR}|(${ONGOING})))?(?![\\w/])`,
  'i',
);
const YEAR_PAIR_PATTERN = new RegExp(`(?<![\\w/.])(${YEAR})\\s?/\\s?(${YEAR})(?![\\w/.])`);
// "Graduated 2016", "Class of 2016", "Expected 2026": words that only say what the date is stay with it.
const DATE_LEAD = '(?:(?:graduated|graduating|graduation|class of|expected|exp\\.|anticipated|completed|awarded|conferred)\\s*:?\\s*)?';
const SINGLE_PATTERN = new RegExp(`(?<![\\w/])${DATE_LEAD}(${DATE_TOKEN})(?![\\w/])`, 'i');
const ONGOING_PATTERN = new RegExp(`^${ONGOING}$`, 'i');

/** "’24" is 2024 and "’98" 1998: two-digit years are read within a century pivoting at 60 (a fixed pivot keeps parsing deterministic). */
function fullYear(twoDigits: string): string {
  const value = Number(twoDigits);
  return String(value < 60 ? 2000 + value : 1900 + value);
}

export function normalizeDate(token: string): string | undefined {
  const text = token.trim().toLowerCase();
  const shortYear = /^(\p{L}+)\.?\s?['’‘](\d{2})$/u.exec(text);
  if (shortYear) {
    const month = MONTHS[shortYear[1]!];
    return month ? `${fullYear(shortYear[2]!)}-${String(month).padStart(2, '0')}` : fullYear(shortYear[2]!);
  }
  const roman = /^([ivx]+)\.\s?(\d{4})$/.exec(text);
  if (roman) {
    const month = 12 - ROMAN_MONTHS.indexOf(roman[1]!);
    return month <= 12 ? `${roman[2]}-${String(month).padStart(2, '0')}` : roman[2];
  }
  const named = /^(\p{L}+)(?:\.?,?\s+|[-/])(\d{4})$/u.exec(text);
  if (named) {
    const month = MONTHS[named[1]!];
    return month ? `${named[2]}-${String(month).padStart(2, '0')}` : named[2];
  }
  const korean = /^(\d{4})\s?(?:년(?:\s?(\d{1,2})\s?월)?|\.\s?(\d{1,2})(?:\.\s?\d{1,2})?\.?)$/.exec(text);
  if (korean) {
    const month = korean[2] ?? korean[3];
    return month ? `${korean[1]}-${month.padStart(2, '0')}` : korean[1];
  }
  const full = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (full) {
    const [first, second] = [Number(full[1]), Number(full[2])];
    const month = second > 12 ? first : second;
    return month >= 1 && month <= 12 ? `${full[3]}-${String(month).padStart(2, '0')}` : full[3];
  }
  const monthFirst = /^(\d{1,2})(?:\s*[/.]\s*|-)(\d{4})$/.exec(text);
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

/**
 * Finds a start–end range ("Jan 2020 – Present", "03/2018 - 06/2021", "2016–2019", "2020.03 ~ 현재",
 * "2020년 3월 ~ 2022년 2월", "2021.04 ~") or, failing that, a single date.
 */
export function findDateRange(line: string): FoundDateRange | undefined {
  const range = RANGE_PATTERN.exec(line);
  if (range) {
    const isCurrent = ONGOING_PATTERN.test(range[2]!.trim());
    const startDate = normalizeDate(range[1]!);
    const endDate = isCurrent ? undefined : normalizeDate(range[2]!);
    return { ...(startDate ? { startDate } : {}), ...(endDate ? { endDate } : {}), isCurrent, matched: range[0] };
  }
  const shortMonths = findShortMonthRange(line) ?? findKoreanShortRange(line) ?? findSplitYearRange(line);
  if (shortMonths) return shortMonths;
  const short = SHORT_END_RANGE_PATTERN.exec(line);
  if (short) {
    const start = Number(short[1]);
    const end = start - (start % 100) + Number(short[3]) + (Number(short[3]) < start % 100 ? 100 : 0);
    // "2012–16" ends four years later; a "difference" of decades is no range (a year and a page number, say).
    if (end > start && end - start <= 12) return { startDate: short[1]!, endDate: String(end), isCurrent: false, matched: short[0] };
  }
  const pair = YEAR_PAIR_PATTERN.exec(line);
  if (pair) {
    const [start, end] = [Number(pair[1]), Number(pair[2])];
    // A span of a few years, in order: "2019/2012" or "1990/2020" is no course (a list of years, an edition).
    if (end > start && end - start <= 12) return { startDate: pair[1]!, endDate: pair[2]!, isCurrent: false, matched: pair[0] };
  }
  const open = OPEN_RANGE_PATTERN.exec(line);
  if (open) {
    const startDate = normalizeDate(open[1]!);
    return { ...(startDate ? { startDate } : {}), isCurrent: true, matched: open[0] };
  }
  const since = SINCE_PATTERN.exec(line);
  if (since) {
    const startDate = normalizeDate((since[1] ?? since[2])!);
    return { ...(startDate ? { startDate } : {}), isCurrent: true, matched: since[0] };
  }
  const single = SINGLE_PATTERN.exec(line);
  if (single) {
    const date = normalizeDate(single[1]!);
    return { ...(date ? { endDate: date } : {}), isCurrent: false, matched: single[0] };
  }
  return undefined;
}

// "October 2020 –" ending its line: a range left open. Read only by a job's header (see openDashRange).
const OPEN_DASH_PATTERN = new RegExp(`(?<![\\w/])(${DATE_TOKEN}) ?[–—-](?=\\t|$)`, 'i');
// A line that opens with a date: the end of a range wrapped onto the next line ("Oct 2020 –" / "Mar 2022").
const OPENS_WITH_DATE = new RegExp(`^(?:${DATE_TOKEN}|${ONGOING})(?![\\w/])`, 'i');

/**
 * "October 2020 –" ending a job's header line, the next line of the job not starting with a date, or ending a
 * cell of a table's row ("1.5.2018–⇥Mariehamn"), the next cell not a date: the role is still going on (a
 * timeline or a table leaves its end open). Not part of findDateRange: a left cell or a PDF line cut after its
 * dash ("2019 –" / "2021") must still read as the start of a broken range there.
 */
export function openDashRange(line: string, nextLine: string | null): FoundDateRange | undefined {
  const open = OPEN_DASH_PATTERN.exec(line.trimEnd());
  if (!open) return undefined;
  // What follows the dash: the row's next cell, else the next line (none when the entry ends there: the next may hold the end).
  const after = line.slice(open.index + open[0].length).split('\t').find((cell) => cell.trim() !== '') ?? nextLine;
  if (after === null || OPENS_WITH_DATE.test(after.trim())) return undefined;
  const startDate = normalizeDate(open[1]!);
  return startDate ? { startDate, isCurrent: true, matched: open[0] } : undefined;
}

function findShortMonthRange(line: string): FoundDateRange | undefined {
  const named = NAMED_SHORT_RANGE_PATTERN.exec(line);
  const match = named ?? SHORT_MONTH_RANGE_PATTERN.exec(line);
  if (!match) return undefined;
  const month = (written: string): string => (named ? String(MONTHS[written.toLowerCase()]) : written).padStart(2, '0');
  const startDate = `${fullYear(match[2]!)}-${month(match[1]!)}`;
  if (match[5] !== undefined) return { startDate, isCurrent: true, matched: match[0] };
  const endDate = `${fullYear(match[4]!)}-${month(match[3]!)}`;
  return endDate >= startDate ? { startDate, endDate, isCurrent: false, matched: match[0] } : undefined;
}

/**
 * "21.09 ~ 현재", "'19.03 ~ '21.08", "'22.5 ~ 현재", "15년 6월 ~ 19년 3월": two-digit years, year first, as Korean résumés
 * write a span; the end never before the start.
 */
function findKoreanShortRange(line: string): FoundDateRange | undefined {
  const match = KOREAN_SHORT_RANGE_PATTERN.exec(line);
  if (!match) return undefined;
  const startDate = `${fullYear(match[1]!)}-${match[2]!.padStart(2, '0')}`;
  if (match[5] !== undefined) return { startDate, isCurrent: true, matched: match[0] };
  const endDate = `${fullYear(match[3]!)}-${match[4]!.padStart(2, '0')}`;
  return endDate >= startDate ? { startDate, endDate, isCurrent: false, matched: match[0] } : undefined;
}

/** Whether "2015/16" is a season over the new year: the two digits are the next year's. */
function isSplitYear(year: string, next: string): boolean {
  return (Number(year) + 1) % 100 === Number(next);
}

/** "Winters 2015/16 – 2019/20" → 2015–2020, "since 2020/21" → 2020 onwards, "2015/16" alone → 2015–2016. */
function findSplitYearRange(line: string): FoundDateRange | undefined {
  const match = SPLIT_YEAR_RANGE_PATTERN.exec(line);
  if (!match || !isSplitYear(match[1]!, match[2]!)) return undefined;
  const startDate = match[1]!;
  const since = !/^\d/.test(match[0]);
  if (match[5] !== undefined || (since && match[3] === undefined)) return { startDate, isCurrent: true, matched: match[0] };
  if (match[3] === undefined) return { startDate, endDate: String(Number(startDate) + 1), isCurrent: false, matched: match[0] };
  if (!isSplitYear(match[3], match[4]!) || match[3] < startDate) return undefined;
  return { startDate, endDate: String(Number(match[3]) + 1), isCurrent: false, matched: match[0] };
}

export function containsDate(line: string): boolean {
  return (
    SINGLE_PATTERN.test(line) ||
    YEAR_PAIR_PATTERN.test(line) ||
    findShortMonthRange(line) !== undefined ||
    findKoreanShortRange(line) !== undefined ||
    findSplitYearRange(line) !== undefined
  );
}
