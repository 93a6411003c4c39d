// Value makers shared by the held-back sensitive-data set generators (scripts/build-pii-heldback-w10.mjs,
// scripts/build-pii-heldback-w11.mjs, scripts/build-pii-heldback-w12.mjs): payment cards, IBAN check
// digits, Canadian SIN, Aadhaar, PAN, codice fiscale, Korean registration numbers (valid ones and
// impossible decoys), the other national ids the detector claims, and validated phones. Check digits
// are computed here, independently of src/, so a set never inherits a detector bug. Every maker
// draws from the caller's seeded stream, in the same order as when they lived in the w10 script,
// so its output stays byte-identical.
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { luhnComplete, shuffled, verhoeffValid } from './labelled-text.mjs';

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const pad = (n, w) => String(n).padStart(w, '0');
/** ASCII letters only (diacritics dropped): for e-mail local parts and id letters made from names. */
export const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '');
export const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** ISO 7064 mod 97 of an IBAN-ordered string (letters as 10–35). */
export function mod97(s) {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}
/** The compact IBAN of `country` with `bban`, its two check digits computed (and re-checked). */
export function ibanOf(country, bban) {
  const check = pad(98 - mod97(`${bban}${country}00`), 2);
  const compact = `${country}${check}${bban}`;
  if (mod97(compact.slice(4) + compact.slice(0, 4)) !== 1) throw new Error('iban');
  return compact;
}

// Korean registration numbers: YYMMDD-GNNNNNC. G: 1/2 RRN 1900s, 3/4 RRN 2000s, 5/6 FRN 1900s, 7/8 FRN 2000s.
const KR_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
/** The check digit of a registration number born before October 2020 (11 for residents, 13 for foreigners). */
export function krCheck(d12, foreigner) {
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(d12[i]) * KR_WEIGHTS[i];
  return ((foreigner ? 13 : 11) - (s % 11)) % 10;
}
const CF_ODD = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 }; // prettier-ignore

/** The makers, bound to a seeded stream `{ int, pick, chance, digits, letter }`. */
export function piiValueMakers({ int, pick, chance, digits, letter }) {
  function card() {
    const kind = pick(['visa', 'visa', 'mc', 'mc2', 'amex']);
    if (kind === 'amex') {
      const n = luhnComplete(pick(['34', '37']) + digits(12));
      return pick([`${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`, `${n.slice(0, 4)}-${n.slice(4, 10)}-${n.slice(10)}`, n]);
    }
    const prefix = kind === 'visa' ? '4' : kind === 'mc' ? String(int(51, 55)) : String(int(2221, 2720));
    const n = luhnComplete(prefix + digits(15 - prefix.length));
    const sep = pick([' ', ' ', '-', '']);
    return sep === '' ? n : [n.slice(0, 4), n.slice(4, 8), n.slice(8, 12), n.slice(12)].join(sep);
  }
  function sin() {
    const n = luhnComplete(`${pick(['1', '2', '3', '4', '5', '6', '7', '9'])}${digits(7)}`);
    return pick([`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, n]);
  }
  function aadhaar() {
    const body = `${int(2, 9)}${digits(10)}`;
    let n = '';
    for (let d = 0; d < 10; d++) if (verhoeffValid(body + d)) n = body + d;
    return pick([`${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`, `${n.slice(0, 4)}-${n.slice(4, 8)}-${n.slice(8)}`, n]);
  }
  /** A person's PAN (4th letter P, 5th the surname's initial). */
  function pan(surname) {
    const initial = ascii(surname).toUpperCase()[0] ?? 'K';
    return `${letter()}${letter()}${letter()}P${initial}${pad(int(1, 9999), 4)}${letter()}`;
  }
  function codiceFiscale(first, last) {
    const split = (s) => {
      const up = ascii(s).toUpperCase();
      return [up.replace(/[AEIOU]/g, ''), up.replace(/[^AEIOU]/g, '')];
    };
    const [lc, lv] = split(last);
    const [fc, fv] = split(first);
    const surname = `${lc}${lv}XXX`.slice(0, 3);
    const name = fc.length >= 4 ? `${fc[0]}${fc[2]}${fc[3]}` : `${fc}${fv}XXX`.slice(0, 3);
    const year = int(1960, 2004);
    const month = 'ABCDEHLMPRST'[int(0, 11)];
    const day = int(1, 28) + (chance(0.5) ? 40 : 0);
    const place = pick(['H501', 'F205', 'L219', 'F839', 'D612', 'A944', 'D969', 'G273', 'L736', 'G224']);
    const body = `${surname}${name}${pad(year % 100, 2)}${month}${pad(day, 2)}${place}`;
    let sum = 0;
    for (let i = 0; i < 15; i++) {
      const ch = body[i];
      sum += i % 2 === 0 ? CF_ODD[ch] : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    }
    return body + UPPER[sum % 26];
  }
  /** A registration number that exists: real birth date, right 7th digit, check digit where one applies. */
  function registration(kind, era = chance(0.2) ? 'post2020' : 'pre2020') {
    let y, m;
    if (era === 'post2020') {
      y = int(2020, 2025);
      m = y === 2020 ? int(10, 12) : int(1, 12);
    } else {
      y = int(1955, 2019);
      m = int(1, 12);
    }
    const d = int(1, daysIn(y, m));
    return registrationBorn(kind, y, m, d);
  }
  /** The registration number of someone of `kind` born on y-m-d (check digit only before October 2020). */
  function registrationBorn(kind, y, m, d) {
    const foreigner = kind === 'KR_FRN';
    const g = (y >= 2000 ? 3 : 1) + (foreigner ? 4 : 0) + int(0, 1);
    const d12 = `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${g}${digits(5)}`;
    const check = y > 2020 || (y === 2020 && m >= 10) ? digits(1) : String(krCheck(d12, foreigner));
    return d12 + check;
  }
  /** Someone of `kind` born in [from, to] (inclusive months as [y, m]); the check digit follows the date. */
  function bornBetween(kind, [y0, m0], [y1, m1]) {
    const y = int(y0, y1);
    const m = int(y === y0 ? m0 : 1, y === y1 ? m1 : 12);
    return registrationBorn(kind, y, m, int(1, daysIn(y, m)));
  }
  const krLayout = (n) => pick([`${n.slice(0, 6)}-${n.slice(6)}`, `${n.slice(0, 6)}-${n.slice(6)}`, n, `${n.slice(0, 6)} ${n.slice(6)}`, `${n.slice(0, 6)}–${n.slice(6)}`]);
  /** Shaped like a registration number but impossible: no such birth date, a 7th digit of 0 or 9, or a birth date still in the future. */
  function impossibleRegistration(kind = pick(['date', 'date', 'seventh', 'future'])) {
    const yy = pad(int(50, 99), 2);
    let front;
    let g = String(pick([1, 2, 5, 6]));
    if (kind === 'date') {
      front = pick([
        () => `${yy}${pick(['13', '14', '00', '21'])}${pad(int(1, 28), 2)}`,
        () => `${yy}${pad(int(1, 12), 2)}${pick(['00', '32', '35', '40'])}`,
        () => `${yy}02${pick(['30', '31'])}`,
        () => `${yy}${pick(['04', '06', '09', '11'])}31`,
        () => `${pick(['85', '89', '93', '97', '99', '01', '05'])}0229`,
      ])();
      if (front.slice(0, 2) === '01' || front.slice(0, 2) === '05') g = String(pick([3, 4, 7, 8]));
    } else if (kind === 'seventh') {
      front = `${yy}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`;
      g = pick(['0', '9']);
    } else {
      front = `${pad(int(27, 29), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`;
      g = String(pick([3, 4, 7, 8]));
    }
    return `${front}${g}${digits(6)}`;
  }
  /** Czech or Slovak account: optional prefix (weights 10,5,8,4,2,1) and number (6,3,7,9,10,5,8,4,2,1), each ≡ 0 mod 11. */
  function czechSlovakAccount() {
    const part = (len, w) => {
      for (;;) {
        const body = `${int(1, 9)}${digits(len - 2)}`;
        const ww = w.slice(w.length - len);
        let s = 0;
        for (let i = 0; i < len - 1; i++) s += Number(body[i]) * ww[i];
        const need = (11 - (s % 11)) % 11;
        if (need < 10) return `${body}${need}`;
      }
    };
    const prefix = chance(0.3) ? part(int(2, 6), [10, 5, 8, 4, 2, 1]) : '';
    return { prefix, number: part(int(9, 10), [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]) };
  }
  /** 사업자등록번호: 10 digits, check digit with weights 1,3,7,1,3,7,1,3,5 (plus ⌊5·d9/10⌋); 3-2-5 or compact. */
  function businessRegistrationNumber() {
    const nine = `${int(101, 899)}${pad(int(1, 99), 2)}${digits(4)}`;
    const w = [1, 3, 7, 1, 3, 7, 1, 3, 5];
    let s = 0;
    for (let i = 0; i < 9; i++) s += Number(nine[i]) * w[i];
    s += Math.floor((Number(nine[8]) * 5) / 10);
    const n = `${nine}${(10 - (s % 10)) % 10}`;
    return pick([`${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`, `${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`, n]);
  }
  return { card, sin, aadhaar, pan, codiceFiscale, registration, registrationBorn, bornBetween, krLayout, impossibleRegistration, czechSlovakAccount, businessRegistrationNumber };
}

/** Draws from `make` until libphonenumber-js calls the number (without its extension) valid for `country`. */
export function phoneOf(country, make) {
  let tries = 0;
  for (;;) {
    const written = make();
    const bare = written.replace(/\s*(?:ext\.?|x|Ext|Durchwahl|poste|내선)\s*\d+$/u, '');
    if (isValidPhoneNumber(bare, country)) return written;
    if (++tries > 60) throw new Error(`no valid ${country} phone`);
  }
}

/** Makers of the national ids the detector claims (first written for the w11 set), bound to a seeded stream. */
export function nationalIdMakers({ int, pick, chance, digits, letter }) {
  const shuffle = (items) => shuffled(items, int);
  const SSN_GROUPS = () => {
    let area;
    do area = int(1, 899);
    while (area === 666);
    return [pad(area, 3), pad(int(1, 99), 2), pad(int(1, 9999), 4)];
  };
  function ssn() {
    const [a, g, s] = SSN_GROUPS();
    return pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
  }
  function nino() {
    const first = 'ABCEGHJKLMNOPRSTWXYZ';
    const second = 'ABCEGHJKLMNPRSTWXYZ';
    let prefix;
    do prefix = `${letter(first)}${letter(second)}`;
    while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix));
    const n = digits(6);
    const suffix = letter('ABCD');
    return chance(0.5) ? `${prefix}${n}${suffix}` : `${prefix} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} ${suffix}`;
  }
  /** Steuerliche Identifikationsnummer: 10 digits (first not 0, one digit twice, one absent) + ISO 7064 MOD 11,10. */
  function steuerId() {
    let ten;
    do {
      const pool = shuffle(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']).slice(0, 9);
      ten = shuffle([...pool, pick(pool)]).join('');
    } while (ten[0] === '0');
    let product = 10;
    for (const ch of ten) {
      let sum = (Number(ch) + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    const n = ten + String((11 - product) % 10);
    return pick([n, n, `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 8)} ${n.slice(8)}`, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 9)} ${n.slice(9)}`]);
  }
  /** French NIR (numéro de sécurité sociale), mainland departments, key 97 − n mod 97. */
  function nir() {
    const sex = String(int(1, 2));
    const yy = pad(int(60, 99), 2);
    const mm = pad(int(1, 12), 2);
    let dept;
    do dept = pad(int(1, 95), 2);
    while (dept === '20');
    const body = `${sex}${yy}${mm}${dept}${pad(int(1, 990), 3)}${pad(int(1, 999), 3)}`;
    const key = pad(97 - Number(BigInt(body) % 97n), 2);
    return chance(0.5) ? `${body}${key}` : `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`;
  }
  const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
  function dni() {
    if (chance(0.3)) {
      const prefix = pick(['X', 'Y', 'Z']);
      const n = digits(7);
      const letterOf = DNI_LETTERS[Number(`${'XYZ'.indexOf(prefix)}${n}`) % 23];
      return pick([`${prefix}${n}${letterOf}`, `${prefix}-${n}-${letterOf}`]);
    }
    const n = pad(int(1_000_000, 79_999_999), 8);
    const l = DNI_LETTERS[Number(n) % 23];
    return pick([`${n}${l}`, `${n}${l}`, `${n}-${l}`, `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5)}-${l}`]);
  }
  /** BSN: 9 digits, 11-proef (9·d1 + … + 2·d8 − d9 ≡ 0 mod 11). */
  function bsn() {
    for (;;) {
      const eight = `${int(1, 6)}${digits(7)}`;
      let s = 0;
      for (let i = 0; i < 8; i++) s += Number(eight[i]) * (9 - i);
      const last = s % 11;
      if (last === 10) continue;
      const n = `${eight}${last}`;
      return pick([n, n, `${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}`, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`]);
    }
  }
  /** Chinese resident identity number: area, birth date, sequence, MOD 11-2 check. */
  function chineseId() {
    const area = pick(['110101', '110105', '310104', '310115', '440305', '440106', '330106', '510107', '420106', '320102']);
    const y = int(1970, 2002);
    const m = int(1, 12);
    const body = `${area}${y}${pad(m, 2)}${pad(int(1, daysIn(y, m)), 2)}${digits(3)}`;
    const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let s = 0;
    for (let i = 0; i < 17; i++) s += Number(body[i]) * w[i];
    return body + '10X98765432'[s % 11];
  }
  /** Japanese My Number: 11 digits + check (weights 2–7, 2–6 from the right). */
  function myNumber() {
    const body = `${int(1, 9)}${digits(10)}`;
    let s = 0;
    for (let n = 1; n <= 11; n++) s += Number(body[11 - n]) * (n <= 6 ? n + 1 : n - 5);
    const r = s % 11;
    const n = body + String(r <= 1 ? 0 : 11 - r);
    return pick([n, `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`, `${n.slice(0, 4)}-${n.slice(4, 8)}-${n.slice(8)}`]);
  }
  return { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber };
}
