// Builds and freezes the wave 8 held-back analysis set (test/fixtures/analysis/heldback-w8/, issue #12):
// renders the fourteen résumés of scripts/analysis-heldback-w8-content.mjs — the ten English ones the
// same ten ways as the public corpus the score-spread bench reads (scripts/build-resume-corpus.mjs: four
// Chromium themes, DOCX, LibreOffice PDF, three LaTeX layouts, text), the four Korean ones the six ways
// of the Korean corpus (scripts/build-korean-resume-corpus.mjs: three Chromium layouts with Noto CJK KR,
// DOCX, LibreOffice PDF, text) — then writes manifest.json: the SHA-256 of every file of the set
// (README.md and the manifest aside), the hand-written jobs (ranking/jobs/, ranking/near-miss/), role-gap
// labels (role-gaps/labels.json) and advice labels (advice/pairs.json) included, all committed before
// this script first ran. test/unit/analysis/heldback-w8-set.spec.ts checks every file against it, and the
// manifest against the digest written in that spec. How: scripts/analysis-heldback-build.mjs (shared
// with the wave 9 set since wave 9; the set itself is frozen and unchanged).
//
// `npx node scripts/build-analysis-heldback-w8.mjs` — needs /usr/bin/chromium, fonts-noto-cjk, soffice
// (Debian libreoffice-writer) and pdflatex (texlive-latex-extra, texlive-fonts-recommended, lmodern). It
// refuses to run once the set is frozen (manifest.json exists) unless given `--refreeze`, which is only
// for a deliberate change said so in the commit: the set is never tuned on, so it should never need one.
import { join } from 'node:path';
import { ENGLISH_PEOPLE, KOREAN_PEOPLE } from './analysis-heldback-w8-content.mjs';
import { buildHeldBackAnalysisSet } from './analysis-heldback-build.mjs';

await buildHeldBackAnalysisSet({
  out: join(process.cwd(), 'test/fixtures/analysis/heldback-w8'),
  frozenOn: '2026-11-30',
  english: ENGLISH_PEOPLE,
  korean: KOREAN_PEOPLE,
  spec: 'test/unit/analysis/heldback-w8-set.spec.ts',
});
