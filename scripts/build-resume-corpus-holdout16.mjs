// Builds the sixteenth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout16/):
// 30 people written out by hand (scripts/resume-corpus-holdout16-content.mjs; 22 in English from eleven
// countries and territories no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts
// no earlier set (resume-corpus, -fresh, -holdout … -holdout15, -ko) uses:
// - `html-applepages`     Chromium; like an Apple Pages résumé template exported to PDF: a light name across the
//                         top, a narrow LEFT column (contact, skills, languages) and the main column on the right,
//                         each entry with its DATES ABOVE it in small grey capitals, "Employer · place" under the title.
// - `html-hugoresume`     Chromium; a personal résumé site on the Hugo "resume" theme printed from the browser: a
//                         coloured left navigation bar (photo circle, menu links), the name in huge capitals with the
//                         contact line under it, every job as title / EMPLOYER subheading / place, with the person's
//                         dates flush right on the title's line; the browser's header and footer with the site URL.
// - `html-jobsiteprofile` Chromium; a job board PROFILE printed from the browser (Seek-like "Career history" with
//                         the site's own "Apr 2019 - Present (7 yrs 8 mths)" dates; the Koreans a 사람인-like 이력서
//                         view with 경력 총 N년 N개월, "2019.04 ~ 재직중 (7년 8개월)" and a 학력 table).
// - `html-resumeio`       Chromium; a résumé builder's export like resume.io's "Stockholm": main column with
//                         "Title, Employer, Place" headings over the person's dates, a right "Details" sidebar.
// - `docx-gdocsexport`    the `docx` package; a Google Docs résumé downloaded as .docx: Title/Subtitle/Heading 1–3
//                         paragraph styles, "Employer, Place — Title" headings, the dates as a Heading 3 line,
//                         bullets as a numbered-list bullet (w:numPr), the contact line with " • " separators.
// - `text-linkedincopy`   plain text copied out of a LinkedIn profile page (select all, paste): the "Contact info"
//                         panel's lines, About, Experience with LinkedIn's "Apr 2019 - Present · 7 yrs 8 mos" and
//                         the place on its own line, roles at one employer grouped under it, Skills one a line,
//                         Languages with LinkedIn's proficiency words, Licenses & certifications ("Issued 2019").
// - `text-phonenotes`     plain text of a résumé typed on a phone's notes app and shared as text: short lines,
//                         headings ending in a colon, "•" list bullets, each job as employer / title / "dates – place".
// - `markdown-quarto`     a Quarto/R Markdown résumé source: YAML header (title, subtitle, format), fenced divs
//                         (`:::: {.columns}`, `::: {.column width="32%"}`), `{.unnumbered}` headings, `[dates]{.date}`
//                         spans and `|` line blocks for the schools.
// The rendered files are committed (CI needs no Chromium to read them).
//
// `npx node scripts/build-resume-corpus-holdout16.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit. Needs /usr/bin/chromium (neither LibreOffice nor TeX); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, bulletsHtml, certificateYearLine, degreeLine, escapeHtml, isKorean, labelledLinks, namesInOrder, pageFormat, pinDocx, pinPdf, printFooter, printHeader,
  sansFont, say, sectionsInOrder, SHORT_MONTHS, withChromiumPrinter,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout16Content } from './resume-corpus-holdout16-content.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout16');
const FROZEN_ON = '2026-12-02';
/** The month the job sites count durations to (the set's build month). */
const NOW = { year: 2026, month: 11 };
const e = escapeHtml;


// ------------------------------------------------------------------------------------------------
// How a job site writes a truth date and a duration (the site reformats what the person typed)

const parts = (date) => ({ year: Number(date.slice(0, 4)), month: date.length > 4 ? Number(date.slice(5, 7)) : undefined });
/** "Apr 2019" / "2019" (English) or "2019.04" / "2019" (Korean). */
function siteDate(date, korean) {
  const { year, month } = parts(date);
  if (month === undefined) return String(year);
  return korean ? `${year}.${String(month).padStart(2, '0')}` : `${SHORT_MONTHS[month - 1]} ${year}`;
}
/** Whole months from start to end (or now), counting both ends, as job sites do. */
function monthsBetween(start, end) {
  const from = parts(start);
  const to = end ? parts(end) : NOW;
  return Math.max(1, (to.year - from.year) * 12 + ((to.month ?? 12) - (from.month ?? 1)) + 1);
}
function durationText(months, style) {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (style === 'ko') return [years ? `${years}년` : '', rest ? `${rest}개월` : ''].filter(Boolean).join(' ');
  if (style === 'linkedin') return [years ? `${years} yr${years > 1 ? 's' : ''}` : '', rest ? `${rest} mo${rest > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
  return [years ? `${years}y` : '', rest ? `${rest}m` : ''].filter(Boolean).join(' ');
}

// ------------------------------------------------------------------------------------------------
// Apple Pages two-column template

function applePagesPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['#c0392b', '#1f6f8b', '#6b8e23', '#8e44ad'][index % 4];
  const css = `<style>body { margin: 0; font-family: ${isKorean(entry) ? "'Noto Sans CJK KR'" : "'DejaVu Sans', 'Liberation Sans'"}, sans-serif; font-size: 8.6pt; color: #333; line-height: 1.4; }
    h1 { font-size: 30pt; font-weight: 200; letter-spacing: 1pt; margin: 0; color: #111; } .headline { font-size: 11pt; color: ${accent}; margin: 1mm 0 6mm; }
    .cols { display: flex; gap: 8mm; } .side { width: 30%; border-right: 0.6pt solid #ccc; padding-right: 5mm; } .main { width: 70%; }
    h2 { font-size: 8pt; text-transform: uppercase; letter-spacing: 1.5pt; color: ${accent}; margin: 0 0 2mm; } section { margin-bottom: 5mm; }
    .when { font-size: 7pt; text-transform: uppercase; letter-spacing: .8pt; color: #888; margin: 3mm 0 .3mm; } .what { font-size: 9.5pt; font-weight: bold; color: #111; margin: 0; } .where { color: #555; margin: 0; }
    ul { margin: .8mm 0 0; padding-left: 4mm; } p { margin: 0 0 1mm; } .side p { margin: 0 0 1.2mm; overflow-wrap: anywhere; } .side b { color: #111; }</style>`;
  const side = [`<section><h2>${say(entry, 'Contact', '연락처')}</h2><p>${e(entry.presentation.home)}</p><p>${e(basics.phone)}</p><p>${e(basics.email)}</p>${labelledLinks(basics).map(([, url]) => `<p>${e(bareUrl(url))}</p>`).join('')}</section>`];
  if (skills.length > 0) {
    side.push(`<section><h2>${say(entry, 'Skills', '보유 기술')}</h2>${entry.presentation.flatSkills ? allSkills(skills).map((s) => `<p>${e(s)}</p>`).join('') : skills.map((g) => `<p><b>${e(g.name)}</b><br>${e(g.keywords.join(', '))}</p>`).join('')}</section>`);
  }
  if (languages.length > 0) side.push(`<section><h2>${say(entry, 'Languages', '외국어')}</h2>${languages.map((l) => `<p><b>${e(l.language)}</b> — ${e(l.fluency)}</p>`).join('')}</section>`);
  const main = [];
  if (basics.summary) main.push(`<section><h2>${say(entry, 'Profile', '자기소개')}</h2><p>${e(basics.summary)}</p></section>`);
  const experience = `<section><h2>${say(entry, 'Experience', '경력')}</h2>${work.map((job, i) => `<p class="when">${e(jobDates[i])}</p><p class="what">${e(job.position)}</p><p class="where">${e([job.name, job.location].filter(Boolean).join(' · '))}</p>${bulletsHtml(job.highlights)}`).join('')}</section>`;
  const educationPart = `<section><h2>${say(entry, 'Education', '학력')}</h2>${education.map((school, i) => `<p class="when">${e(schoolDates[i])}</p><p class="what">${e(school.institution)}</p><p class="where">${e(degreeLine(school, i, entry))}</p>`).join('')}</section>`;
  main.push(...sectionsInOrder(entry, experience, educationPart));
  if (certificates.length > 0) main.push(`<section><h2>${say(entry, 'Certificates', '자격증')}</h2>${certificates.map((c) => `<p>${e(certificateYearLine(c))}</p>`).join('')}</section>`);
  const top = `<h1>${e(basics.name)}</h1><p class="headline">${e(basics.label ?? '')}</p>`;
  return [`${css}${top}<div class="cols"><div class="side">${side.join('')}</div><div class="main">${main.join('')}</div></div>`, { format: pageFormat(entry, index), margin: { top: '16mm', bottom: '14mm', left: '16mm', right: '16mm' } }];
}

// ------------------------------------------------------------------------------------------------
// A Hugo "resume" theme site printed from the browser

function hugoPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const bar = ['#bd5d38', '#2c6e49', '#3a5a98'][index % 3];
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; font-size: 8.8pt; color: #6c757d; line-height: 1.45; }
    .wrap { display: flex; } nav { width: 34mm; background: ${bar}; color: #fff; padding: 8mm 3mm; text-align: center; min-height: 250mm; } nav .photo { width: 22mm; height: 22mm; border-radius: 50%; border: 1.5mm solid rgba(255,255,255,.3); margin: 0 auto 5mm; background: rgba(255,255,255,.25); }
    nav a { display: block; color: rgba(255,255,255,.7); font-size: 7.5pt; text-transform: uppercase; letter-spacing: .8pt; text-decoration: none; margin: 2mm 0; font-weight: bold; }
    main { flex: 1; padding: 4mm 0 0 8mm; } h1 { font-size: 26pt; text-transform: uppercase; font-weight: 800; color: #343a40; margin: 0; line-height: 1.05; } h1 span { color: ${bar}; }
    .subheading { text-transform: uppercase; font-weight: 500; font-size: 9pt; margin: 2mm 0 3mm; } .subheading a { color: ${bar}; text-decoration: none; }
    h2 { font-size: 17pt; text-transform: uppercase; font-weight: 700; color: #343a40; margin: 6mm 0 2.5mm; } .item { margin-bottom: 4mm; } .row { display: flex; justify-content: space-between; gap: 4mm; }
    h3 { font-size: 11pt; text-transform: uppercase; color: #343a40; margin: 0; } h4 { font-size: 9pt; font-weight: 600; margin: .5mm 0; color: #495057; } .date { color: ${bar}; white-space: nowrap; font-size: 8.5pt; } .place { font-style: italic; margin: 0 0 .5mm; }
    ul { margin: .5mm 0 0; padding-left: 4.5mm; } p { margin: 0 0 1mm; }</style>`;
  const [first, ...rest] = basics.name.split(' ');
  const name = korean ? e(basics.name) : `${e(first)} <span>${e(rest.join(' '))}</span>`;
  const menu = korean ? ['소개', '경력', '학력', '기술', '외국어'] : ['About', 'Experience', 'Education', 'Skills', 'Languages'];
  const contact = [entry.presentation.home, basics.phone, `<a>${e(basics.email)}</a>`];
  const parts = [`<h1>${name}</h1><p class="subheading">${e(contact[0])} · ${e(contact[1])} · ${contact[2]}</p>`];
  if (basics.label) parts.push(`<p><b>${e(basics.label)}</b></p>`);
  if (basics.summary) parts.push(`<p>${e(basics.summary)}</p>`);
  const links = labelledLinks(basics);
  if (links.length > 0) parts.push(`<p>${links.map(([label, url]) => `${e(label)}: ${e(url)}`).join(' &nbsp; ')}</p>`);
  const experience = `<h2>${say(entry, 'Experience', '경력')}</h2>${work.map((job, i) => `<div class="item"><div class="row"><h3>${e(job.position)}</h3><span class="date">${e(jobDates[i])}</span></div><h4>${e(job.name)}</h4>${job.location ? `<p class="place">${e(job.location)}</p>` : ''}${bulletsHtml(job.highlights)}</div>`).join('')}`;
  const educationPart = `<h2>${say(entry, 'Education', '학력')}</h2>${education.map((school, i) => `<div class="item"><div class="row"><h3>${e(school.institution)}</h3><span class="date">${e(schoolDates[i])}</span></div><h4>${e(degreeLine(school, i, entry))}</h4></div>`).join('')}`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(`<h2>${say(entry, 'Skills', '기술')}</h2>${entry.presentation.flatSkills ? bulletsHtml(allSkills(skills)) : skills.map((g) => `<h4>${e(g.name)}</h4>${bulletsHtml(g.keywords)}`).join('')}`);
  if (languages.length > 0) parts.push(`<h2>${say(entry, 'Languages', '외국어')}</h2>${bulletsHtml(languages.map((l) => `${l.language}: ${l.fluency}`))}`);
  if (certificates.length > 0) parts.push(`<h2>${say(entry, 'Certifications', '자격증')}</h2>${bulletsHtml(certificates.map(certificateYearLine))}`);
  const site = basics.url ?? `https://${basics.email.split('@')[0].replace(/[^a-z0-9]/gi, '').toLowerCase()}.netlify.app/`;
  return [`${css}<div class="wrap"><nav><div class="photo"></div>${menu.map((m) => `<a>${m}</a>`).join('')}</nav><main>${parts.join('')}</main></div>`, {
    format: pageFormat(entry, index), displayHeaderFooter: true,
    headerTemplate: printHeader('12/1/26, 9:14 AM', `${basics.name} - ${say(entry, 'Resume', '이력서')}`), footerTemplate: printFooter(site),
    margin: { top: '12mm', bottom: '12mm', left: '8mm', right: '10mm' },
  }];
}

// ------------------------------------------------------------------------------------------------
// A job board profile printed (Seek-like; 사람인-like for the Koreans)

function jobSitePage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const brand = korean ? '#4876ef' : ['#0d3880', '#e60278'][index % 2];
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; font-size: 8.8pt; color: #2e3849; line-height: 1.45; }
    .bar { display: flex; justify-content: space-between; border-bottom: 2pt solid ${brand}; padding-bottom: 1.5mm; margin-bottom: 4mm; } .logo { font-weight: 900; font-size: 14pt; color: ${brand}; } .muted { color: #5a6881; }
    h1 { font-size: 18pt; margin: 0 0 1mm; } .card { border: 0.6pt solid #d2d7df; border-radius: 2mm; padding: 3mm 4mm; margin-bottom: 3.5mm; } h2 { font-size: 11pt; margin: 0 0 2mm; }
    .role { margin-bottom: 2.8mm; } .role b { font-size: 9.5pt; } p { margin: 0 0 .6mm; } ul { margin: .5mm 0 0; padding-left: 4.5mm; } .chips span { display: inline-block; border: 0.6pt solid #b8c0cc; border-radius: 3mm; padding: .3mm 2.5mm; margin: 0 1.2mm 1.2mm 0; font-size: 8pt; }
    table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 0.5pt solid #d2d7df; text-align: left; padding: 1mm 1.5mm; vertical-align: top; } th { background: #f4f6f9; font-weight: bold; font-size: 8pt; }</style>`;
  const card = (title, body) => `<div class="card"><h2>${title}</h2>${body}</div>`;
  const cards = [];
  if (korean) {
    const total = work.reduce((sum, job) => sum + monthsBetween(job.startDate, job.endDate), 0);
    cards.push(`<div class="bar"><span class="logo">일자리in</span><span class="muted">이력서 미리보기 · 인쇄</span></div>`,
      `<h1>${e(basics.name)}</h1><p class="muted">${e(basics.label ?? '')}</p><table><tr><th>휴대폰</th><td>${e(basics.phone)}</td><th>이메일</th><td>${e(basics.email)}</td></tr><tr><th>주소</th><td colspan="3">${e(entry.presentation.home)}</td></tr>${labelledLinks(basics).map(([label, url]) => `<tr><th>${e(label)}</th><td colspan="3">${e(url)}</td></tr>`).join('')}</table><br>`);
    const educationCard = card('학력', `<table><tr><th>재학기간</th><th>학교명</th><th>전공</th><th>구분</th></tr>${education.map((school) => `<tr><td>${e(school.startDate ? `${siteDate(school.startDate, true)} ~ ${siteDate(school.endDate, true)}` : `${siteDate(school.endDate, true)} 졸업`)}</td><td>${e(school.institution)}</td><td>${e(school.area ?? '')}</td><td>${e(school.studyType.replace('고등학교 졸업', '졸업'))}</td></tr>`).join('')}</table>`);
    const experienceCard = card(`경력 <span class="muted">총 ${durationText(total, 'ko')}</span>`, work.map((job) => `<div class="role"><b>${e(job.name)}</b> <span class="muted">${e(job.position)}</span><p class="muted">${siteDate(job.startDate, true)} ~ ${job.endDate ? siteDate(job.endDate, true) : '재직중'} (${durationText(monthsBetween(job.startDate, job.endDate), 'ko')})${job.location ? ` · ${e(job.location)}` : ''}</p>${bulletsHtml(job.highlights)}</div>`).join(''));
    cards.push(...sectionsInOrder(entry, experienceCard, educationCard));
    if (skills.length > 0) cards.push(card('스킬', `<div class="chips">${allSkills(skills).map((s) => `<span>${e(s)}</span>`).join('')}</div>`));
    if (certificates.length > 0) cards.push(card('자격증', `<table><tr><th>취득일</th><th>자격증명</th><th>발행처</th></tr>${certificates.map((c) => `<tr><td>${e(c.date.replace('-', '.'))}</td><td>${e(c.name)}</td><td>${e(c.issuer)}</td></tr>`).join('')}</table>`));
    if (languages.length > 0) cards.push(card('어학', languages.map((l) => `<p><b>${e(l.language)}</b> · ${e(l.fluency)}</p>`).join('')));
    if (basics.summary) cards.push(card('자기소개서', `<p>${e(basics.summary)}</p>`));
  } else {
    cards.push(`<div class="bar"><span class="logo">jobsearch</span><span class="muted">Profile · printed 1 Dec 2026</span></div>`,
      `<h1>${e(basics.name)}</h1><p>${e(basics.label ?? '')}</p><p class="muted">${e(entry.presentation.home)}</p><p class="muted">${e(basics.email)} &nbsp;·&nbsp; ${e(basics.phone)}</p>${labelledLinks(basics).map(([, url]) => `<p class="muted">${e(url)}</p>`).join('')}<br>`);
    if (basics.summary) cards.push(card('Personal summary', `<p>${e(basics.summary)}</p>`));
    const experienceCard = card('Career history', work.map((job) => `<div class="role"><b>${e(job.position)}</b><p>${e(job.name)}</p><p class="muted">${siteDate(job.startDate, false)} - ${job.endDate ? siteDate(job.endDate, false) : 'Present'} (${durationText(monthsBetween(job.startDate, job.endDate), 'seek')})</p>${job.location ? `<p class="muted">${e(job.location)}</p>` : ''}${bulletsHtml(job.highlights)}</div>`).join(''));
    const educationCard = card('Education', education.map((school, i) => `<div class="role"><b>${e(entry.presentation.degreeTexts[i])}</b><p>${e(school.institution)}</p><p class="muted">Finished ${e(school.endDate.slice(0, 4))}</p></div>`).join(''));
    cards.push(...sectionsInOrder(entry, experienceCard, educationCard));
    if (certificates.length > 0) cards.push(card('Licences &amp; certifications', certificates.map((c) => `<div class="role"><b>${e(c.name)}</b><p>${e(c.issuer)}</p><p class="muted">Issued ${e(c.date.slice(0, 4))}</p></div>`).join('')));
    if (skills.length > 0) cards.push(card('Skills', `<div class="chips">${allSkills(skills).map((s) => `<span>${e(s)}</span>`).join('')}</div>`));
    if (languages.length > 0) cards.push(card('Languages', `<div class="chips">${languages.map((l) => `<span>${e(l.language)}</span>`).join('')}</div>`));
  }
  return [`${css}${cards.join('')}`, { format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '14mm', right: '14mm' } }];
}

// ------------------------------------------------------------------------------------------------
// A résumé builder's export (resume.io "Stockholm"-like)

function resumeIoPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index + 1)}, sans-serif; font-size: 8.7pt; color: #1b1b1b; line-height: 1.45; }
    .cols { display: flex; gap: 9mm; } .main { flex: 1; } .side { width: 48mm; } h1 { font-size: 20pt; margin: 0; font-weight: 600; } .label { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 1pt; margin: .8mm 0 5mm; }
    h2 { font-size: 11.5pt; font-weight: 600; margin: 5mm 0 2mm; } .side h2 { font-size: 10pt; margin-top: 0; } .head { font-weight: 600; font-size: 9.5pt; margin: 2.5mm 0 0; } .dates { color: #828ba2; font-size: 7.5pt; text-transform: uppercase; letter-spacing: .5pt; margin: .3mm 0 .8mm; }
    ul { margin: .5mm 0 0; padding-left: 4.5mm; } p { margin: 0 0 .8mm; } .side section { margin-bottom: 5mm; } .side p { overflow-wrap: anywhere; } .side .k { color: #828ba2; font-size: 7.5pt; margin-top: 1.5mm; }</style>`;
  const main = [`<h1>${e(basics.name)}</h1><p class="label">${e(basics.label ?? '')}</p>`];
  if (basics.summary) main.push(`<h2>${say(entry, 'Profile', '프로필')}</h2><p>${e(basics.summary)}</p>`);
  const experience = `<h2>${say(entry, 'Employment History', '경력 사항')}</h2>${work.map((job, i) => `<p class="head">${e([job.position, job.name, job.location].filter(Boolean).join(', '))}</p><p class="dates">${e(jobDates[i])}</p>${bulletsHtml(job.highlights)}`).join('')}`;
  const educationPart = `<h2>${say(entry, 'Education', '학력 사항')}</h2>${education.map((school, i) => `<p class="head">${e(`${degreeLine(school, i, entry)}, ${school.institution}`)}</p><p class="dates">${e(schoolDates[i])}</p>`).join('')}`;
  main.push(...sectionsInOrder(entry, experience, educationPart));
  if (certificates.length > 0) main.push(`<h2>${say(entry, 'Courses', '자격 · 교육')}</h2>${certificates.map((c) => `<p class="head">${e(`${c.name}, ${c.issuer}`)}</p><p class="dates">${e(c.date.slice(0, 4))}</p>`).join('')}`);
  const side = [`<section><h2>${say(entry, 'Details', '연락처')}</h2>${entry.presentation.home.split(', ').map((part) => `<p>${e(part)}</p>`).join('')}<p>${e(basics.phone)}</p><p>${e(basics.email)}</p></section>`];
  const links = labelledLinks(basics);
  if (links.length > 0) side.push(`<section><h2>${say(entry, 'Links', '링크')}</h2>${links.map(([label, url]) => `<p class="k">${e(label)}</p><p>${e(bareUrl(url))}</p>`).join('')}</section>`);
  if (skills.length > 0) side.push(`<section><h2>${say(entry, 'Skills', '보유 기술')}</h2>${allSkills(skills).map((s) => `<p>${e(s)}</p>`).join('')}</section>`);
  if (languages.length > 0) side.push(`<section><h2>${say(entry, 'Languages', '외국어')}</h2>${languages.map((l) => `<p>${e(l.language)}</p><p class="k">${e(l.fluency)}</p>`).join('')}</section>`);
  return [`${css}<div class="cols"><div class="main">${main.join('')}</div><div class="side">${side.join('')}</div></div>`, { format: pageFormat(entry, index + 1), margin: { top: '14mm', bottom: '14mm', left: '15mm', right: '15mm' } }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-applepages.pdf`), pinPdf(await print(...applePagesPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-hugoresume.pdf`), pinPdf(await print(...hugoPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-jobsiteprofile.pdf`), pinPdf(await print(...jobSitePage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-resumeio.pdf`), pinPdf(await print(...resumeIoPage(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// A Google Docs résumé downloaded as .docx

function gdocsDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const para = (text, options = {}) => new Paragraph({ ...options, children: [new TextRun(text)] });
  const heading = (text) => para(text, { heading: HeadingLevel.HEADING_1 });
  const bullet = (text) => para(text, { bullet: { level: 0 } });
  const links = labelledLinks(basics).map(([, url]) => bareUrl(url));
  const children = [para(basics.name, { heading: HeadingLevel.TITLE })];
  if (basics.label) children.push(para(basics.label, { heading: HeadingLevel.HEADING_4 }));
  children.push(para([entry.presentation.home, basics.phone, basics.email, ...links].join(' • ')));
  if (basics.summary) children.push(heading(say(entry, 'Summary', '자기소개')), para(basics.summary));
  const experience = () => {
    children.push(heading(say(entry, 'Experience', '경력')));
    work.forEach((job, i) => {
      // Google's templates: "Company, Location — Job Title" (the person's own order of the two names).
      const [first, second] = namesInOrder(job, entry);
      const withPlace = (name) => (name === job.name && job.location ? `${name}, ${job.location}` : name);
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: withPlace(first), bold: true }), new TextRun(` — ${withPlace(second)}`)] }),
        para(jobDates[i], { heading: HeadingLevel.HEADING_3 }), ...job.highlights.map(bullet));
    });
  };
  const educationPart = () => {
    children.push(heading(say(entry, 'Education', '학력')));
    education.forEach((school, i) => children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: school.institution, bold: true }), new TextRun(` — ${degreeLine(school, i, entry)}`)] }),
      para(schoolDates[i], { heading: HeadingLevel.HEADING_3 })));
  };
  for (const part of sectionsInOrder(entry, experience, educationPart)) part();
  if (skills.length > 0) children.push(heading(say(entry, 'Skills', '보유 기술')), ...(entry.presentation.flatSkills ? [para(allSkills(skills).join(', '))] : skills.map((g) => bullet(`${g.name}: ${g.keywords.join(', ')}`))));
  if (certificates.length > 0) children.push(heading(say(entry, 'Awards', '자격증')), ...certificates.map((c) => bullet(certificateYearLine(c))));
  if (languages.length > 0) children.push(heading(say(entry, 'Languages', '외국어')), para(languages.map((l) => `${l.language} (${l.fluency})`).join(', ')));
  const latin = korean ? 'Malgun Gothic' : ['Open Sans', 'Merriweather', 'Lato'][index % 3];
  const accent = ['2079C7', '0B8043', 'E06666'][index % 3];
  return new Document({
    creator: 'Candor sixteenth held-back résumé set', title: korean ? `${basics.name} 이력서` : `${basics.name} - Resume`,
    styles: {
      default: {
        document: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: 'Malgun Gothic', cs: latin }, size: 20, color: '666666' }, paragraph: { spacing: { after: 80 } } },
        title: { run: { size: 52, bold: true, color: '000000' }, paragraph: { spacing: { after: 60 } } },
        heading1: { run: { size: 22, bold: true, color: accent, allCaps: !korean }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { size: 22, color: '000000' }, paragraph: { spacing: { before: 200, after: 0 } } },
        heading3: { run: { size: 16, color: '666666' }, paragraph: { spacing: { before: 40, after: 60 } } },
        heading4: { run: { size: 24, color: '000000' }, paragraph: { spacing: { after: 120 } } },
      },
    },
    sections: [{ properties: { page: { size: pageFormat(entry, index) === 'A4' ? { width: 11906, height: 16838 } : { width: 12240, height: 15840 }, margin: { top: 1008, bottom: 1008, left: 1152, right: 1152 } } }, children }],
  });
}

// ------------------------------------------------------------------------------------------------
// Text copied out of a LinkedIn profile page

/** LinkedIn's proficiency words for a person's own fluency word. */
function linkedInLevel(fluency, korean) {
  const native = /native|mother|모국어/i.test(fluency);
  const high = /fluent|c1|c2|proficien|very good/i.test(fluency);
  const low = /basic|elementary|a little|기초|beginner/i.test(fluency);
  if (korean) return native ? '원어민 또는 이중 언어 구사' : high ? '전문가 수준의 업무 능력' : low ? '기초 수준' : '일상 업무 능력';
  return native ? 'Native or bilingual proficiency' : high ? 'Full professional proficiency' : low ? 'Elementary proficiency' : 'Professional working proficiency';
}

function linkedInCopyText(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const k = (en, ko) => (korean ? ko : en);
  const when = (start, end) => {
    const [from, to] = [start, end].map((date) => (date ? (korean ? siteDate(date, false).replace(/^(\w+) (\d+)$/, (_, m, y) => `${y}년 ${SHORT_MONTHS.indexOf(m) + 1}월`) : siteDate(date, false)) : k('Present', '현재')));
    return `${from} - ${to} · ${durationText(monthsBetween(start, end), korean ? 'ko' : 'linkedin')}`;
  };
  const profile = basics.profiles?.find((p) => p.network === 'LinkedIn')?.url;
  const lines = [basics.name, ...(basics.label ? [basics.label] : []), `${entry.presentation.home} · ${k('Contact info', '연락처')}`, '',
    k('Contact info', '연락처'), ...(profile ? [k('Your Profile', '내 프로필'), bareUrl(profile)] : []),
    ...(basics.url ? [k('Website', '웹사이트'), bareUrl(basics.url)] : []), k('Phone', '전화번호'), basics.phone, k('(Mobile)', '(휴대폰)'), k('Email', '이메일'), basics.email, ''];
  for (const other of (basics.profiles ?? []).filter((p) => p.network !== 'LinkedIn')) lines.splice(lines.length - 1, 0, other.network, bareUrl(other.url));
  if (basics.summary) lines.push(k('About', '정보'), basics.summary, '');
  const experience = [k('Experience', '경력')];
  // LinkedIn groups the roles held at one employer under its name.
  for (let i = 0; i < work.length;) {
    let j = i;
    while (j + 1 < work.length && work[j + 1].name === work[i].name) j++;
    const roles = work.slice(i, j + 1);
    if (roles.length > 1) {
      experience.push(work[i].name, `${k('Full-time', '정규직')} · ${durationText(monthsBetween(roles.at(-1).startDate, roles[0].endDate), korean ? 'ko' : 'linkedin')}`);
      if (roles[0].location) experience.push(roles[0].location);
      for (const role of roles) experience.push(role.position, when(role.startDate, role.endDate), ...role.highlights.map((h) => `• ${h}`));
    } else {
      const [job] = roles;
      experience.push(job.position, `${job.name} · ${k('Full-time', '정규직')}`, when(job.startDate, job.endDate), ...(job.location ? [job.location] : []), ...job.highlights.map((h) => `• ${h}`));
    }
    experience.push('');
    i = j + 1;
  }
  const educationPart = [k('Education', '학력'), ...education.flatMap((school, i) => [school.institution, degreeLine(school, i, entry), ...(school.startDate ? [`${school.startDate.slice(0, 4)} - ${school.endDate.slice(0, 4)}`] : [school.endDate.slice(0, 4)]), ''])];
  // A LinkedIn profile always shows Experience before Education, whatever order the person prefers.
  lines.push(...experience, ...educationPart);
  if (certificates.length > 0) lines.push(k('Licenses & certifications', '자격증'), ...certificates.flatMap((c) => [c.name, c.issuer, k(`Issued ${c.date.slice(0, 4)}`, `발행일: ${c.date.slice(0, 4)}년`), '']));
  if (skills.length > 0) lines.push(k('Skills', '보유 기술'), ...allSkills(skills), '');
  if (languages.length > 0) lines.push(k('Languages', '언어'), ...languages.flatMap((l) => [l.language, linkedInLevel(l.fluency, korean)]), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------
// A résumé typed in a phone's notes app, shared as text; a Quarto source

function phoneNotesText(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const lines = [`${say(entry, 'CV', '이력서')} ${basics.name}`, ''];
  if (basics.label) lines.push(basics.label);
  lines.push(basics.phone, basics.email, entry.presentation.home, ...labelledLinks(basics).map(([, url]) => url), '');
  if (basics.summary) lines.push(say(entry, 'About me:', '소개:'), basics.summary, '');
  const experience = [say(entry, 'Work:', '경력:'), ...work.flatMap((job, i) => [job.name, job.position, [jobDates[i], job.location].filter(Boolean).join(' – '), ...job.highlights.map((h) => `• ${h}`), ''])];
  const educationPart = [say(entry, 'School:', '학력:'), ...education.flatMap((school, i) => [school.institution, `${degreeLine(school, i, entry)} (${schoolDates[i]})`, ''])];
  lines.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) lines.push(say(entry, 'Skills:', '기술:'), ...allSkills(skills).map((s) => `• ${s}`), '');
  if (languages.length > 0) lines.push(say(entry, 'Languages:', '언어:'), ...languages.map((l) => `• ${l.language} ${l.fluency.toLowerCase()}`), '');
  if (certificates.length > 0) lines.push(say(entry, 'Certificates:', '자격증:'), ...certificates.map((c) => `• ${certificateYearLine(c)}`));
  return `${lines.join('\n').trimEnd()}\n`;
}

function quartoMarkdown(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const quote = (text) => `"${text.replace(/"/g, '\\"')}"`;
  const out = ['---', `title: ${quote(basics.name)}`, ...(basics.label ? [`subtitle: ${quote(basics.label)}`] : []), 'format:', '  pdf:', '    documentclass: article', '    geometry: margin=1.8cm', `lang: ${isKorean(entry) ? 'ko' : 'en'}`, '---', '', ':::: {.columns}', '', '::: {.column width="32%"}', '',
    `## ${say(entry, 'Contact', '연락처')} {.unnumbered}`, '', `| ${entry.presentation.home}`, `| ${basics.phone}`, `| <${basics.email}>`, ...labelledLinks(basics).map(([label, url]) => `| [${label}](${url})`), ''];
  if (skills.length > 0) out.push(`## ${say(entry, 'Skills', '보유 기술')} {.unnumbered}`, '', ...(entry.presentation.flatSkills ? allSkills(skills).map((s) => `- ${s}`) : skills.map((g) => `- **${g.name}**: ${g.keywords.join(', ')}`)), '');
  if (languages.length > 0) out.push(`## ${say(entry, 'Languages', '외국어')} {.unnumbered}`, '', ...languages.map((l) => `- ${l.language} [${l.fluency}]{.smallcaps}`), '');
  out.push(':::', '', '::: {.column width="68%"}', '');
  if (basics.summary) out.push(`## ${say(entry, 'Profile', '자기소개')} {.unnumbered}`, '', basics.summary, '');
  const experience = [`## ${say(entry, 'Experience', '경력')} {.unnumbered}`, '', ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [`### ${first} {.unnumbered}`, '', `**${second}**${job.location ? ` · ${job.location}` : ''} · [${jobDates[i]}]{.date}`, '', ...job.highlights.map((h) => `- ${h}`), ...(job.highlights.length ? [''] : [])];
  })];
  const educationPart = [`## ${say(entry, 'Education', '학력')} {.unnumbered}`, '', ...education.flatMap((school, i) => [`| **${school.institution}**`, `| ${degreeLine(school, i, entry)}`, `| [${schoolDates[i]}]{.date}`, ''])];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (certificates.length > 0) out.push(`## ${say(entry, 'Certificates', '자격증')} {.unnumbered}`, '', ...certificates.map((c) => `- ${certificateYearLine(c)}`), '');
  out.push(':::', '', '::::');
  return `${out.join('\n')}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-applepages': 'pdf', 'html-hugoresume': 'pdf', 'html-jobsiteprofile': 'pdf', 'html-resumeio': 'pdf',
  'docx-gdocsexport': 'docx', 'text-linkedincopy': 'txt', 'text-phonenotes': 'txt', 'markdown-quarto': 'md',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'sixteenth held-back résumé set',
  people: buildHoldout16Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (sixteenth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  programs: [],
  async render(people) {
    await renderChromium(people);
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-linkedincopy.txt`), linkedInCopyText(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-phonenotes.txt`), phoneNotesText(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-quarto.md`), quartoMarkdown(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-gdocsexport.docx`), pinDocx(await Packer.toBuffer(gdocsDocx(entry, index))));
    }
  },
});
