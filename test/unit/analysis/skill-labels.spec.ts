import { beforeAll, describe, expect, it } from 'vitest';
import demoPostings from '../../../src/modules/jobs/demo/demo-postings.json' with { type: 'json' };
import labelsFile from '../../../src/kernel/skills/data/skill-labels-ko.json' with { type: 'json' };
import occupationsFile from '../../../src/kernel/skills/data/occupations.json' with { type: 'json' };
import roleGapsFile from '../../../src/kernel/skills/data/role-gaps.json' with { type: 'json' };
import koreanTermsFile from '../../../src/kernel/skills/data/skills-ko.json' with { type: 'json' };
import skillsFile from '../../../src/kernel/skills/data/skills.json' with { type: 'json' };
import { jobRequirements, koreanSkillLabel, roleGaps, skillLabel } from '../../../src/kernel/skills/index.js';
import { skillListParams, skillShown } from '../../../src/modules/analysis/analysis-report.view.js';
import { messageKey } from '../../../src/platform/contracts/domain-error.js';

// #11: skill names are shown in the reader's language. The Korean labels (scripts/skill-labels-ko.txt →
// data/skill-labels-ko.json) must cover every skill a page lists often, so a skill added to the role-gap
// data or the families' lists without a label fails here, not on a Korean reader's report.

const taxonomy = (skillsFile as unknown as { skills: Array<[string, string]> }).skills.map(([name]) => name);
const families = (roleGapsFile as unknown as { families: Record<string, Array<[number, number, number]>> }).families;
const relations = (roleGapsFile as unknown as { relations: Record<string, unknown> }).relations;
const labels = (labelsFile as unknown as { labels: Array<[string, string]> }).labels;
const unlabelled = (names: Iterable<string>): string[] => [...new Set(names)].filter((name) => koreanSkillLabel(name) === undefined);

// The taxonomy loads once per process (seconds on a busy machine): before the first test's clock starts.
beforeAll(() => void roleGaps('Nurse', { has: [] }, 1), 120_000);

describe('Korean skill labels', () => {
  it('cover every skill of each occupation family’s list and of the stack relations (role gaps)', () => {
    for (const [family, list] of Object.entries(families)) expect(unlabelled(list.map(([id]) => taxonomy[id]!)), family).toEqual([]);
    expect(unlabelled(Object.keys(relations).map((id) => taxonomy[Number(id)]!))).toEqual([]);
  });

  it('cover the first role gaps of typical roles, Korean titles included', () => {
    const roles = ['간호사', '백엔드 개발자', '데이터 분석가', '퍼포먼스 마케터', '회계 담당자', '초등학교 교사', 'UX 디자이너', '물류 관리자', '인사 담당자', '기술영업', '고객 상담원', '서비스 기획자'];
    for (const role of roles) expect(unlabelled(roleGaps(role, { has: [] }, 10).gaps.map((g) => g.name)), role).toEqual([]);
  });

  it('name the first gaps of trades, care and office roles beyond software in Korean (no English phrase in a Korean report)', () => {
    const shown = (role: string): string[] => roleGaps(role, { has: [] }, 10).gaps.slice(0, 5).map((g) => g.name);
    expect(koreanSkillLabel('assist in veterinary surgery')).toBe('동물 수술 보조');
    for (const role of ['Veterinary Assistant', 'Project Coordinator', 'Pharmacist', 'Facilities Manager', 'Physiotherapist', 'Event Planner']) {
      expect(unlabelled(shown(role)), role).toEqual([]);
    }
  });

  // What scripts/build-skill-labels-ko.mjs --check holds the labels to, in the test run: a change to the
  // role-gap ranking or data that brings an unlabelled ESCO phrase into a report's first gaps fails here.
  it('cover the first ten role gaps of every occupation of a family, taken as a target role', () => {
    const occupations = (occupationsFile as unknown as { occupations: Array<[string]> }).occupations;
    const occupationFamily = (roleGapsFile as unknown as { occupationFamily: string[] }).occupationFamily;
    const shown = occupations.flatMap(([title], index) => (occupationFamily[index] ? roleGaps(title, { has: [] }, 10).gaps.map((g) => g.name) : []));
    expect(shown.length).toBeGreaterThan(1000);
    expect(unlabelled(shown)).toEqual([]);
  });

  it('cover the skills the job engine reads in the shipped demo postings', () => {
    const names = demoPostings.companies.flatMap((c) => c.postings.flatMap((p) => {
      const found = jobRequirements(p.description);
      return [...found.required, ...found.preferred].map((s) => s.name);
    }));
    expect(names.length).toBeGreaterThan(50);
    expect(unlabelled(names)).toEqual([]);
  });

  it('cover every skill the Korean skill terms map to (데이터 분석 → Data analysis, and back)', () => {
    const terms = (koreanTermsFile as unknown as { terms: Array<[string, string]> }).terms;
    expect(unlabelled(terms.map(([, name]) => name))).toEqual([]);
    expect(koreanSkillLabel('Data analysis')).toBe('데이터 분석');
  });

  it('name taxonomy skills, and are Korean or a product term kept as written', () => {
    const canonical = new Set(taxonomy);
    for (const [name, label] of labels) {
      expect(canonical.has(name), name).toBe(true);
      expect(label === name || /\p{Script=Hangul}/u.test(label) || /^[A-Z][A-Z0-9&]+$/.test(label), `${name} → ${label}`).toBe(true);
    }
  });
});

describe('skillLabel (the one place a skill’s display name comes from)', () => {
  it('words a skill in Korean for a Korean reader, case-insensitively', () => {
    expect(skillLabel('Data analysis', 'ko')).toEqual({ text: '데이터 분석' });
    expect(skillLabel('project management', 'ko')).toEqual({ text: '프로젝트 관리' });
    expect(skillLabel('comply with legislation related to health care', 'ko')).toEqual({ text: '보건의료 법규 준수' });
    expect(skillLabel('Backend Development', 'ko')).toEqual({ text: '백엔드 개발' });
  });

  it('keeps product terms as written, unmarked', () => {
    for (const name of ['Kubernetes', 'React', 'SQL', 'PostgreSQL']) expect(skillLabel(name, 'ko')).toEqual({ text: name });
  });

  it('falls back to the English name, marked English, for a skill without a label', () => {
    expect(skillLabel('quantum basket weaving', 'ko')).toEqual({ text: 'quantum basket weaving', lang: 'en' });
    // An employer's own Korean tag is shown as written.
    expect(skillLabel('사내 결재 시스템', 'ko')).toEqual({ text: '사내 결재 시스템' });
  });

  it('leaves names as they are for an English reader', () => {
    expect(skillLabel('Data analysis', 'en')).toEqual({ text: 'Data analysis' });
    expect(skillLabel('Kubernetes', 'en')).toEqual({ text: 'Kubernetes' });
  });
});

describe('skill names in a stored report, worded when shown', () => {
  it('words a suggestion’s list of missing skills for a Korean reader, keeping the job’s wording of product terms', () => {
    const why = messageKey('analysis:engine.suggestions.missingRequired.why', { skills: 'Data analysis, AWS (Amazon Web Services), back-end (Backend Development)' });
    expect(skillListParams(why, 'ko')).toEqual({ skills: '데이터 분석, AWS (Amazon Web Services), 백엔드 개발' });
    expect(skillListParams(why, 'en')).toEqual(why.params);
  });

  it('marks a name without a Korean label English, and a labelled one not at all', () => {
    expect(skillShown('Data analysis', 'ko')).toEqual({ text: '데이터 분석' });
    expect(skillShown('quantum basket weaving', 'ko')).toEqual({ text: 'quantum basket weaving', lang: 'en' });
    expect(skillShown('Data analysis', 'en')).toEqual({ text: 'Data analysis', lang: 'en' });
  });
});

// Wave 13 (#12): a cook's role gaps (the nearest-occupation gaps of wave 12) came in English to a Korean reader.
describe('kitchen role gaps in Korean', () => {
  it('labels every gap shown for a cook or a chef', () => {
    const shown = ['Line Cook', 'Prep Cook', '조리사', 'Sous Chef'].flatMap((role) => roleGaps(role, { has: [] }, 10).gaps.map((gap) => gap.name));
    expect(shown.length).toBeGreaterThan(0);
    expect(unlabelled(shown)).toEqual([]);
  });
});
