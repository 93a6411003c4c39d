import { describe, expect, it } from 'vitest';
import { analyzeKoreanRegistrationNumber, checkDigit } from '../../../src/platform/privacy/korean-registration-number.js';
import { luhnValid } from '../../../src/platform/privacy/luhn.js';
import { ibanChecksumValid, mod97 } from '../../../src/platform/privacy/mod97.js';
import { cardBrandOf } from '../../../src/platform/privacy/payment-card-issuers.js';
import { isValidSsn } from '../../../src/platform/privacy/us-ssn.js';
import { isCalendarDate } from '../../../src/platform/privacy/calendar-date.js';
import { detectSensitive } from '../../../src/platform/privacy/sensitive-detector.js';

describe('luhn', () => {
  it.each(['4111111111111111', '5555555555554444', '371449635398431', '79927398713'])('accepts %s', (d) => {
    expect(luhnValid(d)).toBe(true);
  });
  it.each(['4111111111111112', '79927398710', '1', '', '12a4'])('rejects %j', (d) => {
    expect(luhnValid(d)).toBe(false);
  });
});

describe('mod97 / IBAN checksum', () => {
  it('computes ISO 7064 remainders with letters as 10..35', () => {
    expect(mod97('97')).toBe(0);
    expect(mod97('A')).toBe(10);
    expect(mod97('abc')).toBe(-1);
  });
  it.each(['DE89370400440532013000', 'GB82WEST12345698765432', 'AL47212110090000000235698741', 'NO9386011117947'])('accepts %s', (iban) => {
    expect(ibanChecksumValid(iban)).toBe(true);
  });
  it.each(['DE89370400440532013001', 'GB82WEST12345698765433', 'AL47212110090000000235698740'])('rejects %s', (iban) => {
    expect(ibanChecksumValid(iban)).toBe(false);
  });
});

describe('card issuer ranges', () => {
  it.each([
    ['4111111111111111', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['2223000048400011', 'mastercard'],
    ['371449635398431', 'amex'],
    ['6011000400000000', 'discover'],
    ['3528000700000000', 'jcb'],
    ['36050234196908', 'diners'],
    ['6234917882863855', 'unionpay'],
    ['6759649826438453', 'maestro'],
  ])('%s is %s', (pan, brand) => {
    expect(cardBrandOf(pan)).toBe(brand);
  });
  it('rejects Mastercard 2-series outside 2221–2720 and wrong lengths', () => {
    expect(cardBrandOf('2721465526338453')).toBeNull();
    expect(cardBrandOf('2220175103860763')).toBeNull();
    expect(cardBrandOf('41111111111111')).toBeNull(); // Visa is never 14 digits
  });
});

describe('Korean registration numbers', () => {
  it('validates the legacy RRN and FRN check digits', () => {
    expect(analyzeKoreanRegistrationNumber('9601211021413')).toMatchObject({ kind: 'KR_RRN', checksumValid: true, birthYear: 1996 });
    expect(analyzeKoreanRegistrationNumber('9111245678906')).toMatchObject({ kind: 'KR_FRN', checksumValid: true, birthYear: 1991 });
    expect(analyzeKoreanRegistrationNumber('0509122000019')).toMatchObject({ kind: 'KR_RRN', checksumValid: true, birthYear: 1905 });
    expect(checkDigit('960121102141', 'KR_RRN')).toBe(3);
  });
  it('keeps structurally valid numbers whose checksum fails (post-2020 numbers have none)', () => {
    expect(analyzeKoreanRegistrationNumber('9601211234567')).toMatchObject({ checksumValid: false });
    expect(analyzeKoreanRegistrationNumber('2103153847261')).toMatchObject({ birthYear: 2021, issuedUnderRandomScheme: true });
  });
  it('rejects impossible dates and gender digits', () => {
    expect(analyzeKoreanRegistrationNumber('0013321234567')).toBeNull(); // month 13
    expect(analyzeKoreanRegistrationNumber('9502301234567')).toBeNull(); // 30 February
    expect(analyzeKoreanRegistrationNumber('000229' + '3123456')).not.toBeNull(); // 2000 is a leap year
    expect(analyzeKoreanRegistrationNumber('010229' + '3123456')).toBeNull(); // 2001 is not
  });
  it('rejects a birth date after today: nobody is registered before being born', () => {
    const today = new Date('2026-11-30T12:00:00Z');
    expect(analyzeKoreanRegistrationNumber('2710153123456', today)).toBeNull(); // 2027
    expect(analyzeKoreanRegistrationNumber('2906017123456', today)).toBeNull(); // FRN, 2029
    expect(analyzeKoreanRegistrationNumber('2612153123456', today)).toBeNull(); // later this year
    expect(analyzeKoreanRegistrationNumber('2611303123456', today)).toMatchObject({ kind: 'KR_RRN', birthYear: 2026 }); // today
    expect(analyzeKoreanRegistrationNumber('2710151123456', today)).toMatchObject({ birthYear: 1927 }); // gender 1: the 1900s
  });
  it('finds no registration number born in the future in text, cue or not', () => {
    const nextYear = String((new Date().getUTCFullYear() + 1) % 100).padStart(2, '0');
    expect(detectSensitive(`주민등록번호: ${nextYear}0615-3123456`).filter((f) => f.type === 'KR_RRN')).toEqual([]);
    expect(detectSensitive(`${nextYear}0615-7123456`).filter((f) => f.type === 'KR_FRN')).toEqual([]);
  });
  it('derives the century from the gender digit', () => {
    expect(analyzeKoreanRegistrationNumber('0505053637892')?.birthYear).toBe(2005);
    expect(analyzeKoreanRegistrationNumber('0505057637892')).toMatchObject({ kind: 'KR_FRN', birthYear: 2005 });
  });
  it('treats gender digits 0 and 9 (1800s births) as impossible', () => {
    expect(analyzeKoreanRegistrationNumber('0505059637892')).toBeNull();
    expect(analyzeKoreanRegistrationNumber('0505050637892')).toBeNull();
  });
});

describe('US SSN rules', () => {
  it.each(['078051123', '536228741', '001010001', '899991234'])('accepts %s', (ssn) => expect(isValidSsn(ssn)).toBe(true));
  it.each([
    ['000121234', 'area 000'],
    ['666121234', 'area 666'],
    ['912121234', 'area 9xx'],
    ['078001123', 'group 00'],
    ['078050000', 'serial 0000'],
    ['078051120', 'Woolworth example'],
    ['219099999', 'SSA pamphlet example'],
    ['123456789', 'placeholder'],
    ['111111111', 'repeated digit'],
  ])('rejects %s (%s)', (ssn) => expect(isValidSsn(ssn)).toBe(false));
});

describe('calendar dates', () => {
  it('knows month lengths and leap years', () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2023, 4, 31)).toBe(false);
    expect(isCalendarDate(2023, 13, 1)).toBe(false);
  });
});
