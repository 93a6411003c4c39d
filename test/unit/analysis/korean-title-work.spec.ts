import { beforeAll, describe, expect, it } from 'vitest';
import { occupationsForKoreanTitle } from '../../../src/kernel/skills/occupation-labels.js';
import { roleGaps } from '../../../src/kernel/skills/role-gaps.js';

// A Korean job title nobody listed is read as work + person noun (…사, …원, …강사, …교사): the occupations whose curated
// Korean title does that work, else those of the skill whose Korean label is the work.
describe('Korean titles outside the curated list', () => {
  // Loading the taxonomy once takes seconds on a loaded machine: not what these tests time.
  beforeAll(() => void roleGaps('간호사', { has: [] }, 1), 120_000);

  it('finds the occupation whose Korean title does the same work, whatever the person noun', () => {
    expect(occupationsForKoreanTitle('특수교육 실무원')).toContain('special educational needs assistant');
    expect(occupationsForKoreanTitle('공예 지도사')).toEqual(['industrial arts vocational teacher']);
  });

  it('takes a person noun off whole: 교사 is a teacher, not 교 + 사', () => {
    expect(occupationsForKoreanTitle('평생교육 교사')).toEqual(['further education teacher']);
  });

  it('reads the work as a skill when no title does it: 의류 수선 is altering wearing apparel', () => {
    const occupations = occupationsForKoreanTitle('의류 수선원');
    expect(occupations.length).toBeGreaterThan(0);
    expect(occupations.length).toBeLessThanOrEqual(3);
    const gaps = roleGaps('의류 수선원', { has: [] }, 10).gaps.map((g) => g.name);
    expect(gaps.some((g) => /apparel|garment|textile|fabric|sewing|clothing/i.test(g))).toBe(true);
  });

  it("chooses among the occupations of the work's skill by the person's own skills", () => {
    // "alter wearing apparel" is listed by a fashion designer (fewest skills) as well as by the trades that mend clothes.
    expect(occupationsForKoreanTitle('의류 수선원')[0]).toBe('clothing fashion designer');
    const mender = occupationsForKoreanTitle('의류 수선원', ['iron textiles', 'buttonholing', 'sew pieces of fabric']);
    expect(mender).not.toContain('clothing fashion designer');
    expect(mender).toContain('clothing alteration machinist');
  });

  it('keeps the curated titles first and names nothing for work it cannot read', () => {
    expect(occupationsForKoreanTitle('생산관리 담당자')).toEqual(['industrial production manager']);
    expect(occupationsForKoreanTitle('우주선 조종사')).toEqual([]);
  });
});
