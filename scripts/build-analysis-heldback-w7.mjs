// Builds and freezes the wave 7 held-back analysis set (test/fixtures/analysis/heldback-w7/, issue #12):
// renders the ten résumés of scripts/analysis-heldback-w7-content.mjs the same ten ways as the public
// corpus the score-spread bench reads (scripts/build-resume-corpus.mjs: four Chromium themes, DOCX,
// LibreOffice PDF, three LaTeX layouts, text), then writes manifest.json: the SHA-256 of every file of
// the set (README.md and the manifest aside) — the hand-written jobs (ranking/jobs/) and role-gap
// labels (role-gaps/labels.json) included. test/unit/analysis/heldback-w7-set.spec.ts checks every file
// against it, and the manifest against the digest written in that spec.
//
// `npx node scripts/build-analysis-heldback-w7.mjs` — needs /usr/bin/chromium, soffice (Debian
// libreoffice-writer) and pdflatex (texlive-latex-extra, texlive-fonts-recommended, lmodern). It refuses
// to run once the set is frozen (manifest.json exists) unless given `--refreeze`, which is only for a
// deliberate change said so in the commit: the set is never tuned on, so it should never need one.
// `--add-files` renders nothing: it adds files written since the freeze (the advice pairs, labelled
// before the engine ran on them) to the manifest, and refuses if any file already frozen changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildAnalysisHeldBackContent } from './analysis-heldback-w7-content.mjs';
import { buildCorpus, RENDERERS } from './build-resume-corpus.mjs';

const OUT = join(process.cwd(), 'test/fixtures/analysis/heldback-w7');
const FROZEN_ON = '2026-11-30';
/** Files of the set the manifest does not list: this description and the manifest itself. */
const UNLISTED = new Set(['README.md', 'manifest.json']);

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [relative(OUT, join(dir, entry.name))],
  );
}

function hashFiles() {
  return Object.fromEntries(filesUnder(OUT).filter((file) => !UNLISTED.has(file)).sort().map((file) => [file, createHash('sha256').update(readFileSync(join(OUT, file))).digest('hex')]));
}

function writeManifest(files) {
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify({ frozenOn: FROZEN_ON, files }, null, 2)}\n`);
  console.log(`${Object.keys(files).length} files frozen in ${OUT}`);
  console.log(`manifest.json SHA-256 (write it into test/unit/analysis/heldback-w7-set.spec.ts): ${createHash('sha256').update(readFileSync(join(OUT, 'manifest.json'))).digest('hex')}`);
}

function addFiles() {
  const frozen = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')).files;
  const files = hashFiles();
  const changed = Object.keys(frozen).filter((file) => files[file] !== frozen[file]);
  if (changed.length > 0) throw new Error(`Frozen files changed or missing; refusing to add files: ${changed.join(', ')}`);
  writeManifest(files);
}

async function build() {
  if (existsSync(join(OUT, 'manifest.json')) && !process.argv.includes('--refreeze')) {
    throw new Error('The wave 7 held-back analysis set is frozen (manifest.json). Rebuilding would change it; pass --refreeze only on purpose.');
  }
  const spread = join(OUT, 'spread');
  rmSync(spread, { recursive: true, force: true });
  const people = buildAnalysisHeldBackContent(10);
  const documents = await buildCorpus(spread, people, RENDERERS);
  const missing = RENDERERS.filter((renderer) => documents.filter((document) => document.renderer === renderer).length !== people.length);
  if (missing.length > 0) throw new Error(`The held-back set needs every résumé in every rendering; incomplete: ${missing.join(', ')}`);

  console.log(`${people.length} résumés, ${documents.length} renderings`);
  writeManifest(hashFiles());
}

await (process.argv.includes('--add-files') ? addFiles() : build());
