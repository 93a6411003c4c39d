import { describe, expect, it } from 'vitest';
import { detectSensitive, type SensitiveType } from '../../../src/platform/privacy/index.js';

/** The [type, text] pairs found in `text`. */
const found = (text: string): [SensitiveType, string][] => detectSensitive(text).map((f) => [f.type, f.text]);
const phones = (text: string): string[] => detectSensitive(text).filter((f) => f.type === 'PHONE').map((f) => f.text);

describe('phone numbers as written in Sweden, Poland, Denmark, India, Brazil, Italy', () => {
  it.each([
    ['Mobil: 070-123 45 67', '070-123 45 67'],
    ['Tel: 08-604 157 46', '08-604 157 46'],
    ['Telefon 22 347 19 05', '22 347 19 05'],
    ['Tlf.: 33 12 34 56', '33 12 34 56'],
    ['Mobil 4597 3411', '4597 3411'],
    ['Mobile: 98765 43210', '98765 43210'],
    ['Mobile: 098765 43210', '098765 43210'],
    ['Celular: (21) 98567-8348', '(21) 98567-8348'],
    ['Telefone (11) 2018-4674', '(11) 2018-4674'],
    ['Cellulare 347 123 4567', '347 123 4567'],
  ])('%s', (text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });

  it('keeps the local extension words with the number', () => {
    expect(phones('Tel. 02 4123 5678 int. 24')).toEqual(['02 4123 5678 int. 24']);
    expect(phones('Telefone: (11) 3456-7890 ramal 215')).toEqual(['(11) 3456-7890 ramal 215']);
    expect(phones('Tel.: 22 347 19 05 wew. 31')).toEqual(['22 347 19 05 wew. 31']);
    expect(phones('Ph: 080-2345 6789 Extn. 12')).toEqual(['080-2345 6789 Extn. 12']);
  });

  it('stops a number at a sentence end or a parenthesis instead of losing it to the next number', () => {
    expect(phones('Tel 089 745 6389. 16 Clontarf Road')).toEqual(['089 745 6389']);
    expect(phones('휴대폰: +82 10-8900-6541 (01421) 대전광역시')).toEqual(['+82 10-8900-6541']);
  });

  it('does not read the tail of a longer spaced number as a phone, nor an id ending a sentence', () => {
    expect(phones('NIR 1 85 05 78 006 084 36. Tél 01 23 45 67 89')).toEqual(['01 23 45 67 89']);
    expect(phones('Numéro de sécurité sociale : 2 94 03 75 120 005 22, merci.')).toEqual([]);
    expect(found('Aadhaar 2984 4886 3364. Tel 020 7946 0958')).toEqual([
      ['IN_AADHAAR', '2984 4886 3364'],
      ['PHONE', '020 7946 0958'],
    ]);
    expect(phones('Dalla’s Pizza, SD 20241 440-600-5124')).toEqual(['440-600-5124']);
  });

  it('does not read a 12-digit payroll number as a Brazilian or Indian phone', () => {
    expect(phones('For the payroll form: 221264865000. Contact: a@b.co')).toEqual([]);
  });
});

describe('numbers named as something else are not phones', () => {
  it.each([
    'Membership no. 415-555-0132',
    'Member number: 604 555 0147',
    'Part no. 212-555-0199',
    'Invoice no. 732 005 0536.',
    'Tracking number: 0412 345 678',
    'Licence no. 0412 345 678',
    'Numero ordine: 578-859-7609',
    'Nr zamówienia: 512 345 678',
    'Medlemsnummer 070-123 45 67',
  ])('%s', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it('even with a phone cue elsewhere in the line, unless the phone cue names it', () => {
    expect(phones('Phone: 0412 345 678 | Invoice no. 732 005 0536')).toEqual(['0412 345 678']);
    expect(phones('Order no. 178 006 8327')).toEqual([]);
  });

  it('a reference word after a bare number does not take it', () => {
    expect(phones('Phone: 0466113736\nBooking reference 6612')).toEqual(['0466113736']);
  });
});

describe('driver licences: only what a licence cue names', () => {
  it('ignores a licence class line next to a phone, a postcode or an order number', () => {
    expect(found('Licence class C1 since 2009. Mobile 021-555-0199').map(([t]) => t)).not.toContain('DRIVER_LICENSE');
    expect(found('Driver licence: full, class B, held since 2018.\nOrder no. 178 006 8327').map(([t]) => t)).not.toContain('DRIVER_LICENSE');
    expect(found('Porto Alegre - RS, 90570-020\n운전면허 1종 보통 (2016년 취득).').map(([t]) => t)).not.toContain('DRIVER_LICENSE');
    expect(found('Software licence 2019, 44 seats; invoice 2231-7741').map(([t]) => t)).not.toContain('DRIVER_LICENSE');
  });
  it('still finds a licence number named by its cue', () => {
    expect(found("Driver's licence: D1234-5678-9012")).toEqual([['DRIVER_LICENSE', 'D1234-5678-9012']]);
    expect(found('Licence no. 12345678')).toEqual([['DRIVER_LICENSE', '12345678']]);
    expect(found('운전면허번호 11-22-123456-12')).toEqual([['DRIVER_LICENSE', '11-22-123456-12']]);
  });
});
