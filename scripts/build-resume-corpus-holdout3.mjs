// Builds the third held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout3/):
// 30 people (scripts/resume-corpus-holdout3-content.mjs, seeded faker in ten locales) rendered by
// eight renderers whose templates no earlier set (resume-corpus, -fresh, -holdout, -holdout2, -ko) uses:
// - `docx-pagetable`   the `docx` package; a Word-template-style page that is one borderless two-column
//                      TABLE: a shaded narrow left cell (contact, skills, languages, certificates) and a
//                      wide right cell (profile, experience, education); the name either in a merged
//                      top row or at the top of the right cell (Liberation Sans).
// - `libreoffice-pagetable` that DOCX with DejaVu Sans Condensed, turned into PDF by LibreOffice.
// - `html-canva`       Chromium; a colourful "Canva"-like page: a coloured LEFT sidebar with an initials
//                      badge, contact after icons, skills with rating bars, languages with rating dots and
//                      the level; section icons; headings in a condensed display face (Latin Modern Sans Demi Cond).
// - `html-twopage`     Chromium; a two-page résumé with a running page header (name + "Page n of N") and
//                      an experience TABLE with columns Dates | Role | Organisation (header row repeated on
//                      page 2); education, skills and languages on page 2 (Liberation Serif).
// - `html-linkedin`    Chromium; a LinkedIn "Save to PDF"-like profile export: grey left column (Contact,
//                      Top Skills, Languages with levels in parentheses, Certifications), employer first,
//                      LinkedIn's own "Month YYYY - Present (n years m months)" dates, "Page n of N" footer.
// - `latex-banking`    LuaLaTeX, TeX Live's moderncv class in its `banking` style (centred header, contact
//                      line under the name, "title, employer, place … dates" lines), Latin Modern Sans.
// - `text-margin`      plain text: a centred header, section names in a 14-column left margin, dates
//                      right-aligned on the entry's first line, bullets wrapped at 78 with a hanging indent.
// - `markdown-frontmatter` Markdown with a YAML front matter (name, headline, contact), `### Title @ Employer`
//                      headings with `*dates · place*` lines, pandoc definition lists for skills and
//                      languages (or inline-code skill lists).
// The rendered files are committed (CI needs neither Chromium, LibreOffice nor TeX to read them).
//
// `npx node scripts/build-resume-corpus-holdout3.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so
// in the commit. Needs /usr/bin/chromium, `soffice` (Debian libreoffice-writer) and `lualatex` (Debian
// texlive-luatex, texlive-latex-extra for moderncv, fonts-lmodern); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, LevelFormat, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import {
  bareUrl, buildHeldBackSet, escapeHtml, FULL_MONTHS, pinDocx, pinPdf, SHORT_MONTHS, sofficeToPdf, typesetLua, withChromiumPrinter, wrapWords as wrap,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout3Content, locationText } from './resume-corpus-holdout3-content.mjs';
import { escapeLatex } from './resume-corpus-latex.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout3');
const FROZEN_ON = '2026-11-30';

// ------------------------------------------------------------------------------------------------
// How one person writes dates, places and links (kept the same by every renderer but html-linkedin,
// whose dates are LinkedIn's own).

function dateText(date, style) {
  const [year, month] = date.split('-');
  if (!month) return year;
  const m = Number(month) - 1;
  switch (style) {
    case 'monShort': return `${SHORT_MONTHS[m]} ${year}`;
    case 'slashNow': return `${month}/${year}`;
    case 'dottedMonth': return `${month}.${year}`;
    case 'fullMonthTo': return `${FULL_MONTHS[m]} ${year}`;
    case 'monthYearDash': return `${SHORT_MONTHS[m].toUpperCase()} ${year}`;
    default: return `${year}-${month}`;
  }
}

function rangeText({ startDate, endDate }, presentation) {
  const style = presentation.dateStyle;
  const separator = { fullMonthTo: ' to ', monthYearDash: ' — ' }[style] ?? ' – ';
  return `${dateText(startDate, style)}${separator}${endDate ? dateText(endDate, style) : presentation.presentWord}`;
}

function schoolDates(school, presentation) {
  switch (presentation.schoolDateStyle) {
    case 'season': return `Autumn ${school.startDate} – Spring ${school.endDate}`;
    case 'endOnly': return school.endDate;
    case 'parenRange': return `(${school.startDate}–${school.endDate})`;
    case 'toRange': return `${school.startDate} to ${school.endDate}`;
    default: return `${school.startDate} – ${school.endDate}`;
  }
}

/** Where the person lives, written their way (Kraków, Małopolskie · Kraków, Poland · Kraków, PL · Kraków). */
const homeText = (entry) => locationText([entry.resume.basics.location.city, entry.resume.basics.location.region], entry.presentation.locale, entry.presentation.locationStyle);

/** [label, url] for the person's site and each profile. */
const labelledLinks = (basics) => [...(basics.url ? [['Website', basics.url]] : []), ...(basics.profiles ?? []).map((profile) => [profile.network, profile.url])];
const certificateText = (certificate) => `${certificate.name} — ${certificate.issuer}, ${certificate.date}`;
const allSkills = (skills) => skills.flatMap((group) => group.keywords);
/** A decorative rating (bars, dots) for the n-th item: not part of the truth. */
const rating = (n, steps) => steps - ((n * 7 + 3) % Math.ceil(steps / 2));
/** How many of five dots a language level fills (Canva-style rating). */
function fluencyDots(fluency) {
  if (/native|mother|first/i.test(fluency)) return 5;
  if (/fluent|C1|professional/i.test(fluency)) return 4;
  if (/B2|good|conversational/i.test(fluency)) return 3;
  return 2;
}
const e = escapeHtml;

// ------------------------------------------------------------------------------------------------
// Chromium themes: each returns the page body and its PDF options.

const ICONS = {
  phone: '<path d="M3 1h3l1.5 4-2 1.2a9 9 0 0 0 4.3 4.3L11 8.5l4 1.5v3a2 2 0 0 1-2 2A13 13 0 0 1 1 3a2 2 0 0 1 2-2z"/>',
  mail: '<path d="M1 3h14v10H1z M1 3l7 6 7-6" fill="none" stroke="currentColor" stroke-width="1.4"/>',
  pin: '<path d="M8 1a5 5 0 0 1 5 5c0 4-5 9-5 9S3 10 3 6a5 5 0 0 1 5-5zm0 3a2 2 0 1 0 0 4 2 2 0 0 0 0-4z"/>',
  link: '<path d="M6.5 9.5l3-3M5 7L3 9a2.5 2.5 0 0 0 3.5 3.5l2-2M11 9l2-2A2.5 2.5 0 0 0 9.5 3.5l-2 2" fill="none" stroke="currentColor" stroke-width="1.5"/>',
  user: '<circle cx="8" cy="5" r="3.2"/><path d="M2 15c0-3.5 2.7-5.5 6-5.5s6 2 6 5.5z"/>',
  case: '<path d="M1 5h14v9H1z M5.5 5V3h5v2" fill="none" stroke="currentColor" stroke-width="1.5"/>',
  cap: '<path d="M8 2L0 6l8 4 8-4z M3.5 8v3.5c2.5 2 6.5 2 9 0V8L8 10.5z"/>',
  award: '<circle cx="8" cy="6" r="4.5"/><path d="M5 9.5L4 15l4-2 4 2-1-5.5z"/>',
};
const svg = (name, size) => `<svg class="ic" viewBox="0 0 16 16" width="${size}" height="${size}" aria-hidden="true">${ICONS[name]}</svg>`;

const CANVA_COLOURS = [['#0f766e', '#ccfbf1'], ['#7c2d12', '#ffedd5'], ['#4c1d95', '#ede9fe'], ['#9d174d', '#fce7f3'], ['#1e3a8a', '#dbeafe']];

/** Coloured left sidebar with an initials badge, rating bars and dots, section icons, a display face. */
function canvaPage(entry, index) {
  const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const [dark, light] = CANVA_COLOURS[index % CANVA_COLOURS.length];
  const initials = basics.name.split(' ').map((part) => part[0]).join('').slice(0, 2);
  const bar = (n) => `<div class="bar"><i style="width:${rating(n, 10) * 10}%"></i></div>`;
  const dots = (fluency) => `<span class="dots">${Array.from({ length: 5 }, (_, i) => `<i class="${i < fluencyDots(fluency) ? 'on' : ''}"></i>`).join('')}</span>`;
  const side = [`<div class="badge">${e(initials)}</div><h1>${e(basics.name)}</h1>${basics.label ? `<div class="label">${e(basics.label)}</div>` : ''}`];
  side.push('<h3>Contact</h3><ul class="contact">', `<li>${svg('phone', 10)} ${e(basics.phone)}</li>`, `<li>${svg('mail', 10)} ${e(basics.email)}</li>`, `<li>${svg('pin', 10)} ${e(homeText(entry))}</li>`);
  for (const [, url] of labelledLinks(basics)) side.push(`<li>${svg('link', 10)} ${e(bareUrl(url))}</li>`);
  side.push('</ul>');
  if (flatSkills) {
    side.push(`<h3>${index % 2 === 0 ? 'Skills' : 'Expertise'}</h3>`, ...allSkills(skills).map((skill, n) => `<div class="skill">${e(skill)}${bar(n)}</div>`));
  } else {
    for (const group of skills) side.push(`<h3>${e(group.name)}</h3>`, ...group.keywords.map((skill, n) => `<div class="skill">${e(skill)}${bar(n + group.name.length)}</div>`));
  }
  if (languages.length > 0) side.push('<h3>Languages</h3>', ...languages.map((l) => `<div class="lang"><span>${e(l.language)}</span>${dots(l.fluency)}<small>${e(l.fluency)}</small></div>`));
  const head = (icon, text) => `<h2><span class="round">${svg(icon, 11)}</span>${e(text)}</h2>`;
  const main = [];
  if (basics.summary) main.push(head('user', index % 2 === 0 ? 'About Me' : 'Profile'), `<p>${e(basics.summary)}</p>`);
  main.push(head('case', index % 3 === 0 ? 'Work Experience' : 'Experience'));
  for (const job of work) {
    const [first, second] = employerFirst ? [job.name, job.position] : [job.position, job.name];
    main.push(`<div class="job"><div class="top"><b>${e(first)}</b><span class="pill">${e(rangeText(job, entry.presentation))}</span></div><div class="sub">${e(second)}${job.location ? ` · ${e(job.location)}` : ''}</div>`);
    if (job.summary) main.push(`<div class="desc">${e(job.summary)}</div>`);
    if (job.highlights.length > 0) main.push(`<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>`);
    main.push('</div>');
  }
  main.push(head('cap', 'Education'));
  education.forEach((school, i) => main.push(`<div class="job"><div class="top"><b>${e(degreePhrases[i])}</b><span class="pill">${e(schoolDates(school, entry.presentation))}</span></div><div class="sub">${e(school.institution)}</div>${school.score ? `<div class="desc">${e(school.score)}</div>` : ''}</div>`));
  if (certificates.length > 0) main.push(head('award', 'Certificates'), `<ul>${certificates.map((c) => `<li>${e(certificateText(c))}</li>`).join('')}</ul>`);
  const body = `<style>@page { margin: 0; } body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 9.2pt; color: #1f2933; line-height: 1.38; }
    .page { display: grid; grid-template-columns: 68mm 1fr; min-height: 297mm; } .side { background: ${dark}; color: #fff; padding: 12mm 7mm 10mm 8mm; } .main { padding: 12mm 12mm 10mm 9mm; }
    .badge { width: 22mm; height: 22mm; border-radius: 50%; background: ${light}; color: ${dark}; font: 20pt 'Latin Modern Sans Demi Cond', sans-serif; display: flex; align-items: center; justify-content: center; margin-bottom: 5mm; }
    h1 { font-family: 'Latin Modern Sans Demi Cond', sans-serif; font-size: 24pt; line-height: 1.05; margin: 0; text-transform: uppercase; letter-spacing: 1px; } .label { color: ${light}; font-size: 11pt; margin-top: 3px; }
    h3 { font-family: 'Latin Modern Sans Demi Cond', sans-serif; font-size: 12pt; text-transform: uppercase; letter-spacing: 1.5px; margin: 7mm 0 2mm; border-bottom: 1px solid ${light}; padding-bottom: 1mm; }
    .contact { list-style: none; margin: 0; padding: 0; } .contact li { margin-bottom: 1.6mm; overflow-wrap: anywhere; } .ic { fill: currentColor; vertical-align: -1px; }
    .skill { margin-bottom: 2mm; } .bar { height: 2.2mm; background: rgba(255,255,255,.25); border-radius: 2mm; margin-top: .6mm; } .bar i { display: block; height: 100%; background: ${light}; border-radius: 2mm; }
    .lang { margin-bottom: 2.2mm; } .lang span:first-child { display: inline-block; width: 27mm; } .dots i { display: inline-block; width: 2.4mm; height: 2.4mm; border-radius: 50%; border: 1px solid ${light}; margin-right: 1mm; } .dots i.on { background: ${light}; } .lang small { display: block; opacity: .85; }
    h2 { font-family: 'Latin Modern Sans Demi Cond', sans-serif; font-size: 16pt; color: ${dark}; text-transform: uppercase; letter-spacing: 1px; margin: 6mm 0 2.5mm; display: flex; align-items: center; }
    .round { width: 7mm; height: 7mm; border-radius: 50%; background: ${dark}; color: #fff; display: inline-flex; align-items: center; justify-content: center; margin-right: 2.5mm; }
    .job { margin-bottom: 4mm; break-inside: avoid; } .top { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; } .top b { font-size: 10.5pt; color: ${dark}; }
    .pill { background: ${light}; color: ${dark}; border-radius: 3mm; padding: .3mm 2.5mm; font-size: 8pt; white-space: nowrap; } .sub { font-weight: bold; color: #52606d; } .desc { font-style: italic; color: #52606d; }
    ul { margin: 1mm 0 0; padding-left: 4.5mm; } p { margin: 0; }</style>
    <div class="page"><div class="side">${side.join('\n')}</div><div class="main">${main.join('\n')}</div></div>`;
  return [body, { format: 'A4', printBackground: true }];
}

/** Two pages: running header (name, page n of N), an experience table Dates | Role | Organisation. */
function twoPage(entry, index) {
  const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
  const { degreePhrases, flatSkills } = entry.presentation;
  const contact = [homeText(entry), basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))];
  const parts = [`<header><h1>${e(basics.name)}</h1>${basics.label ? `<div class="label">${e(basics.label)}</div>` : ''}<div class="contact">${contact.map((item) => `<span>${e(item)}</span>`).join('')}</div></header>`];
  if (basics.summary) parts.push(`<h2>${index % 2 === 0 ? 'Personal Profile' : 'Summary'}</h2><p>${e(basics.summary)}</p>`);
  parts.push(`<h2>${index % 2 === 0 ? 'Employment' : 'Professional Experience'}</h2><table class="jobs"><thead><tr><th class="d">Dates</th><th>Role</th><th class="o">Organisation</th></tr></thead><tbody>`);
  for (const job of work) {
    const details = [job.summary ? `<div class="desc">${e(job.summary)}</div>` : '', job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''].join('');
    parts.push(`<tr><td class="d">${e(rangeText(job, entry.presentation))}</td><td><b>${e(job.position)}</b>${details}</td><td class="o">${e(job.name)}${job.location ? `<br><i>${e(job.location)}</i>` : ''}</td></tr>`);
  }
  parts.push('</tbody></table>');
  parts.push('<h2 class="newpage">Education and Training</h2><table class="jobs"><thead><tr><th class="d">Dates</th><th>Qualification</th><th class="o">Institution</th></tr></thead><tbody>');
  education.forEach((school, i) => parts.push(`<tr><td class="d">${e(schoolDates(school, entry.presentation))}</td><td><b>${e(degreePhrases[i])}</b>${school.score ? `<div class="desc">${e(school.score)}</div>` : ''}</td><td class="o">${e(school.institution)}</td></tr>`));
  parts.push('</tbody></table>');
  if (certificates.length > 0) parts.push('<h2>Professional Qualifications</h2><ul>', ...certificates.map((c) => `<li>${e(certificateText(c))}</li>`), '</ul>');
  parts.push(`<h2>${index % 3 === 1 ? 'Key Skills' : 'Skills'}</h2>`);
  parts.push(flatSkills ? `<p>${allSkills(skills).map(e).join(', ')}</p>` : `<table class="kv">${skills.map((group) => `<tr><th>${e(group.name)}</th><td>${group.keywords.map(e).join(', ')}</td></tr>`).join('')}</table>`);
  if (languages.length > 0) parts.push('<h2>Languages</h2><table class="kv">', ...languages.map((l) => `<tr><th>${e(l.language)}</th><td>${e(l.fluency)}</td></tr>`), '</table>');
  const body = `<style>body { margin: 0; font-family: 'Liberation Serif', serif; font-size: 11.2pt; color: #111; line-height: 1.45; }
    header { text-align: left; border-bottom: 3px double #333; padding-bottom: 3mm; } h1 { font-size: 26pt; margin: 0; font-weight: normal; } .label { font-size: 13pt; font-style: italic; }
    .contact { display: flex; flex-wrap: wrap; column-gap: 6mm; margin-top: 2mm; font-size: 9.5pt; } .contact span { white-space: nowrap; }
    h2 { font-size: 13pt; text-transform: uppercase; letter-spacing: 1px; margin: 7mm 0 2.5mm; color: #333; } .newpage { break-before: page; }
    .jobs { width: 100%; border-collapse: collapse; } .jobs th { text-align: left; font-size: 9.5pt; background: #e8e8e8; border-bottom: 1px solid #999; padding: 1.5mm 2mm; }
    .jobs td { vertical-align: top; padding: 2.5mm 2mm 3mm; border-bottom: 1px solid #ccc; } .jobs tr { break-inside: avoid; } .d { width: 33mm; } .o { width: 48mm; }
    .desc { font-style: italic; color: #444; } ul { margin: 1mm 0 0; padding-left: 5mm; } p { margin: 0; }
    .kv th { text-align: left; padding: 1mm 6mm 1mm 0; vertical-align: top; white-space: nowrap; } .kv td { padding: 1mm 0; }</style>
    ${parts.join('\n')}`;
  const header = `<div style="font-family: 'Liberation Serif', serif; font-size: 8pt; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between; color: #555;"><span>${e(basics.name)}${index % 2 === 0 ? ' — Curriculum Vitae' : ''}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
  return [body, { format: index % 2 === 0 ? 'A4' : 'Letter', printBackground: true, displayHeaderFooter: true, headerTemplate: header, footerTemplate: '<span></span>', margin: { top: '20mm', bottom: '16mm', left: '16mm', right: '16mm' } }];
}

/** LinkedIn's own date line: "March 2019 - Present (5 years 9 months)", or years only when that is all the person gave. */
function linkedinDates({ startDate, endDate }) {
  const [startYear, startMonth] = startDate.split('-').map(Number);
  const [endYear, endMonth] = endDate ? endDate.split('-').map(Number) : [2026, 11];
  const monthText = (year, month) => (month ? `${FULL_MONTHS[month - 1]} ${year}` : String(year));
  const total = startMonth ? (endYear - startYear) * 12 + ((endMonth ?? 1) - startMonth) + 1 : (endYear - startYear) * 12;
  const [years, months] = [Math.floor(total / 12), total % 12];
  const duration = [years > 0 ? `${years} year${years === 1 ? '' : 's'}` : '', months > 0 ? `${months} month${months === 1 ? '' : 's'}` : ''].filter(Boolean).join(' ') || '1 year';
  return `${monthText(startYear, startMonth)} - ${endDate ? monthText(endYear, endMonth) : 'Present'} (${duration})`;
}

/** LinkedIn "Save to PDF": grey left column, employer first, LinkedIn's date lines, page footer. */
function linkedinPage(entry) {
  const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
  const side = ['<h3>Contact</h3>', `<p>${e(basics.email)}</p>`, `<p>${e(basics.phone)} (Mobile)</p>`];
  for (const [label, url] of labelledLinks(basics)) side.push(`<p>${e(bareUrl(url))} (${e(label)})</p>`);
  side.push('<h3>Top Skills</h3>', ...allSkills(skills).map((skill) => `<p>${e(skill)}</p>`));
  if (languages.length > 0) side.push('<h3>Languages</h3>', ...languages.map((l) => `<p>${e(l.language)} (${e(l.fluency)})</p>`));
  if (certificates.length > 0) side.push('<h3>Certifications</h3>', ...certificates.map((c) => `<p>${e(c.name)}</p>`));
  const { city, region } = basics.location;
  const main = [`<h1>${e(basics.name)}</h1>`, basics.label ? `<div class="headline">${e(basics.label)}</div>` : '', `<div class="where">${e(`${city}, ${region}, ${entry.presentation.country}`)}</div>`];
  if (basics.summary) main.push('<h2>Summary</h2>', `<p>${e(basics.summary)}</p>`);
  main.push('<h2>Experience</h2>');
  for (const job of work) {
    main.push(`<div class="job"><div class="org">${e(job.name)}</div><div class="title">${e(job.position)}</div><div class="meta">${e(linkedinDates(job))}</div>${job.location ? `<div class="meta">${e(job.location)}</div>` : ''}`);
    const lines = [...(job.summary ? [job.summary] : []), ...job.highlights.map((h) => `- ${h}`)];
    if (lines.length > 0) main.push(`<p class="desc">${lines.map(e).join('<br>')}</p>`);
    main.push('</div>');
  }
  main.push('<h2>Education</h2>');
  education.forEach((school, i) => {
    const years = school.startDate ? `${school.startDate} - ${school.endDate}` : school.endDate;
    main.push(`<div class="job"><div class="org">${e(school.institution)}</div><div class="meta2">${e(entry.presentation.degreePhrases[i])}${school.score ? `, ${e(school.score)}` : ''} · (${e(years)})</div></div>`);
  });
  const body = `<style>body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #181818; font-size: 10.5pt; line-height: 1.35; }
    .page { display: grid; grid-template-columns: 64mm 1fr; } .side { background: #e9eef2; padding: 8mm 6mm; font-size: 9.5pt; } .side p { margin: 0 0 2mm; overflow-wrap: anywhere; }
    .side h3 { font-size: 12pt; margin: 5mm 0 2mm; font-weight: normal; color: #000; } .main { padding: 8mm 10mm; }
    h1 { font-size: 24pt; margin: 0; font-weight: normal; } .headline { font-size: 11.5pt; margin-top: 1mm; } .where { color: #b0b0b0; font-size: 10.5pt; margin-top: 1mm; }
    h2 { font-size: 14.5pt; font-weight: normal; margin: 6mm 0 3mm; } .job { margin-bottom: 4mm; } .org { font-size: 12pt; } .title { font-size: 10.5pt; } .meta { color: #b0b0b0; font-size: 10pt; } .meta2 { font-size: 10pt; }
    .desc { margin: 1mm 0 0; } p { margin: 0; }</style>
    <div class="page"><div class="side">${side.join('\n')}</div><div class="main">${main.join('\n')}</div></div>`;
  const footer = '<div style="font-family: \'Liberation Sans\', sans-serif; font-size: 8pt; width: 100%; text-align: center; color: #999;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';
  return [body, { format: 'Letter', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footer, margin: { top: '10mm', bottom: '14mm', left: '0', right: '0' } }];
}

const HTML_THEMES = { 'html-canva': canvaPage, 'html-twopage': twoPage, 'html-linkedin': linkedinPage };

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      for (const [renderer, render] of Object.entries(HTML_THEMES)) {
        const [body, options] = render(entry, index);
        writeFileSync(join(OUT, 'rendered', `${entry.id}.${renderer}.pdf`), pinPdf(await print(body, options)));
      }
    }
  });
}

// ------------------------------------------------------------------------------------------------
// DOCX: the whole page one borderless two-column table, as in Word's résumé templates

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

function docxFor(entry, index, font) {
  const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const accent = ['2E5E4E', '8A3B12', '33406B'][index % 3];
  const para = (text, options = {}) => new Paragraph({ ...options, children: [new TextRun({ text, ...(options.run ?? {}) })] });
  const sideHeading = (text) => new Paragraph({ style: 'SideHeading', children: [new TextRun(text)] });
  const heading = (text) => new Paragraph({ style: 'Heading1', children: [new TextRun(text)] });
  const bullet = (text) => new Paragraph({ numbering: { reference: 'cv-bullets', level: 0 }, children: [new TextRun(text)] });
  const link = (url, text) => new Paragraph({ children: [new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink', size: 17 })] })] });
  const small = { run: { size: 17 } };
  const nameBlock = [para(basics.name, { style: 'Title' }), ...(basics.label ? [para(basics.label, { style: 'Subtitle' })] : [])];
  const nameOnTop = index % 2 === 0;

  const left = [sideHeading('Contact'), para(basics.phone, small), link(`mailto:${basics.email}`, basics.email), para(homeText(entry), small), ...labelledLinks(basics).map(([, url]) => link(url, bareUrl(url)))];
  if (flatSkills) left.push(sideHeading('Skills'), ...allSkills(skills).map((skill) => para(skill)));
  else for (const group of skills) left.push(sideHeading(group.name), ...group.keywords.map((skill) => para(skill)));
  if (languages.length > 0) left.push(sideHeading('Languages'), ...languages.flatMap((l) => [para(l.language, { run: { bold: true } }), para(l.fluency, { run: { italics: true, size: 17 } })]));
  if (certificates.length > 0) left.push(sideHeading('Certifications'), ...certificates.map((c) => para(`${c.name}, ${c.issuer} (${c.date})`)));

  const right = nameOnTop ? [] : [...nameBlock];
  if (basics.summary) right.push(heading(index % 3 === 0 ? 'Objective' : 'Profile'), para(basics.summary));
  right.push(heading('Experience'));
  for (const job of work) {
    const [first, second] = employerFirst ? [job.name, job.position] : [job.position, job.name];
    right.push(new Paragraph({ style: 'EntryTitle', children: [new TextRun({ text: first, bold: true }), new TextRun({ text: `${employerFirst ? ' — ' : ', '}${second}` })] }));
    right.push(para([rangeText(job, entry.presentation), job.location].filter(Boolean).join('  |  '), { style: 'EntryMeta' }));
    if (job.summary) right.push(para(job.summary, { run: { italics: true } }));
    right.push(...job.highlights.map(bullet));
  }
  right.push(heading('Education'));
  education.forEach((school, i) => {
    right.push(para(degreePhrases[i], { style: 'EntryTitle', run: { bold: true } }), para(`${school.institution}, ${schoolDates(school, entry.presentation)}`, { style: 'EntryMeta' }));
    if (school.score) right.push(para(school.score, { run: { italics: true } }));
  });

  const leftWidth = 3700;
  const rightWidth = 6200;
  const cellMargins = { top: 200, bottom: 200, left: 220, right: 220 };
  const rows = [];
  if (nameOnTop) rows.push(new TableRow({ children: [new TableCell({ columnSpan: 2, borders: NO_BORDERS, margins: cellMargins, children: nameBlock })] }));
  rows.push(new TableRow({
    children: [
      new TableCell({ width: { size: leftWidth, type: WidthType.DXA }, borders: NO_BORDERS, margins: cellMargins, verticalAlign: VerticalAlign.TOP, shading: { type: ShadingType.CLEAR, fill: 'EEF2F0', color: 'auto' }, children: left }),
      new TableCell({ width: { size: rightWidth, type: WidthType.DXA }, borders: NO_BORDERS, margins: cellMargins, verticalAlign: VerticalAlign.TOP, children: right }),
    ],
  }));
  const table = new Table({ width: { size: leftWidth + rightWidth, type: WidthType.DXA }, columnWidths: [leftWidth, rightWidth], borders: { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER }, rows });

  const document = new Document({
    creator: 'Candor third held-back résumé set',
    title: `Résumé ${basics.name}`,
    styles: {
      default: {
        document: { run: { font, size: 19 }, paragraph: { spacing: { after: 30 } } },
        title: { run: { font, size: 44, bold: true, color: accent }, paragraph: { spacing: { after: 0 } } },
        heading1: { run: { font, size: 23, bold: true, color: accent }, paragraph: { spacing: { before: 200, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: accent, space: 2 } } } },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { size: 24, color: '555555' }, paragraph: { spacing: { after: 80 } } },
        { id: 'SideHeading', name: 'Side Heading', basedOn: 'Normal', run: { size: 19, bold: true, allCaps: true, color: accent }, paragraph: { spacing: { before: 180, after: 60 } } },
        { id: 'EntryTitle', name: 'Entry Title', basedOn: 'Normal', next: 'EntryMeta', run: { size: 20 }, paragraph: { spacing: { before: 120, after: 0 }, keepNext: true } },
        { id: 'EntryMeta', name: 'Entry Meta', basedOn: 'Normal', run: { size: 17, color: '666666' }, paragraph: { spacing: { after: 40 } } },
      ],
      characterStyles: [{ id: 'Hyperlink', name: 'Hyperlink', run: { color: '1F5FA8', underline: {} } }],
    },
    numbering: { config: [{ reference: 'cv-bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 300, hanging: 200 } } } }] }] },
    sections: [{ properties: { page: { size: index % 3 === 2 ? { width: 12240, height: 15840 } : { width: 11906, height: 16838 }, margin: { top: 700, bottom: 700, left: 800, right: 800 } } }, children: [table] }],
  });
  return Packer.toBuffer(document);
}

// ------------------------------------------------------------------------------------------------
// LaTeX: moderncv, banking style (LuaLaTeX, Latin Modern Sans OpenType)

function latexFor(entry, index) {
  const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
  const { degreePhrases, flatSkills } = entry.presentation;
  const x = escapeLatex;
  const dashes = (value) => x(value).replace(/ — /g, ' --- ').replace(/ – /g, ' -- ').replace(/–/g, '--');
  const [givenName, ...familyNames] = basics.name.split(' ');
  const list = (items) => (items.length > 0 ? `\\begin{itemize}\n${items.map((item) => `\\item ${x(item)}`).join('\n')}\n\\end{itemize}` : '');
  const lines = [];
  if (basics.summary) lines.push(`\\section{${index % 2 === 0 ? 'Profile' : 'Summary'}}`, `\\cvitem{}{${x(basics.summary)}}`);
  lines.push(`\\section{${index % 2 === 0 ? 'Experience' : 'Work History'}}`);
  for (const job of work) {
    lines.push(`\\cventry{${dashes(rangeText(job, entry.presentation))}}{${x(job.position)}}{${x(job.name)}}{${job.location ? x(job.location) : ''}}{}{${job.summary ? `\\textit{${x(job.summary)}}` : ''}${list(job.highlights)}}`);
  }
  lines.push('\\section{Education}');
  education.forEach((school, i) => lines.push(`\\cventry{${dashes(schoolDates(school, entry.presentation))}}{${x(degreePhrases[i])}}{${x(school.institution)}}{}{${school.score ? `\\textit{${x(school.score)}}` : ''}}{}`));
  if (certificates.length > 0) lines.push('\\section{Certifications}', ...certificates.map((c) => `\\cvitem{${x(c.date)}}{${x(c.name)}, ${x(c.issuer)}}`));
  lines.push(`\\section{${index % 3 === 0 ? 'Skills' : 'Core Skills'}}`);
  if (flatSkills) lines.push(`\\cvitem{}{${allSkills(skills).map(x).join(' \\textbullet{} ')}}`);
  else lines.push(...skills.map((group) => `\\cvitem{${x(group.name)}}{${group.keywords.map(x).join(', ')}}`));
  if (languages.length > 0) lines.push('\\section{Languages}', ...languages.map((l) => `\\cvitemwithcomment{${x(l.language)}}{${x(l.fluency)}}{}`));
  const social = (basics.profiles ?? []).map((profile) => {
    if (profile.network === 'LinkedIn') return `\\social[linkedin]{${x(profile.username)}}`;
    if (profile.network === 'GitHub') return `\\social[github]{${x(profile.username)}}`;
    return `\\extrainfo{${x(bareUrl(profile.url))}}`;
  });
  return `\\documentclass[10pt,${index % 2 === 0 ? 'a4paper' : 'letterpaper'},sans]{moderncv}
\\moderncvstyle[nosymbols]{banking}
\\moderncvcolor{${['blue', 'orange', 'green', 'purple', 'burgundy'][index % 5]}}
\\usepackage{fontspec}\\directlua{luaotfload.add_fallback('cvfallback', {'DejaVu Sans:mode=node;'})}\\setsansfont{Latin Modern Sans}[RawFeature={fallback=cvfallback}]\\setmainfont{Latin Modern Roman}[RawFeature={fallback=cvfallback}]
\\usepackage[scale=0.82]{geometry}
\\hyphenpenalty=10000\\exhyphenpenalty=10000
\\name{${x(givenName)}}{${x(familyNames.join(' '))}}
${basics.label ? `\\title{${x(basics.label)}}\n` : ''}\\address{${x(homeText(entry))}}{}{}
\\phone[mobile]{${x(basics.phone)}}
\\email{${x(basics.email)}}
${basics.url ? `\\homepage{${x(bareUrl(basics.url))}}\n` : ''}${social.join('\n')}
\\begin{document}
\\makecvtitle
${lines.join('\n')}
\\end{document}
`;
}

// ------------------------------------------------------------------------------------------------
// Plain text with a left margin of section names, and Markdown with a YAML front matter

const WIDTH = 78;
const MARGIN = 14;

function textMarginFor(entry, index) {
  const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const centre = (text) => `${' '.repeat(Math.max(0, Math.floor((WIDTH - text.length) / 2)))}${text}`;
  const out = [centre(index % 2 === 0 ? basics.name.toUpperCase() : basics.name)];
  if (basics.label) out.push(centre(basics.label));
  out.push(centre([basics.phone, basics.email].join('  ·  ')), centre([homeText(entry), ...labelledLinks(basics).map(([, url]) => bareUrl(url))].join('  ·  ')), '');
  let label = '';
  /** The first line of a block carries the section name in the margin; later lines are indented. */
  const emit = (line) => {
    out.push(`${(label || '').padEnd(MARGIN)}${line}`.trimEnd());
    label = '';
  };
  const section = (name) => {
    if (out.at(-1) !== '') out.push('');
    label = name;
  };
  const paragraph = (text, indent = '') => wrap(text, WIDTH - MARGIN - indent.length).forEach((line) => emit(`${indent}${line}`));
  const bullets = (items) => items.forEach((item) => wrap(item, WIDTH - MARGIN - 2).forEach((line, n) => emit(`${n === 0 ? '- ' : '  '}${line}`)));
  const withDates = (left, dates) => {
    const room = WIDTH - MARGIN - dates.length - 2;
    return left.length <= room ? emit(`${left.padEnd(WIDTH - MARGIN - dates.length)}${dates}`) : (emit(left), emit(`${' '.repeat(WIDTH - MARGIN - dates.length)}${dates}`));
  };
  if (basics.summary) {
    section('PROFILE');
    paragraph(basics.summary);
  }
  section(index % 2 === 0 ? 'EXPERIENCE' : 'EMPLOYMENT');
  work.forEach((job, n) => {
    if (n > 0) out.push('');
    const [first, second] = employerFirst ? [job.name, job.position] : [job.position, job.name];
    withDates(first, rangeText(job, entry.presentation));
    emit([second, job.location].filter(Boolean).join(', '));
    if (job.summary) paragraph(job.summary);
    bullets(job.highlights);
  });
  section('EDUCATION');
  education.forEach((school, i) => {
    withDates(degreePhrases[i], schoolDates(school, entry.presentation));
    emit(school.institution);
    if (school.score) emit(school.score);
  });
  if (certificates.length > 0) {
    section('CERTIFICATES');
    bullets(certificates.map(certificateText));
  }
  section('SKILLS');
  if (flatSkills) paragraph(allSkills(skills).join(', '));
  else for (const group of skills) paragraph(`${group.name}: ${group.keywords.join(', ')}`);
  if (languages.length > 0) {
    section('LANGUAGES');
    for (const l of languages) emit(`${l.language.padEnd(14)}${l.fluency}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function markdownFor(entry, index) {
  const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
  const { degreePhrases, flatSkills } = entry.presentation;
  const md = (value) => value.replace(/([*_`[\]#|\\<>])/g, '\\$1');
  // Plain YAML scalars unless the value starts with an indicator or holds ': ' / ' #'.
  const yaml = (value) => (/^[-?:,[\]{}#&*!|>'"%@`\s]|: | #|\s$/.test(value) ? `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : value);
  const front = ['---', `name: ${yaml(basics.name)}`];
  if (basics.label) front.push(`${index % 2 === 0 ? 'title' : 'headline'}: ${yaml(basics.label)}`);
  front.push(`email: ${yaml(basics.email)}`, `phone: ${yaml(basics.phone)}`, `location: ${yaml(homeText(entry))}`);
  const links = labelledLinks(basics);
  if (links.length > 0) front.push('links:', ...links.map(([label, url]) => `  - ${label.toLowerCase()}: ${url}`));
  front.push('---', '');
  const lines = [...front];
  if (basics.summary) lines.push(`> ${md(basics.summary)}`, '');
  lines.push(`## ${index % 2 === 0 ? 'Experience' : 'Work'}`, '');
  for (const job of work) {
    lines.push(`### ${md(job.position)} @ ${md(job.name)}`, '', `*${md([rangeText(job, entry.presentation), job.location].filter(Boolean).join(' · '))}*`, '');
    if (job.summary) lines.push(md(job.summary), '');
    if (job.highlights.length > 0) lines.push(...job.highlights.map((h) => `* ${md(h)}`), '');
  }
  lines.push('## Education', '');
  education.forEach((school, i) => {
    lines.push(`### ${md(degreePhrases[i])}`, '', `${md(school.institution)}, *${md(schoolDates(school, entry.presentation))}*${school.score ? `  \n${md(school.score)}` : ''}`, '');
  });
  if (certificates.length > 0) lines.push('## Certifications', '', ...certificates.map((c) => `* ${md(certificateText(c))}`), '');
  lines.push(`## ${index % 3 === 2 ? 'Toolbox' : 'Skills'}`, '');
  if (flatSkills) lines.push(allSkills(skills).map((skill) => `\`${skill}\``).join(' '), '');
  else for (const group of skills) lines.push(md(group.name), `: ${md(group.keywords.join(', '))}`, '');
  if (languages.length > 0) {
    lines.push('## Languages', '');
    for (const l of languages) lines.push(md(l.language), `: ${md(l.fluency)}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'docx-pagetable': 'docx', 'libreoffice-pagetable': 'pdf', 'html-canva': 'pdf', 'html-twopage': 'pdf',
  'html-linkedin': 'pdf', 'latex-banking': 'pdf', 'text-margin': 'txt', 'markdown-frontmatter': 'md',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

await buildHeldBackSet({
  out: OUT,
  setName: 'third held-back résumé set',
  people: buildHoldout3Content(30),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (third held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  async render(people) {
    await renderChromium(people);
    const docxForLibreOffice = [];
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-pagetable.docx`), pinDocx(await docxFor(entry, index, 'Liberation Sans')));
      docxForLibreOffice.push([entry.id, 'docx', await docxFor(entry, index, 'DejaVu Sans Condensed')]);
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-margin.txt`), textMarginFor(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-frontmatter.md`), markdownFor(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.latex-banking.pdf`), pinPdf(typesetLua(latexFor(entry, index))));
    }
    const pdfs = sofficeToPdf(docxForLibreOffice);
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-pagetable.pdf`), pinPdf(pdfs.get(entry.id)));
  },
});
