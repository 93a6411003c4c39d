import type * as Libphonenumber from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { loadOnFirstUse } from '../../loading/load-on-first-use.js';
import { looksLikeDate } from '../numeric-lookalikes.js';
import type { Candidate } from '../sensitive-types.js';
import { CONTEXT_WINDOW_BEFORE, NAMED_BY_CUE_GAP, labelDistance, namedAcrossClause } from '../context-words.js';
import { clampConfidence, type Recognizer, type ScanInput } from './recognizer.js';

/**
 * Phone numbers as people write them, with or without a cue word: `(555) 123-4567`,
 * `555.123.4567`, `+1-555-123-4567`, `+44 20 7946 0958`, `020 7946 0958`, `010-1234-5678`,
 * `089/7408396`, `06 12 34 56 78`, with an optional extension (`x123`, `ext. 12`, `내선 123`).
 *
 * Two stages keep this linear and precise:
 * 1. A cheap regex finds short phone-shaped windows (an optional '+' or '(', then 7–15 digits
 *    mixed with space/dash/dot/slash/parentheses, at most 28 characters). Plausibility rules on
 *    the digit groups reject what CVs are full of: dates, periods, versions, IPs, ISBNs, part and
 *    business numbers, amounts, order ids.
 * 2. libphonenumber-js decides whether the digits can be a number of some region. We do not ask
 *    for *validity* (assigned ranges): people write fictional and not-yet-assigned numbers such as
 *    (555) 123-4567, and D4 must still hide them. We ask whether the length is *possible* for the
 *    written calling code, or — for national numbers — for one of several regions tried in turn
 *    (the user's region first), using the text search with POSSIBLE leniency (`extended: true`).
 */
/**
 * libphonenumber-js with its full metadata (≈ 165 ms of CPU to load): loaded by the first text checked,
 * not at start-up (issue #18, warm start to /readyz).
 */
const libphonenumber = loadOnFirstUse<typeof Libphonenumber>(import.meta.resolve('libphonenumber-js/max'));

/**
 * Dash look-alikes people (and word processors) put between digit groups: hyphen, non-breaking hyphen,
 * minus and the full-width hyphen of CJK input (`010－5573－3299`); read as "-". Not the en dash, which
 * joins ranges ("2019–2021").
 */
const DASH_LOOKALIKES = /[\u2010\u2011\u2212\uFF0D]/g;
/**
 * A window never ends in a group that a colon and digits follow: that group is a clock's hour ("[03.07.26 07:05]", a
 * chat export's time stamp; "0471 234 567 10:30"), and the window stops before it.
 */
const PHONE_WINDOW = /(?=[+(\d])(?<![A-Za-z0-9+\-/.\u2010\u2011\u2212\uFF0D])[+(]?\d[\d ()./\-\u2010\u2011\u2212\uFF0D]{5,26}\d(?![A-Za-z0-9]|[./:\-\u2010\u2011\u2212\uFF0D]\d)/g;

/** An extension written right after the number. Sticky: tried only at the window's end. */
const EXTENSION = /[ \t]{0,3}(?:x|ext\.?|extn\.?|extension|extensão|extensión|poste|int\.|interno|ramal|wew\.|lokal|innanhúss|داخلي|내선)[ \t]{0,3}\d{1,6}(?![a-z0-9])/iy;

/** Regions tried for national numbers that start with the trunk prefix 0 (never NANP). */
const TRUNK_ZERO_REGIONS: readonly CountryCode[] = ['KR', 'GB', 'DE', 'FR', 'NL', 'IT', 'AU', 'JP', 'CH', 'AT', 'BE', 'SE', 'IE', 'NZ', 'IN', 'BR', 'HU', 'AR', 'ID', 'UA', 'HR', 'IL'];
/**
 * Regions tried for national numbers without a trunk prefix: NANP, Spain, and the countries whose
 * numbers are written without one (Italian mobiles 3xx, Poland, Denmark, Brazil's "(11) 91234-5678",
 * Indian mobiles "98765 43210").
 */
const NO_TRUNK_REGIONS: readonly CountryCode[] = ['US', 'ES', 'IT', 'PL', 'DK', 'BR', 'IN', 'PT', 'SG', 'AR', 'GR', 'LV'];
/**
 * A bare run without a trunk prefix is tried in NANP, Spain, Portugal and Singapore only (9 and 8
 * digits; all need a cue): a 12-digit payroll number is possible in Brazil.
 */
const BARE_NO_TRUNK_REGIONS: readonly CountryCode[] = ['US', 'ES', 'PT', 'SG'];

/** Regions of the North American Numbering Plan, where no national number starts with 0. */
const NANP: ReadonlySet<CountryCode> = new Set(['US', 'CA', 'PR', 'GU', 'VI', 'AS', 'MP']);

/** Everything about a window that depends only on its text (memoised per call). */
interface PhoneShape {
  international: boolean;
  /** Written with the 00 access code ("00351 …"): as easily a reference number that starts with 00, so names still veto it. */
  accessCode: boolean;
  /** Written as one bare run of digits ("01012345678"): needs a cue unless it is unmistakable. */
  bare: boolean;
  /** Bare, but a Korean mobile (01X) or a trunk-prefixed number of full length. */
  unmistakable: boolean;
  /** A layout that is also an SSN/business-number layout (3-2-4, 3-2-5): only with a cue. */
  needsCue: boolean;
  /** Read only as a valid number of a region the document names: below an id read from its own layout. */
  documentRegion?: boolean;
}

export const recognizePhones: Recognizer = ({ text, context, defaultCountry, fallbackCountries }) => {
  const found: Candidate[] = [];
  const nationalRegions = regionOrder(defaultCountry, fallbackCountries, documentRegions(text));
  // libphonenumber costs 10–50 µs per window and documents repeat their numbers (a contact line in
  // every page header): each distinct window is analysed once per call.
  const shapesByWindow = new Map<string, PhoneShape | null>();
  const windows = new RegExp(PHONE_WINDOW);
  const shapeOf = (window: string): PhoneShape | null => {
    let shape = shapesByWindow.get(window);
    if (shape === undefined) {
      shape = analyseWindow(window.replace(DASH_LOOKALIKES, '-'), nationalRegions);
      shapesByWindow.set(window, shape);
    }
    return shape;
  };
  /** Where the last re-look (see below) resumes scanning, or -1, and where the rejected window began. */
  let relookFrom = -1;
  let relookOrigin = -1;
  for (let m = windows.exec(text); m !== null; m = windows.exec(text)) {
    const start = m.index;
    let window = m[0];
    let shape = shapeOf(window);
    // "Tel 089 745 6389. 16 Clontarf Road": the window ran over a sentence end (or into a
    // parenthesis) up to the next number; the part before it is the phone.
    const sentenceEnd = firstSentenceEnd(window, shape === null);
    if (sentenceEnd > 0) {
      const head = window.slice(0, sentenceEnd);
      const headShape = /\d\)?$/.test(head) ? shapeOf(head) : null;
      // Only a head that is a phone on its own layout: a 4-4-4 or bare head is as likely an id
      // number ending a sentence ("Aadhaar 2984 4886 3364. Tel …"), which stays unread here as before.
      // Two spaces are no sentence end: any head before them is read as a number of its own ("FAX FROM 24265997    14/09").
      const gap = window.startsWith('  ', sentenceEnd);
      if (headShape !== null && (gap || (!headShape.needsCue && !headShape.bare))) [window, shape] = [head, headShape];
    }
      // A re-looked window right after a digit group of a number named as something else ("Order no.
    // 178 006 8327" → "006 8327") is that number's tail, not a number of its own.
    // The same holds for any re-looked window joined to the rejected digits by the same space it
    // uses inside ("1 85 05 78 006 084 36" → "78 006 084 36"); "20241 440-600-5124" keeps its phone.
    const afterDigits = relookFrom >= 0 && start >= relookFrom && /\d[ \t]$/.test(text.slice(Math.max(0, start - 2), start));
    const tailOfRejected = afterDigits && (window.includes(' ') || namedAsOtherNumber(context, relookOrigin));
    // A number a phone word names ("Mobile: 996 80 81", "Sími⏎780 0362") in a layout of a region no list
    // holds: its grouping, not its region, decides.
    if (shape === null && !tailOfRejected && context.names('phone', start, NAMED_BY_CUE_GAP)) shape = namedNumberShape(window);
    else if (shape === null && !tailOfRejected && contactAfterName(text, start, start + window.length)) {
      const named = namedNumberShape(window);
      if (named && !named.bare) shape = named;
    }
    if (shape === null || tailOfRejected || precededByAmountOrId(text, start) || followedByUnit(text, start + window.length)) {
      // The window may have swallowed an unrelated number before the real one ("320-16 /
      // 02-703-0800"): look again from the next space-separated group. Windows are at most 28
      // characters, so each character is re-read a bounded number of times.
      const nextGroup = m[0].indexOf(' ');
      if (nextGroup > 0) {
        if (!tailOfRejected) relookOrigin = start;
        windows.lastIndex = relookFrom = start + nextGroup + 1;
      }
      continue;
    }
    if (window.length < m[0].length) windows.lastIndex = start + window.length;
    relookFrom = -1;
    let end = start + window.length;
    EXTENSION.lastIndex = end;
    const extension = EXTENSION.exec(text);
    if (extension) end += extension[0].length;
    // (Not a phone word after the number that names a value of its own: "… 492616435.⏎Reachable on +977 98…",
    // nor one before it that named an earlier line's number: "Tél.⏎697403885⏎Identity document: 189-413-156".)
    const phoneCue = labelDistance(text, context, 'phone', start, end, true);
    const cued = phoneCue !== Infinity;
    if ((shape.bare && !shape.unmistakable && !cued) || (shape.needsCue && !cued)) continue;
    // "Order 878390935", "invoice 09592649238": a bare run named as a reference nearer than any
    // phone cue is that reference, even when it would pass as a trunk-prefixed number. A grouped
    // national number only when the reference word directly precedes it ("Ticket 267-834-122").
    // (Only a reference word before the number: "Phone: 0466113736\nBooking reference …" is a phone.)
    const referenceEnd = context.endBefore('reference', start);
    // Not when another number stands between ("Adószám: 97068553-1-05.⏎⏎Elérhetőségem: 06705542544"):
    // the reference word named that one.
    if (shape.bare && referenceEnd >= 0 && start - referenceEnd < phoneCue && !/\d/.test(text.slice(referenceEnd, start))) continue;
    const national = !shape.international || shape.accessCode;
    if (national && !cued && context.names('reference', start, NAMED_BY_CUE_GAP)) continue;
    // "The reference number you gave me was 868 399 172": a reference word that a clause of plain
    // words ties to the number names it too, unless a phone cue is nearer.
    if (national && referenceEnd >= 0 && start - referenceEnd < phoneCue && namedAcrossClause(text, referenceEnd, start)) continue;
    // "Membership no. 415-555-0132", "Licence no. 0412 345 678": a word naming the number right
    // before it says what it is, even with a phone cue elsewhere in the line — unless a phone cue
    // names it too.
    if (national && namedAsOtherNumber(context, start) && !context.names('phone', start, NAMED_BY_CUE_GAP)) continue;
    // "Cuenta monetaria: 6770574423", "Licence number (drivers only) – 3-827-2288": the whole label of the
    // number's own line names another kind of number, however many words stand between its cue and the value.
    if (national && ownLabelNamesOtherNumber(text, context, start)) continue;
    let confidence = shape.international ? 0.85 : shape.bare || shape.documentRegion ? 0.7 : 0.8;
    if (cued) confidence += 0.1;
    found.push({ type: 'PHONE', start, end, confidence: clampConfidence(confidence) });
  }
  return found;
};

/**
 * Index of the first ". " or of two spaces in a window (a number has neither: "From:  +977 61 550778    07/02/2027"
 * is a fax header's number, then its date), or — when the whole window is no number — of the first " ("
 * ("+82 10-8900-6541 (01421) 대전…"); -1 when there is none.
 */
function firstSentenceEnd(window: string, rejected: boolean): number {
  const ends = [window.indexOf('. '), rejected ? window.indexOf(' (', 1) : -1, window.indexOf('  ')].filter((i) => i >= 0);
  return ends.length === 0 ? -1 : Math.min(...ends);
}

function namedAsOtherNumber(context: ScanInput['context'], start: number): boolean {
  return (
    context.names('reference', start, NAMED_BY_CUE_GAP) ||
    // "bank account 8729638306", "하나은행 086-558865-33423": the account recognizer's number.
    context.names('bankAccount', start, NAMED_BY_CUE_GAP) ||
    context.names('driverLicense', start, NAMED_BY_CUE_GAP) ||
    context.names('licenceWord', start, NAMED_BY_CUE_GAP) ||
    context.names('passport', start, NAMED_BY_CUE_GAP) ||
    // "(routing 078495183)": a bank's routing number.
    context.names('routing', start, NAMED_BY_CUE_GAP)
  );
}

/** Kinds of cue that name a number as something other than a phone (`namedAsOtherNumber`). */
const OTHER_NUMBER_KINDS = ['reference', 'bankAccount', 'driverLicense', 'licenceWord', 'passport', 'routing'] as const;
/** A line's label before its value: words, a form's note, then a separator — no digit, comma or inner colon. */
const OWN_LINE_LABEL = /^[^\d,:\n]{2,48}(?::[ \t]*)?$/;

/**
 * Whether the number is the value of its line's label ("Cuenta No. – ", "No. de licencia\t") and a cue in that
 * label names another kind of number, with no phone cue in it ("Teléfono de la cuenta: " stays a phone).
 */
function ownLabelNamesOtherNumber(text: string, context: ScanInput['context'], start: number): boolean {
  // Looked for only within the window (a text without line breaks must not be scanned back to its start each time).
  const from = Math.max(0, start - CONTEXT_WINDOW_BEFORE - 1);
  const lineStart = text.slice(from, start).lastIndexOf('\n') + 1 + from;
  if ((lineStart === from && from > 0) || !OWN_LINE_LABEL.test(text.slice(lineStart, start))) return false;
  if (context.endBefore('phone', start) >= lineStart) return false;
  return OTHER_NUMBER_KINDS.some((kind) => context.endBefore(kind, start) >= lineStart);
}

interface RegionOrder {
  trunk: CountryCode[];
  noTrunk: CountryCode[];
  bareNoTrunk: CountryCode[];
  /** Regions the document itself names (see `documentRegions`): any region of libphonenumber's metadata. */
  document: CountryCode[];
}

function regionOrder(defaultCountry: CountryCode, fallbacks: readonly CountryCode[], document: CountryCode[]): RegionOrder {
  const unique = (list: CountryCode[]): CountryCode[] => [...new Set(list)];
  return {
    trunk: unique([...(NANP.has(defaultCountry) ? [] : [defaultCountry]), ...fallbacks.filter((c) => !NANP.has(c)), ...TRUNK_ZERO_REGIONS]),
    noTrunk: unique([defaultCountry, ...NO_TRUNK_REGIONS]),
    bareNoTrunk: unique([defaultCountry, ...BARE_NO_TRUNK_REGIONS]),
    document,
  };
}

interface MetadataRegions {
  /** Every region of libphonenumber's metadata by its calling code ("98" → IR; "1" → the NANP regions). */
  byCallingCode: Map<string, CountryCode[]>;
  all: Set<string>;
}
let metadataRegions: MetadataRegions | undefined;

/** Built from the metadata on first use, with it. */
function regionsOfMetadata(): MetadataRegions {
  if (metadataRegions) return metadataRegions;
  const { getCountries, getCountryCallingCode } = libphonenumber();
  const byCallingCode = new Map<string, CountryCode[]>();
  for (const region of getCountries()) {
    const code = getCountryCallingCode(region);
    byCallingCode.set(code, [...(byCallingCode.get(code) ?? []), region]);
  }
  metadataRegions = { byCallingCode, all: new Set<string>(getCountries()) };
  return metadataRegions;
}
/** Country-code top-level domains that are not their region's code. */
const TLD_REGION: Readonly<Record<string, string>> = { UK: 'GB' };
/** At most this many regions from one document: the first ones named. */
const MAX_DOCUMENT_REGIONS = 4;

/**
 * The regions a document names itself: the calling code of a number written with "+" ("+98 21 …" → IR,
 * "+977-1-…" → NP) and the country-code domain of an e-mail address ("@wlink.com.np" → NP, "@bluewin.ch"
 * → CH). People who write one number of their country with "+" write the next without it ("0912 345
 * 6789", "982-6144616"), in that country's layout: such a number is read as that region's number, but
 * only when libphonenumber's metadata says it is a *valid* one (an assigned range), not merely possible.
 * NANP (+1) adds nothing: it is tried anyway.
 */
function documentRegions(text: string): CountryCode[] {
  const regions = new Set<CountryCode>();
  for (let i = text.indexOf('+'); i >= 0 && regions.size < MAX_DOCUMENT_REGIONS; i = text.indexOf('+', i + 1)) {
    let code = '';
    for (let j = i + 1; j < text.length && j <= i + 3 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57; j++) {
      code += text[j];
      const named = regionsOfMetadata().byCallingCode.get(code);
      if (named) {
        if (code !== '1') for (const region of named) regions.add(region);
        break;
      }
    }
  }
  for (let at = text.indexOf('@'); at >= 0 && regions.size < MAX_DOCUMENT_REGIONS; at = text.indexOf('@', at + 1)) {
    let end = at + 1;
    while (end < text.length && end - at < 64 && /[A-Za-z0-9.-]/.test(text[end]!)) end++;
    while (end > at && text[end - 1] === '.') end--;
    // The top-level domain: two letters after the last dot (looked for only within the domain: linear).
    const dot = end - 3;
    if (dot <= at || text[dot] !== '.') continue;
    const tld = text.slice(dot + 1, end).toUpperCase();
    const region = TLD_REGION[tld] ?? tld;
    if (regionsOfMetadata().all.has(region)) regions.add(region as CountryCode);
  }
  return [...regions];
}

/** Four dotted octets (0–255, no leading zero): an IPv4 address, never a phone ("061.574.74.62" is one). */
function isIpv4(window: string, groups: readonly string[]): boolean {
  return groups.length === 4 && /^[\d.]+$/.test(window) && groups.every((g) => g.length <= 3 && +g <= 255 && (g.length === 1 || g[0] !== '0'));
}

/**
 * A national number in a layout the grouping rules do not know, read in a region the document names
 * ("301 2770360" in a Colombian letter, "024.876.97.77" in a Belgian one): valid there, at most five
 * groups. A bare run counts as unmistakable only when it is a valid mobile of 10+ digits.
 */
function documentRegionShape(window: string, groups: readonly string[], regions: readonly CountryCode[]): PhoneShape | null {
  if (regions.length === 0 || groups.length > 5 || isIpv4(window, groups) || !plausibleDocumentGrouping(window, groups)) return null;
  const digits = groups.join('');
  for (const region of regions) {
    const parsed = libphonenumber().parsePhoneNumberFromString(digits, region);
    if (!parsed?.isValid() || parsed.country !== region) continue;
    const bare = groups.length === 1;
    const unmistakable = !bare || (digits.length >= 10 && parsed.getType() === 'MOBILE');
    return { international: false, accessCode: false, bare, unmistakable, needsCue: false, documentRegion: true };
  }
  return null;
}

/**
 * A national number a phone word names right before it, in a layout the grouping rules do not know: seven to
 * twelve digits in at most five groups the document-region reading accepts, or one bare run (bare still needs
 * the cue, which it has). No region is asked: the word says what the number is.
 */
function namedNumberShape(rawWindow: string): PhoneShape | null {
  const window = rawWindow.replace(DASH_LOOKALIKES, '-');
  const groups = window.match(/\d+/g)!;
  const digitCount = groups.join('').length;
  if (digitCount < 7 || digitCount > 12 || groups.length > 5 || window.startsWith('+') || isIpv4(window, groups)) return null;
  if (looksLikeDate(window) || DAY_MONTH_YEAR.test(window) || !plausibleDocumentGrouping(window, groups)) return null;
  return { international: false, accessCode: false, bare: groups.length === 1, unmistakable: true, needsCue: false };
}

/** A label, then a name or firm and a comma, right before the number: "Witness: Helga Jónsdóttir, ". */
const LABEL_NAME_COMMA = /:[ \t]*\p{Lu}[\p{L}.'’-]*(?:,? [\p{L}.'’&-]+){0,5},[ \t]*$/u;
/** How far back the label of a contact line may start. */
const CONTACT_LINE_REACH = 80;

/**
 * "6. Witness: Helga Jónsdóttir, 505 6690", "Employer: Fogo Agro, Lda, 222 86 60": a label's value that names
 * a person or firm and then gives a grouped number ending the line is that contact's number, in whatever
 * region's layout.
 */
function contactAfterName(text: string, start: number, windowEnd: number): boolean {
  const from = Math.max(0, start - CONTACT_LINE_REACH);
  const before = text.slice(from, start);
  const lineStart = before.lastIndexOf('\n');
  if (lineStart < 0 && from > 0) return false;
  if (!LABEL_NAME_COMMA.test(before.slice(lineStart + 1))) return false;
  EXTENSION.lastIndex = windowEnd;
  const end = EXTENSION.exec(text) ? EXTENSION.lastIndex : windowEnd;
  return /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 3));
}

/**
 * What the document-region reading still refuses: a year first ("2303.03594", "2026-40903", "1960. 07. 24"),
 * short or dotted runs that are postcodes, versions or amounts,
 * a first group of 6+ digits or a last of one ("520231-5120645", "51-084605-8"), a parenthesis inside
 * ("1.20.1282 (2019"), thousands ("43.682.000") and slashed tax numbers ("86/728/86351").
 */
function plausibleDocumentGrouping(window: string, groups: readonly string[]): boolean {
  // Seven digits only in groups apart by spaces ("996 80 81", "780 0362"): "150-0002" is a Japanese postcode.
  const minDigits = groups.length > 1 && /^[\d ]+$/.test(window) ? 7 : 8;
  if (groups.length === 1) return true;
  const first = groups[0]!;
  if (first.length > 5 || groups[groups.length - 1]!.length < 2 || /^(?:19|20)\d\d$/.test(first)) return false;
  if (window.indexOf('(', 1) > 0 || /^\d{1,3}(?:[.,]\d{3})+$/.test(window)) return false;
  // Eight digits at least (seven in spaced groups, above); dotted only as 3+ groups of 2+ digits
  // (versions "1.20.1282", builds "2754.182" and amounts "10233.73" are not).
  if (groups.join('').length < minDigits) return false;
  if (/^[\d.]+$/.test(window) && (groups.length < 3 || groups.some((g) => g.length < 2))) return false;
  return !(groups.length === 3 && window.split('/').length === 3);
}

/** "#5339299024", "$150000", "No. 12345678": an id or an amount, not a phone number. */
function precededByAmountOrId(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0) return false;
  // Inside a sequence of 4-character groups with digits (an IBAN or card the other recognizers rejected).
  const previousGroup = i >= 3 && start - i === 2 ? text.slice(i - 3, i + 1) : '';
  if (/^[A-Z0-9]{4}$/.test(previousGroup) && /\d/.test(previousGroup) && (i === 3 || /\s/.test(text[i - 4]!))) return true;
  // The rest of an IBAN whose head ("IL15") the IBAN recognizer rejected.
  if (i >= 3 && /[A-Z]{2}\d\d/.test(text.slice(i - 3, i + 1)) && (i === 3 || !/[A-Za-z0-9]/.test(text[i - 4]!))) return true;
  const c = text[i]!;
  return c === '#' || c === '$' || c === '€' || c === '£' || c === '₩' || c === '¥' || c === '№';
}

/** "12345678%", "1234567원": a quantity. */
function followedByUnit(text: string, end: number): boolean {
  const c = text[end];
  return c === '%' || c === '원' || c === '건' || c === '명' || c === '년' || c === '억' || c === '만';
}

/** A day, month and year, also a Thai Buddhist-era year ("21/11/2530" is 1987). */
const DAY_MONTH_YEAR = /^\d{1,2}[./-]\d{1,2}[./-](?:19|20|25)\d\d$/;
/** A date with a time after it ("2026-06-15 11:55", "통화일시 2026-05-11 12:29", a fax header's "24/04/2027 16:53"): the window took the hour. */
const DATE_FIRST = /^(?:(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d)[ T]/;

function analyseWindow(window: string, regions: RegionOrder): PhoneShape | null {
  const groups = window.match(/\d+/g)!;
  const digitCount = groups.reduce((n, g) => n + g.length, 0);
  if (digitCount < 7 || digitCount > 15 || looksLikeDate(window) || DAY_MONTH_YEAR.test(window) || DATE_FIRST.test(window)) return null;
  // Dotted numbers are versions (2.10.3.1) or IPv4 addresses unless grouped like 555.123.4567 — or valid in a
  // region the document names ("061.574.74.62" in a Swiss letter).
  if (window.includes('.') && !window.includes(' ') && (groups.length >= 4 ? !groups.slice(1).every((g) => g.length === 2) : groups.some((g) => g.length < 3))) {
    return window.startsWith('+') ? null : documentRegionShape(window, groups, regions.document);
  }
  const international = window.startsWith('+');
  if (international) {
    const parsed = libphonenumber().parsePhoneNumberFromString(window);
    // The calling code is the first group, or runs into the trunk 0 of the next as Ukrainians write it
    // ("+38 (066) 465-17-70" is +380 66 465 17 70).
    const code = parsed?.countryCallingCode ?? '';
    const next = groups[1] ?? '';
    const codeWritten = groups[0]!.startsWith(code) || (next.startsWith('0') && code.startsWith(groups[0]!) && `${groups[0]}${next}`.startsWith(code));
    if (!parsed?.isPossible() || !codeWritten) return null;
    return { international: true, accessCode: false, bare: false, unmistakable: true, needsCue: false };
  }
  // "00351 967 503 634", "0044 20 7946 0958": the international access code most of the world
  // dials instead of "+", written right before the calling code and grouped apart from the rest.
  if (/^00[1-9]\d{0,2}[ .-]/.test(window)) {
    const parsed = libphonenumber().parsePhoneNumberFromString(`+${window.slice(2)}`);
    if (parsed?.isPossible() && groups[0]!.slice(2) === parsed.countryCallingCode) {
      return { international: true, accessCode: true, bare: false, unmistakable: true, needsCue: false };
    }
  }
  // A bare run that only a cue would make a phone is unmistakable when it is a valid mobile of the document's region.
  const national = nationalShape(window, groups, digitCount, regions);
  if (national && !(national.bare && !national.unmistakable)) return national;
  return documentRegionShape(window, groups, regions.document) ?? national;
}

function nationalShape(window: string, groups: readonly string[], digitCount: number, regions: RegionOrder): PhoneShape | null {
  if (!plausibleNationalGrouping(window, groups)) return null;
  const trunk = groups[0]!.startsWith('0');
  // NANP: area code and exchange never start with 0 or 1 (123-456-7890 is a placeholder, not a
  // number); the exchange is not checked, so fictional 555 numbers are still caught.
  // (A two-digit first group is a Brazilian area code, "(11) 2018-4674", not a NANP one.)
  if (!trunk && digitCount === 10 && groups[0]!.length !== 2 && !/^[2-9]/.test(groups[0]!)) return null;
  if (!trunk && digitCount === 11 && groups[0] === '1' && !/^[2-9]/.test(groups[1] ?? '')) return null;
  const bare = groups.length === 1;
  if (!possibleInSomeRegion(window, trunk ? regions.trunk : bare ? regions.bareNoTrunk : regions.noTrunk)) return null;
  const sizes = groups.map((g) => g.length).join('-');
  return {
    international: false,
    accessCode: false,
    bare,
    unmistakable: /^01[016789]\d{7,8}$/.test(window) || (trunk && digitCount >= 10 && digitCount <= 11),
    // 3-2-4 / 3-2-5 are SSN and business-number layouts; 4-4-4 is how IBANs and cards are grouped.
    needsCue: sizes === '3-2-4' || sizes === '3-2-5' || (groups.length >= 3 && groups.every((g) => g.length === 4)),
  };
}

/**
 * How national numbers are grouped: an area or trunk group of at most 5 digits, then groups of at
 * least 2; four or more groups only as pairs (06 12 34 56 78, 960 68 69 02) or as the NANP
 * 1-800-555-0132. Everything else — 952-310-2566-10, 978-3-16-148410-0, 2023-01909,
 * 10.12.197.193 — is a part number, an ISBN, a ticket or an address of another kind.
 */
function plausibleNationalGrouping(window: string, groups: readonly string[]): boolean {
  if (groups.length === 1) return true;
  const [first, ...rest] = groups;
  const last = rest[rest.length - 1]!.length;
  // An Indian trunk-prefixed mobile is written 0 + 5 + 5 ("098765 43210").
  const indianTrunkMobile = groups.length === 2 && first!.length === 6 && /^0[6-9]/.test(first!) && last === 5;
  if ((first!.length > 5 && !indianTrunkMobile) || last < 2) return false;
  // Two groups: area + subscriber (089/7408396, 0151 74615621); three: area, exchange, line. Without
  // a trunk prefix only a Danish 8-digit number in halves (3312 3456) or an Indian mobile in halves
  // (98765 43210).
  // A Greek landline in area + subscriber (2310 819947, 210 2934567) is ten digits starting with 2.
  const greek = groups.length === 2 && first!.length + last === 10 && first!.length >= 3 && first!.length <= 4 && first!.startsWith('2');
  const halves =
    greek ||
    (groups.length === 2 && ((first!.length === 4 && last === 4 && /^[2-9]\d{3} \d{4}$/.test(window)) || (first!.length === 5 && last === 5 && /^[6-9]/.test(first!))));
  if (groups.length === 2 && !halves && (last < 4 || !first!.startsWith('0'))) return false;
  if (groups.length === 3 && (last < 3 || (last > 4 && !first!.startsWith('0')))) return false;
  if (groups.length === 3 && /^(?:19|20)\d\d$/.test(first!) && !window.startsWith('(')) return false; // 2023-01-909, 2024.05.1234
  if (groups.length === 2 && /^(?:19|20)\d\d$/.test(first!) && /^[12]\d{3}[.-]/.test(window)) return false; // 2023-01909
  if (groups.length >= 4) {
    // Hungarian: trunk 06, area, then 3 + 3/4 ("06 70 244 8393", "(06 1) 337 2749"); Argentine mobiles:
    // area, the mobile prefix 15, then 3/4 + 4 ("341 15 344-2500", "0351 15-833-7136", "11 15 2361-5704").
    const hungarian = groups.length === 4 && first === '06' && rest[0]!.length <= 2 && rest[1]!.length === 3 && rest[2]!.length >= 3 && rest[2]!.length <= 4;
    const argentine = groups.length === 4 && !window.includes('.') && first!.length <= 4 && rest[0] === '15' && rest[1]!.length >= 3 && rest[1]!.length <= 4 && rest[2]!.length === 4;
    if (hungarian || argentine) return true;
    const pairs = rest.every((g) => g.length === 2);
    const nanpWithOne = groups.length === 4 && first === '1' && rest[0]!.length === 3 && rest[1]!.length === 3 && rest[2]!.length === 4;
    // Swedish and Polish numbers: area, then a group of three, then pairs or a three and a pair
    // (070-123 45 67, 08-604 157 46, 22 347 19 05).
    // (A 3-digit third group only after the Swedish trunk 0: "78 006 084 36" is the tail of a French NIR.)
    const third = rest[1]!.length;
    const nordic = groups.length === 4 && first!.length <= 3 && rest[0]!.length === 3 && (third === 2 || (third === 3 && first!.startsWith('0'))) && rest[2]!.length === 2;
    if (!pairs && !nanpWithOne && !nordic) return false;
  }
  return true;
}

function possibleInSomeRegion(window: string, regions: readonly CountryCode[]): boolean {
  for (const country of regions) {
    // Fast path: the window is exactly one number (~8 µs); the text search (~50 µs) only when not.
    const whole = libphonenumber().parsePhoneNumberFromString(window, country);
    if (whole?.isPossible()) return true;
    // `extended` is libphonenumber's POSSIBLE leniency: possible length, not an assigned range.
    const hits = libphonenumber().findPhoneNumbersInText(window, { defaultCountry: country, extended: true });
    if (hits.some((h) => h.startsAt === 0 && h.endsAt === window.length)) return true;
  }
  return false;
}
