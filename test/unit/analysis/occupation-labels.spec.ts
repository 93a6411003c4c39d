import { describe, expect, it } from 'vitest';
import commonRoles from '../../fixtures/analysis/common-target-roles.json' with { type: 'json' };
import roleGapCases from '../../fixtures/analysis/role-gaps/labels.json' with { type: 'json' };
import occupationsFile from '../../../src/kernel/skills/data/occupations.json' with { type: 'json' };
import labelsFile from '../../../src/kernel/skills/data/occupation-labels-ko.json' with { type: 'json' };
import roleGapsFile from '../../../src/kernel/skills/data/role-gaps.json' with { type: 'json' };
import { koreanOccupationLabel, occupationKey, occupationLabel, skillsForRole } from '../../../src/kernel/skills/index.js';
import { occupationsShown } from '../../../src/modules/analysis/analysis-report.view.js';

// #11: the occupations a report compares a target role with are named in the reader's language. The
// Korean titles (scripts/occupation-labels-ko.txt → data/occupation-labels-ko.json) must cover every
// occupation a page can name often, so an occupation added to a family, or a common role that starts
// matching a new occupation, fails here rather than on a Korean reader's report.

const occupations = (occupationsFile as unknown as { occupations: Array<[string, ...unknown[]]> }).occupations.map(([title]) => title);
const untitled = (titles: Iterable<string>): string[] => [...new Set(titles)].filter((title) => koreanOccupationLabel(title) === undefined);

describe('Korean occupation titles', () => {
  it('cover every member of an occupation family (the role gaps’ occupations)', () => {
    const members = (roleGapsFile as unknown as { occupationFamily: string[] }).occupationFamily.flatMap((family, index) => (family ? [occupations[index]!] : []));
    expect(members.length).toBeGreaterThan(800);
    expect(untitled(members)).toEqual([]);
  });

  it('cover every occupation matched for a common target role or a role-gap fixture’s role', () => {
    const roles = [...commonRoles.roles, ...(roleGapCases as unknown as { cases: Array<{ role: string }> }).cases.map((c) => c.role)];
    const matched = roles.flatMap((role) => skillsForRole(role).occupations.map((o) => o.title));
    expect(matched.length).toBeGreaterThan(100);
    expect(untitled(matched)).toEqual([]);
  }, 30_000); // ~2 s alone: every role is matched against the whole occupation list

  it('name taxonomy occupations, once each, in Korean', () => {
    const known = new Set(occupations.map(occupationKey));
    const labels = (labelsFile as unknown as { labels: Array<[string, string]> }).labels;
    expect(new Set(labels.map(([key]) => key)).size).toBe(labels.length);
    for (const [key, label] of labels) {
      expect(known.has(key), key).toBe(true);
      expect(label, key).toMatch(/\p{Script=Hangul}/u);
    }
  });
});

describe('occupationLabel (the one place an occupation’s display title comes from)', () => {
  it('words ESCO and O*NET titles in Korean, whatever their case and spacing', () => {
    expect(occupationLabel('Software Developers', 'ko')).toEqual({ text: '소프트웨어 개발자' });
    expect(occupationLabel('software developer', 'ko')).toEqual({ text: '소프트웨어 개발자' });
    expect(occupationLabel('Registered Nurses', 'ko')).toEqual({ text: '간호사' });
    expect(occupationLabel('green\u00a0coffee\u00a0coordinator', 'ko')).toEqual({ text: '생두 수급 담당자' });
  });

  it('falls back to the English title, marked English, for an occupation without a Korean one', () => {
    expect(occupationLabel('quantum basket weaver', 'ko')).toEqual({ text: 'quantum basket weaver', lang: 'en' });
  });

  it('leaves titles as they are for an English reader', () => {
    expect(occupationLabel('Software Developers', 'en')).toEqual({ text: 'Software Developers' });
  });
});

describe('a stored report’s matched occupation, worded when shown', () => {
  it('keeps the source’s name beside the Korean title', () => {
    expect(occupationsShown(['Software Developers (O*NET)'], 'ko')[0]).toEqual({ text: '소프트웨어 개발자(O*NET)' });
    expect(occupationsShown(['data analyst (ESCO)'], 'ko')[0]).toEqual({ text: '데이터 분석가(ESCO)' });
  });

  it('names a Korean title once, with every source it came from, when several taxonomy titles share it', () => {
    const stored = ['healthcare assistant (ESCO)', 'Nursing Assistants (O*NET)', 'nurse assistant (ESCO)', 'Licensed Practical and Licensed Vocational Nurses (O*NET)', 'auxiliary nursing and midwifery vocational teacher (ESCO)'];
    expect(occupationsShown(stored, 'ko')).toEqual([{ text: '간호조무사(ESCO, O*NET)' }, { text: '간호조무 직업훈련 교사(ESCO)' }]);
    expect(occupationsShown(stored, 'en').map((s) => s.text)).toEqual(stored);
  });

  it('shows an untitled occupation, and every occupation to an English reader, as stored, marked English', () => {
    expect(occupationsShown(['quantum basket weaver (ESCO)'], 'ko')[0]).toEqual({ text: 'quantum basket weaver (ESCO)', lang: 'en' });
    expect(occupationsShown(['Software Developers (O*NET)'], 'en')[0]).toEqual({ text: 'Software Developers (O*NET)', lang: 'en' });
  });
});
