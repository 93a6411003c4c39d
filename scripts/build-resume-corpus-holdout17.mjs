// Builds the seventeenth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout17/):
// 30 people written out by hand (scripts/resume-corpus-holdout17-content.mjs; 22 in English from eleven
// countries and territories no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts
// no earlier set (resume-corpus, -fresh, -holdout … -holdout16, -ko) uses:
// - `html-novoresume`   Chromium; a résumé builder's PDF like Novorésumé's: the name, headline and summary at the
//                       top over a tinted strip of contact items, a wide main column where every entry has the
//                       DATES AT THE LEFT AND THE PLACE AT THE RIGHT OF ONE LINE, an "Achievements/Tasks" label
//                       over the bullets, and a narrow right column with skill pills and languages.
// - `html-notionprint`  Chromium; a Notion page printed to PDF: a cover band, a page icon, the name as the page
//                       title, PROPERTY ROWS (Role, Location, Phone, Email, links), a callout with the summary, and
//                       experience and education as INLINE DATABASE TABLES (Company | Role | Dates | Location),
//                       each job's bullets in an opened toggle under the table.
// - `html-carrdsite`    Chromium; a one-page Carrd site printed from the browser: EVERYTHING CENTRED in a card
//                       (avatar, name, headline, buttons for the links, "home · phone · e-mail"), every entry as
//                       centred lines, bullets as centred lines without markers; the browser's header and footer.
// - `html-slidedeck`    Chromium; a résumé made as SLIDES (Google Slides / Keynote) and exported to PDF: 16:9
//                       landscape pages, a title slide, one slide per section, jobs as side-by-side cards with
//                       the dates on top, a footer with the name and "n / m" on every slide.
// - `docx-pdfconverted` the `docx` package; a PDF résumé CONVERTED TO WORD by a PDF-to-DOCX converter: every
//                       visual line is its own paragraph (a bullet's text broken across paragraphs where the PDF
//                       wrapped it), dates on the title's line after a right tab stop, "•" typed with a tab, the
//                       headings plain bold runs with letter spacing, no heading or list styles.
// - `text-chatexport`   plain text of a CHAT EXPORTED AS TEXT, where the person sent the CV as messages: WhatsApp's
//                       "30/11/2026, 14:02 - Name: …" lines (a recruiter's messages between, "<Media omitted>" for
//                       the PDF that did not go through, *bold* and _italic_ marks); Koreans a KakaoTalk PC export
//                       ("[이름] [오후 2:35] …" under "--------------- 2026년 11월 30일 월요일 ---------------").
// - `text-orgmode`      an Emacs ORG-MODE résumé source saved as .txt: #+TITLE/#+AUTHOR/#+EMAIL lines, `*`
//                       headings, each job a `**` heading with a :PROPERTIES: drawer (:LOCATION:, :DATES:),
//                       description lists ("- Phone :: …"), org links ([[url][label]]) and a languages table.
// - `markdown-hackmd`   a HackMD (CodiMD) note: YAML header with tags, `[TOC]`, a `:::info` container with
//                       emoji shortcodes for the contact, jobs as "### Title @ Employer" (Koreans "### 회사｜직무")
//                       over "`dates` · place", a skills table, certificates in a `:::success` container.
// The rendered files are committed (CI needs no Chromium to read them).
//
// `npx node scripts/build-resume-corpus-holdout17.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit. Needs /usr/bin/chromium (neither LibreOffice nor TeX); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, bulletsHtml, certificateYearLine, degreeLine, displayColumns, escapeHtml, isKorean, labelledLinks, namesInOrder, pageFormat, pinDocx, pinPdf, printFooter,
  printHeader, sansFont, say, sectionsInOrder, withChromiumPrinter, wrapWords,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout17Content } from './resume-corpus-holdout17-content.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout17');
const FROZEN_ON = '2026-12-02';
const e = escapeHtml;


// ------------------------------------------------------------------------------------------------
// A Novorésumé-like builder export

function novoPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['#2b6cb0', '#2f855a', '#9b2c2c', '#553c9a'][index % 4];
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; font-size: 8.4pt; color: #222; line-height: 1.38; }
    h1 { font-size: 22pt; margin: 0; color: #1a202c; } .headline { font-size: 11pt; color: ${accent}; margin: .5mm 0 2mm; } .intro { margin: 0 0 3mm; }
    .strip { display: flex; flex-wrap: wrap; gap: 1mm 6mm; background: ${accent}; color: #fff; padding: 2mm 4mm; margin-bottom: 4mm; font-size: 8pt; } .strip span::before { content: '● '; opacity: .6; }
    .cols { display: flex; gap: 7mm; } .main { width: 66%; } .side { width: 34%; } h2 { font-size: 10pt; text-transform: uppercase; border-bottom: 1.2pt solid #1a202c; margin: 0 0 2mm; padding-bottom: .5mm; }
    section { margin-bottom: 4mm; } .entry { margin-bottom: 3mm; } .t { font-size: 10pt; font-weight: bold; margin: 0; } .o { font-size: 9pt; margin: 0; }
    .meta { display: flex; justify-content: space-between; font-style: italic; color: ${accent}; font-size: 7.6pt; margin: .3mm 0; } .tasks { font-style: italic; color: #777; font-size: 7.4pt; margin: .8mm 0 0; }
    ul { margin: .3mm 0 0; padding-left: 4mm; } p { margin: 0 0 .8mm; } .pill { display: inline-block; border: 0.6pt solid #999; border-radius: 1mm; padding: .2mm 1.8mm; margin: 0 1mm 1.2mm 0; background: #f1f1f1; }
    .g { font-weight: bold; margin: 1.5mm 0 .8mm; } .lvl { color: #777; font-style: italic; }</style>`;
  const contact = [basics.email, basics.phone, entry.presentation.home, ...labelledLinks(basics).map(([, url]) => bareUrl(url))];
  const top = `<h1>${e(basics.name)}</h1>${basics.label ? `<p class="headline">${e(basics.label)}</p>` : ''}${basics.summary ? `<p class="intro">${e(basics.summary)}</p>` : ''}<div class="strip">${contact.map((c) => `<span>${e(c)}</span>`).join('')}</div>`;
  const tasks = say(entry, 'Achievements/Tasks', '주요 업무 및 성과');
  const experience = `<section><h2>${say(entry, 'Work Experience', '경력')}</h2>${work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return `<div class="entry"><p class="t">${e(first)}</p><p class="o">${e(second)}</p><div class="meta"><span>${e(jobDates[i])}</span><span>${e(job.location ?? '')}</span></div>${job.highlights.length > 0 ? `<p class="tasks">${tasks}</p>${bulletsHtml(job.highlights)}` : ''}</div>`;
  }).join('')}</section>`;
  const educationPart = `<section><h2>${say(entry, 'Education', '학력')}</h2>${education.map((school, i) => `<div class="entry"><p class="t">${e(degreeLine(school, i, entry))}</p><p class="o">${e(school.institution)}</p><div class="meta"><span>${e(schoolDates[i])}</span><span></span></div></div>`).join('')}</section>`;
  const side = [];
  if (skills.length > 0) {
    const pills = (keywords) => keywords.map((s) => `<span class="pill">${e(s)}</span>`).join('');
    side.push(`<section><h2>${say(entry, 'Skills', '스킬')}</h2>${entry.presentation.flatSkills ? pills(allSkills(skills)) : skills.map((g) => `<p class="g">${e(g.name)}</p>${pills(g.keywords)}`).join('')}</section>`);
  }
  if (languages.length > 0) side.push(`<section><h2>${say(entry, 'Languages', '외국어')}</h2>${languages.map((l) => `<p>${e(l.language)}<br><span class="lvl">${e(l.fluency)}</span></p>`).join('')}</section>`);
  if (certificates.length > 0) side.push(`<section><h2>${say(entry, 'Certificates', '자격증')}</h2>${certificates.map((c) => `<p>${e(c.name)}<br><span class="lvl">${e(c.issuer)} (${e(c.date.slice(0, 4))})</span></p>`).join('')}</section>`);
  return [`${css}${top}<div class="cols"><div class="main">${sectionsInOrder(entry, experience, educationPart).join('')}</div><div class="side">${side.join('')}</div></div>`, { format: pageFormat(entry, index), margin: { top: '12mm', bottom: '12mm', left: '13mm', right: '13mm' } }];
}

// ------------------------------------------------------------------------------------------------
// A Notion page printed to PDF

function notionPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const k = (en, ko) => (korean ? ko : en);
  const cover = ['linear-gradient(90deg,#f6d365,#fda085)', 'linear-gradient(90deg,#a1c4fd,#c2e9fb)', 'linear-gradient(90deg,#d4fc79,#96e6a1)'][index % 3];
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; font-size: 9pt; color: #37352f; line-height: 1.5; }
    .cover { height: 26mm; background: ${cover}; } .icon { font-size: 34pt; margin: -9mm 0 0 14mm; } .page { padding: 0 14mm; } h1 { font-size: 24pt; margin: 1mm 0 3mm; }
    .prop { display: flex; font-size: 8.6pt; margin: .6mm 0; } .prop .k { width: 34mm; color: #9b9a97; } .callout { background: #f1f1ef; border-radius: 1mm; padding: 2.5mm 3mm; margin: 4mm 0; display: flex; gap: 2mm; }
    h2 { font-size: 14pt; margin: 5mm 0 1.5mm; } table { border-collapse: collapse; width: 100%; font-size: 8.4pt; } th { color: #9b9a97; font-weight: normal; text-align: left; border-bottom: 0.6pt solid #e9e9e7; padding: 1mm 1.5mm; }
    td { border-bottom: 0.6pt solid #e9e9e7; padding: 1mm 1.5mm; vertical-align: top; } td:first-child { font-weight: 600; } .toggle { margin: 2mm 0 0; } .toggle p { margin: 0; } ul { margin: .3mm 0 0; padding-left: 9mm; }
    .tag { display: inline-block; border-radius: .8mm; padding: 0 1.5mm; margin: 0 1mm 1mm 0; background: #e3e2e0; } .tag.c1 { background: #d3e5ef; } .tag.c2 { background: #dbeddb; } .tag.c3 { background: #fdecc8; } p { margin: 0 0 1mm; }</style>`;
  const props = [[k('Role', '직무'), basics.label], [k('Location', '위치'), entry.presentation.home], [k('Phone', '전화'), basics.phone], [k('Email', '이메일'), basics.email], ...labelledLinks(basics).map(([label, url]) => [label, url])]
    .filter(([, value]) => value).map(([key, value]) => `<div class="prop"><span class="k">${e(key)}</span><span>${e(value)}</span></div>`).join('');
  const parts = [`<h1>${e(basics.name)}</h1>${props}`];
  if (basics.summary) parts.push(`<div class="callout"><span>💡</span><span>${e(basics.summary)}</span></div>`);
  const experience = `<h2>${k('Experience', '경력')}</h2><table><tr><th>Aa ${k('Company', '회사')}</th><th>${k('Role', '직무')}</th><th>${k('Dates', '기간')}</th><th>${k('Location', '위치')}</th></tr>${work.map((job, i) => `<tr><td>${e(job.name)}</td><td>${e(job.position)}</td><td>${e(jobDates[i])}</td><td>${e(job.location ?? '')}</td></tr>`).join('')}</table>${work.filter((job) => job.highlights.length > 0).map((job) => `<div class="toggle"><p>▾ ${e(job.position)} — ${e(job.name)}</p>${bulletsHtml(job.highlights)}</div>`).join('')}`;
  const educationPart = `<h2>${k('Education', '학력')}</h2><table><tr><th>Aa ${k('School', '학교')}</th><th>${k('Degree', '학위')}</th><th>${k('Years', '기간')}</th></tr>${education.map((school, i) => `<tr><td>${e(school.institution)}</td><td>${e(degreeLine(school, i, entry))}</td><td>${e(schoolDates[i])}</td></tr>`).join('')}</table>`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) {
    const tags = (keywords, n) => keywords.map((s) => `<span class="tag c${n % 4}">${e(s)}</span>`).join('');
    parts.push(`<h2>${k('Skills', '보유 기술')}</h2>${entry.presentation.flatSkills ? `<p>${tags(allSkills(skills), 1)}</p>` : skills.map((g, n) => `<div class="prop"><span class="k">${e(g.name)}</span><span>${tags(g.keywords, n + 1)}</span></div>`).join('')}`);
  }
  if (languages.length > 0) parts.push(`<h2>${k('Languages', '언어')}</h2>${bulletsHtml(languages.map((l) => `${l.language} — ${l.fluency}`))}`);
  if (certificates.length > 0) parts.push(`<h2>${k('Certificates', '자격증')}</h2><ol>${certificates.map((c) => `<li>${e(certificateYearLine(c))}</li>`).join('')}</ol>`);
  return [`${css}<div class="cover"></div><div class="icon">📄</div><div class="page">${parts.join('')}</div>`, { format: pageFormat(entry, index + 1), margin: { top: '0mm', bottom: '12mm', left: '0mm', right: '0mm' } }];
}

// ------------------------------------------------------------------------------------------------
// A one-page Carrd site printed from the browser

function carrdPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['#5a4fcf', '#e4572e', '#17a398', '#ff6f91'][index % 4];
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; font-size: 8.8pt; color: #444; line-height: 1.5; background: #eef0f4; text-align: center; }
    .card { background: #fff; margin: 0 auto; width: 150mm; padding: 8mm 10mm; border-radius: 3mm; } .avatar { width: 20mm; height: 20mm; border-radius: 50%; background: ${accent}; margin: 0 auto 3mm; opacity: .8; }
    h1 { font-size: 21pt; margin: 0; color: #222; letter-spacing: -.3pt; } .headline { color: ${accent}; font-size: 10.5pt; margin: .5mm 0 2mm; } .buttons a { display: inline-block; border: 0.8pt solid ${accent}; color: ${accent}; border-radius: 5mm; padding: .6mm 4mm; margin: 0 1mm 1.5mm; text-decoration: none; font-size: 8pt; }
    hr { width: 14mm; border: 0; border-top: 1pt solid ${accent}; margin: 5mm auto 3mm; } h2 { font-size: 8pt; letter-spacing: 2.5pt; text-transform: uppercase; color: #999; margin: 0 0 2.5mm; font-weight: normal; }
    .entry { margin-bottom: 3.5mm; } .entry p { margin: 0; } .b { font-weight: bold; color: #222; font-size: 9.5pt; } .small { font-size: 7.8pt; color: #888; } p { margin: 0 0 1mm; }</style>`;
  const links = labelledLinks(basics);
  const parts = [`<div class="avatar"></div><h1>${e(basics.name)}</h1>${basics.label ? `<p class="headline">${e(basics.label)}</p>` : ''}`];
  if (links.length > 0) parts.push(`<div class="buttons">${links.map(([label, url]) => `<a>${e(label)}: ${e(bareUrl(url))}</a>`).join('')}</div>`);
  parts.push(`<p>${e(entry.presentation.home)} · ${e(basics.phone)} · ${e(basics.email)}</p>`);
  if (basics.summary) parts.push(`<hr><h2>${say(entry, 'About', '소개')}</h2><p>${e(basics.summary)}</p>`);
  const experience = `<hr><h2>${say(entry, 'Experience', '경력')}</h2>${work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return `<div class="entry"><p class="b">${e(first)}</p><p>${e([second, job.location].filter(Boolean).join(' — '))}</p><p class="small">${e(jobDates[i])}</p>${job.highlights.map((h) => `<p>${e(h)}</p>`).join('')}</div>`;
  }).join('')}`;
  const educationPart = `<hr><h2>${say(entry, 'Education', '학력')}</h2>${education.map((school, i) => `<div class="entry"><p class="b">${e(school.institution)}</p><p>${e(degreeLine(school, i, entry))}</p><p class="small">${e(schoolDates[i])}</p></div>`).join('')}`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(`<hr><h2>${say(entry, 'Skills', '기술')}</h2>${entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(' · '))}</p>` : skills.map((g) => `<p><b>${e(g.name)}</b><br>${e(g.keywords.join(' · '))}</p>`).join('')}`);
  if (languages.length > 0) parts.push(`<hr><h2>${say(entry, 'Languages', '언어')}</h2><p>${e(languages.map((l) => `${l.language} (${l.fluency})`).join(' · '))}</p>`);
  if (certificates.length > 0) parts.push(`<hr><h2>${say(entry, 'Certificates', '자격증')}</h2>${certificates.map((c) => `<p>${e(certificateYearLine(c))}</p>`).join('')}`);
  const site = `https://${basics.email.split('@')[0].replace(/[^a-z0-9]/gi, '').toLowerCase()}.carrd.co/`;
  return [`${css}<div class="card">${parts.join('')}</div>`, {
    format: pageFormat(entry, index), displayHeaderFooter: true, printBackground: true,
    headerTemplate: printHeader('12/1/26, 10:41 AM', basics.name), footerTemplate: printFooter(site),
    margin: { top: '12mm', bottom: '12mm', left: '8mm', right: '8mm' },
  }];
}

// ------------------------------------------------------------------------------------------------
// A résumé made as slides and exported to PDF

function slideDeck(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['#0f4c81', '#c0392b', '#16a085', '#8e44ad'][index % 4];
  const css = `<style>@page { size: 254mm 142.875mm; margin: 0; } body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; color: #2d3436; }
    .slide { width: 254mm; height: 142.875mm; box-sizing: border-box; padding: 11mm 14mm 0; position: relative; page-break-after: always; overflow: hidden; } .slide:last-child { page-break-after: auto; }
    .title { background: ${accent}; color: #fff; padding-top: 38mm; } .title h1 { font-size: 34pt; margin: 0; } .title .headline { font-size: 15pt; margin: 2mm 0 10mm; opacity: .9; } .title p { margin: 0 0 1mm; font-size: 10pt; }
    h2 { font-size: 20pt; color: ${accent}; margin: 0 0 5mm; } .cards { display: flex; gap: 5mm; } .c { flex: 1; border-top: 1.5mm solid ${accent}; background: #f5f6fa; padding: 3mm 4mm; font-size: 8.2pt; line-height: 1.35; }
    .c .d { color: ${accent}; font-weight: bold; margin: 0 0 1mm; } .c .t { font-weight: bold; font-size: 9.5pt; margin: 0; } .c p { margin: 0 0 .8mm; } ul { margin: .8mm 0 0; padding-left: 4mm; } .big { font-size: 11pt; line-height: 1.5; max-width: 200mm; }
    .foot { position: absolute; bottom: 5mm; left: 14mm; right: 14mm; display: flex; justify-content: space-between; font-size: 7.5pt; color: #999; } .title .foot { color: rgba(255,255,255,.7); }</style>`;
  const slides = [];
  slides.push(`<div class="slide title"><h1>${e(basics.name)}</h1><p class="headline">${e(basics.label ?? '')}</p><p>${e(entry.presentation.home)}</p><p>${e(basics.phone)} | ${e(basics.email)}</p>${labelledLinks(basics).map(([, url]) => `<p>${e(bareUrl(url))}</p>`).join('')}</div>`);
  const about = [];
  if (basics.summary) about.push(`<p class="big">${e(basics.summary)}</p>`);
  if (languages.length > 0) about.push(`<div class="cards" style="margin-top:8mm">${languages.map((l) => `<div class="c"><p class="t">${e(l.language)}</p><p>${e(l.fluency)}</p></div>`).join('')}</div>`);
  if (about.length > 0) slides.push(`<div class="slide"><h2>${say(entry, 'About me', '소개')}</h2>${about.join('')}</div>`);
  const experience = `<div class="slide"><h2>${say(entry, 'Experience', '경력')}</h2><div class="cards">${work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return `<div class="c"><p class="d">${e(jobDates[i])}</p><p class="t">${e(first)}</p><p>${e(second)}</p>${job.location ? `<p>${e(job.location)}</p>` : ''}${bulletsHtml(job.highlights)}</div>`;
  }).join('')}</div></div>`;
  const certificateCards = certificates.map((c) => `<div class="c"><p class="d">${e(c.date.slice(0, 4))}</p><p class="t">${e(c.name)}</p><p>${e(c.issuer)}</p></div>`).join('');
  const educationSlide = `<div class="slide"><h2>${say(entry, 'Education', '학력')}</h2><div class="cards">${education.map((school, i) => `<div class="c"><p class="d">${e(schoolDates[i])}</p><p class="t">${e(school.institution)}</p><p>${e(degreeLine(school, i, entry))}</p></div>`).join('')}</div>${certificates.length > 0 ? `<h2 style="margin-top:7mm">${say(entry, 'Certificates', '자격증')}</h2><div class="cards">${certificateCards}</div>` : ''}</div>`;
  slides.push(...sectionsInOrder(entry, experience, educationSlide));
  if (skills.length > 0) {
    const groups = entry.presentation.flatSkills ? [{ name: say(entry, 'Skills', '기술'), keywords: allSkills(skills) }] : skills;
    slides.push(`<div class="slide"><h2>${say(entry, 'Skills', '기술')}</h2><div class="cards">${groups.map((g) => `<div class="c"><p class="t">${e(g.name)}</p>${bulletsHtml(g.keywords)}</div>`).join('')}</div></div>`);
  }
  const numbered = slides.map((slide, n) => slide.replace(/<\/div>$/, `<div class="foot"><span>${e(basics.name)}</span><span>${n + 1} / ${slides.length}</span></div></div>`));
  return [`${css}${numbered.join('')}`, { width: '254mm', height: '142.875mm', printBackground: true, margin: { top: '0mm', bottom: '0mm', left: '0mm', right: '0mm' } }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-novoresume.pdf`), pinPdf(await print(...novoPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-notionprint.pdf`), pinPdf(await print(...notionPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-carrdsite.pdf`), pinPdf(await print(...carrdPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-slidedeck.pdf`), pinPdf(await print(...slideDeck(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// A PDF résumé converted to Word: one paragraph per visual line

function pdfConvertedDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const font = korean ? 'Malgun Gothic' : ['Calibri', 'Arial', 'Georgia'][index % 3];
  const letter = pageFormat(entry, index) === 'Letter';
  const width = letter ? 12240 : 11906;
  const margin = 1000;
  const right = width - 2 * margin;
  // The converter keeps the PDF's exact line spacing and sizes on every paragraph, with runs cut where the PDF's text objects were.
  const line = (runs, options = {}) => new Paragraph({ spacing: { before: 0, after: 0, line: 260, lineRule: 'exact' }, ...options, children: runs.map((run) => new TextRun({ font, size: 19, ...run })) });
  const wrapped = (text, width, indent) => wrapWords(text, korean ? width - 10 : width, displayColumns).map((part, n) => line([{ text: n === 0 && indent ? `•\t${part}` : part }], indent ? { indent: { left: 360, hanging: n === 0 ? 360 : 0 }, tabStops: [{ type: TabStopType.LEFT, position: 360 }] } : {}));
  const gap = () => line([{ text: '' }], { spacing: { before: 0, after: 0, line: 160, lineRule: 'exact' } });
  const heading = (text) => [gap(), line([{ text: korean ? text : text.toUpperCase(), bold: true, size: 22, characterSpacing: 30 }], { border: { bottom: { style: 'single', size: 6, color: '444444', space: 1 } } })];
  const dated = (left, date) => line([{ text: left, bold: true }, { text: `\t${date}` }], { tabStops: [{ type: TabStopType.RIGHT, position: right }] });
  const children = [line([{ text: basics.name, bold: true, size: 36 }], { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 440, lineRule: 'exact' } })];
  if (basics.label) children.push(line([{ text: basics.label, size: 22 }], { alignment: AlignmentType.CENTER }));
  // The PDF's one contact line was too long for the page: the converter keeps the break where the PDF had it.
  const contact = [entry.presentation.home, basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))];
  const half = Math.ceil(contact.length / 2);
  children.push(line([{ text: contact.slice(0, half).join(' | ') }], { alignment: AlignmentType.CENTER }), line([{ text: contact.slice(half).join(' | ') }], { alignment: AlignmentType.CENTER }));
  if (basics.summary) children.push(...heading(say(entry, 'Summary', '자기소개')), ...wrapped(basics.summary, 100, false));
  const experience = () => {
    children.push(...heading(say(entry, 'Experience', '경력')));
    work.forEach((job, i) => {
      const [first, second] = namesInOrder(job, entry);
      children.push(dated(first, jobDates[i]), line([{ text: [second, job.location].filter(Boolean).join(', '), italics: true }]), ...job.highlights.flatMap((h) => wrapped(h, 96, true)), gap());
    });
  };
  const educationPart = () => {
    children.push(...heading(say(entry, 'Education', '학력')));
    education.forEach((school, i) => children.push(dated(school.institution, schoolDates[i]), line([{ text: degreeLine(school, i, entry), italics: true }])));
  };
  for (const part of sectionsInOrder(entry, experience, educationPart)) part();
  if (skills.length > 0) {
    children.push(...heading(say(entry, 'Skills', '보유 기술')));
    if (entry.presentation.flatSkills) children.push(...wrapped(allSkills(skills).join(', '), 100, false));
    else for (const g of skills) children.push(...wrapped(`${g.name}: ${g.keywords.join(', ')}`, 100, false));
  }
  if (languages.length > 0) children.push(...heading(say(entry, 'Languages', '외국어')), ...wrapped(languages.map((l) => `${l.language} – ${l.fluency}`).join(' · '), 100, false));
  if (certificates.length > 0) children.push(...heading(say(entry, 'Certificates', '자격증')), ...certificates.flatMap((c) => wrapped(certificateYearLine(c), 96, true)));
  return new Document({
    creator: 'Candor seventeenth held-back résumé set', title: korean ? `${basics.name} 이력서` : `${basics.name} CV`,
    sections: [{ properties: { page: { size: letter ? { width: 12240, height: 15840 } : { width: 11906, height: 16838 }, margin: { top: 900, bottom: 900, left: margin, right: margin } } }, children }],
  });
}

// ------------------------------------------------------------------------------------------------
// A chat exported as text (WhatsApp; KakaoTalk for the Koreans)

function chatExportText(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const first = basics.name.split(' ')[0];
  // The CV the person typed, in the messages they sent one after another.
  const contact = [`*${basics.name}*`, ...(basics.label ? [basics.label] : []), basics.phone, basics.email, entry.presentation.home, ...labelledLinks(basics).map(([, url]) => url)];
  const experience = [`*${say(entry, 'WORK EXPERIENCE', '경력')}*`, ...work.flatMap((job, i) => {
    const [one, other] = namesInOrder(job, entry);
    return [`_${one}_ – ${other}`, [jobDates[i], job.location].filter(Boolean).join(' | '), ...job.highlights.map((h) => `- ${h}`), ''];
  })];
  const educationPart = [`*${say(entry, 'EDUCATION', '학력')}*`, ...education.flatMap((school, i) => [school.institution, `${degreeLine(school, i, entry)}, ${schoolDates[i]}`, ''])];
  const rest = [];
  if (skills.length > 0) rest.push(`*${say(entry, 'SKILLS', '기술')}*`, ...(entry.presentation.flatSkills ? [allSkills(skills).join(', ')] : skills.map((g) => `${g.name}: ${g.keywords.join(', ')}`)), '');
  if (languages.length > 0) rest.push(`*${say(entry, 'LANGUAGES', '언어')}*`, ...languages.map((l) => `${l.language} - ${l.fluency}`), '');
  if (certificates.length > 0) rest.push(`*${say(entry, 'CERTIFICATES', '자격증')}*`, ...certificates.map(certificateYearLine));
  const trim = (lines) => lines.join('\n').trim();
  const messages = [contact.join('\n'), ...(basics.summary ? [basics.summary] : []), ...sectionsInOrder(entry, experience, educationPart).map(trim), trim(rest)].filter(Boolean);
  if (isKorean(entry)) {
    const recruiter = '채용 담당자';
    const out = [`${basics.name} 님과 카카오톡 대화`, '저장한 날짜 : 2026-11-30 16:12:08', '', '--------------- 2026년 11월 30일 월요일 ---------------',
      `[${recruiter}] [오후 2:28] 안녕하세요 ${basics.name}님, 지원해 주셔서 감사합니다. 이력서 파일이 열리지 않아서요, 내용을 카톡으로 보내주실 수 있을까요?`,
      `[${basics.name}] [오후 2:31] 네 알겠습니다`, `[${basics.name}] [오후 2:31] 파일: 이력서_${basics.name}.hwp`, `[${basics.name}] [오후 2:33] 파일이 안 되면 아래에 적어서 보내드릴게요`];
    messages.forEach((message, n) => out.push(`[${basics.name}] [오후 2:${String(35 + n * 2).padStart(2, '0')}] ${message}`));
    out.push(`[${recruiter}] [오후 2:58] 확인했습니다. 검토 후 연락드리겠습니다.`);
    return `${out.join('\n')}\n`;
  }
  // Android's export: day/month/year for most, the US order and a 12-hour clock for a third of the people.
  const us = index % 3 === 2;
  const stamp = (minute) => (us ? `11/30/26, 2:${String(minute).padStart(2, '0')} PM` : `30/11/2026, 14:${String(minute).padStart(2, '0')}`);
  const recruiter = 'Recruitment Team';
  const out = [`${stamp(1)} - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.`,
    `${stamp(2)} - ${recruiter}: Hi ${first}, thanks for applying! The PDF you attached did not open on our side. Could you send your CV here?`,
    `${stamp(6)} - ${basics.name}: <Media omitted>`, `${stamp(7)} - ${basics.name}: Sorry! I will type it here`];
  messages.forEach((message, n) => out.push(`${stamp(10 + n * 2)} - ${basics.name}: ${message}`));
  out.push(`${stamp(31)} - ${recruiter}: Perfect, thank you. We will be in touch this week 👍`);
  return `${out.join('\n')}\n`;
}

// ------------------------------------------------------------------------------------------------
// An Org-mode source saved as text; a HackMD note

function orgModeText(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const out = [`#+TITLE: ${basics.name}`, `#+AUTHOR: ${basics.name}`, `#+EMAIL: ${basics.email}`, ...(basics.label ? [`#+SUBTITLE: ${basics.label}`] : []), '#+OPTIONS: toc:nil num:nil', `#+LANGUAGE: ${isKorean(entry) ? 'ko' : 'en'}`, '',
    `* ${say(entry, 'Contact', '연락처')}`, `- ${say(entry, 'Phone', '전화')} :: ${basics.phone}`, `- ${say(entry, 'Email', '이메일')} :: [[mailto:${basics.email}][${basics.email}]]`, `- ${say(entry, 'Home', '주소')} :: ${entry.presentation.home}`,
    ...labelledLinks(basics).map(([label, url]) => `- ${label} :: [[${url}][${bareUrl(url)}]]`), ''];
  if (basics.summary) out.push(`* ${say(entry, 'Summary', '자기소개')}`, basics.summary, '');
  const experience = [`* ${say(entry, 'Experience', '경력')}`, ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [`** ${first} — ${second}`, ':PROPERTIES:', ...(job.location ? [`:LOCATION: ${job.location}`] : []), `:DATES: ${jobDates[i]}`, ':END:', ...job.highlights.map((h) => `- ${h}`), ''];
  })];
  const educationPart = [`* ${say(entry, 'Education', '학력')}`, ...education.flatMap((school, i) => [`** ${school.institution}`, ':PROPERTIES:', `:DEGREE: ${degreeLine(school, i, entry)}`, `:YEARS: ${schoolDates[i]}`, ':END:', ''])];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) out.push(`* ${say(entry, 'Skills', '기술')}`, ...(entry.presentation.flatSkills ? allSkills(skills).map((s) => `- ${s}`) : skills.map((g) => `- ${g.name} :: ${g.keywords.join(', ')}`)), '');
  if (languages.length > 0) {
    const [head, level] = [say(entry, 'Language', '언어'), say(entry, 'Level', '수준')];
    const wide = Math.max(displayColumns(head), ...languages.map((l) => displayColumns(l.language)));
    const pad = (text) => text + ' '.repeat(wide - displayColumns(text));
    out.push(`* ${say(entry, 'Languages', '언어')}`, `| ${pad(head)} | ${level} |`, `|-${'-'.repeat(wide)}-+-${'-'.repeat(displayColumns(level))}-|`, ...languages.map((l) => `| ${pad(l.language)} | ${l.fluency} |`), '');
  }
  if (certificates.length > 0) out.push(`* ${say(entry, 'Certificates', '자격증')}`, ...certificates.map((c) => `- ${certificateYearLine(c)}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function hackMdMarkdown(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const out = ['---', `title: ${basics.name} — ${say(entry, 'Résumé', '이력서')}`, `tags: ${say(entry, 'resume, cv', '이력서, resume')}`, 'robots: noindex, nofollow', '---', '', `# ${basics.name}`, ''];
  if (basics.label) out.push(`> ${basics.label}`, '');
  out.push('[TOC]', '', ':::info', `:round_pushpin: ${entry.presentation.home}`, `:phone: ${basics.phone}`, `:email: ${basics.email}`, ...labelledLinks(basics).map(([label, url]) => `:link: [${label}](${url})`), ':::', '');
  if (basics.summary) out.push(`## ${say(entry, 'About', '소개')}`, '', basics.summary, '');
  const experience = [`## ${say(entry, 'Experience', '경력')}`, '', ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [`### ${first}${korean ? '｜' : ' @ '}${second}`, `\`${jobDates[i]}\`${job.location ? ` · ${job.location}` : ''}`, '', ...job.highlights.map((h) => `- ${h}`), ...(job.highlights.length > 0 ? [''] : [])];
  })];
  const educationPart = [`## ${say(entry, 'Education', '학력')}`, '', ...education.flatMap((school, i) => [`### ${school.institution}`, degreeLine(school, i, entry), `\`${schoolDates[i]}\``, ''])];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    out.push(`## ${say(entry, 'Skills', '기술')}`, '');
    if (entry.presentation.flatSkills) out.push(...allSkills(skills).map((s) => `- ${s}`), '');
    else out.push(`| ${say(entry, 'Area', '분야')} | ${say(entry, 'Skills', '기술')} |`, '| --- | --- |', ...skills.map((g) => `| ${g.name} | ${g.keywords.join(', ')} |`), '');
  }
  if (languages.length > 0) out.push(`## ${say(entry, 'Languages', '언어')}`, '', ...languages.map((l) => `- ${l.language}: ${l.fluency}`), '');
  if (certificates.length > 0) out.push(`## ${say(entry, 'Certificates', '자격증')}`, '', ':::success', ...certificates.map((c) => `- ${certificateYearLine(c)}`), ':::', '');
  return `${out.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-novoresume': 'pdf', 'html-notionprint': 'pdf', 'html-carrdsite': 'pdf', 'html-slidedeck': 'pdf',
  'docx-pdfconverted': 'docx', 'text-chatexport': 'txt', 'text-orgmode': 'txt', 'markdown-hackmd': 'md',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'seventeenth held-back résumé set',
  people: buildHoldout17Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (seventeenth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  programs: [],
  async render(people) {
    await renderChromium(people);
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-chatexport.txt`), chatExportText(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-orgmode.txt`), orgModeText(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-hackmd.md`), hackMdMarkdown(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-pdfconverted.docx`), pinDocx(await Packer.toBuffer(pdfConvertedDocx(entry, index))));
    }
  },
});
