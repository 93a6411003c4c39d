import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { outlineResume } from '../../../src/modules/analysis/scoring/resume-outline.js';

describe('outlineResume: dated roles', () => {
  it('reads ranges of real years, with months or without', () => {
    const outline = outlineResume('EXPERIENCE\nEngineer, Acme  Mar 2019 - Present\nAnalyst, Initech 06/2015 – 02/2019\nIntern, Globex 2013 to 2014\n');
    expect(outline.roles.map((r) => [r.from, r.to, r.current])).toEqual([
      [2019 * 12 + 2, undefined, true],
      [2015 * 12 + 5, 2019 * 12 + 1, false],
      [2013 * 12, 2014 * 12, false],
    ]);
  });

  it('does not read a phone number or a long number as a range of years', () => {
    // A Korean mobile number gave "2218 – 6352" and then a 191-year gap between roles.
    const outline = outlineResume('오혜린\n010-2218-6352 · hyerin@example.com\nOrder 1234-5678, ticket 20190-20211\nEXPERIENCE\nEngineer, Acme 2019 - 2021\n');
    expect(outline.roles.map((r) => r.line)).toEqual(['Engineer, Acme 2019 - 2021']);
  });
});

describe('date gaps: a year-only date is any month of its year (#12 item 3)', () => {
  const dateGaps = (roles: string) => analyzeResume({ text: `EXPERIENCE\n${roles}\n- Shipped things.\n` }).checks.find((c) => c.id === 'date-gaps')!;

  it('finds no gap or overlap between consecutive years, which months might have closed', () => {
    expect(dateGaps('Analyst — Acme | 2022 – Present\nAnalyst — Initech | 2019 – 2021').status).toBe('pass');
    expect(dateGaps('Analyst — Acme | 2021 – Present\nAnalyst — Initech | 2019 – 2021').status).toBe('pass');
  });

  it('still finds a gap every reading of the dates has, counted from the latest one', () => {
    const gap = dateGaps('Analyst — Acme | 2024 – Present\nAnalyst — Initech | 2019 – 2021');
    expect(gap.status).toBe('warn');
    expect(JSON.stringify(gap.evidence)).toContain('"years":2.1');
    expect(dateGaps('Analyst — Acme | Jan 2022 – Present\nAnalyst — Initech | Jan 2019 – Mar 2021').status).toBe('warn');
  });

  it('finds no overlap to explain in volunteer work held beside a job (wave 17: a driller\'s Red Cross volunteering was flagged)', () => {
    expect(dateGaps('Drilling Supervisor — Acme Drilling, Wau | Jul 2020 – Present\nVolunteer, WASH team, Red Cross, Wau | 2021 – Present').status).toBe('pass');
    expect(dateGaps('Drilling Supervisor — Acme Drilling | Jul 2020 – Present\nRed Cross — Volunteer first aider | 2021 – Present').status).toBe('pass');
    // Two jobs at once still do.
    expect(dateGaps('Drilling Supervisor — Acme Drilling | Jul 2020 – Present\nSite Engineer — Initech | 2021 – Present').status).toBe('warn');
  });
});

describe('Korean section headings (wave 21: a job-site 이력서 with 경력, 학력, 스킬, 자격증 was told it had no standard section titles)', () => {
  // A Korean job board's profile print, written for this spec (not a corpus file): its headings carry the total
  // length of experience and a table header under 학력.
  const TEXT = [
    '이력서 미리보기 · 인쇄', '', '김도윤', '물류 관리자', '휴대폰\t010-5550-1234\t이메일\tdoyun.kim@example.kr', '',
    '경력 (총 8년 2개월)', '한빛로지스 물류센터 입고 파트장', '2018.10 ~ 재직중 · 이천시 마장면', '• 하루 입고 3,000건 검수 체계 정비', '',
    '학력', '재학기간\t학교명\t전공\t구분', '2008.03 ~ 2014.02\t경기대학교\t무역학\t졸업', '',
    '스킬', 'WMS\t지게차 운전\tSAP', '', '자격증', '2016.05\t물류관리사\t한국산업인력공단', '', '자기소개서', '입고 검수와 재고 정확도를 책임져 왔습니다.',
  ].join('\n');

  it('reads 경력, 학력, 스킬, 자격증 and 자기소개서 as the standard sections they are', () => {
    expect(outlineResume(TEXT).sections.map((s) => s.canonical)).toEqual(['experience', 'education', 'skills', 'certifications', 'summary']);
  });

  it('gives the file a passing section-titles finding, as the same headings in English get', () => {
    const finding = analyzeResume({ text: TEXT, layout: { pages: 1, columns: 1, hasTextLayer: true } }).ats.findings.find((c) => c.id === 'section-titles')!;
    expect(finding.status).toBe('pass');
  });

  it('still reads a Korean line that only starts with a heading word as content', () => {
    expect(outlineResume('경력 개발 프로그램 운영 담당\n학력 무관').sections).toEqual([]);
  });
});
