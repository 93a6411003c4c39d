import { HELD_BACK_W10_DIR, HELD_BACK_W11_DIR, HELD_BACK_W12_DIR, HELD_BACK_W13_DIR, HELD_BACK_W14_DIR, HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR } from '../../../bench/analysis-heldback.js';
import { describeHeldBackAnalysisSet } from '../../helpers/heldback-analysis-set.js';

// The wave 14 held-back analysis set (scripts/build-analysis-heldback-w14.mjs) is only checked for being
// intact and well formed here: its figures come from `npm run bench -- analysis` (totals only). No test
// runs the analysis on it, so no failure message can name one of its items.
describeHeldBackAnalysisSet({
  name: 'wave 14',
  dir: HELD_BACK_W14_DIR,
  /** As frozen on 2026-12-01 (labels committed before the analysis ran on any of it). */
  manifestSha256: '336597359fb9210870a29bc3e1e86f71c6aef0bfdcd06d5810e8ccda17fe2bf0',
  // Every earlier résumé corpus (holdout 9 included) and every earlier analysis set, wave 13's included.
  earlierResumeSets: [
    ...['resume-corpus', 'resume-corpus-fresh', 'resume-corpus-holdout', 'resume-corpus-holdout2', 'resume-corpus-holdout3', 'resume-corpus-holdout4', 'resume-corpus-holdout5', 'resume-corpus-holdout6', 'resume-corpus-holdout7', 'resume-corpus-holdout8', 'resume-corpus-holdout9', 'resume-corpus-ko'].map((name) => `test/fixtures/${name}`),
    ...[HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR, HELD_BACK_W10_DIR, HELD_BACK_W11_DIR, HELD_BACK_W12_DIR, HELD_BACK_W13_DIR].map((dir) => `${dir}/spread`),
  ],
  earlierRoleGapLabels: [
    'test/fixtures/analysis/role-gaps/labels.json',
    ...[HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR, HELD_BACK_W10_DIR, HELD_BACK_W11_DIR, HELD_BACK_W12_DIR, HELD_BACK_W13_DIR].map((dir) => `${dir}/role-gaps/labels.json`),
  ],
  least: { resumes: 16, english: 12, korean: 4 },
});
