// Builds the twentieth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout20/):
// 30 people written out by hand (scripts/resume-corpus-holdout20-content.mjs; 22 in English from eleven
// countries and territories no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts
// no earlier set (resume-corpus, -fresh, -holdout … -holdout19, -ko) uses:
// - `html-ganttbars`            Chromium; a GANTT CHART of the career at the top: a grid of years, every job and
//                               school a bar from its start to its end with its first name inside, numbered; the
//                               entries written out below under the same numbers.
// - `html-twoup`                Chromium; a two-page CV printed "2 PAGES PER SHEET": one landscape sheet holding two
//                               small portrait pages side by side, each with its page number.
// - `html-iconheadings`         Chromium; a design whose SECTION HEADINGS ARE ICONS ONLY (a briefcase, a cap …, no
//                               words), contact lines behind icons, dates in pills, skills as chips.
// - `html-scannedocr`           Chromium; a SCANNED paper CV with an OCR TEXT LAYER: each page a grey JPEG image of a
//                               typed CV, with the same text laid invisibly over it (as a scanner's searchable PDF).
// - `docx-tenderkeyexpert`      the `docx` package; the KEY EXPERT CV FORM of a consultancy tender (World Bank
//                               FORM TECH-6; the Koreans the 참여기술인 이력서 of a public tender): numbered fields,
//                               an employment record TABLE (period | employer and position | country | activities).
// - `text-rendercvyaml`         a RENDERCV YAML INPUT saved as .txt: `cv:` with name, location, e-mail, phone,
//                               social networks and `sections:` of entries (company/position/date/highlights).
// - `text-spreadsheetcsv`       a CV KEPT IN A SPREADSHEET, exported as CSV and saved as .txt: one row per item
//                               (section, item, organisation, place, dates, notes).
// - `markdown-marpslides`       a MARP SLIDE DECK source: front matter (`marp: true`), a title slide, one slide per
//                               section, `---` between slides.
// The rendered files are committed (CI needs no Chromium to read them).
//
// `npx node scripts/build-resume-corpus-holdout20.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit; `--check` rebuilds the truth files, documents.json and split.json in memory and compares them
// with the committed ones (no rendering). Needs /usr/bin/chromium (neither LibreOffice nor TeX); it stops
// rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { formatCsv } from './lib/csv.mjs';
import {
  allSkills, bareUrl, buildHeldBackSet, bulletsHtml, certificateYearLine, degreeLine, escapeHtml, isKorean, labelledLinks, namesInOrder, pageFormat, pinDocx, pinPdf,
  sansFont, say, sectionHeading, sectionsInOrder, withChromiumPrinter,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout20Content } from './resume-corpus-holdout20-content.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout20');
const FROZEN_ON = '2026-12-02';
const e = escapeHtml;
/** A truth date ("2019-02" or "2019") as a fractional year; a job that goes on ends at the build's month. */
const yearOf = (date) => (date ? Number(date.slice(0, 4)) + (date.length > 4 ? (Number(date.slice(5, 7)) - 1) / 12 : 0) : 2026 + 10 / 12);
const contactItems = (entry) => [entry.resume.basics.email, entry.resume.basics.phone, entry.presentation.home, ...labelledLinks(entry.resume.basics).map(([, url]) => bareUrl(url))];

// ------------------------------------------------------------------------------------------------
// A Gantt chart of the career

function ganttPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const colours = [['#1565c0', '#90caf9'], ['#2e7d32', '#a5d6a7'], ['#6a1b9a', '#ce93d8'], ['#c62828', '#ef9a9a']][index % 4];
  const bars = sectionsInOrder(entry,
    work.map((job, i) => ({ start: yearOf(job.startDate), end: yearOf(job.endDate), label: namesInOrder(job, entry)[0], colour: colours[0], detail: i })),
    education.map((school, i) => ({ start: yearOf(school.startDate ?? school.endDate), end: yearOf(school.endDate) + 0.5, label: school.institution, colour: colours[1], detail: i })))
    .flat();
  const first = Math.floor(Math.min(...bars.map((bar) => bar.start)));
  const span = 2027 - first;
  const pct = (y) => (((y - first) / span) * 100).toFixed(2);
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; font-size: 9pt; color: #212121; line-height: 1.38; }
    h1 { font-size: 23pt; margin: 0; } .headline { font-size: 11pt; color: ${colours[0]}; margin: .5mm 0 1.5mm; } .contact { font-size: 8.4pt; color: #555; margin-bottom: 4mm; }
    .chart { position: relative; border: .6pt solid #bdbdbd; margin-bottom: 4mm; } .years { display: flex; border-bottom: .6pt solid #bdbdbd; } .years span { flex: 1; font-size: 6.6pt; color: #757575; text-align: center; border-left: .4pt solid #e0e0e0; }
    .bar { position: relative; height: 5.4mm; margin: 1mm 0; } .bar div { position: absolute; top: 0; bottom: 0; border-radius: 1.2mm; color: #fff; font-size: 7pt; white-space: nowrap; overflow: visible; padding: .6mm 1.4mm; box-sizing: border-box; }
    .bar div.light { color: #212121; } h2 { font-size: 11pt; color: ${colours[0]}; margin: 4mm 0 1.6mm; border-bottom: 1pt solid ${colours[1]}; } .entry { display: flex; gap: 2.4mm; margin-bottom: 2mm; }
    .num { width: 5mm; height: 5mm; border-radius: 50%; background: ${colours[0]}; color: #fff; font-size: 7pt; text-align: center; line-height: 5mm; flex: none; } .num.light { background: ${colours[1]}; color: #212121; }
    .entry p { margin: 0; } .small { font-size: 8pt; color: #616161; } ul { margin: .6mm 0 0; padding-left: 4mm; } p { margin: 0 0 1mm; }</style>`;
  const numbers = new Map(bars.map((bar, n) => [bar, n + 1]));
  const barOf = (colour, detail) => bars.find((bar) => bar.colour === colour && bar.detail === detail);
  const chart = `<div class="chart"><div class="years">${Array.from({ length: span }, (_, n) => `<span>${String(first + n).slice(span > 14 ? 2 : 0)}</span>`).join('')}</div>`
    + bars.map((bar) => `<div class="bar"><div class="${bar.colour === colours[1] ? 'light' : ''}" style="left:${pct(bar.start)}%;width:${(Number(pct(Math.min(bar.end, 2027))) - Number(pct(bar.start))).toFixed(2)}%;background:${bar.colour}">${numbers.get(bar)}&nbsp;${e(bar.label)}</div></div>`).join('') + '</div>';
  const experience = `<h2>${sectionHeading(entry, 'experience')}</h2>${work.map((job, i) => {
    const [firstName, second] = namesInOrder(job, entry);
    return `<div class="entry"><div class="num">${numbers.get(barOf(colours[0], i))}</div><div><p><b>${e(firstName)}</b> — ${e(second)}</p><p class="small">${e(jobDates[i])}${job.location ? ` &nbsp;|&nbsp; ${e(job.location)}` : ''}</p>${bulletsHtml(job.highlights)}</div></div>`;
  }).join('')}`;
  const educationPart = `<h2>${sectionHeading(entry, 'education')}</h2>${education.map((school, i) => `<div class="entry"><div class="num light">${numbers.get(barOf(colours[1], i))}</div><div><p><b>${e(school.institution)}</b></p><p>${e(degreeLine(school, i, entry))}</p><p class="small">${e(schoolDates[i])}</p></div></div>`).join('')}`;
  const parts = [`<h1>${e(basics.name)}</h1>${basics.label ? `<p class="headline">${e(basics.label)}</p>` : ''}<div class="contact">${contactItems(entry).map(e).join(' &nbsp;·&nbsp; ')}</div>`];
  if (basics.summary) parts.push(`<p>${e(basics.summary)}</p>`);
  parts.push(`<h2>${say(entry, 'Career at a glance', '경력 한눈에 보기')}</h2>${chart}`, ...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(`<h2>${sectionHeading(entry, 'skills')}</h2>${entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(', '))}</p>` : skills.map((g) => `<p><b>${e(g.name)}:</b> ${e(g.keywords.join(', '))}</p>`).join('')}`);
  if (languages.length > 0) parts.push(`<h2>${sectionHeading(entry, 'languages')}</h2><p>${languages.map((l) => `${e(l.language)} — ${e(l.fluency)}`).join(' &nbsp;·&nbsp; ')}</p>`);
  if (certificates.length > 0) parts.push(`<h2>${sectionHeading(entry, 'certificates')}</h2>${bulletsHtml(certificates.map(certificateYearLine))}`);
  return [`${css}${parts.join('')}`, { format: pageFormat(entry, index), printBackground: true, margin: { top: '13mm', bottom: '13mm', left: '15mm', right: '15mm' } }];
}

// ------------------------------------------------------------------------------------------------
// Two pages per sheet

function twoUpPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index + 1)}, sans-serif; color: #222; } .sheet { display: flex; justify-content: space-around; align-items: flex-start; }
    .page { width: 131mm; height: 185mm; border: .5pt solid #9e9e9e; box-shadow: 1mm 1mm 0 #e0e0e0; padding: 9mm 9mm 6mm; box-sizing: border-box; position: relative; font-size: 6.9pt; line-height: 1.36; }
    .pageno { position: absolute; bottom: 3mm; left: 0; right: 0; text-align: center; font-size: 6pt; color: #777; } h1 { text-align: center; font-size: 15pt; margin: 0; letter-spacing: .6pt; } .headline { text-align: center; font-size: 8pt; margin: .4mm 0 1mm; color: #555; }
    .contact { text-align: center; font-size: 6.4pt; border-bottom: .8pt solid #333; padding-bottom: 1.6mm; margin-bottom: 1mm; } h2 { font-size: 7.8pt; text-transform: uppercase; letter-spacing: .8pt; border-bottom: .4pt solid #999; margin: 2.6mm 0 1.2mm; }
    .row { display: flex; justify-content: space-between; gap: 2mm; } .row b { font-size: 7.2pt; } .place { font-style: italic; color: #555; } p { margin: 0 0 .6mm; } ul { margin: .3mm 0 1.2mm; padding-left: 3.4mm; }</style>`;
  const sections = [];
  if (basics.summary) sections.push(`<h2>${sectionHeading(entry, 'summary')}</h2><p>${e(basics.summary)}</p>`);
  const experience = `<h2>${sectionHeading(entry, 'experience')}</h2>${work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return `<div class="row"><span><b>${e(first)}</b>, ${e(second)}</span><span>${e(jobDates[i])}</span></div>${job.location ? `<p class="place">${e(job.location)}</p>` : ''}${bulletsHtml(job.highlights)}`;
  }).join('')}`;
  const educationPart = `<h2>${sectionHeading(entry, 'education')}</h2>${education.map((school, i) => `<div class="row"><span><b>${e(school.institution)}</b></span><span>${e(schoolDates[i])}</span></div><p>${e(degreeLine(school, i, entry))}</p>`).join('')}`;
  sections.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) sections.push(`<h2>${sectionHeading(entry, 'skills')}</h2>${entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(' • '))}</p>` : skills.map((g) => `<p><b>${e(g.name)}</b> — ${e(g.keywords.join(', '))}</p>`).join('')}`);
  if (languages.length > 0) sections.push(`<h2>${sectionHeading(entry, 'languages')}</h2>${languages.map((l) => `<p>${e(l.language)}: ${e(l.fluency)}</p>`).join('')}`);
  if (certificates.length > 0) sections.push(`<h2>${sectionHeading(entry, 'certificates')}</h2>${certificates.map((c) => `<p>${e(certificateYearLine(c))}</p>`).join('')}`);
  // The CV's own page break falls after the first two sections (the header, the summary or the first of experience and education).
  const firstPage = sections.slice(0, 2);
  const secondPage = sections.slice(2);
  const header = `<h1>${e(basics.name)}</h1>${basics.label ? `<p class="headline">${e(basics.label)}</p>` : ''}<div class="contact">${contactItems(entry).map(e).join(' | ')}</div>`;
  const page = (content, n) => `<div class="page">${content}<div class="pageno">${n}</div></div>`;
  return [`${css}<div class="sheet">${page(header + firstPage.join(''), 1)}${page(secondPage.join(''), 2)}</div>`, { format: 'A4', landscape: true, margin: { top: '10mm', bottom: '8mm', left: '8mm', right: '8mm' } }];
}

// ------------------------------------------------------------------------------------------------
// Section headings as icons only

/** Small line icons (inline SVG) standing for a section or a contact item; no words. */
const ICONS = {
  summary: '<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7"/>',
  experience: '<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V5h6v2M3 12h18"/>',
  education: '<path d="M2 9l10-5 10 5-10 5z"/><path d="M6 11v5c3 2 9 2 12 0v-5"/>',
  skills: '<path d="M14 6l4 4-9 9H5v-4z"/><path d="M16 4l4 4"/>',
  languages: '<path d="M4 5h16v10H9l-5 4z"/>',
  certificates: '<circle cx="12" cy="9" r="5"/><path d="M9 13l-2 8 5-3 5 3-2-8"/>',
  email: '<rect x="3" y="6" width="18" height="12" rx="1"/><path d="M3 7l9 6 9-6"/>',
  phone: '<path d="M6 3h4l2 5-3 2c1 3 3 5 6 6l2-3 5 2v4c-9 1-17-7-16-16z"/>',
  home: '<path d="M12 2c4 0 7 3 7 7 0 5-7 13-7 13S5 14 5 9c0-4 3-7 7-7z"/><circle cx="12" cy="9" r="2.5"/>',
  link: '<path d="M10 14l4-4M8 12l-2 2a3 3 0 004 4l2-2M16 12l2-2a3 3 0 00-4-4l-2 2"/>',
};
const icon = (name, size, colour) => `<svg width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="${colour}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${ICONS[name]}</svg>`;

function iconHeadingsPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['#00897b', '#5e35b1', '#ef6c00', '#3949ab'][index % 4];
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; font-size: 9.2pt; color: #263238; line-height: 1.4; }
    header { display: flex; justify-content: space-between; gap: 8mm; margin-bottom: 3mm; } h1 { font-size: 25pt; margin: 0; color: ${accent}; } .headline { font-size: 11pt; margin: .5mm 0 0; }
    .contact p { margin: 0 0 .6mm; display: flex; align-items: center; gap: 1.6mm; font-size: 8.4pt; } .sec { display: flex; gap: 4mm; margin-top: 4mm; } .badge { flex: none; width: 9mm; height: 9mm; border-radius: 50%; background: ${accent}; display: flex; align-items: center; justify-content: center; }
    .body { flex: 1; border-top: .6pt solid #cfd8dc; padding-top: 1.6mm; } .pill { display: inline-block; background: #eceff1; border-radius: 3mm; padding: .2mm 2mm; font-size: 7.8pt; margin-bottom: .6mm; } .where { font-size: 8pt; color: #607d8b; display: flex; align-items: center; gap: 1mm; }
    .item { margin-bottom: 2.4mm; } .item p { margin: 0; } .chip { display: inline-block; border: .6pt solid ${accent}; border-radius: 3mm; padding: .2mm 2mm; margin: 0 1mm 1mm 0; font-size: 8pt; } .group { font-size: 7.4pt; color: #90a4ae; margin: .6mm 0 .4mm; }
    ul { margin: .6mm 0 0; padding-left: 4mm; } p { margin: 0 0 1mm; }</style>`;
  const section = (key, html) => `<div class="sec"><div class="badge">${icon(key, 20, '#fff')}</div><div class="body">${html}</div></div>`;
  const contactRow = (key, text) => `<p>${icon(key, 11, accent)}<span>${e(text)}</span></p>`;
  const contact = [contactRow('email', basics.email), contactRow('phone', basics.phone), contactRow('home', entry.presentation.home), ...labelledLinks(basics).map(([, url]) => contactRow('link', bareUrl(url)))];
  const parts = [`<header><div><h1>${e(basics.name)}</h1>${basics.label ? `<p class="headline">${e(basics.label)}</p>` : ''}</div><div class="contact">${contact.join('')}</div></header>`];
  if (basics.summary) parts.push(section('summary', `<p>${e(basics.summary)}</p>`));
  const experience = section('experience', work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return `<div class="item"><span class="pill">${e(jobDates[i])}</span><p><b>${e(first)}</b></p><p>${e(second)}</p>${job.location ? `<p class="where">${icon('home', 9, '#90a4ae')}${e(job.location)}</p>` : ''}${bulletsHtml(job.highlights)}</div>`;
  }).join(''));
  const educationPart = section('education', education.map((school, i) => `<div class="item"><span class="pill">${e(schoolDates[i])}</span><p><b>${e(school.institution)}</b></p><p>${e(degreeLine(school, i, entry))}</p></div>`).join(''));
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) {
    const chips = (keywords) => keywords.map((k) => `<span class="chip">${e(k)}</span>`).join('');
    parts.push(section('skills', entry.presentation.flatSkills ? chips(allSkills(skills)) : skills.map((g) => `<p class="group">${e(g.name)}</p>${chips(g.keywords)}`).join('')));
  }
  if (languages.length > 0) parts.push(section('languages', languages.map((l) => `<p><b>${e(l.language)}</b> · ${e(l.fluency)}</p>`).join('')));
  if (certificates.length > 0) parts.push(section('certificates', certificates.map((c) => `<p>${e(certificateYearLine(c))}</p>`).join('')));
  return [`${css}${parts.join('')}`, { format: pageFormat(entry, index + 1), printBackground: true, margin: { top: '14mm', bottom: '12mm', left: '15mm', right: '15mm' } }];
}

// ------------------------------------------------------------------------------------------------
// A scanned paper CV with an OCR text layer

/** Page widths in CSS pixels (96 per inch): the scan is laid out at the paper's width, so image and text layer coincide. */
const PAGE_PIXELS = { A4: [794, 1123], Letter: [816, 1056] };

/** A typed paper CV (serif, dates in a left column), as it was printed before it was scanned. */
function typedCv(entry, index, width) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const serif = isKorean(entry) ? "'Noto Serif CJK KR', 'Noto Sans CJK KR'" : index % 2 === 0 ? "'Liberation Serif'" : "'DejaVu Serif'";
  const css = `<style>body { margin: 0; } .paper { width: ${width}px; box-sizing: border-box; padding: 22mm 20mm; font-family: ${serif}, serif; font-size: 10.5pt; line-height: 1.35; color: #111; background: #fff; }
    .paper h1 { font-size: 17pt; text-align: center; margin: 0 0 1mm; letter-spacing: 1pt; } .paper .c { text-align: center; margin: 0; font-size: 9.6pt; } .paper h2 { font-size: 10.5pt; text-transform: uppercase; margin: 5mm 0 1.6mm; text-decoration: underline; }
    .paper table { border-collapse: collapse; width: 100%; } .paper td { vertical-align: top; padding: 0 0 2mm; } .paper td.d { width: 44mm; padding-right: 4mm; } .paper p { margin: 0 0 .6mm; } .paper ul { margin: .4mm 0 0; padding-left: 5mm; }</style>`;
  const rows = (items) => `<table>${items.map(([left, right]) => `<tr><td class="d">${left}</td><td>${right}</td></tr>`).join('')}</table>`;
  const parts = [`<h1>${e(basics.name)}</h1>`, ...(basics.label ? [`<p class="c"><i>${e(basics.label)}</i></p>`] : []), ...contactItems(entry).map((item) => `<p class="c">${e(item)}</p>`)];
  if (basics.summary) parts.push(`<h2>${sectionHeading(entry, 'summary')}</h2><p>${e(basics.summary)}</p>`);
  const experience = `<h2>${sectionHeading(entry, 'experience')}</h2>${rows(work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [e(jobDates[i]), `<p><b>${e(first)}</b>, ${e(second)}</p>${job.location ? `<p>${e(job.location)}</p>` : ''}${bulletsHtml(job.highlights)}`];
  }))}`;
  const educationPart = `<h2>${sectionHeading(entry, 'education')}</h2>${rows(education.map((school, i) => [e(schoolDates[i]), `<p><b>${e(school.institution)}</b></p><p>${e(degreeLine(school, i, entry))}</p>`]))}`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(`<h2>${sectionHeading(entry, 'skills')}</h2>${entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(', '))}</p>` : rows(skills.map((g) => [e(g.name), e(g.keywords.join(', '))]))}`);
  if (languages.length > 0) parts.push(`<h2>${sectionHeading(entry, 'languages')}</h2>${rows(languages.map((l) => [e(l.language), e(l.fluency)]))}`);
  if (certificates.length > 0) parts.push(`<h2>${sectionHeading(entry, 'certificates')}</h2>${rows(certificates.map((c) => [e(c.date.slice(0, 4)), `${e(c.name)}, ${e(c.issuer)}`]))}`);
  return `${css}<div class="paper">${parts.join('')}</div>`;
}

async function scannedOcrPdf(entry, index, print, shoot) {
  const format = pageFormat(entry, index);
  const [width] = PAGE_PIXELS[format];
  const typed = typedCv(entry, index, width);
  // The scan: the paper grey and a little soft, as a flatbed scanner gives it back.
  const scan = await shoot(`<div style="filter:grayscale(1) contrast(1.15) brightness(.96) blur(.35px)">${typed}</div>`, { width, scale: 1.25, type: 'jpeg', quality: 55 });
  // The scan with the typed text laid over it invisibly, at the same place: a searchable scan.
  const body = `<div style="position:relative;width:${width}px"><img src="data:image/jpeg;base64,${Buffer.from(scan).toString('base64')}" style="position:absolute;top:0;left:0;width:${width}px">`
    + `<div style="position:relative;color:transparent">${typed.replace('color: #111; background: #fff;', 'color: transparent; background: transparent;')}</div></div>`;
  return print(body, { format, printBackground: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } });
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print, shoot) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-ganttbars.pdf`), pinPdf(await print(...ganttPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-twoup.pdf`), pinPdf(await print(...twoUpPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-iconheadings.pdf`), pinPdf(await print(...iconHeadingsPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-scannedocr.pdf`), pinPdf(await scannedOcrPdf(entry, index, print, shoot)));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// A consultancy tender's key expert CV form (Word)

/** The country each person lives in, as the form's "Country of citizenship/residence" names it. */
const COUNTRIES = {
  NI: 'Nicaragua', VE: 'Venezuela', CU: 'Cuba', HT: 'Haiti', BF: 'Burkina Faso', BJ: 'Benin', GA: 'Gabon', NC: 'New Caledonia (France)', RE: 'Réunion (France)', TM: 'Turkmenistan', AF: 'Afghanistan', KR: '대한민국',
};
/** The (fictional) consulting firms that put the expert forward, and the tenders. */
const FIRMS = [
  ['Halvorsen & Tiwari Consulting Engineers', 'Rural Value Chains and Infrastructure Project — Technical Assistance'],
  ['Agrisud Conseil International', 'Competitiveness of Agro-Industrial Exports — Supervision Consultant'],
  ['Meridia Development Partners Ltd.', 'Skills, Tourism and Local Enterprise Programme — Advisory Services'],
];
const KOREAN_FIRM = ['(주)한결엔지니어링 종합건축사사무소', '지역 특화산업 활성화 기본계획 수립 용역'];

function tenderDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const [firm, assignment] = korean ? KOREAN_FIRM : FIRMS[index % FIRMS.length];
  const font = korean ? 'Malgun Gothic' : ['Times New Roman', 'Arial', 'Cambria'][index % 3];
  const run = (text, options = {}) => new TextRun({ text, ...options });
  const line = (text, options = {}) => new Paragraph({ spacing: { after: 60 }, children: [run(text, options)] });
  const field = (n, label, value) => new Paragraph({ spacing: { before: 120, after: 60 }, children: [run(`${n}. ${label}: `, { bold: true }), run(value)] });
  const heading = (n, label) => new Paragraph({ spacing: { before: 160, after: 60 }, children: [run(`${n}. ${label}:`, { bold: true })] });
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (paragraphs, width, shaded = false) => new TableCell({ borders, width: { size: width, type: WidthType.PERCENTAGE }, ...(shaded ? { shading: { fill: 'D9D9D9' } } : {}), children: paragraphs });
  const table = (widths, header, rows) => new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((text, i) => cell([new Paragraph({ children: [run(text, { bold: true, size: 18 })] })], widths[i], true)) }),
      ...rows.map((cells) => new TableRow({ children: cells.map((paragraphs, i) => cell(paragraphs, widths[i])) }))],
  });
  const employment = table([18, 30, 14, 38],
    [say(entry, 'Period', '기간'), say(entry, 'Employing organization and your title/position. Contact information for references', '근무처 및 직위 (조회처)'), say(entry, 'Country', '근무지'), say(entry, 'Summary of activities performed relevant to the Assignment', '담당 업무')],
    work.map((job, i) => {
      const [first, second] = namesInOrder(job, entry);
      return [[line(jobDates[i])], [line(first, { bold: true }), line(second), line(say(entry, 'References: available on request', '조회처: 요청 시 제공'), { italics: true, size: 16 })], [line(job.location ?? '')], job.highlights.length > 0 ? job.highlights.map((h) => new Paragraph({ bullet: { level: 0 }, children: [run(h)] })) : [line('')]];
    }));
  const schools = () => (korean
    ? [heading(5, '학력'), table([30, 40, 30], ['학교명', '전공 및 학위', '기간'], education.map((school, i) => [[line(school.institution)], [line(degreeLine(school, i, entry))], [line(schoolDates[i])]]))]
    : [heading(5, 'Education [List college/university or other specialized education, giving names of educational institutions, dates attended, degree(s)/diploma(s) obtained]'),
      ...education.map((school, i) => new Paragraph({ bullet: { level: 0 }, children: [run(degreeLine(school, i, entry), { bold: true }), run(`, ${school.institution}, ${schoolDates[i]}`)] }))]);
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [run(say(entry, 'FORM TECH-6', '[서식 제6호]'), { bold: true, size: 20 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(say(entry, 'CURRICULUM VITAE (CV) OF PROPOSED KEY EXPERT', '참여기술인 이력서'), { bold: true, size: 28 })] }),
    line(`${say(entry, 'Assignment', '용역명')}: ${assignment}`, { italics: true }),
    field(1, say(entry, 'Position Title and No.', '담당 분야'), basics.label ? `${basics.label} (K-${(index % 5) + 2})` : `K-${(index % 5) + 2}`),
    field(2, say(entry, 'Name of Firm', '소속 업체'), firm),
    field(3, say(entry, 'Name of Expert', '성명'), basics.name),
    field(4, say(entry, 'Country of Citizenship/Residence', '국적/거주지'), `${COUNTRIES[basics.location.countryCode]} / ${entry.presentation.home}`),
  ];
  // The form fixes the order: education (5) before the employment record (6), whatever order the person keeps.
  children.push(...schools(), heading(6, say(entry, 'Employment record relevant to the assignment', '경력 사항')), employment);
  children.push(heading(7, say(entry, 'Membership in Professional Associations, Certifications and Publications', '자격 및 면허')),
    ...(certificates.length > 0 ? certificates.map((c) => new Paragraph({ bullet: { level: 0 }, children: [run(certificateYearLine(c))] })) : [line(say(entry, 'None', '해당 없음'))]));
  if (languages.length > 0) children.push(heading(8, say(entry, 'Language Skills (indicate only languages in which you can work)', '외국어 능력')), ...languages.map((l) => line(`${l.language}: ${l.fluency}`)));
  if (skills.length > 0) children.push(heading(9, say(entry, 'Key qualifications', '주요 보유 기술')), ...(entry.presentation.flatSkills ? [line(allSkills(skills).join(', '))] : skills.map((g) => new Paragraph({ children: [run(`${g.name}: `, { bold: true }), run(g.keywords.join(', '))] }))));
  if (basics.summary) {
    children.push(heading(10, say(entry, 'Adequacy for the Assignment', '용역 수행 적합성')),
      table([40, 60], [say(entry, 'Detailed Tasks Assigned on Consultant\'s Team of Experts', '담당 업무'), say(entry, 'Reference to Prior Work/Assignments that Best Illustrates Capability to Handle the Assigned Tasks', '관련 수행 경험')],
        [[[line(basics.label ?? '')], [line(basics.summary)]]]));
  }
  const links = labelledLinks(basics);
  children.push(heading(11, say(entry, "Expert's contact information", '연락처')),
    line(`${say(entry, 'e-mail', '이메일')}: ${basics.email}; ${say(entry, 'phone', '전화')}: ${basics.phone}${links.length > 0 ? `; ${links.map(([label, url]) => `${label}: ${url}`).join('; ')}` : ''}`),
    new Paragraph({ spacing: { before: 240, after: 60 }, children: [run(say(entry, 'Certification:', '확인:'), { bold: true })] }),
    line(say(entry, 'I, the undersigned, certify that to the best of my knowledge and belief, this CV correctly describes myself, my qualifications, and my experience, and I am available to undertake the assignment in case of an award.',
      '위 기재 사항은 사실과 다름없음을 확인하며, 낙찰 시 본 용역에 참여할 것을 서약합니다.')),
    new Paragraph({ spacing: { before: 240 }, children: [run(`${say(entry, 'Name of Expert', '성명')}: ${basics.name}`), run(`\t${say(entry, 'Signature', '서명')}: ____________`), run(`\t${say(entry, 'Date', '일자')}: ${say(entry, '25/11/2026', '2026. 11. 25.')}`)] }));
  return new Document({
    creator: firm, title: say(entry, `CV of proposed key expert — ${basics.name}`, `참여기술인 이력서 — ${basics.name}`),
    styles: { default: { document: { run: { font, size: 20 } } } },
    sections: [{ properties: { page: { size: pageFormat(entry, index) === 'Letter' ? { width: 12240, height: 15840 } : { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  });
}

// ------------------------------------------------------------------------------------------------
// Sources saved as text (a RenderCV YAML input, a spreadsheet's CSV export); a Marp slide deck

/** A YAML scalar: plain when it can be, else double-quoted (backslashes and quotes escaped). */
function yamlScalar(text) {
  const plain = /^[\p{L}\p{N}(][^:#"'\n]*$/u.test(text) && !text.endsWith(' ') && !/^(?:true|false|yes|no|null|~)$/i.test(text) && !/^[\d.+-]+$/.test(text);
  return plain ? text : `"${text.split('\\').join('\\\\').split('"').join('\\"')}"`;
}

function renderCvYaml(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const y = yamlScalar;
  const out = ['cv:', `  name: ${y(basics.name)}`];
  if (basics.label) out.push(`  headline: ${y(basics.label)}`);
  out.push(`  location: ${y(entry.presentation.home)}`, `  email: ${y(basics.email)}`, `  phone: ${y(basics.phone)}`);
  if (basics.url) out.push(`  website: ${y(basics.url)}`);
  const profiles = (basics.profiles ?? []);
  if (profiles.length > 0) out.push('  social_networks:', ...profiles.flatMap((p) => [`    - network: ${y(p.network)}`, `      username: ${y(p.url.replace(/\/$/, '').split('/').at(-1))}`]));
  out.push('  sections:');
  const key = (name) => (isKorean(entry) ? sectionHeading(entry, name) : sectionHeading(entry, name).toLowerCase());
  if (basics.summary) out.push(`    ${key('summary')}:`, `      - ${y(basics.summary)}`);
  const experience = [`    ${key('experience')}:`, ...work.flatMap((job, i) => {
    const names = entry.presentation.employerFirst || isKorean(entry) ? [['company', job.name], ['position', job.position]] : [['position', job.position], ['company', job.name]];
    return [`      - ${names[0][0]}: ${y(names[0][1])}`, `        ${names[1][0]}: ${y(names[1][1])}`, ...(job.location ? [`        location: ${y(job.location)}`] : []), `        date: ${y(jobDates[i])}`,
      ...(job.highlights.length > 0 ? ['        highlights:', ...job.highlights.map((h) => `          - ${y(h)}`)] : [])];
  })];
  const educationPart = [`    ${key('education')}:`, ...education.flatMap((school, i) => [`      - institution: ${y(school.institution)}`, `        area: ${y(degreeLine(school, i, entry))}`, `        date: ${y(schoolDates[i])}`])];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) out.push(`    ${key('skills')}:`, ...(entry.presentation.flatSkills ? [`      - ${y(allSkills(skills).join(', '))}`] : skills.flatMap((g) => [`      - label: ${y(g.name)}`, `        details: ${y(g.keywords.join(', '))}`])));
  if (languages.length > 0) out.push(`    ${key('languages')}:`, ...languages.flatMap((l) => [`      - label: ${y(l.language)}`, `        details: ${y(l.fluency)}`]));
  if (certificates.length > 0) out.push(`    ${key('certificates')}:`, ...certificates.map((c) => `      - bullet: ${y(certificateYearLine(c))}`));
  out.push('design:', `  theme: ${['classic', 'sb2nov', 'engineeringresumes', 'moderncv'][index % 4]}`);
  if (isKorean(entry)) out.push('locale:', '  language: ko', '  present: 현재');
  return `${out.join('\n')}\n`;
}

function spreadsheetCsv(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const rows = [[say(entry, 'Section', '구분'), say(entry, 'Item', '항목'), say(entry, 'Organisation', '기관'), say(entry, 'Place', '장소'), say(entry, 'Dates', '기간'), say(entry, 'Notes', '내용')]];
  const contact = say(entry, 'Contact', '인적 사항');
  rows.push([contact, say(entry, 'Name', '성명'), basics.name, '', '', '']);
  if (basics.label) rows.push([contact, say(entry, 'Headline', '희망 직무'), basics.label, '', '', '']);
  rows.push([contact, say(entry, 'Email', '이메일'), basics.email, '', '', ''], [contact, say(entry, 'Phone', '전화'), basics.phone, '', '', ''], [contact, say(entry, 'Address', '주소'), entry.presentation.home, '', '', '']);
  for (const [label, url] of labelledLinks(basics)) rows.push([contact, label, url, '', '', '']);
  if (basics.summary) rows.push([sectionHeading(entry, 'summary'), '', '', '', '', basics.summary]);
  const experience = work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [[sectionHeading(entry, 'experience'), first, second, job.location ?? '', jobDates[i], job.highlights[0] ?? ''], ...job.highlights.slice(1).map((h) => ['', '', '', '', '', h])];
  });
  const educationRows = education.map((school, i) => [sectionHeading(entry, 'education'), degreeLine(school, i, entry), school.institution, '', schoolDates[i], '']);
  rows.push(...sectionsInOrder(entry, experience, educationRows).flat());
  if (skills.length > 0) rows.push(...(entry.presentation.flatSkills ? [[sectionHeading(entry, 'skills'), '', '', '', '', allSkills(skills).join('; ')]] : skills.map((g) => [sectionHeading(entry, 'skills'), g.name, '', '', '', g.keywords.join('; ')])));
  rows.push(...languages.map((l) => [sectionHeading(entry, 'languages'), l.language, '', '', '', l.fluency]));
  rows.push(...certificates.map((c) => [sectionHeading(entry, 'certificates'), c.name, c.issuer, '', c.date.slice(0, 4), '']));
  return formatCsv(rows);
}

function marpSlides(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const slides = [[`<!-- _class: lead -->`, '', `# ${basics.name}`, ...(basics.label ? ['', `## ${basics.label}`] : []), '', contactItems(entry).join(' · ')]];
  if (basics.summary) slides.push([`## ${sectionHeading(entry, 'summary')}`, '', basics.summary]);
  // Two jobs a slide, as a deck keeps each slide short.
  const experience = [];
  for (let i = 0; i < work.length; i += 2) {
    experience.push([`## ${sectionHeading(entry, 'experience')}${i > 0 ? say(entry, ' (cont.)', ' (계속)') : ''}`, '', ...work.slice(i, i + 2).flatMap((job, n) => {
      const [first, second] = namesInOrder(job, entry);
      return [`### ${first}`, `${second} — *${jobDates[i + n]}*${job.location ? ` · ${job.location}` : ''}`, '', ...job.highlights.map((h) => `- ${h}`), ...(job.highlights.length > 0 ? [''] : [])];
    })]);
  }
  const educationSlide = [[`## ${sectionHeading(entry, 'education')}`, '', ...education.flatMap((school, i) => [`**${school.institution}**  `, `${degreeLine(school, i, entry)} · ${schoolDates[i]}`, ''])]];
  slides.push(...sectionsInOrder(entry, experience, educationSlide).flat());
  const last = [];
  if (skills.length > 0) last.push(`## ${sectionHeading(entry, 'skills')}`, '', ...(entry.presentation.flatSkills ? [allSkills(skills).join(' · ')] : skills.map((g) => `- **${g.name}:** ${g.keywords.join(', ')}`)), '');
  if (languages.length > 0) last.push(`## ${sectionHeading(entry, 'languages')}`, '', languages.map((l) => `${l.language} (${l.fluency})`).join(' · '), '');
  if (certificates.length > 0) last.push(`## ${sectionHeading(entry, 'certificates')}`, '', ...certificates.map((c) => `- ${certificateYearLine(c)}`), '');
  if (last.length > 0) slides.push(last);
  const theme = ['gaia', 'default', 'uncover'][index % 3];
  const front = ['---', 'marp: true', `theme: ${theme}`, 'paginate: true', `header: '${basics.name.replace(/'/g, "''")}'`, `footer: '${say(entry, 'CV', '이력서')} · ${basics.email}'`, '---', ''];
  return `${front.join('\n')}${slides.map((slide) => slide.join('\n').trimEnd()).join('\n\n---\n\n')}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-ganttbars': 'pdf', 'html-twoup': 'pdf', 'html-iconheadings': 'pdf', 'html-scannedocr': 'pdf',
  'docx-tenderkeyexpert': 'docx', 'text-rendercvyaml': 'txt', 'text-spreadsheetcsv': 'txt', 'markdown-marpslides': 'md',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'twentieth held-back résumé set',
  people: buildHoldout20Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (twentieth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  programs: [],
  async render(people) {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-rendercvyaml.txt`), renderCvYaml(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-spreadsheetcsv.txt`), spreadsheetCsv(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-marpslides.md`), marpSlides(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-tenderkeyexpert.docx`), pinDocx(await Packer.toBuffer(tenderDocx(entry, index))));
    }
    await renderChromium(people);
  },
});
