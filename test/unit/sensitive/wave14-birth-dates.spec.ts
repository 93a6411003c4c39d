import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 14: birth labels and date layouts of Latvian, Croatian, Slovak, Indonesian, Vietnamese, Hebrew,
// Greek, Argentine Spanish and Hungarian, and a place of birth written between the label and the date.
// Examples written here.
const birthDates = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'DATE_OF_BIRTH')
    .map((f) => f.text);

describe('birth labels and date layouts of more languages', () => {
  it.each([
    ['Dzim.: 03.11.1985', '03.11.1985'],
    ['dzimusi 1979. gada 4. augustā', '1979. gada 4. augustā'],
    ['Rođen/a: 9. ožujka 1990.', '9. ožujka 1990'],
    ['Narodený: 12. októbra 1984', '12. októbra 1984'],
    ['Lahir: 5 Maret 1991', '5 Maret 1991'],
    ['Tempat, tgl. lahir: Surabaya, 14/08/1987', '14/08/1987'],
    ['TTL: Medan, 01-02-1979', '01-02-1979'],
    ['Sinh ngày 7/10/1993', '7/10/1993'],
    ['Ngày sinh: ngày 3 tháng 12 năm 1990', 'ngày 3 tháng 12 năm 1990'],
    ['תאריך לידה: 11/04/1982', '11/04/1982'],
    ['ת. לידה: 6 May 1975', '6 May 1975'],
    ['Γεννήθηκα στις 14/6/1988', '14/6/1988'],
    ['Nací el 3 de mayo de 1986', '3 de mayo de 1986'],
    ['Szül. dátum: 1987. 04. 22.', '1987. 04. 22'],
  ])('%s', (text, date) => {
    expect(birthDates(`${text}\nPhone follows`)).toEqual([date]);
  });
});

describe('dates that are still no birth dates', () => {
  it.each(['TTL: 300 seconds, refreshed 12/05/2020', 'Lahirnya produk baru 2021', 'Tháng 5 năm 2020 tôi chuyển việc'])('%s', (text) => {
    expect(birthDates(text)).toEqual([]);
  });
});
