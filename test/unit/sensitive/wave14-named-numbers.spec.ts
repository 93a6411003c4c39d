import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 14: numbers that name themselves as something other than a phone (a date with its time, a
// reference tied to the number by a clause, company-register and tax numbers of more countries), and
// labels on the next line that no longer veto the value before them. Examples written here.
const found = (text: string): string[] => detectSensitive(text).map((f) => `${f.type} ${f.text}`);

describe('not phone numbers', () => {
  it.each([
    'Created: 2025-03-14 16:42\nPriority: Low',
    '통화일시 2025-10-02 09:31 · 통화시간 12분',
    'The reference number you gave me was 514 207 389. Thanks!',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  // Next to a phone label, so that only the register's own name says what the number is.
  it.each([
    'IČO: 45120367.',
    'Cégjegyzékszám: 13-09-172045.',
    'Reģ. Nr. 40103927156.',
    'GCNĐKDN số 0312648807 do Sở KH&ĐT cấp.',
    'код ЄДРПОУ 31520487.',
    'Vergi No: 4710238456',
    '수험번호 58302176',
  ])('%s', (text) => {
    expect(found(`Phone: see below\n${text}`)).toEqual([]);
  });
});

describe('labels that name another value', () => {
  it('reads a phone after a line whose reference word names its own number', () => {
    expect(found('자격증번호 52130984417\n3\t김하린\t사원\t01052871946')).toContain('PHONE 01052871946');
  });

  it('keeps an account whose next line names an employee number', () => {
    expect(found('환급금 입금계좌 신한 110-452-671093\n\n사번 20241187')).toContain('BANK_ACCOUNT 110-452-671093');
  });

  it('keeps a licence whose next line names a phone', () => {
    expect(found('운전면허번호: 경기 14-203718-52\n> 연락처: +82)10-4410-2087')).toContain('DRIVER_LICENSE 경기 14-203718-52');
  });
});
