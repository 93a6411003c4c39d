import { messageKey } from '../../../platform/contracts/domain-error.js';
import type { Check, SubScoreId } from './analysis-report.js';

/**
 * The published formula. Every check is worth 100 (pass), 50 (warn) or 0 (fail); a sub-score is the
 * mean of its checks. The total is the weighted sum of sub-scores, rounded. Without a job
 * description the match weight is dropped and the others are scaled up in proportion.
 *
 * ATS readability is about the file (columns, tables, icons, a header the ATS skips), not about the
 * candidate: it is reported next to the score with weight 0, so the same résumé scores the same as a
 * PDF, a DOCX or a text file, and a score history compares content with content.
 */
export const SCORING_FORMULA = {
  checkPoints: { pass: 100, warn: 50, fail: 0 },
  weightsWithJob: { match: 0.4, content: 0.35, structure: 0.25, ats: 0 },
  // The words of each part are in the analysis catalog (`analysis:formula.*`), in Korean and English.
  subScores: {
    match: { label: messageKey('analysis:formula.match.label'), explanation: messageKey('analysis:formula.match.explanation') },
    content: { label: messageKey('analysis:formula.content.label'), explanation: messageKey('analysis:formula.content.explanation') },
    structure: { label: messageKey('analysis:formula.structure.label'), explanation: messageKey('analysis:formula.structure.explanation') },
    ats: { label: messageKey('analysis:formula.ats.label'), explanation: messageKey('analysis:formula.ats.explanation') },
  },
} as const;

// English bullets get action-verbs and tense-consistency; Korean bullets get result-endings instead.
export const CONTENT_CHECKS = ['quantified-achievements', 'action-verbs', 'result-endings', 'weak-bullets', 'bullet-length', 'tense-consistency', 'first-person', 'repeated-words'];
export const STRUCTURE_CHECKS = ['sections', 'contact', 'date-gaps', 'length'];

export function weightsFor(hasJob: boolean): Record<SubScoreId, number> {
  const w = SCORING_FORMULA.weightsWithJob;
  if (hasJob) return { ...w };
  const rest = w.content + w.structure + w.ats;
  return { match: 0, content: w.content / rest, structure: w.structure / rest, ats: w.ats / rest };
}


export function meanOfChecks(checks: readonly Check[]): number {
  if (checks.length === 0) return 100;
  const points = SCORING_FORMULA.checkPoints;
  return Math.round(checks.reduce((sum, c) => sum + points[c.status], 0) / checks.length);
}
