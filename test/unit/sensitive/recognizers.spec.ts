import { describe, expect, it } from 'vitest';
import { detectSensitive, type SensitiveType } from '../../../src/platform/privacy/index.js';

/** The [type, text] pairs found in `text`. */
const found = (text: string): [SensitiveType, string][] => detectSensitive(text).map((f) => [f.type, f.text]);

describe('Korean RRN / FRN', () => {
  it('finds checksum-valid numbers with or without hyphen', () => {
    expect(found('960121-1021413')).toEqual([['KR_RRN', '960121-1021413']]);
    expect(found('번호 9601211021413')).toEqual([['KR_RRN', '9601211021413']]);
    expect(found('911124-5678906')).toEqual([['KR_FRN', '911124-5678906']]);
  });
  it('accepts a checksum-less (post-2020 scheme) number only with a cue, at lower confidence', () => {
    expect(found('960121-1234567')).toEqual([]);
    const [f] = detectSensitive('주민등록번호: 210315-3847261');
    expect(f).toMatchObject({ type: 'KR_RRN', text: '210315-3847261' });
    expect(f!.confidence).toBeLessThan(0.9);
    expect(detectSensitive('RRN 960121-1021413')[0]!.confidence).toBeGreaterThan(f!.confidence);
  });
  it('rejects impossible dates, bad gender digits and longer runs', () => {
    expect(found('주민등록번호 001332-1234567')).toEqual([]);
    expect(found('960121+1021413')).toEqual([]);
    expect(found('960111-10214131')).toEqual([]);
    expect(found('주민번호 960121-7021413')).not.toContainEqual(['KR_RRN', '960121-7021413']);
  });
});

describe('US SSN', () => {
  it('finds formatted SSNs', () => {
    expect(found('SSN: 536-22-8741')).toEqual([['US_SSN', '536-22-8741']]);
    expect(found('abc 078 05 1123 abc')).toEqual([['US_SSN', '078 05 1123']]);
  });
  it('needs a cue for bare or mixed layouts', () => {
    expect(found('536228741')).toEqual([]);
    expect(found('my social security number is 536228741')).toEqual([['US_SSN', '536228741']]);
  });
  it('rejects invalid areas, groups, serials and known examples', () => {
    for (const s of ['000-12-1234', '666-12-1234', '912-12-1234', '078-00-1123', '078-05-0000', '078-05-1120', '219-09-9999', '693-09.4444']) {
      expect(found(`SSN ${s}`), s).toEqual([]);
    }
  });
});

describe('passport and driver licence', () => {
  it('are reported only next to a cue', () => {
    expect(found('M70689098')).toEqual([]);
    expect(found('Passport No. M70689098')).toEqual([['PASSPORT', 'M70689098']]);
    expect(found('여권번호는 M789C1234입니다')).toEqual([['PASSPORT', 'M789C1234']]);
    expect(found("Driver's license: D1234-5678-9012")).toEqual([['DRIVER_LICENSE', 'D1234-5678-9012']]);
    expect(found('DL# S53046211234')).toEqual([['DRIVER_LICENSE', 'S53046211234']]);
    expect(found('운전면허번호 11-22-123456-12')).toEqual([['DRIVER_LICENSE', '11-22-123456-12']]);
  });
  it('rejects Korean licences with an unknown region and cue-adjacent dates', () => {
    expect(found('운전면허 99-22-123456-12')).toEqual([]);
    expect(found('Licensed under MIT License, 2019-2023')).toEqual([]);
  });
});

describe('payment cards', () => {
  it('finds Luhn-valid numbers in issuer ranges, with space/dash groups', () => {
    expect(found('4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881').map(([t]) => t)).toEqual(['CREDIT_CARD', 'CREDIT_CARD', 'CREDIT_CARD']);
    expect(found('Amex 3782-822463-10005')).toEqual([['CREDIT_CARD', '3782-822463-10005']]);
    expect(found('MC 2223000048400011')).toEqual([['CREDIT_CARD', '2223000048400011']]);
  });
  it('rejects Luhn failures, unknown ranges, odd layouts and glued tokens', () => {
    expect(found('4012-8888-8888-1882')).toEqual([]);
    expect(found('2721465526338453')).toEqual([]);
    expect(found('4111-1111 1111-1111')).toEqual([]);
    expect(found('prefix6234917882863855')).toEqual([]);
    expect(found('Customer ID 1234-5678-9012')).toEqual([]);
  });
});

describe('IBAN and bank accounts', () => {
  it('finds IBANs compact, grouped and dash-separated', () => {
    expect(found('IBAN: GB82 WEST 1234 5698 7654 32')).toEqual([['IBAN', 'GB82 WEST 1234 5698 7654 32']]);
    expect(found('to DE89370400440532013000.')).toEqual([['IBAN', 'DE89370400440532013000']]);
    expect(found('AL47-2121-1009-0000-0002-3569-8741')).toEqual([['IBAN', 'AL47-2121-1009-0000-0002-3569-8741']]);
  });
  it('rejects wrong checksums, wrong lengths and unknown countries', () => {
    expect(found('GB82 WEST 1234 5698 7654 33')).toEqual([]);
    expect(found('IL15 0120 6900 0000')).toEqual([]);
    expect(found('XX22YYY1234567890123')).toEqual([]);
  });
  it('reports account numbers only next to a banking cue', () => {
    expect(found('110-123-456789')).toEqual([]);
    expect(found('급여 계좌: 110-123-456789 (신한은행)')).toEqual([['BANK_ACCOUNT', '110-123-456789']]);
    expect(found('Account number 000123456789')).toEqual([['BANK_ACCOUNT', '000123456789']]);
    expect(found('Account manager since 2016-2023')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it('finds US and international numbers', () => {
    expect(found('My US number is (415) 555-0132, and my international one is +1 415 555 0132')).toEqual([
      ['PHONE', '(415) 555-0132'],
      ['PHONE', '+1 415 555 0132'],
    ]);
    expect(found('+44 (20) 7123 4567')).toEqual([['PHONE', '+44 (20) 7123 4567']]);
  });
  it('finds Korean national numbers through the KR fallback', () => {
    expect(found('연락처 010-1234-5678, 02-312-4567')).toEqual([
      ['PHONE', '010-1234-5678'],
      ['PHONE', '02-312-4567'],
    ]);
    expect(found('01098765432')).toEqual([['PHONE', '01098765432']]);
  });
  it('finds national numbers of other regions than the configured one, without a cue word', () => {
    expect(detectSensitive('010-1234-5678', { defaultCountry: 'KR', fallbackCountries: [] })).toHaveLength(1);
    expect(detectSensitive('010-1234-5678', { fallbackCountries: [] })).toHaveLength(1);
    for (const s of ['(555) 123-4567', '555.123.4567', '+1-555-123-4567', '+44 20 7946 0958', '020 7946 0958', '+82 10-1234-5678', '089/7408396', '06 12 34 56 78']) {
      expect(found(`Reach me: ${s}.`.replace('Reach me: ', 'Then ')), s).toEqual([['PHONE', s]]);
    }
    expect(found('Then (555) 123-4567 x204 or 555-123-4567 ext. 12.')).toEqual([
      ['PHONE', '(555) 123-4567 x204'],
      ['PHONE', '555-123-4567 ext. 12'],
    ]);
  });
  it('judges every occurrence of a repeated number by its own context', () => {
    // Phone windows are validated once per distinct text; the cue rules must still apply per position.
    const filler = ' lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod '.repeat(2);
    const text = `phone 4155550132${filler}4155550132${filler}phone (415) 555-0132${filler}(415) 555-0132`;
    const phones = detectSensitive(text).map((f) => [f.start, f.confidence]);
    expect(phones).toEqual([
      [text.indexOf('4155550132'), 0.8],
      [text.indexOf('(415)'), 0.9],
      [text.lastIndexOf('(415)'), 0.8],
    ]);
  });
  it('takes cue words case-insensitively, as whole English words or Korean substrings', () => {
    expect(found('TELEPHONE 4155550132')).toEqual([['PHONE', '4155550132']]);
    expect(found('전화번호는 4155550132')).toEqual([['PHONE', '4155550132']]);
    expect(found('hotel 4155550132')).toEqual([]); // "tel" inside "hotel" is no cue
    expect(found('DRIVER’S LICENSE: D1234-5678-9012')).toEqual([['DRIVER_LICENSE', 'D1234-5678-9012']]);
  });
  it('ignores dates, years, versions, ISBNs, ids and invalid numbers', () => {
    for (const s of ['2019-2023', '2023-01-15', 'v2.10.3', 'ISBN 978-3-16-148410-0', 'Order ID 2025113047', '123-456-7890', '192.168.0.1', 'INV-2023-004512']) {
      expect(found(s), s).toEqual([]);
    }
  });
});

describe('e-mail', () => {
  it('finds addresses and trims sentence punctuation', () => {
    expect(found('try info@presidio.site or anotherinfo@presidio.site.')).toEqual([
      ['EMAIL', 'info@presidio.site'],
      ['EMAIL', 'anotherinfo@presidio.site'],
    ]);
    expect(found('메일은john@example.com입니다')).toEqual([['EMAIL', 'john@example.com']]);
    expect(found('a@xn--d1acufc.xn--p1ai')).toEqual([['EMAIL', 'a@xn--d1acufc.xn--p1ai']]);
  });
  it('rejects non-addresses', () => {
    for (const s of ['info@presidio.', '@invalid.com', 'invalidemail@', 'z@co.c', 'foo@_bar.com', 'multiple..dots@x.com', 'a@a@a@a']) {
      expect(found(s), s).toEqual([]);
    }
  });
});

describe('addresses', () => {
  it('finds US street addresses with optional unit, city, state, ZIP', () => {
    expect(found('Office: 123 Main St')).toEqual([['ADDRESS', '123 Main St']]);
    expect(found('1600 Amphitheatre Parkway, Mountain View, CA 94043')).toEqual([['ADDRESS', '1600 Amphitheatre Parkway, Mountain View, CA 94043']]);
  });
  it('finds Korean road-name and lot-number addresses', () => {
    expect(found('주소: 서울특별시 강남구 테헤란로 123')).toEqual([['ADDRESS', '서울특별시 강남구 테헤란로 123']]);
    expect(found('경기도 성남시 분당구 판교역로 235')).toEqual([['ADDRESS', '경기도 성남시 분당구 판교역로 235']]);
    expect(found('서울 강남구 역삼동 123-45')).toEqual([['ADDRESS', '서울 강남구 역삼동 123-45']]);
  });
  it('ignores career phrases that merely look like addresses', () => {
    expect(found('개발자로 5년 근무, 연구 개발로 3년 경력')).toEqual([]);
    expect(found('Team of 12 engineers; 5 Years Experience')).toEqual([]);
  });
});

describe('dates of birth', () => {
  it('reports a date only after a birth cue', () => {
    expect(found('DOB: 1990-05-17')).toEqual([['DATE_OF_BIRTH', '1990-05-17']]);
    expect(found('Born on 12 July 1978 in Seoul')).toEqual([['DATE_OF_BIRTH', '12 July 1978']]);
    expect(found('Date of birth: March 3, 1985')).toEqual([['DATE_OF_BIRTH', 'March 3, 1985']]);
    expect(found('생년월일 1988년 4월 9일')).toEqual([['DATE_OF_BIRTH', '1988년 4월 9일']]);
    expect(found('Joined on 1990-05-17')).toEqual([]);
    expect(found('Born to lead teams since 2010')).toEqual([]);
    expect(found('DOB: 1990-02-30')).toEqual([]);
  });
});

describe('options and result shape', () => {
  it('filters by type and confidence, sorts by start, never overlaps', () => {
    const text = 'SSN 536-22-8741, mail a@b.co, phone (415) 555-0132';
    expect(detectSensitive(text, { types: ['EMAIL'] }).map((f) => f.type)).toEqual(['EMAIL']);
    expect(detectSensitive(text, { minConfidence: 0.99 })).toEqual([]);
    const all = detectSensitive(text);
    expect(all.map((f) => f.start)).toEqual([...all.map((f) => f.start)].sort((a, b) => a - b));
    for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
    for (const f of all) {
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });
  it('masks previews', () => {
    const byType = Object.fromEntries(detectSensitive('SSN 536-22-6789, john@example.com, 4111 1111 1111 1111').map((f) => [f.type, f.masked]));
    expect(byType).toEqual({ US_SSN: '***-**-6789', EMAIL: 'j***@e***.com', CREDIT_CARD: '**** **** **** 1111' });
  });
});
