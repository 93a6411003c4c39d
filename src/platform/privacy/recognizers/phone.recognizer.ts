import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { looksLikeDateOrPeriod } from '../numeric-lookalikes.js';
import type { Candidate } from '../sensitive-types.js';
import { clampConfidence, type Recognizer } from './recognizer.js';

/**
 * Phone numbers are validated by libphonenumber-js with the full ("max") metadata, which knows the
 * real numbering plan of every region, so "123-456-7890" or a year range is not a phone number.
 *
 * libphonenumber's own text scanner is regex-heavy (≈1 MB/s) and unbounded, so we never give it the
 * whole document. A cheap, linear pre-filter finds short phone-shaped windows (an optional '+' or
 * '(', then 7–15 digits mixed with space/dash/dot/parentheses, at most 24 characters) and only those
 * windows are handed to libphonenumber.
 */
const PHONE_WINDOW = /(?<![A-Za-z0-9+-])[+(]?\d[\d ().-]{5,22}\d(?![A-Za-z0-9])/g;

/** A phone number found in a window, with everything about it that depends only on the window's text. */
interface PhoneShape {
  /** Offsets relative to the start of the PHONE_WINDOW match. */
  startsAt: number;
  endsAt: number;
  international: boolean;
  /** Written with separators, e.g. "(415) 555-0132" rather than "4155550132". */
  separated: boolean;
  koreanMobile: boolean;
}

export const recognizePhones: Recognizer = ({ text, context, defaultCountry, fallbackCountries }) => {
  const found: Candidate[] = [];
  // libphonenumber costs 10–20 µs per window, and documents repeat their numbers (a contact line in
  // every page header, a CV and cover letter in one file). Everything but the cue lookup depends
  // only on the window's text and on the regions, which are fixed for this call, so each distinct
  // window is analysed once. The memo lives for one call only and holds at most one entry per match.
  const shapesByWindow = new Map<string, readonly PhoneShape[]>();
  for (const m of text.matchAll(PHONE_WINDOW)) {
    let shapes = shapesByWindow.get(m[0]);
    if (shapes === undefined) {
      shapes = analyseWindow(m[0], defaultCountry, fallbackCountries);
      shapesByWindow.set(m[0], shapes);
    }
    for (const shape of shapes) {
      const start = m.index + shape.startsAt;
      const end = m.index + shape.endsAt;
      const cued = context.has('phone', start, end);
      // A bare national digit run (2025113047) is as likely an order id as a phone number; accept it
      // only with a cue, or when it has the unmistakable Korean mobile prefix 01X.
      if (!shape.international && !shape.separated && !cued && !shape.koreanMobile) continue;
      let confidence = shape.international ? 0.85 : shape.separated ? 0.8 : 0.7;
      if (cued) confidence += 0.1;
      found.push({ type: 'PHONE', start, end, confidence: clampConfidence(confidence) });
    }
  }
  return found;
};

/** The phone numbers written in one PHONE_WINDOW match, before the (position-dependent) cue rules. */
function analyseWindow(matched: string, defaultCountry: CountryCode, fallbackCountries: readonly CountryCode[]): PhoneShape[] {
  let window = matched;
  let offset = 0;
  // A window may begin with an unrelated long number ("SD 20241 440-600-5124"): drop such a
  // leading group (5+ digits, never the start of a national number) and look at the rest.
  while (!mayHoldPhoneNumber(window) && /^\d{5,} /.test(window)) {
    const cut = window.indexOf(' ') + 1;
    offset += cut;
    window = window.slice(cut);
  }
  if (!/^[+(]?\d/.test(window) || !mayHoldPhoneNumber(window) || looksLikeDateOrPeriod(window)) return [];
  const shapes: PhoneShape[] = [];
  for (const hit of parseWindow(window, defaultCountry, fallbackCountries)) {
    // libphonenumber may find a number inside the window ("+2(267)362-8910" → "(267)…"): a
    // number glued to a preceding digit or '+' is not the number that was written.
    if (hit.startsAt > 0 && /[\d+]/.test(window[hit.startsAt - 1]!)) continue;
    const raw = window.slice(hit.startsAt, hit.endsAt);
    const international = raw.startsWith('+');
    if (international ? !writtenWithCallingCode(raw, hit.callingCode) : !hasNationalGrouping(raw)) continue;
    shapes.push({
      startsAt: offset + hit.startsAt,
      endsAt: offset + hit.endsAt,
      international,
      separated: /[ ().-]/.test(raw),
      koreanMobile: /^01[016789]\d{7,8}$/.test(raw),
    });
  }
  return shapes;
}

interface WindowHit {
  startsAt: number;
  endsAt: number;
  callingCode: string;
}

/** Regions of the North American Numbering Plan, where no national number starts with 0. */
const NANP: ReadonlySet<CountryCode> = new Set(['US', 'CA', 'PR', 'GU', 'VI', 'AS', 'MP']);

/**
 * Cheap shape checks that discard most non-phone windows before libphonenumber sees them (each
 * libphonenumber call costs 10–200 µs): ISBNs (978-3-16-148410-0), long ids (100234567890),
 * digit soup (1 1 1 1 …).
 */
function mayHoldPhoneNumber(window: string): boolean {
  // One pass over the digit groups (maximal digit runs), without building them: this runs for
  // every window, and most windows in a CV are rejected here.
  let digitCount = 0;
  let groups = 0;
  let singleDigitGroups = 0;
  let groupLength = 0;
  let previousGroupLength = 0;
  let longestGroupBeforeLast = 0;
  for (let i = 0; i <= window.length; i++) {
    const c = i < window.length ? window.charCodeAt(i) : -1;
    if (c >= 48 && c <= 57) {
      groupLength++;
      continue;
    }
    if (groupLength === 0) continue;
    // A group just ended; the one before it is now known not to be the last.
    if (groups > 0) longestGroupBeforeLast = Math.max(longestGroupBeforeLast, previousGroupLength);
    groups++;
    digitCount += groupLength;
    if (groupLength === 1) singleDigitGroups++;
    previousGroupLength = groupLength;
    groupLength = 0;
  }
  if (digitCount < 7 || digitCount > 15 || groups > 6) return false;
  if (singleDigitGroups > 2) return false;
  if (window.startsWith('+')) return true;
  if (groups === 1) return digitCount >= 9 && digitCount <= 11;
  // National numbers are written in short groups; a long group can only be the subscriber part.
  return longestGroupBeforeLast <= 4;
}

function parseWindow(window: string, defaultCountry: CountryCode, fallbacks: readonly CountryCode[]): WindowHit[] {
  const trunkPrefixed = /^\(?0/.test(window);
  // A national number starting with the trunk prefix 0 cannot be NANP: skip straight to the
  // fallback regions (Korea by default: 010-1234-5678, 02-123-4567).
  const primary = trunkPrefixed && NANP.has(defaultCountry) ? [] : find(window, defaultCountry);
  if (primary.length > 0 || window.startsWith('+') || !trunkPrefixed) return primary;
  for (const country of fallbacks) {
    if (country === defaultCountry) continue;
    const hits = find(window, country);
    if (hits.length > 0) return hits;
  }
  return primary;
}

/**
 * US and Korean national numbers are grouped area/exchange/line with a 4-digit line number
 * (415 555-0132, 02-312-4567, 010-1234-5678). Other groupings of the same digits ("5212 3456 78"
 * inside an IBAN, "02-1234567" as a tax id) are not how anyone writes a phone number.
 */
function hasNationalGrouping(raw: string): boolean {
  const groups = raw.split(/[^\d]+/).filter((g) => g.length > 0);
  if (groups.length === 1) return true;
  // "425 8829090": area code plus the 7-digit local number written as one block.
  if (groups.length === 2 && groups[0]!.length === 3 && groups[1]!.length === 7) return true;
  return groups[groups.length - 1]!.length === 4 && groups[0]!.length <= 3;
}

function find(window: string, country: CountryCode): WindowHit[] {
  // Fast path: most windows are exactly one number, which a plain parse validates in ~10 µs;
  // only windows holding extra digits need the (slower) in-text search.
  const whole = parsePhoneNumberFromString(window, country);
  if (whole?.isValid() && /^[+(]?\d/.test(window)) {
    return [{ startsAt: 0, endsAt: window.length, callingCode: whole.countryCallingCode }];
  }
  return findPhoneNumbersInText(window, country).map((h) => ({
    startsAt: h.startsAt,
    endsAt: h.endsAt,
    callingCode: h.number.countryCallingCode,
  }));
}

/**
 * In "+2(267)362-8910" libphonenumber reads calling code 226, but the writer's first group is "2":
 * the digits were not written as that international number. The first group after '+' must
 * begin with the whole calling code.
 */
function writtenWithCallingCode(raw: string, callingCode: string): boolean {
  const firstGroup = /^\+(\d+)/.exec(raw)?.[1] ?? '';
  return firstGroup.startsWith(callingCode);
}
