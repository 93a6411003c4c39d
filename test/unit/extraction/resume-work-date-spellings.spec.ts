import { describe, expect, it } from 'vitest';
import { findDateRange } from '../../../src/modules/documents/extraction/resume-dates.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 21: a job's dates as people outside the English-speaking world write them — month names of their
// own language, "Oct/2019", "01-2020 / present", "Feb 21 – present". Every example is written for this spec
// (invented people, employers and places).

describe('month names and ongoing words of other languages', () => {
  it('reads French, Spanish, Portuguese, German, Italian and Dutch months, long or abbreviated, and their "now"', () => {
    expect(findDateRange("avril 2016 – aujourd'hui")).toMatchObject({ startDate: '2016-04', isCurrent: true });
    expect(findDateRange('SEPT. 2011 – DÉC. 2015')).toMatchObject({ startDate: '2011-09', endDate: '2015-12' });
    expect(findDateRange('agosto 2012 – actualidad')).toMatchObject({ startDate: '2012-08', isCurrent: true });
    expect(findDateRange('out. 2018 – atual')).toMatchObject({ startDate: '2018-10', isCurrent: true });
    expect(findDateRange('Okt. 2017 – heute')).toMatchObject({ startDate: '2017-10', isCurrent: true });
    expect(findDateRange('maggio 2014 – giugno 2019')).toMatchObject({ startDate: '2014-05', endDate: '2019-06' });
    expect(findDateRange('mrt 2020 – heden')).toMatchObject({ startDate: '2020-03', isCurrent: true });
  });

  it('does not join a month name ending one cell to the year opening the next', () => {
    expect(findDateRange('Instituto Veinticinco de Mayo\t2008 – 2011')).toMatchObject({ startDate: '2008', endDate: '2011' });
  });
});

describe('numeric and short spellings of a span', () => {
  it('reads a month joined to its year by a slash or a hyphen, and a slash between spaces as the dash', () => {
    expect(findDateRange('Apr/2017 – Nov/2020')).toMatchObject({ startDate: '2017-04', endDate: '2020-11' });
    expect(findDateRange('03-2015 / 11-2018')).toMatchObject({ startDate: '2015-03', endDate: '2018-11' });
    expect(findDateRange('09-2021 / present')).toMatchObject({ startDate: '2021-09', isCurrent: true });
  });

  it('reads a month name with a two-digit year only as a span that does not run backwards', () => {
    expect(findDateRange('Jun 19 – present')).toMatchObject({ startDate: '2019-06', isCurrent: true });
    expect(findDateRange('Sep 15 – Mar 19')).toMatchObject({ startDate: '2015-09', endDate: '2019-03' });
    expect(findDateRange('Nov 20 – Feb 3')).toBeUndefined();
  });

  it('gives the jobs of a phone note their dates', () => {
    const resume = parseResume(
      [
        'Mariela Ocampo', 'mariela.ocampo@example.com', '', 'Work:', 'Hostal Los Ceibos', 'Night Receptionist', 'Jun 19 – present – Colonia',
        '• Check-ins for 40 rooms', '', 'Panadería Doña Rosa', 'Cashier', 'mayo 2015 – abril 2019 – Carmelo', '• Opened the shop at six',
      ].join('\n'),
    );
    expect(resume.work.map(({ name, position, startDate, endDate }) => ({ name, position, startDate, endDate }))).toEqual([
      { name: 'Hostal Los Ceibos', position: 'Night Receptionist', startDate: '2019-06', endDate: undefined },
      { name: 'Panadería Doña Rosa', position: 'Cashier', startDate: '2015-05', endDate: '2019-04' },
    ]);
  });
});
