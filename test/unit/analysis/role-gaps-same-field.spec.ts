import { describe, expect, it } from 'vitest';
import { roleGaps } from '../../../src/kernel/skills/role-gaps.js';
import { skillsForRole } from '../../../src/kernel/skills/skills-for-role.js';

// Role gaps seen empty on real reports (#12, wave 14): O*NET files mental-health and genetic counsellors and
// respiratory therapists under occupations whose tools are office software only, and ESCO has no title for them,
// so nothing told the work; a Korean hairdresser (미용사) matched no Korean title at all.

const gapsOf = (role: string, has: string[] = []): string[] => roleGaps(role, { has }, 10).gaps.map((g) => g.name);

describe('an O*NET occupation whose tools tell nothing, with no ESCO name for it', () => {
  it('is read through ESCO’s occupations of the same field, marked approximate', () => {
    const counsellor = skillsForRole('Mental Health Counselor');
    expect(counsellor.occupations).toContainEqual(expect.objectContaining({ source: 'esco', approximate: true, title: expect.stringMatching(/mental health/) }));
    expect(gapsOf('Mental Health Counselor').filter((g) => /mental health|social|counsel|crisis|psycholog/i.test(g)).length).toBeGreaterThanOrEqual(3);
    expect(gapsOf('Respiratory Therapist').filter((g) => /respirat|breathing|clinical|health care|anatom/i.test(g)).length).toBeGreaterThanOrEqual(3);
    expect(gapsOf('Genetic Counselor').filter((g) => /genetic/i.test(g)).length).toBeGreaterThanOrEqual(2);
  });

  it('takes the field from the O*NET title, never from the role’s head noun or another field’s word', () => {
    // A credit counsellor is no bereavement counsellor: the field is credit.
    expect(gapsOf('Credit Counselor').some((g) => /therapy|bereavement|psycholog/i.test(g))).toBe(false);
    // O*NET files a medical science liaison under genetic counsellors: "medical" is not that occupation's field.
    expect(skillsForRole('Medical Science Liaison').occupations.filter((o) => o.source === 'esco')).toEqual([]);
    // Never office software for any of them.
    for (const role of ['Mental Health Counselor', 'Genetic Counselor', 'Respiratory Therapist']) expect(gapsOf(role).some((g) => /excel|outlook|word|powerpoint/i.test(g))).toBe(false);
  });
});

describe('the field word of a compound O*NET title (wave 18, seen on a sonographer\'s report)', () => {
  it('is never a person noun: a cardiovascular technologist is no food or clothing technologist', () => {
    const esco = skillsForRole('Cardiovascular Technologists and Technicians').occupations.filter((o) => o.source === 'esco');
    expect(esco.map((o) => o.title).filter((t) => /food|cloth/.test(t))).toEqual([]);
    expect(gapsOf('Cardiovascular Technologists and Technicians').some((g) => /food|HACCP|fermentation|tech pack/i.test(g))).toBe(false);
  });

  it('is the rarer of two: "diagnostic" (a radiographer) before "medical" (a transcriptionist)', () => {
    const esco = skillsForRole('Diagnostic Medical Sonographers').occupations.filter((o) => o.source === 'esco').map((o) => o.title);
    expect(esco).toContain('diagnostic radiographer');
    expect(esco).not.toContain('medical transcriptionist');
    expect(gapsOf('Diagnostic Medical Sonographers').some((g) => /transcri|dictated/i.test(g))).toBe(false);
  });
});

describe('a Korean hairdresser', () => {
  it('is matched through the Korean title 미용사 and gets hairdressing gaps', () => {
    expect(skillsForRole('미용사').occupations).toContainEqual(expect.objectContaining({ title: 'hairdresser', source: 'esco' }));
    expect(gapsOf('미용사').filter((g) => /hair/i.test(g)).length).toBeGreaterThanOrEqual(3);
  });
});
