import { describe, expect, it } from 'vitest';
import { containsDate, findDateRange } from '../../../src/modules/documents/extraction/resume-dates.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 11: the work section read in the date styles and entry shapes real CVs use.
// Every example is written for this spec from common résumé conventions; people, employers and
// places are invented or generic.

describe('date grammar: months in Roman numerals', () => {
  it('reads "IX.2020 – XI.2024" and "VII.2022 – present" as months', () => {
    expect(findDateRange('IX.2020 – XI.2024')).toMatchObject({ startDate: '2020-09', endDate: '2024-11' });
    expect(findDateRange('VII.2022 – present · Tirana, Albania')).toMatchObject({ startDate: '2022-07', isCurrent: true });
    expect(findDateRange('I.2019 – VIII.2020')).toMatchObject({ startDate: '2019-01', endDate: '2020-08' });
    expect(findDateRange('iv.2015 - xii.2016')).toMatchObject({ startDate: '2015-04', endDate: '2016-12' });
  });

  it('takes no Roman numeral without its dot, nor a word ending in one, for a month', () => {
    expect(findDateRange('Louis XIV 2020')).toMatchObject({ endDate: '2020' });
    expect(findDateRange('Louis XIV 2020')?.startDate).toBeUndefined();
    expect(findDateRange('Taxi.2020 – 2021')).toMatchObject({ startDate: '2020', endDate: '2021' });
  });
});

describe('date grammar: months with two-digit years', () => {
  it('reads "04/22 – 08/26" and "02/26 – now" as a range of months', () => {
    expect(findDateRange('04/22 – 08/26 · Graz, Austria')).toMatchObject({ startDate: '2022-04', endDate: '2026-08', isCurrent: false });
    expect(findDateRange('02/26 – now')).toMatchObject({ startDate: '2026-02', isCurrent: true });
    expect(findDateRange('07/98 - 3/01')).toMatchObject({ startDate: '1998-07', endDate: '2001-03' });
    expect(containsDate('09/20 – 01/22')).toBe(true);
  });

  it('takes no lone "04/22", fraction or backwards pair for a date', () => {
    expect(findDateRange('Open 24/7 since the refit')).toBeUndefined();
    expect(findDateRange('Scored 04/22 on the practical')).toBeUndefined();
    expect(findDateRange('3/4 - 1/2 of the team')).toBeUndefined();
    expect(containsDate('Final mark 5.6/6')).toBe(false);
  });

  it('gives a job its dates from such a line', () => {
    const text = ['Mara Lint', '', 'Experience', '', 'Head Acoustician @ Northfield Hearing', '04/22 – 08/26 · Graz, Austria', '', '• Fitted 300 hearing aids.'].join('\n');
    expect(parseResume(text).work[0]).toMatchObject({ position: 'Head Acoustician', name: 'Northfield Hearing', startDate: '2022-04', endDate: '2026-08' });
  });
});

describe('date grammar: full dates', () => {
  it('reads day-first dates (Europass, European forms) and keeps the month', () => {
    expect(findDateRange('01/04/2022 – 01/08/2026\tGraz, Austria')).toMatchObject({ startDate: '2022-04', endDate: '2026-08' });
    expect(findDateRange('15.09.2019 – present')).toMatchObject({ startDate: '2019-09', isCurrent: true });
  });

  it('reads a month-first date when its middle number cannot be a month', () => {
    expect(findDateRange('04/15/2020 - 06/30/2021')).toMatchObject({ startDate: '2020-04', endDate: '2021-06' });
  });

  it('gives a Europass entry, dates above the role, its dates', () => {
    const text = ['Mara Lint', '', 'WORK EXPERIENCE', '01/09/2020 – 01/01/2022', 'SENIOR ACOUSTICIAN', 'Northfield Hearing', '• Fitted 300 hearing aids.'].join('\n');
    expect(parseResume(text).work[0]).toMatchObject({ startDate: '2020-09', endDate: '2022-01' });
  });
});

describe('work places', () => {
  it('reads "Town (Country)" beside a title and an employer as the place, whole', () => {
    const text = ['Mara Lint', '', 'Experience', '', 'Mine Manager @ Northfield Gold', '2024.04 – present · Ridgeton (South Africa)', '• Ran the night shift.'].join('\n');
    expect(parseResume(text).work[0]).toMatchObject({ position: 'Mine Manager', name: 'Northfield Gold', location: 'Ridgeton (South Africa)' });
  });

  it('still reads "Employer (Country)" under its title as the employer and its country', () => {
    const text = ['Mara Lint', '', 'Experience', '', 'Mine Manager', 'Northfield (Germany)', '2019 – 2021', '• Ran the night shift.'].join('\n');
    expect(parseResume(text).work[0]).toMatchObject({ position: 'Mine Manager', name: 'Northfield', location: 'Germany' });
  });

  it('takes the name after the dates as the place and the name on its own line below as the employer (Europass)', () => {
    const text = ['Mara Lint', '', 'WORK EXPERIENCE', '03/2016 – 03/2020 Eastbrook', 'MINE SURVEYOR', 'Northfield Gold', '• Surveyed the stopes.'].join('\n');
    expect(parseResume(text).work[0]).toMatchObject({ position: 'MINE SURVEYOR', name: 'Northfield Gold', location: 'Eastbrook' });
  });

  it('keeps a name before the dates as the entry\'s head, and a place after a separator below as the place', () => {
    const text = ['Mara Lint', '', 'Experience', '', 'Westmere Lending Library\t2019-03 – 2021-12', 'Library Assistant · Eastbrook', '• Ran the rhyme-time club.'].join('\n');
    expect(parseResume(text).work[0]).toMatchObject({ position: 'Library Assistant', name: 'Westmere Lending Library', location: 'Eastbrook' });
  });

  it('splits "Employer, Title, Town, Region, Country" into two roles and a three-part place', () => {
    const text = ['Mara Lint', '', 'Experience', '', 'Hillcrest Wine Estate, Harvest Winemaker, Ohrid, Southwestern, North Macedonia\tI.2026 – now', '• Made the reserve blend.'].join('\n');
    expect(parseResume(text).work[0]).toMatchObject({ position: 'Harvest Winemaker', name: 'Hillcrest Wine Estate', location: 'Ohrid, Southwestern, North Macedonia' });
  });
});

describe('an employer followed by where the work was, wave 14', () => {
  it('reads two places joined by "&" after the employer as the place, not part of the employer', () => {
    const text = ['Tomas Rell', '', 'Experience', '', 'Field Surveyor\tMarch 2021 – present', 'Keldane Geodata, Vanta & Orsholm', '• Set out control points for two bridges.'].join('\n');
    expect(parseResume(text).work[0]).toMatchObject({ position: 'Field Surveyor', name: 'Keldane Geodata', location: 'Vanta & Orsholm' });
  });

  it('reads "at sea" and "offshore" after the employer as the place', () => {
    const text = ['Tomas Rell', '', 'Experience', '', 'Second Officer\t2019 – 2022', 'Brisant Tanker Management, at sea', '• Kept the cargo watch.'].join('\n');
    expect(parseResume(text).work[0]).toMatchObject({ position: 'Second Officer', name: 'Brisant Tanker Management', location: 'at sea' });
  });

  it('keeps a firm named after two people whole after a title', () => {
    const text = ['Tomas Rell', '', 'Experience', '', 'Solicitor, Marlow & Pike\t2019 – 2022', '• Ran conveyancing files.'].join('\n');
    expect(parseResume(text).work[0]).toMatchObject({ position: 'Solicitor', name: 'Marlow & Pike' });
  });
});

describe('a job whose first line labels its employer, wave 14', () => {
  it('reads the value after "사업장명:" or "Employer:" as the employer, not the label', () => {
    const korean = ['윤하람', '', '경력 사항', '사업장명:\t(주)솔밭식품', '근무기간:\t2021.03 ~ 현재', '직무: 품질관리 주임', '근무지역:\t청주', '담당 업무:', '• HACCP 기록 관리'].join('\n');
    expect(parseResume(korean).work[0]).toMatchObject({ name: '(주)솔밭식품', position: '품질관리 주임', location: '청주', startDate: '2021-03' });
    const english = ['Tomas Rell', '', 'Experience', '', 'Employer: Brisant Tanker Management', 'Period: 2019 – 2022', 'Position: Second Officer', '• Kept the cargo watch.'].join('\n');
    expect(parseResume(english).work[0]).toMatchObject({ name: 'Brisant Tanker Management', position: 'Second Officer' });
  });
});

describe('a job whose dates end in an open dash, wave 14', () => {
  it('reads "October 2020 –" ending a job header line as a role still going on', () => {
    const text = ['Tomas Rell', '', 'Experience', '', 'Field Surveyor\tOctober 2020 –', 'Keldane Geodata', '• Set out control points for two bridges.'].join('\n');
    const job = parseResume(text).work[0]!;
    expect(job).toMatchObject({ position: 'Field Surveyor', name: 'Keldane Geodata', startDate: '2020-10' });
    expect(job.endDate).toBeUndefined();
  });

  it('does not call a job ongoing when the next line may hold its end, and leaves findDateRange as it was', () => {
    const wrapped = ['Tomas Rell', '', 'Experience', '', 'Field Surveyor, Keldane Geodata\tOctober 2020 –', 'March 2022', '• Set out control points for two bridges.'].join('\n');
    expect(parseResume(wrapped).work[0]?.endDate).toBeDefined();
    expect(findDateRange('October 2020 –')).toMatchObject({ endDate: '2020-10', isCurrent: false });
    expect(findDateRange('2019 –')).toMatchObject({ endDate: '2019', isCurrent: false });
  });
});
