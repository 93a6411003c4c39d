import { describe, expect, it } from 'vitest';
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
