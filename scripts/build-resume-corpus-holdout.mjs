// Builds the held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout/):
// 24 people (scripts/resume-corpus-holdout-content.mjs, seeded faker in six locales) rendered by
// eight renderers whose templates the two earlier corpora do not use:
// - `html-table`      Chromium print-to-PDF; header and every entry laid out in HTML tables, dates in
//                     a right-aligned cell, skills and languages as two-column tables (DejaVu Sans).
// - `html-europass`   Chromium; a Europass-like CV: blue labels in a right-aligned left column
//                     ("Telephone", "E-mail", dates of each entry, "Mother tongue(s)"), values on the right,
//                     a running footer ("Curriculum vitae — name … Page 1 / 2"); longer ones run to two pages.
// - `html-gdocs`      Chromium; a Google-Docs-like page: centred header, employer first in bold, the
//                     title on the next line in italics, dates right-aligned or after the title (DejaVu Serif).
// - `docx-tables`     the `docx` package; header, experience, education and skills in Word tables
//                     (dates and place in a narrow left cell, bullets inside the right cell).
// - `libreoffice-tables` that DOCX turned into PDF by LibreOffice headless (a word processor's PDF of tables).
// - `text-underlined` plain text: ALL-CAPS headings underlined with ===== or -----, other heading words
//                     ("Work History", "Academic Background", "Areas of Expertise"), dates padded to the
//                     right margin or in brackets, `*`/`•`/`o` bullets, hard-wrapped at 78 columns.
// - `markdown`        a .md file: `#`/`##`/`###` headings, **bold** and *italic* runs, [text](url) links.
// - `latex-hanging`   pdflatex, article class, a res.cls-like layout: section names hanging in the
//                     left margin, body indented, Palatino (mathpazo), en-dash bullets.
// The rendered files are committed (CI needs neither Chromium, LibreOffice nor TeX to read them).
//
// `npx node scripts/build-resume-corpus-holdout.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so
// in the commit. Needs /usr/bin/chromium, `soffice` (Debian libreoffice-writer) and `pdflatex`
// (texlive-latex-extra, texlive-fonts-recommended); unlike the first corpus it does not skip a
// missing renderer, because a held-back set must be whole.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, LevelFormat, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { buildHoldoutContent } from './resume-corpus-holdout-content.mjs';
import { escapeLatex, hasPdfLatex, typeset } from './resume-corpus-latex.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout');
const FROZEN_ON = '2026-11-30';

// ------------------------------------------------------------------------------------------------
// How one person writes dates, places, degrees, links (kept the same by every renderer).

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateText(date, style) {
  const [year, month] = date.split('-');
  if (!month) return year;
  const m = Number(month) - 1;
  switch (style) {
    case 'short': case 'shortHyphen': return `${MONTHS[m]} ${year}`;
    case 'slash': return `${month}/${year}`;
    case 'longTo': return `${FULL_MONTHS[m]} ${year}`;
    case 'dotted': return `${month}.${year}`;
    default: return year;
  }
}

function rangeText({ startDate, endDate }, presentation) {
  const style = presentation.dateStyle;
  const end = endDate ? dateText(endDate, style) : presentation.presentWord;
  if (!startDate) return end;
  const separator = { year: '–', longTo: ' to ', shortHyphen: ' - ' }[style] ?? ' – ';
  return `${dateText(startDate, style)}${separator}${end}`;
}

/** Education dates are years; a degree with only an end year shows that year alone. */
const schoolDates = (school) => (school.startDate ? `${school.startDate}–${school.endDate}` : school.endDate);

function homeText(entry) {
  const { city, region } = entry.resume.basics.location;
  const { locationStyle, country } = entry.presentation;
  if (locationStyle === 'city') return city;
  if (locationStyle === 'cityCountry' || city === region) return `${city}, ${country}`;
  return `${city}, ${region}`;
}

const bareUrl = (url) => url.replace(/^https?:\/\/(?:www\.)?/, '');
const links = (basics) => [...(basics.url ? [basics.url] : []), ...(basics.profiles ?? []).map((profile) => profile.url)];
const keywords = (skills) => skills.flatMap((group) => group.keywords);

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ------------------------------------------------------------------------------------------------
// Chromium themes

const HTML_THEMES = {
  /** Tables everywhere: header table, entries as rows with a right-aligned date cell. */
  'html-table'(entry, index) {
    const { basics, work, education, skills, languages } = entry.resume;
    const { degreePhrases } = entry.presentation;
    const heading = (text) => `<h2>${text}</h2>`;
    const contact = [homeText(entry), basics.phone, basics.email, ...links(basics).map(index % 2 === 0 ? bareUrl : (url) => url)];
    const parts = [`<table class="head"><tr><td><h1>${escapeHtml(basics.name)}</h1>${basics.label ? `<div class="label">${escapeHtml(basics.label)}</div>` : ''}</td>
      <td class="r">${contact.map(escapeHtml).join('<br>')}</td></tr></table>`];
    if (basics.summary) parts.push(heading(index % 3 === 0 ? 'Profile' : 'Summary'), `<p>${escapeHtml(basics.summary)}</p>`);
    parts.push(heading(index % 2 === 0 ? 'Experience' : 'Employment'), '<table class="entries">');
    for (const job of work) {
      parts.push(`<tr><td><b>${escapeHtml(job.position)}</b></td><td class="r">${escapeHtml(rangeText(job, entry.presentation))}</td></tr>`);
      parts.push(`<tr><td>${escapeHtml(job.name)}</td><td class="r"><i>${escapeHtml(job.location ?? '')}</i></td></tr>`);
      if (job.highlights.length > 0) parts.push(`<tr><td colspan="2"><ul>${job.highlights.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ul></td></tr>`);
      parts.push('<tr class="gap"><td colspan="2"></td></tr>');
    }
    parts.push('</table>', heading('Education'), '<table class="entries">');
    education.forEach((school, i) => {
      parts.push(`<tr><td><b>${escapeHtml(school.institution)}</b></td><td class="r">${escapeHtml(schoolDates(school))}</td></tr><tr><td colspan="2">${escapeHtml(degreePhrases[i])}</td></tr><tr class="gap"><td colspan="2"></td></tr>`);
    });
    parts.push('</table>', heading('Skills'), `<table class="kv">${skills.map((group) => `<tr><th>${escapeHtml(group.name)}</th><td>${escapeHtml(group.keywords.join(', '))}</td></tr>`).join('')}</table>`);
    if (languages.length > 0) parts.push(heading('Languages'), `<table class="kv">${languages.map((l) => `<tr><th>${escapeHtml(l.language)}</th><td>${escapeHtml(l.fluency)}</td></tr>`).join('')}</table>`);
    return `<style>@page { margin: 14mm 16mm; } body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #111; margin: 0; }
      table { width: 100%; border-collapse: collapse; } td, th { vertical-align: top; padding: 1px 0; } .r { text-align: right; white-space: nowrap; }
      .head h1 { margin: 0; font-size: 21pt; } .head .label { font-size: 11.5pt; color: #444; } .head td.r { font-size: 9pt; line-height: 1.45; }
      h2 { font-size: 10pt; text-transform: uppercase; background: #e6e6e6; padding: 3px 6px; margin: 12px 0 5px; letter-spacing: 1px; }
      ul { margin: 2px 0 0; padding-left: 16px; } p { margin: 3px 0; } tr.gap td { height: 6px; }
      .kv th { text-align: left; width: 28%; font-weight: bold; padding-right: 8px; }</style>${parts.join('\n')}`;
  },

  /** Europass-like: label column on the left (right-aligned, blue), value column on the right. */
  'html-europass'(entry) {
    const { basics, work, education, skills, languages } = entry.resume;
    const { degreePhrases } = entry.presentation;
    const row = (label, value, cls = '') => `<tr class="${cls}"><td class="l">${label}</td><td class="v">${value}</td></tr>`;
    const section = (title) => `<tr class="sec"><td class="l">${title}</td><td class="v"><div class="line"></div></td></tr>`;
    const rows = [row('PERSONAL INFORMATION', `<span class="name">${escapeHtml(basics.name)}</span>`, 'first')];
    rows.push(row('Address', escapeHtml(homeText(entry))), row('Telephone', escapeHtml(basics.phone)), row('E-mail', escapeHtml(basics.email)));
    if (basics.url) rows.push(row('Website', escapeHtml(basics.url)));
    for (const profile of basics.profiles ?? []) rows.push(row(escapeHtml(profile.network), escapeHtml(bareUrl(profile.url))));
    if (basics.label) rows.push(row('POSITION', `<span class="big">${escapeHtml(basics.label)}</span>`, 'spaced'));
    if (basics.summary) rows.push(row('PERSONAL STATEMENT', escapeHtml(basics.summary), 'spaced'));
    rows.push(section('WORK EXPERIENCE'));
    for (const job of work) {
      const where = job.location ? `${escapeHtml(job.name)}, ${escapeHtml(job.location)}` : escapeHtml(job.name);
      rows.push(row(escapeHtml(rangeText(job, entry.presentation)), `<span class="big">${escapeHtml(job.position)}</span><br>${where}${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ul>` : ''}`, 'entry'));
    }
    rows.push(section('EDUCATION AND TRAINING'));
    education.forEach((school, i) => rows.push(row(escapeHtml(schoolDates(school)), `<span class="big">${escapeHtml(degreePhrases[i])}</span><br>${escapeHtml(school.institution)}`, 'entry')));
    rows.push(section('PERSONAL SKILLS'));
    const native = languages.filter((l) => /native|mother/i.test(l.fluency));
    const other = languages.filter((l) => !/native|mother/i.test(l.fluency));
    if (native.length > 0) rows.push(row('Mother tongue(s)', escapeHtml(native.map((l) => l.language).join(', '))));
    if (other.length > 0) rows.push(row('Other language(s)', `<table class="lang">${other.map((l) => `<tr><td>${escapeHtml(l.language)}</td><td>${escapeHtml(l.fluency)}</td></tr>`).join('')}</table>`));
    for (const group of skills) rows.push(row(`${escapeHtml(group.name)} skills`, escapeHtml(group.keywords.join(', '))));
    return `<style>body { font-family: 'Liberation Sans Narrow', 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.5; color: #3f3a38; margin: 0; }
      table.cv { width: 100%; border-collapse: collapse; } td.l { width: 29%; text-align: right; color: #0e4194; font-size: 9pt; padding: 3px 14px 3px 0; vertical-align: top; }
      td.v { padding: 3px 0; vertical-align: top; } .name { font-size: 18pt; color: #3f3a38; } .big { font-size: 12pt; color: #0e4194; }
      tr.sec td { padding-top: 18px; font-weight: bold; } .line { border-bottom: 1px solid #0e4194; height: 7px; } tr.spaced td { padding-top: 10px; }
      tr.entry td { padding-top: 14px; } ul { margin: 4px 0 0; padding-left: 14px; } li { margin-bottom: 3px; } table.lang td { padding: 0 16px 0 0; }</style>
      <table class="cv">${rows.join('\n')}</table>`;
  },

  /** Google-Docs-like: centred header, employer first, title below in italics. */
  'html-gdocs'(entry, index) {
    const { basics, work, education, skills, languages } = entry.resume;
    const { degreePhrases } = entry.presentation;
    const datesRight = index % 2 === 0;
    const contact = [homeText(entry), basics.phone, basics.email, ...links(basics).map(bareUrl)];
    const parts = [`<h1>${escapeHtml(basics.name)}</h1>`];
    if (basics.label) parts.push(`<div class="c label">${escapeHtml(basics.label)}</div>`);
    parts.push(`<div class="c">${contact.map(escapeHtml).join(' • ')}</div>`);
    if (basics.summary) parts.push(`<h2>${index % 3 === 1 ? 'About' : 'Summary'}</h2><p>${escapeHtml(basics.summary)}</p>`);
    parts.push(`<h2>${index % 3 === 2 ? 'Work History' : 'Experience'}</h2>`);
    for (const job of work) {
      const dates = escapeHtml(rangeText(job, entry.presentation));
      const employer = `<b>${escapeHtml(job.name)}</b>${job.location ? `, ${escapeHtml(job.location)}` : ''}`;
      parts.push(datesRight
        ? `<div class="row">${employer}<span>${dates}</span></div><div><i>${escapeHtml(job.position)}</i></div>`
        : `<div>${employer}</div><div><i>${escapeHtml(job.position)}</i> <span class="muted">— ${dates}</span></div>`);
      if (job.highlights.length > 0) parts.push(`<ul>${job.highlights.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ul>`);
      else parts.push('<div class="gap"></div>');
    }
    parts.push('<h2>Education</h2>');
    education.forEach((school, i) => parts.push(`<div class="row"><b>${escapeHtml(school.institution)}</b><span>${escapeHtml(schoolDates(school))}</span></div><div class="gapafter"><i>${escapeHtml(degreePhrases[i])}</i></div>`));
    parts.push('<h2>Skills</h2>');
    parts.push(index % 2 === 0
      ? `<ul>${skills.map((group) => `<li><b>${escapeHtml(group.name)}:</b> ${escapeHtml(group.keywords.join(', '))}</li>`).join('')}</ul>`
      : `<p>${keywords(skills).map(escapeHtml).join(' · ')}</p>`);
    if (languages.length > 0) parts.push(`<h2>Languages</h2><p>${languages.map((l) => `${escapeHtml(l.language)} (${escapeHtml(l.fluency.toLowerCase())})`).join(', ')}</p>`);
    return `<style>@page { margin: 18mm 20mm; } body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; margin: 0; color: #000; }
      h1 { text-align: center; font-size: 24pt; font-weight: normal; margin: 0 0 2px; } .c { text-align: center; } .label { font-size: 12pt; color: #555; }
      h2 { font-family: 'Liberation Sans', sans-serif; font-size: 12pt; color: #1155cc; font-weight: normal; margin: 16px 0 6px; }
      .row { display: flex; justify-content: space-between; margin-top: 6px; } .muted { color: #666; } ul { margin: 2px 0 6px; padding-left: 22px; }
      p { margin: 3px 0; } .gap { height: 6px; } .gapafter { margin-bottom: 4px; }</style>${parts.join('\n')}`;
  },
};

/**
 * Running footers as the real tools print them on every page (the Europass editor: "Curriculum vitae
 * <name>" on the left, "Page x / y" on the right), so a reader meets page furniture between sections.
 */
const PAGE_FOOTERS = {
  'html-europass': (entry) => `<div style="font-family: 'Liberation Sans Narrow', sans-serif; font-size: 7.5pt; color: #0e4194; width: 100%; margin: 0 12mm; display: flex; justify-content: space-between;">
    <span>Curriculum vitae — ${escapeHtml(entry.resume.basics.name)}</span><span>Page <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
};

async function renderChromium(people) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, chromiumSandbox: false });
  try {
    const page = await browser.newPage();
    for (const [index, entry] of people.entries()) {
      for (const [renderer, render] of Object.entries(HTML_THEMES)) {
        await page.setContent(`<!doctype html><html lang="en"><meta charset="utf-8"><title>CV</title><body>${render(entry, index)}</body></html>`);
        const footer = PAGE_FOOTERS[renderer]?.(entry);
        const pdf = await page.pdf({
          format: (index + renderer.length) % 2 === 0 ? 'A4' : 'Letter',
          printBackground: true,
          ...(footer ? { displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footer, margin: { top: '12mm', bottom: '18mm', left: '12mm', right: '12mm' } } : {}),
        });
        writeFileSync(join(OUT, 'rendered', `${entry.id}.${renderer}.pdf`), pinPdf(pdf));
      }
    }
  } finally {
    await browser.close();
  }
}

// ------------------------------------------------------------------------------------------------
// DOCX with tables (the `docx` package)

const NO_BORDERS = { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } };
const PAGE_WIDTH = 9600;

function twoColumnTable(rows, leftShare, borders = NO_BORDERS) {
  const left = Math.round(PAGE_WIDTH * leftShare);
  return new Table({
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: [left, PAGE_WIDTH - left],
    borders,
    rows: rows.map(([leftChildren, rightChildren]) => new TableRow({
      children: [
        new TableCell({ width: { size: left, type: WidthType.DXA }, children: leftChildren }),
        new TableCell({ width: { size: PAGE_WIDTH - left, type: WidthType.DXA }, children: rightChildren }),
      ],
    })),
  });
}

async function docxFor(entry, index) {
  const { basics, work, education, skills, languages } = entry.resume;
  const { degreePhrases } = entry.presentation;
  const text = (value, options = {}) => new Paragraph({ children: [new TextRun({ text: value, ...options })], alignment: options.alignment, spacing: { after: options.after ?? 0 } });
  const bullet = (value) => new Paragraph({ numbering: { reference: 'dash-bullets', level: 0 }, children: [new TextRun(value)] });
  const heading = (value) => new Paragraph({
    children: [new TextRun({ text: value.toUpperCase(), bold: true, color: '1F3864', size: 22 })],
    shading: { type: ShadingType.CLEAR, fill: 'DCE3EE', color: 'auto' }, spacing: { before: 240, after: 100 },
  });
  const contact = [homeText(entry), basics.phone, basics.email, ...links(basics).map(bareUrl)];
  const children = [
    twoColumnTable([[
      [text(basics.name, { bold: true, size: 40 }), ...(basics.label ? [text(basics.label, { size: 24, color: '555555' })] : [])],
      contact.map((part) => text(part, { alignment: AlignmentType.RIGHT, size: 18 })),
    ]], 0.55),
  ];
  if (basics.summary) children.push(heading(index % 2 === 0 ? 'Professional Profile' : 'Summary'), text(basics.summary));
  children.push(heading(index % 2 === 0 ? 'Professional Experience' : 'Work History'));
  children.push(twoColumnTable(work.map((job) => [
    [text(rangeText(job, entry.presentation), { size: 19 }), ...(job.location ? [text(job.location, { size: 19, italics: true })] : [])],
    [text(job.position, { bold: true }), text(job.name, { after: 60 }), ...job.highlights.map(bullet), text('', { after: 80 })],
  ]), 0.24));
  children.push(heading(index % 2 === 0 ? 'Education' : 'Academic Background'));
  children.push(twoColumnTable(education.map((school, i) => [
    [text(schoolDates(school), { size: 19 })],
    [text(degreePhrases[i], { bold: true }), text(school.institution, { after: 80 })],
  ]), 0.24));
  children.push(heading(index % 3 === 0 ? 'Key Skills' : 'Skills'));
  const gridBorders = { ...NO_BORDERS, insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB' } };
  children.push(twoColumnTable(skills.map((group) => [[text(group.name, { bold: true })], [text(group.keywords.join(', '))]]), 0.24, gridBorders));
  if (languages.length > 0) {
    children.push(heading('Languages'));
    children.push(twoColumnTable(languages.map((l) => [[text(l.language, { bold: true })], [text(l.fluency)]]), 0.24));
  }
  const document = new Document({
    creator: 'Candor held-back résumé set',
    title: `CV ${basics.name}`,
    styles: { default: { document: { run: { font: 'DejaVu Serif', size: 20 } } } },
    numbering: { config: [{ reference: 'dash-bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 300, hanging: 200 } } } }] }] },
    sections: [{ properties: { page: { size: index % 2 === 0 ? { width: 11906, height: 16838 } : { width: 12240, height: 15840 }, margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } }, children }],
  });
  return Packer.toBuffer(document);
}

function renderLibreOffice(people) {
  const scratch = mkdtempSync(join(tmpdir(), 'resume-holdout-'));
  try {
    const docxFiles = people.map((entry) => join(OUT, 'rendered', `${entry.id}.docx-tables.docx`));
    execFileSync('soffice', [`-env:UserInstallation=file://${scratch}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', scratch, ...docxFiles], { stdio: 'ignore' });
    for (const entry of people) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-tables.pdf`), pinPdf(readFileSync(join(scratch, `${entry.id}.docx-tables.pdf`))));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------------
// Plain text with underlined headings, and markdown

const TEXT_HEADINGS = [
  { summary: 'Profile', work: 'Work History', education: 'Academic Background', skills: 'Key Skills', languages: 'Languages' },
  { summary: 'Summary', work: 'Professional Experience', education: 'Education & Qualifications', skills: 'Skills', languages: 'Languages Spoken' },
  { summary: 'About', work: 'Career History', education: 'Qualifications', skills: 'Areas of Expertise', languages: 'Languages' },
];

function wrap(text, width, firstPrefix, restPrefix) {
  const lines = [];
  let current = firstPrefix;
  for (const word of text.split(' ')) {
    if (current.trim() !== '' && current.length + word.length + 1 > width && current !== firstPrefix) {
      lines.push(current);
      current = restPrefix + word;
    } else {
      current = current === firstPrefix ? firstPrefix + word : `${current} ${word}`;
    }
  }
  lines.push(current);
  return lines;
}

const WIDTH = 78;
const padRight = (left, right) => (left.length + right.length + 2 <= WIDTH ? `${left}${' '.repeat(WIDTH - left.length - right.length)}${right}` : `${left}  ${right}`);

function textFor(entry, index) {
  const { basics, work, education, skills, languages } = entry.resume;
  const { degreePhrases } = entry.presentation;
  const headings = TEXT_HEADINGS[index % TEXT_HEADINGS.length];
  const rule = index % 2 === 0 ? '=' : '-';
  const bulletMark = ['*', '•', 'o'][index % 3];
  const heading = (value) => [value.toUpperCase(), rule.repeat(value.length), ''];
  const lines = [basics.name.toUpperCase()];
  if (basics.label) lines.push(basics.label);
  lines.push(`${homeText(entry)}  |  ${basics.phone}  |  ${basics.email}`);
  for (const url of links(basics)) lines.push(url);
  lines.push('', '');
  if (basics.summary) lines.push(...heading(headings.summary), ...wrap(basics.summary, WIDTH, '', ''), '', '');
  lines.push(...heading(headings.work));
  for (const job of work) {
    const dates = rangeText(job, entry.presentation);
    if (index % 2 === 0) {
      lines.push(padRight(job.position, dates), job.location ? `${job.name}, ${job.location}` : job.name);
    } else {
      lines.push(job.location ? `${job.name.toUpperCase()} — ${job.location}` : job.name.toUpperCase(), `${job.position} (${dates})`);
    }
    for (const highlight of job.highlights) lines.push(...wrap(highlight, WIDTH, `  ${bulletMark} `, '    '));
    lines.push('');
  }
  lines.push('', ...heading(headings.education));
  education.forEach((school, i) => {
    lines.push(index % 2 === 0 ? padRight(degreePhrases[i], schoolDates(school)) : `${degreePhrases[i]} (${schoolDates(school)})`, school.institution, '');
  });
  lines.push('', ...heading(headings.skills));
  if (index % 3 === 2) lines.push(...wrap(keywords(skills).join(', '), WIDTH, '', ''));
  else for (const group of skills) lines.push(...wrap(`${group.name}: ${group.keywords.join(', ')}`, WIDTH, '', '  '));
  if (languages.length > 0) {
    lines.push('', '', ...heading(headings.languages));
    for (const l of languages) lines.push(`${l.language} - ${l.fluency}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function markdownFor(entry, index) {
  const { basics, work, education, skills, languages } = entry.resume;
  const { degreePhrases } = entry.presentation;
  const bulletMark = index % 2 === 0 ? '-' : '*';
  const md = (value) => value.replace(/([*_`[\]#])/g, '\\$1');
  const linkParts = links(basics).map((url) => (index % 2 === 0 ? `[${bareUrl(url)}](${url})` : `<${url}>`));
  const lines = [`# ${md(basics.name)}`, ''];
  if (basics.label) lines.push(`**${md(basics.label)}**`, '');
  lines.push([homeText(entry), basics.phone, `[${basics.email}](mailto:${basics.email})`, ...linkParts].join(' · '), '');
  if (basics.summary) lines.push(`## ${index % 3 === 0 ? 'Summary' : 'Profile'}`, '', md(basics.summary), '');
  lines.push(`## ${index % 2 === 0 ? 'Experience' : 'Professional Experience'}`, '');
  for (const job of work) {
    const dates = rangeText(job, entry.presentation);
    if (index % 2 === 0) {
      lines.push(`### ${md(job.position)} — ${md(job.name)}`, '', `*${[job.location, dates].filter(Boolean).map(md).join(' | ')}*`, '');
    } else {
      lines.push(`### ${md(job.name)}${job.location ? `, ${md(job.location)}` : ''}`, '', `**${md(job.position)}** · ${md(dates)}`, '');
    }
    for (const highlight of job.highlights) lines.push(`${bulletMark} ${md(highlight)}`);
    if (job.highlights.length > 0) lines.push('');
  }
  lines.push(`## ${index % 2 === 0 ? 'Education' : 'Academic Background'}`, '');
  education.forEach((school, i) => lines.push(`${bulletMark} **${md(degreePhrases[i])}**, ${md(school.institution)} (${schoolDates(school)})`));
  lines.push('', '## Skills', '');
  for (const group of skills) lines.push(`**${md(group.name)}:** ${md(group.keywords.join(', '))}  `);
  if (languages.length > 0) {
    lines.push('', '## Languages', '');
    for (const l of languages) lines.push(`${bulletMark} ${md(l.language)} — ${md(l.fluency)}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------
// LaTeX: article class, res.cls-like hanging section names

function latexFor(entry, index) {
  const { basics, work, education, skills, languages } = entry.resume;
  const { degreePhrases } = entry.presentation;
  const e = escapeLatex;
  const range = (value) => e(value).replace(/ – /g, ' -- ').replace(/–/g, '--');
  const href = (url) => `\\href{${url.replace(/([%#])/g, '\\$1')}}{${e(bareUrl(url))}}`;
  const employerFirst = index % 2 === 0;
  const body = [];
  const section = (title, content) => body.push(`\\begin{ressection}{${title}}`, ...content, '\\end{ressection}');
  if (basics.summary) section(index % 3 === 0 ? 'Objective' : 'Profile', [e(basics.summary)]);
  section(index % 2 === 0 ? 'Experience' : 'Employment', work.flatMap((job, i) => [
    ...(i > 0 ? ['\\smallskip'] : []),
    employerFirst
      ? `\\textbf{${e(job.name)}}${job.location ? `, ${e(job.location)}` : ''} \\hfill ${range(rangeText(job, entry.presentation))}\\\\\n\\textit{${e(job.position)}}`
      : `\\textbf{${e(job.position)}}, ${e(job.name)} \\hfill ${range(rangeText(job, entry.presentation))}${job.location ? `\\\\\n\\textit{${e(job.location)}}` : ''}`,
    job.highlights.length > 0 ? `\\begin{itemize}\n${job.highlights.map((h) => `  \\item ${e(h)}`).join('\n')}\n\\end{itemize}` : '\\par',
  ]));
  section('Education', education.map((school, i) => `${e(degreePhrases[i])}, \\textit{${e(school.institution)}} \\hfill ${range(schoolDates(school))}\\par`));
  section(index % 2 === 0 ? 'Skills' : 'Competencies', [skills.map((group) => `\\textsc{${e(group.name)}}: ${e(group.keywords.join(', '))}`).join('\\\\\n')]);
  if (languages.length > 0) section('Languages', [languages.map((l) => `${e(l.language)} (${e(l.fluency)})`).join('; ')]);
  const contact = [e(homeText(entry)), e(basics.phone), `\\href{mailto:${basics.email}}{${e(basics.email)}}`, ...links(basics).map(href)];
  return `\\documentclass[10pt,${index % 2 === 0 ? 'a4paper' : 'letterpaper'}]{article}
\\usepackage[T1]{fontenc}\\usepackage[utf8]{inputenc}\\usepackage{textcomp}\\usepackage{mathpazo}
\\usepackage[margin=0.8in]{geometry}\\usepackage{enumitem}\\usepackage[hidelinks]{hyperref}
\\input{glyphtounicode}\\pdfgentounicode=1
\\pagestyle{empty}\\setlength{\\parindent}{0pt}
% No hyphenation (as most résumé templates): a skill split over two lines is no longer the skill.
\\hyphenpenalty=10000\\exhyphenpenalty=10000\\sloppy
\\setlist[itemize]{label=--,leftmargin=1.2em,topsep=1pt,itemsep=0pt,parsep=0pt}
% res.cls-like: the section name hangs in the left margin, the body is indented.
\\newenvironment{ressection}[1]{\\begin{list}{}{\\setlength{\\leftmargin}{1.35in}\\setlength{\\labelwidth}{1.25in}\\setlength{\\labelsep}{0.1in}\\setlength{\\topsep}{6pt}}\\item[\\textsc{#1}\\hfill]}{\\end{list}}
\\begin{document}
\\begin{center}
{\\LARGE\\textsc{${e(basics.name)}}}\\\\[3pt]
${basics.label ? `${e(basics.label)}\\\\[2pt]\n` : ''}${contact.join(' \\enspace$\\cdot$\\enspace ')}
\\end{center}
\\hrule\\medskip
${body.join('\n')}
\\end{document}
`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix, in the order documents.json lists them per résumé. */
const RENDERERS = {
  'html-table': 'html-table.pdf',
  'html-europass': 'html-europass.pdf',
  'html-gdocs': 'html-gdocs.pdf',
  'docx-tables': 'docx-tables.docx',
  'libreoffice-tables': 'libreoffice-tables.pdf',
  'text-underlined': 'text-underlined.txt',
  markdown: 'md',
  'latex-hanging': 'latex-hanging.pdf',
};

// ------------------------------------------------------------------------------------------------
// Reproducible bytes: the renderers stamp the current time (and LibreOffice an ID and checksum
// derived from it) into their files. These are overwritten with fixed values of the same length,
// so the PDFs' cross-reference offsets stay valid and a rebuild gives the same bytes.

const PINNED_DATE = '2026-11-30T00:00:00Z';

function pinPdf(bytes) {
  const text = Buffer.from(bytes).toString('latin1')
    .replace(/D:\d{14}/g, 'D:20261130000000')
    .replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g, (id, first, second) => id.replace(first, '0'.repeat(first.length)).replace(second, '0'.repeat(second.length)))
    .replace(/\/DocChecksum \/([0-9A-Fa-f]+)/g, (checksum, hex) => checksum.replace(hex, '0'.repeat(hex.length)));
  return Buffer.from(text, 'latin1');
}

/** The docx package stamps docProps/core.xml and every zip entry with the current time. */
function pinDocx(bytes) {
  const entries = unzipSync(new Uint8Array(bytes));
  const core = 'docProps/core.xml';
  if (entries[core]) {
    entries[core] = strToU8(strFromU8(entries[core]).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${PINNED_DATE}$2`));
  }
  const mtime = new Date(PINNED_DATE);
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { mtime }]]))));
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The same framing as the fresh set's test-split.sha256 (test/unit/extraction/resume-corpus.spec.ts recomputes it). */
function corpusHash(documents) {
  const hash = createHash('sha256');
  for (const id of [...new Set(documents.map((document) => document.resume))].sort()) {
    hash.update(`truth/${id}.json\n`).update(readFileSync(join(OUT, 'truth', `${id}.json`)));
    for (const document of documents.filter((candidate) => candidate.resume === id).sort((a, b) => a.file.localeCompare(b.file))) {
      hash.update(`rendered/${document.file}\n`).update(readFileSync(join(OUT, 'rendered', document.file)));
    }
  }
  return hash.digest('hex');
}

function requireProgram(program, args, hint) {
  try {
    execFileSync(program, args, { stdio: 'ignore' });
  } catch (error) {
    throw new Error(`${program} is needed to build the held-back set (${hint}).`, { cause: error });
  }
}

async function build() {
  if (existsSync(join(OUT, 'test-split.sha256')) && !process.argv.includes('--refreeze')) {
    throw new Error('The held-back résumé set is frozen (test-split.sha256). Rebuilding would change it; pass --refreeze only on purpose.');
  }
  requireProgram('soffice', ['--version'], 'apt-get install libreoffice-writer');
  if (!hasPdfLatex()) throw new Error('pdflatex is needed to build the held-back set (apt-get install texlive-latex-extra texlive-fonts-recommended).');
  // Only what the build writes is replaced; README.md stays.
  for (const generated of ['truth', 'rendered']) rmSync(join(OUT, generated), { recursive: true, force: true });
  mkdirSync(join(OUT, 'truth'), { recursive: true });
  mkdirSync(join(OUT, 'rendered'), { recursive: true });

  const people = buildHoldoutContent(24);
  for (const entry of people) writeFileSync(join(OUT, 'truth', `${entry.id}.json`), `${JSON.stringify(entry.resume, null, 2)}\n`);
  await renderChromium(people);
  for (const [index, entry] of people.entries()) {
    writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-tables.docx`), pinDocx(await docxFor(entry, index)));
    writeFileSync(join(OUT, 'rendered', `${entry.id}.text-underlined.txt`), textFor(entry, index));
    writeFileSync(join(OUT, 'rendered', `${entry.id}.md`), markdownFor(entry, index));
    writeFileSync(join(OUT, 'rendered', `${entry.id}.latex-hanging.pdf`), typeset(latexFor(entry, index)));
  }
  renderLibreOffice(people);

  const documents = people
    .flatMap((entry) => Object.entries(RENDERERS).map(([renderer, suffix]) => ({ file: `${entry.id}.${suffix}`, resume: entry.id, renderer })))
    .sort((a, b) => a.file.localeCompare(b.file));
  const missing = documents.filter((document) => !existsSync(join(OUT, 'rendered', document.file)));
  if (missing.length > 0) throw new Error(`Renderings missing: ${missing.map((document) => document.file).join(', ')}`);
  writeFileSync(join(OUT, 'documents.json'), `${JSON.stringify(documents, null, 2)}\n`);
  writeFileSync(join(OUT, 'split.json'), `${JSON.stringify({
    rule: `every résumé → test (held back: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
    resumes: Object.fromEntries(people.map((entry) => [entry.id, 'test'])),
  }, null, 2)}\n`);
  // Every file of the set with its SHA-256, so any later change to one file is visible on its own.
  const files = [
    'documents.json', 'split.json',
    ...readdirSync(join(OUT, 'truth')).sort().map((name) => `truth/${name}`),
    ...readdirSync(join(OUT, 'rendered')).sort().map((name) => `rendered/${name}`),
  ];
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify({ frozenOn: FROZEN_ON, files: Object.fromEntries(files.map((file) => [file, sha256(readFileSync(join(OUT, file)))])) }, null, 2)}\n`);
  writeFileSync(join(OUT, 'test-split.sha256'), `${corpusHash(documents)}\n`);
  console.log(`${people.length} résumés, ${documents.length} documents in ${OUT}; frozen`);
}

await build();
