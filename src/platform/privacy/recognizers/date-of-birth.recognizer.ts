import { isCalendarDate } from '../calendar-date.js';
import { CLDR_MONTH_NAMES } from '../month-names.js';
import type { Candidate } from '../sensitive-types.js';
import { clampConfidence, type Recognizer } from './recognizer.js';

/**
 * Month names and their usual abbreviations, lower case, in the languages whose birth cues are in
 * context-words.ts: English, German, French, Spanish, Portuguese, Italian, Dutch, Swedish/Danish/
 * Norwegian, Finnish (partitive), Polish and Czech (genitive, as dates write them), Turkish, Romanian,
 * Hungarian, Russian, Ukrainian, Bulgarian (genitive where dates use it), Greek (genitive), Latvian
 * (locative and nominative: "29. jūnijā"), Croatian and Slovak (genitive: "27. siječnja", "25. septembra"),
 * Indonesian ("Maret", "Agustus"), Serbian in both scripts and Slovene (nominative and genitive:
 * "12. maj 2001.", "27. децембра 1995.", "29. avgusta 1997"), Georgian ("7 ივნისი, 1958"), Thai in full
 * and abbreviated ("3 มีนาคม 2533", "27 พ.ย. 2542") and Arabic ("17 أغسطس 1985", also without hamza).
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'janeiro', 'gennaio', 'gen', 'januari', 'stycznia', 'ledna', 'ocak', 'ianuarie', 'január', 'января', 'січня', 'януари', 'ιανουαρίου', 'tammikuuta', 'janvārī', 'janvāris', 'siječnja', 'januára', 'januari', 'januara', 'јануар', 'јануара', 'januarja', 'იანვარი', 'იანვრის', 'มกราคม', 'ม.ค.', 'يناير', 'كانون الثاني'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'fevereiro', 'fev', 'febbraio', 'februari', 'lutego', 'února', 'şubat', 'subat', 'februarie', 'február', 'февраля', 'лютого', 'февруари', 'φεβρουαρίου', 'helmikuuta', 'februārī', 'februāris', 'veljače', 'februára', 'februara', 'фебруар', 'фебруара', 'februarja', 'თებერვალი', 'თებერვლის', 'กุมภาพันธ์', 'ก.พ.', 'فبراير', 'شباط'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'marts', 'marca', 'března', 'mart', 'martie', 'március', 'марта', 'березня', 'март', 'μαρτίου', 'maaliskuuta', 'martā', 'marts', 'ožujka', 'marca', 'maret', 'marta', 'март', 'марта', 'marec', 'marca', 'მარტი', 'მარტის', 'มีนาคม', 'มี.ค.', 'مارس', 'آذار'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'dubna', 'nisan', 'aprilie', 'április', 'апреля', 'квітня', 'април', 'απριλίου', 'huhtikuuta', 'aprīlī', 'aprīlis', 'travnja', 'apríla', 'aprila', 'април', 'априла', 'აპრილი', 'აპრილის', 'เมษายน', 'เม.ย.', 'أبريل', 'ابريل', 'إبريل', 'نيسان'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mei', 'maj', 'maja', 'května', 'mayıs', 'mayis', 'május', 'мая', 'травня', 'май', 'μαΐου', 'μαιου', 'toukokuuta', 'maijā', 'maijs', 'svibnja', 'mája', 'maja', 'мај', 'маја', 'მაისი', 'მაისის', 'พฤษภาคม', 'พ.ค.', 'مايو', 'أيار'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno', 'czerwca', 'června', 'haziran', 'iunie', 'június', 'июня', 'червня', 'юни', 'ιουνίου', 'kesäkuuta', 'jūnijā', 'jūnijs', 'lipnja', 'júna', 'jun', 'juna', 'јун', 'јуна', 'junij', 'junija', 'ივნისი', 'ივნისის', 'มิถุนายน', 'มิ.ย.', 'يونيو', 'يونيه', 'حزيران'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'julho', 'luglio', 'lipca', 'července', 'temmuz', 'iulie', 'július', 'июля', 'липня', 'юли', 'ιουλίου', 'heinäkuuta', 'jūlijā', 'jūlijs', 'srpnja', 'júla', 'jula', 'јул', 'јула', 'julij', 'julija', 'ივლისი', 'ივლისის', 'กรกฎาคม', 'ก.ค.', 'يوليو', 'يوليه', 'تموز'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'augusti', 'sierpnia', 'srpna', 'ağustos', 'agustos', 'augusztus', 'августа', 'серпня', 'август', 'αυγούστου', 'elokuuta', 'augustā', 'augusts', 'kolovoza', 'augusta', 'agustus', 'avgust', 'avgusta', 'август', 'августа', 'აგვისტო', 'აგვისტოს', 'สิงหาคม', 'ส.ค.', 'أغسطس', 'اغسطس', 'آب'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'setembro', 'set', 'settembre', 'września', 'září', 'eylül', 'eylul', 'septembrie', 'szeptember', 'сентября', 'вересня', 'септември', 'σεπτεμβρίου', 'syyskuuta', 'septembrī', 'septembris', 'rujna', 'septembra', 'septembar', 'септембар', 'септембра', 'სექტემბერი', 'სექტემბრის', 'กันยายน', 'ก.ย.', 'سبتمبر', 'أيلول'],
  ['october', 'oct', 'oktober', 'octobre', 'octubre', 'outubro', 'out', 'ottobre', 'ott', 'okt', 'października', 'října', 'ekim', 'octombrie', 'október', 'октября', 'жовтня', 'октомври', 'οκτωβρίου', 'lokakuuta', 'oktobrī', 'oktobris', 'októbra', 'oktobar', 'oktobra', 'октобар', 'октобра', 'ოქტომბერი', 'ოქტომბრის', 'ตุลาคม', 'ต.ค.', 'أكتوبر', 'اكتوبر', 'تشرين الأول'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopadu', 'kasım', 'kasim', 'noiembrie', 'ноября', 'листопада', 'ноември', 'νοεμβρίου', 'marraskuuta', 'novembrī', 'novembris', 'studenoga', 'studenog', 'novembra', 'novembar', 'новембар', 'новембра', 'ნოემბერი', 'ნოემბრის', 'พฤศจิกายน', 'พ.ย.', 'نوفمبر', 'تشرين الثاني'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezembro', 'dicembre', 'desember', 'grudnia', 'prosince', 'aralık', 'aralik', 'decembrie', 'декабря', 'грудня', 'декември', 'δεκεμβρίου', 'joulukuuta', 'decembrī', 'decembris', 'prosinca', 'decembra', 'desember', 'decembar', 'децембар', 'децембра', 'დეკემბერი', 'დეკემბრის', 'ธันวาคม', 'ธ.ค.', 'ديسمبر', 'كانون الأول'],
];
/**
 * The calendars birth dates are written in besides the Gregorian one: the Islamic (Hijri) calendar of
 * Arabic documents ("8 شوال 1402هـ"), the Solar Hijri one of Iran and Afghanistan ("12 مهر 1369"), and
 * Nepal's Bikram Sambat ("2050 साउन 12"). A year is plausible in the range of living people's births.
 */
type Calendar = 'gregory' | 'islamic' | 'persian' | 'bikramSambat';

/** Bikram Sambat months (CLDR has no such calendar): Nepali in Devanagari, then as written in Latin letters. */
const BIKRAM_SAMBAT_MONTH_NAMES: readonly (readonly string[])[] = [
  ['बैशाख', 'वैशाख', 'baisakh', 'baishakh'],
  ['जेठ', 'जेष्ठ', 'jestha', 'jeth'],
  ['असार', 'आषाढ', 'asar', 'ashadh', 'asadh'],
  ['साउन', 'श्रावण', 'shrawan', 'saun', 'sawan'],
  ['भदौ', 'भाद्र', 'bhadra', 'bhadau'],
  ['असोज', 'आश्विन', 'ashwin', 'asoj'],
  ['कात्तिक', 'कार्तिक', 'kartik', 'kattik'],
  ['मंसिर', 'मार्ग', 'mangsir', 'mansir'],
  ['पुस', 'पौष', 'poush', 'push', 'paush'],
  ['माघ', 'magh'],
  ['फागुन', 'फाल्गुन', 'falgun', 'phagun', 'fagun'],
  ['चैत', 'चैत्र', 'chaitra', 'chait'],
];

/**
 * Every month name, lower case, with its calendar and number: the hand-written Gregorian list above first
 * (so "listopada" stays the Polish November), then CLDR's names of 81 locales and of the Islamic and Solar
 * Hijri calendars (month-names.ts, generated from Intl), then Bikram Sambat's.
 */
const MONTHS: ReadonlyMap<string, { month: number; calendar: Calendar }> = (() => {
  const months = new Map<string, { month: number; calendar: Calendar }>();
  const add = (calendar: Calendar, table: readonly (readonly string[])[]): void => {
    table.forEach((names, i) => {
      for (const name of names) if (!months.has(name)) months.set(name, { month: i + 1, calendar });
    });
  };
  add('gregory', MONTH_NAMES);
  add('gregory', CLDR_MONTH_NAMES.gregory);
  add('islamic', CLDR_MONTH_NAMES.islamic);
  add('persian', CLDR_MONTH_NAMES.persian);
  add('bikramSambat', BIKRAM_SAMBAT_MONTH_NAMES);
  return months;
})();
/** Longest first, so "marzo" is not read as "mar" + "zo". */
const MONTH_NAME = [...new Set(MONTHS.keys())]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, String.raw`\$&`))
  .join('|');

/** A format hint between the cue and the date: "Date of Birth (DD/MM/YYYY): ", "(TT.MM.JJJJ)". */
const FORMAT_HINT = String.raw`(?:\([A-Za-z]{1,4}[./\- ][A-Za-z]{1,4}[./\- ][A-Za-z]{1,4}\)[ \t]*)?`;
/** Which calendar the date is in, in brackets after the cue: "تاريخ الميلاد (هجري):", "Born (AD)", "जन्म मिति (वि.सं.)". */
const CALENDAR_NOTE = String.raw`(?:\([^\d()\n]{1,12}\)[ \t]*:?[ \t]*)?`;
/**
 * Words people put between a birth cue and the date: "born on", "née le", "nacido el", "geboren am/op",
 * "nascido a/em", "născut la".
 */
const CONNECTOR = String.raw`(?:(?:is|was|as|on|in|le|la|el|am|op|em|a|den|dne|dnia|il|at|pada|на|στις|στην)[ \t]+)?`;
/**
 * The place of birth written before the date in a form's "place, date of birth" field: "Tempat, tgl.
 * lahir: Bandung, 25 November 1992", "TTL: Jakarta, 07/06/1968", "Born: Vienna, 12.03.1980".
 */
const PLACE_BEFORE_DATE = String.raw`(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'-]{1,20}(?:[ \t][A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'-]{1,20})?,[ \t]{1,2})?`;
/**
 * What Korean writes right after 생년월일: a topic particle ("생년월일은 1985.06.01입니다") or which
 * calendar the date is in ("생년월일(양력)", "(음력)").
 */
const KOREAN_AFTER_CUE = String.raw`(?:[은는이]|\((?:양력|음력)\))?`;
/** A form's leader between its label and the value: "02 Birth ..... 24/04/1963", "Date of birth ______ 1-Nov-93". */
const LEADER = String.raw`(?:[ \t]{0,2}(?:\.{3,30}|_{3,30}|…{1,10}))?`;
/** Day, then a month name: "3 mars 1990", "25. Juni 1961", "1er mai 1980", "7 de julio de 1962", "5 мая 1990". */
const DAY_SUFFIX = String.raw`(?:st|nd|rd|th|er|º|°|\.)?`;

/**
 * What may sit between the cue and the date ("DOB: ", "born on ", "생년월일 : ", "Date of Birth
 * (DD/MM/YYYY): ", a table's "DOB | ", a JSON or YAML field's `"dob": "`), then the date itself in
 * one of the layouts people write. Sticky (`y`) so it is tried exactly at one position (the end of a
 * birth cue), never scanned across the text.
 */
const DATE_AFTER_CUE = new RegExp(
  // A comma too: "my birth date, 22 October 1985".
  KOREAN_AFTER_CUE + LEADER + String.raw`[ \t.:：៖=(\)\-–—"'|՝,]{0,5}` + CALENDAR_NOTE + FORMAT_HINT + String.raw`[ \t.:：=\-–—]{0,3}` + CONNECTOR + PLACE_BEFORE_DATE + '(?<date>' +
    // Year first, also as Koreans write it with a dot and a space: "1990. 5. 9.".
    String.raw`(?<ymdY>\d{4})(?:\.[ \t]?|[-/ ])(?<ymdM>\d{1,2})(?:\.[ \t]?|[-/ ])(?<ymdD>\d{1,2})(?!\d)` +
    // 1990년 5월 9일, 1990年5月9日.
    // Also with a two-digit year, as Korean certificates write it ("70년 12월 5일생"), and in the years of
    // the Republic of China ("民國79年3月3日", year 79 = 1990).
    String.raw`|(?<koY>\d{4}|\d{2})[년年][ \t]*(?<koM>\d{1,2})[월月][ \t]*(?<koD>\d{1,2})[일日]` +
    String.raw`|民[國国][ \t]*(?<rocY>\d{1,3})[ \t]*年[ \t]*(?<rocM>\d{1,2})[ \t]*月[ \t]*(?<rocD>\d{1,2})[ \t]*日` +
    // Day and month, also with a space after each dot as Czech writes them: "20. 7. 1996".
    String.raw`|(?<a>\d{1,2})(?:\.[ \t]?|[-/])(?<b>\d{1,2})(?:\.[ \t]?|[-/])(?<abY>\d{4}|\d{2})(?!\d)` +
    String.raw`|(?<mdyM>${MONTH_NAME})\.?[ \t]+(?<mdyD>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(?<mdyY>\d{4})(?!\d)` +
    String.raw`|(?<dmyD>\d{1,2})${DAY_SUFFIX}[ \t]{1,2}(?:de[ \t]+)?(?<dmyM>${MONTH_NAME})\.?,?[ \t]+(?:de[ \t]+|del[ \t]+)?(?<dmyY>\d{4})(?!\d)` +
    // Day, month name and year joined by dashes: "07-Jul-2003", "19-may-1974".
    String.raw`|(?<dashD>\d{1,2})[-/](?<dashM>${MONTH_NAME})[-/](?<dashY>\d{4}|\d{2})(?!\d)` +
    // Year first with a month name, as Hungarian writes it: "1990. március 5.".
    String.raw`|(?<ydmY>\d{4})\.?[ \t]+(?<ydmM>${MONTH_NAME})[ \t]+(?<ydmD>\d{1,2})(?!\d)` +
    // Latvian "1998. gada 29. jūnijā", Vietnamese "ngày 18 tháng 2 năm 2002".
    String.raw`|(?<lvY>\d{4})\.[ \t]gada[ \t](?<lvD>\d{1,2})\.[ \t](?<lvM>${MONTH_NAME})` +
    // Lithuanian "1978 m. sausio 14 d." (year, the month in the genitive, day).
    String.raw`|(?<ltY>\d{4})[ \t]?m\.[ \t]?(?<ltM>${MONTH_NAME})[ \t]+(?<ltD>\d{1,2})(?!\d)` +
    String.raw`|(?:ngày[ \t]+)?(?<viD>\d{1,2})[ \t]+tháng[ \t]+(?<viM>\d{1,2})[ \t]+năm[ \t]+(?<viY>\d{4})(?!\d)` +
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
    const date = dateAfterCue(text, cues.ends[i]!);
    if (date) found.push({ type: 'DATE_OF_BIRTH', start: date.start, end: date.end, confidence: clampConfidence(0.9) });
  }
  for (const date of datesInPersonalDetails(text)) found.push({ type: 'DATE_OF_BIRTH', ...date, confidence: clampConfidence(0.8) });
  for (let i = 0; i < cues.starts.length; i++) {
    const date = dateNamedByCueAfter(text, cues.starts[i]!, cues.ends[i]!);
    if (date) found.push({ type: 'DATE_OF_BIRTH', ...date, confidence: clampConfidence(0.85) });
  }
  for (const date of datesBeforeAnAge(text)) found.push({ type: 'DATE_OF_BIRTH', ...date, confidence: clampConfidence(0.85) });
  return found;
};

/** How far before a birth cue or an age a date may start: "30 de septiembre de 1992 (my date of birth)". */
const DATE_BEFORE_WINDOW = 32;

/**
 * The date that ends right before `end`, followed only by `gap`: the earliest word start in the window
 * from which a birth-date layout reads up to there. At most DATE_BEFORE_WINDOW sticky reads.
 */
function dateEndingBefore(text: string, end: number, gap: RegExp): Span | undefined {
  for (let at = Math.max(0, end - DATE_BEFORE_WINDOW); at < end; at++) {
    if (!/[\p{L}\p{N}]/u.test(text[at]!) || (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!))) continue;
    const date = dateAfterCue(text, at, 0);
    if (date && date.start === at && date.end <= end && gap.test(text.slice(date.end, end))) return date;
  }
  return undefined;
}

/**
 * What may sit between a date and a birth cue after it: "(2023.08.14 출생)", "03/04/1984 (my date of birth)",
 * "14 July 1990, born in Lagos" is no such case (a comma ends the field).
 */
const GAP_BEFORE_CUE = /^\.?[ \t]{0,2}\(?(?:\p{L}{1,4}[ \t])?$/u;

/**
 * A birth cue right after a date names it ("자녀: 구민서 (2025. 5. 9. 출생)", "For the insurer: 14/7/1974 (my
 * date of birth)") — unless the cue names a value of its own ("Start 01/02/2020 (born 1985)").
 */
function dateNamedByCueAfter(text: string, cueStart: number, cueEnd: number): Span | undefined {
  if (/\d/.test(text.slice(cueEnd, cueEnd + NAMED_VALUE_GAP))) return undefined;
  return dateEndingBefore(text, cueStart, GAP_BEFORE_CUE);
}
/** A cue followed by a digit this close names that value, not the date before it. */
const NAMED_VALUE_GAP = 8;

/**
 * An age written after a date: "12/03/1988 (38)", "5 May 1990, 36 years", "1990.05.09 (36세)". The number in any
 * script's word after it is checked against the date: a date whose years until today are that age (±1) is a birth date.
 */
const AGE_AFTER_DATE = /\([ \t]?(?<paren>\d{2,3})(?:[ \t]?\p{L}{1,6}\.?)?[ \t]?\)|(?<![\p{L}\p{N}])(?<word>\d{2,3})[ \t]?(?:\p{L}{1,6}|세|歳|岁)(?![\p{L}\p{N}])/gu;
const GAP_BEFORE_AGE = /^[ \t]{0,2}[,–—-]?[ \t]{0,2}$/;
const MIN_STATED_AGE = 14;

function datesBeforeAnAge(text: string): Span[] {
  const found: Span[] = [];
  const today = new Date();
  for (const m of text.matchAll(AGE_AFTER_DATE)) {
    const age = +(m.groups!['paren'] ?? m.groups!['word']!);
    if (age < MIN_STATED_AGE || age > 110) continue;
    const date = dateEndingBefore(text, m.index, GAP_BEFORE_AGE);
    if (!date) continue;
    const year = birthYearOf(text.slice(date.start, date.end));
    if (year !== undefined && Math.abs(today.getFullYear() - year - age) <= 1) found.push(date);
  }
  return found;
}

/** The four-digit year of a date, or a two-digit one expanded ("12-Sep-71" → 1971). */
function birthYearOf(date: string): number | undefined {
  const four = /(?<!\d)\d{4}(?!\d)/.exec(date);
  if (four) return +four[0];
  const two = /(?<!\d)\d{2}$/.exec(date);
  return two ? expandYear(two[0]) : undefined;
}

/**
 * A personal-details line whose value is a person's name: "Name: Aishath Shiuna", "1. Name as in passport:
 * MOHAMED IBRAHIM", "Member: دیلان عەلی" — a label of any language, a colon, then two to four words with no
 * digit, comma or @ up to the line's end.
 */
/** Tried at each line's start only (sticky): a multiline `^` would make the engine visit every position of the text. */
const NAME_LINE = /(?:\d{1,2}[.)][ \t]*)?(?<label>[^\n:：\d]{2,40}[:：][ \t]*)?[\p{L}\p{M}'’.-]{2,20}(?:[ \t][\p{L}\p{M}'’.-]{1,20}){1,3}[ \t]*\r?\n/uy;
/**
 * The next line's label: any words with no digit, then a colon (a numbered list's "2. " before it); after a labelled
 * name line also one to three words with no colon ("2. Fædd 26.10.1992", "Wazalwa ngo-2005-11-24").
 */
const LABEL_BEFORE_VALUE = /(?:\d{1,2}[.)][ \t]*)?[^\n:：\d]{2,40}[:：]/y;
const BARE_LABEL_BEFORE_VALUE = /(?:\d{1,2}[.)][ \t]*)?\p{L}[\p{L}\p{M}'’.]{0,20}(?:[ \t]\p{L}[\p{L}\p{M}'’.]{0,20}){0,2}(?:[ \t]|-(?=\d))/uy;
/** A bare name line (no label): each of its two to four words starts with a capital. */
const BARE_NAME = /^[ \t]*\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*){1,3}[ \t]*\r?\n$/u;
/** A date of birth in a personal-details block is a grown-up's: at least this many years ago. */
const MIN_AGE_YEARS = 14;

/**
 * Dates of birth under a label no list holds, in a personal-details block: the line right after a name
 * line is "<label>: <date>" and holds nothing else, and the date is 14–100 years ago ("Member: Ibrahim
 * Rasheed⏎އުފަން ތާރީޚު: 14/09/1973"). A job's dates never follow a person's name this way.
 */
function datesInPersonalDetails(text: string): Span[] {
  const found: Span[] = [];
  const current = new Date().getFullYear();
  for (let lineStart = 0; lineStart < text.length; lineStart = text.indexOf('\n', lineStart) + 1 || text.length) {
    NAME_LINE.lastIndex = lineStart;
    const m = NAME_LINE.exec(text);
    if (!m) continue;
    const labelled = m.groups!['label'] !== undefined;
    if (!labelled && !BARE_NAME.test(m[0])) continue;
    const labelAt = m.index + m[0].length;
    LABEL_BEFORE_VALUE.lastIndex = labelAt;
    BARE_LABEL_BEFORE_VALUE.lastIndex = labelAt;
    const valueAt = LABEL_BEFORE_VALUE.test(text)
      ? LABEL_BEFORE_VALUE.lastIndex
      : labelled && BARE_LABEL_BEFORE_VALUE.test(text)
        ? BARE_LABEL_BEFORE_VALUE.lastIndex
        : -1;
    if (valueAt < 0) continue;
    const date = dateAfterCue(text, valueAt, 0);
    if (!date) continue;
    const lineEnd = text.indexOf('\n', date.end);
    if (!/^[ \t.]*\r?$/.test(text.slice(date.end, lineEnd < 0 ? text.length : lineEnd))) continue;
    const year = birthYearOf(text.slice(date.start, date.end));
    if (year === undefined || year > current - MIN_AGE_YEARS || year < current - 100) continue;
    found.push(date);
  }
  return found;
}

interface Span {
  start: number;
  end: number;
}

/**
 * A few words between a birth cue and its date: "My date of birth stays 20-11-1968", "생년월일은 그대로 1966. 12. 18",
 * also after the other gender's ending written after a slash ("Nacido/a el 11/2/2004", "Născut/ă la").
 */
const MAX_WORDS_BEFORE_DATE = 3;
const WORD_BEFORE_DATE = /[ \t]*(?:\/\p{L}{1,3}[ \t]*)?[\p{L}\p{M}'’]{1,15}[ \t]+/uy;

/**
 * The birth date right after a cue: one of the layouts of DATE_AFTER_CUE, or any date by its shape
 * (`readDateShape`), also after up to three short words. Every step is anchored (sticky) and bounded.
 */
function dateAfterCue(text: string, from: number, maxWords = MAX_WORDS_BEFORE_DATE): Span | undefined {
  let at = from;
  for (let words = 0; ; words++) {
    DATE_AFTER_CUE.lastIndex = at;
    const m = DATE_AFTER_CUE.exec(text);
    if (m?.groups && isPlausibleBirthDate(m.groups)) {
      const end = m.index + m[0].length;
      return { start: end - m.groups['date']!.length, end };
    }
    const shape = readDateShape(text, at);
    if (shape) return shape;
    if (words >= maxWords) return undefined;
    WORD_BEFORE_DATE.lastIndex = at;
    if (!WORD_BEFORE_DATE.test(text)) return undefined;
    at = WORD_BEFORE_DATE.lastIndex;
  }
}

/** How far a date written by its shape may run: "20ی کانوونی یەکەمی 1967", "2 de Fevereiro de 1999". */
const DATE_SHAPE_WINDOW = 48;
/** A number or a word of any script; what separates them is checked by the caller. */
const DATE_SHAPE_TOKEN = /\d{1,4}|[\p{L}\p{M}'’]{1,20}/gu;
/** What may sit between the parts of a date: spaces, dots, slashes, dashes, commas. */
const DATE_SHAPE_GAP = /^[ \t.,/\-–]{0,3}$/;

/**
 * A date written in any language by its shape, read at `from` (after separators such as ": "): a
 * day, a month and a four-digit year in any order, with up to three short words or unit markers
 * between them — "14 ސެޕްޓެމްބަރު 1973", "31ی ئازاری 1976", "2001 оны 12 сарын 21", "1992 жылғы 19 тамыз",
 * "1983-yil 24-noyabr", "19 ta' Awwissu 1995". The month is a number, a month name of month-names.ts
 * (also inflected: the name is matched as a prefix of the word), or, when the day comes first and the
 * year last, any word between them — the name of a month in a language no list holds. Only after a
 * birth cue or in a personal-details block; the year must be a living person's.
 */
export function readDateShape(text: string, from: number): Span | undefined {
  let at = from;
  while (at < text.length && at - from < 4 && ' \t:：.-–=|('.includes(text[at]!)) at++;
  const window = text.slice(at, Math.min(text.length, at + DATE_SHAPE_WINDOW));
  const lineEnd = window.search(/[\n\r;()<>[\]{}|:@+]/);
  const line = lineEnd < 0 ? window : window.slice(0, lineEnd);
  const tokens: { value: string; start: number; end: number; digits: boolean }[] = [];
  let last = 0;
  for (const m of line.matchAll(DATE_SHAPE_TOKEN)) {
    if (!DATE_SHAPE_GAP.test(line.slice(last, m.index)) || tokens.length === 8) break;
    tokens.push({ value: m[0], start: m.index, end: m.index + m[0].length, digits: /\d/.test(m[0]) });
    last = m.index + m[0].length;
  }
  if (!tokens[0]?.digits) return undefined;
  // The parts: numbers, and the words between or right after them (a suffix glued to a number, as in
  // "31ی" or "9th", is no part).
  const numbers: number[] = [];
  const words: number[] = [];
  let wordsInRow = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.digits) {
      if (numbers.length === 3 || (i > 0 && !tokens[i - 1]!.digits && t.start === tokens[i - 1]!.end)) break;
      numbers.push(i);
      wordsInRow = 0;
      continue;
    }
    const glued = tokens[i - 1]!.digits && t.start === tokens[i - 1]!.end && t.value.length <= 3;
    if (glued) continue;
    if (++wordsInRow > 3) break;
    words.push(i);
  }
  const years = numbers.filter((i) => tokens[i]!.value.length === 4);
  if (years.length !== 1 || numbers.length < 2) return undefined;
  const year = +tokens[years[0]!]!.value;
  const small = numbers.filter((i) => i !== years[0]).map((i) => +tokens[i]!.value);
  if (small.some((v) => v < 1 || v > 31)) return undefined;
  const current = new Date().getFullYear();
  if (year < 1900 || year > current) return undefined;
  const yearFirst = years[0] === numbers[0];
  let end: number;
  if (small.length === 2) {
    const [p, q] = small as [number, number];
    if (!isCalendarDate(year, p, q) && !isCalendarDate(year, q, p)) return undefined;
    end = numbers.at(-1)!;
  } else {
    const day = small[0]!;
    const between = words.filter((w) => w > numbers[0]! && w < numbers[1]!);
    const after = words.filter((w) => w === numbers[1]! + 1);
    if (!yearFirst) {
      // Day, month word(s), year: "14 ސެޕްޓެމްބަރު 1973", "2 de Fevereiro de 1999".
      if (between.length === 0) return undefined;
      // A word no list knows is a month only when nothing but spaces sits around it ("12 pages, 2019" is none).
      const known = between.some((w) => monthByPrefix(tokens[w]!.value) !== undefined);
      if (!known && !/^[\p{L}\p{M}'’ \t]*$/u.test(line.slice(tokens[numbers[0]!]!.end, tokens[numbers[1]!]!.start))) return undefined;
      end = numbers[1]!;
    } else {
      // Year, then the day and a month name: "1992 жылғы 19 тамыз", "1983-yil 24-noyabr".
      const month = [...between, ...after].map((w) => monthByPrefix(tokens[w]!.value)).find((mo) => mo !== undefined);
      if (month === undefined || !isCalendarDate(year, month, day)) return undefined;
      end = after.length > 0 && monthByPrefix(tokens[after[0]!]!.value) !== undefined ? after[0]! : numbers[1]!;
    }
  }
  // A word glued to the last number ("1976ی") stays outside; the span is from the first number on.
  return { start: at + tokens[numbers[0]!]!.start, end: at + tokens[end]!.end };
}

/** The Gregorian month a word names, also inflected ("ئازاری" is ئازار + a suffix, "noyabrda"). */
function monthByPrefix(word: string): number | undefined {
  const lower = word.toLowerCase();
  for (let length = lower.length; length >= 3; length--) {
    const entry = MONTHS.get(lower.slice(0, length));
    if (entry?.calendar === 'gregory') return entry.month;
  }
  return undefined;
}

function isPlausibleBirthDate(g: Record<string, string | undefined>): boolean {
  const ok = (year: number, mo: number, d: number): boolean => {
    // A year of the Thai Buddhist era ("16/10/2523", "3 มีนาคม 2533") is 543 years ahead.
    const y = year >= BUDDHIST_ERA_FROM ? year - BUDDHIST_ERA_OFFSET : year;
    if (y >= 1900 && y <= new Date().getFullYear()) return isCalendarDate(y, mo, d);
    // A year of the Islamic or Solar Hijri calendar ("20/04/1381 هـ", "1369/07/12"): no Gregorian
    // birth year is that early, so after a birth cue it can only be one of them.
    return isHijriYear(y) && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
  };
  const named = (name: string, year: number, d: number): boolean => {
    const entry = MONTHS.get(name.toLowerCase());
    if (!entry) return false;
    if (entry.calendar === 'gregory') return ok(year, entry.month, d);
    const [from, to] = CALENDAR_YEARS[entry.calendar];
    return year >= from && year <= to && d >= 1 && d <= 32;
  };
  if (g['ymdY']) return ok(+g['ymdY'], +g['ymdM']!, +g['ymdD']!);
  if (g['koY']) return ok(expandYear(g['koY']), +g['koM']!, +g['koD']!);
  if (g['rocY']) return ok(+g['rocY'] + ROC_ERA_OFFSET, +g['rocM']!, +g['rocD']!);
  if (g['abY']) {
    const y = expandYear(g['abY']);
    // 05/06/1990 is May 6th in the US and 5 June elsewhere: either reading makes it a date. With a
    // two-digit year, Korean forms write the year first ("80.08.11"): a third reading.
    return (
      ok(y, +g['a']!, +g['b']!) ||
      ok(y, +g['b']!, +g['a']!) ||
      (g['abY'].length === 2 && g['a']!.length === 2 && ok(expandYear(g['a']!), +g['b']!, +g['abY']))
    );
  }
  if (g['mdyM']) return named(g['mdyM'], +g['mdyY']!, +g['mdyD']!);
  if (g['dmyM']) return named(g['dmyM'], +g['dmyY']!, +g['dmyD']!);
  if (g['dashM']) return named(g['dashM'], expandYear(g['dashY']!), +g['dashD']!);
  if (g['ydmM']) return named(g['ydmM'], +g['ydmY']!, +g['ydmD']!);
  if (g['lvM']) return named(g['lvM'], +g['lvY']!, +g['lvD']!);
  if (g['ltM']) return named(g['ltM'], +g['ltY']!, +g['ltD']!);
  if (g['viY']) return ok(+g['viY'], +g['viM']!, +g['viD']!);
  if (g['compact']) {
    const c = g['compact'];
    // YYYYMMDD, or the Korean YYMMDD (as in the first half of a resident registration number).
    return c.length === 8 ? ok(+c.slice(0, 4), +c.slice(4, 6), +c.slice(6)) : ok(expandYear(c.slice(0, 2)), +c.slice(2, 4), +c.slice(4));
  }
  return false;
}

/**
 * Birth years of living people in the other calendars: Islamic 1318–1450 (1900–2028), Solar Hijri
 * 1279–1407 (1900–2028), Bikram Sambat 1957–2085 (1900–2028).
 */
const CALENDAR_YEARS: Readonly<Record<Exclude<Calendar, 'gregory'>, readonly [number, number]>> = {
  islamic: [1318, 1450],
  persian: [1279, 1407],
  bikramSambat: [1957, 2085],
};

function isHijriYear(year: number): boolean {
  return year >= CALENDAR_YEARS.persian[0] && year <= CALENDAR_YEARS.islamic[1];
}

/** Buddhist-era years (2443 = 1900): no Gregorian birth year is this large. */
const BUDDHIST_ERA_OFFSET = 543;
const BUDDHIST_ERA_FROM = 1900 + BUDDHIST_ERA_OFFSET;
/** Year 1 of the Republic of China is 1912. */
const ROC_ERA_OFFSET = 1911;

/** Two-digit birth years: anything after this year's two digits must be last century. */
function expandYear(yy: string): number {
  if (yy.length === 4) return +yy;
  const current = new Date().getFullYear() % 100;
  return +yy <= current ? 2000 + +yy : 1900 + +yy;
}
