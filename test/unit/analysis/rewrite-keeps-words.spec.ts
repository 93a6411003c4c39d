import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';

// Wave 21, the lead's screenshot: "하루 외래 150명 채혈·주사·검진 안내" was offered as "하루 외래 채혈·주사·검진 안내" for a
// posting asking for "외래 채혈" — the rewrite deleted the résumé's own count. Texts written for this spec.
const RESUME = [
  '한지우', '치과위생사', 'jiwoo.han@example.kr · 010-5550-7788', '',
  '경력', '밝은미소치과의원 치과위생사', '2019.03 ~ 재직중', '- 하루 내원 40명 스케일링·구강 검진 보조', '- 치과 보험 청구 업무 정비', '',
  '학력', '2016.03 ~ 2019.02 신성대학교 치위생과 졸업', '', '스킬', '스케일링, 구강 검진, 치과 보험 청구',
].join('\n');
const JOB = ['[연세바른치과] 치과위생사 채용', '', '담당 업무', '- 내원 스케일링 및 구강 검진 보조', '', '자격요건', '- 치과위생사 면허 소지자', '- 내원 스케일링 경험자'].join('\n');

describe('a keyword rewrite never deletes the résumé’s own words', () => {
  it('offers no rewritten line when the job’s words stand apart in the résumé, with a count between them', () => {
    const report = analyzeResume({ text: RESUME, job: JOB });
    for (const suggestion of report.suggestions.filter((s) => s.id.startsWith('variant-'))) {
      for (const word of suggestion.before.split(/\s+/)) expect(suggestion.after).toContain(word.replace(/^-$/, ''));
    }
    expect(report.suggestions.some((s) => s.before.includes('40명') && !s.after.includes('40명'))).toBe(false);
  });

  it('still rewrites a line whose words are another form of the job’s (same words, other form or order)', () => {
    const report = analyzeResume({
      text: 'Ana Ruiz\nana@example.com\n\nEXPERIENCE\nProject Lead — Acme | 2019 – Present\n- Managed projects for six clients\n\nSKILLS\nJira, Excel',
      job: 'Project Coordinator\n\nRequirements\n- Experience in project management\n- Jira',
    });
    const variant = report.suggestions.find((s) => s.id.startsWith('variant-'));
    expect(variant?.after).toContain('project management');
  });
});
