import { describe, expect, it } from 'vitest';
import { doubledLinesReader } from '../../../src/modules/documents/extraction/plain-doubled-lines.js';
import { readWith } from '../../../src/modules/documents/extraction/plain-text-reader.js';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// An invented profile copied from a professional network's page: every heading, name and date stands
// twice (once for the eye, once for screen readers), two roles are grouped under one employer with
// its kind of contract and total length, and a single role names its employer beside "Full-time".
const twice = (lines: readonly string[]): string[] => lines.flatMap((line) => (line === '' || line.startsWith('•') ? [line] : [line, line]));
const PROFILE = twice([
  'Teuila Faleolo',
  'Harbour Pilot',
  'Apia, Samoa · Contact info',
  '',
  'Experience',
  'Samoa Ports Authority',
  'Full-time · 12 yrs 3 mos',
  'Matautu Wharf',
  'Harbour Pilot',
  'Jan 2019 - Present · 7 yrs 11 mos',
  '• Brought 600 container ships a year alongside in all weather.',
  'Tug Master',
  'Oct 2014 - Dec 2018 · 4 yrs 3 mos',
  'Deckhand',
  'Pacific Ferries · Seasonal',
  '2010 - 2014 · 4 yrs',
  'Salelologa',
  '• Handled mooring lines on the Savai’i crossing.',
  '',
  'Education',
  'National University of Samoa',
  'Certificate in Maritime Studies',
  '2008 - 2010',
]).join('\n');

describe('a profile copied from a professional network', () => {
  it('writes each doubled line once, and leaves a text with a repeated line or two alone', () => {
    expect(readWith(doubledLinesReader, 'Experience\nExperience\nAcme\nAcme\n• Did things\n• Did things\nPilot\nPilot\n2019 - 2020\n2019 - 2020\nEducation\nEducation\nX\nX\nY\nY\nZ\nZ')).toBe(
      'Experience\nAcme\n• Did things\nPilot\n2019 - 2020\nEducation\nX\nY\nZ',
    );
    const text = 'Jo Bloggs\nWelder\n\nExperience\nWelder\nWelder\nAcme\n2019 - 2020\nWelded gates.\nEducation\nTech College\n2015 - 2017\nSkills\nTIG';
    expect(readWith(doubledLinesReader, text)).toBe(text);
  });

  it('reads grouped and single roles with their employer, place and dates', () => {
    const resume = parseResume(extractPlainText(new TextEncoder().encode(PROFILE), 'txt').text);
    expect(resume.work.map((job) => [job.position, job.name, job.location, job.startDate, job.endDate])).toEqual([
      ['Harbour Pilot', 'Samoa Ports Authority', 'Matautu Wharf', '2019-01', undefined],
      ['Tug Master', 'Samoa Ports Authority', 'Matautu Wharf', '2014-10', '2018-12'],
      ['Deckhand', 'Pacific Ferries', 'Salelologa', '2010', '2014'],
    ]);
    expect(resume.work[0]!.highlights).toEqual(['Brought 600 container ships a year alongside in all weather.']);
    expect(resume.work[2]!.highlights).toEqual(['Handled mooring lines on the Savai’i crossing.']);
  });

  it('leaves a text alone whose lines repeat in runs that are no page doubling (one sentence over and over, a line three times)', () => {
    const sentence = 'Led the billing team through a migration to a new platform.';
    const over = Array.from({ length: 40 }, () => sentence).join('\n');
    expect(readWith(doubledLinesReader, over)).toBe(over);
    const thrice = Array.from({ length: 8 }, (_, i) => [`Line ${i}`, `Line ${i}`, `Line ${i}`]).flat().join('\n');
    expect(readWith(doubledLinesReader, thrice)).toBe(thrice);
  });
});
