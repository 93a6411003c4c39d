// Builds the nineteenth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout19/):
// 30 people written out by hand (scripts/resume-corpus-holdout19-content.mjs; 22 in English from eleven
// countries and territories no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts
// no earlier set (resume-corpus, -fresh, -holdout … -holdout18, -ko) uses:
// - `html-rendercv`             Chromium; a RENDERCV "classic"-like PDF (the Typst résumé tool): the name centred, one
//                               contact line, "Last updated in Nov 2026" at the top right, section titles with a
//                               rule running after them, every job "**Employer**, Title" at the left with the PLACE
//                               AND THE DATES STACKED RIGHT-ALIGNED beside it, every school with the DEGREE LINE IN A
//                               NARROW LEFT COLUMN, "Name - Page 1 of 2" at the foot.
// - `html-coverpage`            Chromium; a CV with a COVER PAGE: page 1 holds the title "Curriculum Vitae", the name,
//                               the headline, a photo box, a CONTENTS list of numbered sections with page numbers and
//                               the contact; the CV from page 2 in numbered sections, each job with "Period:" and
//                               "Location:" labels; a footer "Name — Curriculum Vitae  n/m" on every page.
// - `html-horizontaltimeline`   Chromium; a timeline design on LANDSCAPE A4: the career on a HORIZONTAL TIME AXIS with
//                               a tick for every year, each job a box set at its start year above the axis, schools
//                               below it, the profile, skills and languages in a strip at the bottom.
// - `html-bigyears`             Chromium; a Canva-like design with the START YEAR OF EVERY JOB (the end year of every
//                               school) in 30 pt light numerals beside the entry, the person's own dates small under
//                               the names; contact as three labelled columns (Call / Write / Visit).
// - `docx-agencyformat`         the `docx` package; a RECRUITMENT AGENCY's REFORMATTED CV: the agency's name in the
//                               page header, the CONSULTANT's name, e-mail and phone in the page footer, a candidate
//                               table (name, current role, location, e-mail, phone, online, notice, salary), a
//                               consultant's note, "Career History" with "Key achievements".
// - `text-moderncvsource`       a LaTeX MODERNCV SOURCE saved as .txt: the preamble, \name, \title, \address,
//                               \phone, \email, \social / \homepage, then \cventry{dates}{…}{…}{place}{}{itemize},
//                               \cvitem skills and \cvitemwithcomment languages.
// - `text-mediawiki`            a MEDIAWIKI page source saved as .txt: an {{Infobox person}} with the contact, `== `
//                               sections, jobs as `=== names ===` with a '''Period:''' line, a wikitable of languages,
//                               "External links" and [[Category:]] lines.
// - `markdown-joplinraw`        a JOPLIN note in its RAW export: the note's title as the first line, a contact PIPE
//                               TABLE, the summary as a quote, jobs with `<small>dates · place</small>`, schools as a
//                               table, then Joplin's METADATA block (id, created_time, …, type_: 1) at the end.
// The rendered files are committed (CI needs no Chromium to read them).
//
// `npx node scripts/build-resume-corpus-holdout19.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit. Needs /usr/bin/chromium (neither LibreOffice nor TeX); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, bulletsHtml, certificateYearLine, degreeLine, escapeHtml, isKorean, labelledLinks, namesInOrder, pageFormat, pinDocx, pinPdf, printFooter,
  sansFont, say, sectionHeading, sectionsInOrder, sha256, withChromiumPrinter,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout19Content } from './resume-corpus-holdout19-content.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout19');
const FROZEN_ON = '2026-12-02';
const e = escapeHtml;
const year = (date) => Number(date.slice(0, 4));
/** The year a job starts and a school ends (a school without a start year is placed at its end). */
const jobYear = (job) => year(job.startDate);
const schoolYear = (school) => year(school.endDate);

// ------------------------------------------------------------------------------------------------
// A RenderCV "classic"-like PDF

function renderCvPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['#004f90', '#7a1f1f', '#1f5f3a', '#4b2a7a'][index % 4];
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; font-size: 9.6pt; color: #111; line-height: 1.35; }
    .updated { text-align: right; font-size: 7pt; color: #777; font-style: italic; } h1 { text-align: center; font-size: 24pt; margin: 1mm 0 1.5mm; color: ${accent}; }
    .contact { text-align: center; font-size: 8.6pt; } .contact span { margin: 0 2.4mm; } h2 { display: flex; align-items: center; font-size: 11.5pt; color: ${accent}; margin: 5mm 0 2mm; }
    h2::after { content: ''; flex: 1; border-bottom: .6pt solid ${accent}; margin-left: 2mm; } .row { display: flex; gap: 4mm; margin-bottom: 2.6mm; } .main { flex: 1; } .side { width: 36mm; text-align: right; font-size: 9pt; }
    .deg { width: 26mm; font-weight: bold; font-size: 8.8pt; } p { margin: 0 0 .8mm; } ul { margin: .6mm 0 0; padding-left: 4mm; } li { margin-bottom: .4mm; }</style>`;
  const contact = [entry.presentation.home, basics.email, basics.phone, ...labelledLinks(basics).map(([, url]) => bareUrl(url))];
  const parts = [`<div class="updated">${say(entry, 'Last updated in Nov 2026', '최종 수정 2026년 11월')}</div><h1>${e(basics.name)}</h1>`,
    `<div class="contact">${contact.map((item) => `<span>${e(item)}</span>`).join('')}</div>`];
  if (basics.label) parts.push(`<h2>${say(entry, 'Headline', '희망 직무')}</h2><p>${e(basics.label)}</p>`);
  if (basics.summary) parts.push(`<h2>${sectionHeading(entry, 'summary')}</h2><p>${e(basics.summary)}</p>`);
  const experience = `<h2>${sectionHeading(entry, 'experience')}</h2>${work.map((job, i) => `<div class="row"><div class="main"><p><b>${e(job.name)}</b>, ${e(job.position)}</p>${bulletsHtml(job.highlights)}</div>`
    + `<div class="side">${job.location ? `<p>${e(job.location)}</p>` : ''}<p>${e(jobDates[i])}</p></div></div>`).join('')}`;
  const educationPart = `<h2>${sectionHeading(entry, 'education')}</h2>${education.map((school, i) => `<div class="row"><div class="deg">${e(degreeLine(school, i, entry))}</div>`
    + `<div class="main"><p><b>${e(school.institution)}</b>${!isKorean(entry) && school.area ? `, ${e(school.area)}` : ''}</p></div><div class="side"><p>${e(schoolDates[i])}</p></div></div>`).join('')}`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(`<h2>${sectionHeading(entry, 'skills')}</h2>${entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(', '))}</p>` : skills.map((g) => `<p><b>${e(g.name)}:</b> ${e(g.keywords.join(', '))}</p>`).join('')}`);
  if (languages.length > 0) parts.push(`<h2>${sectionHeading(entry, 'languages')}</h2>${languages.map((l) => `<p><b>${e(l.language)}:</b> ${e(l.fluency)}</p>`).join('')}`);
  if (certificates.length > 0) parts.push(`<h2>${sectionHeading(entry, 'certificates')}</h2>${certificates.map((c) => `<div class="row"><div class="main"><p>${e(c.name)}, ${e(c.issuer)}</p></div><div class="side"><p>${e(c.date)}</p></div></div>`).join('')}`);
  const footer = `<div style="font-size:7.5px;font-family:'Liberation Sans','Noto Sans CJK KR',sans-serif;width:100%;text-align:center;color:#777;">${e(basics.name)} - ${say(entry, 'Page', '페이지')} <span class="pageNumber"></span> ${say(entry, 'of', '/')} <span class="totalPages"></span></div>`;
  return [`${css}${parts.join('')}`, { format: pageFormat(entry, index), displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footer, margin: { top: '12mm', bottom: '14mm', left: '16mm', right: '16mm' } }];
}

// ------------------------------------------------------------------------------------------------
// A CV with a cover page and a contents list

function coverPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['#8d6e63', '#37474f', '#00695c', '#ad1457'][index % 4];
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index + 1)}, sans-serif; font-size: 9.6pt; color: #222; line-height: 1.45; }
    .cover { height: 250mm; page-break-after: always; display: flex; flex-direction: column; } .kicker { letter-spacing: 4pt; text-transform: uppercase; color: ${accent}; font-size: 11pt; margin-top: 30mm; }
    .cover h1 { font-size: 34pt; margin: 3mm 0 2mm; } .cover .headline { font-size: 13pt; color: #555; } .photo { width: 34mm; height: 42mm; border: .8pt solid #bbb; margin: 10mm 0; display: flex; align-items: center; justify-content: center; color: #aaa; font-size: 8pt; }
    .toc { width: 110mm; } .toc p { display: flex; margin: 0 0 1mm; } .toc p span:nth-child(2) { flex: 1; border-bottom: .6pt dotted #999; margin: 0 2mm 1.2mm; } .cover .contact { margin-top: auto; font-size: 9pt; border-top: 1pt solid ${accent}; padding-top: 3mm; } .cover .contact p { margin: 0; }
    h2 { font-size: 13pt; color: ${accent}; border-bottom: .8pt solid ${accent}; margin: 6mm 0 2.5mm; } h3 { font-size: 10.2pt; margin: 3mm 0 .5mm; } .meta { font-size: 8.6pt; color: #555; margin: 0 0 .8mm; } .meta b { color: #333; }
    p { margin: 0 0 1mm; } ul { margin: .5mm 0 1mm; padding-left: 5mm; }</style>`;
  const numbered = [];
  const section = (title, body) => {
    numbered.push(title);
    return `<h2>${numbered.length}&nbsp;&nbsp;${e(title)}</h2>${body}`;
  };
  const body = [];
  if (basics.summary) body.push(section(say(entry, 'Profile', '자기소개'), `<p>${e(basics.summary)}</p>`));
  const label = (en, ko) => `<b>${say(entry, en, ko)}:</b>`;
  const experience = () => section(sectionHeading(entry, 'experience'), work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return `<h3>${e(first)}, ${e(second)}</h3><p class="meta">${label('Period', '기간')} ${e(jobDates[i])}${job.location ? `&nbsp;&nbsp;·&nbsp;&nbsp;${label('Location', '근무지')} ${e(job.location)}` : ''}</p>${bulletsHtml(job.highlights)}`;
  }).join(''));
  const educationPart = () => section(sectionHeading(entry, 'education'), education.map((school, i) => `<h3>${e(school.institution)}</h3><p>${e(degreeLine(school, i, entry))}</p><p class="meta">${label('Years', '기간')} ${e(schoolDates[i])}</p>`).join(''));
  for (const part of sectionsInOrder(entry, experience, educationPart)) body.push(part());
  if (skills.length > 0) body.push(section(sectionHeading(entry, 'skills'), entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(', '))}</p>` : skills.map((g) => `<p><b>${e(g.name)}</b>: ${e(g.keywords.join(', '))}</p>`).join('')));
  if (languages.length > 0) body.push(section(sectionHeading(entry, 'languages'), `<p>${languages.map((l) => `${e(l.language)} (${e(l.fluency)})`).join(', ')}</p>`));
  if (certificates.length > 0) body.push(section(sectionHeading(entry, 'certificates'), bulletsHtml(certificates.map(certificateYearLine))));
  const contact = [basics.email, basics.phone, entry.presentation.home, ...labelledLinks(basics).map(([labelText, url]) => `${labelText}: ${bareUrl(url)}`)];
  const cover = `<div class="cover"><div class="kicker">${say(entry, 'Curriculum Vitae', '이 력 서')}</div><h1>${e(basics.name)}</h1>${basics.label ? `<div class="headline">${e(basics.label)}</div>` : ''}`
    + `<div class="photo">${say(entry, 'photo', '사진')}</div><div class="toc"><p><b>${say(entry, 'Contents', '목차')}</b></p>${numbered.map((title, n) => `<p><span>${n + 1}&nbsp;&nbsp;${e(title)}</span><span></span><span>2</span></p>`).join('')}</div>`
    + `<div class="contact">${contact.map((item) => `<p>${e(item)}</p>`).join('')}<p>${say(entry, 'November 2026', '2026년 11월')}</p></div></div>`;
  return [`${css}${cover}${body.join('')}`, { format: 'A4', displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: printFooter(`${basics.name} — ${say(entry, 'Curriculum Vitae', '이력서')}`), margin: { top: '14mm', bottom: '16mm', left: '20mm', right: '20mm' } }];
}

// ------------------------------------------------------------------------------------------------
// A horizontal timeline on landscape A4

function horizontalTimelinePage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['#ef6c00', '#0277bd', '#558b2f', '#6d4c41'][index % 4];
  const first = Math.min(...work.map(jobYear), ...education.map((school) => year(school.startDate ?? school.endDate)));
  const span = 2027 - first;
  const axisWidth = 255;
  const boxWidth = 78;
  const at = (y) => Math.min(axisWidth - boxWidth, ((y - first) / span) * axisWidth);
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; font-size: 8.2pt; color: #263238; line-height: 1.32; }
    header { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2pt solid ${accent}; padding-bottom: 2mm; } h1 { font-size: 22pt; margin: 0; } .headline { color: ${accent}; font-size: 11pt; margin: 0; }
    .contact { text-align: right; font-size: 8pt; } .contact p { margin: 0; } .lane { position: relative; height: auto; margin: 2mm 0; } .box { width: ${boxWidth}mm; border-left: 2pt solid ${accent}; background: #f6f6f6; padding: 1.2mm 2mm; }
    .box p { margin: 0; } .d { color: ${accent}; font-weight: bold; font-size: 7.6pt; } .t { font-weight: bold; } ul { margin: .4mm 0 0; padding-left: 3.6mm; } .axis { display: flex; border-top: 1.6pt solid #455a64; margin: 3mm 0; width: ${axisWidth}mm; }
    .axis span { flex: 1; font-size: 6.8pt; color: #78909c; border-left: .6pt solid #90a4ae; padding: .4mm 0 0 .6mm; } .group { font-size: 7.6pt; font-weight: bold; letter-spacing: 1.2pt; text-transform: uppercase; color: #78909c; }
    .strip { display: flex; gap: 6mm; border-top: .6pt solid #cfd8dc; margin-top: 3mm; padding-top: 2mm; } .strip div { flex: 1; } .strip h2 { font-size: 9pt; margin: 0 0 1mm; color: ${accent}; text-transform: uppercase; } .strip p { margin: 0 0 .8mm; }</style>`;
  const lanes = (boxes) => boxes.map(([y, html]) => `<div class="lane"><div class="box" style="margin-left: ${at(y).toFixed(1)}mm">${html}</div></div>`).join('');
  const jobs = work.map((job, i) => {
    const [firstName, second] = namesInOrder(job, entry);
    return [jobYear(job), `<p class="d">${e(jobDates[i])}</p><p class="t">${e(firstName)}</p><p>${e(second)}</p>${job.location ? `<p><i>${e(job.location)}</i></p>` : ''}${bulletsHtml(job.highlights)}`];
  });
  const schools = education.map((school, i) => [year(school.startDate ?? school.endDate), `<p class="d">${e(schoolDates[i])}</p><p class="t">${e(school.institution)}</p><p>${e(degreeLine(school, i, entry))}</p>`]);
  const ticks = Array.from({ length: span }, (_, n) => `<span>${first + n}</span>`).join('');
  const [above, below] = sectionsInOrder(entry, [sectionHeading(entry, 'experience'), jobs], [sectionHeading(entry, 'education'), schools]);
  const contact = [basics.phone, basics.email, entry.presentation.home, ...labelledLinks(basics).map(([, url]) => bareUrl(url))];
  const strip = [];
  if (basics.summary) strip.push(`<div><h2>${say(entry, 'Profile', '소개')}</h2><p>${e(basics.summary)}</p></div>`);
  if (skills.length > 0) strip.push(`<div><h2>${sectionHeading(entry, 'skills')}</h2>${entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(' · '))}</p>` : skills.map((g) => `<p><b>${e(g.name)}</b> · ${e(g.keywords.join(' · '))}</p>`).join('')}</div>`);
  const more = [];
  if (languages.length > 0) more.push(`<h2>${sectionHeading(entry, 'languages')}</h2>${languages.map((l) => `<p>${e(l.language)} — ${e(l.fluency)}</p>`).join('')}`);
  if (certificates.length > 0) more.push(`<h2>${sectionHeading(entry, 'certificates')}</h2>${certificates.map((c) => `<p>${e(certificateYearLine(c))}</p>`).join('')}`);
  if (more.length > 0) strip.push(`<div>${more.join('')}</div>`);
  const body = `${css}<header><div><h1>${e(basics.name)}</h1>${basics.label ? `<p class="headline">${e(basics.label)}</p>` : ''}</div><div class="contact">${contact.map((c) => `<p>${e(c)}</p>`).join('')}</div></header>`
    + `<p class="group">${e(above[0])}</p>${lanes(above[1])}<div class="axis">${ticks}</div><p class="group">${e(below[0])}</p>${lanes(below[1])}<div class="strip">${strip.join('')}</div>`;
  return [body, { format: 'A4', landscape: true, margin: { top: '9mm', bottom: '9mm', left: '12mm', right: '12mm' } }];
}

// ------------------------------------------------------------------------------------------------
// A Canva-like design with big year numerals beside the entries

function bigYearsPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const tint = ['#b0bec5', '#bcaaa4', '#a5d6a7', '#ce93d8'][index % 4];
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index + 1)}, sans-serif; font-size: 9pt; color: #333; line-height: 1.4; }
    h1 { font-size: 28pt; margin: 0; font-weight: 800; } .headline { font-size: 11pt; letter-spacing: 1pt; margin: 1mm 0 4mm; color: #666; } .cols { display: flex; gap: 6mm; border-top: 1pt solid #333; border-bottom: 1pt solid #333; padding: 2mm 0; margin-bottom: 4mm; }
    .cols div { flex: 1; font-size: 8.4pt; } .cols b { display: block; font-size: 7pt; letter-spacing: 1.5pt; text-transform: uppercase; color: #999; } h2 { font-size: 11pt; letter-spacing: 2pt; text-transform: uppercase; margin: 5mm 0 2mm; }
    .entry { display: flex; gap: 4mm; margin-bottom: 3mm; } .yr { width: 26mm; font-size: 30pt; font-weight: 300; color: ${tint}; line-height: 1; } .entry .in { flex: 1; } .in p { margin: 0; } .t { font-weight: bold; font-size: 10pt; }
    .small { font-size: 8pt; color: #777; } ul { margin: .6mm 0 0; padding-left: 4mm; } .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 1mm 6mm; } p { margin: 0 0 1mm; }</style>`;
  const links = labelledLinks(basics).map(([, url]) => bareUrl(url));
  const cols = [[say(entry, 'Call', '전화'), [basics.phone]], [say(entry, 'Write', '메일'), [basics.email]], [say(entry, 'Visit', '주소'), [entry.presentation.home, ...links]]];
  const parts = [`<h1>${e(basics.name)}</h1>${basics.label ? `<p class="headline">${e(basics.label)}</p>` : ''}<div class="cols">${cols.map(([name, items]) => `<div><b>${name}</b>${items.map((item) => `${e(item)}<br>`).join('')}</div>`).join('')}</div>`];
  if (basics.summary) parts.push(`<p>${e(basics.summary)}</p>`);
  const experience = `<h2>${sectionHeading(entry, 'experience')}</h2>${work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return `<div class="entry"><div class="yr">${jobYear(job)}</div><div class="in"><p class="t">${e(first)}</p><p>${e(second)}</p><p class="small">${e(jobDates[i])}${job.location ? ` | ${e(job.location)}` : ''}</p>${bulletsHtml(job.highlights)}</div></div>`;
  }).join('')}`;
  const educationPart = `<h2>${sectionHeading(entry, 'education')}</h2>${education.map((school, i) => `<div class="entry"><div class="yr">${schoolYear(school)}</div><div class="in"><p class="t">${e(degreeLine(school, i, entry))}</p><p>${e(school.institution)}</p><p class="small">${e(schoolDates[i])}</p></div></div>`).join('')}`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(`<h2>${sectionHeading(entry, 'skills')}</h2>${entry.presentation.flatSkills ? `<div class="grid">${allSkills(skills).map((s) => `<p>${e(s)}</p>`).join('')}</div>` : `<div class="grid">${skills.map((g) => `<p><b>${e(g.name)}</b><br>${e(g.keywords.join(', '))}</p>`).join('')}</div>`}`);
  if (languages.length > 0) parts.push(`<h2>${sectionHeading(entry, 'languages')}</h2><div class="grid">${languages.map((l) => `<p>${e(l.language)} — ${e(l.fluency)}</p>`).join('')}</div>`);
  if (certificates.length > 0) parts.push(`<h2>${sectionHeading(entry, 'certificates')}</h2>${certificates.map((c) => `<div class="entry"><div class="yr">${e(c.date)}</div><div class="in"><p>${e(c.name)}</p><p class="small">${e(c.issuer)}</p></div></div>`).join('')}`);
  return [`${css}${parts.join('')}`, { format: pageFormat(entry, index + 1), margin: { top: '14mm', bottom: '12mm', left: '16mm', right: '16mm' } }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-rendercv.pdf`), pinPdf(await print(...renderCvPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-coverpage.pdf`), pinPdf(await print(...coverPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-horizontaltimeline.pdf`), pinPdf(await print(...horizontalTimelinePage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-bigyears.pdf`), pinPdf(await print(...bigYearsPage(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// A recruitment agency's reformatted CV (Word)

/** The agencies and their consultants (fictional; e-mail and phone in the page footer only). */
const AGENCIES = [
  { name: 'Meridian Talent Partners', consultant: 'Claire Dunmore, Senior Consultant', email: 'claire.dunmore@meridiantalent.example.com', phone: '+44 20 5550 1188' },
  { name: 'Northgate Recruitment', consultant: 'Pieter van Aalst, Principal Consultant', email: 'p.vanaalst@northgate.example.org', phone: '+31 20 555 0142' },
  { name: 'Crestline Executive Search', consultant: 'Samira Haddad, Associate Director', email: 'samira@crestline.example.net', phone: '+971 4 555 0193' },
];
const KOREAN_AGENCY = { name: '(주)한빛서치 컨설팅', consultant: '김태웅 이사', email: 'tw.kim@hanbitsearch.example.co.kr', phone: '02-555-0192' };

function agencyDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const agency = korean ? KOREAN_AGENCY : AGENCIES[index % AGENCIES.length];
  const font = korean ? 'Malgun Gothic' : ['Arial', 'Calibri', 'Georgia'][index % 3];
  const line = (text, { run = {}, ...options } = {}) => new Paragraph({ ...options, children: [new TextRun({ text, ...run })] });
  const heading = (text) => new Paragraph({ spacing: { before: 240, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F', space: 1 } }, children: [new TextRun({ text: text.toUpperCase(), bold: true, size: 22 })] });
  const cell = (children, width) => new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children });
  const links = labelledLinks(basics);
  const rows = [
    [say(entry, 'Candidate', '성명'), [new TextRun({ text: basics.name, bold: true })]],
    ...(basics.label ? [[say(entry, 'Current role', '현 직무'), [new TextRun(basics.label)]]] : []),
    [say(entry, 'Location', '거주지'), [new TextRun(entry.presentation.home)]],
    [say(entry, 'Email', '이메일'), [new TextRun(basics.email)]],
    [say(entry, 'Phone', '연락처'), [new TextRun(basics.phone)]],
    ...(links.length > 0 ? [[say(entry, 'Online', '링크'), links.flatMap(([label, url], n) => [...(n > 0 ? [new TextRun(' | ')] : []), new ExternalHyperlink({ link: url, children: [new TextRun({ text: `${label}: ${bareUrl(url)}`, style: 'Hyperlink' })] })])]] : []),
    [say(entry, 'Notice period', '입사 가능일'), [new TextRun(say(entry, 'One month', '협의 후 1개월'))]],
    [say(entry, 'Salary expectation', '희망 연봉'), [new TextRun(say(entry, 'Negotiable', '협의'))]],
  ];
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: say(entry, 'CANDIDATE PROFILE', '후보자 추천서'), bold: true, size: 32 })] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map(([label, runs]) => new TableRow({ children: [cell([line(label, { run: { bold: true, color: '595959' } })], 28), cell([new Paragraph({ children: runs })], 72)] })) }),
    heading(say(entry, "Consultant's note", '컨설턴트 의견')),
    line(say(entry, `Interviewed by ${agency.consultant.split(',')[0]} on 25 November 2026. Recommended for shortlisting; references available on request.`, `2026년 11월 25일 ${agency.consultant} 면접. 서류 전형 추천, 평판 조회 가능.`), { run: { italics: true } }),
  ];
  if (basics.summary) children.push(heading(say(entry, 'Candidate summary', '자기소개')), line(basics.summary));
  const experience = () => {
    children.push(heading(say(entry, 'Career history', '경력 사항')));
    work.forEach((job, i) => {
      const [first, second] = namesInOrder(job, entry);
      children.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: first, bold: true }), new TextRun(` — ${second}`)] }));
      children.push(line([jobDates[i], job.location].filter(Boolean).join(' | '), { run: { italics: true, color: '595959' } }));
      if (job.highlights.length > 0) {
        children.push(line(say(entry, 'Key achievements:', '주요 성과:'), { run: { bold: true, size: 19 } }));
        for (const h of job.highlights) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(h)] }));
      }
    });
  };
  const educationPart = () => {
    children.push(heading(say(entry, 'Education & qualifications', '학력 사항')));
    education.forEach((school, i) => children.push(new Paragraph({ children: [new TextRun({ text: degreeLine(school, i, entry), bold: true }), new TextRun(` — ${school.institution} (${schoolDates[i]})`)] })));
  };
  for (const part of sectionsInOrder(entry, experience, educationPart)) part();
  if (skills.length > 0) {
    children.push(heading(say(entry, 'Key skills', '보유 기술')));
    if (entry.presentation.flatSkills) children.push(line(allSkills(skills).join(', ')));
    else for (const g of skills) children.push(new Paragraph({ children: [new TextRun({ text: `${g.name}: `, bold: true }), new TextRun(g.keywords.join(', '))] }));
  }
  if (languages.length > 0) children.push(heading(sectionHeading(entry, 'languages')), ...languages.map((l) => line(`${l.language} – ${l.fluency}`)));
  if (certificates.length > 0) children.push(heading(sectionHeading(entry, 'certificates')), ...certificates.map((c) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(certificateYearLine(c))] })));
  const header = new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: agency.name, bold: true, color: '1F3864' }), new TextRun({ text: say(entry, '  |  Candidate profile — confidential', '  |  후보자 추천서 — 대외비'), color: '7F7F7F', size: 16 })] })] });
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${say(entry, 'Presented by', '담당 컨설턴트')} ${agency.consultant} · ${agency.email} · ${agency.phone}`, size: 16, color: '7F7F7F' })] })] });
  return new Document({
    creator: agency.name, title: say(entry, `${basics.name} — Candidate profile`, `${basics.name} 후보자 추천서`),
    styles: { default: { document: { run: { font, size: 20 } } } },
    sections: [{ properties: { page: { size: pageFormat(entry, index) === 'Letter' ? { width: 12240, height: 15840 } : { width: 11906, height: 16838 }, margin: { top: 1300, bottom: 1200, left: 1134, right: 1134 } } }, headers: { default: header }, footers: { default: footer }, children }],
  });
}

// ------------------------------------------------------------------------------------------------
// Sources saved as text (a moderncv LaTeX source, a MediaWiki page); a Joplin note's raw export

/** Text as a LaTeX source writes it: the special characters escaped, a Korean range's "~" as $\sim$. */
const tex = (text) => text.replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '$\\sim$');

function moderncvSource(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const words = basics.name.split(' ');
  const [given, family] = korean ? [basics.name, ''] : [words[0], words.slice(1).join(' ')];
  const style = ['classic', 'banking', 'casual', 'oldstyle', 'fancy'][index % 5];
  const out = [`\\documentclass[11pt,${pageFormat(entry, index) === 'Letter' ? 'letterpaper' : 'a4paper'},sans]{moderncv}`, `\\moderncvstyle{${style}}`, `\\moderncvcolor{${['blue', 'green', 'burgundy', 'grey'][index % 4]}}`,
    ...(korean ? ['\\usepackage{kotex}'] : ['\\usepackage[utf8]{inputenc}']), '\\usepackage[scale=0.78]{geometry}', '',
    '% personal data', `\\name{${tex(given)}}{${tex(family)}}`];
  if (basics.label) out.push(`\\title{${tex(basics.label)}}`);
  out.push(`\\address{${tex(entry.presentation.home)}}{}{}`, `\\phone[mobile]{${tex(basics.phone)}}`, `\\email{${tex(basics.email)}}`);
  for (const [label, url] of labelledLinks(basics)) {
    if (label === 'Website') out.push(`\\homepage{${bareUrl(url)}}`);
    else out.push(`\\social[${label.toLowerCase()}][${bareUrl(url)}]{${tex(url.replace(/\/$/, '').split('/').at(-1))}}`);
  }
  out.push('', '\\begin{document}', '\\makecvtitle', '');
  if (basics.summary) out.push(`\\section{${sectionHeading(entry, 'summary')}}`, `\\cvitem{}{${tex(basics.summary)}}`, '');
  const experience = [`\\section{${sectionHeading(entry, 'experience')}}`, ...work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    const bullets = job.highlights.length > 0 ? `%\n  \\begin{itemize}%\n${job.highlights.map((h) => `    \\item ${tex(h)}`).join('\n')}\n  \\end{itemize}` : '';
    return `\\cventry{${tex(jobDates[i])}}{${tex(first)}}{${tex(second)}}{${tex(job.location ?? '')}}{}{${bullets}}`;
  }), ''];
  const educationPart = [`\\section{${sectionHeading(entry, 'education')}}`, ...education.map((school, i) => `\\cventry{${tex(schoolDates[i])}}{${tex(degreeLine(school, i, entry))}}{${tex(school.institution)}}{}{}{}`), ''];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) out.push(`\\section{${sectionHeading(entry, 'skills')}}`, ...(entry.presentation.flatSkills ? [`\\cvitem{}{${tex(allSkills(skills).join(', '))}}`] : skills.map((g) => `\\cvitem{${tex(g.name)}}{${tex(g.keywords.join(', '))}}`)), '');
  if (languages.length > 0) out.push(`\\section{${sectionHeading(entry, 'languages')}}`, ...languages.map((l) => `\\cvitemwithcomment{${tex(l.language)}}{${tex(l.fluency)}}{}`), '');
  if (certificates.length > 0) out.push(`\\section{${sectionHeading(entry, 'certificates')}}`, ...certificates.map((c) => `\\cvlistitem{${tex(certificateYearLine(c))}}`), '');
  out.push('\\end{document}');
  return `${out.join('\n')}\n`;
}

function mediaWikiSource(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const links = labelledLinks(basics);
  const field = (name, value) => `| ${name.padEnd(11)}= ${value}`;
  const out = ['{{Infobox person', field('name', basics.name), ...(basics.label ? [field('occupation', basics.label)] : []), field('residence', entry.presentation.home), field('email', basics.email), field('phone', basics.phone),
    ...(basics.url ? [field('website', `[${basics.url} ${bareUrl(basics.url)}]`)] : []), '}}', ''];
  if (basics.summary) out.push(`'''${basics.name}''' — ${basics.summary}`, '');
  const experience = [`== ${sectionHeading(entry, 'experience')} ==`, ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [`=== ${first} ===`, `''${second}''${job.location ? ` · ${job.location}` : ''}<br />`, `'''${say(entry, 'Period', '기간')}:''' ${jobDates[i]}`, ...job.highlights.map((h) => `* ${h}`), ''];
  })];
  const educationPart = [`== ${sectionHeading(entry, 'education')} ==`, ...education.map((school, i) => `* '''${school.institution}''' — ${degreeLine(school, i, entry)} (${schoolDates[i]})`), ''];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) out.push(`== ${sectionHeading(entry, 'skills')} ==`, ...(entry.presentation.flatSkills ? [allSkills(skills).join(', ')] : skills.flatMap((g) => [`; ${g.name}`, `: ${g.keywords.join(', ')}`])), '');
  if (languages.length > 0) out.push(`== ${sectionHeading(entry, 'languages')} ==`, '{| class="wikitable"', `! ${say(entry, 'Language', '언어')} !! ${say(entry, 'Level', '수준')}`, ...languages.flatMap((l) => ['|-', `| ${l.language} || ${l.fluency}`]), '|}', '');
  if (certificates.length > 0) out.push(`== ${sectionHeading(entry, 'certificates')} ==`, ...certificates.map((c) => `# ${certificateYearLine(c)}`), '');
  const profiles = links.filter(([label]) => label !== 'Website');
  if (profiles.length > 0) out.push(`== ${say(entry, 'External links', '외부 링크')} ==`, ...profiles.map(([label, url]) => `* [${url} ${label}]`), '');
  out.push(`[[${say(entry, 'Category:Curricula vitae', '분류:이력서')}]]`);
  return `${out.join('\n')}\n`;
}

function joplinRawMarkdown(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const cellText = (text) => text.replace(/\|/g, '\\|');
  const out = [say(entry, `${basics.name} — CV`, `${basics.name} 이력서`), ''];
  if (basics.label) out.push(`**${basics.label}**`, '');
  out.push(`| ${say(entry, 'E-mail', '이메일')} | ${say(entry, 'Phone', '전화')} | ${say(entry, 'Home', '주소')} |`, '|---|---|---|', `| ${basics.email} | ${basics.phone} | ${cellText(entry.presentation.home)} |`, '');
  const links = labelledLinks(basics);
  if (links.length > 0) out.push(`${say(entry, 'Links', '링크')}: ${links.map(([label, url]) => `[${label}](${url})`).join(' · ')}`, '');
  if (basics.summary) out.push(`> ${basics.summary}`, '');
  const experience = [`## ${sectionHeading(entry, 'experience')}`, '', ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [`### ${first}`, `${second}  `, `<small>${jobDates[i]}${job.location ? ` · ${job.location}` : ''}</small>`, '', ...job.highlights.map((h) => `- ${h}`), ...(job.highlights.length > 0 ? [''] : [])];
  })];
  const educationPart = [`## ${sectionHeading(entry, 'education')}`, '', `| ${say(entry, 'Years', '기간')} | ${say(entry, 'School', '학교')} | ${say(entry, 'Degree', '학위')} |`, '|---|---|---|',
    ...education.map((school, i) => `| ${cellText(schoolDates[i])} | ${cellText(school.institution)} | ${cellText(degreeLine(school, i, entry))} |`), ''];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) out.push(`## ${sectionHeading(entry, 'skills')}`, '', ...(entry.presentation.flatSkills ? [allSkills(skills).join(' · ')] : skills.map((g) => `**${g.name}** — ${g.keywords.join(' · ')}  `)), '');
  if (languages.length > 0) out.push(`## ${sectionHeading(entry, 'languages')}`, '', ...languages.map((l) => `- ${l.language}: ${l.fluency}`), '');
  if (certificates.length > 0) out.push(`## ${sectionHeading(entry, 'certificates')}`, '', ...certificates.map((c) => `- [x] ${certificateYearLine(c)}`), '');
  // Joplin's raw export ends every note with its metadata; the IDs here are derived from the résumé id (fixed bytes).
  const id = sha256(entry.id).slice(0, 32);
  const created = `2026-11-${String(10 + (index % 18)).padStart(2, '0')}T08:${String(10 + index).padStart(2, '0')}:19.118Z`;
  const updated = '2026-11-30T09:02:44.530Z';
  out.push(`id: ${id}`, `parent_id: ${sha256('CV notebook').slice(0, 32)}`, `created_time: ${created}`, `updated_time: ${updated}`, 'is_conflict: 0', 'latitude: 0.00000000', 'longitude: 0.00000000', 'altitude: 0.0000',
    'author: ', 'source_url: ', 'is_todo: 0', 'todo_due: 0', 'todo_completed: 0', 'source: joplin-desktop', 'source_application: net.cozic.joplin-desktop', 'application_data: ', 'order: 0',
    `user_created_time: ${created}`, `user_updated_time: ${updated}`, 'encryption_cipher_text: ', 'encryption_applied: 0', 'markup_language: 1', 'is_shared: 0', 'share_id: ', 'conflict_original_id: ',
    'master_key_id: ', 'user_data: ', 'deleted_time: 0', 'type_: 1');
  return out.join('\n');
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-rendercv': 'pdf', 'html-coverpage': 'pdf', 'html-horizontaltimeline': 'pdf', 'html-bigyears': 'pdf',
  'docx-agencyformat': 'docx', 'text-moderncvsource': 'txt', 'text-mediawiki': 'txt', 'markdown-joplinraw': 'md',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'nineteenth held-back résumé set',
  people: buildHoldout19Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (nineteenth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  programs: [],
  async render(people) {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-moderncvsource.txt`), moderncvSource(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-mediawiki.txt`), mediaWikiSource(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-joplinraw.md`), joplinRawMarkdown(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-agencyformat.docx`), pinDocx(await Packer.toBuffer(agencyDocx(entry, index))));
    }
    await renderChromium(people);
  },
});
