// Profile cards and two-column documents (issue #10 §2, wave 12): contact items set side by side
// with only their labels between them, a contact block read in the middle of the text after the main
// column, and an employer whose name holds commas before the town it is in. Invented résumés only.
import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

describe('a profile card', () => {
  it('splits labelled contact items set side by side with a space, and reads the place after its label', () => {
    const resume = parseResume(
      ['Pell Arrowsmith', 'Hoof Trimmer', 'Phone +44 7700 900123 E-mail pell@example.org Address Kendal, United Kingdom', '', 'Experience', 'Hoof Trimmer', 'Fell Farm Services Ltd', 'March 2020 – Present'].join('\n'),
      { defaultCountry: 'GB' },
    );
    expect(resume.basics.email).toBe('pell@example.org');
    expect(resume.basics.phone).toBe('+44 7700 900123');
    expect(resume.basics.location).toEqual({ city: 'Kendal', region: 'United Kingdom' });
  });
});

describe('a narrow contact column read after the main one', () => {
  const text = [
    'Marit Oksvold',
    'Sailmaker',
    '',
    'EXPERIENCE',
    'Sailmaker — Nordvind Sails, Inc., Tromsø',
    'JAN 2019 - PRESENT',
    '• Cut and sewed 40 racing sails a year.',
    'Apprentice — Oksvold Canvas, Ltd., Bodø, Norway',
    'JUN 2016 - DEC 2018',
    '',
    'EDUCATION',
    'Bodø Vocational School — Certificate, Sailmaking',
    '2014 - 2016',
    '',
    'Harstad, Troms',
    '+47 412 55 019',
    'marit@example.net',
    'marit.example.net',
    '',
    'SKILLS',
    'Sail Design, Hand Finishing',
  ].join('\n');
  const resume = parseResume(text, { defaultCountry: 'NO' });

  it('takes the block of an e-mail address, a phone number, a link and a place as the contact details', () => {
    expect(resume.basics.email).toBe('marit@example.net');
    expect(resume.basics.phone).toBe('+47 412 55 019');
    expect(resume.basics.location).toEqual({ city: 'Harstad', region: 'Troms' });
    expect(resume.basics.url).toBe('https://marit.example.net');
  });

  it('keeps the commas of the employer\'s name and reads the town after the last one as its place', () => {
    expect(resume.work.map((job) => [job.position, job.name, job.location])).toEqual([
      ['Sailmaker', 'Nordvind Sails, Inc.', 'Tromsø'],
      ['Apprentice', 'Oksvold Canvas, Ltd.', 'Bodø, Norway'],
    ]);
  });

  it('leaves a block that has a sentence in it alone', () => {
    const other = parseResume(['Marit Oksvold', 'Sailmaker', '', 'SUMMARY', 'I cut sails.', 'Write to marit@example.net for a quote on a new mainsail.', '+47 412 55 019'].join('\n'), { defaultCountry: 'NO' });
    expect(other.basics.location).toBeUndefined();
  });
});

describe('places and degrees as people in the Philippines write them', () => {
  const resume = parseResume(
    ['Liza Manalo', 'Payroll Clerk', 'Address: Lahug, Iloilo City, Philippines', 'liza@example.org', '', 'EDUCATION', 'Central Visayas State College', 'Bachelor of Science in Accountancy, major in Internal Auditing', '2008 – 2012'].join('\n'),
    { defaultCountry: 'PH' },
  );

  it('reads the town named as a city, not the district before it', () => {
    expect(resume.basics.location?.city).toBe('Iloilo City');
  });

  it('reads the field a degree names, not the specialisation within it', () => {
    expect(resume.education.map((school) => [school.studyType, school.area])).toEqual([['Bachelor of Science', 'Accountancy']]);
  });
});

describe('a job at a school', () => {
  it('reads the role over the school as one entry, not a role and then a school of its own', () => {
    const resume = parseResume(
      [
        'Experience',
        'School Librarian (Years 7–13)\t09/2019 - Present',
        'Harbourside Grammar School\tNelson, NZ',
        '• Rebuilt the reading programme for 600 students.',
        'Library Assistant\t02/2016 - 08/2019',
        'Tasman Intermediate School\tRichmond, NZ',
        '• Ran the book club.',
      ].join('\n'),
    );
    expect(resume.work.map((job) => [job.position, job.name, job.location, job.startDate, job.highlights?.length])).toEqual([
      ['School Librarian (Years 7–13)', 'Harbourside Grammar School', 'Nelson, NZ', '2019-09', 1],
      ['Library Assistant', 'Tasman Intermediate School', 'Richmond, NZ', '2016-02', 1],
    ]);
  });
});
