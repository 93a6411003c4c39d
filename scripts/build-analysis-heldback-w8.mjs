// Builds and freezes the wave 8 held-back analysis set (test/fixtures/analysis/heldback-w8/, issue #12):
// renders the fourteen résumés of scripts/analysis-heldback-w8-content.mjs — the ten English ones the
// same ten ways as the public corpus the score-spread bench reads (scripts/build-resume-corpus.mjs: four
// Chromium themes, DOCX, LibreOffice PDF, three LaTeX layouts, text), the four Korean ones the six ways
// of the Korean corpus (scripts/build-korean-resume-corpus.mjs: three Chromium layouts with Noto CJK KR,
// DOCX, LibreOffice PDF, text) — then writes manifest.json: the SHA-256 of every file of the set
// (README.md and the manifest aside), the hand-written jobs (ranking/jobs/, ranking/near-miss/), role-gap
// labels (role-gaps/labels.json) and advice labels (advice/pairs.json) included, all committed before
// this script first ran. test/unit/analysis/heldback-w8-set.spec.ts checks every file against it, and the
// manifest against the digest written in that spec.
//
// `npx node scripts/build-analysis-heldback-w8.mjs` — needs /usr/bin/chromium, fonts-noto-cjk, soffice
// (Debian libreoffice-writer) and pdflatex (texlive-latex-extra, texlive-fonts-recommended, lmodern). It
// refuses to run once the set is frozen (manifest.json exists) unless given `--refreeze`, which is only
// for a deliberate change said so in the commit: the set is never tuned on, so it should never need one.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENGLISH_PEOPLE, KOREAN_PEOPLE } from './analysis-heldback-w8-content.mjs';
import { buildCorpus, RENDERERS } from './build-resume-corpus.mjs';
import { renderKoreanCorpus } from './build-korean-resume-corpus.mjs';

const OUT = join(process.cwd(), 'test/fixtures/analysis/heldback-w8');
const FROZEN_ON = '2026-11-30';
/** Files of the set the manifest does not list: this description and the manifest itself. */
const UNLISTED = new Set(['README.md', 'manifest.json']);
/** The Korean corpus's renderings (scripts/build-korean-resume-corpus.mjs). */
const KOREAN_RENDERERS = ['chromium-bullets', 'chromium-table', 'chromium-sidebar', 'docx', 'libreoffice', 'text'];

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [relative(OUT, join(dir, entry.name))],
  );
}

function hashFiles() {
  return Object.fromEntries(filesUnder(OUT).filter((file) => !UNLISTED.has(file)).sort().map((file) => [file, createHash('sha256').update(readFileSync(join(OUT, file))).digest('hex')]));
}

/** Every résumé in every one of its renderers, or the set is not built. */
function requireEveryRendering(documents, people, renderers) {
  const missing = people.flatMap((person) => renderers.filter((renderer) => !documents.some((d) => d.resume === person.id && d.renderer === renderer)).map((renderer) => `${person.id}.${renderer}`));
  if (missing.length > 0) throw new Error(`The held-back set needs every résumé in every rendering; missing: ${missing.join(', ')}`);
}

async function build() {
  if (existsSync(join(OUT, 'manifest.json')) && !process.argv.includes('--refreeze')) {
    throw new Error('The wave 8 held-back analysis set is frozen (manifest.json). Rebuilding would change it; pass --refreeze only on purpose.');
  }
  const spread = join(OUT, 'spread');
  rmSync(spread, { recursive: true, force: true });
  const english = await buildCorpus(spread, ENGLISH_PEOPLE, RENDERERS);
  requireEveryRendering(english, ENGLISH_PEOPLE, RENDERERS);
  // Both builders write spread/documents.json for their own résumés; the set's lists them all.
  const korean = await renderKoreanCorpus(spread, KOREAN_PEOPLE);
  requireEveryRendering(korean, KOREAN_PEOPLE, KOREAN_RENDERERS);
  const documents = [...english, ...korean].sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(join(spread, 'documents.json'), `${JSON.stringify(documents, null, 2)}\n`);

  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify({ frozenOn: FROZEN_ON, files: hashFiles() }, null, 2)}\n`);
  console.log(`${ENGLISH_PEOPLE.length + KOREAN_PEOPLE.length} résumés, ${documents.length} renderings; ${Object.keys(hashFiles()).length} files frozen in ${OUT}`);
  console.log(`manifest.json SHA-256 (write it into test/unit/analysis/heldback-w8-set.spec.ts): ${createHash('sha256').update(readFileSync(join(OUT, 'manifest.json'))).digest('hex')}`);
}

await build();
