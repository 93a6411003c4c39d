import { HELD_BACK_W10_DIR, HELD_BACK_W11_DIR, HELD_BACK_W12_DIR, HELD_BACK_W13_DIR, HELD_BACK_W14_DIR, HELD_BACK_W15_DIR, HELD_BACK_W16_DIR, HELD_BACK_W17_DIR, HELD_BACK_W18_DIR, HELD_BACK_W19_DIR, HELD_BACK_W20_DIR, HELD_BACK_W21_DIR, HELD_BACK_W22_DIR, HELD_BACK_W23_DIR, HELD_BACK_W24_DIR, HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR } from '../../../bench/analysis-heldback.js';
import { describeHeldBackAnalysisSet } from '../../helpers/heldback-analysis-set.js';

// The wave 24 held-back analysis set (scripts/build-analysis-heldback-w24.mjs) is only checked for being
// intact and well formed here: its figures come from `npm run bench -- analysis held-back` (totals only). No
// test runs the analysis on it, so no failure message can name one of its items.
const EARLIER_SETS = [HELD_BACK_W7_DIR, HELD_BACK_W8_DIR, HELD_BACK_W9_DIR, HELD_BACK_W10_DIR, HELD_BACK_W11_DIR, HELD_BACK_W12_DIR, HELD_BACK_W13_DIR, HELD_BACK_W14_DIR, HELD_BACK_W15_DIR, HELD_BACK_W16_DIR, HELD_BACK_W17_DIR, HELD_BACK_W18_DIR, HELD_BACK_W19_DIR, HELD_BACK_W20_DIR, HELD_BACK_W21_DIR, HELD_BACK_W22_DIR, HELD_BACK_W23_DIR];

describeHeldBackAnalysisSet({
  name: 'wave 24',
  dir: HELD_BACK_W24_DIR,
  /** As frozen on 2026-12-02 (labels committed before the analysis ran on any of it). */
  manifestSha256: '7a3be74c2053b53d259e61ccb3777c930f8dd633ebef92ecd0b716a29c78c7aa',
  // Every earlier résumé corpus (holdout 19 included) and every earlier analysis set, wave 23's included.
  earlierResumeSets: [
    ...['resume-corpus', 'resume-corpus-fresh', 'resume-corpus-holdout', 'resume-corpus-holdout2', 'resume-corpus-holdout3', 'resume-corpus-holdout4', 'resume-corpus-holdout5', 'resume-corpus-holdout6', 'resume-corpus-holdout7', 'resume-corpus-holdout8', 'resume-corpus-holdout9', 'resume-corpus-holdout10', 'resume-corpus-holdout11', 'resume-corpus-holdout12', 'resume-corpus-holdout13', 'resume-corpus-holdout14', 'resume-corpus-holdout15', 'resume-corpus-holdout16', 'resume-corpus-holdout17', 'resume-corpus-holdout18', 'resume-corpus-holdout19', 'resume-corpus-ko'].map((name) => `test/fixtures/${name}`),
    ...EARLIER_SETS.map((dir) => `${dir}/spread`),
  ],
  earlierRoleGapLabels: ['test/fixtures/analysis/role-gaps/labels.json', ...EARLIER_SETS.map((dir) => `${dir}/role-gaps/labels.json`)],
  least: { resumes: 16, english: 12, korean: 4 },
});
