import { HELD_BACK_W10_DIR, HELD_BACK_W11_DIR, HELD_BACK_W12_DIR, HELD_BACK_W13_DIR, HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR } from '../../../bench/analysis-heldback.js';
import { describeHeldBackAnalysisSet } from '../../helpers/heldback-analysis-set.js';

// The wave 13 held-back analysis set (scripts/build-analysis-heldback-w13.mjs) is only checked for being
// intact and well formed here: its figures come from `npm run bench -- analysis` (totals only). No test
// runs the analysis on it, so no failure message can name one of its items.
describeHeldBackAnalysisSet({
  name: 'wave 13',
  dir: HELD_BACK_W13_DIR,
  /** As frozen on 2026-12-01 (labels committed before the analysis ran on any of it). */
  manifestSha256: '5617d29bb2df6bbd172ea38f7f1905e4ac868877d285f27b945e2d9b843f6571',
  // Every earlier résumé corpus (holdout 8 included, which wave 12's check did not have yet) and every earlier analysis set.
  earlierResumeSets: [
    ...[
      'resume-corpus',
      'resume-corpus-fresh',
      'resume-corpus-holdout',
      'resume-corpus-holdout2',
      'resume-corpus-holdout3',
      'resume-corpus-holdout4',
      'resume-corpus-holdout5',
      'resume-corpus-holdout6',
      'resume-corpus-holdout7',
      'resume-corpus-holdout8',
      'resume-corpus-ko',
    ].map((name) => `test/fixtures/${name}`),
    ...[HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR, HELD_BACK_W10_DIR, HELD_BACK_W11_DIR, HELD_BACK_W12_DIR].map((dir) => `${dir}/spread`),
  ],
  earlierRoleGapLabels: [
    'test/fixtures/analysis/role-gaps/labels.json',
    ...[HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR, HELD_BACK_W10_DIR, HELD_BACK_W11_DIR, HELD_BACK_W12_DIR].map((dir) => `${dir}/role-gaps/labels.json`),
  ],
  least: { resumes: 16, english: 12, korean: 4 },
});
