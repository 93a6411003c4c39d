import { describe, expect, it } from 'vitest';
import { match, missingOf, warmJobMatch } from '../../helpers/job-match-missing.js';

// Alternatives that share the words after the last one ("CSCS or ACAD card", "Liebherr, Bauer or Casagrande rigs"),
// Korean "one of" lists and licence grades (#12, wave 23). Invented postings and résumés.
warmJobMatch();

describe('alternatives that share the words after the last one', () => {
  it('"X or Y card" is met by the résumé\'s X card: Y card is not missing', () => {
    const job = 'Demolition Supervisor\nRequirements:\n- CSCS or CPCS card for site supervisors\n';
    const resume = 'Demolition Supervisor\nRan soft-strip and top-down demolition crews.\nCards\nCSCS Supervisor Card\n';
    expect(missingOf(match(job, resume)).join(' | ')).not.toMatch(/CPCS/);
  });

  it('"A, B or C rigs" and "A or B chemical accreditation" are met by the one the résumé names', () => {
    const job = 'Piling Operator\nRequirements:\n- Experience with Liebherr, Junttan or Casagrande rigs\n- AgSafe (AQF3) or ChemCert chemical accreditation\n';
    const resume = 'Piling Operator\nOperated Junttan rigs for driven piles.\nTickets\nAgSafe (AQF3)\n';
    const missing = missingOf(match(job, resume)).join(' | ');
    expect(missing).not.toMatch(/Casagrande|Liebherr/);
    expect(missing).not.toMatch(/ChemCert/);
  });

  it('each is still missing when the résumé holds none of them', () => {
    const job = 'Demolition Supervisor\nRequirements:\n- CSCS or CPCS card for site supervisors\n';
    const missing = missingOf(match(job, 'Demolition Supervisor\nRan soft-strip and top-down demolition crews.\n')).join(' | ');
    expect(missing).toMatch(/CPCS|CSCS/);
  });

  it('a card member is met by the résumé\'s card with words between its letters and number', () => {
    const job = 'Crane Supervisor\nRequirements:\n- CPCS A62 (or NPORS N402) crane supervisor card\n';
    const resume = 'Crane Supervisor\nLift plans for tower cranes.\nCards\nCPCS Blue Card A62\n';
    expect(missingOf(match(job, resume)).join(' | ')).not.toMatch(/NPORS/);
  });
});

describe('Korean alternatives and licence grades', () => {
  it('"A 또는 B 자격 소지자": a person\'s title beside a licence, both qualifications by the words they share', () => {
    const job = '숲길 안내원 모집\n자격요건\n- 숲길등산지도사 또는 산림치유지도사 자격 소지자\n';
    const resume = '산림치유 프로그램 운영 6년.\n자격증\n산림치유지도사 2급\n';
    expect(missingOf(match(job, resume)).join(' | ')).not.toMatch(/숲길등산지도사/);
  });

  it('"A, B, C 중 1개 이상" is met by one of the licences with no "또는"', () => {
    const job = '인증심사원 모집\n자격요건\n- 유기농업기사, 식물보호기사, 종자기사 중 1개 이상\n';
    const resume = '친환경 인증심사 5년.\n자격증\n식물보호기사\n';
    expect(missingOf(match(job, resume)).join(' | ')).not.toMatch(/유기농업기사|종자기사/);
  });

  it('a lower grade of a licence is held by the higher grade of the same field, a particle on the asked licence or not', () => {
    const job = '가스 안전관리자 모집\n자격요건\n- 가스기사 이상 자격 소지자 (가스산업기사는 실무경력 2년 이상)\n';
    const resume = '가스 설비 안전관리 7년.\n자격증\n가스기사\n';
    expect(missingOf(match(job, resume)).join(' | ')).not.toMatch(/가스산업기사/);
  });

  it('a higher grade asked is not held by the lower one', () => {
    const job = '가스 안전관리자 모집\n자격요건\n- 가스기사 자격 소지자\n';
    const resume = '가스 설비 안전관리 7년.\n자격증\n가스산업기사\n';
    expect(missingOf(match(job, resume)).join(' | ')).toMatch(/가스기사/);
  });
});
