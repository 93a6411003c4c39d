// Renders and freezes a held-back analysis set (issue #12; scripts/build-analysis-heldback-w8.mjs,
// scripts/build-analysis-heldback-w9.mjs): the English résumés the same ten ways as the public corpus
// the score-spread bench reads (scripts/build-resume-corpus.mjs: four Chromium themes, DOCX, LibreOffice
// PDF, three LaTeX layouts, text), the Korean ones the six ways of the Korean corpus
// (scripts/build-korean-resume-corpus.mjs: three Chromium layouts with Noto CJK KR, DOCX, LibreOffice PDF,
// text) — then writes manifest.json: the SHA-256 of every file of the set (README.md and the manifest
// aside), the hand-written jobs, role-gap labels and advice labels included, all committed before the
// set is first built. Needs /usr/bin/chromium, fonts-noto-cjk, soffice (Debian libreoffice-writer) and
// pdflatex (texlive-latex-extra, texlive-fonts-recommended, lmodern). Refuses to run once the set is
// frozen (manifest.json exists) unless given `--refreeze`, which is only for a deliberate change said so
// in the commit: a held-back set is never tuned on, so it should never need one. The rendering is slow on
// a loaded machine, so it can run while the labels are still being written: `--render-only` renders
// without writing the manifest, and `--manifest-only` then freezes what is on disk without rendering.
// `--check` only compares the files on disk with the manifest (no rendering, no writing).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCorpus, RENDERERS } from './build-resume-corpus.mjs';
import { renderKoreanCorpus } from './build-korean-resume-corpus.mjs';

/** Files of the set the manifest does not list: its description and the manifest itself. */
const UNLISTED = new Set(['README.md', 'manifest.json']);
/** The Korean corpus's renderings (scripts/build-korean-resume-corpus.mjs). */
const KOREAN_RENDERERS = ['chromium-bullets', 'chromium-table', 'chromium-sidebar', 'docx', 'libreoffice', 'text'];

function filesUnder(root, dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(root, join(dir, entry.name)) : [relative(root, join(dir, entry.name))],
  );
}

function hashFiles(out) {
  return Object.fromEntries(filesUnder(out, out).filter((file) => !UNLISTED.has(file)).sort().map((file) => [file, createHash('sha256').update(readFileSync(join(out, file))).digest('hex')]));
}

/** Every résumé in every one of its renderers, or the set is not built. */
function requireEveryRendering(documents, people, renderers) {
  const missing = people.flatMap((person) => renderers.filter((renderer) => !documents.some((d) => d.resume === person.id && d.renderer === renderer)).map((renderer) => `${person.id}.${renderer}`));
  if (missing.length > 0) throw new Error(`The held-back set needs every résumé in every rendering; missing: ${missing.join(', ')}`);
}

/**
 * Renders `english` and `korean` (people as in scripts/analysis-heldback-w*-content.mjs) into
 * `out`/spread and freezes the set in `out`/manifest.json; `spec` is the test that holds the manifest's digest.
 */
export async function buildHeldBackAnalysisSet({ out, frozenOn, english, korean, spec }) {
  if (process.argv.includes('--check')) return checkFrozenSet(out);
  if (existsSync(join(out, 'manifest.json')) && !process.argv.includes('--refreeze')) {
    throw new Error(`The held-back analysis set in ${out} is frozen (manifest.json). Rebuilding would change it; pass --refreeze only on purpose.`);
  }
  if (!process.argv.includes('--manifest-only')) await renderSet(out, english, korean);
  if (process.argv.includes('--render-only')) return;
  const documents = JSON.parse(readFileSync(join(out, 'spread/documents.json'), 'utf8'));
  requireEveryRendering(documents, english, RENDERERS);
  requireEveryRendering(documents, korean, KOREAN_RENDERERS);
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify({ frozenOn, files: hashFiles(out) }, null, 2)}\n`);
  console.log(`${english.length + korean.length} résumés, ${documents.length} renderings; ${Object.keys(hashFiles(out)).length} files frozen in ${out}`);
  console.log(`manifest.json SHA-256 (write it into ${spec}): ${createHash('sha256').update(readFileSync(join(out, 'manifest.json'))).digest('hex')}`);
}

/**
 * `--check`: the set on disk is the set its manifest froze (the same files, each with its recorded SHA-256);
 * renders nothing and writes nothing, and exits non-zero on any difference. The set's spec checks the same.
 */
function checkFrozenSet(out) {
  if (!existsSync(join(out, 'manifest.json'))) throw new Error(`${out} has no manifest.json: the set is not frozen yet.`);
  const frozen = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).files;
  const onDisk = hashFiles(out);
  const differing = [...new Set([...Object.keys(frozen), ...Object.keys(onDisk)])].filter((file) => frozen[file] !== onDisk[file]).sort();
  if (differing.length > 0) {
    console.error(`${differing.length} file(s) differ from ${join(out, 'manifest.json')}: ${differing.join(', ')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`${Object.keys(frozen).length} files match ${join(out, 'manifest.json')}`);
}

/** Renders the résumés into `out`/spread (truth, rendered, documents.json), replacing what was there. */
async function renderSet(out, english, korean) {
  const spread = join(out, 'spread');
  rmSync(spread, { recursive: true, force: true });
  const englishDocuments = await buildCorpus(spread, english, RENDERERS);
  requireEveryRendering(englishDocuments, english, RENDERERS);
  // Both builders write spread/documents.json for their own résumés; the set's lists them all.
  const koreanDocuments = await renderKoreanCorpus(spread, korean);
  requireEveryRendering(koreanDocuments, korean, KOREAN_RENDERERS);
  const documents = [...englishDocuments, ...koreanDocuments].sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(join(spread, 'documents.json'), `${JSON.stringify(documents, null, 2)}\n`);
  console.log(`${english.length + korean.length} résumés, ${documents.length} renderings in ${spread}`);
}
