import { HELD_BACK_W10_DIR, HELD_BACK_W11_DIR, HELD_BACK_W12_DIR, HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR } from '../../../bench/analysis-heldback.js';
import { describeHeldBackAnalysisSet } from '../../helpers/heldback-analysis-set.js';

// The wave 12 held-back analysis set (scripts/build-analysis-heldback-w12.mjs) is only checked for being
// intact and well formed here: its figures come from `npm run bench -- analysis` (totals only). No test
// runs the analysis on it, so no failure message can name one of its items.
describeHeldBackAnalysisSet({
  name: 'wave 12',
  dir: HELD_BACK_W12_DIR,
  /** As frozen on 2026-12-01 (labels committed in c744683, before the analysis ran on any of it). */
  manifestSha256: '3c3291645259cf9680c0bd8346af60f396eaee0bbb5030c9d16a63499e498d04',
  // Every earlier résumé corpus (holdout 7 included, which wave 11's check did not have yet) and every earlier analysis set.
  earlierResumeSets: [
    ...['resume-corpus', 'resume-corpus-fresh', 'resume-corpus-holdout', 'resume-corpus-holdout2', 'resume-corpus-holdout3', 'resume-corpus-holdout4', 'resume-corpus-holdout5', 'resume-corpus-holdout6', 'resume-corpus-holdout7', 'resume-corpus-ko'].map(
      (name) => `test/fixtures/${name}`,
    ),
    ...[HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR, HELD_BACK_W10_DIR, HELD_BACK_W11_DIR].map((dir) => `${dir}/spread`),
  ],
  earlierRoleGapLabels: [
    'test/fixtures/analysis/role-gaps/labels.json',
    ...[HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR, HELD_BACK_W10_DIR, HELD_BACK_W11_DIR].map((dir) => `${dir}/role-gaps/labels.json`),
  ],
  least: { resumes: 16, english: 11, korean: 5 },
});
