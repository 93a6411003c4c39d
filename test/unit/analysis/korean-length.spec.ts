import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { isKoreanText, KOREAN_LENGTH } from '../../../src/modules/analysis/scoring/resume-checks.js';

// The 'length' check measures Korean résumés in characters without spaces (공백 제외 글자 수), the
// unit Korean résumé guidance and writers use, not in English words (#12).
const HEAD = `정하은
물류 운영 매니저
haeun.jung@example.kr · 010-4821-7730 · 경기도 성남시 분당구

SUMMARY
수도권 풀필먼트 센터 세 곳을 운영하며 출고 정확도와 인력 생산성을 함께 끌어올린 9년 차 물류 운영 매니저입니다. 데이터로 병목을 찾고 현장 작업자와 함께 표준 작업을 다시 설계하는 일을 잘합니다.
`;
const ROLE = (company: string, title: string, from: string, to: string) => `${title} — ${company} | ${from} – ${to}
- 입고·보관·출고 전 공정의 작업 표준을 재정비하여 시간당 처리량 22% 향상
- WMS 로케이션 재배치와 피킹 동선 최적화로 작업자 1인당 이동 거리 31% 단축
- 협력사 배송 SLA를 재협상하여 익일 배송 준수율을 91%에서 98%로 개선
- 주간 운영 지표 대시보드를 만들어 센터장 회의의 의사결정 시간을 절반으로 줄임
- 신규 입사자 온보딩 교육 과정을 만들어 3개월 내 이직률 18% 감소
- 성수기 임시 인력 120명 채용·배치 계획을 수립하여 물동량 2.4배 증가에도 지연 출고 없이 운영
`;
const TAIL = `
SKILLS
WMS, SAP, Excel, Power BI, 린 식스 시그마, 재고 관리, 공급망 관리

EDUCATION
학사, 산업공학과 — 아주대학교 | Mar 2009 – Feb 2015

CERTIFICATES
물류관리사 (2016), 식스 시그마 그린벨트 (2019)
`;
const EXPERIENCE = (roles: number) =>
  `\nEXPERIENCE\n${[['(주)한빛로지스', '물류 운영 매니저', 'Mar 2021', 'Present'], ['(주)누리물류', '센터 운영 파트장', 'Jan 2018', 'Feb 2021'], ['(주)새벽배송', '출고 관리 담당', 'Mar 2015', 'Dec 2017'], ['(주)동방택배', '물류 관리 사원', 'Mar 2013', 'Feb 2015'], ['(주)대한통운센터', '현장 관리 사원', 'Mar 2011', 'Feb 2013']]
    .slice(0, roles)
    .map(([company, title, from, to]) => ROLE(company!, title!, from!, to!))
    .join('')}`;

const lengthCheck = (text: string, pages?: number) => {
  const report = analyzeResume({ text, layout: pages === undefined ? undefined : { pages, columns: 1, hasTextLayer: true } });
  return report.checks.find((c) => c.id === 'length')!;
};
const characters = (text: string) => text.replace(/\s+/g, '').length;
const key = (message: unknown): string => JSON.stringify(message);

describe('the length of a Korean résumé (#12)', () => {
  it('is Korean text when at least half of its letters are Hangul, English tool names and all', () => {
    expect(isKoreanText(HEAD + EXPERIENCE(2) + TAIL)).toBe(true);
    expect(isKoreanText('Backend Engineer — Acme | 2020 – Present\n- Built the settlement pipeline in Kotlin (결제 정산)')).toBe(false);
  });

  it('gives a Korean résumé of the usual length (about one A4 page) no length finding', () => {
    const text = HEAD + EXPERIENCE(2) + TAIL;
    expect(characters(text)).toBeGreaterThan(KOREAN_LENGTH.thinBelow);
    expect(text.split(/\s+/).length, 'under the English 250-word bar, which it used to fail').toBeLessThan(250);
    const check = lengthCheck(text);
    expect(check.status).toBe('pass');
    expect(key(check.detail)).toContain('analysis:engine.checks.length.characters');
    expect(key(check.detail)).not.toContain('thin');
  });

  it('calls a very short Korean résumé thin, in characters', () => {
    const text = `정하은\n물류 운영 매니저\nhaeun.jung@example.kr · 010-4821-7730\n\nEXPERIENCE\n${ROLE('(주)한빛로지스', '물류 운영 매니저', 'Mar 2021', 'Present').split('\n').slice(0, 3).join('\n')}\n`;
    expect(characters(text)).toBeLessThan(KOREAN_LENGTH.thinBelow);
    const check = lengthCheck(text);
    expect(check.status).toBe('warn');
    expect(key(check.detail)).toContain('analysis:engine.checks.length.thinKorean');
  });

  it('calls a very long Korean résumé long, by characters or by pages', () => {
    const long = HEAD + EXPERIENCE(5) + EXPERIENCE(5) + EXPERIENCE(5) + TAIL;
    expect(characters(long)).toBeGreaterThan(KOREAN_LENGTH.longAbove);
    expect(key(lengthCheck(long).detail)).toContain('analysis:engine.checks.length.longKorean');
    const usual = HEAD + EXPERIENCE(2) + TAIL;
    const onThreePages = lengthCheck(usual, 3);
    expect(onThreePages.status).toBe('warn');
    expect(key(onThreePages.detail)).toContain('analysis:engine.checks.length.longKorean');
  });

  it('keeps measuring English résumés in words', () => {
    const check = lengthCheck('Jane Doe\nEngineer\n\nEXPERIENCE\nEngineer — Acme | 2020 – Present\n- Cut build time by 40%\n');
    expect(key(check.detail)).toContain('analysis:engine.checks.length.words');
    expect(key(check.detail)).toContain('analysis:engine.checks.length.thin"');
  });
});
