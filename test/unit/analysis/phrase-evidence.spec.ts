import { describe, expect, it } from 'vitest';
import { jobMatch } from '../../../src/modules/analysis/scoring/job-match.js';
import { extractSkills } from '../../../src/kernel/skills/index.js';

// "Missing" is said only without evidence: a job phrase whose name the résumé shows, or whose every word
// the résumé uses apart, is partly met (a variant with what was found), never a gap (#12, wave 9).
const match = (job: string, resume: string) => jobMatch(job, resume, extractSkills(resume));
match('Requirements:\n- Go and project management\n', 'Go'); // loads the taxonomy and tagger outside the tests' time

const missingOf = (result: ReturnType<typeof match>): string[] => [
  ...result.missingDisplay,
  ...(result.preferred.missingDisplay ?? []),
  ...(result.phrases ?? []).filter((p) => p.verdict === 'missing').map((p) => p.phrase),
  ...result.keywords.missing,
];
const evidenceFor = (result: ReturnType<typeof match>, term: string): string | undefined =>
  result.variants.find((v) => v.term === term && v.reason === 'evidence')?.found;

describe('a job phrase that carries a name the résumé shows', () => {
  it('is partly met by the acronym it carries, and shows it', () => {
    const job = 'Tanker Driver\nRequirements:\n- ADR tanker routes\n- forklift ticket\n';
    const result = match(job, 'Tanker Driver\nDrove ADR loads across the north of England.\n');
    expect(missingOf(result).filter((item) => /\bADR\b/.test(item))).toEqual([]);
    expect(evidenceFor(result, 'ADR tanker routes')).toBe('ADR');
    expect(missingOf(result)).toContain('forklift ticket');
  });

  it('is partly met by a capitalised product name inside a longer run of the job', () => {
    const job = 'Bookkeeper\nRequirements:\n- Xero Practice Manager workflows\n';
    const result = match(job, 'Bookkeeper\nReconciled 40 client ledgers a month in Xero Practice Manager.\n');
    expect(missingOf(result).join(' | ')).not.toMatch(/Xero/);
  });

  it('gives a degree whose field the résumé names as partly met', () => {
    const job = 'Staff Nurse\nRequirements:\n- Bachelor\'s degree in Nursing\n';
    const result = match(job, 'Staff Nurse\nEDUCATION\nBSc Nursing, University of Leeds, 2015\n');
    expect(result.keywords.missing).toEqual([]);
    expect(evidenceFor(result, "Bachelor's degree in Nursing")).toBe('Nursing');
  });

  it('keeps a credential missing when the résumé names only its vendor', () => {
    const job = 'Cloud Engineer\nRequirements:\n- AWS Certified Solutions Architect\n';
    const result = match(job, 'Cloud Engineer\nMoved billing services to AWS Lambda.\n');
    expect(result.keywords.missing).toEqual(['AWS Certified Solutions Architect']);
  });

  it('meets an endorsement by the skill it endorses', () => {
    const result = match('Vet Nurse\nNice to have: sedation endorsement, exotics\n', 'Vet Nurse\nSKILLS\nSedation, Radiography\n');
    expect(missingOf(result)).not.toContain('sedation endorsement');
  });

  it('does not take a capitalised verb that opens a duty for a name', () => {
    const job = 'Store Assistant\nRequirements:\n- Keep delivery logs\n';
    const result = match(job, 'Store Assistant\nKeep calm under pressure.\n');
    expect(missingOf(result)).toContain('Keep delivery logs');
  });
});

describe('a job phrase whose words the résumé uses apart', () => {
  it('is partly met when every word of a three-word phrase is in the résumé, with the résumé’s words as evidence', () => {
    const job = 'Hygienist\nRequirements:\n- paediatric dental hygiene appointments\n';
    const resume = 'Dental Hygienist — Smile Co | 2020 – Present\n- Cleaned teeth for paediatric patients.\n- Ran 12 hygiene appointments a day.\n';
    const result = match(job, resume);
    expect(missingOf(result)).not.toContain('paediatric dental hygiene appointments');
    expect(evidenceFor(result, 'paediatric dental hygiene appointments')).toBe('paediatric, Dental, hygiene, appointments');
  });

  it('stays missing when a word is not in the résumé', () => {
    const job = 'Hygienist\nRequirements:\n- paediatric sedation dental appointments\n';
    const result = match(job, 'Dental Hygienist — Smile Co | 2020 – Present\n- Saw paediatric patients.\n- Booked appointments.\n');
    expect(missingOf(result)).toContain('paediatric sedation dental appointments');
  });
});
