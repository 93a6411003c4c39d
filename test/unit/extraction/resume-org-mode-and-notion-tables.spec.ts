import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 22: an Emacs Org-mode résumé saved as text (keyword lines, "* " headings, property drawers,
// description lists, Org links and tables) and a Notion page printed to PDF, whose database tables print the
// title column's icon as "Aa" before its name ("Aa School | Degree | Years"). Before, Org's property keys were
// read as the degree ("DEGREE") and the Notion header row as a school ("Aa" / "School"). Every example is
// written for this spec (invented people and schools).

const parseText = (text: string) => parseResume(extractPlainText(new TextEncoder().encode(text), 'txt').text);

describe('an Org-mode résumé', () => {
  const org = [
    '#+TITLE: Halla Vestergaard',
    '#+AUTHOR: Halla Vestergaard',
    '#+EMAIL: halla.v@example.org',
    '#+SUBTITLE: Greenhouse Manager',
    '#+OPTIONS: toc:nil num:nil',
    '',
    '* Contact',
    '- Phone :: +45 20 55 61 72',
    '- Email :: [[mailto:halla.v@example.org][halla.v@example.org]]',
    '- Home :: Odense',
    '',
    '* Experience',
    '** Greenhouse Manager — Fynsk Grønt ApS',
    ':PROPERTIES:',
    ':LOCATION: Odense',
    ':DATES: Mar 2018–',
    ':END:',
    '- Ran 4 ha of tomato houses with a crew of 14.',
    '',
    '* Education',
    '** Aarhus Plant College',
    ':PROPERTIES:',
    ':DEGREE: MSc in Plant Production',
    ':YEARS: 2014-2016',
    ':END:',
    '',
    '* Skills',
    '- Growing :: Climate Control, Integrated Pest Management',
    '',
    '* Languages',
    '| Language | Level |',
    '|----------+-------|',
    '| Danish   | Native |',
    '| German   | Good |',
  ].join('\n');

  it('reads the title, subtitle and e-mail as the header', () => {
    const { basics } = parseText(org);
    expect(basics.name).toBe('Halla Vestergaard');
    expect(basics.label).toBe('Greenhouse Manager');
    expect(basics.email).toBe('halla.v@example.org');
  });

  it('reads a school\'s property drawer as its degree line and years', () => {
    expect(parseText(org).education).toEqual([
      { institution: 'Aarhus Plant College', studyType: 'MSc', area: 'Plant Production', startDate: '2014', endDate: '2016' },
    ]);
  });

  it('reads a job\'s drawer as its place and dates, and the table as languages', () => {
    const resume = parseText(org);
    expect(resume.work[0]).toMatchObject({ position: 'Greenhouse Manager', name: 'Fynsk Grønt ApS', startDate: '2018-03' });
    expect(resume.languages?.map((entry) => entry.language)).toEqual(['Danish', 'German']);
  });

  it('leaves a text with one "#+" line alone', () => {
    const text = 'Notes\n#+TITLE: not org\n* a bullet';
    expect(extractPlainText(new TextEncoder().encode(text), 'txt').text).toContain('#+TITLE: not org');
  });
});

describe('a Notion database table printed to PDF', () => {
  it('reads "Aa School⇥Degree⇥Years" as the header of the schools below it', () => {
    const text = ['Halla Vestergaard', 'halla.v@example.org', '', 'Education', 'Aa School\tDegree\tYears',
      'Aarhus Plant College\tMSc in Plant Production\t2014-2016'].join('\n');
    expect(parseResume(text).education).toEqual([
      { institution: 'Aarhus Plant College', studyType: 'MSc', area: 'Plant Production', startDate: '2014', endDate: '2016' },
    ]);
  });

  it('reads a Korean "Aa 학교⇥학위⇥기간" header the same way', () => {
    const text = ['한소라', 'sora.han@example.kr', '', '학력', 'Aa 학교\t학위\t기간', '충청원예대학교\t원예학과 학사\t2012년 입학, 2016년 졸업'].join('\n');
    expect(parseResume(text).education[0]).toMatchObject({ institution: '충청원예대학교', studyType: '학사', area: '원예학과' });
  });
});
