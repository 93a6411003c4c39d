// Builds the eleventh held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout11/):
// 30 people written out by hand (scripts/resume-corpus-holdout11-content.mjs; 22 in English from eleven
// countries no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts no earlier
// set (resume-corpus, -fresh, -holdout … -holdout10, -ko) uses:
// - `html-gdocsspearmint`  Chromium; Google Docs' "Spearmint" template downloaded as PDF: a mint bar over the
//                          name, the contact lines stacked under it, the summary, SKILLS FIRST, then
//                          "**Employer**, place — *Title*" over the dates in capitals, bullets.
// - `html-fieldedprint`    Chromium; a job board's printed profile whose jobs are LABELLED FIELDS with the
//                          start and the end in separate fields, in the site's own date format; for the
//                          Koreans a 인크루트-style print (기본정보, 학력 table, 경력 with 근무기간 and its length).
// - `latex-skillmatrix`    LuaLaTeX; a SKILLS MATRIX table (area | skill | ●●●●○ rating) before the experience,
//                          jobs as "**first name** … dates" over the second name and the place.
// - `libreoffice-narrative` a flat ODT saved as DOCX by LibreOffice: a narrative CV, ONE PARAGRAPH PER JOB
//                          with the dates inline ("Title, Employer, place, July 2021 – present. Bullet. Bullet.").
// - `libreoffice-careerdetail` a flat ODT exported to PDF by LibreOffice: a career history ONLY — for the
//                          Koreans a 경력기술서 without an 이력서 (summary table of companies, then one bordered
//                          table per company), for the others a "Career History" in the same form.
// - `docx-contentcontrols` the `docx` package; an Office.com-style résumé template filled in: every paragraph
//                          inside a content control (`w:sdt`), the dates FIRST in small capitals (Word's
//                          `caps`, so the text keeps its case) over "Title, Employer".
// - `text-labelledfields`  plain text as a job board's "plain text résumé": "Job title:", "Employer:",
//                          "Dates:" … lines per job, "Label: value" contact lines; Korean 회사명: / 근무기간: ….
// - `markdown-deflist`     Markdown in the pandoc_resume style: setext headings and DEFINITION LISTS (the dates
//                          as the term, ":   **Title**, Employer (place)" as the definition, nested bullets).
// The rendered files are committed (CI needs neither Chromium, LibreOffice nor TeX to read them).
//
// `npx node scripts/build-resume-corpus-holdout11.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit. Needs /usr/bin/chromium, `soffice` and `lualatex`; it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { AlignmentType, BorderStyle, Document, ExternalHyperlink, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, degreeLine, escapeHtml, escapeXml, isKorean, labelledLinks, namesInOrder, pinDocx, pinPdf, say, sectionsInOrder, SHORT_MONTHS, sofficeConvert,
  typesetLua, withChromiumPrinter,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout11Content } from './resume-corpus-holdout11-content.mjs';
import { escapeLatex } from './resume-corpus-latex.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout11');
const FROZEN_ON = '2026-12-01';
const e = escapeHtml;

const languageList = (languages) => languages.map((l) => `${l.language} (${l.fluency})`).join(', ');
/** A sentence ends with a full stop unless it already ends with a mark (Korean bullets have none). */
const sentence = (text) => (/[.!?)]$/.test(text) ? text : `${text}.`);

/** Months from a job's start to its end (or December 2026), both counted. */
function monthsIn(startDate, endDate) {
  const [y1, m1 = 1] = startDate.split('-').map(Number);
  const [y2, m2 = 12] = (endDate ?? '2026-12').split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}
const koreanLength = (months) => [Math.floor(months / 12) > 0 ? `${Math.floor(months / 12)}년` : '', months % 12 > 0 ? `${months % 12}개월` : ''].filter(Boolean).join(' ');

// ------------------------------------------------------------------------------------------------
// Chromium: Google Docs "Spearmint"; a job board's fielded profile print (인크루트 for the Koreans)

function spearmintPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const font = korean ? "'Noto Sans CJK KR'" : index % 2 === 0 ? "'Liberation Sans'" : "'DejaVu Sans'";
  const css = `<style>body { margin: 0; font-family: ${font}, sans-serif; font-size: 10pt; color: #000; line-height: 1.4; }
    .bar { height: 4mm; background: #13a89e; margin-bottom: 7mm; } h1 { font-size: 27pt; margin: 0 0 1mm; font-weight: bold; }
    .label { color: #13a89e; font-size: 11pt; margin-bottom: 2mm; } .contact p { margin: 0; font-size: 9.5pt; } .summary { margin: 4mm 0; }
    h2 { color: #13a89e; font-size: 11pt; font-weight: bold; letter-spacing: .3pt; margin: 6mm 0 1.5mm; }
    .entry { margin-top: 3mm; } .date { color: #666; font-size: 8.5pt; letter-spacing: .3pt; margin-top: .5mm; }
    ul { margin: 1mm 0 0; padding-left: 6mm; } li { margin-bottom: .5mm; } p { margin: 0; }</style>`;
  const parts = ['<div class="bar"></div>', `<h1>${e(basics.name)}</h1>`];
  if (basics.label) parts.push(`<div class="label">${e(basics.label)}</div>`);
  parts.push(`<div class="contact">${[entry.presentation.home, basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))].map((item) => `<p>${e(item)}</p>`).join('')}</div>`);
  if (basics.summary) parts.push(`<p class="summary">${e(basics.summary)}</p>`);
  if (skills.length > 0) {
    parts.push(`<h2>${say(entry, 'SKILLS', '보유 기술')}</h2>`);
    parts.push(entry.presentation.flatSkills ? `<ul>${allSkills(skills).map((s) => `<li>${e(s)}</li>`).join('')}</ul>` : `<ul>${skills.map((g) => `<li><b>${e(g.name)}:</b> ${e(g.keywords.join(', '))}</li>`).join('')}</ul>`);
  }
  const experience = `<h2>${say(entry, 'EXPERIENCE', '경력')}</h2>${work.map((job, i) => `<div class="entry"><p><b>${e(job.name)}</b>${job.location ? `, ${e(job.location)}` : ''} — <i>${e(job.position)}</i></p><p class="date">${e(jobDates[i].toUpperCase())}</p>${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`).join('')}`;
  const educationPart = `<h2>${say(entry, 'EDUCATION', '학력')}</h2>${education.map((school, i) => `<div class="entry"><p><b>${e(school.institution)}</b> — <i>${e(degreeLine(school, i, entry))}</i></p><p class="date">${e(schoolDates[i].toUpperCase())}</p>${school.score ? `<p>${e(school.score)}</p>` : ''}</div>`).join('')}`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (certificates.length > 0) parts.push(`<h2>${say(entry, 'CERTIFICATIONS', '자격증')}</h2><ul>${certificates.map((c) => `<li>${e(c.name)}, ${e(c.issuer)} (${e(c.date.slice(0, 4))})</li>`).join('')}</ul>`);
  if (languages.length > 0) parts.push(`<h2>${say(entry, 'LANGUAGES', '외국어')}</h2><p>${e(languageList(languages))}</p>`);
  return [`${css}${parts.join('\n')}`, { format: korean || index % 2 === 1 ? 'A4' : 'Letter', margin: { top: '0mm', bottom: '16mm', left: '19mm', right: '19mm' } }];
}

/** The site's own month format: "Mar 2020", or the year alone. */
const siteMonth = (date) => (date.length > 4 ? `${SHORT_MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}` : date);
/** 인크루트's "2020.03". */
const dotMonth = (date) => date.replace('-', '.');

function fieldedPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const css = `<style>body { margin: 0; font-family: ${korean ? "'Noto Sans CJK KR'" : "'Liberation Sans'"}, sans-serif; font-size: 9.5pt; color: #222; line-height: 1.45; }
    h1 { font-size: 20pt; margin: 0 0 2mm; } h2 { font-size: 11pt; background: #eef1f6; border-top: 2px solid #2b4c8c; padding: 1.5mm 2mm; margin: 6mm 0 2mm; }
    table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; } th { text-align: left; font-weight: normal; color: #666; width: 34mm; vertical-align: top; padding: .7mm 2mm .7mm 0; }
    td { vertical-align: top; padding: .7mm 0; } .grid th, .grid td { border: 1px solid #ccd; padding: 1mm 2mm; width: auto; } .grid th { background: #f5f6f9; color: #333; }
    ul { margin: 0; padding-left: 5mm; } .co { font-weight: bold; font-size: 10.5pt; } .site { color: #2b4c8c; font-weight: bold; font-size: 9pt; margin-bottom: 4mm; }</style>`;
  const rows = (pairs) => `<table>${pairs.filter(([, value]) => value).map(([label, value]) => `<tr><th>${e(label)}</th><td>${value}</td></tr>`).join('')}</table>`;
  const bullets = (items) => (items.length > 0 ? `<ul>${items.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : '');
  const links = labelledLinks(basics);
  const parts = [];
  if (korean) {
    const total = work.filter((job) => !/자원봉사/.test(job.position)).reduce((sum, job) => sum + monthsIn(job.startDate, job.endDate), 0);
    parts.push('<div class="site">인크루트 이력서</div>', `<h1>${e(basics.name)}</h1>`);
    parts.push(`<h2>기본정보</h2>${rows([['휴대폰', e(basics.phone)], ['이메일', e(basics.email)], ['주소', e(entry.presentation.home)], ['희망직무', e(basics.label ?? '')], ...links.map(([label, url]) => [label, e(url)])])}`);
    parts.push(`<h2>학력</h2><table class="grid"><tr><th>재학기간</th><th>학교명</th><th>전공</th><th>학위</th></tr>${education.map((school) => `<tr><td>${e(dotMonth(school.startDate))} ~ ${e(dotMonth(school.endDate))}</td><td>${e(school.institution)}</td><td>${e(school.area ?? '')}</td><td>${e(school.studyType)}</td></tr>`).join('')}</table>`);
    parts.push(`<h2>경력 <span style="font-weight:normal; font-size:9pt">총 ${e(koreanLength(total))}</span></h2>${work.map((job) => `<p class="co">${e(job.name)}</p>${rows([['근무기간', `${e(dotMonth(job.startDate))} ~ ${job.endDate ? e(dotMonth(job.endDate)) : '재직중'} (${e(koreanLength(monthsIn(job.startDate, job.endDate)))})`], ['직급/직책', e(job.position)], ['근무지역', e(job.location ?? '')], ['담당업무', bullets(job.highlights)]])}`).join('')}`);
    if (certificates.length > 0) parts.push(`<h2>자격증</h2><table class="grid"><tr><th>취득일</th><th>자격증명</th><th>발행처</th></tr>${certificates.map((c) => `<tr><td>${e(dotMonth(c.date))}</td><td>${e(c.name)}</td><td>${e(c.issuer)}</td></tr>`).join('')}</table>`);
    if (languages.length > 0) parts.push(`<h2>어학</h2><table class="grid"><tr><th>언어</th><th>시험 / 수준</th></tr>${languages.map((l) => `<tr><td>${e(l.language)}</td><td>${e(l.fluency)}</td></tr>`).join('')}</table>`);
    if (skills.length > 0) parts.push(`<h2>스킬</h2><p>${e(allSkills(skills).join(' · '))}</p>`);
    if (basics.summary) parts.push(`<h2>자기소개</h2><p>${e(basics.summary)}</p>`);
  } else {
    parts.push('<div class="site">Candidate profile — printed from the job board</div>', `<h1>${e(basics.name)}</h1>`);
    parts.push(rows([['Desired job title', e(basics.label ?? '')], ['Location', e(entry.presentation.home)], ['Email', e(basics.email)], ['Phone', e(basics.phone)], ...links.map(([label, url]) => [label, e(url)])]));
    if (basics.summary) parts.push(`<h2>Résumé Summary</h2><p>${e(basics.summary)}</p>`);
    const experience = `<h2>Work Experience</h2>${work.map((job) => rows([['Job title', `<b>${e(job.position)}</b>`], ['Company', e(job.name)], ['Location', e(job.location ?? '')], ['Start date', e(siteMonth(job.startDate))], ['End date', job.endDate ? e(siteMonth(job.endDate)) : 'Present'], ['Description', bullets(job.highlights)]])).join('')}`;
    const educationPart = `<h2>Education</h2>${education.map((school) => rows([['School', `<b>${e(school.institution)}</b>`], ['Degree', e(school.studyType)], ['Field of study', e(school.area ?? '')], ['Start date', e(siteMonth(school.startDate))], ['End date', e(siteMonth(school.endDate))]])).join('')}`;
    parts.push(...sectionsInOrder(entry, experience, educationPart));
    if (skills.length > 0) parts.push(`<h2>Skills</h2><p>${e(allSkills(skills).join(', '))}</p>`);
    if (languages.length > 0) parts.push(`<h2>Languages</h2>${rows(languages.map((l) => [l.language, e(l.fluency)]))}`);
    if (certificates.length > 0) parts.push(`<h2>Certifications and Licenses</h2>${rows(certificates.map((c) => [c.date.slice(0, 4), `${e(c.name)} — ${e(c.issuer)}`]))}`);
  }
  return [`${css}${parts.join('\n')}`, { format: korean || index % 2 === 0 ? 'A4' : 'Letter', margin: { top: '15mm', bottom: '15mm', left: '17mm', right: '17mm' } }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-gdocsspearmint.pdf`), pinPdf(await print(...spearmintPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-fieldedprint.pdf`), pinPdf(await print(...fieldedPage(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// LuaLaTeX: a skills matrix with ratings before the experience

/** The rating a person gives a skill: their first skills of a group are their strongest (5, 4, 4, 3…). */
const ratingOf = (n) => [5, 4, 4, 3, 3, 3][Math.min(n, 5)];
const dots = (rating) => `${'●'.repeat(rating)}${'○'.repeat(5 - rating)}`;

function skillMatrixSource(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const t = escapeLatex;
  const dash = (text) => t(text).replace(/ [–-] /g, ' -- ');
  const contact = [t(entry.presentation.home), t(basics.phone), `\\href{mailto:${basics.email}}{${t(basics.email)}}`, ...labelledLinks(basics).map(([, url]) => `\\href{${url.replace(/[%#]/g, '\\$&')}}{${t(bareUrl(url))}}`)].join(' \\textbar{} ');
  const out = [];
  if (basics.summary) out.push(`\\section*{${say(entry, 'Profile', '자기소개')}}`, t(basics.summary));
  if (skills.length > 0) {
    const rows = skills.flatMap((group) => group.keywords.map((skill, n) => `${n === 0 && !entry.presentation.flatSkills ? `\\textbf{${t(group.name)}}` : ''} & ${t(skill)} & ${dots(ratingOf(n))} \\\\`));
    out.push(`\\section*{${say(entry, 'Skills matrix', '역량 매트릭스')}}`, `\\begin{tabular}{@{}p{4cm}p{7.4cm}l@{}}\n${say(entry, 'Area & Skill & Level', '분야 & 기술 & 수준')} \\\\ \\hline\n${rows.join('\n')}\n\\end{tabular}`);
  }
  if (languages.length > 0) out.push(`\\section*{${say(entry, 'Languages', '외국어')}}`, `\\begin{tabular}{@{}p{4cm}l@{}}\n${languages.map((l) => `${t(l.language)} & ${t(l.fluency)} \\\\`).join('\n')}\n\\end{tabular}`);
  const experience = [`\\section*{${say(entry, 'Professional experience', '경력')}}`, ...work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    const items = job.highlights.length > 0 ? `\n\\begin{itemize}\n${job.highlights.map((h) => `\\item ${t(h)}`).join('\n')}\n\\end{itemize}` : '';
    return `\\noindent\\textbf{${t(first)}} \\hfill ${dash(jobDates[i])}\\\\\n${t(second)}${job.location ? `, \\textit{${t(job.location)}}` : ''}${items}\\par\\medskip`;
  })];
  const educationPart = [`\\section*{${say(entry, 'Education', '학력')}}`, ...education.map((school, i) => `\\noindent\\textbf{${t(school.institution)}} \\hfill ${dash(schoolDates[i])}\\\\\n${t(degreeLine(school, i, entry))}${school.score ? ` (${t(school.score)})` : ''}\\par\\medskip`)];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (certificates.length > 0) out.push(`\\section*{${say(entry, 'Certificates', '자격증')}}`, `\\begin{itemize}\n${certificates.map((c) => `\\item ${t(c.name)}, ${t(c.issuer)}, ${t(c.date.slice(0, 4))}`).join('\n')}\n\\end{itemize}`);
  const paper = korean || index % 2 === 0 ? 'a4paper' : 'letterpaper';
  // Hangul comes from the fallback: with Noto Sans CJK KR as the main font LuaLaTeX's text layer gives
  // full-width digits (０１０-…), which no reader of a Korean résumé would see on the page.
  const main = korean || index % 2 === 1 ? 'DejaVu Sans' : 'Liberation Sans';
  return `\\documentclass[${paper},10pt]{article}
\\usepackage[${paper},margin=1.9cm]{geometry}
\\usepackage{fontspec}\\directlua{luaotfload.add_fallback('matrixfallback', {'DejaVu Sans:mode=node;', 'Noto Sans CJK KR:mode=node;'})}\\setmainfont{${main}}[RawFeature={fallback=matrixfallback}]
\\usepackage{xcolor}\\usepackage{enumitem}\\setlist[itemize]{nosep,leftmargin=1.3em,label=\\textbullet}
\\usepackage[hidelinks]{hyperref}\\urlstyle{same}
\\usepackage{titlesec}\\titleformat{\\section}{\\large\\bfseries\\color[HTML]{2F4F6F}}{}{0pt}{}[\\vspace{-0.5ex}{\\color[HTML]{2F4F6F}\\rule{\\textwidth}{0.8pt}}]
\\pagestyle{empty}\\setlength{\\parindent}{0pt}
\\hyphenpenalty=10000\\exhyphenpenalty=10000
\\begin{document}
{\\Huge\\bfseries ${t(basics.name)}}\\par\\smallskip
${basics.label ? `{\\large\\color[HTML]{2F4F6F} ${t(basics.label)}}\\par\\smallskip\n` : ''}{\\small ${contact}}\\par
${out.join('\n')}
\\end{document}
`;
}

// ------------------------------------------------------------------------------------------------
// Flat ODTs for LibreOffice: a narrative CV (saved as DOCX) and a career history only (PDF)

const ODT_HEAD = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"', 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"', 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"', 'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
].join(' ');
const x = escapeXml;
const para = (style, content) => `<text:p text:style-name="${style}">${content}</text:p>`;
const bold = (text) => `<text:span text:style-name="Strong">${x(text)}</text:span>`;
const td = (style, content) => `<table:table-cell table:style-name="${style}" office:value-type="string">${content}</table:table-cell>`;

/** A flat ODT: the page, a Latin and a Korean font, paragraph styles as [name, paragraph props, text props], and the body. */
function odtDocument({ korean, letter, latin, paragraphStyles, extraStyles = '', body }) {
  const paragraphStyle = ([name, paragraph, text]) => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties ${paragraph}/>${text ? `<style:text-properties ${text}/>` : ''}</style:style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${ODT_HEAD} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${latin}" svg:font-family="'${latin}'"/><style:font-face style:name="Noto Sans CJK KR" svg:font-family="'Noto Sans CJK KR'"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="${latin}" fo:font-size="10.5pt" style:font-name-asian="Noto Sans CJK KR" style:font-size-asian="10pt" fo:language="${korean ? 'ko' : 'en'}" fo:country="${korean ? 'KR' : 'GB'}"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="page"><style:page-layout-properties fo:page-width="${letter ? '21.59cm' : '21cm'}" fo:page-height="${letter ? '27.94cm' : '29.7cm'}" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout>
<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
${paragraphStyles.map(paragraphStyle).join('\n')}
${extraStyles}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="page"/></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`;
}

function narrativeOdt(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const body = [para('Title', x(say(entry, 'Curriculum Vitae', '이력서'))), para('Name', x(basics.name))];
  if (basics.label) body.push(para('Centre', x(basics.label)));
  const contact = korean
    ? [`주소: ${entry.presentation.home}`, `연락처: ${basics.phone}`, `이메일: ${basics.email}`, ...labelledLinks(basics).map(([label, url]) => `${label}: ${url}`)]
    : [`Address: ${entry.presentation.home}`, `Telephone: ${basics.phone}`, `E-mail: ${basics.email}`, ...labelledLinks(basics).map(([label, url]) => `${label}: ${url}`)];
  body.push(para('Centre', x(contact.join('   '))));
  if (basics.summary) body.push(para('Heading', x(say(entry, 'Personal profile', '자기소개'))), para('Text', x(basics.summary)));
  // One paragraph per job: the names and the dates run into the duties, as a letter would put it.
  const experience = [para('Heading', x(say(entry, 'Career history', '경력 사항'))), ...work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    const head = `${second}${job.location ? `, ${job.location}` : ''}, ${jobDates[i]}.`;
    return para('Text', `${bold(first)}${korean ? ' ' : ', '}${x(head)}${job.highlights.map((h) => ` ${x(sentence(h))}`).join('')}`);
  })];
  const educationPart = [para('Heading', x(say(entry, 'Education', '학력 사항'))), ...education.map((school, i) => para('Text', `${bold(school.institution)}, ${x(degreeLine(school, i, entry))}${school.score ? ` (${x(school.score)})` : ''}, ${x(schoolDates[i])}.`))];
  body.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    body.push(para('Heading', x(say(entry, 'Skills', '보유 기술'))));
    body.push(entry.presentation.flatSkills ? para('Text', x(`${allSkills(skills).join(', ')}.`)) : skills.map((g) => para('Text', `${bold(`${g.name}:`)} ${x(g.keywords.join(', '))}.`)).join('\n'));
  }
  if (languages.length > 0) body.push(para('Heading', x(say(entry, 'Languages', '외국어'))), para('Text', x(`${languageList(languages)}.`)));
  if (certificates.length > 0) body.push(para('Heading', x(say(entry, 'Certificates', '자격증'))), para('Text', x(certificates.map((c) => `${c.name} (${c.issuer}, ${c.date.slice(0, 4)})`).join('; '))));
  return odtDocument({
    korean, letter: !korean && index % 2 === 1, latin: korean ? 'Noto Sans CJK KR' : index % 2 === 0 ? 'Liberation Serif' : 'DejaVu Serif', body: body.join('\n'),
    paragraphStyles: [
      ['Title', 'fo:text-align="center"', 'fo:font-size="9pt" style:font-size-asian="9pt" fo:letter-spacing="0.08cm" fo:color="#666666"'],
      ['Name', 'fo:text-align="center" fo:margin-bottom="0.15cm"', 'fo:font-size="19pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"'],
      ['Centre', 'fo:text-align="center"', 'fo:font-size="9.5pt" style:font-size-asian="9.5pt"'],
      ['Heading', 'fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.05cm"', 'fo:font-size="12pt" style:font-size-asian="12pt" fo:font-weight="bold" style:font-weight-asian="bold"'],
      ['Text', 'fo:text-align="justify" fo:margin-bottom="0.2cm"', ''],
    ],
  });
}

function careerDetailOdt(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const letter = !korean && index % 2 === 0;
  const width = letter ? 17.19 : 16.6;
  const row = (cells) => `<table:table-row>${cells.join('')}</table:table-row>`;
  const table = (name, widths, rows) => `<table:table table:name="${name}" table:style-name="Tbl">${widths.map((w) => `<table:table-column table:style-name="Col${w}"/>`).join('')}${rows.join('')}</table:table>`;
  const label = (text) => td('Label', para('Small', x(text)));
  const value = (content) => td('Value', content);
  const body = [para('Title', x(say(entry, 'CAREER HISTORY', '경 력 기 술 서')))];
  const personal = korean
    ? [['성명', basics.name], ['연락처', basics.phone], ['이메일', basics.email], ['주소', entry.presentation.home], ['지원 분야', basics.label ?? ''], ...labelledLinks(basics).map(([l, url]) => [l, bareUrl(url)])]
    : [['Name', basics.name], ['Telephone', basics.phone], ['E-mail', basics.email], ['Address', entry.presentation.home], ['Position applied for', basics.label ?? ''], ...labelledLinks(basics).map(([l, url]) => [l, bareUrl(url)])];
  body.push(table('Personal', ['A', 'B'], personal.map(([l, v]) => row([label(l), value(para('Small', x(v)))]))));
  if (basics.summary) body.push(para('Heading', x(say(entry, 'Career summary', '경력 요약'))), para('Standard', x(basics.summary)));
  body.push(table('Summary', ['C', 'D', 'E', 'F'], [
    row((korean ? ['회사명', '근무기간', '직위', '근무지'] : ['Employer', 'Period', 'Position', 'Location']).map((h) => td('Label', para('Small', x(h))))),
    ...work.map((job, i) => row([value(para('Small', x(job.name))), value(para('Small', x(jobDates[i]))), value(para('Small', x(job.position))), value(para('Small', x(job.location ?? '')))])),
  ]));
  body.push(para('Heading', x(say(entry, 'Details of each position', '세부 경력'))));
  for (const [i, job] of work.entries()) {
    body.push(para('Entry', `${i + 1}. ${bold(job.name)}`));
    body.push(table(`Job${i + 1}`, ['A', 'B'], [
      row([label(say(entry, 'Period', '근무기간')), value(para('Small', x(jobDates[i])))]),
      row([label(say(entry, 'Position', '직위')), value(para('Small', x(job.position)))]),
      ...(job.location ? [row([label(say(entry, 'Location', '근무지')), value(para('Small', x(job.location)))])] : []),
      ...(job.highlights.length > 0 ? [row([label(say(entry, 'Responsibilities and achievements', '담당 업무 및 성과')), value(job.highlights.map((h) => para('Small', x(`- ${h}`))).join(''))])] : []),
    ]));
  }
  body.push(para('Heading', x(say(entry, 'Education and qualifications', '학력 및 자격'))));
  body.push(...education.map((school, i) => para('Standard', `${bold(school.institution)} — ${x(degreeLine(school, i, entry))}${school.score ? `, ${x(school.score)}` : ''} (${x(schoolDates[i])})`)));
  if (certificates.length > 0) body.push(...certificates.map((c) => para('Standard', x(`${c.name}, ${c.issuer}, ${c.date.slice(0, 4)}`))));
  if (skills.length > 0) body.push(para('Standard', `${bold(say(entry, 'Skills: ', '보유 기술: '))}${x(allSkills(skills).join(', '))}`));
  if (languages.length > 0) body.push(para('Standard', `${bold(say(entry, 'Languages: ', '외국어: '))}${x(languageList(languages))}`));
  body.push(para('Closing', x(say(entry, `I confirm that the above is true and complete. ${basics.name}, 1 December 2026`, `위 내용은 사실과 다름없습니다. 2026년 12월 1일 ${basics.name}`))));
  const columns = { A: 4.2, B: width - 4.2, C: width * 0.3, D: width * 0.24, E: width * 0.24, F: width * 0.22 };
  return odtDocument({
    korean, letter, latin: korean ? 'Noto Sans CJK KR' : index % 2 === 0 ? 'Liberation Sans' : 'DejaVu Sans', body: body.join('\n'),
    paragraphStyles: [
      ['Title', 'fo:text-align="center" fo:margin-bottom="0.5cm"', 'fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"'],
      ['Heading', 'fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"', 'fo:font-size="12pt" style:font-size-asian="12pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#1F3864"'],
      ['Entry', 'fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"', 'fo:font-size="11pt" style:font-size-asian="11pt"'],
      ['Small', 'fo:margin-bottom="0cm"', 'fo:font-size="9.5pt" style:font-size-asian="9.5pt"'],
      ['Closing', 'fo:margin-top="0.8cm" fo:text-align="end"', ''],
    ],
    extraStyles: [
      `<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="${width}cm" table:align="left" fo:margin-bottom="0.2cm" table:border-model="collapsing"/></style:style>`,
      ...Object.entries(columns).map(([name, cm]) => `<style:style style:name="Col${name}" style:family="table-column"><style:table-column-properties style:column-width="${cm.toFixed(2)}cm"/></style:style>`),
      '<style:style style:name="Label" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:background-color="#E8ECF4" fo:border="0.5pt solid #7F8FA9"/></style:style>',
      '<style:style style:name="Value" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #7F8FA9"/></style:style>',
    ].join('\n'),
  });
}

// ------------------------------------------------------------------------------------------------
// DOCX (the `docx` package): an Office.com-style template whose every paragraph sits in a content control

const BULLETS = { config: [{ reference: 'tpl-bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }] }] };

function contentControlsDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['365F91', '7F6000', '2E7D32'][index % 3];
  // Each paragraph is listed with the name of the template's content control it fills.
  const filled = [];
  const add = (alias, paragraph) => filled.push([alias, paragraph]);
  const text = (value, options = {}) => new TextRun({ text: value, ...options });
  const heading = (value) => new Paragraph({ spacing: { before: 280, after: 100 }, keepNext: true, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: accent, space: 2 } }, children: [text(value, { bold: true, size: 24, color: accent, allCaps: true })] });
  add('Your name', new Paragraph({ spacing: { after: 60 }, children: [text(basics.name, { size: 52, bold: true, color: accent })] }));
  if (basics.label) add('Profession or industry', new Paragraph({ spacing: { after: 60 }, children: [text(basics.label, { size: 24, allCaps: !korean })] }));
  add('Contact info', new Paragraph({ children: [text([entry.presentation.home, basics.phone, basics.email].join('  ·  '), { size: 18 })] }));
  const links = labelledLinks(basics);
  if (links.length > 0) add('Link to other online properties', new Paragraph({ children: links.flatMap(([, url], n) => [...(n > 0 ? [text('  ·  ', { size: 18 })] : []), new ExternalHyperlink({ link: url, children: [text(bareUrl(url), { size: 18, color: accent })] })]) }));
  if (basics.summary) {
    add('Objective heading', heading(say(entry, 'Objective', '자기소개')));
    add('Objective', new Paragraph({ children: [text(basics.summary)] }));
  }
  const experience = () => {
    add('Experience heading', heading(say(entry, 'Experience', '경력')));
    for (const [i, job] of work.entries()) {
      const [first, second] = namesInOrder(job, entry);
      add('Dates From - To', new Paragraph({ spacing: { before: 160 }, keepNext: true, children: [text(jobDates[i], { size: 18, color: '595959', allCaps: !korean, bold: true })] }));
      add('Job title, company', new Paragraph({ keepNext: true, children: [text(first, { bold: true, size: 22 }), text(`, ${second}`, { size: 22 })] }));
      if (job.location) add('Location', new Paragraph({ children: [text(job.location, { italics: true, size: 19, color: '595959' })] }));
      for (const h of job.highlights) add('Key responsibilities', new Paragraph({ numbering: { reference: 'tpl-bullets', level: 0 }, children: [text(h)] }));
    }
  };
  const educationPart = () => {
    add('Education heading', heading(say(entry, 'Education', '학력')));
    for (const [i, school] of education.entries()) {
      add('Dates From - To', new Paragraph({ spacing: { before: 160 }, keepNext: true, children: [text(schoolDates[i], { size: 18, color: '595959', allCaps: !korean, bold: true })] }));
      add('Degree, school', new Paragraph({ children: [text(degreeLine(school, i, entry), { bold: true, size: 22 }), text(`, ${school.institution}`, { size: 22 })] }));
      if (school.score) add('Details', new Paragraph({ children: [text(school.score, { size: 19 })] }));
    }
  };
  for (const part of sectionsInOrder(entry, experience, educationPart)) part();
  if (skills.length > 0) {
    add('Skills heading', heading(say(entry, 'Skills', '보유 기술')));
    const lines = entry.presentation.flatSkills ? allSkills(skills) : skills.map((g) => `${g.name}: ${g.keywords.join(', ')}`);
    for (const line of lines) add('Skills', new Paragraph({ numbering: { reference: 'tpl-bullets', level: 0 }, children: [text(line)] }));
  }
  if (languages.length > 0) {
    add('Languages heading', heading(say(entry, 'Languages', '외국어')));
    for (const l of languages) add('Language', new Paragraph({ children: [text(l.language, { bold: true }), text(` — ${l.fluency}`)] }));
  }
  if (certificates.length > 0) {
    add('Certifications heading', heading(say(entry, 'Certifications', '자격증')));
    for (const c of certificates) add('Certification', new Paragraph({ children: [text(`${c.name}, ${c.issuer}, ${c.date.slice(0, 4)}`)] }));
  }
  const latin = korean ? 'Malgun Gothic' : index % 2 === 0 ? 'Calibri' : 'Cambria';
  const page = korean || index % 2 === 1 ? { width: 11906, height: 16838 } : { width: 12240, height: 15840 };
  const document = new Document({
    creator: 'Candor eleventh held-back résumé set', title: korean ? `${basics.name} 이력서` : `${basics.name} résumé`,
    styles: { default: { document: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: 'Noto Sans CJK KR', cs: latin }, size: 21 }, paragraph: { spacing: { after: 60 } } } } },
    numbering: BULLETS,
    sections: [{ properties: { page: { size: page, margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } } }, children: filled.map(([, paragraph]) => paragraph) }],
  });
  return { document, aliases: filled.map(([alias]) => alias) };
}

/**
 * Wraps the n-th body paragraph of a DOCX the `docx` package wrote in a block content control named
 * `aliases[n]`, as a filled-in Office template has them (the body has no tables, so its paragraphs are
 * the top-level `w:p` elements in order).
 */
function wrapInContentControls(bytes, aliases) {
  const entries = unzipSync(new Uint8Array(bytes));
  const xml = strFromU8(entries['word/document.xml']);
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('<w:sectPr');
  const paragraphs = xml.slice(start, end).split('</w:p>').filter((chunk) => chunk.trim()).map((chunk) => `${chunk}</w:p>`);
  if (paragraphs.length !== aliases.length) throw new Error(`content controls: ${paragraphs.length} paragraphs for ${aliases.length} aliases`);
  const wrapped = paragraphs.map((paragraph, n) => `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(aliases[n])}"/><w:tag w:val="${escapeXml(aliases[n])}"/><w:id w:val="${100 + n}"/></w:sdtPr><w:sdtContent>${paragraph}</w:sdtContent></w:sdt>`);
  entries['word/document.xml'] = strToU8(`${xml.slice(0, start)}${wrapped.join('')}${xml.slice(end)}`);
  return Buffer.from(zipSync(entries));
}

// ------------------------------------------------------------------------------------------------
// Plain text with labelled fields; Markdown with definition lists (pandoc_resume)

function labelledFieldsText(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const out = [];
  const section = (title) => out.push('', korean ? `[${title}]` : title.toUpperCase(), '');
  if (korean) {
    out.push(`성명: ${basics.name}`, `희망 직무: ${basics.label ?? ''}`, `주소: ${entry.presentation.home}`, `연락처: ${basics.phone}`, `이메일: ${basics.email}`, ...labelledLinks(basics).map(([l, url]) => `${l}: ${url}`));
  } else {
    out.push(`Name: ${basics.name}`, `Headline: ${basics.label ?? ''}`, `Location: ${entry.presentation.home}`, `Phone: ${basics.phone}`, `Email: ${basics.email}`, ...labelledLinks(basics).map(([l, url]) => `${l}: ${url}`));
  }
  if (basics.summary) {
    section(say(entry, 'Summary', '자기소개'));
    out.push(basics.summary);
  }
  const experience = () => {
    section(say(entry, 'Work experience', '경력'));
    work.forEach((job, i) => {
      if (i > 0) out.push('');
      const titleLine = say(entry, `Job title: ${job.position}`, `직위: ${job.position}`);
      const employerLine = say(entry, `Employer: ${job.name}`, `회사명: ${job.name}`);
      out.push(...(entry.presentation.employerFirst || korean ? [employerLine, titleLine] : [titleLine, employerLine]));
      if (job.location) out.push(say(entry, `Location: ${job.location}`, `근무지: ${job.location}`));
      out.push(say(entry, `Dates: ${jobDates[i]}`, `근무기간: ${jobDates[i]}`));
      if (job.highlights.length > 0) out.push(say(entry, 'Duties and achievements:', '담당 업무:'), ...job.highlights.map((h) => `  * ${h}`));
    });
  };
  const educationPart = () => {
    section(say(entry, 'Education', '학력'));
    education.forEach((school, i) => {
      if (i > 0) out.push('');
      out.push(say(entry, `Institution: ${school.institution}`, `학교명: ${school.institution}`), say(entry, `Qualification: ${degreeLine(school, i, entry)}`, `전공 및 학위: ${degreeLine(school, i, entry)}`));
      if (school.score) out.push(say(entry, `Result: ${school.score}`, `학점: ${school.score}`));
      out.push(say(entry, `Dates: ${schoolDates[i]}`, `재학기간: ${schoolDates[i]}`));
    });
  };
  for (const part of sectionsInOrder(entry, experience, educationPart)) part();
  if (skills.length > 0) {
    section(say(entry, 'Skills', '보유 기술'));
    out.push(...(entry.presentation.flatSkills ? [allSkills(skills).join(', ')] : skills.map((g) => `${g.name}: ${g.keywords.join(', ')}`)));
  }
  if (languages.length > 0) {
    section(say(entry, 'Languages', '외국어'));
    out.push(...languages.map((l) => `${l.language}: ${l.fluency}`));
  }
  if (certificates.length > 0) {
    section(say(entry, 'Certifications', '자격증'));
    out.push(...certificates.map((c) => `${c.name} (${c.issuer}, ${c.date.slice(0, 4)})`));
  }
  return `${out.join('\n')}\n`;
}

/** Markdown's special characters in running text escaped. */
const md = (text) => text.replace(/([\\`*_[\]#|<>])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+:]) /, '\\$1 ');
const underline = (text, char) => `${text}\n${char.repeat(Math.max(3, [...text].length))}`;

function definitionListMarkdown(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const out = [underline(md(basics.name), '='), ''];
  if (basics.label) out.push(md(basics.label), '');
  out.push(...[entry.presentation.home, basics.phone].map((item) => `-   ${md(item)}`), `-   <${basics.email}>`, ...labelledLinks(basics).map(([, url]) => `-   <${url}>`), '');
  if (basics.summary) out.push(`> ${md(basics.summary)}`, '');
  const experience = [underline(say(entry, 'Experience', '경력'), '-'), '', ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    const definition = `:   **${md(first)}**${korean ? ' ' : ', '}${md(second)}${job.location ? ` (${md(job.location)})` : ''}`;
    return [md(jobDates[i]), definition, '', ...job.highlights.flatMap((h) => [`    -   ${md(h)}`]), ...(job.highlights.length > 0 ? [''] : [])];
  })];
  const educationPart = [underline(say(entry, 'Education', '학력'), '-'), '', ...education.flatMap((school, i) => [md(schoolDates[i]), `:   **${md(degreeLine(school, i, entry))}**; ${md(school.institution)}${school.score ? ` (${md(school.score)})` : ''}`, ''])];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    out.push(underline(say(entry, 'Skills', '보유 기술'), '-'), '');
    if (entry.presentation.flatSkills) out.push(allSkills(skills).map(md).join(', '), '');
    else out.push(...skills.flatMap((g) => [md(g.name), `:   ${g.keywords.map(md).join(', ')}`, '']));
  }
  if (languages.length > 0) out.push(underline(say(entry, 'Languages', '외국어'), '-'), '', ...languages.flatMap((l) => [md(l.language), `:   ${md(l.fluency)}`, '']));
  if (certificates.length > 0) out.push(underline(say(entry, 'Certificates', '자격증'), '-'), '', ...certificates.flatMap((c) => [c.date.slice(0, 4), `:   ${md(c.name)}, ${md(c.issuer)}`, '']));
  return `${out.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-gdocsspearmint': 'pdf', 'html-fieldedprint': 'pdf', 'latex-skillmatrix': 'pdf', 'libreoffice-narrative': 'docx',
  'libreoffice-careerdetail': 'pdf', 'docx-contentcontrols': 'docx', 'text-labelledfields': 'txt', 'markdown-deflist': 'md',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'eleventh held-back résumé set',
  people: buildHoldout11Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (eleventh held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  async render(people) {
    await renderChromium(people);
    const narratives = [];
    const careers = [];
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-labelledfields.txt`), labelledFieldsText(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-deflist.md`), definitionListMarkdown(entry));
      const { document, aliases } = contentControlsDocx(entry, index);
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-contentcontrols.docx`), pinDocx(wrapInContentControls(await Packer.toBuffer(document), aliases)));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.latex-skillmatrix.pdf`), pinPdf(typesetLua(skillMatrixSource(entry, index))));
      narratives.push([`${entry.id}.narrative`, 'fodt', narrativeOdt(entry, index)]);
      careers.push([`${entry.id}.career`, 'fodt', careerDetailOdt(entry, index)]);
    }
    const docxs = sofficeConvert(narratives, 'docx:MS Word 2007 XML', 'docx');
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-narrative.docx`), pinDocx(docxs.get(`${entry.id}.narrative`)));
    const pdfs = sofficeConvert(careers, 'pdf:writer_pdf_Export', 'pdf');
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-careerdetail.pdf`), pinPdf(pdfs.get(`${entry.id}.career`)));
  },
});
