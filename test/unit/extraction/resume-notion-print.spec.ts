import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 22: a Notion page printed to PDF, as the PDF reader gives its text: page properties
// ("Role⇥…"), the jobs as an inline database whose title column prints its "Aa" icon, and an opened
// toggle per job with its bullets. Every example is written for this spec; people and employers are invented.

const page = [
  'Ilse Vrolijk',
  'Role\tHarbour Pilot',
  'Location\tWillemstad',
  'Email\tilse.vrolijk@example.org',
  '',
  'Experience',
  'Aa Company\tRole\tDates\tLocation',
  'Loodswezen Caribe\tHarbour Pilot\t1.9.2019–\tSchottegat',
  'Rederij Ostwind\tSecond Officer\t1.3.2014–31.8.2019\tRotterdam',
  '▾ Harbour Pilot — Loodswezen Caribe',
  '• About 900 ship movements a year, tankers up to 280 m.',
  '• Trains two pilot candidates each season.',
].join('\n');

describe('a Notion page printed to PDF', () => {
  const resume = parseResume(page);

  it('reads a page property naming the role as the headline', () => {
    expect(resume.basics.label).toBe('Harbour Pilot');
  });

  it('reads the database of jobs by its header row, a date ending in its dash as a role still going on', () => {
    expect(resume.work.map(({ name, position, location, startDate, endDate }) => ({ name, position, location, startDate, endDate }))).toEqual([
      { name: 'Loodswezen Caribe', position: 'Harbour Pilot', location: 'Schottegat', startDate: '2019-09', endDate: undefined },
      { name: 'Rederij Ostwind', position: 'Second Officer', location: 'Rotterdam', startDate: '2014-03', endDate: '2019-08' },
    ]);
  });

  it('gives an opened toggle’s bullets to the job its title names', () => {
    expect(resume.work[0]!.highlights).toEqual(['About 900 ship movements a year, tankers up to 280 m.', 'Trains two pilot candidates each season.']);
  });
});

describe('rows that are not a page property or a job’s details', () => {
  it('takes no headline from a job form’s "Job Title⇥…" row under a heading', () => {
    const form = ['Ilse Vrolijk', 'Harbour Pilot', 'ilse.vrolijk@example.org', '', 'Work Experience', 'Job Title\tSecond Officer', 'Company\tRederij Ostwind'].join('\n');
    expect(parseResume(form).basics.label).toBe('Harbour Pilot');
  });

  it('keeps a table row’s place and wrapped lines with the row', () => {
    const table = ['Ilse Vrolijk', '', 'Employment', 'Dates\tRole\tOrganisation', '', '09/2019 – today\tHarbour Pilot\tLoodswezen Caribe', 'Willemstad, Curaçao', '• Piloted about 900 ship movements a year.'].join('\n');
    expect(parseResume(table).work).toEqual([expect.objectContaining({ name: 'Loodswezen Caribe', position: 'Harbour Pilot', location: 'Willemstad, Curaçao', startDate: '2019-09' })]);
  });
});
