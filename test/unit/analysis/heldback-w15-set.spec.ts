import { HELD_BACK_W10_DIR, HELD_BACK_W11_DIR, HELD_BACK_W12_DIR, HELD_BACK_W13_DIR, HELD_BACK_W14_DIR, HELD_BACK_W15_DIR, HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR } from '../../../bench/analysis-heldback.js';
import { describeHeldBackAnalysisSet } from '../../helpers/heldback-analysis-set.js';

// The wave 15 held-back analysis set (scripts/build-analysis-heldback-w15.mjs) is only checked for being
// intact and well formed here: its figures come from `npm run bench -- analysis held-back` (totals only). No
// test runs the analysis on it, so no failure message can name one of its items.
describeHeldBackAnalysisSet({
  name: 'wave 15',
  dir: HELD_BACK_W15_DIR,
  /** As frozen on 2026-12-01 (labels committed before the analysis ran on any of it). */
  manifestSha256: 'fe87e7273c5a55fa4230d3c1f2711ed19802d3b786d63df9b6514116eabe3e0f',
  // Every earlier résumé corpus (holdout 10 included) and every earlier analysis set, wave 14's included.
  earlierResumeSets: [
    ...['resume-corpus', 'resume-corpus-fresh', 'resume-corpus-holdout', 'resume-corpus-holdout2', 'resume-corpus-holdout3', 'resume-corpus-holdout4', 'resume-corpus-holdout5', 'resume-corpus-holdout6', 'resume-corpus-holdout7', 'resume-corpus-holdout8', 'resume-corpus-holdout9', 'resume-corpus-holdout10', 'resume-corpus-ko'].map((name) => `test/fixtures/${name}`),
    ...[HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR, HELD_BACK_W10_DIR, HELD_BACK_W11_DIR, HELD_BACK_W12_DIR, HELD_BACK_W13_DIR, HELD_BACK_W14_DIR].map((dir) => `${dir}/spread`),
  ],
  earlierRoleGapLabels: [
    'test/fixtures/analysis/role-gaps/labels.json',
    ...[HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR, HELD_BACK_W10_DIR, HELD_BACK_W11_DIR, HELD_BACK_W12_DIR, HELD_BACK_W13_DIR, HELD_BACK_W14_DIR].map((dir) => `${dir}/role-gaps/labels.json`),
  ],
  least: { resumes: 16, english: 12, korean: 4 },
});
