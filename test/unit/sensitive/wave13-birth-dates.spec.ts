import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 13: birth dates labelled by a form's field name (JSON, YAML, a table's "|"), by the Finnish,
// Czech, Turkish, German and French abbreviations, after a Korean particle or calendar marker, and
// written in Finnish month names or the Czech "d. m. yyyy". Examples written here.
const datesOfBirth = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'DATE_OF_BIRTH')
    .map((f) => f.text);

describe('a birth date after a field name or a table cell', () => {
  it.each([
    ['{"name": "A. Virtanen", "date_of_birth": "1988-02-14"}', '1988-02-14'],
    ['{"birth_date": "3. helmikuuta 1979", "city": "Oulu"}', '3. helmikuuta 1979'],
    ['birth_date: 02.06.1971\njob_id: 4411', '02.06.1971'],
    ["dob: '07/08/1990'", '07/08/1990'],
    ['Date of birth | 19.11.84', '19.11.84'],
    ['Geburtsdatum | 2. Mai 1977', '2. Mai 1977'],
  ])('%s', (text, date) => {
    expect(datesOfBirth(text)).toEqual([date]);
  });
});

describe('a birth date after a label in the local language, in the local form', () => {
  it.each([
    ['Syntymäpäivä: 9.10.1983', '9.10.1983'],
    ['syntynyt 14. elokuuta 1969', '14. elokuuta 1969'],
    ['Nar.: 3. 4. 1958', '3. 4. 1958'],
    ['Datum narození: 28. 2. 1992', '28. 2. 1992'],
    ['D. Tarihi: 8 Eylül 1971', '8 Eylül 1971'],
    ['Geb.-Dat.: 30.1.1962', '30.1.1962'],
    ['date de naiss. : 12/09/1986', '12/09/1986'],
    ['născută la 21.03.1994', '21.03.1994'],
    ['생년월일은 1979.11.02입니다', '1979.11.02'],
    ['생년월일(양력) 1990. 07. 15.', '1990. 07. 15'],
  ])('%s', (text, date) => {
    expect(datesOfBirth(text)).toEqual([date]);
  });

  it('does not read a validity date or a dotted number without a birth label', () => {
    expect(datesOfBirth('Passport valid until 20. 7. 2031; ref 12. 3. 45')).toEqual([]);
    expect(datesOfBirth('"applied_at": "2026-10-14"')).toEqual([]);
  });
});
