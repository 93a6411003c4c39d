import { describe, expect, it } from 'vitest';
import { classifyJobSentences, jobRequirements, listedItems } from '../../../src/kernel/skills/job-requirements.js';

// A Korean posting heads its lists 담당업무 / 자격요건 / 우대사항 and words each item around what it asks
// for (소지자, 경력 3년 이상, 우대). Before, none of it was read: a Korean job had nothing to match.
const POSTING = [
  '[정규직] 물류센터 재고관리 담당자 채용',
  '',
  '[담당업무]',
  '- 입출고 재고 실사 및 재고 차이 분석',
  '',
  '자격요건',
  '- 물류관리사 자격 소지자',
  '- 창고관리시스템(WMS) 운영 경력 2년 이상',
  '- 유통관리학 관련 학과 졸업',
  '',
  '■ 우대사항',
  '- 지게차운전기능사 2급 보유자',
  '- SAP 사용 가능자',
  '',
  '복리후생',
  '- 중식 제공, 통근 버스',
].join('\n');

describe('Korean job requirement lines', () => {
  it('reads 담당업무 and 자격요건 as required, 우대사항 as preferred, 복리후생 as neither', () => {
    const kinds = new Map(classifyJobSentences(POSTING).map((s) => [s.text, s.kind]));
    expect(kinds.get('- 물류관리사 자격 소지자')).toBe('required');
    expect(kinds.get('- 입출고 재고 실사 및 재고 차이 분석')).toBe('required');
    expect(kinds.get('- SAP 사용 가능자')).toBe('preferred');
    expect(kinds.get('- 중식 제공, 통근 버스')).toBe('ignored');
  });

  it('does not take a Korean line with an acronym for an all-capitals heading', () => {
    const sentences = classifyJobSentences(POSTING);
    expect(sentences.find((s) => s.text.includes('WMS'))?.kind).toBe('required');
  });

  it('names what each item asks for, without the words around it', () => {
    expect(listedItems('- 물류관리사 자격 소지자').map((i) => i.text)).toEqual(['물류관리사']);
    expect(listedItems('- 유통관리학 관련 학과 졸업').map((i) => i.text)).toEqual(['유통관리학']);
    expect(listedItems('- 지게차운전기능사 2급 보유자').map((i) => i.text)).toEqual(['지게차운전기능사']);
    // An adjective ending of the requirement (…인 분, …하신 분) is asking, not the thing (wave 20).
    expect(listedItems('- 설비 정비 경력 5년 이상인 분').map((i) => i.text)).toEqual(['설비 정비']);
    expect(listedItems('- AutoCAD 사용 가능하신 분').map((i) => i.text)).toEqual(['AutoCAD']);
    expect(listedItems('- 입출고 재고 실사 및 재고 차이 분석').map((i) => i.text)).toEqual(['입출고 재고 실사', '재고 차이 분석']);
  });

  it('gives a Korean posting requirements to match, required and preferred', () => {
    const found = jobRequirements(POSTING);
    expect(found.phrases).toEqual(expect.arrayContaining(['물류관리사', '유통관리학', '지게차운전기능사']));
    expect(found.preferredPhrases).toContain('지게차운전기능사');
    expect(found.preferredPhrases).not.toContain('물류관리사');
  });
});

// Wave 10 (#12): a Korean item that is a condition of the post (shifts, where one lives, driving), an
// obligation or what the employer provides is no requirement a résumé could lack, so never "missing".
describe('Korean conditions, obligations and what the employer provides', () => {
  const WARD = [
    '요양보호사 채용',
    '자격요건',
    '- 요양보호사 자격증 소지자',
    '- 3교대 근무 가능자',
    '- 센터 인근 거주자',
    '- 운전 가능자',
    '- 노인장기요양 의무 교육(치매 교육, 낙상 예방 교육) 이수자',
    '우대사항',
    '- 즉시 입사 가능자',
    '- 의무기록 관리 경험',
    '- 1종 운전면허 소지자',
    '- 입사 후 직무 교육 제공',
  ].join('\n');
  const items = (): string[] => jobRequirements(WARD).phrases;

  it('reads no shift, residence, driving, start date, obligation or provided training as an item', () => {
    const said = items().join(' | ');
    for (const condition of ['교대', '거주', '입사', '의무 교육', '제공']) expect(said).not.toContain(condition);
    expect(items()).not.toContain('운전');
  });

  it('keeps the skills and credentials beside them: the trainings named inside, 의무기록, a licence', () => {
    const said = items().join(' | ');
    expect(said).toContain('낙상 예방 교육');
    expect(said).toContain('의무기록');
    expect(said).toContain('운전면허');
  });
});
