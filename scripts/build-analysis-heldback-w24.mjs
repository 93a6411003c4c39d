// Builds and freezes the wave 24 held-back analysis set (test/fixtures/analysis/heldback-w24/, issue #12):
// renders the sixteen résumés of scripts/analysis-heldback-w24-content.mjs (twelve English ones the public
// corpus's ten ways, four Korean ones the Korean corpus's six ways) and writes manifest.json over every
// file of the set — the hand-written jobs (ranking/jobs/, ranking/near-miss/), role-gap labels
// (role-gaps/labels.json) and advice labels (advice/pairs.json) included. test/unit/analysis/heldback-w24-set.spec.ts
// checks every file against it, and the manifest against the digest written in that spec. How:
// scripts/analysis-heldback-build.mjs (`--render-only`, then `--manifest-only` once the labels are written).
//
// `npx node scripts/build-analysis-heldback-w24.mjs` — needs /usr/bin/chromium, fonts-noto-cjk, soffice
// and pdflatex; refuses to run once the set is frozen unless given `--refreeze`. `--check` only compares the
// frozen set on disk with its manifest.
import { join } from 'node:path';
import { ENGLISH_PEOPLE, KOREAN_PEOPLE } from './analysis-heldback-w24-content.mjs';
import { buildHeldBackAnalysisSet } from './analysis-heldback-build.mjs';

await buildHeldBackAnalysisSet({
  out: join(process.cwd(), 'test/fixtures/analysis/heldback-w24'),
  frozenOn: '2026-12-02',
  english: ENGLISH_PEOPLE,
  korean: KOREAN_PEOPLE,
  spec: 'test/unit/analysis/heldback-w24-set.spec.ts',
});
