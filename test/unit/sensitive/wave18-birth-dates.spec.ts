import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 18: birth labels of Uzbek, Kazakh, Mongolian, Maltese, Urdu/Persian and Khmer, the Khmer colon, and "as"
// between an English birth cue and its date. Examples written here.
const births = (text: string): string[] => detectSensitive(text).filter((f) => f.type === 'DATE_OF_BIRTH').map((f) => f.text);

describe('dates of birth after more labels', () => {
  it.each([
    ["Tug'ilgan sana: 14/05/1991", '14/05/1991'],
    ['Туған күні: 03.11.1986', '03.11.1986'],
    ['Төрсөн огноо: 1993.07.21', '1993.07.21'],
    ['Imwieled/a fi 12.04.1979', '12.04.1979'],
    ['Data tat-twelid: 5 March 1982', '5 March 1982'],
    ['تاریخ پیدائش: ۰۴/۱۱/۱۹۸۹', '۰۴/۱۱/۱۹۸۹'],
    ['ថ្ងៃខែឆ្នាំកំណើត៖ ១៧/០២/១៩៩៤', '១៧/០២/១៩៩៤'],
    ['The form has my birth date as 1988/09/30, please fix it.', '1988/09/30'],
  ])('%s', (text, date) => {
    expect(births(text)).toEqual([date]);
  });

  it('a date after another label is no date of birth', () => {
    expect(births('Start date as 2019/09/30')).toEqual([]);
    expect(births('Sana: 14/05/2021')).toEqual([]);
  });
});
