import { HELD_BACK_W10_DIR, HELD_BACK_W11_DIR, HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR } from '../../../bench/analysis-heldback.js';
import { describeHeldBackAnalysisSet } from '../../helpers/heldback-analysis-set.js';

// The wave 11 held-back analysis set (scripts/build-analysis-heldback-w11.mjs) is only checked for being
// intact and well formed here: its figures come from `npm run bench -- analysis` (totals only). No test
// runs the analysis on it, so no failure message can name one of its items.
describeHeldBackAnalysisSet({
  name: 'wave 11',
  dir: HELD_BACK_W11_DIR,
  /** As frozen on 2026-11-30 (labels committed in f075c1d, before the analysis ran on any of it). */
  manifestSha256: '9d47d4571f82a8fa562bd822fe9115ecf74b8b35c9c0b9b0b72f2dfeae9fcc93',
  earlierResumeSets: [
    ...['resume-corpus', 'resume-corpus-fresh', 'resume-corpus-holdout', 'resume-corpus-holdout2', 'resume-corpus-holdout3', 'resume-corpus-holdout4', 'resume-corpus-holdout5', 'resume-corpus-holdout6', 'resume-corpus-ko'].map(
      (name) => `test/fixtures/${name}`,
    ),
    ...[HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR, HELD_BACK_W10_DIR].map((dir) => `${dir}/spread`),
  ],
  earlierRoleGapLabels: ['test/fixtures/analysis/role-gaps/labels.json', ...[HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR, HELD_BACK_W10_DIR].map((dir) => `${dir}/role-gaps/labels.json`)],
  least: { resumes: 16, english: 11, korean: 5 },
});
