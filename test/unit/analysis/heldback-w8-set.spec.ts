import { HELD_BACK_W7_DIR, HELD_BACK_W8_DIR } from '../../../bench/analysis-heldback.js';
import { describeHeldBackAnalysisSet } from '../../helpers/heldback-analysis-set.js';

// The wave 8 held-back analysis set (scripts/build-analysis-heldback-w8.mjs) is only checked for being
// intact and well formed here: its figures come from `npm run bench -- analysis` (totals only). No test
// runs the analysis on it, so no failure message can name one of its items.
describeHeldBackAnalysisSet({
  name: 'wave 8',
  dir: HELD_BACK_W8_DIR,
  /** As frozen on 2026-11-30 (labels committed before the build). */
  manifestSha256: '5df0eac82f185365c4b4d78cacc6cfcf4f03a5e71df14770f06c5e65cba94f98',
  earlierResumeSets: [
    ...['resume-corpus', 'resume-corpus-fresh', 'resume-corpus-holdout', 'resume-corpus-holdout2', 'resume-corpus-holdout3', 'resume-corpus-ko'].map((name) => `test/fixtures/${name}`),
    `${HELD_BACK_W7_DIR}/spread`,
  ],
  earlierRoleGapLabels: ['test/fixtures/analysis/role-gaps/labels.json', `${HELD_BACK_W7_DIR}/role-gaps/labels.json`],
  least: { resumes: 12, english: 9, korean: 3 },
});
