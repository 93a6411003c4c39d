import { describe, expect, it } from 'vitest';
import { match, said, warmJobMatch } from '../../helpers/job-match-missing.js';
import { listedItems } from '../../../src/kernel/skills/job-requirements.js';

// What a posting says of schooling (#12, wave 17): "학력 무관" (no matter the schooling) asks for nothing, and
// "고등학교 졸업 이상" asks for a school-leaving credential, not for "고등학교"; a résumé naming the high school
// it finished shows that credential. Invented postings and résumés.
warmJobMatch();

const KOREAN_POSTING = ['정수기 방문관리 기사 모집', '', '자격요건', '- 고등학교 졸업 이상', '- 운전면허 소지자', '- 학력 무관, 경력 무관', '- 전공 불문', ''].join('\n');

describe('schooling a posting does not ask for', () => {
  it('reads "학력 무관", "경력 무관" and "전공 불문" as no item', () => {
    expect(listedItems('- 학력 무관')).toEqual([]);
    expect(listedItems('- 학력 무관, 경력 무관')).toEqual([]);
    expect(listedItems('- 전공불문')).toEqual([]);
    // What is asked for beside them stays.
    expect(listedItems('- 운전면허 소지자, 학력 무관').map((i) => i.text)).toEqual(['운전면허']);
  });

  it('never shows what is not asked for as missing', () => {
    const result = match(KOREAN_POSTING, '김하늘\n경력\n정수기 관리 — 한빛렌탈 | 2019.03 – 현재\n');
    expect(said(result, /무관|불문|학력|경력|전공/)).toEqual([]);
  });
});

describe('a school-leaving credential asked for in Korean', () => {
  it('keeps the graduation with the school ("고등학교 졸업 이상" asks for 고등학교 졸업)', () => {
    expect(listedItems('- 고등학교 졸업 이상').map((i) => i.text)).toEqual(['고등학교 졸업']);
    // A field's degree is still the field ("관련 학과 졸업" asks for the field).
    expect(listedItems('- 식품영양학 관련 학과 졸업').map((i) => i.text)).toEqual(['식품영양학']);
  });

  it('is met by a degree and by the high school the résumé finished, and missing without either', () => {
    expect(said(match(KOREAN_POSTING, '김하늘\n학력\n천안공업고등학교 | 기계과 졸업 (2013)\n'), /고등학교/)).toEqual([]);
    expect(said(match(KOREAN_POSTING, '김하늘\n학력\n한빛대학교 | 기계공학 학사 (2017)\n'), /고등학교/)).toEqual([]);
    expect(said(match(KOREAN_POSTING, '김하늘\n보유 기술\n정수기 필터 교체, 고객 상담\n'), /고등학교/).length).toBeGreaterThan(0);
  });
});

describe('a school-leaving credential asked for in English', () => {
  it('is met by the high school the résumé names', () => {
    const job = 'Route Driver\nRequirements:\n- High school diploma or GED\n- Forklift licence\n';
    expect(said(match(job, 'Route Driver\nEDUCATION\nLincoln High School — Springfield, 2012\n'), /diploma|GED/i)).toEqual([]);
    expect(said(match(job, 'Route Driver\nSKILLS\nRoute planning, Pallet jack\n'), /diploma|GED/i).length).toBeGreaterThan(0);
  });
});

// Wave 22: a course at a college after school shows the school-leaving credential (Canada's "Grade 12" included), as a
// degree does; it is no degree. Invented postings and résumés.
describe('a school-leaving credential met by a college course', () => {
  const job = 'Feed Mill Operator\nRequirements:\n- Grade 12 or GED\n- High school diploma\n- Forklift experience\n';
  it('is met by a certificate or diploma from a college, and missing beside a workplace named University', () => {
    const certificate = 'Mill Operator\nEDUCATION\nCertificate, Power Engineering (4th Class) — Red River College | Sep 2016 – Apr 2017\n';
    expect(said(match(job, certificate), /grade 12|GED|diploma/i)).toEqual([]);
    const associate = 'Officer\nEDUCATION\nAAS, Criminal Justice — Central Georgia Technical College | Aug 2012 – May 2014\n';
    expect(said(match(job, associate), /grade 12|GED|diploma/i)).toEqual([]);
    const employer = 'Porter\nEXPERIENCE\nPorter — University Hospital | 2019 – 2024\n';
    expect(said(match(job, employer), /grade 12|GED/i).length).toBeGreaterThan(0);
  });

  it('does not meet a degree asked for', () => {
    const degreeJob = 'Lab Analyst\nRequirements:\n- Bachelor\'s degree in Chemistry\n';
    expect(said(match(degreeJob, 'Analyst\nEDUCATION\nDiploma, Chemical Technology — Red River College | 2015 – 2017\n'), /bachelor/i).length).toBeGreaterThan(0);
  });
});
