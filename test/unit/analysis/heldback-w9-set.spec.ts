import { HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR } from '../../../bench/analysis-heldback.js';
import { describeHeldBackAnalysisSet } from '../../helpers/heldback-analysis-set.js';

// The wave 9 held-back analysis set (scripts/build-analysis-heldback-w9.mjs) is only checked for being
// intact and well formed here: its figures come from `npm run bench -- analysis` (totals only). No test
// runs the analysis on it, so no failure message can name one of its items.
describeHeldBackAnalysisSet({
  name: 'wave 9',
  dir: HELD_BACK_W9_DIR,
  /** As frozen on 2026-11-30 (labels committed before the build). */
  manifestSha256: 'bbb1a6db32257c7440d8e0f7661e3d425ccab9fa19135026ea7e55865f27fe03',
  earlierResumeSets: [
    ...['resume-corpus', 'resume-corpus-fresh', 'resume-corpus-holdout', 'resume-corpus-holdout2', 'resume-corpus-holdout3', 'resume-corpus-holdout4', 'resume-corpus-ko'].map((name) => `test/fixtures/${name}`),
    `${HELD_BACK_W7_DIR}/spread`,
    `${HELD_BACK_W8_DIR}/spread`,
  ],
  earlierRoleGapLabels: ['test/fixtures/analysis/role-gaps/labels.json', `${HELD_BACK_W7_DIR}/role-gaps/labels.json`, `${HELD_BACK_W8_DIR}/role-gaps/labels.json`],
  least: { resumes: 15, english: 11, korean: 4 },
});
