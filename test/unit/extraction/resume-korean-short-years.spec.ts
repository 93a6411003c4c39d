import { describe, expect, it } from 'vitest';
import { findDateRange } from '../../../src/modules/documents/extraction/resume-dates.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 16: Korean résumés write a span's months with two-digit years, year first ("16.04 ~ 현재",
// "'19.03 ~ '21.08"), and a 경력기술서 repeats each tabled job over its details with those dates. Every example
// is written for this spec (invented people, employers and places).

describe('Korean two-digit years', () => {
  it('reads "16.04 ~ 현재" and "\'19.03 ~ \'21.08" as spans, year first', () => {
    expect(findDateRange('한빛수산\t16.04 ~ 현재')).toMatchObject({ startDate: '2016-04', isCurrent: true });
    expect(findDateRange("'19.03 ~ '21.08\t물류 관리")).toMatchObject({ startDate: '2019-03', endDate: '2021-08', isCurrent: false });
  });

  it('does not read a score or a range ending before it starts', () => {
    expect(findDateRange('학점 3.85 / 4.5')?.startDate).toBeUndefined();
    expect(findDateRange('21.09 ~ 19.03')).toBeUndefined();
  });
});

describe('a Korean job table and the job’s details under it', () => {
  it('reads the details block that repeats a job’s employer, title and two-digit dates as that job, with its place', () => {
    const resume = parseResume(
      [
        '윤다솜', 'dasom@example.kr', '', '경력', '기간\t회사\t직위', '21.03 ~ 현재\t바다마루 수산\t품질 관리 대리', '17.02 ~ 21.02\t한빛 식품\t생산 관리 사원', '',
        '바다마루 수산 — 품질 관리 대리', '21.03 ~ 현재 · 통영', '• 위판 품질 검사 주관', '',
        '한빛 식품 — 생산 관리 사원', '17.02 ~ 21.02 · 창원', '• 냉동 라인 일정 관리',
      ].join('\n'),
    );
    expect(resume.work.map(({ name, position, location, startDate, endDate }) => ({ name, position, location, startDate, endDate }))).toEqual([
      { name: '바다마루 수산', position: '품질 관리 대리', location: '통영', startDate: '2021-03', endDate: undefined },
      { name: '한빛 식품', position: '생산 관리 사원', location: '창원', startDate: '2017-02', endDate: '2021-02' },
    ]);
  });
});
