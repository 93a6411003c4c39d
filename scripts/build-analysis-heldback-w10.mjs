// Builds and freezes the wave 10 held-back analysis set (test/fixtures/analysis/heldback-w10/, issue #12):
// renders the seventeen résumés of scripts/analysis-heldback-w10-content.mjs (twelve English ones the public
// corpus's ten ways, five Korean ones the Korean corpus's six ways) and writes manifest.json over every
// file of the set — the hand-written jobs (ranking/jobs/, ranking/near-miss/), role-gap labels
// (role-gaps/labels.json) and advice labels (advice/pairs.json) included, all committed before this
// script first ran. test/unit/analysis/heldback-w10-set.spec.ts checks every file against it, and the
// manifest against the digest written in that spec. How: scripts/analysis-heldback-build.mjs.
//
// `npx node scripts/build-analysis-heldback-w10.mjs` — needs /usr/bin/chromium, fonts-noto-cjk, soffice
// and pdflatex; refuses to run once the set is frozen unless given `--refreeze`.
import { join } from 'node:path';
import { ENGLISH_PEOPLE, KOREAN_PEOPLE } from './analysis-heldback-w10-content.mjs';
import { buildHeldBackAnalysisSet } from './analysis-heldback-build.mjs';

await buildHeldBackAnalysisSet({
  out: join(process.cwd(), 'test/fixtures/analysis/heldback-w10'),
  frozenOn: '2026-11-30',
  english: ENGLISH_PEOPLE,
  korean: KOREAN_PEOPLE,
  spec: 'test/unit/analysis/heldback-w10-set.spec.ts',
});
