import { labelDistance, onlyCueAfterNamesAnother, type ContextKind } from '../context-words.js';
import { looksLikeDateOrPeriod } from '../numeric-lookalikes.js';
import type { Candidate } from '../sensitive-types.js';
import { clampConfidence, digitsOf, type Recognizer, type ScanInput } from './recognizer.js';

/**
 * Passport and driver's-licence numbers have no universal format or checksum — "A1234567" could
 * be a SKU — so they are reported ONLY with a cue nearby ("passport", "여권", "driver's license",
 * "DL#", "운전면허"). One candidate regex covers the common layouts:
 *   - Korean passport: M123A4567 (2020+) or M12345678 (letter + 8 digits)
 *   - letter(s) + digits: A12345678, H12234567, D1234-5678-9012
 *   - plain digit runs (US passport 9 digits, many licences 6–14)
 *   - a labelled licence printed in groups with single spaces (893575 114, 069 083 326, EG 905250);
 *     these and 6-digit runs only right after the cue that names them (see `namedRightAfterCue`)
 *   - Korean licence: region-year-serial-check, 11-22-123456-12; US licences with a check digit
 *     apart, V346-885-82-293-6
 *   - UK driving licence: surname (padded with 9), 6 birth digits, initials, 1–2 digits, 2 letters:
 *     MORGA753116SM9IJ (licences only)
 *   - letters, digits, one or two letters and digits (Bangladesh DK0719557C00005, Nigeria ABC12345DE67) or letters and two digit groups
 *     joined by hyphens (Ghana, GAR-12345678-12345): licences only, right after the cue that names them
 *   - any other upper-case mix of letters and 5+ digits, 6–10 long, as most countries' passports are
 *     (95XJ21418, NVB7W3412, K9220491Q, C84T6298K3; passports only)
 */
const DOCUMENT_CANDIDATE =
  /(?<![A-Za-z0-9-])(?:[A-Za-z]\d{3}[A-Za-z]\d{4}|[A-Za-z]{1,2}\d{5,14}|[A-Za-z]?\d{1,6}(?:-\d{1,8}){1,4}|\d\d \d\d \d{6} \d\d|(?<spaced>[A-Z]{1,2} \d{5,9}|\d{2,6}(?: \d{2,6}){1,3})|\d{6,14}|(?<ukLicence>[A-Z9]{5}\d{6}[A-Z9]{2}\d{1,2}[A-Z]{2})|(?<lettered>[A-Z]{1,3}\d{5,10}[A-Z]{1,2}\d{2,6}|[A-Z]{2,3}-\d{4,10}-\d{2,6})|(?<mixed>[A-Z\d]{6,10}))(?![A-Za-z0-9]|-\d)/g;

/** At least this many digits in a passport written as a mix of letters and digits ("NVB7W3412"). */
const MIXED_PASSPORT_MIN_DIGITS = 5;

/**
 * Korea's printed layout, 2-2-6-2 with one separator throughout (or none): "03-03-93054003" (2-2-8) is
 * another country's licence (Nepal's), not a Korean one with region 03.
 */
const KOREAN_LICENCE = /^(\d{2})(?:-\d{2}-\d{6}-| \d{2} \d{6} |\d{8})\d{2}$/;
/** Licence-issuing regions (11 Seoul … 28 Jeju). */
const KOREAN_LICENCE_REGION_MIN = 11;
const KOREAN_LICENCE_REGION_MAX = 28;
/** A Korean licence's region written by name before the number ("서울 00-469140-08", "경기 08-…"). */
const KOREAN_REGION_BEFORE = /(?<![가-힣])(?:서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|세종)[ \t]$/;
/** Letters then digits, and perhaps a check letter ("EKK171895", "Y1445614P"). */
const LETTERS_THEN_DIGITS = /^[A-Z]{1,3}\d{5,10}[A-Z]?$/;
const KOREAN_PASSPORT = /^[MSRODG]\d{3}[A-Z]\d{4}$|^[MSRODG]\d{8}$/i;

/** At most this many characters between a bare "licence"/"DL" and the number it names ("Licence no.: "). */
const LICENCE_WORD_GAP = 12;

/**
 * A driver's-licence cue ("driver's licence", "운전면허") counts anywhere in the context window. The
 * bare word "licence"/"license"/"DL" is also a software, trade or class licence ("Licence class C1
 * since 2009"), so it counts only when it directly names the number.
 */
function licenceCueDistance(text: string, context: ScanInput['context'], start: number, end: number): number {
  // Before the number anywhere in the window; after it only right after ("D1234567 (DL)"): a cue
  // that follows is usually the next line's ("… 90570-020 · Full clean driving licence since 2013").
  const cueEnd = context.endBefore('driverLicense', start);
  const distance = context.distance('driverLicense', start, end);
  const specific = cueEnd >= 0 ? context.gapAfterCue(cueEnd, start) : /^[ \t]{0,2}\(?$/.test(text.slice(end, end + distance)) ? distance : Infinity;
  // (Not across a clause: "Need drivers with licence, good pay 2267 3901" is a phone.)
  const wordEnd = context.endBefore('licenceWord', start, LICENCE_WORD_GAP);
  if (wordEnd >= 0 && !/[,;]/.test(text.slice(wordEnd, start))) return Math.min(specific, context.distance('licenceWord', start, end));
  return specific;
}

function numberBetweenCueAndValue(text: string, context: ScanInput['context'], start: number): boolean {
  const cueEnd = Math.max(context.endBefore('driverLicense', start), context.endBefore('licenceWord', start, LICENCE_WORD_GAP));
  return cueEnd >= 0 && /\d{3}/.test(text.slice(cueEnd, start));
}

/** At most this many characters, none of them a digit, between a licence cue and the value it names. */
const LABEL_VALUE_GAP = 8;

/** The number directly follows a licence cue, only a label's punctuation between ("… no.: ", "č. "). */
function namedRightAfterCue(text: string, context: ScanInput['context'], start: number): boolean {
  const cueEnd = Math.max(context.endBefore('driverLicense', start, LABEL_VALUE_GAP), context.endBefore('licenceWord', start, LABEL_VALUE_GAP));
  return cueEnd >= 0 && !/[\d\n]/.test(text.slice(cueEnd, start));
}

export const recognizeIdentityDocuments: Recognizer = ({ text, context }) => {
  const found: Candidate[] = [];
  // Cue-gated: without a single passport/licence cue in the text there is nothing to scan for.
  const licenceCues = context.occurrences('driverLicense').starts.length + context.occurrences('licenceWord').starts.length;
  if (context.occurrences('passport').starts.length === 0 && licenceCues === 0) return found;
  const pattern = DOCUMENT_CANDIDATE;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const raw = m[0];
    // Spaced groups not taken as one licence are read again group by group ("DL 1234567" starts
    // with its cue; "Passport 12 3456789 …"): at most the span's length again, so still linear.
    const spaced = m.groups?.['spaced'] !== undefined;
    if (spaced) pattern.lastIndex = m.index + 1;
    const digitCount = digitsOf(raw).length;
    const mixed = m.groups?.['mixed'] !== undefined;
    if (mixed ? digitCount < MIXED_PASSPORT_MIN_DIGITS || digitCount === raw.length : digitCount < 6 || digitCount > 14) continue;
    if (looksLikeDateOrPeriod(raw)) continue;
    const start = m.index;
    const end = start + raw.length;
    const passportDistance = context.distance('passport', start, end);
    const licenceDistance = licenceCueDistance(text, context, start, end);
    if (passportDistance === Infinity && licenceDistance === Infinity) continue;
    const ukLicence = m.groups?.['ukLicence'] !== undefined;
    // A passport cue after the number that names a value of its own ("Driver's license no. M4056740⏎Passport:
    // A9497463") is the next line's label, not this number's: the licence cue before it wins.
    const passportLabel =
      passportDistance <= licenceDistance && licenceDistance !== Infinity ? labelDistance(text, context, 'passport', start, end) : passportDistance;

    if (passportLabel <= licenceDistance && !ukLicence) {
      // Passport numbers are compact: no internal separators.
      if (/[- ]/.test(raw) || raw.length < 7 || raw.length > 10) continue;
      if (!isThePassportNumber(text, context, start, end, passportDistance)) continue;
      found.push({ type: 'PASSPORT', start, end, confidence: clampConfidence(KOREAN_PASSPORT.test(raw) ? 0.85 : 0.75) });
      continue;
    }
    // Letters then digits ("EKK171895", "TKE080183") name a licence only as the value of its label.
    if (mixed && !(LETTERS_THEN_DIGITS.test(raw) && namedRightAfterCue(text, context, start))) continue;
    if (m.groups?.['lettered'] !== undefined && !namedRightAfterCue(text, context, start)) continue;
    // "Licence class B since 2015. Mobile 0412-345-678": a nearer phone, reference or account cue
    // says what the number is; the licence line merely sits next to it.
    // (Not a label after it that names a value of its own: "운전면허번호: 경기 17-…⏎> 연락처: +82)10-…".)
    if (labelDistance(text, context, 'phone', start, end) < licenceDistance || labelDistance(text, context, 'reference', start, end) < licenceDistance) continue;
    if (labelDistance(text, context, 'bankAccount', start, end) < licenceDistance) continue;
    // The licence number is the first number after its cue: "Driver licence: class 1, held since
    // 2005 … 90570-020" names a class and a year, and the later number is something else.
    if (numberBetweenCueAndValue(text, context, start)) continue;
    // Short runs and spaced groups are everywhere (postcodes, amounts, phone fragments): only as the
    // value of a licence label right before them ("Driver's licence: 893575 114").
    const named = namedRightAfterCue(text, context, start);
    // A one-digit first group ("8-561-2055", a Panamanian licence) only as a label's value too.
    if ((spaced || digitCount < 7 || /^\d-/.test(raw)) && !named) continue;
    const korean = KOREAN_LICENCE.exec(raw);
    let koreanLayout = false;
    if (korean) {
      const region = Number(korean[1]);
      koreanLayout = region >= KOREAN_LICENCE_REGION_MIN && region <= KOREAN_LICENCE_REGION_MAX;
      // Printed in the Korean layout (11-22-123456-12) the region must exist; twelve bare digits are
      // just as often another country's licence (Japan's are twelve digits), so they stay a licence.
      if (!koreanLayout && /\D/.test(raw)) continue;
    }
    // The value of its own label outranks a layout-only reading (an unnamed 3-3-3 SIN at 0.82). A Korean
    // licence may open with its region's name instead of its code ("서울 11-…"): it is part of the number.
    const region = KOREAN_REGION_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
    found.push({ type: 'DRIVER_LICENSE', start: region ? start - region[0].length : start, end, confidence: clampConfidence(koreanLayout || named ? 0.85 : 0.75) });
    pattern.lastIndex = end;
  }
  return found;
};

/**
 * A passport cue near a number does not make it the passport's number when the number has a label of
 * its own: a nearer account, phone or reference cue ("Account number 9572320464⏎Passport: …",
 * "passport # T30162091 … Order No.67408850"), another number between the cue and it (the passport's
 * own: "Passport number MUL065481 … Certificate ID TO64231456"), or a cue after it that names the next
 * line's value.
 */
function isThePassportNumber(text: string, context: ScanInput['context'], start: number, end: number, passportDistance: number): boolean {
  for (const kind of ['bankAccount', 'phone', 'reference', 'driverLicense'] as const) {
    if (sameLineLabelDistance(text, context, kind, start, end) < passportDistance) return false;
  }
  const cueEnd = context.endBefore('passport', start);
  if (cueEnd >= 0 && /\d{3}/.test(text.slice(cueEnd, start))) return false;
  return !onlyCueAfterNamesAnother(text, context, 'passport', start, end);
}

/**
 * `labelDistance`, without a cue on a later line: "여권 번호 M83685287⏎☑ 운전면허(법인차량): 운전면허번호: …" —
 * the next line's label is about the next line's value, however far that value stands from it.
 */
function sameLineLabelDistance(text: string, context: ScanInput['context'], kind: ContextKind, start: number, end: number): number {
  const distance = labelDistance(text, context, kind, start, end);
  if (distance === Infinity) return distance;
  const after = context.cueAfter(kind, end);
  if (after === null || after.start - end !== distance || !text.slice(end, after.start).includes('\n')) return distance;
  const cueEnd = context.endBefore(kind, start);
  return cueEnd >= 0 ? start - cueEnd : Infinity;
}
