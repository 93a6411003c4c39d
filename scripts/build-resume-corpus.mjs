// Builds the résumé corpus under test/fixtures/resume-corpus/: each résumé of
// scripts/resume-corpus-content.mjs (JSON Resume = the truth) rendered by real renderers —
// Chromium print-to-PDF of four HTML themes, the `docx` package, LibreOffice headless (DOCX → PDF,
// skipped with a warning when `soffice` is missing) and plain text. The rendered files are committed,
// so tests and CI need none of these renderers. Re-run: `npx node scripts/build-resume-corpus.mjs`.
//
// The tuning/test split is fixed by a rule written into split.json: résumés with an odd number
// (01, 03, …) tune the parser, even ones test it. All renderings of one résumé sit on the same side.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { chromium } from 'playwright-core';
import { buildCorpusContent } from './resume-corpus-content.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus');
const TRUTH = join(OUT, 'truth');
const RENDERED = join(OUT, 'rendered');

// ------------------------------------------------------------------------------------------------
// Text pieces shared by every renderer

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function formatDate(date, style) {
  const [year, month] = date.split('-');
  if (!month) return year;
  const monthIndex = Number(month) - 1;
  switch (style) {
    case 'monthName': return `${MONTHS[monthIndex]} ${year}`;
    case 'fullMonthName': return `${FULL_MONTHS[monthIndex]} ${year}`;
    case 'isoMonth': return `${year}-${month}`;
    case 'slashMonth': return `${month}/${year}`;
    default: return year;
  }
}

function formatRange({ startDate, endDate }, style) {
  const separator = style === 'slashMonth' ? ' - ' : style === 'year' ? '–' : ' – ';
  const end = endDate ? formatDate(endDate, style) : style === 'isoMonth' ? 'present' : 'Present';
  return `${formatDate(startDate, style)}${separator}${end}`;
}

/** A job's header as rows of { left, right }; HTML themes may right-align `right`, others put it inline. */
function jobRows(job, style) {
  const dates = formatRange(job, style.dateStyle);
  switch (style.headerStyle) {
    case 'titleThenEmployer':
      return [{ left: job.position, right: dates, strong: true }, { left: job.name, right: job.location, italic: true }];
    case 'employerThenTitle':
      return [{ left: job.name, right: job.location, strong: true }, { left: job.position, right: dates, italic: true }];
    case 'oneLineComma':
      return [{ left: `${job.position}, ${job.name}, ${job.location}`, right: dates, strong: true }];
    case 'titleAtEmployer':
      return [{ left: `${job.position} at ${job.name}`, right: dates, strong: true }, { left: job.location, italic: true }];
    case 'pipeOneLine':
      return [{ left: `${job.name} | ${job.position} | ${job.location}`, right: dates, strong: true }];
    default: // datesFirst
      return [{ left: dates }, { left: `${job.position} — ${job.name}`, right: job.location, strong: true }];
  }
}

function degreeText(school) {
  return school.area ? `${school.studyType} in ${school.area}` : school.studyType;
}

function educationRows(school, style, index) {
  const dates = formatRange(school, style.dateStyle === 'year' || !school.startDate.includes('-') ? 'year' : style.dateStyle);
  if (index % 3 === 0) return [{ left: school.institution, right: dates, strong: true }, { left: degreeText(school), italic: true }];
  if (index % 3 === 1) return [{ left: `${degreeText(school)}, ${school.institution}`, right: dates, strong: true }];
  return [{ left: `${school.studyType}, ${school.area}`, right: dates, strong: true }, { left: school.institution }];
}

function inline(row, separator) {
  return row.right ? `${row.left}${separator}${row.right}` : row.left;
}

function contactParts(basics, style) {
  const url = (value) => (style.linkScheme ? value : value.replace(/^https?:\/\/(?:www\.)?/, ''));
  return [
    `${basics.location.city}, ${basics.location.region}`,
    basics.phone,
    basics.email,
    ...(basics.url ? [url(basics.url)] : []),
    ...(basics.profiles ?? []).map((profile) => url(profile.url)),
  ];
}

const HEADINGS = [
  { summary: 'Summary', work: 'Experience', education: 'Education', skills: 'Skills', languages: 'Languages' },
  { summary: 'Profile', work: 'Work Experience', education: 'Education', skills: 'Technical Skills', languages: 'Languages' },
  { summary: 'Professional Summary', work: 'Professional Experience', education: 'Education', skills: 'Core Competencies', languages: 'Language Skills' },
  { summary: 'About Me', work: 'Employment History', education: 'Academic Background', skills: 'Skills & Tools', languages: 'Languages' },
];

function skillLines(skills) {
  return skills.map((group) => `${group.name}: ${group.keywords.join(', ')}`);
}

function languageLine(languages) {
  return languages.map((entry) => `${entry.language} (${entry.fluency})`).join(', ');
}

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

async function main() {
  const libreOffice = hasLibreOffice();
  // Without LibreOffice the committed LibreOffice PDFs are kept, so only clear the folder when all can be rebuilt.
  if (libreOffice) rmSync(RENDERED, { recursive: true, force: true });
  rmSync(TRUTH, { recursive: true, force: true });
  mkdirSync(TRUTH, { recursive: true });
  mkdirSync(RENDERED, { recursive: true });
  const corpus = buildCorpusContent(20);
  const documents = [];

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, chromiumSandbox: false });
  try {
    const page = await browser.newPage();
    for (const [index, entry] of corpus.entries()) {
      writeFileSync(join(TRUTH, `${entry.id}.json`), `${JSON.stringify(entry.resume, null, 2)}\n`);
      for (const [theme, render] of Object.entries(THEMES)) {
        await page.setContent(`<!doctype html><html lang="en"><meta charset="utf-8"><body>${render(entry, index)}</body></html>`);
        const file = `${entry.id}.chromium-${theme}.pdf`;
        writeFileSync(join(RENDERED, file), await page.pdf({ format: index % 2 === 0 ? 'A4' : 'Letter', printBackground: true }));
        documents.push({ file, resume: entry.id, renderer: `chromium-${theme}` });
      }
      const docxFile = `${entry.id}.docx`;
      writeFileSync(join(RENDERED, docxFile), await docxFor(entry, index));
      documents.push({ file: docxFile, resume: entry.id, renderer: 'docx' });
      const textFile = `${entry.id}.txt`;
      writeFileSync(join(RENDERED, textFile), textFor(entry, index));
      documents.push({ file: textFile, resume: entry.id, renderer: 'text' });
    }
  } finally {
    await browser.close();
  }

  if (libreOffice) {
    const scratch = mkdtempSync(join(tmpdir(), 'resume-corpus-'));
    try {
      const docxFiles = corpus.map((entry) => join(RENDERED, `${entry.id}.docx`));
      execFileSync('soffice', [`-env:UserInstallation=file://${scratch}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', scratch, ...docxFiles], { stdio: 'ignore' });
      for (const entry of corpus) {
        const file = `${entry.id}.libreoffice.pdf`;
        writeFileSync(join(RENDERED, file), readFileSync(join(scratch, `${entry.id}.pdf`)));
        documents.push({ file, resume: entry.id, renderer: 'libreoffice' });
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  } else {
    console.warn('soffice not found: LibreOffice PDFs were not rebuilt (apt-get install libreoffice-writer).');
    for (const entry of corpus) {
      const file = `${entry.id}.libreoffice.pdf`;
      if (existsSync(join(RENDERED, file))) documents.push({ file, resume: entry.id, renderer: 'libreoffice' });
    }
  }

  const split = Object.fromEntries(corpus.map((entry) => [entry.id, Number(entry.id.slice(0, 2)) % 2 === 1 ? 'tuning' : 'test']));
  documents.sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(
    join(OUT, 'split.json'),
    `${JSON.stringify({ rule: 'résumé number odd → tuning, even → test (fixed before any tuning)', resumes: split }, null, 2)}\n`,
  );
  writeFileSync(join(OUT, 'documents.json'), `${JSON.stringify(documents, null, 2)}\n`);
  console.log(`${corpus.length} résumés, ${documents.length} documents in ${OUT}`);
}

await main();
