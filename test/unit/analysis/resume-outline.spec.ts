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
