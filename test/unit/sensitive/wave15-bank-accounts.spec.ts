import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 15: account words of Nigeria (NUBAN), Taiwan and Hong Kong (薪轉帳戶, 銀行戶口), Thailand (เลขที่บัญชี),
// Serbia and Slovenia; Thai and Hong Kong layouts with single-digit groups; an ORCID iD is no account.
// Examples written here.
const accounts = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'BANK_ACCOUNT')
    .map((f) => f.text);

describe('account words and layouts of more countries', () => {
  it.each([
    ['Salary to: NUBAN: 0123456789 (GTBank)', '0123456789'],
    ['薪轉帳戶 812-334-556012 (國泰世華)', '812-334-556012'],
    ['銀行戶口：中銀香港 012-334-5-667788-1', '012-334-5-667788-1'],
    ['Account no. 123-4-56789-0 (Krungthai, savings)', '123-4-56789-0'],
    ['ธนาคารกสิกรไทย เลขที่บัญชี 0123456789', '0123456789'],
    ['Broj računa: 2650100000123456', '2650100000123456'],
  ])('%s', (text, account) => {
    expect(accounts(text)).toEqual([account]);
  });
});

describe('no account', () => {
  it.each([
    'Bank transfer details below.\nORCID 0000-0002-1674-5002.',
    'สำหรับฝ่ายบัญชี: 9176 5045 8533',
  ])('%s', (text) => {
    expect(accounts(text)).toEqual([]);
  });
});
