import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 16: education written as labelled fields (a job board's printed profile, a plain-text
// résumé of "Label: value" lines, a Korean 경력기술서's 학력 rows), a degree and its school split by a
// semicolon, a form's education table and a language table's two-column header cell. Every example is
// written for this spec (invented people, schools and places).

const resumeWith = (...education: string[]): ReturnType<typeof parseResume> =>
  parseResume(['Ilse Marwood', 'ilse.marwood@example.org', '', 'Education', ...education, '', 'Skills', 'Surveying, GIS'].join('\n'));

describe('a school written as labelled rows', () => {
  it('reads a printed profile’s label⇥value rows by what each label names, start and end rows as its dates', () => {
    const resume = resumeWith('School\tKestrel Bay Polytechnic', 'Degree\tBachelor of Commerce', 'Field of study\tMarketing', 'Start date\t2011', 'End date\t2014');
    expect(resume.education).toEqual([{ institution: 'Kestrel Bay Polytechnic', studyType: 'Bachelor of Commerce', area: 'Marketing', startDate: '2011', endDate: '2014' }]);
  });

  it('reads "Label: value" lines, one school after another', () => {
    const resume = resumeWith(
      'Institution: Northmoor Institute of Technology',
      'Qualification: BA Land Administration',
      'Dates: 2007 – 2011',
      '',
      'Institution: Fenwick School of Public Management',
      'Qualification: Postgraduate Certificate in Records Management',
      'Dates: 2018 – 2019',
    );
    expect(resume.education).toEqual([
      { institution: 'Northmoor Institute of Technology', studyType: 'BA', area: 'Land Administration', startDate: '2007', endDate: '2011' },
      { institution: 'Fenwick School of Public Management', studyType: 'Postgraduate Certificate', area: 'Records Management', startDate: '2018', endDate: '2019' },
    ]);
  });

  it('reads a Korean school’s 학교명 / 전공 및 학위 / 재학기간 rows', () => {
    const resume = parseResume(['성명: 윤다솜', 'dasom@example.kr', '', '[학력]', '학교명: 한빛대학교', '전공 및 학위: 해양생물학과 학사', '재학기간: 2010.03 ~ 2014.02'].join('\n'));
    expect(resume.education).toEqual([{ institution: '한빛대학교', area: '해양생물학과', studyType: '학사', startDate: '2010-03', endDate: '2014-02' }]);
  });

  it('reads a Korean "학력 및 자격" section as education', () => {
    const resume = parseResume(['윤다솜', 'dasom@example.kr', '', '학력 및 자격', '한빛대학교 — 해양생물학과 학사 (2010.03 ~ 2014.02)'].join('\n'));
    expect(resume.education[0]).toMatchObject({ institution: '한빛대학교', area: '해양생물학과', studyType: '학사', startDate: '2010-03', endDate: '2014-02' });
  });

  it('does not join a field ending in a month-like word ("Marketing") to the dates row under it', () => {
    const resume = resumeWith('School\tKestrel Bay Polytechnic', 'Field of study\tMarketing', 'Start date\t2011', 'End date\t2014');
    expect(resume.education[0]).toMatchObject({ area: 'Marketing', startDate: '2011', endDate: '2014' });
  });
});

describe('an application form’s education table', () => {
  it('reads "School / College / University" and "Qualification obtained" as the columns they name', () => {
    const resume = resumeWith('Dates\tSchool / College / University\tQualification obtained', '2006 – 2010\tLowmoor Agricultural College\tBSc Soil Science');
    expect(resume.education).toEqual([{ institution: 'Lowmoor Agricultural College', studyType: 'BSc', area: 'Soil Science', startDate: '2006', endDate: '2010' }]);
  });

  it('ends the languages at a "Professional registration and licences" section', () => {
    const resume = parseResume(
      ['Ilse Marwood', 'ilse.marwood@example.org', '', 'Section E – Languages', 'Language\tLevel', 'Afrikaans\tNative', 'English\tC1', 'Section F – Professional registration and licences', 'Certificate / licence\tAwarding body\tDate', 'Land Surveyor\tSurveying Council\t2019'].join('\n'),
    );
    expect(resume.languages.map((entry) => entry.language)).toEqual(['Afrikaans', 'English']);
  });
});

describe('a degree line', () => {
  it('splits a degree from its school at a semicolon', () => {
    const resume = resumeWith('2009 - 2013: BSc Soil Science; University of Lowmoor');
    expect(resume.education).toEqual([{ institution: 'University of Lowmoor', studyType: 'BSc', area: 'Soil Science', startDate: '2009', endDate: '2013' }]);
  });

  it('reads "A.A." as a degree', () => {
    const resume = resumeWith('A.A. Hospitality Studies, Coral Sound College, 2012 – 2014');
    expect(resume.education[0]).toMatchObject({ studyType: 'A.A.', area: 'Hospitality Studies', institution: 'Coral Sound College' });
  });

  it('leaves the state of a Korean course ("졸업") out of the school beside it', () => {
    const resume = parseResume(['윤다솜', 'dasom@example.kr', '', '학력', '2007.03 ~ 2010.02\t졸업, 한빛해양고등학교'].join('\n'));
    expect(resume.education[0]).toMatchObject({ institution: '한빛해양고등학교', startDate: '2007-03', endDate: '2010-02' });
  });
});

describe('a language table', () => {
  it('skips a header cell that names two columns ("시험 / 수준")', () => {
    const resume = parseResume(['윤다솜', 'dasom@example.kr', '', '어학', '언어\t시험 / 수준', '일본어\tJLPT N1', '영어\t기초'].join('\n'));
    expect(resume.languages.map((entry) => entry.language)).toEqual(['일본어', '영어']);
  });
});
