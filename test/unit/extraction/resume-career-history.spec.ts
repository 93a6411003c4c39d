import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 16: a career history sent alone opens with its title heading, sets the personal
// rows under it, a summary, a table of the jobs with no heading of its own, then the details of each
// job. Every example is invented for this spec.

const history = [
  'CAREER HISTORY',
  '',
  'Name\tPriya Nair',
  'Telephone\t+44 20 7946 0958',
  'E-mail\tpriya.nair@example.org',
  'Position applied for\tWarehouse Manager',
  '',
  'Career summary',
  'Warehouse supervisor with ten years in chilled food distribution.',
  'Employer\tPeriod\tPosition\tLocation',
  'Harbour Foods Ltd\tMarch 2019 – to date\tWarehouse Supervisor\tLeeds',
  'Northgate Logistics\tJune 2014 – February 2019\tStock Controller\tBradford',
  '',
  '1. Harbour Foods Ltd',
  'Period\tMarch 2019 – to date',
  'Position\tWarehouse Supervisor',
  'Location\tLeeds',
  'Responsibilities and achievements\t- Run a team of twelve pickers on two shifts.',
  '',
  '2. Northgate Logistics',
  'Period\tJune 2014 – February 2019',
  'Position\tStock Controller',
  'Location\tBradford',
].join('\n');

describe('a career history alone', () => {
  const work = parseResume(history).work;

  it('reads each job once, from the table under the summary and the details after it', () => {
    expect(work.map((job) => [job.name, job.position, job.location, job.startDate, job.endDate])).toEqual([
      ['Harbour Foods Ltd', 'Warehouse Supervisor', 'Leeds', '2019-03', undefined],
      ['Northgate Logistics', 'Stock Controller', 'Bradford', '2014-06', '2019-02'],
    ]);
  });

  it('keeps the duties of the details and takes no personal row for a job', () => {
    expect(work[0]?.highlights).toEqual(['Run a team of twelve pickers on two shifts.']);
    expect(work.some((job) => job.position === 'Name' || job.name === 'Position applied for')).toBe(false);
  });
});
