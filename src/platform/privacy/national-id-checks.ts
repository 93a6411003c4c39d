import { isCalendarDate } from './calendar-date.js';
import { luhnValid } from './luhn.js';

/**
 * Validation rules of national identity numbers of common countries, one function per scheme.
 * Each takes the number with separators removed (upper-case letters, ASCII digits) and returns
 * whether it can have been issued: check digits where the scheme has one, structural rules
 * (allowed prefixes, real birth dates) where it has not. Sources: the issuing authorities'
 * published formats (HMRC NIM39110, Service Canada, BZSt §139b AO, INSEE, BOE RD 1553/2005,
 * Agenzia delle Entrate DM 23/12/1976, Rijksoverheid, UIDAI, Income Tax Dept., GB 11643-1999,
 * Japanese Cabinet Office ordinance No. 85 of 2014).
 */

/** UK National Insurance number: two prefix letters, six digits, suffix A–D. No check digit. */
export function isValidUkNino(value: string): boolean {
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(value)) return false;
  return !UNALLOCATED_NINO_PREFIXES.has(value.slice(0, 2));
}
const UNALLOCATED_NINO_PREFIXES: ReadonlySet<string> = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** Canadian Social Insurance Number: 9 digits, Luhn; 8 is a business number's first digit, not a person's. */
export function isValidCanadianSin(digits: string): boolean {
  return /^[0-79]\d{8}$/.test(digits) && digits !== '000000000' && luhnValid(digits);
}

/**
 * German Steuerliche Identifikationsnummer: 11 digits, no leading 0; in the first ten exactly one
 * digit occurs twice or three times and the others at most once; check digit ISO 7064 MOD 11,10.
 */
export function isValidGermanTaxId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[digits.charCodeAt(i) - 48]!++;
  const repeated = counts.filter((n) => n >= 2);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return check === digits.charCodeAt(10) - 48;
}

/**
 * French NIR (numéro de sécurité sociale): sex 1/2 (7/8 provisional), year, month (01–12, or
 * 20/30–42/50–99 when unknown), département (Corsica 2A/2B), commune, order, and a key
 * 97 − (first 13 digits mod 97), with 2A → 19 and 2B → 18 for the computation.
 */
export function isValidFrenchNir(value: string): boolean {
  if (!/^[1278]\d{4}(?:\d{2}|2A|2B)\d{8}$/.test(value)) return false;
  const month = Number(value.slice(3, 5));
  if (!((month >= 1 && month <= 12) || month === 20 || (month >= 30 && month <= 42) || month >= 50)) return false;
  const body = value.slice(0, 13).replace('2A', '19').replace('2B', '18');
  // 13 digits exceed 2^53 only above 9.007e15, so plain numbers are exact here.
  const key = 97 - (Number(body) % 97);
  return key === Number(value.slice(13));
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): letter = table[n mod 23]. */
export function isValidSpanishDniOrNie(value: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(value);
  if (!m) return false;
  const [, nie, number, letter] = m;
  if (nie ? number!.length !== 7 : number!.length !== 8) return false;
  const n = Number(`${nie ? 'XYZ'.indexOf(nie) : ''}${number}`);
  return DNI_LETTERS[n % 23] === letter;
}

/** Values of a character in an odd (1st, 3rd, …) position of a codice fiscale, for 0–9 then A–Z. */
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** Letters that stand for digits when a codice fiscale was altered to avoid a collision (omocodia). */
const CF_OMOCODE = 'LMNPQRSTUV';
/** Birth month letters, January to December. */
const CF_MONTHS = 'ABCDEHLMPRST';

/**
 * Italian codice fiscale of a person: surname/name letters, birth year, month letter, day (+40 for
 * women), birthplace code, check letter. Digits may be replaced by L–V (omocodia).
 */
export function isValidItalianFiscalCode(value: string): boolean {
  if (!/^[A-Z]{6}[\dL-NP-V]{2}[A-EHLMPR-T][\dL-NP-V]{2}[A-Z][\dL-NP-V]{3}[A-Z]$/.test(value)) return false;
  const digitAt = (i: number): number => {
    const c = value[i]!;
    return c >= '0' && c <= '9' ? Number(c) : CF_OMOCODE.indexOf(c);
  };
  const year = digitAt(6) * 10 + digitAt(7);
  const month = CF_MONTHS.indexOf(value[8]!) + 1;
  const dayField = digitAt(9) * 10 + digitAt(10);
  const day = dayField > 40 ? dayField - 40 : dayField; // women: day + 40
  // Two-digit year: the date must exist in one of the two centuries it can stand for.
  if (!isCalendarDate(1900 + year, month, day) && !isCalendarDate(2000 + year, month, day)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = value.charCodeAt(i);
    const index = c <= 57 ? c - 48 : c - 55; // 0–9 → 0–9, A–Z → 10–35
    if (i % 2 === 0) sum += CF_ODD[index < 10 ? index : index - 10]!;
    else sum += index < 10 ? index : index - 10;
  }
  return String.fromCharCode(65 + (sum % 26)) === value[15];
}

/** Dutch burgerservicenummer: 9 digits passing the "11-proef" (weights 9…2, and −1 on the last). */
export function isValidDutchBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * (9 - i);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

const VERHOEFF_MULTIPLY = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_PERMUTE = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff check (dihedral group D5): catches all single errors and adjacent transpositions. */
export function verhoeffValid(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = VERHOEFF_MULTIPLY[c]![VERHOEFF_PERMUTE[i % 8]![d]!]!;
  }
  return c === 0;
}

/** Indian Aadhaar: 12 digits, never starting with 0 or 1, Verhoeff check digit last. */
export function isValidAadhaar(digits: string): boolean {
  return /^[2-9]\d{11}$/.test(digits) && verhoeffValid(digits);
}

/** Indian PAN: AAAAA9999A; the 4th letter says who holds it (P person, C company, H HUF, …). No check digit. */
export function isValidIndianPan(value: string): boolean {
  return /^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$/.test(value) && value.slice(5, 9) !== '0000';
}

const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CN_CHECK = '10X98765432';

/**
 * Chinese resident identity card (GB 11643-1999): 6-digit region (first digit 1–6, or 8 for
 * Hong Kong/Macau/Taiwan residents), real birth date YYYYMMDD, sequence, ISO 7064 MOD 11-2 check
 * character (0–9 or X).
 */
export function isValidChineseResidentId(value: string): boolean {
  if (!/^[1-68]\d{16}[\dX]$/.test(value)) return false;
  const year = Number(value.slice(6, 10));
  if (year < 1900 || !isCalendarDate(year, Number(value.slice(10, 12)), Number(value.slice(12, 14)))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (value.charCodeAt(i) - 48) * CN_WEIGHTS[i]!;
  return CN_CHECK[sum % 11] === value[17];
}

/**
 * Japanese Individual Number (My Number): 12 digits, the last a check digit: with P(n) the n-th of
 * the first eleven digits counted from the right and Q(n) = n+1 (n ≤ 6) or n−5 (n ≥ 7),
 * r = ΣP·Q mod 11, check = r ≤ 1 ? 0 : 11 − r.
 */
export function isValidJapaneseMyNumber(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (digits.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const remainder = sum % 11;
  return (remainder <= 1 ? 0 : 11 - remainder) === digits.charCodeAt(11) - 48;
}
