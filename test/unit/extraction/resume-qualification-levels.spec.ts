import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 20: a qualification named by its level or rank ("Level 3 Diploma", "NVQ Level 2",
// "Certificate IV", "Cert III", "Year 12 Certificate"), a school-leaving examination with its subjects
// ("GCSEs (9), including Maths", "A Levels: Biology, …"), a study mode in brackets after "Bachelor of …",
// and a Korean school's state written as its own line ("졸업" under a 고등학교, "… 과정 수료"). Before, each
// of these left the school without a degree. Every example is written for this spec (invented people, schools).

const educationOf = (...lines: string[]): ReturnType<typeof parseResume>['education'] =>
  parseResume(['Tamsin Orrell', 'tamsin.orrell@example.org', '', 'EDUCATION', ...lines, '', 'SKILLS', 'Forklift, First aid'].join('\n')).education;

describe('qualifications named by their level or rank', () => {
  it('reads "Level 2 Diploma, <field>" as the qualification and its field', () => {
    expect(educationOf('Wrexley Land College 2014 to 2016', 'Level 2 Diploma, Horticulture')).toEqual([
      { institution: 'Wrexley Land College', studyType: 'Level 2 Diploma', area: 'Horticulture', startDate: '2014', endDate: '2016' },
    ]);
  });

  it('keeps a framework level after an abbreviation ("NVQ Level 3 Plastering")', () => {
    expect(educationOf('Brackmoor Skills Centre 2015 - 2016', 'NVQ Level 3 Plastering')).toEqual([
      { institution: 'Brackmoor Skills Centre', studyType: 'NVQ Level 3', area: 'Plastering', startDate: '2015', endDate: '2016' },
    ]);
  });

  it('spells out "Cert" and keeps a rank after the noun ("Cert IV in Carpentry")', () => {
    expect(educationOf('Orana TAFE 2016 – 2017', 'Cert IV in Carpentry')).toEqual([
      { institution: 'Orana TAFE', studyType: 'Certificate IV', area: 'Carpentry', startDate: '2016', endDate: '2017' },
    ]);
    expect(educationOf('Pelham Marine School 2003 - 04', 'Cert. Outboard Motor Repair')[0]).toMatchObject({ studyType: 'Certificate', area: 'Outboard Motor Repair' });
  });

  it('reads a town whose name starts like an examination board as the town ("Cape Town")', () => {
    expect(parseResume(['Lindiwe Moraka', 'Cape Town, South Africa', 'lindiwe@example.org', '', 'Skills', 'Payroll'].join('\n')).basics.location?.city).toBe('Cape Town');
  });

  it('reads "Year 12 Certificate" with its number as one qualification', () => {
    expect(educationOf('Carrow Bay High School 2006 – 2011', 'Year 12 Certificate')[0]).toMatchObject({ studyType: 'Year 12 Certificate' });
  });
});

describe('school-leaving examinations', () => {
  it('reads GCSEs and A Levels without taking their subjects for a field', () => {
    expect(educationOf('Holloway Vale School 2010 – 2015', 'GCSEs (9), including Maths and Welsh')).toEqual([
      { institution: 'Holloway Vale School', studyType: 'GCSEs', startDate: '2010', endDate: '2015' },
    ]);
    expect(educationOf('St Brannoc College 2015 - 2017', 'A Levels (Biology, Chemistry, Music)')).toEqual([
      { institution: 'St Brannoc College', studyType: 'A Levels', startDate: '2015', endDate: '2017' },
    ]);
  });

  it('reads an examination named with its level ("NCEA Level 2")', () => {
    expect(educationOf('Rangiwai College 2008 – 2012', 'NCEA Level 2')[0]).toMatchObject({ studyType: 'NCEA Level 2' });
  });
});

describe('a degree and how it was taken', () => {
  it('reads "Bachelor of <field> (extramural)" as a bachelor in that field', () => {
    expect(educationOf('Talas State University 2005 – 2009', 'Bachelor of Ecology (extramural)')[0]).toMatchObject({ studyType: 'Bachelor', area: 'Ecology' });
  });
});

describe('a Korean school’s state on a line of its own', () => {
  const korean = (...lines: string[]): ReturnType<typeof parseResume>['education'] =>
    parseResume(['한도윤', 'doyun@example.kr', '', '학력 사항', ...lines, '', '보유 기술', '용접'].join('\n')).education;

  it('reads a high school’s "졸업" as a school leaver’s qualification', () => {
    expect(korean('청솔고등학교 2008.03 ~ 2011.02', '졸업')).toEqual([{ institution: '청솔고등학교', studyType: '고등학교 졸업', startDate: '2008-03', endDate: '2011-02' }]);
  });

  it('leaves a state in brackets after the dates out of the degree', () => {
    expect(korean('청솔고등학교 (2008년 3월 ~ 2011년 2월 (졸업))')).toEqual([{ institution: '청솔고등학교', startDate: '2008-03', endDate: '2011-02' }]);
  });

  it('reads "… 과정 수료" as a course completed in that department', () => {
    expect(korean('한누리폴리텍 2015.03 - 2016.02', '용접과 1년 과정 수료')[0]).toMatchObject({ studyType: '수료', area: '용접과' });
  });
});
