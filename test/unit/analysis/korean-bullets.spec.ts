import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';

// One candidate, written in Korean the way Korean résumés are (명사형 종결: "… 구축", "… 절감함") and in English.
const KOREAN = `오혜린
서버 개발자
hyerin@example.kr · 010-2218-6352 · 인천광역시 연수구 · github.com/hyerin-oh

SUMMARY
결제·정산 시스템을 7년간 개발해 온 백엔드 엔지니어입니다.

EXPERIENCE
백엔드 엔지니어 — (주)클라우드브릿지 | Feb 2022 – Present
- PostgreSQL 쿼리 튜닝으로 월간 DB 비용 30% 절감
- Spring Boot와 Kafka 기반 정산 파이프라인 설계 및 구축 (일 200만 건 처리)
- 신입 개발자 4명 멘토링 및 코드 리뷰 문화 정착함
선임 연구원 — (주)한빛소프트웨어 | Jun 2018 – Jan 2022
- 주문 API 응답 시간을 900ms에서 120ms로 단축했습니다
- 레거시 배치 12종을 Kubernetes로 이전하여 운영 비용 25% 절감

SKILLS
Java, Kotlin, PostgreSQL, Kafka, Kubernetes

EDUCATION
학사, 소프트웨어학과 — 중앙대학교 | Mar 2014 – Feb 2018
`;
const ENGLISH = `Hyerin Oh
Backend Engineer
hyerin@example.kr · 010-2218-6352 · Incheon, South Korea · github.com/hyerin-oh

SUMMARY
Backend engineer with seven years of building payment and settlement systems.

EXPERIENCE
Backend Engineer — CloudBridge | Feb 2022 – Present
- Cut the monthly database bill by 30% by tuning PostgreSQL queries
- Designed and built a Spring Boot and Kafka settlement pipeline handling 2 million records a day
- Mentored 4 new engineers and made code review part of how the team works
Senior Researcher — Hanbit Software | Jun 2018 – Jan 2022
- Reduced order API response time from 900 ms to 120 ms
- Moved 12 legacy batch jobs to Kubernetes, saving 25% in running costs

SKILLS
Java, Kotlin, PostgreSQL, Kafka, Kubernetes

EDUCATION
B.S., Software — Chung-Ang University | Mar 2014 – Feb 2018
`;
const asOf = new Date('2026-11-01');
const contentOf = (report: ReturnType<typeof analyzeResume>): number => report.breakdown.find((b) => b.id === 'content')!.score;
/** Findings that only make sense for English grammar: a verb first, its tense, "I"/"my"/"we", the opener. */
const ENGLISH_GRAMMAR = /analysis:engine\.checks\.(?:actionVerbs|tense|firstPerson\.(?:none|some)$|weakBullets\.(?:none|some)$|repeated)|bullet\.reason\.(?:actionVerb|pastTense|presentTense|weakVerb|pronoun)/;

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  return [...(typeof record.key === 'string' ? [record.key] : []), ...Object.values(record).flatMap(keysOf)];
}

describe('Korean bullets are judged by Korean conventions (#12 item 3)', () => {
  const korean = analyzeResume({ text: KOREAN, asOf });
  const english = analyzeResume({ text: ENGLISH, asOf });

  it('gives no English-grammar finding on a Korean résumé', () => {
    const ids = korean.checks.map((c) => c.id);
    expect(ids).not.toContain('action-verbs');
    expect(ids).not.toContain('tense-consistency');
    expect(ids).toContain('result-endings');
    const englishOnly = [...keysOf(korean.checks), ...keysOf(korean.suggestions)].filter((k) => ENGLISH_GRAMMAR.test(k));
    expect(englishOnly).toEqual([]);
  });

  it('does not score the Korean résumé lower than the same content in English', () => {
    expect(contentOf(english)).toBe(100);
    expect(contentOf(korean)).toBe(contentOf(english));
  });

  it('still says when a Korean bullet states a duty rather than a result, or speaks as 저는', () => {
    const duties = KOREAN.replace('- 신입 개발자 4명 멘토링 및 코드 리뷰 문화 정착함', '- 신입 개발자 4명 교육 담당').replace('- 주문 API 응답 시간을 900ms에서 120ms로 단축했습니다', '- 저는 주문 API 12종 개발 업무에 참여했습니다');
    const report = analyzeResume({ text: duties, asOf });
    const endings = report.checks.find((c) => c.id === 'result-endings')!;
    expect(endings.status).toBe('warn');
    expect(endings.evidence).toEqual(['신입 개발자 4명 교육 담당', '저는 주문 API 12종 개발 업무에 참여했습니다']);
    expect(report.checks.find((c) => c.id === 'first-person')!.status).toBe('warn');
    expect(contentOf(report)).toBeLessThan(contentOf(korean));
  });

  it('keeps judging English bullets by English grammar', () => {
    const report = analyzeResume({ text: ENGLISH.replace('- Reduced order API', '- Responsible for reducing order API'), asOf });
    expect(report.checks.find((c) => c.id === 'weak-bullets')!.status).toBe('warn');
    expect(report.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['action-verbs', 'tense-consistency']));
  });
});
