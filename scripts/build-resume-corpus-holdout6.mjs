// Builds the sixth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout6/):
// 30 people (scripts/resume-corpus-holdout6-content.mjs, seeded faker in ten locales no earlier set uses)
// rendered by eight renderers whose layouts no earlier set (resume-corpus, -fresh, -holdout … -holdout5,
// -ko) uses:
// - `html-canvablocks`   Chromium; a Canva-like designer page: blocks placed on a CSS grid in an order
//                        that is not the reading order (the PDF's text comes in the source order: the
//                        languages, then the main column, the skills, the name, the contact block…).
// - `html-datesbelow`    Chromium; a Google-Docs-like single column: the employer (and place) in bold,
//                        the title under it, the dates on a grey line BELOW both.
// - `html-europass2020`  Chromium; the 2020 Europass editor's PDF: blue headings with a rule, labelled
//                        contact lines, each entry's "01/03/2019 – CURRENT City, Country" line above its
//                        title in capitals and the employer, "Mother tongue(s)" / "Other language(s)".
// - `docx-newspaper`     the `docx` package; the head in one column, then a continuous Word section with
//                        TWO newspaper columns (text flows from the left column into the right), a
//                        footer with the name and the page number.
// - `libreoffice-newspaper` that DOCX turned into PDF by LibreOffice headless.
// - `latex-fancyhdr`     LuaLaTeX, roomy 12 pt `article`: a running header (name, "Curriculum Vitae") and a
//                        "Page n of m" footer on every page (fancyhdr, lastpage), KEY SKILLS FIRST, then
//                        experience as run-in entries with the dates flush right.
// - `markdown-githubreadme` a GitHub profile README: centred `<h1>` and `<p>` HTML blocks, contact as
//                        emoji links, `##` sections with emoji, jobs as "**Title** @ Employer" (or
//                        "**Employer** — Title") with an inline-code date, skills as a pipe table.
// - `text-columns`       plain text, 80 columns: a 22-column left gutter holding the dates (or the
//                        skill group, the language), the entry in the right column with its bullets
//                        wrapped under it; section names in capitals over a `=` rule.
// The rendered files are committed (CI needs neither Chromium, LibreOffice nor TeX to read them).
//
// `npx node scripts/build-resume-corpus-holdout6.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so
// in the commit. Needs /usr/bin/chromium, `soffice` (Debian libreoffice-writer) and `lualatex` (Debian
// texlive-luatex, texlive-latex-extra, fonts-lmodern, fonts-dejavu); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, LevelFormat, Packer, PageNumber, Paragraph, SectionType, TabStopType, TextRun,
} from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, certificateText, escapeHtml, labelledLinks, pinDocx, pinPdf, SHORT_MONTHS, sofficeToPdf, typesetLua, withChromiumPrinter, wrapWords as wrap,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout6Content, locationText } from './resume-corpus-holdout6-content.mjs';
import { escapeLatex } from './resume-corpus-latex.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout6');
const FROZEN_ON = '2026-11-30';

// ------------------------------------------------------------------------------------------------
// How one person writes dates, places and links (the same in every renderer but Europass's editor).

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function dateText(date, style) {
  const [year, month] = date.split('-');
  if (!month) return year;
  const m = Number(month) - 1;
  switch (style) {
    case 'upperMon': return `${SHORT_MONTHS[m].toUpperCase()} ${year}`;
    case 'monApos': return `${SHORT_MONTHS[m]} ’${year.slice(2)}`;
    case 'slashShortYear': return `${month}/${year.slice(2)}`;
    case 'yearMonthDot': return `${year}.${month}`;
    case 'romanMonth': return `${ROMAN[m]}.${year}`;
    default: return `${month}/${year}`;
  }
}

/** A job's dates as the person writes them. */
function rangeText({ startDate, endDate }, presentation) {
  const style = presentation.dateStyle;
  // A short engagement within one year, in years only, is written as that year alone.
  if (endDate && startDate === endDate && !startDate.includes('-')) return startDate;
  if (style === 'fromTo') return endDate ? `${dateText(startDate, style)} to ${dateText(endDate, style)}` : `since ${dateText(startDate, style)}`;
  const separator = style === 'upperMon' ? ' — ' : ' – ';
  return `${dateText(startDate, style)}${separator}${endDate ? dateText(endDate, style) : presentation.presentWord}`;
}

/** The Europass editor writes its own dates: DD/MM/YYYY (the day given as 01) or MM/YYYY, and CURRENT. */
function europassRange({ startDate, endDate }, withDay) {
  const one = (date) => {
    const [year, month] = date.split('-');
    return month ? `${withDay ? '01/' : ''}${month}/${year}` : year;
  };
  return `${one(startDate)} – ${endDate ? one(endDate) : 'CURRENT'}`;
}

/** A school's years in the person's style; a degree ending after 2026 is "expected". */
function schoolDates(school, { schoolDateStyle }) {
  const expected = Number(school.endDate) > 2026;
  switch (schoolDateStyle) {
    case 'toRange': return `${school.startDate} to ${school.endDate}${expected ? ' (expected)' : ''}`;
    case 'endOnly': return expected ? `Expected ${school.endDate}` : `Graduated ${school.endDate}`;
    case 'classOf': return `${school.endDate}${expected ? ' (expected)' : ''}`;
    case 'emRange': return `${school.startDate}—${school.endDate}${expected ? ' (expected)' : ''}`;
    default: return `${school.startDate} – ${school.endDate}${expected ? ' (expected)' : ''}`;
  }
}

/** Where the person lives, written their way. */
const homeText = (entry) => locationText([entry.resume.basics.location.city, entry.resume.basics.location.region], entry.presentation.locale, entry.presentation.locationStyle);
/** The job's first and second line as the person orders them. */
const roleFirst = (job, employerFirst) => (employerFirst ? [job.name, job.position] : [job.position, job.name]);
/** Experience and education blocks in the person's order (graduates put education first). */
const inOrder = (entry, experience, education) => (entry.presentation.educationFirst ? [education, experience] : [experience, education]);
const e = escapeHtml;

// ------------------------------------------------------------------------------------------------
// Chromium: a Canva-like page of placed blocks, a Google-Docs-like column, the 2020 Europass PDF

const CANVA_COLOURS = [['#1e3a5f', '#e8eef5'], ['#5b2333', '#f6eae6'], ['#2f4f3a', '#e9f1ea'], ['#3b2f63', '#eeebf7'], ['#7a4a12', '#f7efe2']];

function canvaBlocksPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const [ink, paper] = CANVA_COLOURS[index % CANVA_COLOURS.length];
  const blocks = [];
  // Each block names its grid cell; the source order below is what a PDF reader meets first.
  if (languages.length > 0) blocks.push(`<section class="side" style="grid-row: 4"><h3>Languages</h3>${languages.map((l) => `<p>${e(l.language)}<br><small>${e(l.fluency)}</small></p>`).join('')}</section>`);
  const educationBlock = `<h2>Education</h2>${education.map((school, i) => `<div class="entry"><b>${e(degreePhrases[i])}</b><div>${e(school.institution)}</div><small>${e(schoolDates(school, entry.presentation))}</small>${school.score ? `<small> · ${e(school.score)}</small>` : ''}</div>`).join('')}`;
  const experienceBlock = `<h2>${index % 2 === 0 ? 'Experience' : 'Work Experience'}</h2>${work.map((job) => {
    const [first, second] = roleFirst(job, employerFirst);
    return `<div class="entry"><small class="when">${e(rangeText(job, entry.presentation))}</small><b>${e(first)}</b><div>${e(second)}${job.location ? ` | ${e(job.location)}` : ''}</div>${job.summary ? `<p class="desc">${e(job.summary)}</p>` : ''}${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`;
  }).join('')}`;
  // The main column's blocks are placed by CSS `order` (Chromium writes them in that order too): the summary, then experience and education in the person's order.
  const [educationOrder, experienceOrder] = entry.presentation.educationFirst ? [2, 3] : [3, 2];
  blocks.push(`<section class="main" style="grid-row: 2 / 7"><div style="order: ${educationOrder}">${educationBlock}</div>${basics.summary ? `<div style="order: 1" class="about"><h2>${index % 3 === 0 ? 'About Me' : 'Profile'}</h2><p>${e(basics.summary)}</p></div>` : ''}<div style="order: ${experienceOrder}">${experienceBlock}</div></section>`);
  if (skills.length > 0) {
    const list = flatSkills ? `<ul class="plain">${allSkills(skills).map((skill) => `<li>${e(skill)}</li>`).join('')}</ul>` : skills.map((group) => `<h4>${e(group.name)}</h4><ul class="plain">${group.keywords.map((skill) => `<li>${e(skill)}</li>`).join('')}</ul>`).join('');
    blocks.push(`<section class="side" style="grid-row: 3"><h3>${index % 2 === 0 ? 'Skills' : 'Expertise'}</h3>${list}</section>`);
  }
  blocks.push(`<header style="grid-row: 1; grid-column: 1 / 3"><h1>${e(basics.name)}</h1>${basics.label ? `<div class="label">${e(basics.label)}</div>` : ''}</header>`);
  const contact = [basics.phone, basics.email, homeText(entry), ...labelledLinks(basics).map(([, url]) => bareUrl(url))];
  blocks.push(`<section class="side" style="grid-row: 2"><h3>Contact</h3>${contact.map((item) => `<p>${e(item)}</p>`).join('')}</section>`);
  if (certificates.length > 0) blocks.push(`<section class="side" style="grid-row: 5"><h3>Certificates</h3>${certificates.map((c) => `<p>${e(c.name)}<br><small>${e(c.issuer)}, ${e(c.date)}</small></p>`).join('')}</section>`);
  const body = `<style>body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 8.8pt; color: #222; line-height: 1.35; }
    .page { display: grid; grid-template-columns: 60mm 1fr; grid-template-rows: auto auto auto auto auto 1fr; column-gap: 7mm; }
    header { background: ${ink}; color: #fff; padding: 8mm 9mm 6mm; margin-bottom: 4mm; } h1 { margin: 0; font-size: 24pt; letter-spacing: 2px; text-transform: uppercase; } .label { font-size: 11pt; opacity: .85; letter-spacing: 1px; }
    .side { grid-column: 1; background: ${paper}; padding: 2mm 5mm 2mm 9mm; } .side p { margin: 0 0 1.4mm; word-break: break-word; } .side h3 { font-size: 10pt; text-transform: uppercase; color: ${ink}; margin: 2mm 0 1.5mm; letter-spacing: 1px; } .side h4 { margin: 1.5mm 0 .5mm; font-size: 8.6pt; }
    .main { grid-column: 2; display: flex; flex-direction: column; padding-right: 9mm; } h2 { font-size: 12pt; color: ${ink}; margin: 1mm 0 2mm; border-bottom: 1.5px solid ${ink}; }
    .entry { margin-bottom: 2.6mm; break-inside: avoid; } .when { display: block; color: ${ink}; font-weight: bold; } small { color: #555; } .desc { margin: .5mm 0; color: #555; font-style: italic; }
    ul { margin: .8mm 0 0; padding-left: 4mm; } ul.plain { list-style: none; padding: 0; margin: 0 0 1mm; }</style>
    <div class="page">${blocks.join('\n')}</div>`;
  return [body, { format: index % 2 === 0 ? 'A4' : 'Letter', printBackground: true, margin: { top: '0mm', bottom: '8mm', left: '0mm', right: '0mm' } }];
}

function datesBelowPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const contact = [homeText(entry), basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))];
  const parts = [`<h1>${e(basics.name)}</h1>`];
  if (basics.label) parts.push(`<div class="label">${e(basics.label)}</div>`);
  parts.push(`<div class="contact">${contact.map(e).join(' · ')}</div>`);
  if (basics.summary) parts.push(`<h2>${index % 2 === 0 ? 'Summary' : 'Professional Summary'}</h2><p>${e(basics.summary)}</p>`);
  const experience = [`<h2>${index % 3 === 0 ? 'Employment' : 'Experience'}</h2>`, ...work.map((job) => {
    // Employer-first people write "Employer, place" in bold and the title under it; the others the reverse.
    const [first, second] = roleFirst(job, employerFirst);
    const top = employerFirst ? `${first}${job.location ? `, ${job.location}` : ''}` : first;
    const under = employerFirst ? second : `${second}${job.location ? `, ${job.location}` : ''}`;
    return `<div class="entry"><div class="top">${e(top)}</div><div class="under">${e(under)}</div><div class="when">${e(rangeText(job, entry.presentation))}</div>${job.summary ? `<p>${e(job.summary)}</p>` : ''}${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`;
  })].join('');
  const educationPart = [`<h2>Education</h2>`, ...education.map((school, i) => `<div class="entry"><div class="top">${e(school.institution)}</div><div class="under">${e(degreePhrases[i])}${school.score ? ` (${e(school.score)})` : ''}</div><div class="when">${e(schoolDates(school, entry.presentation))}</div></div>`)].join('');
  parts.push(...inOrder(entry, experience, educationPart));
  if (skills.length > 0) {
    parts.push(`<h2>${index % 2 === 0 ? 'Skills' : 'Skills and Tools'}</h2>`);
    if (flatSkills) parts.push(`<p>${e(allSkills(skills).join(', '))}</p>`);
    else parts.push(...skills.map((group) => `<p><b>${e(group.name)}:</b> ${e(group.keywords.join(', '))}</p>`));
  }
  if (languages.length > 0) parts.push('<h2>Languages</h2>', `<p>${languages.map((l) => `${e(l.language)} – ${e(l.fluency)}`).join('; ')}</p>`);
  if (certificates.length > 0) parts.push('<h2>Certifications</h2>', `<ul>${certificates.map((c) => `<li>${e(certificateText(c))}</li>`).join('')}</ul>`);
  const body = `<style>body { margin: 0; font-family: 'DejaVu Serif', serif; font-size: 10pt; color: #000; line-height: 1.3; }
    h1 { font-family: 'Liberation Sans', sans-serif; font-size: 20pt; margin: 0; } .label { font-size: 11pt; color: #444; } .contact { font-size: 9pt; margin: 1mm 0 3mm; color: #333; }
    h2 { font-family: 'Liberation Sans', sans-serif; font-size: 12pt; margin: 4mm 0 1.5mm; color: #1155cc; } p { margin: 0 0 1mm; }
    .entry { margin-bottom: 2.5mm; } .top { font-weight: bold; } .under { font-style: italic; } .when { color: #666; font-size: 9pt; } ul { margin: .5mm 0 0; padding-left: 5mm; }</style>
    ${parts.join('\n')}`;
  return [body, { format: index % 2 === 0 ? 'Letter' : 'A4', margin: { top: '18mm', bottom: '18mm', left: '20mm', right: '20mm' } }];
}

function europassPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases } = entry.presentation;
  const withDay = index % 2 === 0;
  const contact = [
    ['Phone number', basics.phone], ['Email address', basics.email],
    ...labelledLinks(basics).map(([label, url]) => [label === 'Website' ? 'Website' : label, bareUrl(url)]),
    ['Home', homeText(entry)],
  ];
  const section = (title, html) => `<h2>${title}</h2>${html}`;
  const parts = [`<header><h1>${e(basics.name)}</h1>${basics.label ? `<div class="label">${e(basics.label)}</div>` : ''}<div class="contact">${contact.map(([label, value]) => `<span><b>${e(label)}:</b> ${e(value)}</span>`).join('')}</div></header>`];
  if (basics.summary) parts.push(section('About myself', `<p>${e(basics.summary)}</p>`));
  parts.push(section('Work experience', work.map((job) => `<div class="entry"><div class="when">${e(europassRange(job, withDay))}${job.location ? ` <span class="where">${e(job.location)}</span>` : ''}</div><div class="what">${e(job.position)}</div><div class="org">${e(job.name)}</div>${job.summary ? `<p>${e(job.summary)}</p>` : ''}${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`).join('')));
  parts.push(section('Education and training', education.map((school, i) => `<div class="entry"><div class="when">${e(school.startDate ? `${school.startDate} – ${school.endDate}` : school.endDate)}</div><div class="what">${e(degreePhrases[i])}</div><div class="org">${e(school.institution)}</div>${school.score ? `<p>Final grade: ${e(school.score)}</p>` : ''}</div>`).join('')));
  if (languages.length > 0) {
    const [mother, ...others] = languages;
    parts.push(section('Language skills', `<p class="lang">Mother tongue(s): <b>${e(mother.language.toUpperCase())}</b></p>${others.length > 0 ? `<p class="lang">Other language(s):</p>${others.map((l) => `<p class="lang"><b>${e(l.language.toUpperCase())}</b> ${e(l.fluency)}</p>`).join('')}` : ''}`));
  }
  if (skills.length > 0) parts.push(section('Skills', skills.map((group) => `<p><b>${e(group.name)}</b><br>${e(group.keywords.join(' | '))}</p>`).join('')));
  if (certificates.length > 0) parts.push(section('Honours and awards', certificates.map((c) => `<div class="entry"><div class="when">${e(c.date)}</div><div class="org">${e(c.name)} – ${e(c.issuer)}</div></div>`).join('')));
  const body = `<style>body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #333; line-height: 1.35; }
    header { border-bottom: 1px solid #0c4da2; padding-bottom: 3mm; } h1 { margin: 0; font-size: 19pt; color: #0c4da2; } .label { font-size: 10pt; }
    .contact span { display: inline-block; margin: 1mm 5mm 0 0; } h2 { font-size: 10.5pt; color: #0c4da2; text-transform: uppercase; margin: 5mm 0 2mm; border-bottom: 1px solid #0c4da2; padding-bottom: .5mm; }
    .entry { margin-bottom: 3mm; } .when { font-size: 8pt; color: #555; } .where { margin-left: 2mm; } .what { font-weight: bold; text-transform: uppercase; color: #111; } .org { color: #111; }
    p { margin: .6mm 0; } .lang { margin: .3mm 0; } ul { margin: 1mm 0 0; padding-left: 5mm; }</style>
    ${parts.join('\n')}`;
  return [body, { format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '18mm', right: '18mm' } }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-canvablocks.pdf`), pinPdf(await print(...canvaBlocksPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-datesbelow.pdf`), pinPdf(await print(...datesBelowPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-europass2020.pdf`), pinPdf(await print(...europassPage(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// DOCX: the head in one column, the rest in two newspaper columns (the `docx` package)

const bulletNumbering = { config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 280, hanging: 200 } } } }] }] };
const bullet = (text) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(text)] });
const para = (text, run = {}, paragraph = {}) => new Paragraph({ ...paragraph, children: [new TextRun({ text, ...run })] });
const link = (url, text) => new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] });

function newspaperDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const accent = ['1F4E79', '385723', '7030A0'][index % 3];
  const heading = (text) => para(text.toUpperCase(), { bold: true, size: 20, color: accent }, { spacing: { before: 160, after: 60 }, keepNext: true, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: accent, space: 1 } } });
  const head = [para(basics.name, { bold: true, size: 40, color: accent }, { spacing: { after: 0 } })];
  if (basics.label) head.push(para(basics.label, { size: 24, color: '444444' }));
  head.push(new Paragraph({ spacing: { after: 60 }, children: [new TextRun(`${homeText(entry)} | ${basics.phone} | `), link(`mailto:${basics.email}`, basics.email)] }));
  const links = labelledLinks(basics);
  if (links.length > 0) head.push(new Paragraph({ children: links.flatMap(([label, url], i) => [new TextRun(`${i > 0 ? ' | ' : ''}${label}: `), link(url, bareUrl(url))]) }));
  if (basics.summary) head.push(para(basics.summary, { italics: true }, { spacing: { before: 120, after: 120 } }));
  const experience = [heading(index % 2 === 0 ? 'Experience' : 'Professional Experience')];
  for (const job of work) {
    const [first, second] = roleFirst(job, employerFirst);
    experience.push(para(first, { bold: true }, { keepNext: true, spacing: { before: 100, after: 0 } }), para(second, {}, { keepNext: true, spacing: { after: 0 } }));
    experience.push(para([rangeText(job, entry.presentation), job.location].filter(Boolean).join(' · '), { color: '666666', size: 17 }, { keepNext: job.highlights.length > 0 }));
    if (job.summary) experience.push(para(job.summary, { italics: true }));
    experience.push(...job.highlights.map(bullet));
  }
  const educationPart = [heading('Education')];
  education.forEach((school, i) => {
    educationPart.push(para(degreePhrases[i], { bold: true }, { keepNext: true, spacing: { before: 80, after: 0 } }), para(school.institution, {}, { keepNext: true, spacing: { after: 0 } }), para(schoolDates(school, entry.presentation), { color: '666666', size: 17 }));
    if (school.score) educationPart.push(para(school.score, { italics: true }));
  });
  const body = inOrder(entry, experience, educationPart).flat();
  if (skills.length > 0) {
    body.push(heading(index % 2 === 0 ? 'Skills' : 'Core Skills'));
    if (flatSkills) body.push(...allSkills(skills).map(bullet));
    else for (const group of skills) body.push(para(group.name, { bold: true }, { keepNext: true }), para(group.keywords.join(', ')));
  }
  if (languages.length > 0) body.push(heading('Languages'), ...languages.map((l) => new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 1700 }], children: [new TextRun({ text: l.language, bold: true }), new TextRun(`\t${l.fluency}`)] })));
  if (certificates.length > 0) body.push(heading('Certificates'), ...certificates.map((c) => bullet(certificateText(c))));
  const size = index % 2 === 0 ? { width: 11906, height: 16838 } : { width: 12240, height: 15840 };
  const margin = { top: 1000, bottom: 1000, left: 1000, right: 1000, footer: 500 };
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${basics.name} – CV – page `, size: 16, color: '888888' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '888888' })] })] });
  return Packer.toBuffer(new Document({
    creator: 'Candor sixth held-back résumé set',
    title: `CV ${basics.name}`,
    styles: {
      default: { document: { run: { font: index % 2 === 0 ? 'Calibri' : 'Cambria', size: 19 }, paragraph: { spacing: { after: 40 } } } },
      characterStyles: [{ id: 'Hyperlink', name: 'Hyperlink', run: { color: '0563C1', underline: {} } }],
    },
    numbering: bulletNumbering,
    sections: [
      { properties: { page: { size, margin } }, footers: { default: footer }, children: head },
      { properties: { type: SectionType.CONTINUOUS, page: { size, margin }, column: { count: 2, space: 567, separate: index % 3 === 0, equalWidth: true } }, footers: { default: footer }, children: body },
    ],
  }));
}

// ------------------------------------------------------------------------------------------------
// LuaLaTeX: running header and "Page n of m" footer, key skills first

function latexFor(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const x = escapeLatex;
  const dashes = (text) => x(text).replace(/ – /g, ' -- ').replace(/ — /g, ' --- ').replace(/(\d)—(\d)/g, '$1---$2');
  const list = (items) => (items.length > 0 ? `\\begin{itemize}\n${items.map((item) => `  \\item ${x(item)}`).join('\n')}\n\\end{itemize}` : '');
  const links = labelledLinks(basics).map(([, url]) => `\\href{${url.replace(/[%#]/g, '\\$&')}}{${x(bareUrl(url))}}`);
  const lines = [
    `{\\centering{\\fontsize{22}{26}\\selectfont ${x(basics.name)}}\\par`,
    basics.label ? `\\medskip{\\large\\itshape ${x(basics.label)}}\\par` : '',
    `\\medskip ${[x(homeText(entry)), x(basics.phone), `\\href{mailto:${basics.email}}{${x(basics.email)}}`].join(' \\enspace$\\cdot$\\enspace ')}\\par`,
    links.length > 0 ? `${links.join(' \\enspace$\\cdot$\\enspace ')}\\par` : '',
    '}\\bigskip',
  ];
  if (basics.summary) lines.push(`\\section*{${index % 2 === 0 ? 'Profile' : 'Personal Statement'}}`, `${x(basics.summary)}\\par`);
  if (skills.length > 0) {
    lines.push(`\\section*{${index % 2 === 0 ? 'Key Skills' : 'Core Competencies'}}`);
    if (flatSkills) lines.push(`\\begin{multicols}{3}\\raggedright\n${allSkills(skills).map((skill) => `${x(skill)}\\par`).join('\n')}\n\\end{multicols}`);
    else lines.push(...skills.map((group) => `\\textbf{${x(group.name)}:} ${group.keywords.map(x).join(', ')}\\par`));
  }
  const experience = [`\\section*{${index % 3 === 0 ? 'Career History' : 'Experience'}}`];
  for (const job of work) {
    const [first, second] = roleFirst(job, employerFirst);
    experience.push(`\\textbf{${x(first)}}, \\emph{${x(second)}}${job.location ? `, ${x(job.location)}` : ''}\\hfill ${dashes(rangeText(job, entry.presentation))}\\par`);
    if (job.summary) experience.push(`{\\small ${x(job.summary)}}\\par`);
    experience.push(`${list(job.highlights)}\\bigskip`);
  }
  const educationPart = ['\\section*{Education}'];
  education.forEach((school, i) => {
    educationPart.push(`\\textbf{${x(degreePhrases[i])}}, ${x(school.institution)}\\hfill ${dashes(schoolDates(school, entry.presentation))}\\par${school.score ? `{\\small ${x(school.score)}}\\par` : ''}\\smallskip`);
  });
  lines.push(...inOrder(entry, experience, educationPart).flat());
  if (languages.length > 0) lines.push('\\section*{Languages}', `${languages.map((l) => `${x(l.language)}: ${x(l.fluency)}`).join('; ')}\\par`);
  if (certificates.length > 0) lines.push('\\section*{Certificates}', list(certificates.map(certificateText)));
  return `\\documentclass[${index % 2 === 0 ? '12pt,a4paper' : '12pt,letterpaper'}]{article}
\\usepackage[margin=${index % 2 === 0 ? '2.7cm' : '1.1in'},headheight=15pt]{geometry}
\\linespread{1.2}
\\usepackage{fontspec}\\directlua{luaotfload.add_fallback('cvfallback', {'DejaVu Serif:mode=node;'})}\\setmainfont{${index % 3 === 2 ? 'Liberation Serif' : 'Latin Modern Roman'}}[RawFeature={fallback=cvfallback}]
\\usepackage{enumitem}\\setlist[itemize]{leftmargin=1.5em,itemsep=2pt,topsep=3pt}
\\usepackage{multicol}
\\usepackage{titlesec}\\titleformat{\\section}{\\large\\scshape}{}{0pt}{}[\\titlerule]\\titlespacing*{\\section}{0pt}{12pt}{6pt}
\\usepackage{fancyhdr}\\usepackage{lastpage}
\\pagestyle{fancy}\\fancyhf{}\\lhead{\\small ${x(basics.name)}}\\rhead{\\small Curriculum Vitae}\\cfoot{\\small Page \\thepage\\ of \\pageref*{LastPage}}
\\usepackage[hidelinks]{hyperref}\\urlstyle{same}
\\setlength{\\parindent}{0pt}
\\hyphenpenalty=10000\\exhyphenpenalty=10000
\\begin{document}
${lines.filter(Boolean).join('\n')}
\\end{document}
`;
}

// ------------------------------------------------------------------------------------------------
// A GitHub profile README, and plain text in two aligned columns

function readmeFor(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const out = ['<h1 align="center">', `  ${basics.name}`, '</h1>', ''];
  if (basics.label) out.push(`<p align="center"><b>${basics.label}</b></p>`, '');
  const contact = [`📍 ${homeText(entry)}`, `📞 ${basics.phone}`, `✉️ [${basics.email}](mailto:${basics.email})`, ...labelledLinks(basics).map(([label, url]) => `🔗 [${label}](${url})`)];
  out.push(`<p align="center">`, contact.join(' · '), '</p>', '');
  if (basics.summary) out.push(index % 2 === 0 ? '## 👋 About me' : '## About', '', basics.summary, '');
  const experience = [index % 2 === 0 ? '## 💼 Experience' : '## Work', ''];
  for (const job of work) {
    experience.push(employerFirst ? `**${job.name}** — ${job.position}  ` : `**${job.position}** @ ${job.name}  `, `\`${rangeText(job, entry.presentation)}\`${job.location ? ` · ${job.location}` : ''}`, '');
    if (job.summary) experience.push(`_${job.summary}_`, '');
    if (job.highlights.length > 0) experience.push(...job.highlights.map((h) => `* ${h}`), '');
  }
  const educationPart = [index % 2 === 0 ? '## 🎓 Education' : '## Education', ''];
  education.forEach((school, i) => {
    educationPart.push(`**${degreePhrases[i]}** — ${school.institution}  `, `\`${schoolDates(school, entry.presentation)}\`${school.score ? ` · ${school.score}` : ''}`, '');
  });
  out.push(...inOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    out.push(index % 2 === 0 ? '## 🧰 Skills' : '## Skills', '');
    if (flatSkills) out.push(allSkills(skills).join(' · '), '');
    else out.push('| Area | Skills |', '| --- | --- |', ...skills.map((group) => `| ${group.name} | ${group.keywords.join(', ')} |`), '');
  }
  if (languages.length > 0) out.push(index % 2 === 0 ? '## 🗣️ Languages' : '## Languages', '', ...languages.map((l) => `* **${l.language}** – ${l.fluency}`), '');
  if (certificates.length > 0) out.push(index % 2 === 0 ? '## 📜 Certificates' : '## Certificates', '', ...certificates.map((c) => `* ${certificateText(c)}`), '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

const GUTTER = 22;
const WIDTH = 80;

function columnsFor(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const right = WIDTH - GUTTER;
  /** One row: `left` in the gutter (wrapped inside it if long), the right column's lines beside it. */
  const row = (left, rightLines) => {
    const leftLines = wrap(left, GUTTER - 2);
    return Array.from({ length: Math.max(leftLines.length, rightLines.length) }, (_, i) => `${(leftLines[i] ?? '').padEnd(GUTTER)}${rightLines[i] ?? ''}`.trimEnd());
  };
  const bulletLines = (text) => wrap(text, right - 2).map((line, i) => `${i === 0 ? '- ' : '  '}${line}`);
  const out = [index % 2 === 0 ? basics.name.toUpperCase() : basics.name];
  if (basics.label) out.push(basics.label);
  out.push('', ...row('Address', [homeText(entry)]), ...row('Phone', [basics.phone]), ...row('E-mail', [basics.email]));
  for (const [label, url] of labelledLinks(basics)) out.push(...row(label, [bareUrl(url)]));
  const section = (name) => ['', name.toUpperCase(), '='.repeat(WIDTH), ''];
  if (basics.summary) out.push(...section(index % 2 === 0 ? 'Profile' : 'Summary'), ...wrap(basics.summary, WIDTH));
  const experience = section(index % 3 === 1 ? 'Employment History' : 'Work Experience');
  for (const [n, job] of work.entries()) {
    const [first, second] = roleFirst(job, employerFirst);
    const lines = [...wrap(first, right), ...wrap(`${second}${job.location ? `, ${job.location}` : ''}`, right)];
    if (job.summary) lines.push(...wrap(job.summary, right));
    for (const highlight of job.highlights) lines.push(...bulletLines(highlight));
    if (n > 0) experience.push('');
    experience.push(...row(rangeText(job, entry.presentation), lines));
  }
  const educationPart = section(index % 2 === 0 ? 'Education' : 'Education and Training');
  education.forEach((school, i) => {
    if (i > 0) educationPart.push('');
    educationPart.push(...row(schoolDates(school, entry.presentation), [...wrap(degreePhrases[i], right), ...wrap(school.institution, right), ...(school.score ? wrap(school.score, right) : [])]));
  });
  out.push(...inOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    out.push(...section(index % 2 === 0 ? 'Skills' : 'Technical Skills'));
    if (flatSkills) out.push(...row('', wrap(allSkills(skills).join(', '), right)));
    else for (const group of skills) out.push(...row(group.name, wrap(group.keywords.join(', '), right)));
  }
  if (languages.length > 0) out.push(...section('Languages'), ...languages.flatMap((l) => row(l.language, [l.fluency])));
  if (certificates.length > 0) out.push(...section('Certificates'), ...certificates.flatMap((c) => row(c.date, wrap(`${c.name}, ${c.issuer}`, right))));
  return `${out.join('\n')}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-canvablocks': 'pdf', 'html-datesbelow': 'pdf', 'html-europass2020': 'pdf', 'docx-newspaper': 'docx',
  'libreoffice-newspaper': 'pdf', 'latex-fancyhdr': 'pdf', 'markdown-githubreadme': 'md', 'text-columns': 'txt',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'sixth held-back résumé set',
  people: buildHoldout6Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (sixth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  async render(people) {
    await renderChromium(people);
    const forLibreOffice = [];
    for (const [index, entry] of people.entries()) {
      const docx = pinDocx(await newspaperDocx(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-newspaper.docx`), docx);
      forLibreOffice.push([`${entry.id}.newspaper`, 'docx', docx]);
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-githubreadme.md`), readmeFor(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-columns.txt`), columnsFor(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.latex-fancyhdr.pdf`), pinPdf(typesetLua(latexFor(entry, index), { runs: 2 })));
    }
    const pdfs = sofficeToPdf(forLibreOffice);
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-newspaper.pdf`), pinPdf(pdfs.get(`${entry.id}.newspaper`)));
  },
});
