import { HELD_BACK_W10_DIR, HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR } from '../../../bench/analysis-heldback.js';
import { describeHeldBackAnalysisSet } from '../../helpers/heldback-analysis-set.js';

// The wave 10 held-back analysis set (scripts/build-analysis-heldback-w10.mjs) is only checked for being
// intact and well formed here: its figures come from `npm run bench -- analysis` (totals only). No test
// runs the analysis on it, so no failure message can name one of its items.
describeHeldBackAnalysisSet({
  name: 'wave 10',
  dir: HELD_BACK_W10_DIR,
  /** As frozen on 2026-11-30 (labels committed in 4551d24, before the build). */
  manifestSha256: 'e24ad1a9a8b853b7e491a8be9e3127aad384a49810f94eb42e0b556df71c10e1',
  earlierResumeSets: [
    ...['resume-corpus', 'resume-corpus-fresh', 'resume-corpus-holdout', 'resume-corpus-holdout2', 'resume-corpus-holdout3', 'resume-corpus-holdout4', 'resume-corpus-holdout5', 'resume-corpus-ko'].map(
      (name) => `test/fixtures/${name}`,
    ),
    `${HELD_BACK_W7_DIR}/spread`,
    `${HELD_BACK_W8_DIR}/spread`,
    `${HELD_BACK_W9_DIR}/spread`,
  ],
  earlierRoleGapLabels: ['test/fixtures/analysis/role-gaps/labels.json', ...[HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR].map((dir) => `${dir}/role-gaps/labels.json`)],
  least: { resumes: 17, english: 12, korean: 5 },
});
