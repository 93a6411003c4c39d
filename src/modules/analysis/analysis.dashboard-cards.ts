import { Injectable } from '@nestjs/common';
import { DashboardCard, type CardLanguage, type DashboardCardProvider, type FirstStep } from '../../platform/contracts/dashboard-card.js';
import type { Translate } from '../../platform/i18n/translator.js';
import type { AuthUser } from '../../platform/identity/current-user.js';
import { DEFAULT_TIME_ZONES, LOCALES } from '../../platform/i18n/locale.js';
import { scoreHistoryChart } from '../../platform/web/charts/score-history-chart.js';
import { AnalysisService, type DashboardSummary } from './analysis.service.js';
import { skillListParams } from './analysis-report.view.js';

/**
 * The summary behind the three analysis cards, computed once per dashboard: every card of one page
 * receives the same actor object, so it keys a memo that is forgotten with the request.
 */
@Injectable()
export class AnalysisDashboardSummary {
  private readonly perPage = new WeakMap<AuthUser, Promise<DashboardSummary>>();

  constructor(private readonly analyses: AnalysisService) {}

  for(actor: AuthUser): Promise<DashboardSummary> {
    let summary = this.perPage.get(actor);
    if (!summary) {
      summary = this.analyses.dashboard(actor.id);
      this.perPage.set(actor, summary);
    }
    return summary;
  }
}

/** The latest analyses and the progress since the first, and the step "run an analysis against a job". */
@Injectable()
@DashboardCard()
export class AnalysesDashboardCard implements DashboardCardProvider {
  readonly id = 'analyses';
  readonly order = 20;
  readonly roles = ['job_seeker'] as const;
  readonly template = 'analysis/cards/_analyses.njk';
  readonly ownDataOnly = true;

  constructor(private readonly summary: AnalysisDashboardSummary) {}

  title(t: Translate): string {
    return t('analysis:cards.analyses.title');
  }

  async load(actor: AuthUser) {
    const { latest, progress } = await this.summary.for(actor);
    return { latest, progress: progress ?? null };
  }

  async firstStep(actor: AuthUser, { t }: CardLanguage): Promise<FirstStep> {
    const { againstAJob } = await this.summary.for(actor);
    return {
      order: 3,
      title: t('analysis:cards.step.title'),
      description: againstAJob
        ? t('analysis:cards.step.done')
        : t('analysis:cards.step.todo'),
      href: '/analyses',
      done: againstAJob,
    };
  }
}

/** Scores over time, one line per document. */
@Injectable()
@DashboardCard()
export class ScoreHistoryDashboardCard implements DashboardCardProvider {
  readonly id = 'score-history';
  readonly order = 50;
  readonly roles = ['job_seeker'] as const;
  readonly template = 'analysis/cards/_score-history.njk';
  readonly ownDataOnly = true;
  readonly wide = true;

  constructor(private readonly summary: AnalysisDashboardSummary) {}

  title(t: Translate): string {
    return t('analysis:cards.scoreHistory.title');
  }

  /**
   * The chart's date labels are words too: drawn once per language (a few points, cheap), the template
   * takes the reader's (`charts[locale]`).
   */
  async load(actor: AuthUser) {
    const { series } = await this.summary.for(actor);
    return { charts: Object.fromEntries(LOCALES.map((locale) => [locale, scoreHistoryChart(series, { locale, timeZone: DEFAULT_TIME_ZONES[locale] })])) };
  }
}

/** The latest analysis's top suggestions and the skills to learn first; left out until there are some. */
@Injectable()
@DashboardCard()
export class NextStepsDashboardCard implements DashboardCardProvider {
  readonly id = 'next-steps';
  readonly order = 60;
  readonly roles = ['job_seeker'] as const;
  readonly template = 'analysis/cards/_next-steps.njk';
  readonly ownDataOnly = true;
  readonly wide = true;

  constructor(
    private readonly summary: AnalysisDashboardSummary,
    private readonly analyses: AnalysisService,
  ) {}

  title(t: Translate): string {
    return t('analysis:cards.nextSteps.title');
  }

  async load(actor: AuthUser) {
    const { latestDone } = await this.summary.for(actor);
    if (!latestDone) return null;
    const { topSuggestions, learnFirst } = await this.analyses.nextStepsFrom(actor.id, latestDone);
    if (!topSuggestions.length && !learnFirst.length) return null;
    // The card is rendered in the reader's language: a reason that lists skills gets them worded per locale.
    const withParams = topSuggestions.map((s) => {
      const why = s.why;
      return { ...s, whyParams: typeof why === 'string' ? undefined : Object.fromEntries(LOCALES.map((locale) => [locale, skillListParams(why, locale)])) };
    });
    return { topSuggestions: withParams, learnFirst };
  }
}
