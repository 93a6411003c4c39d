import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 11: numbers named as something else are not phones, bank accounts or SINs; accounts named
// right before them are not phones; Korean birth dates written "1990. 5. 9.". Examples written here.
const found = (text: string): [string, string][] => detectSensitive(text).map((f) => [f.type, f.text]);

describe('business and student numbers are not phones or ids', () => {
  it.each([
    'ABN 51 824 753 556, ACN 123 456 780.',
    'NZBN 9429041234567, GST 123-456-789.',
    'Thanks for the call today. Business number 123456782 RT0001.',
    'Thanks for the call today. Student number 202104417.',
    'NIP 526-104-08-28, REGON 012100784.',
  ])('%s', (text) => {
    expect(found(text).filter(([type]) => type === 'PHONE' || type === 'CA_SIN' || type === 'BANK_ACCOUNT')).toEqual([]);
  });

  it('a student number is no bank account even with an IBAN cue after it', () => {
    expect(found('Student number 201734552. My IBAN follows.').filter(([type]) => type === 'BANK_ACCOUNT')).toEqual([]);
  });
});

describe('a number named as a bank account is the account, not a phone', () => {
  it('bare and Korean dashed accounts', () => {
    expect(found('Please pay into bank account 4815162342. You can call me after 5.')).toEqual([['BANK_ACCOUNT', '4815162342']]);
    expect(found('휴대폰 번호가 바뀌었습니다. 급여 계좌: 하나은행 123-456789-01234 입니다.')).toEqual([['BANK_ACCOUNT', '123-456789-01234']]);
  });

  it('a resident-number cue nearer than the account cue says what the number is', () => {
    // (An impossible number, 30 February with a 7th digit 0, so no resident-number finding covers it.)
    const text = '주민번호 예시 880230-0123456 는 가짜입니다. 급여 계좌 안내';
    expect(found(text).filter(([type]) => type === 'BANK_ACCOUNT')).toEqual([]);
  });
});

describe('Korean birth dates written with a dot and a space', () => {
  it('생년월일: 1990. 5. 9.', () => {
    expect(found('생년월일: 1990. 5. 9.\n연락처 안내')).toEqual([['DATE_OF_BIRTH', '1990. 5. 9']]);
  });
});
