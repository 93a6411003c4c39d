import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 17: dates of birth with the month names of CLDR's locales and of the Islamic, Solar Hijri and
// Bikram Sambat calendars, after a comma or a calendar note, in Lithuanian's year-first layout, and
// after the birth labels of Estonian, Lithuanian, Italian forms, Macedonian and Bengali. Examples written here.
const births = (text: string): string[] => detectSensitive(text).filter((f) => f.type === 'DATE_OF_BIRTH').map((f) => f.text);

describe('dates of birth in more languages and calendars', () => {
  it.each([
    ['Born: 3 јуни 1990', '3 јуни 1990'],
    ['Date of birth: 9 Mac 1987', '9 Mac 1987'],
    ['Birth date: 30 Disember 2001', '30 Disember 2001'],
    ['DOB: 4 veebruar 1979', '4 veebruar 1979'],
    ['জন্ম তারিখ: ১২ মার্চ ১৯৮৮', '১২ মার্চ ১৯৮৮'],
    ['Gimusi 1990 m. gegužės 3 d.', '1990 m. gegužės 3'],
    ['Sündinud 05.07.1969', '05.07.1969'],
    ['Nascita: 2° marzo 1977', '2° marzo 1977'],
    ['Родена на 14.02.1983', '14.02.1983'],
    ['Датум на раѓање: 1 октомври 1975', '1 октомври 1975'],
    ['Lahir pada 7 Ogos 1993', '7 Ogos 1993'],
    ['I enclose my date of birth, 11 March 1984, as asked.', '11 March 1984'],
  ])('Gregorian: %s', (text, date) => {
    expect(births(text)).toEqual([date]);
  });

  it.each([
    ['تاريخ الميلاد: 14 رمضان 1405هـ', '14 رمضان 1405'],
    ['تاريخ الميلاد (هجري): 03/11/1410', '03/11/1410'],
    ['تاریخ تولد: 12 مهر 1369', '12 مهر 1369'],
    ['تاریخ تولد: 1369/07/12', '1369/07/12'],
    ['जन्म मिति: 2048 भदौ 9', '2048 भदौ 9'],
  ])('other calendars: %s', (text, date) => {
    expect(births(text)).toEqual([date]);
  });

  it('a date no living person was born on, or one without a birth cue, is not a date of birth', () => {
    expect(births('Born: 3 јуни 1790')).toEqual([]);
    expect(births('تاريخ الميلاد: 14 رمضان 1205هـ')).toEqual([]);
    expect(births('Joined the team, 22 October 1985, as a trainee')).toEqual([]);
    expect(births('Meeting on 12 Ogos 1998')).toEqual([]);
  });
});
