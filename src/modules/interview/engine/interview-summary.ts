import { criterionLabel } from './answer-rubric.js';
import { CRITERIA, type AnswerReport, type InterviewLocale, type InterviewSummary } from './interview-types.js';

/** A criterion at or above this mean is a strength; below FOCUS_BELOW it is worth working on. */
export const STRENGTH_FROM = 70;
export const FOCUS_BELOW = 60;

const mean = (values: readonly number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * The end-of-interview summary: mean overall and per criterion, up to two strengths and two focus
 * areas (each with the advice given on the weakest answer for it), and mean delivery of spoken answers.
 */
export function summarizeInterview(reports: AnswerReport[], locale: InterviewLocale = 'en'): InterviewSummary {
  const criteria = CRITERIA.map((id) => ({
    id,
    label: criterionLabel(id, locale),
    score: Math.round(mean(reports.map((r) => r.criteria.find((c) => c.id === id)?.score ?? 0))),
  }));
  if (reports.length === 0) return { overall: 0, criteria, strengths: [], focusAreas: [] };
  const ranked = [...criteria].sort((a, b) => b.score - a.score || CRITERIA.indexOf(a.id) - CRITERIA.indexOf(b.id));
  const outOf = (score: number): string => (locale === 'ko' ? `${score}/100점` : `${score}/100`);
  const strengths = ranked.filter((c) => c.score >= STRENGTH_FROM).slice(0, 2).map((c) => `${c.label} (${outOf(c.score)})`);
  const focusAreas = ranked
    .filter((c) => c.score < FOCUS_BELOW)
    .reverse()
    .slice(0, 2)
    .map((c) => {
      // The advice given where this criterion scored lowest is the most concrete thing to practise.
      const weakest = reports
        .map((r) => r.criteria.find((x) => x.id === c.id))
        .filter((x) => x !== undefined)
        .sort((a, b) => a.score - b.score)[0];
      return `${c.label} (${outOf(c.score)}): ${weakest?.suggestion ?? ''}`.trim();
    });
  const spoken = reports.flatMap((r) => (r.delivery ? [r.delivery] : []));
  return {
    overall: Math.round(mean(reports.map((r) => r.overall))),
    criteria,
    strengths,
    focusAreas,
    ...(spoken.length
      ? {
          delivery: {
            wordsPerMinute: Math.round(mean(spoken.map((d) => d.wordsPerMinute))),
            fillersPerMinute: round1(mean(spoken.map((d) => d.fillersPerMinute))),
            longPauses: spoken.reduce((sum, d) => sum + d.longPauses, 0),
          },
        }
      : {}),
  };
}
