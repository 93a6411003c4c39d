import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { jobRequirements } from '../../../src/kernel/skills/job-requirements.js';

// Wave 20 read a posting's Essential lines as requirements; on unseen postings that listed credentials the CV holds
// under another name (an alternative in brackets, a diploma spelled out before its letters, a framework level written
// onto its letters, an Australian truck licence for a car licence) and reworded a school's dated line. Written here
// with other trades' postings and CVs.

const POSTING = `Pest Control Technician (Band 4)
District council environmental services, Norwich.
Main duties
- Carry out treatments for rats, mice, wasps and bed bugs in homes and council buildings
- Supervise
- Keep treatment records in the council database
Essential
- RSPH Level 2 Award in Pest Management (or the former BPCA Certificate)
- Certificate in Pest Control (CPC) or the Diploma in Urban Pest Management (DUPM)
- ChemSafe AQF Level 3 or AgriSafe Handling Accreditation
- Class C driver licence
- NVQ Level 2 in Pest Control
- Willingness to complete bird control training (or ability to obtain within six months)`;

const CV = `Gareth Pryce
Pest Control Technician
gareth.pryce@example.org · 07700 900412 · Norwich

EXPERIENCE
Pest Control Technician — Broadland Pest Services, Norwich | Mar 2017 – Present
- Carry out about 600 rodent, insect and wasp treatments a year for homes and businesses.
- Keep treatment records and COSHH assessments for every visit.

SKILLS
Tickets: RSPH Level 2 Award in Pest Management, ChemSafe AQF3, HR Truck Licence, Certificate in Pest Control (CPC)

EDUCATION
NVQ Level 3, Pest Control — City College Norwich | Sep 2012 – Jun 2014`;

describe('requirement sentences without wrong advice (#12, wave 21)', () => {
  const report = () => analyzeResume({ text: CV, job: POSTING });
  const missing = () => (report().match!.phrases ?? []).filter((p) => p.verdict === 'missing').map((p) => p.phrase);

  it('meets "X (or the former Y)" by X', () => {
    expect(missing().some((p) => /BPCA/.test(p))).toBe(false);
  });

  it('meets "A (AA) or the Diploma in B (DB)" by A: a name spelled out before its letters is one alternative', () => {
    expect(missing().some((p) => /DUPM|Urban Pest/.test(p))).toBe(false);
  });

  it('meets a framework level written onto its letters ("AQF3") and so its alternative', () => {
    expect(missing().some((p) => /AQF|AgriSafe/.test(p))).toBe(false);
  });

  it('meets an ordinary driving licence by an Australian truck licence', () => {
    expect(missing().some((p) => /Class C/.test(p))).toBe(false);
  });

  it('lists no lone duty verb ("Supervise") or "obtain" as a requirement', () => {
    expect(missing()).not.toContain('Supervise');
    expect(missing()).not.toContain('obtain');
  });

  it('never rewrites a school or course line with its dates, and a level is no other level in other words', () => {
    const r = report();
    expect(r.suggestions.map((s) => s.before)).not.toContain('NVQ Level 3, Pest Control — City College Norwich | Sep 2012 – Jun 2014');
    expect(r.match!.variants.filter((v) => v.reason === 'inflection').map((v) => v.atsWants)).not.toContain('NVQ Level 2');
  });
});

describe('pronoun fragments (#12)', () => {
  it('drops "their records" but keeps HER (a historic environment record) written in capitals', () => {
    const { phrases } = jobRequirements(`Requirements
- Update their records after each visit
- Experience supporting people with ME, CFS and long COVID
- HER Recording System experience`);
    expect(phrases.some((p) => /their/i.test(p))).toBe(false);
    expect(phrases.some((p) => /\bHER\b/.test(p))).toBe(true);
  });
});
