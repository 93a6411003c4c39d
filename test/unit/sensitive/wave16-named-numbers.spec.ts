import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 16: labels of Persian, Arabic, Armenian, Azerbaijani and Nepali documents (passport, driving
// licence, date of birth), and the words that name a number as something other than a phone (a case, a
// purchase order, an employee id, a tax or company register number, a receipt). Examples written here.
const found = (text: string): [string, string][] => detectSensitive(text).map((f) => [f.type, f.text]);

describe('labels of more languages name their value', () => {
  it.each([
    ['شماره گذرنامه: K55102938', 'PASSPORT', 'K55102938'],
    ['رقم جواز السفر: B70314425', 'PASSPORT', 'B70314425'],
    ['Անձնագրի համար՝ AR1029384', 'PASSPORT', 'AR1029384'],
    ['राहदानी नं. 10293847', 'PASSPORT', '10293847'],
    ['شماره گواهینامه رانندگی: 5120394857', 'DRIVER_LICENSE', '5120394857'],
    ['رقم رخصة القيادة: 60412298', 'DRIVER_LICENSE', '60412298'],
    ['Վարորդական վկայական՝ KT118274', 'DRIVER_LICENSE', 'KT118274'],
    ['SÜRÜCÜLÜK VƏSİQƏSİ: AZ440192', 'DRIVER_LICENSE', 'AZ440192'],
    ['सवारी चालक अनुमतिपत्र नं. 01-06-55120398', 'DRIVER_LICENSE', '01-06-55120398'],
    ['Driving licence no. 05-02-11839204', 'DRIVER_LICENSE', '05-02-11839204'],
    ['Doğum tarixi: 14.02.1991', 'DATE_OF_BIRTH', '14.02.1991'],
    ['Təvəllüd: 30/11/1984', 'DATE_OF_BIRTH', '30/11/1984'],
    ['Ծննդյան ամսաթիվ՝ 02.05.1979', 'DATE_OF_BIRTH', '02.05.1979'],
    ['تاریخ تولد: 12/08/1990', 'DATE_OF_BIRTH', '12/08/1990'],
    ['जन्म मिति: 1994/03/21', 'DATE_OF_BIRTH', '1994/03/21'],
    ['F. de nac.: 09/10/1975', 'DATE_OF_BIRTH', '09/10/1975'],
  ])('%s', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it('a Korean licence keeps its printed layout and region', () => {
    expect(found('운전면허번호 11-22-123456-12')).toContainEqual(['DRIVER_LICENSE', '11-22-123456-12']);
    expect(found('운전면허번호 03-03-930540-03')).not.toContainEqual(['DRIVER_LICENSE', '03-03-930540-03']);
  });
});

describe('a number named as something else is no phone', () => {
  it.each([
    'Case 415-382-9921 resolved.',
    'Cost centre 4410-223, PO 0412983377.',
    'Ondernemingsnummer BE 0412.883.291.',
    "N° d’entreprise 0455.120.398",
    'Org.nr. 912 384 551',
    'Employee ID 84412093.',
    'Our interview ID is 212-483-9912.',
    'TIN no. 44120938.',
    'Tax Reg. No. 512-393-118.',
    '영수증 번호 3312-8841-2290',
  ])('%s', (text) => {
    expect(found(text).filter(([type]) => type === 'PHONE')).toEqual([]);
  });

  it('a phone after such a number is still a phone', () => {
    expect(found('Case 415-382-9921 resolved. Call me on 0475 12 34 56.')).toContainEqual(['PHONE', '0475 12 34 56']);
  });
});
