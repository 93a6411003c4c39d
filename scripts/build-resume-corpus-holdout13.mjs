// Builds the thirteenth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout13/):
// 30 people written out by hand (scripts/resume-corpus-holdout13-content.mjs; 22 in English from eleven
// countries and territories no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts
// no earlier set (resume-corpus, -fresh, -holdout … -holdout12, -ko) uses:
// - `html-gdocscoral`          Chromium; Google Docs' "Coral" template downloaded as PDF: the contact lines
//                              stacked ABOVE the name, the headline in coral, the summary with no heading,
//                              "**Employer**, place — *Title*" over the dates in small capitals.
// - `html-p11form`             Chromium; a filled-in application FORM of numbered boxes: for the English writers a
//                              UN-style Personal History Form (P.11) — family name, first name and middle name in
//                              separate boxes, "From / To (month/year)" boxes per job; for the Koreans an 알바몬
//                              résumé print (a part-time job site's boxed form: 기본 정보, 희망 근무 조건, 경력, 학력).
// - `html-livecareer`          Chromium; a résumé-builder download (LiveCareer / Zety style): "Work History" as
//                              "**Title**, 10/2019 to Current" over "Employer – place"; for the Koreans a 잡플래닛
//                              profile résumé print ("2021년 3월 ~ 현재 · 5년 10개월", 소개 at the end).
// - `latex-moderncvcasual`     LuaLaTeX with TeX Live's moderncv 2.3 class in its `casual` style (earlier sets used
//                              `classic` and `banking`): dates in the left hint column, and the home, phone, e-mail
//                              and links only in the FOOTER of the first page, links as icons and account names.
// - `libreoffice-sidebarframe` a flat ODT exported to PDF by LibreOffice: a coloured SIDEBAR that is a TEXT FRAME
//                              anchored to the page (photo box, contact, skills, languages, certificates) beside
//                              the body (name, headline, profile, experience, education).
// - `docx-trackedchanges`      the `docx` package; a Word résumé sent back with a reviewer's TRACKED CHANGES still
//                              in it (inserted headline and bullets, a deleted sentence and a deleted references
//                              line) and a margin comment; the truth is the text with the changes accepted.
// - `text-profilepaste`        plain text: a LinkedIn-style profile page selected and pasted as text (every title
//                              twice, as the page's hidden duplicates come along, "Full-time · 7 yrs 2 mos", roles at
//                              one employer grouped under it, the skills as the "Show all skills" page lists them); Korean UI for the Koreans.
// - `markdown-pagedown`        R Markdown for pagedown's `html_resume` template: an "Aside" (contact with <i> icon
//                              tags, skills, languages) before "Main"; every job as "### Title" then the employer,
//                              the place ("N/A" when none) and the dates as separate paragraphs.
// The rendered files are committed (CI needs neither Chromium, LibreOffice nor TeX to read them).
//
// `npx node scripts/build-resume-corpus-holdout13.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit. Needs /usr/bin/chromium, `soffice` and `lualatex`; it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, InsertedTextRun, LevelFormat, Packer, Paragraph,
  TabStopType, TextRun,
} from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, certificateYearLine, degreeLine, escapeHtml, escapeXml, isKorean, labelledLinks, namesInOrder, pinDocx, pinPdf, say, sectionsInOrder, SHORT_MONTHS, sofficeConvert,
  typesetLua, withChromiumPrinter,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout13Content } from './resume-corpus-holdout13-content.mjs';
import { escapeLatex } from './resume-corpus-latex.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout13');
const FROZEN_ON = '2026-12-01';
const e = escapeHtml;

const languageList = (languages) => languages.map((l) => `${l.language} (${l.fluency})`).join(', ');
const contactItems = (entry) => [entry.presentation.home, entry.resume.basics.phone, entry.resume.basics.email, ...labelledLinks(entry.resume.basics).map(([, url]) => bareUrl(url))];

/** Months from a job's start to its end (or December 2026), both counted. */
function monthsIn(startDate, endDate) {
  const [y1, m1 = 1] = startDate.split('-').map(Number);
  const [y2, m2 = 12] = (endDate ?? '2026-12').split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}
const koreanLength = (months) => [Math.floor(months / 12) > 0 ? `${Math.floor(months / 12)}년` : '', months % 12 > 0 ? `${months % 12}개월` : ''].filter(Boolean).join(' ');
/** LinkedIn's "7 yrs 2 mos". */
const englishLength = (months) => [Math.floor(months / 12) > 0 ? `${Math.floor(months / 12)} yr${Math.floor(months / 12) > 1 ? 's' : ''}` : '', months % 12 > 0 ? `${months % 12} mo${months % 12 > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
/** "10/2019", or the year alone. */
const slashMonth = (date) => (date.length > 4 ? `${date.slice(5, 7)}/${date.slice(0, 4)}` : date);
/** "2021.03", or the year alone. */
const dotMonth = (date) => date.replace('-', '.');

// ------------------------------------------------------------------------------------------------
// Chromium: Google Docs "Coral"; a P.11 form (알바몬 for the Koreans); a résumé builder's download (잡플래닛 for the Koreans)

function coralPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const body = korean ? "'Noto Sans CJK KR'" : index % 2 === 0 ? "'Liberation Sans'" : "'DejaVu Sans'";
  const css = `<style>body { margin: 0; font-family: ${body}, sans-serif; font-size: 9.5pt; color: #222; line-height: 1.4; }
    .contact p { margin: 0; font-size: 8.5pt; color: #555; } h1 { font-family: ${korean ? "'Noto Sans CJK KR'" : "'Liberation Serif'"}, serif; font-size: 30pt; font-weight: bold; margin: 6mm 0 1mm; line-height: 1.1; }
    .label { color: #ff5e4d; font-size: 11pt; font-weight: bold; margin-bottom: 3mm; } .summary { margin-bottom: 2mm; }
    h2 { color: #ff5e4d; font-size: 9.5pt; font-weight: bold; letter-spacing: 0; margin: 6mm 0 2mm; } .entry { margin-bottom: 3.5mm; }
    .date { color: #666; font-size: 7.5pt; margin: .5mm 0; } ul { margin: .8mm 0 0; padding-left: 5mm; } p { margin: 0; }</style>`;
  const parts = [`<div class="contact">${contactItems(entry).map((item) => `<p>${e(item)}</p>`).join('')}</div><h1>${e(basics.name)}</h1>${basics.label ? `<div class="label">${e(basics.label)}</div>` : ''}`];
  if (basics.summary) parts.push(`<p class="summary">${e(basics.summary)}</p>`);
  const experience = `<h2>${say(entry, 'EXPERIENCE', '경력')}</h2>${work.map((job, i) => `<div class="entry"><p><b>${e(job.name)}</b>${job.location ? `, ${e(job.location)}` : ''} — <i>${e(job.position)}</i></p><p class="date">${e(jobDates[i].toUpperCase())}</p>${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`).join('')}`;
  const educationPart = `<h2>${say(entry, 'EDUCATION', '학력')}</h2>${education.map((school, i) => `<div class="entry"><p><b>${e(school.institution)}</b> — <i>${e(degreeLine(school, i, entry))}</i></p><p class="date">${e(schoolDates[i].toUpperCase())}</p></div>`).join('')}`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(`<h2>${say(entry, 'SKILLS', '보유 기술')}</h2>${entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(', '))}</p>` : skills.map((g) => `<p><b>${e(g.name)}:</b> ${e(g.keywords.join(', '))}</p>`).join('')}`);
  if (certificates.length > 0) parts.push(`<h2>${say(entry, 'AWARDS', '자격증')}</h2>${certificates.map((c) => `<p>${e(certificateYearLine(c))}</p>`).join('')}`);
  if (languages.length > 0) parts.push(`<h2>${say(entry, 'LANGUAGES', '외국어')}</h2><p>${e(languageList(languages))}</p>`);
  return [`${css}${parts.join('\n')}`, { format: korean || index % 2 === 1 ? 'A4' : 'Letter', margin: { top: '16mm', bottom: '16mm', left: '20mm', right: '20mm' } }];
}

/** [first, middle, family] as a form asks for them (the last word is the family name). */
function nameParts(name) {
  const words = name.split(' ');
  return [words[0], words.slice(1, -1).join(' '), words.at(-1)];
}

const FORM_CSS = `<style>body { margin: 0; font-size: 8.8pt; color: #000; line-height: 1.3; } h1 { font-size: 13pt; text-align: center; margin: 0 0 1mm; letter-spacing: .5pt; }
  .note { text-align: center; font-size: 7.5pt; margin-bottom: 3mm; } table { width: 100%; border-collapse: collapse; margin-bottom: 2.5mm; page-break-inside: auto; }
  td, th { border: .6pt solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: left; } th { background: #e8e8e8; font-weight: normal; font-size: 7.5pt; }
  .q { font-size: 7.5pt; display: block; color: #222; } .v { font-size: 9.5pt; } h2 { font-size: 9pt; margin: 3mm 0 1mm; } ul { margin: 0; padding-left: 4mm; } p { margin: 0; }
  .sign { margin-top: 6mm; }</style>`;

function p11Page(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { born, nationality } = entry.presentation;
  const box = (question, value, span = 1) => `<td colspan="${span}"><span class="q">${e(question)}</span><span class="v">${e(value)}</span></td>`;
  const [first, middle, family] = nameParts(basics.name);
  const links = labelledLinks(basics);
  const parts = [`<h1>PERSONAL HISTORY FORM (P.11)</h1><p class="note">Please answer each question clearly and completely. Type or print in ink.</p>`];
  parts.push(`<table><tr>${box('1. Family name', family.toUpperCase())}${box('First name', first)}${box('Middle name', middle || '—')}</tr>
    <tr>${box('2. Date of birth', born)}${box('3. Nationality', nationality, 2)}</tr>
    <tr>${box('4. Permanent address', entry.presentation.home)}${box('5. Telephone No.', basics.phone)}${box('6. E-mail', basics.email)}</tr>
    <tr>${box('7. Post applied for', basics.label ?? '', 3)}</tr>
    ${links.length > 0 ? `<tr>${box('8. Websites / professional profiles', links.map(([label, url]) => `${label}: ${bareUrl(url)}`).join('   '), 3)}</tr>` : ''}</table>`);
  parts.push(`<h2>9. EDUCATION. Give full details — university or equivalent, technical or vocational training.</h2><table><tr><th>Name, place and country</th><th>Attended from</th><th>To</th><th>Degrees and academic distinctions</th><th>Main course of study</th></tr>
    ${education.map((school, i) => `<tr><td>${e(school.institution)}</td><td>${e(slashMonth(school.startDate))}</td><td>${e(slashMonth(school.endDate))}</td><td>${e(entry.presentation.degreeTexts[i])}</td><td>${e(school.area ?? '—')}</td></tr>`).join('')}</table>`);
  parts.push(`<h2>10. LANGUAGES</h2><table><tr><th>Language</th><th>Level (mother tongue, fluent, working knowledge…)</th></tr>${languages.map((l) => `<tr><td>${e(l.language)}</td><td>${e(l.fluency)}</td></tr>`).join('')}</table>`);
  parts.push('<h2>11. EMPLOYMENT RECORD: Starting with your present post, list in reverse order every employment you have had.</h2>');
  for (const job of work) {
    parts.push(`<table><tr>${box('From (month/year)', slashMonth(job.startDate))}${box('To (month/year)', job.endDate ? slashMonth(job.endDate) : 'to date')}${box('Exact title of your post', job.position, 2)}</tr>
      <tr>${box('Name of employer', job.name, 2)}${box('Place of work', job.location ?? '—', 2)}</tr>
      <tr><td colspan="4"><span class="q">Description of your duties</span>${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : '<span class="v">—</span>'}</td></tr></table>`);
  }
  parts.push(`<h2>12. STATE ANY OTHER RELEVANT FACTS, INCLUDING SKILLS.</h2><table><tr><td>${basics.summary ? `<p>${e(basics.summary)}</p>` : ''}${skills.map((g) => `<p>${e(entry.presentation.flatSkills ? allSkills(skills).join(', ') : `${g.name}: ${g.keywords.join(', ')}`)}</p>`).slice(0, entry.presentation.flatSkills ? 1 : undefined).join('')}</td></tr></table>`);
  if (certificates.length > 0) parts.push(`<h2>13. LICENCES AND CERTIFICATES</h2><table><tr><th>Title</th><th>Issued by</th><th>Date</th></tr>${certificates.map((c) => `<tr><td>${e(c.name)}</td><td>${e(c.issuer)}</td><td>${e(slashMonth(c.date))}</td></tr>`).join('')}</table>`);
  parts.push(`<p class="sign">I certify that the statements made by me in answer to the foregoing questions are true, complete and correct to the best of my knowledge and belief.</p><p class="sign">Date: 1 December 2026&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Signature: ${e(basics.name)}</p>`);
  const font = index % 2 === 0 ? "'Liberation Sans'" : "'DejaVu Sans'";
  return [`${FORM_CSS.replace('body {', `body { font-family: ${font}, sans-serif;`)}${parts.join('\n')}`, { format: index % 3 === 0 ? 'Letter' : 'A4', margin: { top: '14mm', bottom: '14mm', left: '14mm', right: '14mm' } }];
}

/** An 알바몬-style résumé print (a part-time job site's form): boxed rows, the person's own dates. */
function albamonPage(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates, born } = entry.presentation;
  const row = (label, value) => `<tr><th style="width:22%">${e(label)}</th><td>${e(value)}</td></tr>`;
  const parts = ['<p class="note" style="text-align:left">알바몬 | 내 이력서 인쇄</p>', `<h1>${e(basics.label ?? '')} 지원합니다</h1>`];
  parts.push(`<h2>기본 정보</h2><table>${row('이름', basics.name)}${row('생년월일', born)}${row('휴대폰', basics.phone)}${row('이메일', basics.email)}${row('주소', entry.presentation.home)}${labelledLinks(basics).map(([label, url]) => row(label, bareUrl(url))).join('')}</table>`);
  parts.push(`<h2>희망 근무 조건</h2><table>${row('업직종', basics.label ?? '')}${row('근무 형태', '정규직 · 계약직')}${row('근무 요일', '요일 협의')}</table>`);
  const educationPart = `<h2>학력</h2><table><tr><th>학교명</th><th>전공</th><th>졸업 구분</th><th>기간</th></tr>${education.map((school, i) => `<tr><td>${e(school.institution)}</td><td>${e(school.area ?? '-')}</td><td>${e(entry.presentation.degreeTexts[i])}</td><td>${e(schoolDates[i])}</td></tr>`).join('')}</table>`;
  const experience = `<h2>경력</h2><table><tr><th>회사명</th><th>근무 기간</th><th>담당 업무</th></tr>${work.map((job, i) => `<tr><td>${e(job.name)}${job.location ? `<br>${e(job.location)}` : ''}</td><td>${e(jobDates[i])}</td><td>${e(job.position)}${job.highlights.map((h) => `<p>- ${e(h)}</p>`).join('')}</td></tr>`).join('')}</table>`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (certificates.length > 0) parts.push(`<h2>자격증</h2><table><tr><th>자격증명</th><th>발행처</th><th>취득일</th></tr>${certificates.map((c) => `<tr><td>${e(c.name)}</td><td>${e(c.issuer)}</td><td>${e(dotMonth(c.date))}</td></tr>`).join('')}</table>`);
  if (languages.length > 0) parts.push(`<h2>외국어</h2><table><tr><th>언어</th><th>수준</th></tr>${languages.map((l) => `<tr><td>${e(l.language)}</td><td>${e(l.fluency)}</td></tr>`).join('')}</table>`);
  if (skills.length > 0) parts.push(`<h2>보유 기술 · 강점</h2><table><tr><td>${e(allSkills(skills).join(', '))}</td></tr></table>`);
  if (basics.summary) parts.push(`<h2>자기소개</h2><table><tr><td>${e(basics.summary)}</td></tr></table>`);
  return [`${FORM_CSS.replace('body {', "body { font-family: 'Noto Sans CJK KR', sans-serif;")}${parts.join('\n')}`, { format: 'A4', margin: { top: '14mm', bottom: '14mm', left: '14mm', right: '14mm' } }];
}

function liveCareerPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const accent = ['#1f6f8b', '#7a3e9d', '#2e7d32', '#b23a48'][index % 4];
  const css = `<style>body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; color: #222; line-height: 1.4; }
    h1 { font-size: 25pt; margin: 0; color: ${accent}; text-transform: uppercase; letter-spacing: 1pt; } .label { font-size: 11pt; margin: 1mm 0; } .contact { font-size: 8.5pt; color: #444; border-bottom: 2pt solid ${accent}; padding-bottom: 2mm; }
    h2 { font-size: 11pt; color: ${accent}; margin: 5mm 0 2mm; } .entry { margin-bottom: 3mm; } ul { margin: .8mm 0 0; padding-left: 5mm; } p { margin: 0; }
    .skills { columns: 2; } .skills li { margin-bottom: .5mm; } .muted { color: #555; }</style>`;
  const parts = [`<h1>${e(basics.name)}</h1>${basics.label ? `<div class="label">${e(basics.label)}</div>` : ''}<div class="contact">${[`Address: ${entry.presentation.home}`, `Phone: ${basics.phone}`, `Email: ${basics.email}`, ...labelledLinks(basics).map(([label, url]) => `${label}: ${bareUrl(url)}`)].map(e).join(' &nbsp;•&nbsp; ')}</div>`];
  if (basics.summary) parts.push(`<h2>Professional Summary</h2><p>${e(basics.summary)}</p>`);
  if (skills.length > 0) parts.push(`<h2>Skills</h2><ul class="skills">${allSkills(skills).map((s) => `<li>${e(s)}</li>`).join('')}</ul>`);
  const experience = `<h2>Work History</h2>${work.map((job) => `<div class="entry"><p><b>${e(job.position)}</b>, ${e(slashMonth(job.startDate))} to ${job.endDate ? e(slashMonth(job.endDate)) : 'Current'}</p><p class="muted">${e(job.name)}${job.location ? ` – ${e(job.location)}` : ''}</p>${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`).join('')}`;
  const educationPart = `<h2>Education</h2>${education.map((school) => `<div class="entry"><p><b>${e(school.studyType)}</b>${school.area ? `: ${e(school.area)}` : ''}, ${e(school.endDate.slice(0, 4))}</p><p class="muted">${e(school.institution)}</p></div>`).join('')}`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (languages.length > 0) parts.push(`<h2>Languages</h2>${languages.map((l) => `<p>${e(l.language)}: <span class="muted">${e(l.fluency)}</span></p>`).join('')}`);
  if (certificates.length > 0) parts.push(`<h2>Certifications</h2><ul>${certificates.map((c) => `<li>${e(c.name)} - ${e(c.issuer)}, ${e(slashMonth(c.date))}</li>`).join('')}</ul>`);
  return [`${css}${parts.join('\n')}`, { format: index % 2 === 0 ? 'Letter' : 'A4', margin: { top: '15mm', bottom: '15mm', left: '17mm', right: '17mm' } }];
}

/** "2021년 3월", or the year alone ("2015년"). */
const koreanMonth = (date) => (date.length > 4 ? `${date.slice(0, 4)}년 ${Number(date.slice(5, 7))}월` : `${date}년`);

/** A 잡플래닛-style profile résumé print: the site's own dates ("2021년 3월 ~ 현재 · 5년 10개월"), 소개 at the end. */
function jobPlanetPage(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const css = `<style>body { margin: 0; font-family: 'Noto Sans CJK KR', sans-serif; font-size: 9pt; color: #222; line-height: 1.5; } .site { font-size: 7.5pt; color: #00c362; font-weight: bold; margin-bottom: 4mm; }
    h1 { font-size: 18pt; margin: 0; } .muted { color: #777; } h2 { font-size: 11pt; margin: 6mm 0 2mm; } .item { display: flex; gap: 3mm; margin-bottom: 3mm; }
    .logo { width: 9mm; height: 9mm; border-radius: 2mm; background: #eef2f5; color: #667; font-weight: bold; display: flex; align-items: center; justify-content: center; flex: none; }
    p { margin: 0; } ul { margin: .5mm 0 0; padding-left: 4mm; } .tag { display: inline-block; background: #f0f3f6; border-radius: 1mm; padding: 0 2mm; margin: 0 1mm 1mm 0; }</style>`;
  const total = work.filter((job) => !/아르바이트|도우미/.test(job.position)).reduce((sum, job) => sum + monthsIn(job.startDate, job.endDate), 0);
  const parts = ['<div class="site">jobplanet · 이력서</div>', `<h1>${e(basics.name)}</h1><p>${e(basics.label ?? '')} · 경력 ${e(koreanLength(total))}</p><p class="muted">${e(basics.email)} · ${e(basics.phone)} · ${e(entry.presentation.home)}</p>${labelledLinks(basics).map(([label, url]) => `<p class="muted">${e(label)} ${e(bareUrl(url))}</p>`).join('')}`];
  const experience = `<h2>경력</h2>${work.map((job) => `<div class="item"><div class="logo">${e([...job.name.replace(/\(주\)/g, '')][0])}</div><div><p><b>${e(job.name)}</b></p><p>${e(job.position)}${job.location ? ` · ${e(job.location)}` : ''}</p><p class="muted">${e(koreanMonth(job.startDate))} ~ ${job.endDate ? e(koreanMonth(job.endDate)) : '현재'} · ${e(koreanLength(monthsIn(job.startDate, job.endDate)))}</p>${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div></div>`).join('')}`;
  const educationPart = `<h2>학력</h2>${education.map((school) => `<div class="item"><div class="logo">${e([...school.institution][0])}</div><div><p><b>${e(school.institution)}</b></p><p>${e([school.area, school.studyType].filter(Boolean).join(' · '))}</p><p class="muted">${e(koreanMonth(school.startDate))} ~ ${e(koreanMonth(school.endDate))} 졸업</p></div></div>`).join('')}`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(`<h2>스킬</h2><div>${allSkills(skills).map((s) => `<span class="tag">${e(s)}</span>`).join('')}</div>`);
  if (certificates.length > 0) parts.push(`<h2>자격증</h2>${certificates.map((c) => `<p>${e(c.name)} <span class="muted">${e(c.issuer)} · ${e(koreanMonth(c.date))}</span></p>`).join('')}`);
  if (languages.length > 0) parts.push(`<h2>외국어</h2>${languages.map((l) => `<p>${e(l.language)} <span class="muted">${e(l.fluency)}</span></p>`).join('')}`);
  if (basics.summary) parts.push(`<h2>소개</h2><p>${e(basics.summary)}</p>`);
  return [`${css}${parts.join('\n')}`, { format: 'A4', margin: { top: '14mm', bottom: '14mm', left: '16mm', right: '16mm' } }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      const korean = isKorean(entry);
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-gdocscoral.pdf`), pinPdf(await print(...coralPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-p11form.pdf`), pinPdf(await print(...(korean ? albamonPage(entry) : p11Page(entry, index)))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-livecareer.pdf`), pinPdf(await print(...(korean ? jobPlanetPage(entry) : liveCareerPage(entry, index)))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// LuaLaTeX: moderncv in its `casual` style (contact in the first page's footer)

const MODERNCV_COLOURS = ['blue', 'green', 'orange', 'red', 'purple', 'grey', 'burgundy'];

function moderncvCasualSource(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const t = escapeLatex;
  const dash = (text) => t(text).replace(/ [–-] /g, ' -- ');
  const [first, ...rest] = korean ? [basics.name] : basics.name.split(' ');
  const socials = (basics.profiles ?? []).map(({ network, url }) => {
    const account = url.replace(/\/$/, '').split('/').at(-1);
    if (network === 'LinkedIn') return `\\social[linkedin]{${t(account)}}`;
    if (network === 'GitHub') return `\\social[github]{${t(account)}}`;
    return `\\extrainfo{${t(network)}: ${t(bareUrl(url))}}`;
  });
  const body = [];
  if (basics.summary) body.push(`\\section{${say(entry, 'Profile', '자기소개')}}\n\\cvitem{}{${t(basics.summary)}}`);
  const experience = () => body.push(`\\section{${say(entry, 'Experience', '경력')}}\n${work.map((job, i) => {
    const [firstName, secondName] = namesInOrder(job, entry);
    const bullets = job.highlights.length > 0 ? `\\begin{itemize}${job.highlights.map((h) => `\\item ${t(h)}`).join('\n')}\\end{itemize}` : '';
    return `\\cventry{${dash(jobDates[i])}}{${t(firstName)}}{${t(secondName)}}{${t(job.location ?? '')}}{}{${bullets}}`;
  }).join('\n')}`);
  const educationPart = () => body.push(`\\section{${say(entry, 'Education', '학력')}}\n${education.map((school, i) => `\\cventry{${dash(schoolDates[i])}}{${t(degreeLine(school, i, entry))}}{${t(school.institution)}}{}{}{}`).join('\n')}`);
  for (const part of sectionsInOrder(entry, experience, educationPart)) part();
  if (skills.length > 0) body.push(`\\section{${say(entry, 'Skills', '보유 기술')}}\n${entry.presentation.flatSkills ? `\\cvitem{}{${t(allSkills(skills).join(', '))}}` : skills.map((g) => `\\cvitem{${t(g.name)}}{${t(g.keywords.join(', '))}}`).join('\n')}`);
  if (languages.length > 0) body.push(`\\section{${say(entry, 'Languages', '외국어')}}\n${languages.map((l) => `\\cvitem{${t(l.language)}}{${t(l.fluency)}}`).join('\n')}`);
  if (certificates.length > 0) body.push(`\\section{${say(entry, 'Certificates', '자격증')}}\n${certificates.map((c) => `\\cvitem{${t(c.date.slice(0, 4))}}{${t(c.name)}, ${t(c.issuer)}}`).join('\n')}`);
  const paper = korean || index % 2 === 1 ? 'a4paper' : 'letterpaper';
  const main = korean ? 'DejaVu Sans' : index % 2 === 0 ? 'Liberation Sans' : 'DejaVu Sans';
  return `\\documentclass[11pt,${paper},sans]{moderncv}
\\moderncvstyle[nosymbols]{casual}
\\moderncvcolor{${MODERNCV_COLOURS[index % MODERNCV_COLOURS.length]}}
\\usepackage[scale=0.8]{geometry}
\\usepackage{fontspec}\\directlua{luaotfload.add_fallback('cvfallback', {'Noto Sans CJK KR:mode=node;'})}
\\setsansfont{${main}}[RawFeature={fallback=cvfallback}]\\setmainfont{${main}}[RawFeature={fallback=cvfallback}]
\\hyphenpenalty=10000\\exhyphenpenalty=10000
\\renewcommand*{\\labelitemi}{\\strut\\textcolor{color1}{•}}
\\name{${t(first)}}{${t(rest.join(' '))}}
${basics.label ? `\\title{${t(basics.label)}}` : ''}
\\address{${t(entry.presentation.home)}}{}{}
\\phone[mobile]{${t(basics.phone)}}
\\email{${t(basics.email)}}
${basics.url ? `\\homepage{${t(bareUrl(basics.url))}}` : ''}
${socials.join('\n')}
\\begin{document}
\\makecvtitle
${body.join('\n\n')}
\\end{document}
`;
}

// ------------------------------------------------------------------------------------------------
// A flat ODT for LibreOffice (PDF): a coloured sidebar that is a text frame anchored to the first page

const ODT_NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"', 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"', 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"', 'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"', 'xmlns:xlink="http://www.w3.org/1999/xlink"',
].join(' ');
const x = escapeXml;
const para = (style, content) => `<text:p text:style-name="${style}">${content}</text:p>`;
const bold = (text) => `<text:span text:style-name="Strong">${x(text)}</text:span>`;
const bulletList = (items) => (items.length > 0 ? `<text:list text:style-name="Bullets">${items.map((item) => `<text:list-item>${para('Bullet', x(item))}</text:list-item>`).join('')}</text:list>` : '');
const SIDEBAR_COLOURS = ['#23395b', '#3d5a40', '#5b2333', '#2f4858', '#4a3b68'];

function sidebarFrameOdt(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const latin = korean ? 'Noto Sans CJK KR' : index % 2 === 0 ? 'Liberation Sans' : 'DejaVu Sans';
  const side = [para('Photo', x(say(entry, 'PHOTO', '사진'))), para('SideHead', x(say(entry, 'CONTACT', '연락처'))), ...contactItems(entry).map((item) => para('Side', x(item)))];
  if (skills.length > 0) {
    side.push(para('SideHead', x(say(entry, 'SKILLS', '보유 기술'))));
    if (entry.presentation.flatSkills) side.push(...allSkills(skills).map((s) => para('Side', x(s))));
    else for (const g of skills) side.push(para('SideGroup', x(g.name)), ...g.keywords.map((s) => para('Side', x(s))));
  }
  if (languages.length > 0) side.push(para('SideHead', x(say(entry, 'LANGUAGES', '외국어'))), ...languages.map((l) => para('Side', x(`${l.language} — ${l.fluency}`))));
  if (certificates.length > 0) side.push(para('SideHead', x(say(entry, 'CERTIFICATES', '자격증'))), ...certificates.map((c) => para('Side', x(certificateYearLine(c)))));
  const frame = `<draw:frame draw:style-name="Sidebar" draw:name="Sidebar" text:anchor-type="page" text:anchor-page-number="1" svg:x="0cm" svg:y="0cm" svg:width="6.6cm" draw:z-index="0"><draw:text-box fo:min-height="29.7cm">${side.join('')}</draw:text-box></draw:frame>`;
  const body = [frame, para('Name', x(basics.name))];
  if (basics.label) body.push(para('Headline', x(basics.label)));
  if (basics.summary) body.push(para('Heading', x(say(entry, 'PROFILE', '소개'))), para('Text', x(basics.summary)));
  const experience = [para('Heading', x(say(entry, 'EXPERIENCE', '경력'))), ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [para('JobTitle', bold(first)), para('JobSub', x([second, job.location].filter(Boolean).join(' · '))), para('Dates', x(jobDates[i])), bulletList(job.highlights)];
  })];
  const educationPart = [para('Heading', x(say(entry, 'EDUCATION', '학력'))), ...education.flatMap((school, i) => [para('JobTitle', bold(degreeLine(school, i, entry))), para('JobSub', x(school.institution)), para('Dates', x(schoolDates[i]))])];
  body.push(...sectionsInOrder(entry, experience, educationPart).flat());
  const colour = SIDEBAR_COLOURS[index % SIDEBAR_COLOURS.length];
  const styles = [
    ['Name', 'fo:margin-bottom="0.1cm"', 'fo:font-size="24pt" style:font-size-asian="22pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="' + colour + '"'],
    ['Headline', 'fo:margin-bottom="0.3cm"', 'fo:font-size="12pt" style:font-size-asian="12pt" fo:color="#555555"'],
    ['Heading', 'fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:border-bottom="0.8pt solid ' + colour + '" fo:padding-bottom="0.05cm"', 'fo:font-size="11pt" style:font-size-asian="11pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="' + colour + '" fo:letter-spacing="0cm"'],
    ['JobTitle', 'fo:margin-top="0.2cm" fo:margin-bottom="0cm" fo:keep-with-next="always"', ''],
    ['JobSub', 'fo:margin-bottom="0cm" fo:keep-with-next="always"', 'fo:font-style="italic"'],
    ['Dates', 'fo:margin-bottom="0.05cm" fo:keep-with-next="always"', 'fo:font-size="8.5pt" style:font-size-asian="8.5pt" fo:color="#777777"'],
    ['Bullet', 'fo:margin-bottom="0.05cm"', ''],
    ['Text', 'fo:margin-bottom="0.1cm" fo:line-height="120%"', ''],
    ['Photo', 'fo:margin-left="1.2cm" fo:margin-right="1.2cm" fo:margin-top="0.6cm" fo:margin-bottom="0.4cm" fo:padding="1.4cm" fo:border="0.8pt solid #ffffff" fo:text-align="center"', 'fo:font-size="8pt" style:font-size-asian="8pt" fo:color="#ffffff"'],
    ['SideHead', 'fo:margin-left="0.5cm" fo:margin-top="0.4cm" fo:margin-bottom="0.1cm"', 'fo:font-size="10pt" style:font-size-asian="10pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#ffffff"'],
    ['SideGroup', 'fo:margin-left="0.5cm" fo:margin-top="0.1cm" fo:margin-bottom="0cm"', 'fo:font-size="8.5pt" style:font-size-asian="8.5pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#ffffff"'],
    ['Side', 'fo:margin-left="0.5cm" fo:margin-right="0.3cm" fo:margin-bottom="0.04cm"', 'fo:font-size="8.5pt" style:font-size-asian="8.5pt" fo:color="#ffffff"'],
  ];
  const paragraphStyle = ([name, paragraph, text]) => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"${name === 'Name' ? ' style:master-page-name="First"' : ''}><style:paragraph-properties ${paragraph}/>${text ? `<style:text-properties ${text}/>` : ''}</style:style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${ODT_NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${latin}" svg:font-family="'${latin}'"/><style:font-face style:name="Noto Sans CJK KR" svg:font-family="'Noto Sans CJK KR'"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.08cm"/><style:text-properties style:font-name="${latin}" fo:font-size="10pt" style:font-name-asian="Noto Sans CJK KR" style:font-size-asian="10pt" fo:language="${korean ? 'ko' : 'en'}" fo:country="${korean ? 'KR' : 'GB'}"/></style:style>
<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.35cm" fo:margin-left="0.5cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="7.4cm" fo:margin-right="1.6cm"/></style:page-layout>
<style:style style:name="Sidebar" style:family="graphic"><style:graphic-properties style:wrap="run-through" style:run-through="background" fo:background-color="${colour}" draw:fill="solid" draw:fill-color="${colour}" fo:padding="0.2cm" fo:border="none" style:vertical-pos="top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/></style:style>
<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
${styles.map(paragraphStyle).join('\n')}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="First" style:page-layout-name="page"/></office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body>
</office:document>
`;
}

// ------------------------------------------------------------------------------------------------
// DOCX (the `docx` package): a résumé sent back with a reviewer's tracked changes and a comment

const BULLETS = { config: [{ reference: 'tc-bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }] }] };
const REVIEW_DATE = '2026-11-28T10:15:00Z';

function trackedChangesDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates, struck } = entry.presentation;
  const author = korean ? '김선영 (취업지원센터)' : ['Career Centre', 'Mentor', 'J. Thomas'][index % 3];
  let change = 0;
  const inserted = (text, options = {}) => new InsertedTextRun({ text, id: ++change, author, date: REVIEW_DATE, ...options });
  const deleted = (text, options = {}) => new DeletedTextRun({ text, id: ++change, author, date: REVIEW_DATE, ...options });
  const run = (text, options = {}) => new TextRun({ text, ...options });
  const p = (children, options = {}) => new Paragraph({ spacing: { after: 60 }, ...options, children: typeof children === 'string' ? [run(children)] : children });
  const heading = (children) => p(children, { spacing: { before: 240, after: 80 }, keepNext: true, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '2F5496', space: 1 } } });
  const headingText = (text) => heading([run(text, { bold: true, size: 24, color: '2F5496' })]);
  const tab = [{ type: TabStopType.RIGHT, position: korean || index % 2 === 1 ? 9638 : 9360 }];
  const children = [p([run(basics.name, { bold: true, size: 40 })], { spacing: { after: 40 } })];
  // The reviewer added the headline the person had left out.
  if (basics.label) children.push(p([inserted(basics.label, { size: 26, color: '404040' })]));
  children.push(p(contactItems(entry).join('  |  '), { spacing: { after: 120 } }));
  if (basics.summary) {
    const sentences = basics.summary.match(/[^.!?]+[.!?]+(?:\s+|$)/g) ?? [basics.summary];
    const kept = sentences.length > 1 ? sentences.slice(0, -1).join('') : basics.summary;
    const added = sentences.length > 1 ? sentences.at(-1) : '';
    children.push(headingText(say(entry, 'Summary', '자기소개')), p([...(struck ? [deleted(`${struck} `)] : []), run(kept), ...(added ? [inserted(added)] : [])]));
  }
  const experience = () => {
    children.push(headingText(say(entry, 'Experience', '경력')));
    work.forEach((job, i) => {
      const [first, second] = namesInOrder(job, entry);
      children.push(p([run(first, { bold: true }), run(`, ${second}`), new TextRun({ children: ['\t', jobDates[i]] })], { tabStops: tab, spacing: { before: i > 0 ? 140 : 0, after: 20 }, keepNext: true }));
      if (job.location) children.push(p([run(job.location, { italics: true })], { spacing: { after: 20 } }));
      job.highlights.forEach((h, n) => children.push(p(i === 0 && n === job.highlights.length - 1 && job.highlights.length > 1 ? [inserted(h)] : [run(h)], { numbering: { reference: 'tc-bullets', level: 0 } })));
      // The reviewer struck the filler line the person ended their last job with.
      if (i === work.length - 1) children.push(p([deleted(say(entry, 'Other duties as assigned.', '기타 업무 지원'))], { numbering: { reference: 'tc-bullets', level: 0 } }));
    });
  };
  const educationPart = () => {
    children.push(headingText(say(entry, 'Education', '학력')));
    education.forEach((school, i) => children.push(p([run(school.institution, { bold: true }), new TextRun({ children: ['\t', schoolDates[i]] })], { tabStops: tab, spacing: { after: 0 }, keepNext: true }), p(degreeLine(school, i, entry))));
  };
  for (const part of sectionsInOrder(entry, experience, educationPart)) part();
  if (skills.length > 0) {
    children.push(heading([new CommentRangeStart(0), run(say(entry, 'Skills', '보유 기술'), { bold: true, size: 24, color: '2F5496' }), new CommentRangeEnd(0), run({ children: [new CommentReference(0)] })]));
    children.push(...(entry.presentation.flatSkills ? [p(allSkills(skills).join(', '))] : skills.map((g) => p([run(`${g.name}: `, { bold: true }), run(g.keywords.join(', '))]))));
  }
  if (languages.length > 0) children.push(headingText(say(entry, 'Languages', '외국어')), p(languageList(languages)));
  if (certificates.length > 0) children.push(headingText(say(entry, 'Certifications', '자격증')), ...certificates.map((c) => p(certificateYearLine(c), { numbering: { reference: 'tc-bullets', level: 0 } })));
  children.push(p([deleted(say(entry, 'References available on request.', '추천인: 요청 시 제출'))], { spacing: { before: 240 } }));
  const latin = korean ? 'Malgun Gothic' : index % 2 === 0 ? 'Calibri' : 'Georgia';
  const page = korean || index % 2 === 1 ? { width: 11906, height: 16838 } : { width: 12240, height: 15840 };
  return new Document({
    creator: 'Candor thirteenth held-back résumé set', title: korean ? `${basics.name} 이력서` : `${basics.name} Resume`,
    features: { trackRevisions: true },
    comments: { children: [{ id: 0, author, date: new Date(REVIEW_DATE), children: [new Paragraph({ children: [new TextRun(say(entry, 'Could you group these, or put the strongest first?', '가장 자신 있는 기술을 앞에 두면 좋겠어요.'))] })] }] },
    styles: { default: { document: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: 'Noto Sans CJK KR', cs: latin }, size: 21 } } } },
    numbering: BULLETS,
    sections: [{ properties: { page: { size: page, margin: { top: 1080, bottom: 1080, left: 1134, right: 1134 } } }, children }],
  });
}

// ------------------------------------------------------------------------------------------------
// Plain text: a LinkedIn-style profile page pasted as text; R Markdown for pagedown

/** LinkedIn's month: "Oct 2019" / "2019년 10월", or the year alone. */
const profileMonth = (date, korean) => (date.length > 4 ? (korean ? `${date.slice(0, 4)}년 ${Number(date.slice(5, 7))}월` : `${SHORT_MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`) : korean ? `${date}년` : date);
function profileLength(job, korean) {
  const months = job.startDate.length > 4 ? monthsIn(job.startDate, job.endDate) : Math.max(1, Number((job.endDate ?? '2026').slice(0, 4)) - Number(job.startDate) + 1) * 12;
  return korean ? koreanLength(months) : englishLength(months);
}
function employmentType(job, korean) {
  if (/Volunteer|Steward/i.test(job.position)) return korean ? '자원봉사' : 'Volunteer';
  if (/아르바이트|도우미|Intern/i.test(job.position)) return korean ? '파트타임' : 'Internship';
  if (/Owner|원장|대표/.test(job.position)) return korean ? '자영업' : 'Self-employed';
  if (/Season|Summer/i.test(job.shown ?? '')) return 'Seasonal';
  return korean ? '정규직' : 'Full-time';
}

function profilePasteText(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const twice = (text) => [text, text];
  const range = (job) => `${profileMonth(job.startDate, korean)} - ${job.endDate ? profileMonth(job.endDate, korean) : say(entry, 'Present', '현재')} · ${profileLength(job, korean)}`;
  const out = [basics.name, ...(basics.label ? [basics.label] : []), `${entry.presentation.home} · ${say(entry, 'Contact info', '연락처')}`, say(entry, '500+ connections', '1촌 500명 이상'), say(entry, 'Open to', '관심 있음'), say(entry, 'Add profile section', '프로필 섹션 추가'), say(entry, 'More', '더보기'), ''];
  if (basics.summary) out.push(...twice(say(entry, 'About', '정보')), basics.summary, '');
  const experience = [...twice(say(entry, 'Experience', '경력'))];
  // Roles held one after another at one employer are grouped under it, as the profile page shows them.
  for (let i = 0; i < work.length;) {
    let end = i + 1;
    while (end < work.length && work[end].name === work[i].name) end++;
    const group = work.slice(i, end).map((job, n) => ({ ...job, shown: entry.presentation.jobDates[i + n] }));
    if (group.length > 1) {
      const first = group.at(-1);
      const total = profileLength({ startDate: first.startDate, endDate: group[0].endDate }, korean);
      experience.push(...twice(group[0].name), ...twice(`${employmentType(group[0], korean)} · ${total}`), ...(group[0].location ? [group[0].location] : []));
      for (const job of group) experience.push(...twice(job.position), ...twice(range(job)), ...job.highlights.map((h) => `• ${h}`));
    } else {
      const [job] = group;
      experience.push(...twice(job.position), ...twice(`${job.name} · ${employmentType(job, korean)}`), ...twice(range(job)), ...(job.location ? twice(job.location) : []), ...job.highlights.map((h) => `• ${h}`));
    }
    i = end;
  }
  const educationPart = [...twice(say(entry, 'Education', '학력')), ...education.flatMap((school) => [...twice(school.institution), ...twice([school.studyType, school.area].filter(Boolean).join(', ')), ...twice(`${school.startDate.slice(0, 4)} - ${school.endDate.slice(0, 4)}`)])];
  for (const part of sectionsInOrder(entry, experience, educationPart)) out.push(...part, '');
  if (certificates.length > 0) out.push(...twice(say(entry, 'Licenses & certifications', '자격증')), ...certificates.flatMap((c) => [...twice(c.name), ...twice(c.issuer), ...twice(`${say(entry, 'Issued', '발행일')} ${profileMonth(c.date, korean)}`)]), '');
  if (skills.length > 0) {
    const all = allSkills(skills);
    // Pasted from the "Show all skills" page, which lists every one (the profile page shows three).
    out.push(...twice(say(entry, 'Skills', '보유기술')), ...all.flatMap(twice), '');
  }
  if (languages.length > 0) out.push(...twice(say(entry, 'Languages', '언어')), ...languages.flatMap((l) => [...twice(l.language), ...twice(l.fluency)]), '');
  out.push(say(entry, `${basics.name}'s Profile`, `${basics.name}님의 프로필`), ...labelledLinks(basics).flatMap(([label, url]) => [label, bareUrl(url)]), say(entry, 'Phone', '전화번호'), `${basics.phone} (${say(entry, 'Mobile', '휴대폰')})`, say(entry, 'Email', '이메일'), basics.email);
  return `${out.join('\n')}\n`;
}

const FA_ICONS = { LinkedIn: 'fa-linkedin', GitHub: 'fa-github', Instagram: 'fa-instagram', Behance: 'fa-behance', Website: 'fa-globe' };

function pagedownMarkdown(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const rule = '-'.repeat(80);
  const out = ['---', `title: "${basics.name}${say(entry, "'s resume", ' 이력서')}"`, `author: ${basics.name}`, 'date: "`r Sys.Date()`"', 'output:', '  pagedown::html_resume:', "    css: ['css/custom.css', 'resume']", '    self_contained: false', '---', '', '```{r, include=FALSE}', 'knitr::opts_chunk$set(results = "asis", echo = FALSE)', '```', '', 'Aside', '='.repeat(80), ''];
  out.push(`${say(entry, 'Contact Info', '연락처')} {#contact}`, rule, '', `- <i class="fa fa-map-marker"></i> ${entry.presentation.home}`, `- <i class="fa fa-phone"></i> ${basics.phone}`, `- <i class="fa fa-envelope"></i> ${basics.email}`, ...labelledLinks(basics).map(([label, url]) => `- <i class="fa ${FA_ICONS[label] ?? 'fa-link'}"></i> [${bareUrl(url)}](${url})`), '');
  if (skills.length > 0) out.push(`${say(entry, 'Skills', '보유 기술')} {#skills}`, rule, '', ...(entry.presentation.flatSkills ? allSkills(skills).map((s) => `- ${s}`) : skills.map((g) => `- **${g.name}**: ${g.keywords.join(', ')}`)), '');
  if (languages.length > 0) out.push(`${say(entry, 'Languages', '외국어')} {#languages}`, rule, '', ...languages.map((l) => `- ${l.language} (${l.fluency})`), '');
  out.push('Disclaimer {#disclaimer}', rule, '', 'Made with the R package [**pagedown**](https://github.com/rstudio/pagedown).', '', 'Last updated on 2026-11-30.', '', '', 'Main', '='.repeat(80), '', `${basics.name} {#title}`, rule, '');
  if (basics.label) out.push(`### ${basics.label}`, '');
  if (basics.summary) out.push(basics.summary, '');
  const experience = [`${say(entry, 'Experience', '경력')} {data-icon=suitcase}`, rule, '', ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [`### ${first}`, '', second, '', job.location ?? 'N/A', '', jobDates[i], '', ...job.highlights.map((h) => `- ${h}`), ...(job.highlights.length > 0 ? [''] : [])];
  })];
  const educationPart = [`${say(entry, 'Education', '학력')} {data-icon=graduation-cap data-concise=true}`, rule, '', ...education.flatMap((school, i) => [`### ${school.institution}`, '', degreeLine(school, i, entry), '', 'N/A', '', schoolDates[i], ''])];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (certificates.length > 0) out.push(`${say(entry, 'Certificates', '자격증')} {data-icon=certificate}`, rule, '', ...certificates.flatMap((c) => [`### ${c.name}`, '', c.issuer, '', 'N/A', '', c.date.slice(0, 4), '']));
  return `${out.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-gdocscoral': 'pdf', 'html-p11form': 'pdf', 'html-livecareer': 'pdf', 'latex-moderncvcasual': 'pdf', 'libreoffice-sidebarframe': 'pdf',
  'docx-trackedchanges': 'docx', 'text-profilepaste': 'txt', 'markdown-pagedown': 'md',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'thirteenth held-back résumé set',
  people: buildHoldout13Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (thirteenth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  async render(people) {
    await renderChromium(people);
    const sidebars = [];
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-profilepaste.txt`), profilePasteText(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-pagedown.md`), pagedownMarkdown(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-trackedchanges.docx`), pinDocx(await Packer.toBuffer(trackedChangesDocx(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.latex-moderncvcasual.pdf`), pinPdf(typesetLua(moderncvCasualSource(entry, index))));
      sidebars.push([`${entry.id}.sidebar`, 'fodt', sidebarFrameOdt(entry, index)]);
    }
    const pdfs = sofficeConvert(sidebars, 'pdf:writer_pdf_Export', 'pdf');
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-sidebarframe.pdf`), pinPdf(pdfs.get(`${entry.id}.sidebar`)));
  },
});
