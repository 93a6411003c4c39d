import { describe, expect, it } from 'vitest';
import { jobMatch } from '../../../src/modules/analysis/scoring/job-match.js';
import { extractSkills } from '../../../src/kernel/skills/index.js';

// "Missing" is said only without evidence: a job phrase whose name the résumé shows, or whose every word
// the résumé uses close together in one line, is partly met (a variant with what was found), never a gap (#12, waves 9 and 12).
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

// Wave 12 (#12): words found anywhere in the résumé were shown as evidence ("career, Readiness, planning"
// for "career readiness planning"). Only words that stand together in one line count, shown as that line's words.
describe('a job phrase whose words the résumé uses apart', () => {
  it('is partly met when every word stands close together in one bullet, with the bullet’s own words as evidence', () => {
    const job = 'Hygienist\nRequirements:\n- paediatric dental hygiene appointments\n';
    const resume = 'Dental Hygienist — Smile Co | 2020 – Present\n- Ran 12 hygiene appointments a day for paediatric dental patients.\n';
    const result = match(job, resume);
    expect(missingOf(result)).not.toContain('paediatric dental hygiene appointments');
    expect(evidenceFor(result, 'paediatric dental hygiene appointments')).toBe('hygiene appointments a day for paediatric dental');
  });

  it('stays missing when the words are spread over the résumé’s lines', () => {
    const job = 'Hygienist\nRequirements:\n- paediatric dental hygiene appointments\n';
    const resume = 'Dental Hygienist — Smile Co | 2020 – Present\n- Cleaned teeth for paediatric patients.\n- Gave oral hygiene advice to 20 families a week.\n- Booked 30 appointments a day.\n';
    const result = match(job, resume);
    expect(missingOf(result)).toContain('paediatric dental hygiene appointments');
    expect(evidenceFor(result, 'paediatric dental hygiene appointments')).toBeUndefined();
  });

  it('stays missing when the words share a line but stand far apart', () => {
    const job = 'School Counselor\nRequirements:\n- career readiness planning\n';
    const resume = [
      'School Counselor — Lakeside High | 2018 – Present',
      '- Built a career fair with 40 employers and then, over two years of weekly sessions, raised readiness scores and planning habits of 300 students.',
    ].join('\n');
    const result = match(job, resume);
    expect(missingOf(result)).toContain('career readiness planning');
  });

  it('stays missing when the job’s words are only found as loose words across sections', () => {
    const job = 'School Counselor\nRequirements:\n- career readiness planning\n';
    const resume = 'SUMMARY\nCounsellor focused on career outcomes.\nEXPERIENCE\n- Ran Readiness workshops for Year 12.\n- Led planning for the exam timetable.\n';
    const result = match(job, resume);
    expect(missingOf(result)).toContain('career readiness planning');
    expect(result.variants.map((v) => v.found).join(' | ')).not.toMatch(/career, Readiness/);
  });

  it('stays missing when a word is not in the résumé', () => {
    const job = 'Hygienist\nRequirements:\n- paediatric sedation dental appointments\n';
    const result = match(job, 'Dental Hygienist — Smile Co | 2020 – Present\n- Saw paediatric patients.\n- Booked appointments.\n');
    expect(missingOf(result)).toContain('paediatric sedation dental appointments');
  });
});

// Wave 10 (#12): a job phrase about a thing the résumé lists as an entry of its own ("Sponsorship",
// "보육교사 (1급)"), an acronym the résumé writes with a grade number ("NMC532"), or a verb the résumé
// writes as its noun ("Forklift Operation") is partly met, with what was found.
describe('a job phrase about a thing the résumé lists', () => {
  it('is partly met by a skills-list entry naming its first word, and shows the entry', () => {
    const job = 'Fundraising Officer\nRequirements:\n- Experience with grant writing\nNice to have: legacy giving campaigns, donor database administration\n';
    const resume = 'Fundraising Officer\nSKILLS\nFundraising: Grant Writing, Legacy, Events\n';
    const result = match(job, resume);
    expect(missingOf(result).join(' | ')).not.toMatch(/legacy/i);
    expect(evidenceFor(result, 'legacy giving campaigns')).toBe('Legacy');
    // The entry's thing only: nothing in the résumé is about (donor) databases.
    expect(missingOf(result).join(' | ')).toMatch(/database/i);
  });

  it('is partly met by an entry of the thing plus "Operations", not by the word inside a sentence', () => {
    const job = 'Lift Technician\nRequirements:\n- Hoist inspection experience\nNice to have: scaffold erection experience\n';
    const listed = match(job, 'Lift Technician\nEquipment: Hoist Operations, Forklift\n');
    expect(missingOf(listed).join(' | ')).not.toMatch(/hoist/i);
    const inSentence = match(job, 'Lift Technician\nWorked beside the scaffold crew on two towers.\n');
    expect(missingOf(inSentence).join(' | ')).toMatch(/scaffold erection/);
  });

  it('reads a Korean credential line the same way: 간호조무사 (1급) shows 간호조무사 보수 교육', () => {
    const job = '간호조무사 채용\n자격요건\n- 간호조무사 보수 교육 이수자\n- 정맥 주사 가능자\n';
    const resume = '간호조무사 (1급)\n내과 의원에서 5년 동안 외래 진료를 보조했습니다.\n';
    const result = match(job, resume);
    expect(missingOf(result).join(' | ')).not.toMatch(/간호조무사/);
    expect(missingOf(result).join(' | ')).toMatch(/정맥 주사/);
  });

  it('is not met by an entry whose first word is the thing followed by another thing', () => {
    const job = 'Data Engineer\nRequirements:\n- Experience building data pipelines in production\n';
    const result = match(job, 'Data Engineer\nSkills: Data Visualisation, Tableau\n');
    expect(missingOf(result).join(' | ')).toMatch(/data pipelines/i);
  });
});

describe('an acronym the résumé writes with a grade or model number', () => {
  it('shows the acronym: LFP/NMC chemistries beside NMC532', () => {
    const job = 'Battery Engineer\nRequirements:\n- Cell design for LFP/NMC chemistries\n';
    const result = match(job, 'Battery Engineer\nDesigned 50 Ah pouch cells with NMC532 cathodes.\n');
    expect(missingOf(result).join(' | ')).not.toMatch(/NMC/);
  });

  it('does not take a longer acronym for the job one: NMCA is no NMC', () => {
    const job = 'Battery Engineer\nRequirements:\n- NMC cathode experience\n';
    const result = match(job, 'Battery Engineer\nMember of the NMCA since 2019.\n');
    expect(missingOf(result).join(' | ')).toMatch(/NMC/);
  });
});

describe('a verb the résumé writes as its noun', () => {
  it('shows "operate forklifts" by "Forklift Operation"', () => {
    const job = 'Warehouse Operative\nRequirements:\n- Operate forklifts safely\n';
    const result = match(job, 'Warehouse Operative\nSkills: Forklift Operation, Picking, Packing\n');
    expect(missingOf(result).join(' | ')).not.toMatch(/forklift/i);
  });
});

describe('a way of handling a thing the résumé names', () => {
  it('is partly met by the thing after "of": "audit of medication charts" beside "Medication Charts"', () => {
    const job = 'Pharmacy Technician\nRequirements:\n- Conduct stock checks and audit of medication charts, ward visits\n';
    const result = match(job, 'Pharmacy Technician\nSkills: Medication Charts, Dispensing, Stock Control\n');
    expect(missingOf(result).join(' | ')).not.toMatch(/medication charts/i);
    expect(result.variants.some((v) => v.reason === 'evidence' && v.found === 'medication charts')).toBe(true);
  });

  it('is not met by one word of the thing alone', () => {
    const job = 'Pharmacy Technician\nRequirements:\n- Conduct stock checks and audit of medication charts, ward visits\n';
    const result = match(job, 'Pharmacy Technician\nSkills: Charts, Dispensing\n');
    expect(missingOf(result).join(' | ')).toMatch(/medication charts/i);
  });
});
