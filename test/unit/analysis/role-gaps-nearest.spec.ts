import { describe, expect, it } from 'vitest';
import { roleGaps } from '../../../src/kernel/skills/role-gaps.js';
import { skillsForRole } from '../../../src/kernel/skills/skills-for-role.js';
import { CATALOGS } from '../../../src/app/catalogs.js';
import { analysisReportView } from '../../../src/modules/analysis/analysis-report.view.js';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { Translator } from '../../../src/platform/i18n/translator.js';

// Role gaps for a title no occupation holds word for word (#12, wave 12): the nearest occupation, shown
// as approximate; and a management role's gaps for someone who has not managed yet. Invented roles.

describe('a role no occupation title holds word for word', () => {
  it('is compared with the nearest title (its head noun alone), marked approximate, and gets that work’s gaps', () => {
    const matched = skillsForRole('Prep Cook');
    // O*NET's cooks list only office tools (all weighted alike): ESCO's "cook" tells the work.
    expect(matched.occupations).toContainEqual(expect.objectContaining({ title: 'cook', source: 'esco', approximate: true }));
    const gaps = roleGaps('Prep Cook', { has: [] }, 10).gaps.map((g) => g.name);
    expect(gaps.length).toBeGreaterThanOrEqual(5);
    expect(gaps.some((g) => /food|kitchen|culinary|cooking/i.test(g))).toBe(true);
  });

  it('is not matched to a title that merely shares a word, an alias or a stem', () => {
    // "Owner" is an alias of Urologists; an engine is not an engineer.
    expect(skillsForRole('Product Owner').occupations.filter((o) => o.approximate)).toEqual([]);
    expect(skillsForRole('Machine Learning Engineer').occupations.map((o) => o.title)).not.toContain('Engine and Other Machine Assemblers');
  });

  it('reads an O*NET title that lists several as each of them ("Meeting, Convention, and Event Planners")', () => {
    expect(skillsForRole('Convention Planner').occupations).toContainEqual(expect.objectContaining({ title: 'Meeting, Convention, and Event Planners', similarity: 0.95 }));
  });

  it('says in the report that the occupations compared with are the nearest ones', () => {
    const report = analyzeResume({ text: 'Jo Park\nEXPERIENCE\nKitchen Porter — Harbour Diner\n- Washed pans and prepped vegetables for 120 covers.\n', targetRoles: ['Prep Cook', 'Grill Cook'] });
    const [prep, grill] = report.gaps.roles;
    expect(prep).toMatchObject({ role: 'Prep Cook', approximate: true });
    expect(prep!.occupations).toContain('cook (ESCO)');
    // An exact title is not flagged, nor one whose occupation ESCO names differently beside it (wave 17: a driller's
    // report said "No occupation has exactly this title" above O*NET's own title).
    expect(grill!.approximate).toBeUndefined();
    const driller = analyzeResume({ text: 'Jo Park\nEXPERIENCE\nDriller — Rift Water Ltd\n- Drilled 40 boreholes.\n', targetRoles: ['Earth Drillers, Except Oil and Gas'] }).gaps.roles[0]!;
    expect(driller.occupations).toContain('driller (ESCO)');
    expect(driller.approximate).toBeUndefined();
    // Shown to the reader, in English and Korean: the nearest, not "compared with" as if exact.
    const translator = new Translator(CATALOGS);
    const en = analysisReportView(report, translator.forLocale('en'), 'en').gaps.roles.map((r) => JSON.stringify(r.comparedWith));
    expect(en[0]).toContain('No occupation has exactly this title; compared with the nearest:');
    expect(en[1]).toContain('Compared with:');
    const ko = analysisReportView(report, translator.forLocale('ko'), 'ko').gaps.roles.map((r) => JSON.stringify(r.comparedWith));
    expect(ko[0]).toContain('이 직함과 똑같은 직업이 없어 가장 가까운 직업과 비교했습니다:');
    expect(ko[0]).toContain('조리사');
    expect(ko[1]).toContain('비교한 직업:');
  });
});

describe('a management role', () => {
  const management = ['Leadership', 'manage staff', 'manage budgets', 'recruit employees'];

  it('gives a junior the management gaps first, whatever the family', () => {
    for (const role of ['Warehouse Manager', 'Engineering Manager']) {
      const gaps = roleGaps(role, { has: ['Forklift Operation'], seniority: 'junior' }, 10).gaps;
      expect(gaps.filter((g) => management.includes(g.name)).map((g) => g.source)).toEqual(expect.arrayContaining(['management']));
      expect(management.every((name) => gaps.some((g) => g.name === name))).toBe(true);
    }
  });

  it('leaves them out for a manager of a thing and for someone who shows them', () => {
    const product = roleGaps('Product Manager', { has: [], seniority: 'junior' }, 20).gaps;
    expect(product.filter((g) => g.source === 'management')).toEqual([]);
    const shown = roleGaps('Warehouse Manager', { has: ['Leadership'], seniority: 'junior' }, 20).gaps.map((g) => g.name);
    expect(shown).not.toContain('Leadership');
  });
});
