import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSensitive, redact } from '../../../src/platform/privacy/index.js';
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
  verhoeffValid,
} from '../../../src/platform/privacy/national-id-checks.js';

/** validator.js vectors (see test/fixtures/pii/SOURCE.md), keyed by our type. */
const { vectors } = JSON.parse(readFileSync(join(process.cwd(), 'test', 'fixtures', 'pii', 'national-id-vectors.json'), 'utf8')) as {
  vectors: Record<string, { valid: string[]; invalid: string[] }>;
};

const VALIDATORS: Record<string, (compact: string) => boolean> = {
  ES_DNI: isValidSpanishDniOrNie,
  IN_AADHAAR: isValidAadhaar,
  CN_RESIDENT_ID: isValidChineseResidentId,
  DE_TAX_ID: isValidGermanTaxId,
  CA_SIN: isValidCanadianSin,
  IT_FISCAL_CODE: isValidItalianFiscalCode,
  NL_BSN: isValidDutchBsn,
  IN_PAN: isValidIndianPan,
};

/**
 * Where our rule deliberately differs from validator.js: '000000000' is never issued as a SIN;
 * an omocodic codice fiscale (digits replaced by L–V) keeps a check letter computed over the
 * characters as written (DM 23/12/1976, as for DMLPRY77D15H501F), which gives M, not D, here;
 * 15-digit Chinese cards (pre-1999, no check digit) are out of scope; validator.js folds lower
 * case and strips slashes before validating, we validate the compact upper-case form.
 */
const DELIBERATELY_DIFFERENT = new Set(['CA_SIN:000000000', 'CN_RESIDENT_ID:110101491001001', 'IT_FISCAL_CODE:AXXFAXTTD41H501D']);
const compact = (value: string): string => value.toUpperCase().replace(/[\s/-]/g, '');

describe('national id validators against validator.js vectors', () => {
  for (const [type, { valid, invalid }] of Object.entries(vectors)) {
    const validate = VALIDATORS[type]!;
    it(`${type}: accepts its valid vectors`, () => {
      const wrong = valid.filter((v) => !DELIBERATELY_DIFFERENT.has(`${type}:${v}`) && !validate(compact(v)));
      expect(wrong).toEqual([]);
    });
    it(`${type}: rejects its invalid vectors written compactly`, () => {
      // validator.js rejects some of them only for their separators ('744 797 853'); compare the compact forms.
      const wronglyAccepted = invalid.filter((v) => validate(v.toUpperCase()) && !/[\s/-]/.test(v));
      expect(wronglyAccepted).toEqual([]);
    });
  }
});

describe('national id validators: check digits', () => {
  it('UK NINO: allocation rules', () => {
    expect(isValidUkNino('AB123456C')).toBe(true);
    expect(isValidUkNino('GB123456A')).toBe(false); // unallocated prefix
    expect(isValidUkNino('DA123456A')).toBe(false); // D never first
    expect(isValidUkNino('AB123456E')).toBe(false); // suffix A–D
  });
  it('French NIR: mod-97 key, Corsica', () => {
    expect(isValidFrenchNir('185057800608491')).toBe(true);
    expect(isValidFrenchNir('185057800608492')).toBe(false);
    expect(isValidFrenchNir('169022A00100111')).toBe(false);
    // 2A counts as 19: key for 1 69 02 2A 001 001 is 97 − (1690219001001 mod 97).
    const key = String(97 - (1690219001001 % 97)).padStart(2, '0');
    expect(isValidFrenchNir(`169022A001001${key}`)).toBe(true);
  });
  it('Verhoeff / Aadhaar', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
    expect(isValidAadhaar('123456789012')).toBe(false); // starts with 1
  });
  it('Japanese My Number check digit', () => {
    expect(isValidJapaneseMyNumber('123456789018')).toBe(true);
    expect(isValidJapaneseMyNumber('123456789017')).toBe(false);
  });
  it('Chinese resident id: date and MOD 11-2, X as check', () => {
    expect(isValidChineseResidentId('11010519491231002X')).toBe(true);
    expect(isValidChineseResidentId('110105194912310021')).toBe(false);
    expect(isValidChineseResidentId('11010519490231002X')).toBe(false); // 31 Feb… no: 1949-02-31
  });
  it('Spanish NIE and Italian omocodia', () => {
    expect(isValidSpanishDniOrNie('X1234567L')).toBe(true);
    expect(isValidSpanishDniOrNie('X12345678L')).toBe(false);
    expect(isValidItalianFiscalCode('DMLPRY77D15H501F')).toBe(true);
    expect(isValidItalianFiscalCode('DMLPRY77D15H501G')).toBe(false);
  });
});

const found = (text: string): [string, string][] => detectSensitive(text).map((f) => [f.type, f.text]);

describe('national ids in text', () => {
  it('finds ids with letters or a strong layout without a cue', () => {
    expect(found('Ref: AB 12 34 56 C on file')).toEqual([['UK_NINO', 'AB 12 34 56 C']]);
    expect(found('Holder 11010519491231002X, Beijing')).toEqual([['CN_RESIDENT_ID', '11010519491231002X']]);
    expect(found('N° 1 85 05 78 006 084 91 attached')).toEqual([['FR_NIR', '1 85 05 78 006 084 91']]);
    expect(found('DNI 12345678Z y NIE X1234567L')).toEqual([['ES_DNI', '12345678Z'], ['ES_DNI', 'X1234567L']]);
    expect(found('CF: DMLPRY77D15H501F')).toEqual([['IT_FISCAL_CODE', 'DMLPRY77D15H501F']]);
    expect(found('PAN ABCPE1234F')).toEqual([['IN_PAN', 'ABCPE1234F']]);
  });
  it('finds digit-led ids wherever their digit run starts (NIE letter and dashes before it, X check)', () => {
    expect(found('NIE X-1234567-L, DNI 00000023-T')).toEqual([['ES_DNI', 'X-1234567-L'], ['ES_DNI', '00000023-T']]);
    expect(found('a 11010519491231002X b')).toEqual([['CN_RESIDENT_ID', '11010519491231002X']]);
    // Inside a longer run, or after a dash-joined prefix, they are not ids.
    expect(found('9911010519491231002X 1-12345678Z')).toEqual([]);
  });
  it('reports purely numeric ids only next to their own name', () => {
    expect(found('SIN: 046 454 286')).toEqual([['CA_SIN', '046 454 286']]);
    expect(found('BSN 174559434')).toEqual([['NL_BSN', '174559434']]);
    expect(found('Steuer-ID 65929970489')).toEqual([['DE_TAX_ID', '65929970489']]);
    expect(found('Aadhaar: 2984 4886 3364')).toEqual([['IN_AADHAAR', '2984 4886 3364']]);
    expect(found('My Number 1234 5678 9018')).toEqual([['JP_MY_NUMBER', '1234 5678 9018']]);
    // The same digits without their name are not identity numbers.
    expect(found('order 046 454 286 and 174559434, batch 65929970489').filter(([t]) => t !== 'PHONE')).toEqual([]);
  });
  it('rejects wrong check digits even with a cue', () => {
    // (A 3-3-3 group may still be read as a phone number; it is not read as an ID.)
    const ids = (text: string) => found(text).filter(([type]) => type !== 'PHONE');
    expect(ids('SIN: 046 454 281')).toEqual([]);
    expect(ids('BSN 174559435')).toEqual([]);
    expect(found('DNI 12345678A')).toEqual([]);
    expect(found('CF: DMLPRY77D15H501G')).toEqual([]);
    expect(found('id 110105194912310021')).toEqual([]);
  });
  it('masks and redacts them as ID numbers', () => {
    const [finding] = detectSensitive('SIN: 046 454 286');
    expect(finding).toMatchObject({ type: 'CA_SIN', masked: '*** **4 286' });
    expect(redact('SIN: 046 454 286', detectSensitive('SIN: 046 454 286'))).toBe('SIN: [ID_NUMBER]');
  });
});
