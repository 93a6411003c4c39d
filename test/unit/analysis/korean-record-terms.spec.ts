import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';

// Wave 21, the lead's screenshot: a nursing assistant whose skills line says 전자의무기록 was told the posting's
// "전자의무기록(EMR)" was missing — 전자의무기록 was read as the EHR skill and "(EMR)" as the EMR skill, so the job
// asked for two things and the résumé met one. 의무기록 is the medical record: 전자의무기록 is the EMR.
// Texts written for this spec.
const RESUME = ['박서연', '간호조무사', 'seoyeon.park@example.kr', '', '경력', '새봄내과의원 간호조무사', '2020.05 ~ 재직중', '- 외래 접수 및 진료 보조', '', '스킬', '전자의무기록, 활력징후 측정, 채혈'].join('\n');
const JOB = ['간호조무사 모집', '', '자격요건', '- 간호조무사 자격증 소지자', '- 전자의무기록(EMR) 사용 가능자'].join('\n');

describe('Korean record-keeping terms', () => {
  it('meets "전자의무기록(EMR)" with a résumé that lists 전자의무기록', () => {
    const match = analyzeResume({ text: RESUME, job: JOB }).match!;
    expect(match.required).toContain('Electronic medical record');
    expect(match.missing).not.toContain('Electronic medical record');
    expect(match.required).not.toContain('Electronic health record');
  });

  it('still reads 전자건강기록 as the EHR', () => {
    const match = analyzeResume({ text: RESUME.replace('전자의무기록', '전자건강기록'), job: '자격요건\n- 전자건강기록(EHR) 사용 경험' }).match!;
    expect(match.required).toContain('Electronic health record');
    expect(match.missing).not.toContain('Electronic health record');
  });
});
