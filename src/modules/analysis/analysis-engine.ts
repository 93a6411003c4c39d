import { Inject, Injectable } from '@nestjs/common';
import { AI_PROVIDER, type AiProvider, type FallbackReason } from '../../platform/ai/ai-provider.js';
import { Translator } from '../../platform/i18n/translator.js';
import { SCORING_FORMULA, type AnalysisReport, type AnalyzeResumeInput } from './scoring/analyze-resume.js';
import { scoreInWorker } from './scoring/score-in-worker.js';
import type { SubScoreId } from './scoring/analysis-report.js';
import { meanOfChecks, weightsFor } from './scoring/scoring-formula.js';

export type { AnalysisReport } from './scoring/analyze-resume.js';

/**
 * Why the built-in rules answered instead of the AI provider: stored as this reason (`analyses.ai_note`)
 * and worded by the report page in the reader's language (`analysis:aiNote.<reason>`).
 */
export const AI_NOTE_REASONS: readonly FallbackReason[] = ['timeout', 'unavailable', 'invalid_response'];

/**
 * One analysis: the embedded engine always computes the scores (so they stay comparable over
 * time, whatever model is configured); the AI provider may then improve the wording of the
 * suggestions. Only results leave this class (promise D3).
 */
@Injectable()
export class AnalysisEngine {
  constructor(
    @Inject(AI_PROVIDER) private readonly ai: AiProvider,
    private readonly translator: Translator,
  ) {}

  async analyze(input: AnalyzeResumeInput): Promise<{ report: AnalysisReport & { subScores: Record<string, number> }; aiNote: FallbackReason | undefined }> {
    // Every pass over the text runs in a worker thread: a long hostile document costs that worker's
    // time budget, never the event loop.
    const { report, contactLines: contact, textWithoutContact } = await scoreInWorker(input);
    let aiNote: FallbackReason | undefined;
    if (report.suggestions.length > 0) {
      // The model needs the work, not the person: the name and contact lines stay here (D5), in the
      // résumé and in any suggestion that quotes them.
      const contactLines = new Set(contact);
      const withoutContact = (value: string | undefined) => value?.split('\n').filter((l) => !contactLines.has(l.trim())).join('\n');
      // The model is asked in English; its answer is résumé text (`after`) and an English `why`,
      // kept beside ours (`aiWhy`) so readers of other languages still get the catalog's words.
      const english = this.translator.forLocale('en');
      const improved = await this.ai.improveSuggestions({
        resumeText: textWithoutContact,
        ...(input.job ? { jobText: input.job } : {}),
        suggestions: report.suggestions.map((s) => ({ id: s.id, why: english(s.why.key, s.why.params), before: withoutContact(s.before), after: withoutContact(s.after) })),
      });
      if (improved.fallback && improved.reason) aiNote = improved.reason;
      const byId = new Map(improved.suggestions.map((s) => [s.id, s]));
      report.suggestions = report.suggestions.map((s) => {
        const better = byId.get(s.id);
        const aiWhy = better?.why && better.why !== english(s.why.key, s.why.params) ? better.why : undefined;
        return better ? { ...s, after: better.after, ...(aiWhy ? { aiWhy } : {}) } : s;
      });
    }
    // ATS readability is stored with the sub-scores (the history shows it) though it is not in the total.
    const subScores = { ...Object.fromEntries(report.breakdown.map((b) => [b.id, b.score])), ats: meanOfChecks(report.ats.findings) };
    return { report: { ...report, subScores }, aiNote };
  }
}

/**
 * The formula as shown on the report page: each part and its weight for this report. The page words
 * each part from the catalog (`analysis:formula.<id>.label/explanation`), in the reader's language.
 */
export function scoringFormula(hasJob: boolean): { id: SubScoreId; weightPercent: number }[] {
  const weights = weightsFor(hasJob);
  return (Object.keys(SCORING_FORMULA.subScores) as SubScoreId[]).filter((id) => weights[id] > 0).map((id) => ({ id, weightPercent: Math.round(weights[id] * 100) }));
}
