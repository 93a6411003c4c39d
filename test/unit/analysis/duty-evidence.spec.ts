import { describe, expect, it } from 'vitest';
import { match, said, warmJobMatch } from '../../helpers/job-match-missing.js';
import { listedItems } from '../../../src/kernel/skills/job-requirements.js';
import { skillEvidence } from '../../../src/kernel/skills/skill-evidence.js';

// "Missing" needs the absence of evidence (#12, wave 11). A job's duty ("Perform …", "… targets",
// "… 관리") about a thing the résumé names, an acronym the job spells out, a Korean word with its particle
// or verb ending: each is partly met with the résumé's words, never a gap. Invented postings and résumés.
warmJobMatch();

describe('a duty about a thing the résumé names', () => {
  it('is partly met when the résumé names the thing the duty verb acts on', () => {
    const job = 'Site Electrician\nRequirements:\n- Perform cable jointing on live feeders\n- Maintain standby generators\n';
    const result = match(job, 'Site Electrician\nSKILLS\nCable Jointing Work, Lockout Tagout\n');
    expect(said(result, /cable jointing/i)).toEqual([]);
    expect(result.variants.find((v) => v.term === 'Perform cable jointing')).toMatchObject({ found: 'cable jointing', reason: 'evidence' });
    // Not shown: still named as missing.
    expect(said(result, /generators/i).length).toBeGreaterThan(0);
  });

  it('reads "the" after the verb and words between the thing’s words in the résumé', () => {
    const job = 'Stage Manager\nRequirements:\n- Prepare the prompt book and run the calling desk\n';
    const result = match(job, 'Stage Manager\n- Kept the show’s prompt and cue book for 200 performances.\n- Ran the calling desk.\n');
    expect(said(result, /prompt book/i)).toEqual([]);
  });

  it('is partly met by the thing before a duty head of two words or more', () => {
    const job = 'Bar Manager\nRequirements:\n- Own the drinks menu: ordering, storage and liquor cost targets\n';
    const result = match(job, 'Bar Manager\n- Held liquor cost at 19% with weekly counts.\n');
    expect(said(result, /liquor cost/i)).toEqual([]);
  });

  it('reads a duty-head word before another noun as part of the thing ("process maps", "planning permits")', () => {
    // "process" and "planning" end a duty ("quality process"); before a noun they name the thing itself.
    const job = 'Operations Analyst\nRequirements:\n- Draw process maps for each department\n- Obtain planning permits for new sites\n- Maintain fleet telematics\n';
    const result = match(job, 'Operations Analyst\n- Drew process maps for three plants and secured planning permits for two depots.\n');
    expect(said(result, /process maps/i)).toEqual([]);
    expect(said(result, /planning permits/i)).toEqual([]);
    expect(result.variants.find((v) => v.term === 'Obtain planning permits')).toMatchObject({ found: 'planning permits', reason: 'evidence' });
    // Not shown: still named as missing.
    expect(said(result, /telematics/i).length).toBeGreaterThan(0);
  });

  it('keeps a phrase missing when only a generic word of it is shown, or one word of two', () => {
    const job = 'Warehouse Lead\nRequirements:\n- Perform hazardous goods storage\n- musculoskeletal ultrasound\n';
    const result = match(job, 'Warehouse Lead\n- Reorganised storage for 3,000 pallets.\n- Ultrasound\n');
    expect(said(result, /hazardous goods storage/i).length).toBeGreaterThan(0);
  });
});

describe('an acronym the job spells out', () => {
  it('is met by the words it stands for, whatever the taxonomy reads the letters as', () => {
    const job = 'Shift Supervisor\nRequirements:\n- Company Training Officer (CTO) experience\n- Automatic Train Protection (ATP) on mainline routes\n';
    const result = match(job, 'Shift Supervisor\n- Company Training Officer for the night shift: trained nine new starters.\n- Drove mainline routes under Automatic Train Protection.\n');
    expect(said(result, /\bCTO\b|\bATP\b/)).toEqual([]);
  });

  it('stays missing when the résumé names neither the letters nor the words', () => {
    const job = 'Shift Supervisor\nRequirements:\n- Automatic Train Protection (ATP) on mainline routes\n';
    const result = match(job, 'Shift Supervisor\n- Drove freight routes for ten years.\n');
    expect(said(result, /\bATP\b|Automatic Train Protection/).length).toBeGreaterThan(0);
  });

  it('is shown by the standard that holds it, joined by a hyphen', () => {
    const job = 'Health Integrations Developer\nRequirements:\n- Build apps against FHIR and HL7 interfaces\n';
    const result = match(job, 'Integrations Developer\nSKILLS\nSMART-FHIR, HL7 v2, Mirth Connect\n');
    expect(said(result, /\bFHIR\b/)).toEqual([]);
  });
});

describe('Korean duties', () => {
  it('reads a Korean word with its particle or verb ending, and one duty noun for another', () => {
    const job = '[자격요건]\n- 매장 재고 관리\n- 고객 불만 대응\n';
    const result = match(job, '- 두 매장의 재고를 관리했습니다.\n- 고객 불만 처리와 환불 응대\n');
    expect(said(result, /재고|불만/u)).toEqual([]);
  });

  it('is partly met by a résumé entry that ends the job’s phrase, and not by a generic word of it', () => {
    const job = '[담당업무]\n- 물류센터 반품 운영\n- 냉동창고 센터 운영\n';
    const result = match(job, '물류: 반품 관리, 재고 실사\n- 센터 출고 파트를 관리합니다.\n');
    expect(said(result, /반품/u)).toEqual([]);
    expect(said(result, /냉동창고/u).length).toBeGreaterThan(0);
  });

  it('reads one noun of making for another, and a thing named before a making noun or a class in it', () => {
    const job = '[담당업무]\n- 수업 교안 및 교재 개발\n- 월간 학습 리포트 작성\n- 정보올림피아드 대비 수업\n- 중등 대상 강의\n';
    const result = match(job, '- 정보올림피아드 대비반 교재를 제작합니다.\n- 학부모 상담과 월간 학습 리포트를 씁니다.\n- 초등 대상 블록코딩 수업\n');
    expect(said(result, /교재|리포트|정보올림피아드/u)).toEqual([]);
    // Another thing before the same head is no evidence: 초등 대상 is not 중등 대상.
    expect(said(result, /중등/u).length).toBeGreaterThan(0);
  });

  it('names a fluent skill without 능통, and cuts a Korean "and" written onto an English name', () => {
    expect(listedItems('- 일본어 회화 능통자').map((i) => i.text)).toEqual(['일본어 회화']);
    // "Kotlin" opens the list, where a capitalised word may be a verb: the taxonomy names it, not the list.
    expect(listedItems('- Kotlin과 Room 또는 Realm 능숙자').map((i) => i.text)).toEqual(['Room', 'Realm']);
  });
});

describe('what an item says about itself', () => {
  it('leaves off "current" or "valid" before a credential', () => {
    expect(listedItems('- Current ACLS certification; valid HGV licence').map((i) => i.text)).toEqual(['ACLS certification', 'HGV licence']);
  });

  it('shows CI/CD by the tools that run a pipeline', () => {
    expect(skillEvidence('CI/CD', 'Fastlane과 GitHub Actions로 TestFlight 배포를 자동화했습니다.')).toBe('Fastlane');
    expect(skillEvidence('CI/CD', 'Ran builds by hand before each release.')).toBeUndefined();
  });
});
