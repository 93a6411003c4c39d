// Builds the fifth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout5/):
// 30 people (scripts/resume-corpus-holdout5-content.mjs, seeded faker in ten locales no earlier set uses)
// rendered by eight renderers whose layouts no earlier set (resume-corpus, -fresh, -holdout, -holdout2,
// -holdout3, -holdout4, -ko) uses:
// - `html-datecolumn`     Chromium; a classic two-column CV table: the dates in a narrow left column,
//                         the entry beside them; name left and the contact block right in the page head.
// - `html-cards`          Chromium; a "card" design: a header with an initials avatar, each job and
//                         school in a rounded bordered card, skills as filled chips, languages with dots.
// - `docx-headercontact`  the `docx` package; the contact details live only in the Word page header
//                         (every page), the body starts with the name; dates on a right tab stop.
// - `docx-sectiongrid`    the `docx` package; every section is a bordered Word table: a shaded heading
//                         row, then per entry a "Title / Employer | place | dates" row and a row of bullets.
// - `libreoffice-odtcolumns` an ODT (written here) whose one two-column table holds a narrow left column
//                         (contact, skills, languages) and the main column, turned into PDF by LibreOffice.
// - `latex-marginheads`   LuaLaTeX, `article` with titlesec `leftmargin` section heads (the heading sits
//                         in the left margin beside the entries), entries as `tabular*` rows, dates right.
// - `markdown-notion`     Markdown as Notion exports a page: `#` name, "Property: value" contact lines,
//                         `##` sections (an emoji before them for some people), `###` roles, "→" in ranges.
// - `text-capspipes`      plain text: ALL-CAPS headings over a dashed rule, every entry one line of
//                         `|`-separated fields (dates first), `*` bullets, contact as "Label: value | …".
// The rendered files are committed (CI needs neither Chromium, LibreOffice nor TeX to read them).
//
// `npx node scripts/build-resume-corpus-holdout5.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so
// in the commit. Needs /usr/bin/chromium, `soffice` (Debian libreoffice-writer) and `lualatex` (Debian
// texlive-luatex, texlive-latex-extra, fonts-lmodern, fonts-dejavu); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, Header, LevelFormat, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TabStopType, TextRun, WidthType,
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import {
  allSkills, bareUrl, buildHeldBackSet, certificateText, escapeHtml, escapeXml, FULL_MONTHS, labelledLinks, pinDocx, pinPdf, schoolDates, SHORT_MONTHS, sofficeToPdf, typesetLua, withChromiumPrinter,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout5Content, locationText } from './resume-corpus-holdout5-content.mjs';
import { escapeLatex } from './resume-corpus-latex.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout5');
const FROZEN_ON = '2026-11-30';

// ------------------------------------------------------------------------------------------------
// How one person writes dates, places and links (the same in every renderer).

function dateText(date, style) {
  const [year, month] = date.split('-');
  if (!month) return year;
  const m = Number(month) - 1;
  switch (style) {
    case 'monShort': return `${SHORT_MONTHS[m]} ${year}`;
    case 'fullMonth': return `${FULL_MONTHS[m]} ${year}`;
    case 'slash': return `${month}/${year}`;
    case 'dotMonthYear': return `${month}.${year}`;
    case 'monDot': return `${SHORT_MONTHS[m]}${m === 4 ? '' : '.'} ${year}`;
    default: return `${year}-${month}`;
  }
}

/** A job's dates; markdown-notion passes its own separator (an arrow). */
function rangeText({ startDate, endDate }, presentation, separator = presentation.dateStyle === 'slash' ? ' - ' : ' – ') {
  const style = presentation.dateStyle;
  // A short engagement within one year, in years only, is written as that year alone.
  if (endDate && startDate === endDate && !startDate.includes('-')) return startDate;
  return `${dateText(startDate, style)}${separator}${endDate ? dateText(endDate, style) : presentation.presentWord}`;
}


/** Where the person lives, written their way. */
const homeText = (entry) => locationText([entry.resume.basics.location.city, entry.resume.basics.location.region], entry.presentation.locale, entry.presentation.locationStyle);
/** The job's first and second line as the person orders them. */
const roleFirst = (job, employerFirst) => (employerFirst ? [job.name, job.position] : [job.position, job.name]);
const e = escapeHtml;

// ------------------------------------------------------------------------------------------------
// Chromium: the left date column table, and the card design

function dateColumnPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const row = (when, what) => `<tr><td class="when">${when}</td><td>${what}</td></tr>`;
  const section = (title, rows) => `<tr class="sec"><td colspan="2"><h2>${title}</h2></td></tr>${rows.join('')}`;
  const contact = [homeText(entry), basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))];
  const rows = [];
  if (basics.summary) rows.push(section(index % 2 === 0 ? 'Profile' : 'Personal Profile', [row('', `<p>${e(basics.summary)}</p>`)]));
  rows.push(section(index % 3 === 0 ? 'Employment History' : 'Work Experience', work.map((job) => {
    const [first, second] = roleFirst(job, employerFirst);
    const bullets = job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : '';
    return row(e(rangeText(job, entry.presentation)), `<b>${e(first)}</b>, ${e(second)}${job.location ? `<div class="place">${e(job.location)}</div>` : ''}${job.summary ? `<div class="desc">${e(job.summary)}</div>` : ''}${bullets}`);
  })));
  rows.push(section('Education', education.map((school, i) => row(e(schoolDates(school, entry.presentation)), `<b>${e(degreePhrases[i])}</b><div>${e(school.institution)}</div>${school.score ? `<div class="desc">${e(school.score)}</div>` : ''}`))));
  if (skills.length > 0) {
    rows.push(section('Skills', flatSkills ? [row('', e(allSkills(skills).join(', ')))] : skills.map((group) => row(e(group.name), e(group.keywords.join(', '))))));
  }
  if (languages.length > 0) rows.push(section('Languages', languages.map((l) => row(e(l.language), e(l.fluency)))));
  if (certificates.length > 0) rows.push(section('Certificates', certificates.map((c) => row(e(c.date), `${e(c.name)}, ${e(c.issuer)}`))));
  const body = `<style>body { font-family: 'Liberation Sans', sans-serif; font-size: 9.8pt; color: #1f1f1f; line-height: 1.33; margin: 0; }
    .head { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #444; padding-bottom: 3mm; margin-bottom: 2mm; }
    h1 { font-size: 22pt; margin: 0; } .label { font-size: 11.5pt; color: #555; } .contact { text-align: right; font-size: 8.6pt; color: #333; }
    table.cv { border-collapse: collapse; width: 100%; } .cv td { vertical-align: top; padding: 1.2mm 0; } .cv td.when { width: 34mm; padding-right: 4mm; color: #555; font-size: 8.8pt; }
    .cv tr { break-inside: avoid; } h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 1px; margin: 3mm 0 0; color: #444; border-bottom: 0.5px solid #bbb; }
    .place, .desc { color: #555; } ul { margin: 0.8mm 0 0; padding-left: 4.5mm; } p { margin: 0; }</style>
    <div class="head"><div><h1>${e(basics.name)}</h1>${basics.label ? `<div class="label">${e(basics.label)}</div>` : ''}</div><div class="contact">${contact.map(e).join('<br>')}</div></div>
    <table class="cv">${rows.join('\n')}</table>`;
  return [body, { format: index % 2 === 0 ? 'A4' : 'Letter', margin: { top: '15mm', bottom: '15mm', left: '17mm', right: '17mm' } }];
}

const CARD_COLOURS = ['#0f766e', '#6d28d9', '#b45309', '#be123c', '#1d4ed8'];
const FLUENCY_DOTS = { Native: 5, 'Mother tongue': 5, 'Native language': 5, Bilingual: 5, Fluent: 4, C1: 4, 'Full professional proficiency': 4, Advanced: 4, B2: 3, Intermediate: 3, 'Limited working proficiency': 2, Basic: 2, A2: 1 };

function cardsPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const colour = CARD_COLOURS[index % CARD_COLOURS.length];
  const initials = basics.name.split(' ').map((part) => part[0]).slice(0, 2).join('');
  const contact = [['Location', homeText(entry)], ['Phone', basics.phone], ['Email', basics.email], ...labelledLinks(basics).map(([label, url]) => [label, bareUrl(url)])];
  const parts = [`<header><div class="avatar">${e(initials)}</div><div><h1>${e(basics.name)}</h1>${basics.label ? `<div class="label">${e(basics.label)}</div>` : ''}</div></header>`];
  parts.push(`<div class="contact">${contact.map(([label, text]) => `<div><small>${e(label)}</small>${e(text)}</div>`).join('')}</div>`);
  if (basics.summary) parts.push(`<div class="card intro">${e(basics.summary)}</div>`);
  parts.push(`<h2>${index % 2 === 0 ? 'Experience' : 'Where I have worked'}</h2>`);
  for (const job of work) {
    const [first, second] = roleFirst(job, employerFirst);
    parts.push(`<div class="card"><div class="top"><div><div class="role">${e(first)}</div><div class="org">${e(second)}${job.location ? ` · ${e(job.location)}` : ''}</div></div><span class="pill">${e(rangeText(job, entry.presentation))}</span></div>`);
    if (job.summary) parts.push(`<div class="desc">${e(job.summary)}</div>`);
    if (job.highlights.length > 0) parts.push(`<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>`);
    parts.push('</div>');
  }
  parts.push('<h2>Education</h2><div class="grid">');
  education.forEach((school, i) => parts.push(`<div class="card"><div class="role">${e(degreePhrases[i])}</div><div class="org">${e(school.institution)}</div><span class="pill">${e(schoolDates(school, entry.presentation))}</span>${school.score ? `<div class="desc">${e(school.score)}</div>` : ''}</div>`));
  parts.push('</div>');
  if (skills.length > 0) {
    parts.push(`<h2>${index % 3 === 0 ? 'Toolbox' : 'Skills'}</h2>`);
    if (flatSkills) parts.push(`<div class="chips">${allSkills(skills).map((skill) => `<span>${e(skill)}</span>`).join('')}</div>`);
    else for (const group of skills) parts.push(`<div class="group">${e(group.name)}</div><div class="chips">${group.keywords.map((skill) => `<span>${e(skill)}</span>`).join('')}</div>`);
  }
  if (languages.length > 0) {
    const dots = (fluency) => { const n = FLUENCY_DOTS[fluency] ?? 3; return `<span class="dots" aria-hidden="true">${'●'.repeat(n)}${'○'.repeat(5 - n)}</span>`; };
    parts.push('<h2>Languages</h2><div class="grid">', ...languages.map((l) => `<div class="card lang"><b>${e(l.language)}</b> ${dots(l.fluency)}<div class="org">${e(l.fluency)}</div></div>`), '</div>');
  }
  if (certificates.length > 0) parts.push('<h2>Certificates</h2>', ...certificates.map((c) => `<div class="card"><div class="role">${e(c.name)}</div><div class="org">${e(c.issuer)} · ${e(c.date)}</div></div>`));
  const body = `<style>body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #1e293b; line-height: 1.4; background: #f8fafc; }
    header { display: flex; gap: 5mm; align-items: center; } .avatar { width: 17mm; height: 17mm; border-radius: 50%; background: ${colour}; color: #fff; font-size: 17pt; font-weight: bold; display: flex; align-items: center; justify-content: center; }
    h1 { margin: 0; font-size: 21pt; } .label { color: ${colour}; font-size: 11pt; } .contact { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1.5mm 4mm; margin: 4mm 0 2mm; font-size: 8.2pt; }
    .contact small { display: block; color: #64748b; font-size: 6.8pt; text-transform: uppercase; letter-spacing: .5px; }
    h2 { font-size: 11pt; color: ${colour}; margin: 4mm 0 1.5mm; } .card { background: #fff; border: 1px solid #e2e8f0; border-radius: 3mm; padding: 2.5mm 3.5mm; margin-bottom: 2mm; break-inside: avoid; }
    .intro { border-left: 3px solid ${colour}; } .top { display: flex; justify-content: space-between; gap: 4mm; align-items: flex-start; } .role { font-weight: bold; font-size: 9.6pt; } .org { color: #475569; }
    .pill { display: inline-block; background: #f1f5f9; border-radius: 2mm; padding: .3mm 2mm; font-size: 7.6pt; color: #334155; white-space: nowrap; } .desc { color: #64748b; margin-top: .6mm; }
    ul { margin: 1mm 0 0; padding-left: 4mm; } .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 3mm; } .group { font-weight: bold; margin: 1.5mm 0 1mm; color: #475569; }
    .chips span { display: inline-block; background: ${colour}; color: #fff; border-radius: 3mm; padding: .4mm 2.4mm; margin: 0 1.2mm 1.2mm 0; font-size: 7.8pt; } .dots { color: ${colour}; letter-spacing: 1px; font-size: 7pt; }</style>
    ${parts.join('\n')}`;
  return [body, { format: index % 2 === 0 ? 'A4' : 'Letter', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '13mm', right: '13mm' } }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-datecolumn.pdf`), pinPdf(await print(...dateColumnPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-cards.pdf`), pinPdf(await print(...cardsPage(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// DOCX: contact in the page header, and sections as bordered tables (the `docx` package)

const bulletNumbering = { config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '▪', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 340, hanging: 240 } } } }] }] };
const bullet = (text) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(text)] });
const para = (text, run = {}, paragraph = {}) => new Paragraph({ ...paragraph, children: [new TextRun({ text, ...run })] });
const pageSize = (index) => (index % 2 === 0 ? { width: 11906, height: 16838 } : { width: 12240, height: 15840 });
const link = (url, text, run = {}) => new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink', ...run })] });

function docxDocument({ title, font, index, children, headers }) {
  return new Document({
    creator: 'Candor fifth held-back résumé set',
    title,
    styles: {
      default: { document: { run: { font, size: 20 }, paragraph: { spacing: { after: 40 } } } },
      characterStyles: [{ id: 'Hyperlink', name: 'Hyperlink', run: { color: '0B5394', underline: {} } }],
    },
    numbering: bulletNumbering,
    sections: [{ properties: { page: { size: pageSize(index), margin: { top: 1300, bottom: 1000, left: 1100, right: 1100, header: 500 } } }, ...(headers ? { headers } : {}), children }],
  });
}

function headerContactDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const width = index % 2 === 0 ? 9706 : 10040;
  const small = { size: 16, color: '444444' };
  const headerLines = [
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${homeText(entry)}  ·  ${basics.phone}  ·  `, ...small }), link(`mailto:${basics.email}`, basics.email, { size: 16 })] }),
  ];
  const links = labelledLinks(basics);
  if (links.length > 0) headerLines.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: links.flatMap(([, url], i) => [...(i > 0 ? [new TextRun({ text: '  ·  ', ...small })] : []), link(url, bareUrl(url), { size: 16 })]) }));
  const heading = (text) => para(text, { bold: true, size: 22, color: '7F1D1D' }, { spacing: { before: 200, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB', space: 1 } } });
  const tabbed = (left, right, run = {}) => new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: width }], keepNext: true, spacing: { before: 100, after: 0 }, children: [new TextRun({ text: left, bold: true, ...run }), new TextRun(`\t${right}`)] });
  const children = [para(basics.name, { bold: true, size: 36 }, { spacing: { after: 0 } })];
  if (basics.label) children.push(para(basics.label, { size: 22, color: '555555' }));
  if (basics.summary) children.push(heading(index % 2 === 0 ? 'Summary' : 'About Me'), para(basics.summary));
  children.push(heading(index % 3 === 2 ? 'Relevant Experience' : 'Experience'));
  for (const job of work) {
    const [first, second] = roleFirst(job, employerFirst);
    children.push(tabbed(first, rangeText(job, entry.presentation)), para([second, job.location].filter(Boolean).join(' — '), { italics: true }, { keepNext: job.highlights.length > 0 }));
    if (job.summary) children.push(para(job.summary, { color: '555555' }));
    children.push(...job.highlights.map(bullet));
  }
  children.push(heading('Education'));
  education.forEach((school, i) => {
    children.push(tabbed(degreePhrases[i], schoolDates(school, entry.presentation)), para(school.institution));
    if (school.score) children.push(para(school.score, { italics: true }));
  });
  if (skills.length > 0) {
    children.push(heading(index % 2 === 0 ? 'Skills' : 'Skills & Tools'));
    if (flatSkills) children.push(para(allSkills(skills).join(' • ')));
    else children.push(...skills.map((group) => new Paragraph({ children: [new TextRun({ text: `${group.name} — `, bold: true }), new TextRun(group.keywords.join(', '))] })));
  }
  if (languages.length > 0) children.push(heading('Languages'), para(languages.map((l) => `${l.language}: ${l.fluency}`).join(' | ')));
  if (certificates.length > 0) children.push(heading('Licences & Certificates'), ...certificates.map((c) => bullet(certificateText(c))));
  return Packer.toBuffer(docxDocument({ title: `CV ${basics.name}`, font: 'Arial', index, children, headers: { default: new Header({ children: headerLines }) } }));
}

const GRID_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '9CA3AF' };
const GRID_BORDERS = { top: GRID_BORDER, bottom: GRID_BORDER, left: GRID_BORDER, right: GRID_BORDER, insideHorizontal: GRID_BORDER, insideVertical: GRID_BORDER };

function sectionGridDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const total = index % 2 === 0 ? 9700 : 10000;
  const columns = [Math.round(total * 0.55), Math.round(total * 0.22), total - Math.round(total * 0.55) - Math.round(total * 0.22)];
  const shade = ['D9E2F3', 'E2EFDA', 'FBE5D6'][index % 3];
  const cell = (paragraphs, options = {}) => new TableCell({ margins: { top: 60, bottom: 60, left: 100, right: 100 }, children: paragraphs, ...options });
  const headingRow = (text) => new TableRow({ cantSplit: true, children: [cell([para(text.toUpperCase(), { bold: true, size: 21 })], { columnSpan: 3, shading: { type: ShadingType.CLEAR, fill: shade, color: 'auto' } })] });
  const fullRow = (paragraphs) => new TableRow({ children: [cell(paragraphs, { columnSpan: 3 })] });
  const grid = (rows) => new Table({ width: { size: total, type: WidthType.DXA }, columnWidths: columns, borders: GRID_BORDERS, rows });
  const gap = () => para('', {}, { spacing: { after: 120 } });
  const children = [para(basics.name, { bold: true, size: 34 }, { alignment: AlignmentType.CENTER, spacing: { after: 0 } })];
  if (basics.label) children.push(para(basics.label, { size: 22 }, { alignment: AlignmentType.CENTER }));
  const contact = [['Address', homeText(entry)], ['Telephone', basics.phone], ['E-mail', basics.email], ...labelledLinks(basics).map(([label, url]) => [label, bareUrl(url)])];
  children.push(grid([headingRow('Personal Details'), ...contact.map(([label, value]) => new TableRow({ children: [cell([para(label, { bold: true })], { columnSpan: 1 }), cell([para(value)], { columnSpan: 2 })] }))]), gap());
  if (basics.summary) children.push(grid([headingRow(index % 2 === 0 ? 'Profile' : 'Career Objective'), fullRow([para(basics.summary)])]), gap());
  const jobRows = work.flatMap((job) => {
    const [first, second] = roleFirst(job, employerFirst);
    const rows = [new TableRow({ cantSplit: true, children: [cell([para(first, { bold: true }), para(second)]), cell([para(job.location ?? '')]), cell([para(rangeText(job, entry.presentation), {}, { alignment: AlignmentType.RIGHT })])] })];
    const details = [...(job.summary ? [para(job.summary, { italics: true })] : []), ...job.highlights.map(bullet)];
    if (details.length > 0) rows.push(fullRow(details));
    return rows;
  });
  children.push(grid([headingRow(index % 3 === 1 ? 'Career History' : 'Work Experience'), ...jobRows]), gap());
  children.push(grid([headingRow('Education and Training'), ...education.map((school, i) => new TableRow({ cantSplit: true, children: [cell([para(degreePhrases[i], { bold: true }), ...(school.score ? [para(school.score, { italics: true })] : [])]), cell([para(school.institution)]), cell([para(schoolDates(school, entry.presentation), {}, { alignment: AlignmentType.RIGHT })])] }))]), gap());
  if (skills.length > 0) {
    const rows = flatSkills ? [fullRow([para(allSkills(skills).join(', '))])] : skills.map((group) => new TableRow({ children: [cell([para(group.name, { bold: true })]), cell([para(group.keywords.join(', '))], { columnSpan: 2 })] }));
    children.push(grid([headingRow('Skills'), ...rows]), gap());
  }
  if (languages.length > 0) children.push(grid([headingRow('Languages'), ...languages.map((l) => new TableRow({ children: [cell([para(l.language, { bold: true })]), cell([para(l.fluency)], { columnSpan: 2 })] }))]), gap());
  if (certificates.length > 0) children.push(grid([headingRow('Certificates'), ...certificates.map((c) => new TableRow({ children: [cell([para(c.name, { bold: true })]), cell([para(c.issuer)]), cell([para(c.date, {}, { alignment: AlignmentType.RIGHT })])] }))]));
  return Packer.toBuffer(docxDocument({ title: `Curriculum Vitae ${basics.name}`, font: 'Times New Roman', index, children }));
}

// ------------------------------------------------------------------------------------------------
// An ODT written by hand: one two-column table (LibreOffice turns it into PDF)

function odtFor(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const x = escapeXml;
  const p = (text, style = 'Body') => `<text:p text:style-name="${style}">${x(text)}</text:p>`;
  const bold = (text, rest = '', style = 'Body') => `<text:p text:style-name="${style}"><text:span text:style-name="Strong">${x(text)}</text:span>${x(rest)}</text:p>`;
  const list = (items) => (items.length > 0 ? `<text:list text:style-name="Bullets">${items.map((item) => `<text:list-item>${p(item, 'Bullet')}</text:list-item>`).join('')}</text:list>` : '');
  const side = [p('Contact', 'SideHeading'), p(homeText(entry)), p(basics.phone), p(basics.email), ...labelledLinks(basics).map(([, url]) => p(bareUrl(url)))];
  if (skills.length > 0) {
    side.push(p(index % 2 === 0 ? 'Skills' : 'Expertise', 'SideHeading'));
    if (flatSkills) side.push(...allSkills(skills).map((skill) => p(skill)));
    else for (const group of skills) side.push(bold(group.name), ...group.keywords.map((skill) => p(skill)));
  }
  if (languages.length > 0) side.push(p('Languages', 'SideHeading'), ...languages.map((l) => bold(l.language, ` – ${l.fluency}`)));
  if (certificates.length > 0) side.push(p('Certificates', 'SideHeading'), ...certificates.map((c) => p(certificateText(c))));
  const main = [];
  if (basics.summary) main.push(p(index % 2 === 0 ? 'Profile' : 'Summary', 'MainHeading'), p(basics.summary));
  main.push(p('Experience', 'MainHeading'));
  for (const job of work) {
    const [first, second] = roleFirst(job, employerFirst);
    main.push(bold(first, `, ${second}`, 'Entry'), p([rangeText(job, entry.presentation), job.location].filter(Boolean).join(' | '), 'Meta'));
    if (job.summary) main.push(p(job.summary));
    main.push(list(job.highlights));
  }
  main.push(p('Education', 'MainHeading'));
  education.forEach((school, i) => {
    main.push(bold(degreePhrases[i], '', 'Entry'), p(`${school.institution} | ${schoolDates(school, entry.presentation)}`, 'Meta'));
    if (school.score) main.push(p(school.score));
  });
  const accent = ['1F4E79', '4A2C6F', '2F5233'][index % 3];
  const [pageWidth, pageHeight] = index % 2 === 0 ? ['21cm', '29.7cm'] : ['21.59cm', '27.94cm'];
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">
<office:automatic-styles>
<style:style style:name="Layout" style:family="table"><style:table-properties style:width="17.6cm" table:align="left"/></style:style>
<style:style style:name="Layout.A" style:family="table-column"><style:table-column-properties style:column-width="5.4cm"/></style:style>
<style:style style:name="Layout.B" style:family="table-column"><style:table-column-properties style:column-width="12.2cm"/></style:style>
<style:style style:name="Layout.A1" style:family="table-cell"><style:table-cell-properties fo:background-color="#EEF2F6" fo:padding="0.25cm" fo:border="none" style:vertical-align="top"/></style:style>
<style:style style:name="Layout.B1" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.4cm" fo:padding-right="0.1cm" fo:padding-top="0.1cm" fo:border="none" style:vertical-align="top"/></style:style>
</office:automatic-styles>
<office:body><office:text>
${p(basics.name, 'Name')}${basics.label ? p(basics.label, 'Headline') : ''}
<table:table table:name="Layout" table:style-name="Layout"><table:table-column table:style-name="Layout.A"/><table:table-column table:style-name="Layout.B"/>
<table:table-row><table:table-cell table:style-name="Layout.A1" office:value-type="string">${side.join('')}</table:table-cell><table:table-cell table:style-name="Layout.B1" office:value-type="string">${main.join('')}</table:table-cell></table:table-row>
</table:table>
</office:text></office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="DejaVu Sans" fo:font-size="9pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.06cm"/></style:style>
<style:style style:name="Name" style:family="paragraph"><style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#${accent}"/></style:style>
<style:style style:name="Headline" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="12pt" fo:color="#555555"/></style:style>
<style:style style:name="SideHeading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="#${accent}" fo:text-transform="uppercase"/></style:style>
<style:style style:name="MainHeading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:border-bottom="0.5pt solid #${accent}"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#${accent}"/></style:style>
<style:style style:name="Entry" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.18cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Meta" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.06cm"/><style:text-properties fo:color="#666666" fo:font-style="italic"/></style:style>
<style:style style:name="Bullet" style:family="paragraph"/>
<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.35cm" fo:margin-left="0.45cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="${pageWidth}" fo:page-height="${pageHeight}" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.7cm" fo:margin-right="1.7cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page"/></office:master-styles>
</office:document-styles>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;
  // The mimetype entry comes first and uncompressed, as ODF requires.
  return Buffer.from(zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifest),
    'content.xml': strToU8(content),
    'styles.xml': strToU8(styles),
  }, { mtime: new Date('2026-11-30T00:00:00Z') }));
}

// ------------------------------------------------------------------------------------------------
// LuaLaTeX: section heads in the left margin, entries as tabular* rows with the dates on the right

function latexFor(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const x = escapeLatex;
  const dashes = (text) => x(text).replace(/ – /g, ' -- ').replace(/(\d)-(\d)/g, '$1--$2');
  const row = (left, right) => `\\begin{tabular*}{\\linewidth}{@{}l@{\\extracolsep{\\fill}}r@{}}${left} & ${right}\\end{tabular*}`;
  const list = (items) => (items.length > 0 ? `\\begin{itemize}\n${items.map((item) => `  \\item ${x(item)}`).join('\n')}\n\\end{itemize}` : '');
  const links = labelledLinks(basics).map(([, url]) => `\\href{${url.replace(/[%#]/g, '\\$&')}}{${x(bareUrl(url))}}`);
  const lines = [
    `{\\fontsize{24}{28}\\selectfont\\bfseries ${x(basics.name)}}\\par`,
    basics.label ? `{\\large ${x(basics.label)}}\\par` : '',
    '\\smallskip',
    `${[x(homeText(entry)), x(basics.phone), `\\href{mailto:${basics.email}}{${x(basics.email)}}`, ...links].join(' \\textbar{} ')}\\par`,
    '\\medskip',
  ];
  if (basics.summary) lines.push(`\\section{${index % 2 === 0 ? 'Profile' : 'Summary'}}`, `${x(basics.summary)}\\par`);
  lines.push(`\\section{${index % 3 === 0 ? 'Work History' : 'Experience'}}`);
  for (const job of work) {
    const [first, second] = roleFirst(job, employerFirst);
    lines.push(`${row(`\\textbf{${x(first)}}`, `\\textit{${dashes(rangeText(job, entry.presentation))}}`)}\\\\`, `${x(second)}${job.location ? ` \\hfill ${x(job.location)}` : ''}\\par`);
    if (job.summary) lines.push(`{\\small ${x(job.summary)}}\\par`);
    lines.push(`${list(job.highlights)}\\smallskip`);
  }
  lines.push('\\section{Education}');
  education.forEach((school, i) => {
    lines.push(`${row(`\\textbf{${x(degreePhrases[i])}}`, dashes(schoolDates(school, entry.presentation)))}\\\\`, `${x(school.institution)}${school.score ? `, \\textit{${x(school.score)}}` : ''}\\par\\smallskip`);
  });
  if (skills.length > 0) {
    lines.push(`\\section{${index % 2 === 0 ? 'Skills' : 'Competences'}}`);
    if (flatSkills) lines.push(`${allSkills(skills).map(x).join(' \\textbullet{} ')}\\par`);
    else lines.push(`\\begin{tabular}{@{}l p{0.7\\linewidth}@{}}${skills.map((group) => `\\textbf{${x(group.name)}} & ${group.keywords.map(x).join(', ')}`).join(' \\\\ ')}\\end{tabular}\\par`);
  }
  if (languages.length > 0) lines.push('\\section{Languages}', `${languages.map((l) => `${x(l.language)} (${x(l.fluency)})`).join(' \\textbullet{} ')}\\par`);
  if (certificates.length > 0) lines.push('\\section{Certificates}', ...certificates.map((c) => `${row(`${x(c.name)}, ${x(c.issuer)}`, x(c.date))}\\par`));
  return `\\documentclass[${index % 2 === 0 ? '10pt,a4paper' : '11pt,letterpaper'}]{article}
\\usepackage[left=${index % 2 === 0 ? '4.6cm' : '1.9in'},right=1.8cm,top=1.8cm,bottom=1.8cm]{geometry}
\\usepackage{fontspec}\\directlua{luaotfload.add_fallback('cvfallback', {'DejaVu Sans:mode=node;'})}\\setmainfont{${index % 3 === 1 ? 'Liberation Sans' : 'Latin Modern Sans'}}[RawFeature={fallback=cvfallback}]
\\usepackage{enumitem}\\setlist[itemize]{leftmargin=1.2em,itemsep=0pt,topsep=1pt,label=\\textendash}
\\usepackage{titlesec}\\titleformat{\\section}[leftmargin]{\\normalfont\\bfseries\\filleft}{}{0pt}{}\\titlespacing*{\\section}{${index % 2 === 0 ? '3.2cm' : '1.45in'}}{8pt}{0.5cm}
\\usepackage[hidelinks]{hyperref}\\urlstyle{same}
\\pagestyle{empty}
\\setlength{\\parindent}{0pt}
\\hyphenpenalty=10000\\exhyphenpenalty=10000
\\begin{document}
${lines.filter(Boolean).join('\n')}
\\end{document}
`;
}

// ------------------------------------------------------------------------------------------------
// Markdown as Notion exports a page, and a plain-text export with ALL-CAPS headings and pipes

function notionFor(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const emoji = index % 2 === 0;
  const h2 = (icon, text) => `## ${emoji ? `${icon} ` : ''}${text}`;
  const out = [`# ${basics.name}`, ''];
  if (basics.label) out.push(`Role: ${basics.label}`);
  out.push(`Location: ${homeText(entry)}`, `Phone: ${basics.phone}`, `Email: ${basics.email}`);
  for (const [label, url] of labelledLinks(basics)) out.push(`${label}: ${url}`);
  if (basics.summary) out.push('', `> ${basics.summary}`);
  out.push('', h2('💼', index % 3 === 0 ? 'Work experience' : 'Experience'), '');
  for (const job of work) {
    const [first, second] = roleFirst(job, employerFirst);
    out.push(`### ${first}`, '', [`**${second}**`, job.location, rangeText(job, entry.presentation, ' → ')].filter(Boolean).join(' · '), '');
    if (job.summary) out.push(job.summary, '');
    if (job.highlights.length > 0) out.push(...job.highlights.map((h) => `- ${h}`), '');
  }
  out.push(h2('🎓', 'Education'), '');
  education.forEach((school, i) => {
    out.push(`### ${degreePhrases[i]}`, '', `**${school.institution}** · ${schoolDates(school, entry.presentation)}`, '');
    if (school.score) out.push(school.score, '');
  });
  if (skills.length > 0) {
    out.push(h2('🛠', 'Skills'), '');
    if (flatSkills) out.push(allSkills(skills).map((skill) => `\`${skill}\``).join(' '), '');
    else for (const group of skills) out.push(`**${group.name}:** ${group.keywords.join(', ')}`, '');
  }
  if (languages.length > 0) out.push(h2('🌍', 'Languages'), '', ...languages.map((l) => `- ${l.language} — ${l.fluency}`), '');
  if (certificates.length > 0) out.push(h2('📜', 'Certificates'), '', ...certificates.map((c) => `- ${certificateText(c)}`), '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function capsPipesFor(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const out = [index % 2 === 0 ? basics.name.toUpperCase() : basics.name];
  if (basics.label) out.push(basics.label);
  out.push([`Phone: ${basics.phone}`, `Email: ${basics.email}`, `Location: ${homeText(entry)}`].join(' | '));
  const links = labelledLinks(basics);
  if (links.length > 0) out.push(links.map(([label, url]) => `${label}: ${bareUrl(url)}`).join(' | '));
  const section = (name) => out.push('', name.toUpperCase(), '-'.repeat(name.length));
  if (basics.summary) {
    section(index % 2 === 0 ? 'Summary' : 'Objective');
    out.push(basics.summary);
  }
  section(index % 3 === 0 ? 'Professional Experience' : 'Experience');
  for (const [n, job] of work.entries()) {
    const [first, second] = roleFirst(job, employerFirst);
    if (n > 0) out.push('');
    out.push([rangeText(job, entry.presentation), first, second, job.location].filter(Boolean).join(' | '));
    if (job.summary) out.push(job.summary);
    for (const highlight of job.highlights) out.push(`  * ${highlight}`);
  }
  section('Education');
  education.forEach((school, i) => out.push([schoolDates(school, entry.presentation), degreePhrases[i], school.institution, school.score].filter(Boolean).join(' | ')));
  if (skills.length > 0) {
    section(index % 2 === 0 ? 'Skills' : 'Key Skills');
    if (flatSkills) out.push(allSkills(skills).join(' | '));
    else for (const group of skills) out.push(`${group.name}: ${group.keywords.join(' | ')}`);
  }
  if (languages.length > 0) {
    section('Languages');
    out.push(languages.map((l) => `${l.language} (${l.fluency})`).join(' | '));
  }
  if (certificates.length > 0) {
    section('Certifications');
    for (const c of certificates) out.push([c.date, c.name, c.issuer].join(' | '));
  }
  return `${out.join('\n')}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-datecolumn': 'pdf', 'html-cards': 'pdf', 'docx-headercontact': 'docx', 'docx-sectiongrid': 'docx',
  'libreoffice-odtcolumns': 'pdf', 'latex-marginheads': 'pdf', 'markdown-notion': 'md', 'text-capspipes': 'txt',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

await buildHeldBackSet({
  out: OUT,
  setName: 'fifth held-back résumé set',
  people: buildHoldout5Content(30),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (fifth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  async render(people) {
    await renderChromium(people);
    const forLibreOffice = [];
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-headercontact.docx`), pinDocx(await headerContactDocx(entry, index)));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-sectiongrid.docx`), pinDocx(await sectionGridDocx(entry, index)));
      forLibreOffice.push([`${entry.id}.odtcolumns`, 'odt', odtFor(entry, index)]);
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-notion.md`), notionFor(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-capspipes.txt`), capsPipesFor(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.latex-marginheads.pdf`), pinPdf(typesetLua(latexFor(entry, index))));
    }
    const pdfs = sofficeToPdf(forLibreOffice);
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-odtcolumns.pdf`), pinPdf(pdfs.get(`${entry.id}.odtcolumns`)));
  },
});
