import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';

// The lead's wave 20 screenshot: a lead phlebotomist's report listed "NHA CPT" as missing beside "ASCP PBT" found, for a
// posting that asks for "ASCP PBT, NHA CPT or equivalent", and listed "Basic Life Support" and "BLS" as two missing
// requirements. Written here with another trade's credentials.

const POSTING = `Senior Pharmacy Technician — Riverside Community Hospital
What you will do
- Prepare sterile compounded products and check the work of junior technicians
- Manage controlled drug stock and the monthly audit
Requirements
- Current certification (PTCB CPhT, ExCPT or equivalent)
- Basic Life Support (BLS) certification from the American Heart Association
- Two years of hospital pharmacy experience`;

const CV = `Dana Whitfield
Pharmacy Technician
dana.whitfield@example.org · +1 503 555 0190 · Salem, Oregon

Experience
Pharmacy Technician, Salem Health, Salem — 2019 to present
- Compounded 40 sterile preparations a day under USP 797; trained four new technicians.
- Ran the controlled drug count and the monthly audit.

Certifications
- ExCPT (NHA), 2019
- BLS Provider, American Heart Association, 2024

Education
Chemeketa Community College — Pharmacy Technician Certificate, 2019`;

describe('credentials a posting lists as alternatives or spells out (#12)', () => {
  const phrases = () => analyzeResume({ text: CV, job: POSTING }).match!.phrases ?? [];
  const verdictOf = (phrase: string) => phrases().find((p) => p.phrase === phrase)?.verdict;

  it('takes "A, B or equivalent" as alternatives: holding one, none of them is missing', () => {
    expect(verdictOf('PTCB CPhT')).toBe('matched');
    expect(verdictOf('ExCPT')).toBe('matched');
  });

  it('meets a spelled-out credential by its letters', () => {
    const named = phrases().filter((p) => /^(?:BLS|Basic Life Support)$/i.test(p.phrase));
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((p) => p.verdict === 'matched')).toBe(true);
  });
});

describe('a list of credentials closed by an open-ended word (#12)', () => {
  // Each word that closes "A, B or …" without naming one more: the CV holds ExCPT, so PTCB CPhT is not missing.
  for (const closing of ['similar', 'comparable', 'higher', 'above', 'an equivalent']) {
    it(`reads "PTCB CPhT, ExCPT or ${closing}" as alternatives`, () => {
      const job = POSTING.replace('PTCB CPhT, ExCPT or equivalent', `PTCB CPhT, ExCPT or ${closing}`);
      const phrases = analyzeResume({ text: CV, job }).match!.phrases ?? [];
      expect(phrases.find((p) => p.phrase === 'PTCB CPhT')?.verdict).toBe('matched');
    });
  }
});
