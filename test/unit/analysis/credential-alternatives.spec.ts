import { describe, expect, it } from 'vitest';
import { match, missingOf, warmJobMatch } from '../../helpers/job-match-missing.js';

// Credentials a job accepts one for another ("RN or LPN", "CPA, CMA or ACCA", "High school diploma or GED") are
// met by any one of them: a résumé holding one is not told the others are missing (#12, wave 15). Invented postings.
warmJobMatch();

describe('credentials a job names as alternatives', () => {
  it('are met by the one the résumé holds, the awarding body in brackets included', () => {
    const job = 'Pharmacy Technician\nRequirements:\n- Nationally certified: PTCB or ExCPT (NHA), or able to certify within a year\n- High school diploma or GED\n';
    const resume = 'Pharmacy Technician\nFilled 300 prescriptions a day.\nCERTIFICATIONS\nPTCB Certified Pharmacy Technician\nEDUCATION\nHigh School Diploma, Lincoln High School, 2016\n';
    const missing = missingOf(match(job, resume)).join(' | ');
    expect(missing).not.toMatch(/ExCPT|NHA|GED/);
  });

  it('reads a list of three and a licence named after the last', () => {
    const job = 'Staff Accountant\nRequirements:\n- CPA, CMA or ACCA qualified\n- Nursing: RN or LPN licence in Ohio\n';
    const resume = 'Staff Accountant\nClosed the books monthly for a 40-person firm.\nCERTIFICATIONS\nCMA (Institute of Management Accountants)\nLPN, Ohio Board of Nursing\n';
    const missing = missingOf(match(job, resume)).join(' | ');
    expect(missing).not.toMatch(/\bCPA\b|\bACCA\b|\bRN\b/);
  });

  it('are each still missing when the résumé holds none of them', () => {
    const job = 'Pharmacy Technician\nRequirements:\n- PTCB or ExCPT certification\n';
    const missing = missingOf(match(job, 'Pharmacy Technician\nFilled 300 prescriptions a day.\n')).join(' | ');
    expect(missing).toMatch(/PTCB/);
    expect(missing).toMatch(/ExCPT/);
  });

  it('leaves lower-case duties joined by "or" asked for both', () => {
    const job = 'Account Executive\nRequirements:\n- Outbound prospecting or contract negotiation for SaaS deals\n';
    const result = match(job, 'Account Executive\nRan outbound prospecting to 200 accounts a quarter.\n');
    expect(missingOf(result).join(' | ')).toMatch(/negotiation/i);
  });

  it('does not count a product that only shares the words after the other alternative', () => {
    const job = 'Groundskeeper\nRequirements:\n- Run the Rain Bird or Toro central irrigation system\n';
    const resume = 'Groundskeeper\nProgrammed Rain Bird controllers for 40 zones.\n';
    const result = match(job, resume);
    expect(missingOf(result).join(' | ')).not.toMatch(/\bToro\b/);
  });
});

describe('alternatives written in Korean or beside licensed people (#12, wave 19)', () => {
  it('"A 또는 B 소지자" and "A, B 또는 C 중 1개 이상" are met by the licence the résumé holds', () => {
    const job = '배관 설비 기사 모집\n자격요건\n- 배관기능사 또는 배관산업기사 소지자\n- 공조냉동기계기능사, 공조냉동기계산업기사 또는 에너지관리기능사 중 1개 이상\n';
    const resume = '설비 기사\n아파트 단지 배관 보수 8년.\n자격증\n배관기능사\n에너지관리기능사\n';
    const missing = missingOf(match(job, resume)).join(' | ');
    expect(missing).not.toMatch(/배관산업기사|공조냉동기계/);
  });

  it('each is still missing when the résumé holds none of them', () => {
    const job = '배관 설비 기사 모집\n자격요건\n- 배관기능사 또는 배관산업기사 소지자\n';
    const missing = missingOf(match(job, '설비 기사\n아파트 단지 배관 보수 8년.\n')).join(' | ');
    expect(missing).toMatch(/배관기능사/);
    expect(missing).toMatch(/배관산업기사/);
  });

  it('a list of licences with a licensed person in lower case is one list: an EMT meets "RN, LPN, EMT, paramedic or respiratory therapist"', () => {
    const job = 'Dialysis Technician\nRequirements:\n- RN, LPN, EMT, paramedic or respiratory therapist (RRT or CRT) licensed in Ohio\n';
    const resume = 'Dialysis Technician\nRan four chairs a shift after five years as an EMT on a county ambulance.\nCERTIFICATIONS\nEMT-Basic, NREMT\n';
    const missing = missingOf(match(job, resume)).join(' | ');
    expect(missing).not.toMatch(/\bRN\b|\bLPN\b|\bRRT\b/);
  });
});

describe('what is not a list of alternatives', () => {
  it('a work item listed before "French or German" is not met by French', () => {
    const job = 'Privacy Counsel\nNice to have: CIPM or CIPT, AI Act readiness work, French or German\n';
    const resume = 'Privacy Counsel\nAdvised on GDPR for 40 clients.\nLanguages: French (fluent)\n';
    expect(missingOf(match(job, resume)).join(' | ')).toMatch(/AI Act/);
  });

  it('a skill named like the credential does not meet it: "Wound Care" is no "Wound Care Certified (WCC)"', () => {
    const job = 'Wound Nurse\nPreferred:\n- Certified Wound Care Nurse (CWCN) or Wound Care Certified (WCC)\n';
    const resume = 'Podiatrist\nRan a diabetic wound clinic.\nSkills: Wound Care, Diabetic Foot Care\n';
    expect(missingOf(match(job, resume)).join(' | ')).toMatch(/CWCN/);
  });
});

describe('degrees that share their field', () => {
  it('"Bachelor or Master of Occupational Therapy" is not met by a bachelor of another field', () => {
    const job = 'Occupational Therapist\nRequirements:\n- Bachelor or Master of Occupational Therapy\n';
    const resume = 'Speech Pathologist\nEDUCATION\nBachelor of Speech Pathology, University of Adelaide\n';
    expect(missingOf(match(job, resume)).join(' | ')).toMatch(/Occupational Therapy/);
  });
});

describe('qualifications that share their trade', () => {
  it('"SVQ Level 3 or NVQ Level 3 in Bricklaying" is not met by an SVQ Level 3 in another trade', () => {
    const job = 'Bricklayer\nRequirements:\n- SVQ Level 3 or NVQ Level 3 in Bricklaying, or equivalent experience\n';
    const resume = 'Stonemason\nEDUCATION\nSVQ Level 3, Stonemasonry, Edinburgh College\n';
    const result = match(job, resume);
    expect(result.keywords.matched.join(' | ')).not.toMatch(/NVQ/);
    expect((result.phrases ?? []).filter((p) => p.verdict === 'matched').map((p) => p.phrase).join(' | ')).not.toMatch(/NVQ/);
  });
});
