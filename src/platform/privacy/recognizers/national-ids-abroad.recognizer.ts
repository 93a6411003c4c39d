import type { ContextKind } from '../context-words.js';
import { CONTEXT_WINDOW_AFTER, CONTEXT_WINDOW_BEFORE, NAMED_BY_CUE_GAP, namedAcrossClause } from '../context-words.js';
import {
  isValidAadhaar,
  isValidCanadianSin,
  isValidChineseResidentId,
  isValidDutchBsn,
  isValidFrenchNir,
  isValidGermanTaxId,
  isValidIndianPan,
  isValidItalianFiscalCode,
  isValidJapaneseMyNumber,
  isValidSpanishDniOrNie,
  isValidUkNino,
} from '../national-id-checks.js';
import type { Candidate, SensitiveType } from '../sensitive-types.js';
import { clampConfidence, type Recognizer, type ScanInput } from './recognizer.js';

/**
 * National identity numbers of other countries (Korea's and the US's have their own recognizer).
 *
 * Two families:
 * - Numbers whose layout and check are specific enough to stand alone (letters in fixed places,
 *   18 digits with a birth date, a 15-digit NIR with its mod-97 key): scanned everywhere with one
 *   bounded regex each; a name cue nearby raises the confidence.
 * - Purely numeric numbers (SIN, BSN, Steuer-ID, Aadhaar, My Number): 9–12 digits with a one-in-ten
 *   or one-in-eleven check would turn every tenth order number into an ID, and SIN/BSN or
 *   Aadhaar/My Number share lengths. They are reported only next to their own name, and only the
 *   windows around those cues are scanned, so text without such cues costs nothing here.
 */

interface StandaloneScheme {
  type: SensitiveType;
  pattern: RegExp;
  valid: (compact: string) => boolean;
  /** Confidence without a cue; a `nationalId` cue (or the scheme's own) adds 0.15. */
  confidence: number;
}

/** Separators inside a written number: none, or one space (NINO, NIR), dash (DNI letter). */
const STANDALONE: readonly StandaloneScheme[] = [
  {
    // "1 85 05 78 006 084 36" or 15 digits; Corsican départements 2A/2B.
    type: 'FR_NIR',
    pattern: /(?<![\w+.-]|\d )[1278] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w+]|[-.]\d| \d)/g,
    valid: isValidFrenchNir,
    confidence: 0.8,
  },
  {
    type: 'IT_FISCAL_CODE',
    pattern: /\b[A-Z]{6}[\dL-NP-V]{2}[A-EHLMPR-T][\dL-NP-V]{2}[A-Z][\dL-NP-V]{3}[A-Z]\b/g,
    valid: isValidItalianFiscalCode,
    confidence: 0.85,
  },
  {
    // QQ123456C or "QQ 12 34 56 C". No check digit: only the allocation rules.
    type: 'UK_NINO',
    pattern: /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g,
    valid: isValidUkNino,
    confidence: 0.7,
  },
  {
    // No check character either: the 4th letter must name a holder kind.
    type: 'IN_PAN',
    pattern: /\b[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]\b/g,
    valid: isValidIndianPan,
    confidence: 0.65,
  },
];

/**
 * Schemes that need a run of 7+ digits. Such runs are rare in prose, so one pass finds them
 * (LONG_DIGIT_RUN) and these sticky patterns are tried only where a run starts (or 1–2
 * characters before it, for an NIE letter), instead of each scanning the whole text.
 */
interface DigitRunScheme extends StandaloneScheme {
  /** Run lengths (digits in a row) the scheme can start with. */
  runLengths: readonly number[];
}

const DIGIT_RUN_SCHEMES: readonly DigitRunScheme[] = [
  {
    // 18 digits: region, YYYYMMDD, sequence, check. Not part of a longer run of digits.
    type: 'CN_RESIDENT_ID',
    pattern: /(?<![\w+.-])[1-68]\d{16}[\dX](?![\w+]|[-.]\d)/y,
    valid: isValidChineseResidentId,
    confidence: 0.85,
    runLengths: [17, 18],
  },
  {
    // DNI 12345678Z / 12345678-Z, NIE X1234567L / X-1234567-L.
    type: 'ES_DNI',
    pattern: /(?<![\w+.-])(?:[XYZ]-?\d{7}|\d{8})-?[A-HJ-NP-TV-Z](?![\w-])/y,
    valid: isValidSpanishDniOrNie,
    confidence: 0.8,
    runLengths: [7, 8],
  },
];

/**
 * Spelled out rather than `\d{7,}`: V8 runs its fast pre-check on a fixed sequence of classes
 * but not on a counted repeat (0.8 ms vs 9.7 ms on 4 MB of CV text).
 */
const LONG_DIGIT_RUN = /\d\d\d\d\d\d\d+/g;

interface CuedScheme {
  type: SensitiveType;
  cue: ContextKind;
  valid: (digits: string) => boolean;
}

const CUED: readonly CuedScheme[] = [
  { type: 'CA_SIN', cue: 'caSin', valid: isValidCanadianSin },
  { type: 'NL_BSN', cue: 'nlBsn', valid: isValidDutchBsn },
  { type: 'DE_TAX_ID', cue: 'deTaxId', valid: isValidGermanTaxId },
  { type: 'IN_AADHAAR', cue: 'inAadhaar', valid: isValidAadhaar },
  { type: 'JP_MY_NUMBER', cue: 'jpMyNumber', valid: isValidJapaneseMyNumber },
];

/**
 * 9–12 digits, single spaces, dots, dashes or slashes allowed between any two of them
 * ("046 454 286", "1745.59.434", "12 345 678 901", "2984-4886-3364"), not inside a longer number.
 * Each repetition consumes a digit, so matching is linear.
 */
const DIGIT_GROUPS = /(?<![\w+.\-/]|\d )\d(?:[ ./-]?\d){8,11}(?![\w+]|[ ./-]\d)/g;

/** Whether the characters between digits use one separator kind at most (a mixed "12.345-678" is not an ID layout). */
function oneSeparatorKind(written: string): boolean {
  let separator = '';
  for (let i = 0; i < written.length; i++) {
    const c = written[i]!;
    if (c >= '0' && c <= '9') continue;
    if (separator === '') separator = c;
    else if (c !== separator) return false;
  }
  return true;
}

/**
 * Purely numeric ids written in their scheme's own grouping, found without their name. The layout
 * plus the check is what makes them safe to report: a random number in that layout passes one time
 * in ten (SIN, Aadhaar, My Number) to one in ~250 (Steuer-ID's repetition rule + MOD 11,10), and
 * ordinary numbers are rarely written so (phones group 3-4-4 / 2-3-4, cards 4-4-4-4, dates and
 * amounts have other separators). Still skipped without their name:
 * - bare 9- and 12-digit runs: order and candidate numbers, one in ten passing;
 * and any number named as an order/ticket/invoice/reference right before it.
 */
interface LayoutScheme {
  type: SensitiveType;
  valid: (digits: string) => boolean;
}
/** 3-3-3 is the SIN's printed layout, and Dutch forms group a BSN so too; the SIN's Luhn is tried first. */
const SIN_LAYOUT: readonly LayoutScheme[] = [
  { type: 'CA_SIN', valid: isValidCanadianSin },
  { type: 'NL_BSN', valid: isValidDutchBsn },
];
const BSN_LAYOUT: readonly LayoutScheme[] = [{ type: 'NL_BSN', valid: isValidDutchBsn }];
const TAX_ID_LAYOUT: readonly LayoutScheme[] = [{ type: 'DE_TAX_ID', valid: isValidGermanTaxId }];
/** Aadhaar and My Number share 4-4-4; Aadhaar's Verhoeff check is tried first, its name decides otherwise. */
const TWELVE_LAYOUT: readonly LayoutScheme[] = [
  { type: 'IN_AADHAAR', valid: isValidAadhaar },
  { type: 'JP_MY_NUMBER', valid: isValidJapaneseMyNumber },
];

/**
 * 3-3-3 (space or dash), 4.2.3, 2-3-3-3 or 3-3-3-2 with spaces, 11 bare digits, 4-4-4 (space or
 * dash); not followed by more of a number. Every alternative has a fixed length, so matching is
 * linear. It starts with a plain `\d` and spelled-out digits so V8 can skip ahead to digits; the
 * left boundary (a lookbehind would be tried at every character: 3–10× slower on CV text) is
 * checked in code by `startsNumber`.
 */
const ID_LAYOUT =
  /\d(?:(?<sin>\d\d([ -])\d\d\d\2\d\d\d)|(?<bsn>\d\d\d\.\d\d\.\d\d\d)|(?<taxId>\d \d\d\d \d\d\d \d\d\d|\d\d \d\d\d \d\d\d \d\d|\d\d\d\d\d\d\d\d\d\d)|(?<twelve>\d\d\d([ -])\d\d\d\d\6\d\d\d\d))(?![\w+]|[ ./-]\d)/g;

/**
 * Not inside a longer token: no letter, digit, `+ . - /` right before, nor "digit space". A match
 * rejected here hides no valid one: every position inside it follows a digit or a separator
 * that follows a digit.
 */
function startsNumber(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text[start - 1]!;
  if (/[\w+./-]/.test(before)) return false;
  return !(before === ' ' && start >= 2 && text.charCodeAt(start - 2) >= 48 && text.charCodeAt(start - 2) <= 57);
}

/** "… 0110 0001 2345 MTLC …": groups of an IBAN-like code continue after the digits. */
const IBAN_GROUP_AFTER = /^ (?=[A-Z\d]{0,3}[A-Z])[A-Z\d]{4}(?![A-Za-z\d])/;

/** Confidence of a layout match without a cue: above a phone number found without one (0.8)… */
const LAYOUT_CONFIDENCE = 0.82;
/** …except where phones share the 3-3-3 layout, and a phone reading (0.8) wins. */
const SHARED_LAYOUT_CONFIDENCE = 0.78;

function numbersInIdLayout({ text, context }: ScanInput, alreadyFound: ReadonlySet<number>): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(ID_LAYOUT)) {
    const start = m.index;
    if (alreadyFound.has(start) || !startsNumber(text, start)) continue;
    const groups = m.groups!;
    const schemes = groups['sin'] ? SIN_LAYOUT : groups['bsn'] ? BSN_LAYOUT : groups['taxId'] ? TAX_ID_LAYOUT : TWELVE_LAYOUT;
    const end = start + m[0].length;
    if (context.names('reference', start, NAMED_BY_CUE_GAP) || IBAN_GROUP_AFTER.test(text.slice(end, end + 6))) continue;
    // "The reference number you gave me was 744 395 045": named by a clause of plain words.
    const referenceEnd = context.endBefore('reference', start);
    if (referenceEnd >= 0 && namedAcrossClause(text, referenceEnd, start)) continue;
    // "급여계좌(토스뱅크) 1000-6826-2687": a number named as a bank account is the account.
    if (context.names('bankAccount', start, NAMED_BY_CUE_GAP)) continue;
    const digits = m[0].replace(/\D/g, '');
    const scheme = schemes.find((s) => s.valid(digits));
    if (!scheme) continue;
    // 3-3-3 is also how 9-digit phone numbers are written in Spain (6–9…) and elsewhere: there a
    // phone reading wins. A phone "possible" only by its length, starting 0–5, does not.
    const sharedWithPhones = groups['sin'] !== undefined && digits.charCodeAt(0) >= 54; // '6'
    found.push({ type: scheme.type, start, end, confidence: sharedWithPhones ? SHARED_LAYOUT_CONFIDENCE : LAYOUT_CONFIDENCE });
  }
  return found;
}

export const recognizeNationalIdsAbroad: Recognizer = (input) => {
  const found: Candidate[] = [];
  const { text, context } = input;
  for (const scheme of STANDALONE) {
    for (const m of text.matchAll(scheme.pattern)) {
      const written = m[0];
      const compact = written.replace(/[ -]/g, '');
      if (!oneSeparatorKind(written.replace(/[A-Z]/g, '0')) || !scheme.valid(compact)) continue;
      const start = m.index;
      const end = start + written.length;
      const cued = context.has('nationalId', start, end);
      found.push({ type: scheme.type, start, end, confidence: clampConfidence(scheme.confidence + (cued ? 0.15 : 0)) });
    }
  }
  for (const run of text.matchAll(LONG_DIGIT_RUN)) {
    for (const scheme of DIGIT_RUN_SCHEMES) {
      if (!scheme.runLengths.includes(run[0].length)) continue;
      // The match may begin with an NIE letter and a dash just before the run.
      for (let start = Math.max(0, run.index - 2); start <= run.index; start++) {
        scheme.pattern.lastIndex = start;
        const m = scheme.pattern.exec(text);
        if (!m) continue;
        const end = start + m[0].length;
        if (scheme.valid(m[0].replace(/-/g, ''))) {
          const cued = context.has('nationalId', start, end);
          found.push({ type: scheme.type, start, end, confidence: clampConfidence(scheme.confidence + (cued ? 0.15 : 0)) });
        }
        break;
      }
    }
  }
  const cuedStarts = new Set<number>();
  for (const scheme of CUED) {
    for (const candidate of cuedNumbers(input, scheme)) {
      found.push(candidate);
      cuedStarts.add(candidate.start);
    }
  }
  for (const candidate of numbersInIdLayout(input, cuedStarts)) found.push(candidate);
  return found;
};

/** Scans only the windows around each cue of the scheme; every window is scanned once. */
function cuedNumbers({ text, context }: ScanInput, scheme: CuedScheme): Candidate[] {
  const found: Candidate[] = [];
  const { starts, ends } = context.occurrences(scheme.cue);
  let scannedUpTo = 0;
  for (let i = 0; i < starts.length; i++) {
    // A number may follow its cue (within the "before" window of the number) or precede it.
    const from = Math.max(scannedUpTo, starts[i]! - CONTEXT_WINDOW_AFTER - 24);
    const to = Math.min(text.length, ends[i]! + CONTEXT_WINDOW_BEFORE + 24);
    if (from >= to) continue;
    DIGIT_GROUPS.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = DIGIT_GROUPS.exec(text)) !== null && m.index < to) {
      const start = m.index;
      const end = start + m[0].length;
      if (!oneSeparatorKind(m[0]) || !context.has(scheme.cue, start, end)) continue;
      if (!scheme.valid(m[0].replace(/\D/g, ''))) continue;
      found.push({ type: scheme.type, start, end, confidence: 0.9 });
    }
    scannedUpTo = Math.max(scannedUpTo, m ? m.index : to);
  }
  return found;
}
