import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 14: several roles under one employer, each role's title and dates set as list
// items like its duties (a LinkedIn-style export). Every example is written for this spec; people,
// employers and places are invented.

const jobsOf = (lines: readonly string[]) =>
  (parseResume(['Ines Varo', '', 'Experience', ...lines, '', 'Education', 'Harbour College', 'BSc Geography', '2010 – 2013'].join('\n')).work ?? [])
    .map(({ name, position, location, startDate, endDate, highlights }) => ({ name, position, location, startDate, endDate, highlights }));

describe('roles grouped under one employer as list items', () => {
  it('reads each titled and dated item pair as a role of that employer, with the duties under it', () => {
    expect(jobsOf([
      'Brackwater Ferries',
      '• Chief Engineer',
      '• March 2021 – present · Oban',
      '• Kept two main engines running through 4,000 crossings a year.',
      '• Deck Engineer',
      '• June 2017 – February 2021 · Oban',
      'Lowmoor Boatyard',
      '• Apprentice Fitter',
      '• Sept. 2014 – May 2017 · Troon',
      'Deckhand',
      'Firth Seafoods',
      '2012 – 2014 · Troon',
      '• Rebuilt gearboxes for fishing boats.',
    ])).toEqual([
      { name: 'Brackwater Ferries', position: 'Chief Engineer', location: 'Oban', startDate: '2021-03', endDate: undefined, highlights: ['Kept two main engines running through 4,000 crossings a year.'] },
      { name: 'Brackwater Ferries', position: 'Deck Engineer', location: 'Oban', startDate: '2017-06', endDate: '2021-02', highlights: undefined },
      { name: 'Lowmoor Boatyard', position: 'Apprentice Fitter', location: 'Troon', startDate: '2014-09', endDate: '2017-05', highlights: undefined },
      { name: 'Firth Seafoods', position: 'Deckhand', location: 'Troon', startDate: '2012', endDate: '2014', highlights: ['Rebuilt gearboxes for fishing boats.'] },
    ]);
  });

  it('reads a role whose title and dates share one item', () => {
    const jobs = jobsOf(['Brackwater Ferries', '• Chief Engineer 2021.03 ~ 2023.12 · Oban', '• Ran the engine room.', '• Deck Engineer 2017.06 ~ 2021.02 · Oban']);
    expect(jobs.map(({ name, position, startDate, endDate }) => ({ name, position, startDate, endDate }))).toEqual([
      { name: 'Brackwater Ferries', position: 'Chief Engineer', startDate: '2021-03', endDate: '2023-12' },
      { name: 'Brackwater Ferries', position: 'Deck Engineer', startDate: '2017-06', endDate: '2021-02' },
    ]);
  });

  it('leaves one job alone whose duties mention years', () => {
    const jobs = jobsOf(['Chief Engineer', 'Brackwater Ferries', 'March 2021 – present · Oban', '• Refitted both ferries between 2022 – 2023 on budget.', '• Trained four cadets.']);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ name: 'Brackwater Ferries', position: 'Chief Engineer', highlights: ['Refitted both ferries between 2022 – 2023 on budget.', 'Trained four cadets.'] });
  });
});

describe('an entry header under its dates', () => {
  it('is no employer heading roles when a dated item follows it', () => {
    const jobs = jobsOf(['2019 – 2022', 'Lowmoor Boatyard, Fitter, Troon', '• 2016 – 2018 (national service)', 'Navy, Mechanic, Rosyth']);
    expect(jobs[0]).toMatchObject({ startDate: '2019', endDate: '2022' });
  });
});
