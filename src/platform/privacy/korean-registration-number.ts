import { isCalendarDate } from './calendar-date.js';

/**
 * Korean resident (주민등록번호, RRN) and foreigner (외국인등록번호, FRN) registration numbers:
 * YYMMDD-GNNNNNN. The 7th digit G encodes century and sex, and tells the two apart:
 *   RRN: 1/2 → 1900s, 3/4 → 2000s;   FRN: 5/6 → 1900s, 7/8 → 2000s (9/0, 1800s, are not accepted).
 * The last digit was a weighted mod-11 check digit until October 2020; numbers issued since then
 * have random trailing digits, so a failed checksum no longer proves a number fake.
 */
export type KoreanRegistrationKind = 'KR_RRN' | 'KR_FRN';

export interface KoreanRegistrationAnalysis {
  kind: KoreanRegistrationKind;
  birthYear: number;
  /** The pre-2020 check digit holds. */
  checksumValid: boolean;
  /** Born on or after 2020-10-01: the number can only have been issued under the random scheme. */
  issuedUnderRandomScheme: boolean;
}

const CHECK_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;

/**
 * Structural analysis of 13 ASCII digits (separator removed). Returns null when the gender digit or
 * the birth date is impossible, which no issuing scheme allows: a day that does not exist, or one
 * after `today` (nobody has been registered with a birth date still to come; "291006-4…" is an
 * order number or a typo). Today is taken in the easternmost time zone (UTC+14), so a number
 * issued today in Korea is never refused.
 */
export function analyzeKoreanRegistrationNumber(digits: string, today: Date = new Date()): KoreanRegistrationAnalysis | null {
  if (!/^\d{13}$/.test(digits)) return null;
  const genderDigit = digits.charCodeAt(6) - 48;
  const century = centuryOf(genderDigit);
  if (century === null) return null;
  const kind: KoreanRegistrationKind = genderDigit >= 5 && genderDigit <= 8 ? 'KR_FRN' : 'KR_RRN';
  const birthYear = century + Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (!isCalendarDate(birthYear, month, day) || isAfterToday(birthYear, month, day, today)) return null;
  return {
    kind,
    birthYear,
    checksumValid: checkDigit(digits, kind) === digits.charCodeAt(12) - 48,
    issuedUnderRandomScheme: birthYear > 2020 || (birthYear === 2020 && month >= 10),
  };
}

const EASTERNMOST_OFFSET_MS = 14 * 60 * 60 * 1000;

function isAfterToday(year: number, month: number, day: number, today: Date): boolean {
  const latest = new Date(today.getTime() + EASTERNMOST_OFFSET_MS);
  const [y, m, d] = [latest.getUTCFullYear(), latest.getUTCMonth() + 1, latest.getUTCDate()];
  return year !== y ? year > y : month !== m ? month > m : day > d;
}

/**
 * 9/0 (born in the 1800s) were defined but no holder is alive, and the digit is what a typo or
 * an unrelated 13-digit id most often has: they are treated as impossible.
 */
function centuryOf(genderDigit: number): number | null {
  switch (genderDigit) {
    case 1:
    case 2:
    case 5:
    case 6:
      return 1900;
    case 3:
    case 4:
    case 7:
    case 8:
      return 2000;
    default:
      return null;
  }
}

/** The legacy check digit: RRN uses (11 − s mod 11) mod 10, FRN (13 − s mod 11) mod 10. */
export function checkDigit(digits: string, kind: KoreanRegistrationKind): number {
  let sum = 0;
  for (let i = 0; i < CHECK_WEIGHTS.length; i++) sum += (digits.charCodeAt(i) - 48) * CHECK_WEIGHTS[i]!;
  const base = kind === 'KR_RRN' ? 11 : 13;
  return (base - (sum % 11)) % 10;
}
