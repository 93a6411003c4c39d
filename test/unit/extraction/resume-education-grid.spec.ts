import { describe, expect, it } from 'vitest';
import { withEnrolmentRowsJoined } from '../../../src/modules/documents/extraction/enrolment-rows.js';
import { withoutBracketedNote } from '../../../src/modules/documents/extraction/resume-degrees.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 15: education read from a year/month grid, Korean education tables, honours
// written without brackets and study modes after a comma. Every example is
// written for this spec (invented people, schools and places), none is taken from a corpus.

describe('a year/month grid of schooling (rirekisho, stationery 이력서)', () => {
  it('reads the row a school was entered and the row it was left as one entry with both dates', () => {
    const resume = parseResume(
      [
        'Tomasz Wielki',
        'tomasz.wielki@example.org',
        '',
        'Year\tMonth\tEducation and Employment History',
        'Education',
        '2006\tEntered Lakeshore Polytechnic — BEng Structural Engineering',
        '2010\tGraduated from Lakeshore Polytechnic',
        '2011\t9\tEntered Harbourview University — MSc Coastal Engineering',
        '2013\t6\tGraduated from Harbourview University',
      ].join('\n'),
    );
    expect(resume.education).toEqual([
      { institution: 'Lakeshore Polytechnic', studyType: 'BEng', area: 'Structural Engineering', startDate: '2006', endDate: '2010' },
      { institution: 'Harbourview University', studyType: 'MSc', area: 'Coastal Engineering', startDate: '2011-09', endDate: '2013-06' },
    ]);
  });

  it('reads a Korean grid’s 입학 and 졸업 rows as one school with its department and degree', () => {
    const resume = parseResume(
      ['홍길순', 'gilsoon@example.kr', '', '년\t월\t학력 및 경력 사항', '학 력', '2010\t3\t한빛대학교 해양생물학과 입학', '2014\t2\t한빛대학교 해양생물학과 졸업 (학사)'].join('\n'),
    );
    expect(resume.education).toEqual([{ institution: '한빛대학교', area: '해양생물학과', studyType: '학사', startDate: '2010-03', endDate: '2014-02' }]);
  });

  it('leaves rows without a matching pair as they were', () => {
    const lines = ['2019\tEntered Pinecrest College — Diploma in Forestry', '2018\tJoined Northwind Timber as Planner'];
    expect(withEnrolmentRowsJoined(lines)).toEqual(lines);
  });
});

describe('Korean education tables', () => {
  it('reads a "전공 / 학위" cell as the field and the degree', () => {
    const resume = parseResume(['김하늘', 'haneul@example.kr', '', '학력', '', '기간\t학교\t전공 / 학위', '2011.3 ~ 2015.2\t가람대학교\t식품공학과 학사'].join('\n'));
    expect(resume.education).toEqual([{ institution: '가람대학교', area: '식품공학과', studyType: '학사', startDate: '2011-03', endDate: '2015-02' }]);
  });
});

describe('degrees and fields', () => {
  it('keeps "Hons" written without brackets with the degree, out of the field', () => {
    const resume = parseResume(['Rudo Chikore', 'rudo@example.org', '', 'EDUCATION', 'Midlands Institute of Technology', 'BSc Hons Mining Engineering', '2012 – 2016'].join('\n'));
    expect(resume.education[0]).toMatchObject({ studyType: 'BSc Hons', area: 'Mining Engineering' });
  });

  it('leaves a study mode after a comma out of the field', () => {
    expect(withoutBracketedNote('Hydrology, part-time')).toBe('Hydrology');
    expect(withoutBracketedNote('Coastal Management, distance learning')).toBe('Coastal Management');
    expect(withoutBracketedNote('Law, Politics and Economics')).toBe('Law, Politics and Economics');
  });
});
