import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 15: birth labels and month names of Georgian, Thai, Arabic, Serbian (both scripts) and Slovene;
// Thai Buddhist-era and Republic-of-China years; "07-Jul-2003"; Korean two-digit years; "b." for born.
// Examples written here.
const birthDates = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'DATE_OF_BIRTH')
    .map((f) => f.text);

describe('birth labels, month names and calendars of more languages', () => {
  it.each([
    ['დაბადების თარიღი: 14 მარტი, 1987', '14 მარტი, 1987'],
    ['დაიბადა 02.09.1979', '02.09.1979'],
    ['Date of birth: 3 ოქტომბერი 1972 წ.', '3 ოქტომბერი 1972'],
    ['วันเกิด: 9 กุมภาพันธ์ 2531', '9 กุมภาพันธ์ 2531'],
    ['วัน/เดือน/ปีเกิด: 14 ต.ค. 2529', '14 ต.ค. 2529'],
    ['เกิดวันที่ 21/11/2530', '21/11/2530'],
    ['Born on 05/03/2534', '05/03/2534'],
    ['تاريخ الميلاد: 12/05/1991', '12/05/1991'],
    ['Date of Birth: 4 يونيو 1983', '4 يونيو 1983'],
    ['Датум рођења: 8. фебруара 1992. године', '8. фебруара 1992'],
    ['Rođen: 17. novembar 1984.', '17. novembar 1984'],
    ['Datum rojstva: 6. julija 1979', '6. julija 1979'],
    ['出生年月日：民國77年6月18日', '民國77年6月18日'],
    ['DOB: 23-Sep-1986', '23-Sep-1986'],
    ['생년월일: 83년 4월 9일생', '83년 4월 9일'],
    ['Olusegun Bello, b. 2nd March, 1980, of Lagos', '2nd March, 1980'],
  ])('%s', (text, date) => {
    expect(birthDates(`${text}\nPhone follows`)).toEqual([date]);
  });
});

describe('still no date of birth', () => {
  it.each([
    // Buddhist-era years ahead of today and periods after "b." are no birth dates.
    'วันเกิด: 9 กุมภาพันธ์ 2590',
    'Appendix b. 12 pages, 2019',
    'Meeting on 07-Jul-2003 with the team',
    '民國77年6月18日 開始任職',
  ])('%s', (text) => {
    expect(birthDates(text)).toEqual([]);
  });
});
