import { describe, expect, it } from 'vitest';
import { roleGaps } from '../../../src/kernel/skills/role-gaps.js';
import { skillsForRole } from '../../../src/kernel/skills/skills-for-role.js';
import { CATALOGS } from '../../../src/app/catalogs.js';
import { analysisReportView } from '../../../src/modules/analysis/analysis-report.view.js';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { Translator } from '../../../src/platform/i18n/translator.js';

// Role gaps where the matched O*NET occupation lists only office tools (#12, wave 13): ESCO's name for the
// same work, found among O*NET's own titles for it; and a role no occupation is near, whose gaps are its
// field's in general, said so in the report. Invented roles.

describe('an O*NET occupation whose tools tell nothing of the work', () => {
  it('is read through ESCO’s name for the same work among its reported titles (“Radiographer”), marked approximate', () => {
    const matched = skillsForRole('Radiology Technician');
    expect(matched.occupations).toContainEqual(expect.objectContaining({ title: 'Radiologic Technologists and Technicians', source: 'onet' }));
    expect(matched.occupations).toContainEqual(expect.objectContaining({ title: 'radiographer', source: 'esco', approximate: true }));
    const gaps = roleGaps('Radiology Technician', { has: ['Patient Care'] }, 10).gaps.map((g) => g.name);
    expect(gaps.length).toBeGreaterThanOrEqual(5);
    expect(gaps.filter((g) => /imaging|radiat|radiolog|radiograph/i.test(g)).length).toBeGreaterThanOrEqual(3);
  });

  it('is read through an ESCO title its own title holds (“educational counsellor” in “Educational, Guidance, and Career Counselors and Advisors”)', () => {
    const matched = skillsForRole('College Counselor');
    expect(matched.occupations).toContainEqual(expect.objectContaining({ source: 'esco', approximate: true }));
    const gaps = roleGaps('College Counselor', { has: [] }, 10).gaps.map((g) => g.name);
    expect(gaps.some((g) => /counsel/i.test(g))).toBe(true);
    // Never another field's tools.
    expect(gaps.some((g) => /excel|outlook|photoshop|sql/i.test(g))).toBe(false);
  });

  it('is not replaced where its own tools tell the work, nor where ESCO has a title for the role', () => {
    expect(skillsForRole('Software Developer').occupations.filter((o) => o.approximate)).toEqual([]);
    expect(skillsForRole('Registered Nurse').occupations.filter((o) => o.approximate)).toEqual([]);
  });
});

describe('a role no occupation is near', () => {
  it('gets its field’s gaps, and the report says they are the field’s in general, in English and Korean', () => {
    const report = analyzeResume({ text: 'Jo Park\nEXPERIENCE\nTutor — Riverside Academy\n- Tutored 30 students in algebra each term.\n', targetRoles: ['Student Progress Coach'] });
    const [role] = report.gaps.roles;
    expect(role!.occupations).toEqual([]);
    expect(role!.missing.length).toBeGreaterThan(0);
    expect(role!.approximate).toBe(true);
    const translator = new Translator(CATALOGS);
    const en = JSON.stringify(analysisReportView(report, translator.forLocale('en'), 'en').gaps.roles[0]!.comparedWith);
    expect(en).toContain('No occupation is near this title; these gaps are those of its field in general');
    const ko = JSON.stringify(analysisReportView(report, translator.forLocale('ko'), 'ko').gaps.roles[0]!.comparedWith);
    expect(ko).toContain('이 직함에 가까운 직업이 없어');
  });
});
