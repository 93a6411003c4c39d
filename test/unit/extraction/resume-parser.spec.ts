import { describe, expect, it } from 'vitest';
import { extractDetectedDocument } from '../../../src/modules/documents/extraction/extract-by-kind.js';
import { jsonResumeSchema } from '../../../src/kernel/resume/json-resume.js';
import { findDateRange, normalizeDate } from '../../../src/modules/documents/extraction/resume-dates.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';
import { detectSectionHeading } from '../../../src/kernel/resume/resume-sections.js';
import { loadLabels, readFixture } from '../../helpers/document-fixtures.js';

const labels = loadLabels();
const digits = (value: string | undefined): string => (value ?? '').replace(/\D/g, '');

describe('labelled fixtures parse into JSON Resume', () => {
  it('has at least eight fixtures across every format', () => {
    const kinds = new Set(Object.values(labels).map((label) => label.kind));
    expect(Object.keys(labels).length).toBeGreaterThanOrEqual(8);
    expect([...kinds].sort()).toEqual(['docx', 'md', 'pdf', 'txt']);
  });

  for (const [file, label] of Object.entries(labels)) {
    it(`${file}: name, contact, jobs, dates, schools and skills`, async () => {
      const document = await extractDetectedDocument(label.kind, readFixture(file));
      const resume = parseResume(document.text);
      expect(jsonResumeSchema.safeParse(resume).success).toBe(true);

      expect(resume.basics.name).toBe(label.name);
      expect(resume.basics.email).toBe(label.email);
      expect(digits(resume.basics.phone)).toBe(digits(label.phone));
      expect(resume.work.map((job) => job.position)).toEqual(label.titles);
      expect(resume.work.map((job) => job.name)).toEqual(label.employers);
      expect(resume.work.map((job) => ({ startDate: job.startDate ?? null, endDate: job.endDate ?? null }))).toEqual(label.dates);
      expect(resume.education.map((school) => school.institution)).toEqual(label.schools);
      const skills = resume.skills.flatMap((skill) => skill.keywords ?? (skill.name ? [skill.name] : []));
      expect(skills).toEqual(label.skills);
    });
  }

  it('keeps bullets as highlights and wrapped PDF bullet lines joined', async () => {
    const resume = parseResume((await extractDetectedDocument('pdf', readFixture('priya-raman.two-column.pdf'))).text);
    expect(resume.work[1]?.highlights).toEqual(['Redesigned a benefits application, raising completion from 61% to 83%.']);
    expect(resume.basics.profiles?.[0]).toMatchObject({ network: 'Dribbble', username: 'priyaraman' });
    expect(resume.languages).toEqual([
      { language: 'English', fluency: 'Native' },
      { language: 'Tamil', fluency: 'Fluent' },
    ]);
  });

  it('extracts degree, area, certificates and projects', async () => {
    const mei = parseResume((await extractDetectedDocument('docx', readFixture('mei-lin.standard.docx'))).text);
    expect(mei.education[0]).toMatchObject({ institution: 'University of Washington', studyType: 'M.S.', area: 'Statistics', startDate: '2016', endDate: '2018' });
    expect(mei.projects[0]).toMatchObject({ name: 'tinyrank', description: 'An open-source learning-to-rank library.' });
    expect(mei.basics.url).toBe('https://meilin.dev');
    const hannah = parseResume((await extractDetectedDocument('pdf', readFixture('hannah-schmidt.two-page.pdf'))).text);
    expect(hannah.certificates).toEqual([
      { name: 'Registered Nurse (RN)', issuer: 'New York State', date: '2015' },
      { name: 'Advanced Cardiac Life Support (ACLS)', issuer: 'American Heart Association', date: '2021' },
    ]);
  });
});

describe('parser building blocks', () => {
  it('normalises dates to YYYY-MM or YYYY', () => {
    expect(normalizeDate('Sept. 2019')).toBe('2019-09');
    expect(normalizeDate('03/2018')).toBe('2018-03');
    expect(normalizeDate('2020-7'.replace('7', '07'))).toBe('2020-07');
    expect(normalizeDate('Summer 2017')).toBe('2017');
    expect(findDateRange('Engineer, Acme (January 2019 to present)')).toMatchObject({ startDate: '2019-01', isCurrent: true });
    expect(findDateRange('2016–2019')).toMatchObject({ startDate: '2016', endDate: '2019' });
    expect(findDateRange('Since 2021')).toMatchObject({ startDate: '2021', isCurrent: true });
  });

  it('recognises heading synonyms in any case and letter-spaced', () => {
    expect(detectSectionHeading('WORK HISTORY')).toBe('experience');
    expect(detectSectionHeading('Professional Experience:')).toBe('experience');
    expect(detectSectionHeading('E X P E R I E N C E')).toBe('experience');
    expect(detectSectionHeading('Academic Background')).toBe('education');
    expect(detectSectionHeading('Skills & Tools')).toBe('skills');
    expect(detectSectionHeading('Licenses & Certifications')).toBe('certificates');
    expect(detectSectionHeading('Experience with distributed systems')).toBeUndefined();
  });

  it('reads "Title at Company" and "Company | Title | dates" lines', () => {
    const resume = parseResume(
      [
        'Jordan Lee',
        'jordan@example.com',
        'Experience',
        'Staff Engineer at Initech LLC, Austin, TX   2019 – 2022',
        '• Scaled things',
        'Globex Corporation | Software Developer | Jun 2015 - May 2019',
        '• Shipped things',
      ].join('\n'),
    );
    expect(resume.work).toEqual([
      { name: 'Initech LLC', position: 'Staff Engineer', location: 'Austin, TX', startDate: '2019', endDate: '2022', highlights: ['Scaled things'] },
      { name: 'Globex Corporation', position: 'Software Developer', startDate: '2015-06', endDate: '2019-05', highlights: ['Shipped things'] },
    ]);
  });

  it('returns empty sections rather than invented content for text that is not a résumé', () => {
    const resume = parseResume('Shopping list\nmilk\neggs');
    expect(resume.work).toEqual([]);
    expect(resume.education).toEqual([]);
    expect(resume.basics.email).toBeUndefined();
  });
});
