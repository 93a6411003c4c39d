import { describe, expect, it } from 'vitest';
import { match, missingOf, said, warmJobMatch } from '../../helpers/job-match-missing.js';

// What a posting asks to be done with a thing the CV already names (#12, wave 24): a Korean action noun after it
// (점검, 근무, 발급, 운용, 수립…) — the noun right before it is the thing —, a plan made (계획 수립), a possessive before it ("the yard's lockout procedures"), a
// maker before its product, a UK lorry category as a driving licence, the job's wording whole where the tagger read
// the CV's line as another skill. Partly met or met, never missing. Invented postings and CVs.
warmJobMatch();

describe('a Korean thing the CV names, asked with another action noun', () => {
  it('is partly met: 운영 of a 점검 CV, 근무 at a team the CV names, 발급 of a certificate the CV keeps', () => {
    const job = '전기안전관리자 모집\n자격요건\n- 특고압 수변전설비 운영 경험\n- 물류 센터 시설팀 근무 경력\n- 검정증명서 발급 경험\n';
    const resume = '전기안전관리자 (시설팀 주임)\n경력\n- 22.9kV 수변전설비 점검과 기록을 맡았습니다.\n- 검정증명서를 관리하고 보관합니다.\n';
    expect(said(match(job, resume), /수변전설비|시설팀|검정증명서/)).toEqual([]);
  });

  it('reads 계획 수립 as a plan made: "정전 작업 계획 수립" is shown by "정전 작업 계획을 세워"', () => {
    const job = '전기기사 모집\n자격요건\n- 정전 작업 계획 수립 경험\n';
    const resume = '전기기사\n경력\n- 연차 정전 작업 계획을 세워 협력업체와 작업했습니다.\n';
    expect(said(match(job, resume), /정전/)).toEqual([]);
  });

  it('takes the noun right before the head as the thing, not a modifier before it ("입출고 전표 처리")', () => {
    const job = '물류 사무원 모집\n자격요건\n- 입출고 전표 처리 경험\n';
    const resume = '물류 사무원\n경력\n- 입출고 수량을 확인하고 재고를 맞췄습니다.\n';
    expect(said(match(job, resume), /전표/).length).toBeGreaterThan(0);
  });

  it('stays missing when the CV names only a generic or short word of it', () => {
    const job = '운영 요원 모집\n자격요건\n- 체험 프로그램 보조 경험\n- 굴삭기 운용 경험\n';
    const resume = '운영 요원\n경력\n- 교육 프로그램 안내를 맡았습니다.\n';
    expect(said(match(job, resume), /굴삭기/).length).toBeGreaterThan(0);
    expect(said(match(job, resume), /체험 프로그램/).length).toBeGreaterThan(0);
  });
});

describe('English things the CV names', () => {
  it('meets a thing after a possessive ("the yard\'s lockout procedures") by the CV\'s entry', () => {
    const job = 'Railcar Repairer\nRequirements:\n- Work under red tag protection and the yard\'s lockout procedures\n';
    const resume = 'Railcar Repairer\nSKILLS\nLockout, Air Brakes, Coupler Repair\n';
    expect(said(match(job, resume), /lockout/i)).toEqual([]);
  });

  it('meets a maker named before its product by the product alone ("Ovotec Vaxmatic" asked, "Vaxmatic" held)', () => {
    const job = 'Hatchery Supervisor\nRequirements:\n- Experience with Ovotec Vaxmatic\n';
    expect(said(match(job, 'Hatchery Technician\nSKILLS\nVaxmatic, Egg Candling\n'), /Ovotec/)).toEqual([]);
    expect(said(match(job, 'Hatchery Technician\nSKILLS\nEgg Candling\n'), /Ovotec|Vaxmatic/).length).toBeGreaterThan(0);
  });

  it('meets "first aid" asked by name with the CV\'s "Provide First Aid"', () => {
    const job = 'Ghillie\nRequirements:\n- First aid certificate\n- first aid\n';
    const resume = 'Ghillie\nSKILLS\nProvide First Aid, Fly Casting, Boat Handling\n';
    expect(said(match(job, resume), /^first aid/i)).toEqual([]);
  });

  it('meets a full UK driving licence with a lorry category ("Category C+E Licence", "Cat C"), never the reverse', () => {
    const job = 'Dangerous Goods Adviser\nRequirements:\n- Full UK driving licence\n';
    expect(missingOf(match(job, 'Adviser\nLICENCES\nCategory C+E Licence, ADR\n')).join(' | ')).not.toMatch(/driving licence/i);
    expect(missingOf(match(job, 'Driver\nHold Cat C and a CPC card.\n')).join(' | ')).not.toMatch(/driving licence/i);
    expect(missingOf(match(job, 'Adviser\nCategory management of 40 suppliers.\n')).join(' | ')).toMatch(/driving licence/i);
    const lorry = 'Driver\nRequirements:\n- Category C+E licence\n';
    expect(missingOf(match(lorry, 'Driver\nFull UK Driving Licence\n')).join(' | ')).toMatch(/C\+E/);
  });
});
