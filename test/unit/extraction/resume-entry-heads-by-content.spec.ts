import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 24: a job's head (title, employer, place, dates) found by what its lines name, not by whether a
// PDF drew them as list items. Every example is written for this spec; people and employers are invented.

const jobs = (experience: string): ReturnType<typeof parseResume>['work'] =>
  parseResume(`Vera Kolar\nvera.kolar@example.org\n\nExperience\n${experience}\n\nSkills\nNegotiation`).work;

describe('an entry head drawn as list items', () => {
  it('reads name items above a dates line as the next job, not the duties of the one before', () => {
    const work = jobs(
      [
        '• Field Sales Representative',
        '• Medilab Shpk',
        'Mar 2019 – present\tKorçë',
        '• Looked after 140 doctors and 65 pharmacies in the south-east.',
        '• Ran eleven training evenings for family doctors.',
        '• Pharmacist',
        '• Farmacia Qendrore',
        'Oct 2015 – Feb 2019\tKorçë',
        '• Dispensed and advised on about 200 prescriptions a day.',
      ].join('\n'),
    );
    expect(work).toHaveLength(2);
    expect(work[0]).toMatchObject({ position: 'Field Sales Representative', name: 'Medilab Shpk', startDate: '2019-03' });
    expect(work[1]).toMatchObject({ position: 'Pharmacist', name: 'Farmacia Qendrore', startDate: '2015-10', endDate: '2019-02' });
    expect(work[1]!.highlights).toEqual(['Dispensed and advised on about 200 prescriptions a day.']);
  });

  it('reads a dates item and the name items after it as a job when the dates come first', () => {
    const work = jobs(
      [
        '• May 2020 – present',
        '• WORKSHOP FOREMAN',
        '• Druri Konstruksion · Shkodër',
        '• Planned the work of nine joiners on two shifts.',
        '• Jan 2012 – Apr 2020',
        '• Joiner',
        '• Falegnameria Rossi · Treviso',
        '• Built kitchen fronts and stairs to drawings.',
      ].join('\n'),
    );
    expect(work).toHaveLength(2);
    expect(work[0]).toMatchObject({ startDate: '2020-05', highlights: ['Planned the work of nine joiners on two shifts.'] });
    expect(work[0]!.position?.toLowerCase()).toBe('workshop foreman');
    expect(work[1]).toMatchObject({ position: 'Joiner', startDate: '2012-01', endDate: '2020-04' });
  });

  it('reads a card of items after a blank line, whatever words name its role', () => {
    const work = jobs(['', '• (주)동해승강기', '• 반장', '• 2021.03 - 현재 · 김포', '• 승강기 140대 월 정기점검 및 고장 출동 (야간 당번 포함)', '', '• (주)서해승강기', '• 설치 보조', '• 2015.01 - 2017.06 · 인천'].join('\n'));
    expect(work).toHaveLength(2);
    expect(work[0]).toMatchObject({ name: '(주)동해승강기', position: '반장', startDate: '2021-03' });
    expect(work[1]).toMatchObject({ name: '(주)서해승강기', position: '설치 보조', startDate: '2015-01', endDate: '2017-06' });
  });
});

describe('entries set side by side', () => {
  it('reads cards under a row of dates by columns, one job per column', () => {
    const work = jobs(
      [
        'since Mar 2019\t2013 – Feb 2019\tsummers 2010–2012',
        'Head Purser\tPurser\tCafé Assistant',
        'Baltic Ferries Ab\tBaltic Ferries Ab\tHarbour Café Oy',
        '• Ran a hotel department of 70 in two watches.',
      ].join('\n'),
    );
    expect(work).toHaveLength(3);
    expect(work[0]).toMatchObject({ position: 'Head Purser', name: 'Baltic Ferries Ab', startDate: '2019-03', highlights: ['Ran a hotel department of 70 in two watches.'] });
    expect(work[1]).toMatchObject({ position: 'Purser', startDate: '2013', endDate: '2019-02' });
    expect(work[2]).toMatchObject({ position: 'Café Assistant', name: 'Harbour Café Oy', startDate: '2010', endDate: '2012' });
  });
});

describe('duties stay duties', () => {
  it('keeps a short last duty above the next job whose head names its role', () => {
    const work = jobs(['Sous Chef\tJan 2018 – Dec 2020', 'Harbour Kitchen, Bristol', '• Trained junior kitchen staff', 'Line Cook\tMar 2015 – Dec 2017', 'Old Mill Inn, Bath'].join('\n'));
    expect(work).toHaveLength(2);
    expect(work[0]!.highlights).toEqual(['Trained junior kitchen staff']);
    expect(work[1]).toMatchObject({ position: 'Line Cook', startDate: '2015-03' });
  });

  it('keeps a duty that mentions years inside its words', () => {
    const work = jobs(['Tax Clerk', 'Nordvik Accounting AS', '2013 – 2019', '• Filed 180 clients’ returns a year', '• No missed deadlines (2015–2019)'].join('\n'));
    expect(work).toHaveLength(1);
    expect(work[0]!.highlights).toEqual(['Filed 180 clients’ returns a year', 'No missed deadlines (2015–2019)']);
  });
});
