import type { Candidate } from '../sensitive-types.js';
import type { ScanInput } from './recognizer.js';
import { clampConfidence } from './recognizer.js';

/**
 * Addresses found from their end: the postcode + locality line that closes an address in most
 * countries, then the street line(s) before it, walked back over comma/newline-separated segments
 * that read like address parts. Covers layouts the street-first patterns miss:
 *   "Unit 4, 12 Smith St, Fitzroy VIC 3065"               (AU state + postcode)
 *   "1200 Rue Sainte-Catherine O, Montréal QC H3B 1K9"     (CA province + postal code)
 *   "Flat 302, Sai Residency, 14th Cross, Bengaluru 560038" (IN PIN)
 *   "12 Main Street, Cork, T12 W8CC"                      (IE Eircode)
 *   "245 Queen Street, Auckland Central\nAuckland 1010"   (NZ city + postcode)
 *   "Rua das Flores, 123 - Apto 45 - Centro, São Paulo - SP, 01001-000" (BR CEP)
 *   "ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa"        (PL)
 *   "Storgatan 5, 114 55 Stockholm"                        (SE)
 *   "Nørregade 10, 2. th., 1165 København K"               (DK; also IT "20121 Milano")
 *   "Rua do Ouro, 204, 2º Dto, 4000-223 Porto"              (PT)
 *   "Ceintuurbaan 214\n1054XB AMSTERDAM"                    (NL)
 *   "Appt 53, 54 boulevard Voltaire, 13006 Marseille"       (FR, lower-case street words)
 * The tail alone is not enough: some segment walked back over must hold a house number.
 * Every pattern is bounded and starts with a cheap first character; the walk back reads at most
 * MAX_SEGMENTS × MAX_SEGMENT characters per tail.
 */
/**
 * A capitalised word, also two joined by a hyphen ("Cluj-Napoca", "Saint-Gilles"), in Latin, Greek
 * or Cyrillic letters ("Θεσσαλονίκη", "Нови Београд").
 */
const CITY_WORD = String.raw`[A-ZÀ-ÖØ-ÞĀ-ž\u0386\u0388-\u038F\u0391-\u03A9\u0400-\u042F][a-zß-öø-ÿā-ž\u03AC-\u03CE\u0430-\u045F'’-]{1,24}(?:[A-ZÀ-ÖØ-ÞĀ-ž\u0400-\u042F][a-zß-öø-ÿā-ž\u0430-\u045F'’]{1,20})?`;
/**
 * A city of one or two words; the second may be a district letter, number or a province ("København K",
 * "Praha 4", "Torino TO").
 */
const CITY = String.raw`${CITY_WORD}(?:[ \t](?:${CITY_WORD}|[A-ZÆØÅ]{1,2}(?![A-Za-z])|[1-9]\d?(?![\d./:-])|de|do|da|dos|das|di))?`;
/** Country letters written before a European postcode (the old CEPT convention, still usual in Luxembourg and Slovenia). */
const COUNTRY_PREFIX = ['A', 'B', 'CH', 'CZ', 'D', 'DK', 'E', 'EE', 'F', 'FL', 'HR', 'I', 'L', 'LT', 'LV', 'N', 'NL', 'P', 'S', 'SI', 'SK']
  .map((code) => `${code}-`)
  .join('|');
/** Canadian provinces and territories by name, in English and French. */
const CA_PROVINCE = [
  'Québec', 'Quebec', 'Ontario', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'Nouvelle-Écosse', 'New Brunswick',
  'Nouveau-Brunswick', 'British Columbia', 'Colombie-Britannique', 'Newfoundland and Labrador', 'Terre-Neuve-et-Labrador',
  'Prince Edward Island', 'Île-du-Prince-Édouard', 'Yukon', 'Nunavut', 'Northwest Territories', 'Territoires du Nord-Ouest',
].join('|');
/**
 * All tails in one pass (each extra pass over a 4 MB CV costs ~30 ms). A city written before the
 * postcode (AU, CA, IN, NZ) is checked in code, backwards from the match, only where one matched.
 */
const POSTAL_TAIL = new RegExp(
  String.raw`(?=[A-Z\d(])(?<![A-Za-z0-9-])(?:` +
    // A Taiwanese city and its postcode in romanised addresses ("Da'an Dist., Taipei City 106, Taiwan"),
    // the city's name checked in code.
    String.raw`(?<twCity>City[ \t]\d{3}(?:\d{2,3})?(?![\d-])(?:,[ \t]Taiwan(?:[ \t]\(R\.O\.C\.\))?)?)|` +
    // Australian state or territory + postcode, Canadian province + postal code (after a city).
    // The province also written out, as Québec writes it in parentheses ("Montréal (Québec) H2X 3V4").
    String.raw`(?<state>(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]{1,2}\d{4}(?!\d)|(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NU|${CA_PROVINCE}|\((?:${CA_PROVINCE})\))[ \t]{1,2}[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![A-Za-z0-9]))` +
    // Irish Eircode: routing key + unique identifier; or a Dublin postal district ("Dublin 6W").
    String.raw`|(?:[AC-FHKNPRTV-Y]\d\d|D6W)[ \t][0-9AC-FHKNPRTV-Y]{4}(?![A-Za-z0-9])|Dublin[ \t](?:1\d|2[0-4]|6W|[1-9])(?:,?[ \t](?:D\d\d|D6W)[ \t][0-9AC-FHKNPRTV-Y]{4})?(?![A-Za-z0-9])` +
    // Brazilian CEP, with or without its label.
    String.raw`|(?:CEP:?[ \t]?)?\d{5}-\d{3}(?![\d-])` +
    // A UK postcode ("BN1 6PB", "E8 2DT"), with or without its town before it.
    String.raw`|(?<ukPostcode>[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![A-Za-z0-9]))` +
    // A romanised Korean city or province + postcode ("Gangnam-gu, Seoul 06457", "Gyeonggi-do 13199").
    String.raw`|(?:Seoul|Busan|Daegu|Incheon|Gwangju|Daejeon|Ulsan|Sejong|Jeju(?:-do)?|Gyeonggi-do|Gangwon(?:-do)?|Chungcheong(?:buk|nam)-do|Jeolla(?:buk|nam)-do|Gyeongsang(?:buk|nam)-do)[ \t]\d{5}(?!\d)` +
    // Dutch (1054 XB, 1054XB) and Portuguese (4000-223) postcodes before a city, also one in capitals.
    // Argentine postcodes (CPA "C1425BGP", its older "B1640" form) before a city, also one in capitals
    // ("C1043AAZ CABA").
    String.raw`|(?:\d{4}[ \t]?[A-Z]{2}[ \t]{1,2}|\d{4}-\d{3}[ \t]|[A-HJ-NP-Z]\d{4}(?:[A-Z]{3})?[ \t])(?:${CITY}|[A-Z]{3,20}(?![A-Za-z]))` +
    // An Argentine postcode in parentheses: before a city ("(5000) Córdoba") or after it
    // ("Buenos Aires (C1425BGP)", the city checked in code).
    String.raw`|\((?:\d{4}\)[ \t]${CITY}|(?<parenCpa>[A-HJ-NP-Z]\d{4}(?:[A-Z]{3})?\)))` +
    // Polish (00-590), Swedish and Czech (114 55), four/five-digit (DK, NO, FI, IT, NZ, AU…) and
    // six-digit (RO, RU…) postcodes before a city; European ones with their country prefix
    // ("HR-21000 Split", "LV-1050 Rīga", "L-1616 Luxembourg", "SI-1000 Ljubljana", "CH-8001 Zürich").
    String.raw`|(?:\d\d-\d{3}|\d{3}[ \t]\d\d|(?:${COUNTRY_PREFIX})?\d{4,5}|(?<six>\d{6}))[ \t]${CITY}` +
    // A postcode after its city: Indian PIN ("Bengaluru - 560038", "Pune 411001", "Mumbai 400 058"),
    // NZ ("Auckland 1010"), Turkish ("Antalya 07100"), Romanian ("București 010061"), Japanese
    // ("Tokyo 160-0022"); not the first group of a longer number ("Consignment 1095 8349 2141") nor
    // a number's first part ("Invoice 2025-784").
    String.raw`|(?<pin>\d{3}-\d{4}|[1-9]\d\d[ \t]?\d{3}|0\d{5}|\d{4,5})(?![ \t]?\d|-\d)` +
    // A Greek postcode after a Greek city ("Αθήνα 106 80"), an Israeli one after a Hebrew city
    // ("תל אביב 6688218"); the city's script is checked in code.
    String.raw`|(?<greekPin>\d{3}[ \t]\d\d)(?![ \t]?\d|-\d)|(?<hebrewPin>\d{7})(?![\d-]))`,
  'g',
);
/** One to three capitalised words right before an AU/CA state or province ("Surry Hills ", "Montréal, "). */
const CITY_BEFORE_STATE = new RegExp(String.raw`(?<![A-Za-z])${CITY_WORD}(?:[ \t]${CITY_WORD}){0,2},?[ \t]{1,2}$`);
/** Enough characters before a tail to hold its city. */
const CITY_LOOKBACK = 80;

const MAX_SEGMENTS = 7;
const MAX_SEGMENT = 64;
/** Lower-case words an address line may hold besides names and numbers. */
const ADDRESS_WORDS = new Set([
  'de', 'da', 'do', 'das', 'dos', 'di', 'del', 'della', 'dei', 'la', 'le', 'of', 'the', 'and', 'no', 'no.', 'nº', 'n.', 'nr', 'nr.',
  'ul.', 'al.', 'os.', 'pl.', 'm.', 'lok.', 'lgh', 'tv.', 'th.', 'mf.', 'sal', 'st.', 'apto', 'ap.', 'sala', 'conj.', 'bis', 'via', 'rua',
  // Unit words: Italian staircase and flat ("scala C, int. 6"), Swedish floor ("5 tr"), Brazilian
  // block, house and floor ("bloco A, casa 2, 15º andar").
  'int.', 'int', 'interno', 'scala', 'piano', 'tr', 'tr.', 'bloco', 'casa', 'andar', 'loja', 'lote', 'quadra',
  // Québec street words, written in lower case ("879-1924 rue de la Montagne").
  'rue', 'du', 'des', 'chemin', 'boul.', 'av.',
  // French flat, office and floor words of Québec and Luxembourg ("app. 12", "bureau 455", "3e étage", "succ. Centre-ville").
  'app.', 'app', 'appartement', 'bureau', 'suite', 'étage', 'succ.', 'local', 'porte',
  // Serbian, Croatian and Slovene flat and floor words ("stan 49", "sprat 3", "kat 2").
  'stan', 'sprat', 'стан', 'спрат',
  // English flat word in lower case ("28 Rustaveli Ave, apt. 4, Tbilisi 0179").
  'apt.', 'apt',
  // French street and unit words, also lower case in France ("54 boulevard Voltaire", "117 ter rue …",
  // "Résidence les Tilleuls"); Portuguese floor and side ("r/c", "2º Dto", "3.º Esq."); Spanish floor and door.
  'avenue', 'boulevard', 'bd', 'impasse', 'place', 'allée', 'quai', 'cours', 'route', 'square', 'passage', 'ter', 'les', 'appt',
  'r/c', 'dto', 'dto.', 'esq', 'esq.', 'bajo', 'piso', 'puerta', 'izq.', 'izda.', 'dcha.', 'y', 'depto.', 'col.',
  // Norwegian street and flat words ("Thereses gate 2", "Kirkeveien 7, leil. H0301"), Finnish flat and
  // floor ("Hämeentie 8 as. 12", "3 krs"), Belgian box ("bus 2", "bte 4"), Romanian block, staircase,
  // floor, flat, sector and postcode label ("bl. C16, sc. 2, et. 3, ap. 39", "sector 2, cod poștal
  // 020335"), Czech street words ("náměstí Míru", "třída Svobody"), Turkish neighbourhood, street and
  // flat words when written in lower case ("mah.", "cad.", "sok.", "daire").
  'gate', 'gata', 'gaten', 'vei', 'veien', 'veg', 'vegen', 'plass', 'leil.', 'leil', 'as.', 'krs', 'krs.', 'bus', 'bte', 'boîte',
  'bl.', 'sc.', 'et.', 'ap', 'sector', 'cod', 'poștal', 'poştal', 'postal', 'náměstí', 'nábřeží', 'třída', 'tř.',
  'mah.', 'cad.', 'sok.', 'sk.', 'blv.', 'daire', 'kat',
  // Greek flat and floor words ("διαμ. 5", "3ος όροφος").
  'διαμ.', 'όροφος', 'όρ.',
]);
/**
 * Month names (English and the supported European languages, as written capitalised): "Jun 2012 –
 * Jul 2016" is a period, not a city and a postcode.
 */
const MONTH_NAMES = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'January', 'February', 'March', 'April',
  'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Gen', 'Gennaio', 'Febbraio', 'Marzo', 'Aprile', 'Mag', 'Maggio', 'Giu', 'Giugno', 'Lug', 'Luglio', 'Ago', 'Agosto', 'Set', 'Settembre',
  'Ott', 'Ottobre', 'Novembre', 'Dic', 'Dicembre',
  'Janeiro', 'Fev', 'Fevereiro', 'Março', 'Abr', 'Abril', 'Mai', 'Maio', 'Junho', 'Julho', 'Setembro', 'Out', 'Outubro', 'Novembro', 'Dez', 'Dezembro',
  'Januari', 'Februari', 'Mars', 'Maj', 'Juni', 'Juli', 'Augusti', 'Okt', 'Oktober', 'Januar', 'Februar', 'Marts', 'März', 'Dezember',
]);
const ELIDED_BEFORE_NAME = /^(?:d|l|dell|all|nell)['’][A-ZÀ-Þ]/;
const HOUSE_NUMBER = /(?:^|[\s#/-])\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?(?=$|[\s,./-])|\d{1,3}(?:st|nd|rd|th)\b/;

const PERIOD = /(?:19|20)\d\d[ \t]?[-–][ \t]?(?:(?:19|20)\d\d|now|present)/i;
/** A civic number ending prose before a comma: "au 176", "at 29-4820". */
const HOUSE_NUMBER_AT_END = /(?:^|[ \t])(\d{1,5}(?:-\d{1,5})?[A-Za-z]?)$/;

/** Whether `segment` (one comma/newline-delimited part) reads like part of an address line. */
function addressLike(segment: string): boolean {
  if (PERIOD.test(segment)) return false; // "Senior Developer 2019-2023, Lead 2023 …" is a career line
  const words = segment.split(/[ \t]+/);
  if (words.length === 0 || words.length > 9) return false;
  const lowerBeforeNumber = czechStreetWord(words);
  for (const w of words) {
    if (w === lowerBeforeNumber) continue;
    if (w === '' || w === '-' || w === '–') continue;
    const c = w.charCodeAt(0);
    // Hebrew has no capitals: any Hebrew word may be a street's or city's ("דיזנגוף 27, רמת גן").
    const upperOrDigit =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || w[0] === '#' || w[0] === '(' || (c >= 0xc0 && w[0] !== w[0]!.toLowerCase()) || isHebrewLetter(c);
    // French and Italian elided articles before a name: "Rue d'Assas", "Via dell'Orso".
    if (!upperOrDigit && !ADDRESS_WORDS.has(w.toLowerCase()) && !ELIDED_BEFORE_NAME.test(w)) return false;
  }
  return true;
}

/**
 * Czech and Slovak street names hold lower-case words ("Jugoslávských partyzánů", "Bratří Čapků") and
 * number their houses twice ("2513/45"): in a short segment that starts with a capitalised word and
 * ends with such a number, the one lower-case word before the number is part of the street's name.
 */
function czechStreetWord(words: readonly string[]): string | undefined {
  const n = words.length;
  if (n < 3 || n > 4 || !/^\d{1,4}\/\d{1,4}[a-z]?$/.test(words[n - 1]!)) return undefined;
  return isUpper(words[0]!.charCodeAt(0)) ? words[n - 2] : undefined;
}

/** The longest run of whole words at the end of `segment` that reads like an address part, or ''. */
function addressLikeEnd(segment: string): string {
  const words = segment.split(' ');
  let best = '';
  for (let k = words.length - 1; k > 0; k--) {
    const tail = words.slice(k).join(' ');
    if (!addressLike(tail) || holdsPhoneNumber(tail)) break;
    // Not from a digit group or a lower-case word right after a number: in "+39 06 6816 5956 int.
    // 4428" both are the phone's ("5956 int. 4428", "int. 4428").
    const afterNumber = /\d$/.test(words[k - 1]!) && (/^\d+$/.test(words[k]!) || ADDRESS_WORDS.has(words[k]!.toLowerCase()));
    // A word of Latin, Greek or Hebrew letters ("… είναι Ερμού 37", "🏠 אבן גבירול 58").
    if (/[A-Za-z\u0386-\u03CE\u05D0-\u05EA]/.test(tail) && !afterNumber && words[k] !== '') best = tail;
  }
  return best;
}

/** Numeric groups of seven or more digits split by spaces ("061 556 1748"): a phone line, not a street. */
const SPACED_DIGIT_RUN = /[+(]?\d[\d().-]{0,6}(?:[ \t][\d().-]{1,7}){1,4}/g;

/** One token of 9+ digits, or of 7+ digits written with slashes or dots: "089/6562246", "954.734.432". */
const PHONE_TOKEN = /(?<![\d./-])(?:\d[\d./-]{8,}\d|\d{2,5}[./]\d[\d./]{4,}\d)(?![\d./-])/;

function holdsPhoneNumber(segment: string): boolean {
  const token = PHONE_TOKEN.exec(segment);
  if (token && token[0].replace(/\D/g, '').length >= 7) return true;
  for (const m of segment.matchAll(SPACED_DIGIT_RUN)) {
    let digits = 0;
    for (const c of m[0]) if (c >= '0' && c <= '9') digits++;
    if (digits >= 7) return true;
  }
  return false;
}

/**
 * Turkish (and some other) addresses label their numbers with a colon: "Moda Cad. No: 145 D:9",
 * "Kat: 1 Daire: 9". A colon after such a label is part of the street line, not the end of a field.
 */
const UNIT_LABELS = new Set(['no', 'd', 'kat', 'daire', 'blok', 'apt']);
function unitLabelBefore(text: string, colon: number): boolean {
  let i = colon;
  while (i > 0 && colon - i < 6 && isLetter(text.charCodeAt(i - 1))) i--;
  // The label is a word of its own, followed by a number.
  if (i > 0 && isLetter(text.charCodeAt(i - 1))) return false;
  return UNIT_LABELS.has(text.slice(i, colon).toLowerCase()) && /^ ?\d/.test(text.slice(colon + 1, colon + 3));
}

/** Characters that end the text an address may be walked back into. */
function isStop(c: string): boolean {
  return c === ':' || c === '|' || c === '·' || c === ';' || c === '!' || c === '?' || c === '\t' || c === '•' || c === ')';
}

/**
 * Where the address ending with the tail at `tailStart` begins, or -1 when no segment before it
 * holds a house number.
 */
function walkBack(text: string, tailStart: number, floor: number): number {
  let start = tailStart;
  let numbered = false;
  for (let k = 0; k < MAX_SEGMENTS; k++) {
    // The separator: ", ", " - ", "/", a newline (one), a comma — not spaces alone ("0536 Full"
    // is the end of a phone number and a word, not a street line and a postcode).
    let j = start;
    let newlines = 0;
    while (j > floor && start - j < 4) {
      const c = text[j - 1]!;
      if (c === '\n') newlines++;
      else if (c !== ' ' && c !== ',' && c !== '-' && c !== '–') break;
      j--;
    }
    // A dash separates only with a space before it ("Bengaluru - 560038", not "2019–2023 World").
    const separator = text.slice(j, start);
    const marked = separator.includes(',') || separator.includes('\n') || / [-–]/.test(separator);
    if (!marked || newlines > 1 || j <= floor) break;
    // The segment: back to the previous comma or newline, a stop character or a sentence end.
    let b = j;
    while (b > floor && j - b < MAX_SEGMENT) {
      const c = text[b - 1]!;
      if (c === ',' || c === '\n' || (isStop(c) && !(c === ':' && unitLabelBefore(text, b - 1)))) break;
      if (c === '.' && b < text.length && text[b] === ' ' && sentenceEndAt(text, b - 1)) break;
      b--;
    }
    // A segment that runs on (prose before the address on the same line) is cut at MAX_SEGMENT.
    const truncated = j - b >= MAX_SEGMENT;
    while (b < j && text[b] === ' ') b++;
    let segment = text.slice(b, j);
    // "Policy number 3509460158 Flat 160": only the words at the end read as an address.
    let whole = !truncated && addressLike(segment);
    if (whole && (holdsPhoneNumber(segment) || /\d[ \t]{2}/.test(segment))) {
      // "(22) 508 67 22  al. Marszałkowska 3/8": two spaces end the phone's field; the street may
      // follow them. (Not after one space: "347 363 7961 int. 3377" is the phone's extension.) Also
      // after a shorter number ("M 43 87 46  96, Grand-Rue": a six-digit Luxembourg line).
      const field = segment.lastIndexOf('  ');
      segment = field > 0 ? segment.slice(field + 2) : '';
      whole = false;
    } else if (!whole) {
      segment = addressLikeEnd(segment);
      // The house number alone before the street, as French, Québec and Luxembourg write it after prose
      // ("domicilié au 176, rue de Hollerich, …", "based at 29-4820, chemin Sainte-Foy, …").
      // (Not a year: "né le 27 juillet 1975, of …" ends a date.)
      if (segment === '' && k > 0) segment = HOUSE_NUMBER_AT_END.exec(text.slice(b, j))?.[1] ?? '';
      if (/^(?:19|20)\d\d$/.test(segment)) segment = '';
    }
    if (segment === '' || holdsPhoneNumber(segment)) break;
    // Above the street line, a line without a number is the name, job title or company the
    // address belongs to ("Vern Koepp\n879-1924 rue de la Montagne, …"), not part of it.
    if (numbered && newlines > 0 && !/\d/.test(segment)) break;
    // Digits alone at the end of the line above are a house number ("Rodovia Santos, 436") unless
    // that field is a phone number ("M: 1 (780) 691-1483").
    if (newlines > 0 && !/[A-Za-zÀ-ž]/.test(segment) && holdsPhoneNumber(fieldBefore(text, j, Math.max(floor, j - 2 * MAX_SEGMENT)))) break;
    // A date on the line above ("DOB: 30 March 2000") is no street line.
    if (newlines > 0 && isDate(segment)) break;
    if (HOUSE_NUMBER.test(segment)) numbered = true;
    start = j - segment.length;
    if (!whole) break;
  }
  return numbered ? start : -1;
}

/** A day, month name and year: "30 March 2000", "Mar 3, 1998"; or a numeric date ("15.05.85"). */
function isDate(segment: string): boolean {
  if (/^\d{1,2}[./]\d{1,2}[./](?:\d\d){1,2}$/.test(segment)) return true;
  return /(?:19|20)\d\d/.test(segment) && segment.split(/[ \t.,]+/).some((word) => MONTH_NAMES.has(word));
}

/** The field before `end`: back to a line break or a stop character (":", "|" …) other than ")", no further than `floor`. */
function fieldBefore(text: string, end: number, floor: number): string {
  let i = end;
  // (A parenthesis does not end it: "(780) 691-1483" is one number.)
  while (i > floor && text[i - 1] !== '\n' && (text[i - 1] === ')' || !isStop(text[i - 1]!))) i--;
  return text.slice(i, end);
}

/** Long abbreviations of flat and floor words ("Depto. 684", "Apart. 3"): never a sentence end. */
const UNIT_ABBREVIATIONS = new Set(['depto', 'dpto', 'apart', 'apartm', 'appart', 'etage', 'étage', 'andar', 'stock']);

/**
 * A "." that ends a sentence: after a word of five or more letters or a number of three or more
 * digits ("since 2018."), not after an abbreviation ("Av.", "ul.") or a Danish floor ("2. th.").
 */
function sentenceEndAt(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 8 && /[\p{L}\d]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot);
  if (UNIT_ABBREVIATIONS.has(word.toLowerCase())) return false;
  return word.length >= 5 || /^\d{3,}$/.test(word);
}


function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Capitals of ASCII, Latin-1 and Latin Extended-A/B ("İzmir", "Şişli", "Łódź"). */
function isUpper(c: number): boolean {
  if (c < 0x100) return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
  if (c > 0x24f) return false;
  const letter = String.fromCharCode(c);
  return letter !== letter.toLowerCase();
}

function isHebrewLetter(c: number): boolean {
  return c >= 0x5d0 && c <= 0x5ea;
}

function isGreekLetter(c: number): boolean {
  return c >= 0x386 && c <= 0x3ce && c !== 0x387;
}

function isGreekCapital(c: number): boolean {
  return c >= 0x386 && c <= 0x3a9 && c !== 0x387;
}

/**
 * Start of a city of one to three words of one script written before a postcode, one space apart
 * ("Αθήνα 106 80", "תל אביב-יפו 6578901"), each word's first letter passing `first`; -1 otherwise.
 */
function scriptCityBefore(text: string, postcode: number, letter: (c: number) => boolean, first: (c: number) => boolean): number {
  let end = postcode - 1;
  let found = -1;
  for (let words = 0; words < 3 && text[end] === ' '; words++) {
    let i = end;
    // Letters, and a hyphen between two of them ("אביב-יפו").
    while (i > 0 && end - i < 26 && (letter(text.charCodeAt(i - 1)) || (text[i - 1] === '-' && i < end && i > 1 && letter(text.charCodeAt(i - 2))))) i--;
    if (end - i < 2 || !first(text.charCodeAt(i))) break;
    found = i;
    end = i - 1;
  }
  return found;
}

/**
 * Start of the comma- or line-delimited segment that ends with the space at `space` when it reads like
 * an address part (the city before "(C1425BGP)"), or -1.
 */
function segmentBefore(text: string, space: number, floor: number): number {
  if (text[space] !== ' ') return -1;
  let i = space;
  while (i > floor && space - i < MAX_SEGMENT && text[i - 1] !== ',' && text[i - 1] !== '\n' && !isStop(text[i - 1]!)) i--;
  while (i < space && text[i] === ' ') i++;
  if (i === space || space - i >= MAX_SEGMENT) return -1;
  const segment = text.slice(i, space);
  return addressLike(segment) && !/\d/.test(segment) ? i : -1;
}

const CONNECTOR_BEFORE = /[ \t](?:of|de|do|da|del|di)[ \t]$/;
const POSTCODE_LABEL = /(?<![a-z])cod[ \t]po[sșş]tal[ \t]$/i;

/**
 * Start of the city (one to three capitalised words) written before a postcode ("Pune 411001",
 * "Bengaluru - 560038", "West Bengal 700091"), or -1: one space or " - " between them, never a month.
 */
function cityWordBefore(text: string, postcode: number): number {
  // A Romanian postcode after its label, the city before it: "Iași, cod poștal 700259".
  const label = POSTCODE_LABEL.exec(text.slice(Math.max(0, postcode - 12), postcode));
  if (label) return postcode - (label.input.length - label.index);
  let end = postcode - 1;
  if (text[end] !== ' ') return -1;
  if (text[end - 1] === '-' && text[end - 2] === ' ') end -= 2;
  // South African and other four-digit postcodes after a comma: "Cape Town, 8005" (not the start of
  // a period after a company: "Lesch - Haag, 2019–2023").
  else if (text[end - 1] === ',' && /^\d{4}(?![\d–—-])/.test(text.slice(postcode, postcode + 5))) end -= 1;
  let start = capitalisedWordEndingAt(text, end);
  if (start < 0 || MONTH_NAMES.has(text.slice(start, end))) return -1; // "Jul 2016" is a month and a year
  // A city or state of two or three words: "New Delhi 110070", "West Bengal - 700091", "Tamil Nadu 600020".
  for (let words = 1; words < 3 && text[start - 1] === ' '; words++) {
    let word = capitalisedWordEndingAt(text, start - 1);
    // A connector inside a country's or city's name: "Republic of Korea 24672", "Rio de Janeiro".
    const connector = word < 0 ? CONNECTOR_BEFORE.exec(text.slice(Math.max(0, start - 5), start)) : null;
    if (connector) word = capitalisedWordEndingAt(text, start - connector[0].length);
    if (word < 0) break;
    start = word;
  }
  return start;
}

/**
 * Start of the word of 2–25 letters ending at `end`, capitalised (not an abbreviation in capitals:
 * "SD 20241" is a US state and ZIP) and not part of a longer word; -1 otherwise.
 */
function capitalisedWordEndingAt(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 26 && isLetter(text.charCodeAt(start - 1))) start--;
  if (end - start < 2 || end - start > 25 || (start > 0 && isLetter(text.charCodeAt(start - 1))) || !isUpper(text.charCodeAt(start))) return -1;
  for (let i = start + 1; i < end; i++) if (isUpper(text.charCodeAt(i))) return -1;
  return start;
}

export function postalTailAddresses({ text, context }: ScanInput): Candidate[] {
  const tails: { start: number; end: number }[] = [];
  for (const m of text.matchAll(POSTAL_TAIL)) {
    let start = m.index;
    const six = m.groups?.['six'];
    if (six !== undefined) {
      // Six digits between two capitalised words: an Indian PIN after its city ("Chennai 600102 Flat
      // 469, …") ends the address before it; a Romanian postcode starts its city ("400129 Cluj-Napoca").
      const city = cityWordBefore(text, start);
      if (city >= 0) {
        tails.push({ start: city, end: start + six.length });
        continue;
      }
    } else if (m.groups?.['pin'] !== undefined) {
      // Every year in a CV reaches this branch: the city is checked by hand, without a regex.
      start = cityWordBefore(text, start);
      if (start < 0) continue;
    } else if (m.groups?.['twCity'] !== undefined) {
      start = cityWordBefore(text, start);
      if (start < 0) continue;
    } else if (m.groups?.['greekPin'] !== undefined) {
      start = scriptCityBefore(text, start, isGreekLetter, isGreekCapital);
      if (start < 0) continue;
    } else if (m.groups?.['hebrewPin'] !== undefined) {
      start = scriptCityBefore(text, start, isHebrewLetter, isHebrewLetter);
      if (start < 0) continue;
    } else if (m.groups?.['parenCpa'] !== undefined) {
      // "Martínez, Buenos Aires (B1640)": the city is the segment before the parenthesis.
      start = segmentBefore(text, start - 1, 0);
      if (start < 0) continue;
    } else if (m.groups?.['ukPostcode'] !== undefined) {
      // The town may sit before the postcode on its line ("Brighton BN1 6PB") or on the line above.
      const before = text.slice(Math.max(0, start - CITY_LOOKBACK), start);
      const city = CITY_BEFORE_STATE.exec(before);
      if (city) start -= before.length - city.index;
    } else if (m.groups?.['state'] !== undefined) {
      const before = text.slice(Math.max(0, start - CITY_LOOKBACK), start);
      const city = CITY_BEFORE_STATE.exec(before);
      if (!city) continue;
      start -= before.length - city.index;
    }
    tails.push({ start, end: m.index + m[0].length });
  }
  tails.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: Candidate[] = [];
  // An address never reaches back over the tail of the address before it.
  let floor = 0;
  for (const tail of tails) {
    if (tail.start < floor) continue; // a shorter reading of a tail already taken
    const start = walkBack(text, tail.start, floor);
    if (start < 0) continue;
    floor = tail.end;
    found.push({ type: 'ADDRESS', start, end: tail.end, confidence: clampConfidence(0.9 + (context.has('address', start, tail.end) ? 0.1 : 0)) });
  }
  return found;
}
