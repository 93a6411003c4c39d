import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 19: a date of birth read by its shape after a birth cue — day, month (a number, a month name matched as a
// prefix of an inflected word, or any word between a leading day and a trailing year) and year in any order, with
// short words or unit markers between them, also a few words after the cue. No language's labels are listed.
// Examples written here.
const births = (text: string): string[] => detectSensitive(text).filter((f) => f.type === 'DATE_OF_BIRTH').map((f) => f.text);

describe('dates of birth by their shape', () => {
  it.each([
    // Month names in scripts no list holds: Thaana, Tamil, Sinhala.
    ['Date of birth: 3 ޖަނަވަރީ 1985\nNationality: Maldivian', '3 ޖަނަވަރީ 1985'],
    ['DOB: 17 ஆகஸ்ட் 1979', '17 ஆகஸ்ட் 1979'],
    ['Born on 5 අගෝස්තු 1990 in Kandy.', '5 අගෝස්තු 1990'],
    // A Kurdish suffix glued to the day and to the month, and a month of two words.
    ['Birth date: 4ی کانوونی دووەمی 1979', '4ی کانوونی دووەمی 1979'],
    // Unit markers between the parts (Mongolian, Kazakh, Uzbek), a Maltese particle.
    ['DOB 1996 оны 3 сарын 8', '1996 оны 3 сарын 8'],
    ['Date of birth: 1987 жылғы 2 наурыз', '1987 жылғы 2 наурыз'],
    ['Born 1990-yil 11-mart', '1990-yil 11-mart'],
    ["Born on 2 ta' Marzu 1984", "2 ta' Marzu 1984"],
    // Words between the cue and the date.
    ['My date of birth remains 14-02-1971.', '14-02-1971'],
    ['Nacido/a el 03/09/1988 en Salto', '03/09/1988'],
    ['생년월일은 변동 없이 1979. 3. 2입니다.', '1979. 3. 2'],
    ['My date of birth is still ٢٢/٠٤/١٩٨٦.', '٢٢/٠٤/١٩٨٦'],
  ])('%s', (text, date) => {
    expect(births(text)).toEqual([date]);
  });

  it('a cue with a year, a count or a period after it is no date of birth', () => {
    expect(births('I was born in 1984 and have 12 years of experience.')).toEqual([]);
    expect(births('Born 1990, moved to Leeds in 2008.')).toEqual([]);
    expect(births('Date of birth: 12 months 2040')).toEqual([]);
    expect(births('Started on 3 March 2019')).toEqual([]);
  });
});

// A personal-details block: the line right after a person's name is "<label>: <date>", whatever the label's language.
describe('dates of birth in a personal-details block', () => {
  it.each([
    ['Applicant: Nimal Perera\nஜனன திகதி: 1984-02-11\nNationality: Sri Lankan', '1984-02-11'],
    ['1. Full name: HAWA NAKATO\n2. Olunaku lwe kuzaalibwa: 03/06/1979\n3. Passport: B1234567', '03/06/1979'],
    ['Partner: Ahmed Naseem\nއުފަން ދުވަސް: 9 ޖުލައި 1982\n', '9 ޖުލައި 1982'],
  ])('%s', (text, date) => {
    expect(births(text)).toEqual([date]);
  });

  it('a recent date, a date with more on its line or a date after no name is no date of birth', () => {
    expect(births('Name: Jane Okello\nJoined: 12/03/2020\n')).toEqual([]);
    expect(births('Name: Jane Okello\nIssued: 12/03/2001 by the Kampala office\n')).toEqual([]);
    expect(births('Role: 4 years\nPeriod: 12/03/1999\n')).toEqual([]);
  });
});
