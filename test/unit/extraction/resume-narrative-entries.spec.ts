import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';
import { withNarrativeEntriesSplit } from '../../../src/modules/documents/extraction/work-entry-lines.js';

// Issue #10 §2, wave 16: a narrative CV writes each job as one paragraph, "Employer, Title, Town,
// dates." and then its duties as sentences. Every example is invented for this spec.

const narrative = [
  'Priya Nair',
  'Warehouse Supervisor',
  '',
  'Career history',
  'Harbour Foods Ltd, Warehouse Supervisor, Leeds, March 2019 – to date. Run a team of twelve pickers on two shifts. Cut mis-picks by a third with a scanner check.',
  'Northgate Logistics, Stock Controller, Bradford, June 2014 – February 2019. Ran the weekly cycle count for 8,000 lines.',
  'Kirk Bakery, Driver, Wakefield, 2011 – 2014. Delivered bread to forty shops before dawn.',
  '',
  'Skills',
  'Stock control, forklift, SAP',
].join('\n');

describe('a narrative career history, one paragraph per job', () => {
  it('gives one job per paragraph, with its header fields and dates', () => {
    const work = parseResume(narrative).work;
    expect(work.map((job) => [job.name, job.position, job.location, job.startDate, job.endDate])).toEqual([
      ['Harbour Foods Ltd', 'Warehouse Supervisor', 'Leeds', '2019-03', undefined],
      ['Northgate Logistics', 'Stock Controller', 'Bradford', '2014-06', '2019-02'],
      ['Kirk Bakery', 'Driver', 'Wakefield', '2011', '2014'],
    ]);
  });

  it('keeps each sentence after the dates as a duty of that job', () => {
    expect(parseResume(narrative).work[0]?.highlights).toEqual(['Run a team of twelve pickers on two shifts.', 'Cut mis-picks by a third with a scanner check.']);
  });

  it('leaves alone a sentence that mentions dates, and a header line with nothing after its dates', () => {
    const sentence = 'In 2019 – 2021, I ran the stores of three hospitals. Later I moved to logistics.';
    expect(withNarrativeEntriesSplit([sentence])).toEqual([sentence]);
    expect(withNarrativeEntriesSplit(['Harbour Foods Ltd, Warehouse Supervisor, March 2019 – to date'])).toEqual(['Harbour Foods Ltd, Warehouse Supervisor, March 2019 – to date']);
  });
});
