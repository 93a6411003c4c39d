// Builds the résumé corpora of issue #10 §2: each résumé (JSON Resume = the truth) rendered by real
// renderers — Chromium print-to-PDF of four HTML themes, the `docx` package, LibreOffice headless
// (DOCX → PDF), pdflatex with three LaTeX layouts (moderncv, Awesome-CV-like, Jake's résumé; see
// scripts/resume-corpus-latex.mjs) and plain text. The rendered files are committed, so tests and CI
// need none of these renderers. A renderer whose program is missing (`soffice`, `pdflatex`) is
// skipped with a warning and its committed files are kept.
//
// `npx node scripts/build-resume-corpus.mjs` — test/fixtures/resume-corpus/ (scripts/resume-corpus-content.mjs).
//   Its tuning/test split is fixed by a rule written into split.json: résumés with an odd number
//   (01, 03, …) tune the parser, even ones test it. All renderings of one résumé sit on the same side.
//   `--only=latex` renders just the LaTeX layouts and keeps every other committed rendering.
// `npx node scripts/build-resume-corpus.mjs --fresh` — test/fixtures/resume-corpus-fresh/
//   (scripts/resume-corpus-fresh-content.mjs): a test set only, frozen on its first build by
//   `test-split.sha256` (SHA-256 over every truth and rendered file). Rebuilding it refuses to run
//   unless given `--refreeze`, which is only for a deliberate change, said so in the commit.
// Other sets rendered the same ten ways (scripts/build-analysis-heldback-w7.mjs) import `buildCorpus`
// and `RENDERERS` from here; importing the module builds nothing.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { chromium } from 'playwright-core';
import { buildCorpusContent } from './resume-corpus-content.mjs';
import { buildFreshCorpusContent } from './resume-corpus-fresh-content.mjs';
import { hasPdfLatex, LATEX_RENDERERS, typeset } from './resume-corpus-latex.mjs';
import { contactParts, educationRows, HEADINGS, inline, jobRows, languageLine, skillLines } from './resume-corpus-layout.mjs';

const FIXTURES = join(process.cwd(), 'test/fixtures');

// ------------------------------------------------------------------------------------------------
// HTML themes for Chromium print-to-PDF

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rowHtml(row, rightAligned, separator) {
  const style = `${row.strong ? 'font-weight:bold;' : ''}${row.italic ? 'font-style:italic;' : ''}`;
  if (rightAligned && row.right) {
    return `<div class="row" style="${style}"><span>${escapeHtml(row.left)}</span><span>${escapeHtml(row.right)}</span></div>`;
  }
  return `<div style="${style}">${escapeHtml(inline(row, separator))}</div>`;
}

function sectionsHtml(entry, index, { rightAligned, separator, skipSidebar }) {
  const { resume, style } = entry;
  const headings = HEADINGS[index % HEADINGS.length];
  const parts = [];
  if (resume.basics.summary) parts.push(`<h2>${headings.summary}</h2><p>${escapeHtml(resume.basics.summary)}</p>`);
  parts.push(`<h2>${headings.work}</h2>`);
  for (const job of resume.work) {
    parts.push(`<div class="entry">${jobRows(job, style).map((row) => rowHtml(row, rightAligned, separator)).join('')}`);
    parts.push(`<ul>${job.highlights.map((highlight) => `<li>${escapeHtml(highlight)}</li>`).join('')}</ul></div>`);
  }
  parts.push(`<h2>${headings.education}</h2>`);
  resume.education.forEach((school) => {
    parts.push(`<div class="entry">${educationRows(school, style, index).map((row) => rowHtml(row, rightAligned, separator)).join('')}</div>`);
  });
  if (!skipSidebar) {
    parts.push(`<h2>${headings.skills}</h2>${skillLines(resume.skills).map((line) => `<div>${escapeHtml(line)}</div>`).join('')}`);
    if (resume.languages.length > 0) parts.push(`<h2>${headings.languages}</h2><p>${escapeHtml(languageLine(resume.languages))}</p>`);
  }
  return parts.join('\n');
}

const BASE_CSS = `
  @page { margin: 16mm 15mm; }
  body { font-size: 10.5pt; line-height: 1.3; margin: 0; color: #222; }
  h1 { margin: 0; } h2 { margin: 14px 0 6px; } ul { margin: 4px 0 8px; padding-left: 18px; } p { margin: 4px 0; }
  .row { display: flex; justify-content: space-between; } .entry { margin-top: 8px; }`;

const THEMES = {
  /** A plain single-column page, dates inline after a separator. */
  plain(entry, index) {
    const { basics } = entry.resume;
    return `<style>${BASE_CSS} body { font-family: 'Liberation Serif', serif; } h2 { font-size: 13pt; }</style>
      <h1>${escapeHtml(basics.name)}</h1>${basics.label ? `<div>${escapeHtml(basics.label)}</div>` : ''}
      <div>${contactParts(basics, entry.style).map(escapeHtml).join(' · ')}</div>
      ${sectionsHtml(entry, index, { rightAligned: false, separator: index % 2 === 0 ? ' | ' : ', ' })}`;
  },
  /** Sans-serif, uppercase letter-spaced headings, dates and locations right-aligned with flex. */
  flex(entry, index) {
    const { basics } = entry.resume;
    return `<style>${BASE_CSS} body { font-family: 'Liberation Sans', sans-serif; }
      h1 { font-size: 24pt; } h2 { font-size: 10.5pt; text-transform: uppercase; letter-spacing: 2px; color: #1a4d8f; }</style>
      <h1>${escapeHtml(basics.name)}</h1>${basics.label ? `<div style="font-size:13pt">${escapeHtml(basics.label)}</div>` : ''}
      <div>${contactParts(basics, entry.style).map(escapeHtml).join(' | ')}</div>
      ${sectionsHtml(entry, index, { rightAligned: true, separator: ' | ' })}`;
  },
  /** Two columns: a shaded sidebar with contact, skills and languages; the main column with the rest. */
  sidebar(entry, index) {
    const { basics, skills, languages } = entry.resume;
    const headings = HEADINGS[index % HEADINGS.length];
    const sidebar = `<h2>Contact</h2>${contactParts(basics, entry.style).map((part) => `<div>${escapeHtml(part)}</div>`).join('')}
      <h2>${headings.skills}</h2>${skills.flatMap((group) => group.keywords).map((skill) => `<div>${escapeHtml(skill)}</div>`).join('')}
      ${languages.length > 0 ? `<h2>${headings.languages}</h2>${languages.map((item) => `<div>${escapeHtml(item.language)} — ${escapeHtml(item.fluency)}</div>`).join('')}` : ''}`;
    return `<style>${BASE_CSS} body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }
      .grid { display: grid; grid-template-columns: 30% 1fr; gap: 24px; } .side { background: #eef2f5; padding: 10px; }
      h2 { font-size: 12pt; color: #234; }</style>
      <div class="grid"><div class="side">${sidebar}</div><div>
      <h1>${escapeHtml(basics.name)}</h1>${basics.label ? `<div style="font-size:13pt">${escapeHtml(basics.label)}</div>` : ''}
      ${sectionsHtml(entry, index, { rightAligned: index % 2 === 0, separator: ' — ', skipSidebar: true })}</div></div>`;
  },
  /** Jake's-résumé / moderncv-like: centred name, small-caps headings with a rule, right-aligned dates. */
  classic(entry, index) {
    const { basics } = entry.resume;
    return `<style>${BASE_CSS} body { font-family: 'Liberation Serif', serif; }
      h1 { text-align: center; font-size: 26pt; font-variant: small-caps; font-weight: normal; }
      .centered { text-align: center; } h2 { font-variant: small-caps; font-weight: normal; font-size: 14pt; border-bottom: 1px solid #000; }</style>
      <h1>${escapeHtml(basics.name)}</h1>${basics.label ? `<div class="centered">${escapeHtml(basics.label)}</div>` : ''}
      <div class="centered">${contactParts(basics, entry.style).map(escapeHtml).join(' | ')}</div>
      ${sectionsHtml(entry, index, { rightAligned: true, separator: ' | ' })}`;
  },
};

// ------------------------------------------------------------------------------------------------
// DOCX (the docx package): headings as Word heading styles, dates after a right tab stop.

function docxFor(entry, index) {
  const { resume, style } = entry;
  const headings = HEADINGS[(index + 1) % HEADINGS.length];
  const RIGHT = 9360;
  const rowParagraph = (row) =>
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }],
      children: [
        new TextRun({ text: row.left, bold: row.strong, italics: row.italic }),
        ...(row.right ? [new TextRun({ text: `\t${row.right}`, bold: row.strong, italics: row.italic })] : []),
      ],
    });
  const heading = (text) => new Paragraph({ text, heading: HeadingLevel.HEADING_1, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } });
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(resume.basics.name)] }),
    ...(resume.basics.label ? [new Paragraph({ children: [new TextRun({ text: resume.basics.label, size: 26 })] })] : []),
    new Paragraph({ children: [new TextRun(contactParts(resume.basics, style).join('  |  '))] }),
  ];
  if (resume.basics.summary) children.push(heading(headings.summary), new Paragraph(resume.basics.summary));
  children.push(heading(headings.work));
  for (const job of resume.work) {
    children.push(...jobRows(job, style).map(rowParagraph));
    children.push(...job.highlights.map((highlight) => new Paragraph({ text: highlight, bullet: { level: 0 } })));
  }
  children.push(heading(headings.education));
  resume.education.forEach((school) => children.push(...educationRows(school, style, index + 1).map(rowParagraph)));
  children.push(heading(headings.skills), ...skillLines(resume.skills).map((line) => new Paragraph(line)));
  if (resume.languages.length > 0) children.push(heading(headings.languages), new Paragraph(languageLine(resume.languages)));
  const document = new Document({
    creator: 'Candor résumé corpus',
    styles: { default: { document: { run: { font: 'Liberation Sans', size: 21 } } } },
    sections: [{ properties: { page: { margin: { top: 1000, bottom: 1000, left: 1200, right: 1200 } } }, children }],
  });
  return Packer.toBuffer(document);
}

// ------------------------------------------------------------------------------------------------
// Plain text: upper-case headings, dash bullets; every other résumé hard-wrapped at 76 columns.

function wrap(text, width, indent) {
  const lines = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + word.length + 1 > width) {
      lines.push(current);
      current = indent + word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  lines.push(current);
  return lines;
}

function textFor(entry, index) {
  const { resume, style } = entry;
  const headings = HEADINGS[(index + 2) % HEADINGS.length];
  const hardWrap = index % 2 === 1;
  const paragraph = (text, prefix = '', indent = '') => (hardWrap ? wrap(prefix + text, 76, indent) : [prefix + text]);
  const lines = [resume.basics.name];
  if (resume.basics.label) lines.push(resume.basics.label);
  lines.push(contactParts(resume.basics, style).join(' | '), '');
  if (resume.basics.summary) lines.push(headings.summary.toUpperCase(), ...paragraph(resume.basics.summary), '');
  lines.push(headings.work.toUpperCase());
  for (const job of resume.work) {
    lines.push(...jobRows(job, style).map((row) => inline(row, ', ')));
    for (const highlight of job.highlights) lines.push(...paragraph(highlight, '- ', '  '));
    lines.push('');
  }
  lines.push(headings.education.toUpperCase());
  resume.education.forEach((school) => lines.push(...educationRows(school, style, index + 2).map((row) => inline(row, ', ')), ''));
  lines.push(headings.skills.toUpperCase(), ...skillLines(resume.skills), '');
  if (resume.languages.length > 0) lines.push(headings.languages.toUpperCase(), languageLine(resume.languages), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------

function hasLibreOffice() {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Every renderer this script knows, in the order documents.json lists them per résumé. */
export const RENDERERS = [...Object.keys(THEMES).map((theme) => `chromium-${theme}`), 'docx', 'libreoffice', ...Object.keys(LATEX_RENDERERS), 'text'];

const FILE_SUFFIX = (renderer) => ({ docx: 'docx', text: 'txt', libreoffice: 'libreoffice.pdf' })[renderer] ?? `${renderer}.pdf`;

/**
 * SHA-256 over every truth and rendered file of the listed résumés, in a fixed order (recomputed by
 * test/unit/extraction/resume-corpus.spec.ts).
 */
function corpusHash(out, documents, resumeIds) {
  const hash = createHash('sha256');
  for (const id of [...resumeIds].sort()) {
    hash.update(`truth/${id}.json\n`).update(readFileSync(join(out, 'truth', `${id}.json`)));
    for (const document of documents.filter((candidate) => candidate.resume === id).sort((a, b) => a.file.localeCompare(b.file))) {
      hash.update(`rendered/${document.file}\n`).update(readFileSync(join(out, 'rendered', document.file)));
    }
  }
  return hash.digest('hex');
}

async function renderChromium(corpus, rendered) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, chromiumSandbox: false });
  try {
    const page = await browser.newPage();
    for (const [index, entry] of corpus.entries()) {
      for (const [theme, render] of Object.entries(THEMES)) {
        await page.setContent(`<!doctype html><html lang="en"><meta charset="utf-8"><body>${render(entry, index)}</body></html>`);
        writeFileSync(join(rendered, `${entry.id}.${FILE_SUFFIX(`chromium-${theme}`)}`), await page.pdf({ format: index % 2 === 0 ? 'A4' : 'Letter', printBackground: true }));
      }
    }
  } finally {
    await browser.close();
  }
}

function renderLibreOffice(corpus, rendered) {
  const scratch = mkdtempSync(join(tmpdir(), 'resume-corpus-'));
  try {
    const docxFiles = corpus.map((entry) => join(rendered, `${entry.id}.docx`));
    execFileSync('soffice', [`-env:UserInstallation=file://${scratch}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', scratch, ...docxFiles], { stdio: 'ignore' });
    for (const entry of corpus) writeFileSync(join(rendered, `${entry.id}.${FILE_SUFFIX('libreoffice')}`), readFileSync(join(scratch, `${entry.id}.pdf`)));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Renders `corpus` into `out` with the renderers in `wanted` (the others' committed files are kept),
 * writes the truth, and lists in documents.json every rendering that exists.
 */
export async function buildCorpus(out, corpus, wanted) {
  const truth = join(out, 'truth');
  const rendered = join(out, 'rendered');
  mkdirSync(truth, { recursive: true });
  mkdirSync(rendered, { recursive: true });
  const available = new Set(wanted);
  if (available.has('libreoffice') && !hasLibreOffice()) {
    console.warn('soffice not found: LibreOffice PDFs were not rebuilt (apt-get install libreoffice-writer).');
    available.delete('libreoffice');
  }
  if (Object.keys(LATEX_RENDERERS).some((renderer) => available.has(renderer)) && !hasPdfLatex()) {
    console.warn('pdflatex not found: LaTeX PDFs were not rebuilt (apt-get install texlive-latex-extra texlive-fonts-recommended lmodern).');
    for (const renderer of Object.keys(LATEX_RENDERERS)) available.delete(renderer);
  }
  for (const entry of corpus) writeFileSync(join(truth, `${entry.id}.json`), `${JSON.stringify(entry.resume, null, 2)}\n`);
  if ([...available].some((renderer) => renderer.startsWith('chromium-'))) await renderChromium(corpus, rendered);
  for (const [index, entry] of corpus.entries()) {
    if (available.has('docx')) writeFileSync(join(rendered, `${entry.id}.docx`), await docxFor(entry, index));
    if (available.has('text')) writeFileSync(join(rendered, `${entry.id}.txt`), textFor(entry, index));
    for (const [renderer, render] of Object.entries(LATEX_RENDERERS)) {
      if (available.has(renderer)) writeFileSync(join(rendered, `${entry.id}.${FILE_SUFFIX(renderer)}`), typeset(render(entry, index)));
    }
  }
  if (available.has('libreoffice')) renderLibreOffice(corpus, rendered);

  const documents = corpus
    .flatMap((entry) => RENDERERS.map((renderer) => ({ file: `${entry.id}.${FILE_SUFFIX(renderer)}`, resume: entry.id, renderer })))
    .filter((document) => existsSync(join(rendered, document.file)))
    .sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(join(out, 'documents.json'), `${JSON.stringify(documents, null, 2)}\n`);
  return documents;
}

async function buildFirstCorpus() {
  const out = join(FIXTURES, 'resume-corpus');
  const only = process.argv.find((argument) => argument.startsWith('--only='))?.slice('--only='.length);
  const wanted = only === 'latex' ? Object.keys(LATEX_RENDERERS) : RENDERERS;
  const corpus = buildCorpusContent(20);
  const documents = await buildCorpus(out, corpus, wanted);
  const split = Object.fromEntries(corpus.map((entry) => [entry.id, Number(entry.id.slice(0, 2)) % 2 === 1 ? 'tuning' : 'test']));
  writeFileSync(
    join(out, 'split.json'),
    `${JSON.stringify({ rule: 'résumé number odd → tuning, even → test (fixed before any tuning)', resumes: split }, null, 2)}\n`,
  );
  console.log(`${corpus.length} résumés, ${documents.length} documents in ${out}`);
}

async function buildFreshTestSet() {
  const out = join(FIXTURES, 'resume-corpus-fresh');
  const frozen = join(out, 'test-split.sha256');
  if (existsSync(frozen) && !process.argv.includes('--refreeze')) {
    throw new Error('The fresh test set is frozen (test-split.sha256). Rebuilding would change it; pass --refreeze only on purpose.');
  }
  rmSync(out, { recursive: true, force: true });
  const corpus = buildFreshCorpusContent(20);
  const documents = await buildCorpus(out, corpus, RENDERERS);
  const missing = RENDERERS.filter((renderer) => !documents.some((document) => document.renderer === renderer));
  if (missing.length > 0) throw new Error(`The fresh test set needs every renderer; missing: ${missing.join(', ')}`);
  const split = Object.fromEntries(corpus.map((entry) => [entry.id, 'test']));
  writeFileSync(
    join(out, 'split.json'),
    `${JSON.stringify({ rule: 'every résumé → test (a fresh test set, frozen by test-split.sha256 before any figure on it was seen)', resumes: split }, null, 2)}\n`,
  );
  writeFileSync(frozen, `${corpusHash(out, documents, corpus.map((entry) => entry.id))}\n`);
  console.log(`${corpus.length} résumés, ${documents.length} documents in ${out}; frozen`);
}

if (import.meta.main) await (process.argv.includes('--fresh') ? buildFreshTestSet() : buildFirstCorpus());
