import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 16: a job board's printed profile, and many application forms, give each end of a
// job's dates a field of its own. Every example is invented for this spec.

const print = [
  'Priya Nair',
  '',
  'Work Experience',
  'Job title\tWarehouse Supervisor',
  'Company\tHarbour Foods Ltd',
  'Location\tLeeds',
  'Start date\tMar 2019',
  'End date\tPresent',
  'Description\tRun a team of twelve pickers on two shifts.',
  'Job title\tStock Controller',
  'Company\tNorthgate Logistics',
  'Location\tBradford',
  'Start date\tJun 2014',
  'End date\tFeb 2019',
  '',
  'Skills',
  'Stock control, forklift, SAP',
].join('\n');

describe('a job set as fields, each end of its dates in a field of its own', () => {
  it('gives each job both dates, and no job named after a date field', () => {
    expect(parseResume(print).work.map((job) => [job.position, job.name, job.location, job.startDate, job.endDate])).toEqual([
      ['Warehouse Supervisor', 'Harbour Foods Ltd', 'Leeds', '2019-03', undefined],
      ['Stock Controller', 'Northgate Logistics', 'Bradford', '2014-06', '2019-02'],
    ]);
  });

  it('keeps the description field as the job\'s duty, without its label', () => {
    expect(parseResume(print).work[0]?.highlights).toEqual(['Run a team of twelve pickers on two shifts.']);
  });
});
