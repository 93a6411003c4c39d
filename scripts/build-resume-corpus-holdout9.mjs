// Builds the ninth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout9/):
// 30 people written out by hand (scripts/resume-corpus-holdout9-content.mjs; 22 in English from eleven
// countries no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts no earlier
// set (resume-corpus, -fresh, -holdout … -holdout8, -ko) uses:
// - `html-groupedroles`   Chromium; a profile print that groups the roles held at one employer under the
//                         employer's name (as LinkedIn's current profile page does): a top card with an
//                         initials circle, "About", the employer in bold over each role's title and dates;
//                         for the Koreans a 잡코리아-style printed résumé (인적사항 table beside a photo box,
//                         학력 table with 구분, 경력 grouped by company with 총 경력, 자격증 · 어학, 자기소개서).
// - `html-usajobs`        Chromium; a USAJOBS-style résumé builder print: every job as a block of labelled
//                         lines (employer and place, "Title", "Dates", "Hours per week", "Duties, accomplishments
//                         and related skills"); for the Koreans a 고용24 (워크넷) 구직 이력서 print of labelled rows.
// - `libreoffice-shadedsidebar` a flat ODT as a Word-style two-column template (one table, the narrow left cell
//                         shaded with the contact, skills and languages, the wide right cell with the profile,
//                         experience and education), saved as DOCX by LibreOffice headless.
// - `libreoffice-datespdf` a flat ODT whose jobs and schools are rows of a borderless table (the dates in the
//                         left column), exported to PDF by LibreOffice headless.
// - `latex-simplecv`      LuaLaTeX with TeX Live's `simplecv` class: a left and a right header block, a centred
//                         title, sections whose labels (the dates) stand in a hanging margin, in the class's
//                         sans headings and labels over a serif body.
// - `docx-datetable`      the `docx` package; Word's chronological template: a borderless two-column table per
//                         section, the dates on the left; for the Koreans an 이력서 및 자기소개서 form (경력 table,
//                         then 자기소개서 questions).
// - `text-rightdates`     plain text, the dates pushed to the right margin (column 78) with spaces, headings
//                         underlined with "=" (Hangul counted as two columns).
// - `markdown-nestedlists` a Markdown file whose jobs are nested lists (employer, then the role and dates, then
//                         the bullets one level deeper), as note-taking apps export them.
// The rendered files are committed (CI needs neither Chromium, LibreOffice nor TeX to read them).
//
// `npx node scripts/build-resume-corpus-holdout9.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit. Needs /usr/bin/chromium, `soffice` and `lualatex` (texlive-latex-extra for simplecv,
// fonts-noto-cjk); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, escapeHtml, escapeXml, labelledLinks, pinDocx, pinPdf, sofficeConvert, typesetLua, withChromiumPrinter, wrapWords,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout9Content } from './resume-corpus-holdout9-content.mjs';
import { escapeLatex } from './resume-corpus-latex.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout9');
const FROZEN_ON = '2026-12-01';
const e = escapeHtml;

const isKorean = (entry) => entry.presentation.lang === 'ko';
/** Korean or English words for a heading. */
const say = (entry, en, ko) => (isKorean(entry) ? ko : en);
/** The job's two names in the person's order (Koreans write the company first). */
const roleFirst = (job, entry) => (entry.presentation.employerFirst || isKorean(entry) ? [job.name, job.position] : [job.position, job.name]);
const inOrder = (entry, experience, education) => (entry.presentation.educationFirst ? [education, experience] : [experience, education]);
/** The degree line as the person writes it (Koreans: the department and the degree word). */
const degreeLine = (school, i, entry) => (isKorean(entry) ? [school.area, entry.presentation.degreeTexts[i]].filter(Boolean).join(' ') : entry.presentation.degreeTexts[i]);
/** Runs of consecutive jobs at one employer: [{ name, jobs: [[job, index]…] }]. */
function byEmployer(work) {
  const groups = [];
  work.forEach((job, i) => {
    const last = groups[groups.length - 1];
    if (last && last.name === job.name) last.jobs.push([job, i]);
    else groups.push({ name: job.name, jobs: [[job, i]] });
  });
  return groups;
}
const initials = (name) => name.split(/\s+/).filter((part) => /^\p{Lu}/u.test(part)).slice(0, 2).map((part) => part[0]).join('') || name.slice(0, 1);

// ------------------------------------------------------------------------------------------------
// Chromium: a grouped-roles profile print (잡코리아 for the Koreans), a USAJOBS-style print (고용24)

function groupedRolesPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const bullets = (items) => (items.length > 0 ? `<ul>${items.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : '');
  if (isKorean(entry)) {
    const css = `<style>body { margin: 0; font-family: 'Noto Sans CJK KR', sans-serif; font-size: 9.4pt; color: #222; line-height: 1.5; }
      .brand { color: #0f5cd1; font-weight: bold; font-size: 9pt; border-bottom: 2px solid #0f5cd1; padding-bottom: 1mm; margin-bottom: 4mm; } h1 { font-size: 18pt; margin: 0 0 1mm; }
      .top { display: flex; gap: 5mm; } .photo { width: 27mm; height: 35mm; border: 1px solid #bbb; color: #999; display: flex; align-items: center; justify-content: center; flex: none; }
      table { width: 100%; border-collapse: collapse; } th, td { border: 1px solid #d5d9e0; padding: 1.3mm 2mm; text-align: left; vertical-align: top; } th { background: #f4f6fa; font-weight: normal; color: #555; white-space: nowrap; }
      h2 { font-size: 11.5pt; margin: 6mm 0 2mm; } h2 small { color: #0f5cd1; font-size: 9.4pt; margin-left: 2mm; } .co { font-weight: bold; font-size: 10.5pt; margin-top: 3mm; } .role { margin: 1mm 0 0 4mm; } .m { color: #666; } ul { margin: .5mm 0 0; padding-left: 5mm; }</style>`;
    const months = (job) => {
      const [y1, m1 = 1] = job.startDate.split('-').map(Number);
      const [y2, m2 = 12] = (job.endDate ?? '2026-12').split('-').map(Number);
      return (y2 - y1) * 12 + (m2 - m1) + 1;
    };
    const total = work.reduce((sum, job) => sum + months(job), 0);
    const parts = [`<div class="brand">JOBKOREA 이력서</div>`,
      `<div class="top"><div class="photo">사진</div><div style="flex:1"><h1>${e(basics.name)}</h1><table><tr><th>휴대폰</th><td>${e(basics.phone)}</td></tr><tr><th>이메일</th><td>${e(basics.email)}</td></tr><tr><th>주소</th><td>${e(entry.presentation.home)}</td></tr>${labelledLinks(basics).map(([label, url]) => `<tr><th>${e(label)}</th><td>${e(bareUrl(url))}</td></tr>`).join('')}<tr><th>희망직무</th><td>${e(basics.label ?? '')}</td></tr></table></div></div>`];
    const educationPart = `<h2>학력</h2><table><tr><th>재학기간</th><th>구분</th><th>학교명</th><th>전공</th><th>학점</th></tr>${education.map((school, i) => `<tr><td>${e(schoolDates[i])}</td><td>${e(school.studyType === '석사' ? '대학원' : school.studyType === '전문학사' ? '대학(2,3년)' : '대학교(4년)')}</td><td>${e(school.institution)}</td><td>${e(degreeLine(school, i, entry))}</td><td>${e(school.score ?? '')}</td></tr>`).join('')}</table>`;
    const experience = `<h2>경력<small>총 ${Math.floor(total / 12)}년 ${total % 12}개월</small></h2>${byEmployer(work).map((group) => `<div class="co">${e(group.name)}</div>${group.jobs.map(([job, i]) => `<div class="role"><b>${e(job.position)}</b> <span class="m">${e(jobDates[i])}${job.location ? ` · ${e(job.location)}` : ''}</span>${bullets(job.highlights)}</div>`).join('')}`).join('')}`;
    parts.push(...inOrder(entry, experience, educationPart));
    if (skills.length > 0) parts.push(`<h2>스킬</h2><p>${e(allSkills(skills).join(' · '))}</p>`);
    if (certificates.length > 0 || languages.length > 0) {
      parts.push(`<h2>자격증 · 어학</h2><table><tr><th>구분</th><th>명칭</th><th>발행처 / 점수</th><th>취득일</th></tr>${certificates.map((c) => `<tr><td>자격증</td><td>${e(c.name)}</td><td>${e(c.issuer)}</td><td>${e(c.date.replace('-', '.'))}</td></tr>`).join('')}${languages.map((l) => `<tr><td>어학</td><td>${e(l.language)}</td><td>${e(l.fluency)}</td><td></td></tr>`).join('')}</table>`);
    }
    if (basics.summary) parts.push(`<h2>자기소개서</h2><p><b>[지원 동기 및 경력 요약]</b></p><p>${e(basics.summary)}</p>`);
    return [`${css}${parts.join('\n')}`, { format: 'A4', margin: { top: '13mm', bottom: '13mm', left: '14mm', right: '14mm' } }];
  }
  const accent = ['#0a66c2', '#5e4b8b', '#00775a'][index % 3];
  const css = `<style>body { margin: 0; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 9.6pt; color: #1d1d1d; line-height: 1.42; }
    .card { border: 1px solid #dcdcdc; border-radius: 2.5mm; padding: 5mm 6mm; margin-bottom: 4mm; } .avatar { width: 17mm; height: 17mm; border-radius: 50%; background: ${accent}; color: #fff; font-size: 15pt; display: flex; align-items: center; justify-content: center; float: left; margin-right: 5mm; }
    h1 { font-size: 19pt; margin: 0; } .head { color: #333; font-size: 11pt; } .loc { color: #666; } .contact { clear: both; color: #444; padding-top: 2mm; font-size: 9pt; }
    h2 { font-size: 12.5pt; margin: 0 0 2.5mm; } .emp { font-weight: bold; font-size: 10.6pt; margin-top: 2.5mm; } .role { margin: 1mm 0 0; } .grouped .role { border-left: 2px solid #ddd; padding-left: 4mm; margin-left: 1mm; }
    .t { font-weight: bold; } .grouped .t { font-weight: normal; } .m { color: #666; font-size: 9pt; } ul { margin: .6mm 0 0; padding-left: 5mm; } p { margin: 0; } .chips { color: #333; }</style>`;
  const contact = [basics.email, basics.phone, ...labelledLinks(basics).map(([, url]) => bareUrl(url))].map(e).join(' · ');
  const parts = [`<div class="card"><div class="avatar">${e(initials(basics.name))}</div><h1>${e(basics.name)}</h1>${basics.label ? `<div class="head">${e(basics.label)}</div>` : ''}<div class="loc">${e(entry.presentation.home)}</div><div class="contact">${contact}</div></div>`];
  if (basics.summary) parts.push(`<div class="card"><h2>About</h2><p>${e(basics.summary)}</p></div>`);
  const experience = `<div class="card"><h2>Experience</h2>${byEmployer(work).map((group) => {
    if (group.jobs.length === 1) {
      const [[job, i]] = group.jobs;
      return `<div class="role"><div class="t">${e(job.position)}</div><div>${e(job.name)}</div><div class="m">${e(jobDates[i])}${job.location ? ` · ${e(job.location)}` : ''}</div>${bullets(job.highlights)}</div>`;
    }
    return `<div class="grouped"><div class="emp">${e(group.name)}</div>${group.jobs.map(([job, i]) => `<div class="role"><div class="t">${e(job.position)}</div><div class="m">${e(jobDates[i])}${job.location ? ` · ${e(job.location)}` : ''}</div>${bullets(job.highlights)}</div>`).join('')}</div>`;
  }).join('')}</div>`;
  const educationPart = `<div class="card"><h2>Education</h2>${education.map((school, i) => `<div class="role"><div class="t">${e(school.institution)}</div><div>${e(entry.presentation.degreeTexts[i])}</div><div class="m">${e(schoolDates[i])}${school.score ? ` · ${e(school.score)}` : ''}</div></div>`).join('')}</div>`;
  parts.push(...inOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(`<div class="card"><h2>Skills</h2><p class="chips">${e(allSkills(skills).join(' • '))}</p></div>`);
  if (languages.length > 0) parts.push(`<div class="card"><h2>Languages</h2>${languages.map((l) => `<div><span class="t">${e(l.language)}</span><br><span class="m">${e(l.fluency)}</span></div>`).join('')}</div>`);
  if (certificates.length > 0) parts.push(`<div class="card"><h2>Licenses &amp; certifications</h2>${certificates.map((c) => `<div><span class="t">${e(c.name)}</span><br><span class="m">${e(c.issuer)} · Issued ${e(c.date)}</span></div>`).join('')}</div>`);
  return [`${css}${parts.join('\n')}`, { format: index % 2 === 0 ? 'A4' : 'Letter', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '13mm', right: '13mm' } }];
}

function usajobsPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const css = `<style>body { margin: 0; font-family: ${korean ? "'Noto Sans CJK KR'" : "'Liberation Serif', 'DejaVu Serif'"}, serif; font-size: 10pt; color: #111; line-height: 1.4; }
    h1 { font-size: 15pt; margin: 0; } .sub { margin: 0 0 3mm; } h2 { font-size: 11pt; margin: 5mm 0 2mm; background: #e7e7e7; padding: 1mm 2mm; }
    .block { margin: 0 0 4mm; } .l { font-weight: bold; } ul { margin: .5mm 0 0; padding-left: 6mm; } p { margin: 0 0 1mm; }</style>`;
  const row = (label, value) => (value ? `<p><span class="l">${e(label)}:</span> ${e(value)}</p>` : '');
  const parts = [];
  if (korean) {
    parts.push(`<h1>구직자 이력서</h1><p class="sub">고용24 · 구직신청</p>`, `<h2>기본 정보</h2>`, row('성명', basics.name), row('희망직종', basics.label ?? ''), row('휴대전화', basics.phone), row('전자우편', basics.email), row('주소', entry.presentation.home), ...labelledLinks(basics).map(([label, url]) => row(label, bareUrl(url))));
    const experience = [`<h2>경력 사항</h2>`, ...work.map((job, i) => `<div class="block">${row('사업장명', job.name)}${row('근무기간', jobDates[i])}${row('직무', job.position)}${row('근무지역', job.location ?? '')}${job.highlights.length > 0 ? `<p class="l">담당 업무:</p><ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`)].join('');
    const educationPart = [`<h2>학력 사항</h2>`, ...education.map((school, i) => `<div class="block">${row('학교명', school.institution)}${row('전공 / 학위', degreeLine(school, i, entry))}${row('재학기간', schoolDates[i])}${row('학점', school.score ?? '')}</div>`)].join('');
    parts.push(...inOrder(entry, experience, educationPart));
    if (certificates.length > 0) parts.push(`<h2>자격 / 면허</h2>`, ...certificates.map((c) => row(c.name, `${c.issuer}, ${c.date.replace('-', '.')}`)));
    if (languages.length > 0) parts.push(`<h2>외국어</h2>`, ...languages.map((l) => row(l.language, l.fluency)));
    if (skills.length > 0) parts.push(`<h2>보유 기술</h2>`, entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(', '))}</p>` : skills.map((group) => row(group.name, group.keywords.join(', '))).join(''));
    if (basics.summary) parts.push(`<h2>자기소개</h2><p>${e(basics.summary)}</p>`);
  } else {
    parts.push(`<h1>${e(basics.name)}</h1>`, `<p class="sub">${e(entry.presentation.home)}<br>Mobile: ${e(basics.phone)}<br>Email: ${e(basics.email)}${labelledLinks(basics).map(([label, url]) => `<br>${e(label)}: ${e(url)}`).join('')}</p>`);
    if (basics.label) parts.push(row('Objective', basics.label));
    if (basics.summary) parts.push(`<h2>Profile</h2><p>${e(basics.summary)}</p>`);
    const experience = [`<h2>Work Experience</h2>`, ...work.map((job, i) => {
      const [first, second] = roleFirst(job, entry);
      return `<div class="block"><p class="l">${e(first)}</p><p>${e(second)}${job.location ? `, ${e(job.location)}` : ''}</p>${row('Dates', jobDates[i])}${row('Hours per week', index % 3 === 1 ? '45' : '40')}${job.highlights.length > 0 ? `<p class="l">Duties, Accomplishments and Related Skills:</p><ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`;
    })].join('');
    const educationPart = [`<h2>Education</h2>`, ...education.map((school, i) => `<div class="block"><p class="l">${e(school.institution)}</p><p>${e(entry.presentation.degreeTexts[i])}</p>${row('Dates attended', schoolDates[i])}${row('GPA / Honours', school.score ?? '')}</div>`)].join('');
    parts.push(...inOrder(entry, experience, educationPart));
    if (skills.length > 0) parts.push(`<h2>Skills</h2>`, entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(', '))}</p>` : skills.map((group) => row(group.name, group.keywords.join(', '))).join(''));
    if (languages.length > 0) parts.push(`<h2>Language Skills</h2>`, ...languages.map((l) => row(l.language, l.fluency)));
    if (certificates.length > 0) parts.push(`<h2>Certifications</h2>`, ...certificates.map((c) => `<p>${e(c.name)} – ${e(c.issuer)}, ${e(c.date)}</p>`));
  }
  return [`${css}${parts.join('\n')}`, { format: index % 2 === 1 && !korean ? 'Letter' : 'A4', margin: { top: '18mm', bottom: '18mm', left: '20mm', right: '20mm' } }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-groupedroles.pdf`), pinPdf(await print(...groupedRolesPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-usajobs.pdf`), pinPdf(await print(...usajobsPage(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// Flat ODTs for LibreOffice: a shaded-sidebar template (saved as DOCX) and a dates-column table (PDF)

const ODT_NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"', 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"', 'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"', 'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
].join(' ');
const x = escapeXml;
const odtP = (style, content) => `<text:p text:style-name="${style}">${content}</text:p>`;
const odtB = (text) => `<text:span text:style-name="B">${x(text)}</text:span>`;
const odtI = (text) => `<text:span text:style-name="I">${x(text)}</text:span>`;
const odtList = (items) => (items.length > 0 ? `<text:list text:style-name="L1">${items.map((item) => `<text:list-item>${odtP('Bullet', x(item))}</text:list-item>`).join('')}</text:list>` : '');
const odtLink = (href, text) => `<text:a xlink:type="simple" xlink:href="${x(href)}">${x(text)}</text:a>`;

/** A flat ODT around `body` with the page size, the fonts and the shared styles plus `styles`. */
function flatOdt({ entry, letter, latin, styles, body }) {
  const korean = isKorean(entry);
  const para = (name, paragraph, textProps = '') => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties ${paragraph}/>${textProps ? `<style:text-properties ${textProps}/>` : ''}</style:style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${ODT_NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">${x(entry.resume.basics.name)}</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="${latin}" svg:font-family="'${latin}'"/><style:font-face style:name="Noto Sans CJK KR" svg:font-family="'Noto Sans CJK KR'"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.05cm"/><style:text-properties style:font-name="${latin}" fo:font-size="10pt" style:font-name-asian="Noto Sans CJK KR" style:font-size-asian="10pt" fo:language="${korean ? 'ko' : 'en'}" fo:country="${korean ? 'KR' : 'GB'}"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="▪"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.35cm" fo:margin-left="0.5cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${letter ? '21.59cm' : '21cm'}" fo:page-height="${letter ? '27.94cm' : '29.7cm'}" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.6cm" fo:margin-right="1.6cm"/></style:page-layout>
${para('Bullet', 'fo:margin-left="0cm"')}
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
${styles(para)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`;
}

function shadedSidebarOdt(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const letter = !korean && index % 2 === 1;
  const shade = ['#E8EEF4', '#EFEBE4', '#E6F0EA'][index % 3];
  const side = [odtP('SideHead', x(say(entry, 'CONTACT', '연락처'))), odtP('Side', x(entry.presentation.home)), odtP('Side', x(basics.phone)), odtP('Side', odtLink(`mailto:${basics.email}`, basics.email)),
    ...labelledLinks(basics).map(([, url]) => odtP('Side', odtLink(url, bareUrl(url))))];
  if (skills.length > 0) {
    side.push(odtP('SideHead', x(say(entry, 'SKILLS', '보유 기술'))));
    if (entry.presentation.flatSkills) side.push(...allSkills(skills).map((skill) => odtP('Side', x(skill))));
    else for (const group of skills) side.push(odtP('Side', odtB(group.name)), ...group.keywords.map((skill) => odtP('Side', x(skill))));
  }
  if (languages.length > 0) side.push(odtP('SideHead', x(say(entry, 'LANGUAGES', '외국어'))), ...languages.map((l) => odtP('Side', `${x(l.language)} – ${odtI(l.fluency)}`)));
  if (certificates.length > 0) side.push(odtP('SideHead', x(say(entry, 'CERTIFICATIONS', '자격증'))), ...certificates.map((c) => odtP('Side', `${x(c.name)}, ${x(c.issuer)} (${x(c.date.replace('-', '.'))})`)));
  const main = [odtP('Name', x(basics.name))];
  if (basics.label) main.push(odtP('Label', x(basics.label)));
  if (basics.summary) main.push(odtP('Head', x(say(entry, 'PROFILE', '자기소개'))), odtP('Standard', x(basics.summary)));
  const experience = [odtP('Head', x(say(entry, 'EXPERIENCE', '경력')))];
  for (const [i, job] of work.entries()) {
    const [first, second] = roleFirst(job, entry);
    experience.push(odtP('Entry', odtB(first)), odtP('Standard', `${x(second)}${job.location ? `, ${x(job.location)}` : ''}`), odtP('Dates', x(jobDates[i])), odtList(job.highlights));
  }
  const educationPart = [odtP('Head', x(say(entry, 'EDUCATION', '학력')))];
  for (const [i, school] of education.entries()) {
    educationPart.push(odtP('Entry', odtB(degreeLine(school, i, entry))), odtP('Standard', x(school.institution)), odtP('Dates', x(`${schoolDates[i]}${school.score ? ` · ${school.score}` : ''}`)));
  }
  main.push(...inOrder(entry, experience, educationPart).flat());
  const width = letter ? 18.39 : 17.8;
  const body = `<table:table table:name="Layout" table:style-name="Tbl"><table:table-column table:style-name="ColSide"/><table:table-column table:style-name="ColMain"/>
<table:table-row><table:table-cell table:style-name="CellSide" office:value-type="string">${side.join('')}</table:table-cell><table:table-cell table:style-name="CellMain" office:value-type="string">${main.filter(Boolean).join('')}</table:table-cell></table:table-row></table:table>`;
  return flatOdt({
    entry, letter, latin: korean ? 'Noto Sans CJK KR' : index % 2 === 0 ? 'Carlito' : 'Liberation Sans', body,
    styles: (para) => [
      `<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="${width}cm" table:align="left"/></style:style>`,
      `<style:style style:name="ColSide" style:family="table-column"><style:table-column-properties style:column-width="${(width * 0.32).toFixed(2)}cm"/></style:style>`,
      `<style:style style:name="ColMain" style:family="table-column"><style:table-column-properties style:column-width="${(width * 0.68).toFixed(2)}cm"/></style:style>`,
      `<style:style style:name="CellSide" style:family="table-cell"><style:table-cell-properties fo:background-color="${shade}" fo:padding="0.3cm" fo:border="none"/></style:style>`,
      `<style:style style:name="CellMain" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.5cm" fo:padding-top="0.2cm" fo:border="none"/></style:style>`,
      para('Name', 'fo:margin-bottom="0.1cm"', 'fo:font-size="22pt" style:font-size-asian="20pt" fo:color="#1F3A5F"'),
      para('Label', 'fo:margin-bottom="0.2cm"', 'fo:font-size="12pt" style:font-size-asian="12pt" fo:color="#555555"'),
      para('Head', 'fo:margin-top="0.35cm" fo:margin-bottom="0.1cm" fo:border-bottom="0.75pt solid #1F3A5F" fo:keep-with-next="always"', 'fo:font-size="11pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#1F3A5F" fo:letter-spacing="0.04cm"'),
      para('SideHead', 'fo:margin-top="0.35cm" fo:margin-bottom="0.1cm"', 'fo:font-size="10pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#1F3A5F"'),
      para('Side', 'fo:margin-bottom="0.04cm"', 'fo:font-size="9pt" style:font-size-asian="9pt"'),
      para('Entry', 'fo:margin-top="0.2cm" fo:keep-with-next="always"'),
      para('Dates', 'fo:keep-with-next="always"', 'fo:font-size="9pt" fo:color="#666666" style:font-size-asian="9pt"'),
    ].join('\n'),
  });
}

function datesTableOdt(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const letter = !korean && index % 2 === 0;
  const width = letter ? 18.39 : 17.8;
  const row = (left, right) => `<table:table-row><table:table-cell table:style-name="CellL" office:value-type="string">${left}</table:table-cell><table:table-cell table:style-name="CellR" office:value-type="string">${right}</table:table-cell></table:table-row>`;
  const rows = (name, content) => `<table:table table:name="${name}" table:style-name="Tbl"><table:table-column table:style-name="ColL"/><table:table-column table:style-name="ColR"/>${content.join('')}</table:table>`;
  const contact = [x(entry.presentation.home), x(basics.phone), odtLink(`mailto:${basics.email}`, basics.email), ...labelledLinks(basics).map(([, url]) => odtLink(url, bareUrl(url)))].join(' | ');
  const body = [odtP('Name', x(basics.name)), ...(basics.label ? [odtP('Label', x(basics.label))] : []), odtP('Contact', contact)];
  if (basics.summary) body.push(odtP('Head', x(say(entry, 'Summary', '요약'))), odtP('Standard', x(basics.summary)));
  const experience = [odtP('Head', x(say(entry, 'Professional Experience', '경력'))), rows(`Work`, work.map((job, i) => {
    const [first, second] = roleFirst(job, entry);
    return row(odtP('Left', x(jobDates[i])), `${odtP('Standard', `${odtB(first)}, ${x(second)}`)}${job.location ? odtP('Place', odtI(job.location)) : ''}${odtList(job.highlights)}`);
  }))];
  const educationPart = [odtP('Head', x(say(entry, 'Education', '학력'))), rows('Schools', education.map((school, i) => row(odtP('Left', x(schoolDates[i])), `${odtP('Standard', `${odtB(degreeLine(school, i, entry))}`)}${odtP('Standard', x(`${school.institution}${school.score ? ` (${school.score})` : ''}`))}`)))];
  body.push(...inOrder(entry, experience, educationPart).flat());
  const extra = [];
  if (skills.length > 0) {
    if (entry.presentation.flatSkills) extra.push(row(odtP('Left', x(say(entry, 'Skills', '기술'))), odtP('Standard', x(allSkills(skills).join(', ')))));
    else extra.push(...skills.map((group) => row(odtP('Left', x(group.name)), odtP('Standard', x(group.keywords.join(', '))))));
  }
  if (languages.length > 0) extra.push(row(odtP('Left', x(say(entry, 'Languages', '외국어'))), odtP('Standard', x(languages.map((l) => `${l.language} (${l.fluency})`).join(', ')))));
  if (certificates.length > 0) extra.push(row(odtP('Left', x(say(entry, 'Certificates', '자격증'))), certificates.map((c) => odtP('Standard', x(`${c.name}, ${c.issuer}, ${c.date.replace('-', '.')}`))).join('')));
  if (extra.length > 0) body.push(odtP('Head', x(say(entry, 'Skills and Languages', '기술 및 외국어'))), rows('Extra', extra));
  return flatOdt({
    entry, letter, latin: korean ? 'Noto Sans CJK KR' : index % 3 === 0 ? 'Liberation Serif' : 'Liberation Sans', body: body.join('\n'),
    styles: (para) => [
      `<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="${width}cm" table:align="left"/></style:style>`,
      `<style:style style:name="ColL" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>`,
      `<style:style style:name="ColR" style:family="table-column"><style:table-column-properties style:column-width="${(width - 4.2).toFixed(2)}cm"/></style:style>`,
      `<style:style style:name="CellL" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.12cm" fo:padding-right="0.3cm" fo:border="none"/></style:style>`,
      `<style:style style:name="CellR" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.12cm" fo:border="none"/></style:style>`,
      para('Name', 'fo:text-align="start"', 'fo:font-size="20pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"'),
      para('Label', '', 'fo:font-size="12pt" style:font-size-asian="12pt"'),
      para('Contact', 'fo:margin-top="0.1cm" fo:padding-bottom="0.15cm" fo:border-bottom="1.5pt solid #333333"', 'fo:font-size="9pt" style:font-size-asian="9pt"'),
      para('Head', 'fo:margin-top="0.4cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"', 'fo:font-size="12.5pt" style:font-size-asian="12pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#7A2E2E"'),
      para('Left', '', 'fo:font-size="9pt" style:font-size-asian="9pt" fo:color="#444444"'),
      para('Place', '', 'fo:font-size="9pt" style:font-size-asian="9pt"'),
    ].join('\n'),
  });
}

// ------------------------------------------------------------------------------------------------
// LuaLaTeX with simplecv

function simplecvSource(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const t = escapeLatex;
  const dashes = (text) => t(text).replace(/ – /g, ' -- ').replace(/(\d)–(\d)/g, '$1--$2');
  const link = (url) => `\\href{${url.replace(/[%#]/g, '\\$&')}}{${t(bareUrl(url))}}`;
  const topic = (items) => `\\begin{topic}\n${items.join('\n')}\n\\end{topic}`;
  const out = [];
  if (basics.summary) out.push(`\\section{${say(entry, 'Profile', '자기소개')}}`, t(basics.summary));
  const experience = [`\\section{${say(entry, 'Employment', '경력')}}`, topic(work.map((job, i) => {
    const [first, second] = roleFirst(job, entry);
    const head = `\\textbf{${t(first)}}, ${t(second)}${job.location ? `, \\textit{${t(job.location)}}` : ''}`;
    return `\\item[${dashes(jobDates[i])}] ${head}${job.highlights.map((h) => `\\\\ -- ${t(h)}`).join('')}`;
  }))];
  const educationPart = [`\\section{${say(entry, 'Education', '학력')}}`, topic(education.map((school, i) => `\\item[${dashes(schoolDates[i])}] \\textbf{${t(degreeLine(school, i, entry))}}\\\\ ${t(school.institution)}${school.score ? ` (${t(school.score)})` : ''}`))];
  out.push(...inOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    out.push(`\\section{${say(entry, 'Skills', '보유 기술')}}`);
    out.push(entry.presentation.flatSkills ? allSkills(skills).map(t).join(', ') : topic(skills.map((group) => `\\item[${t(group.name)}] ${group.keywords.map(t).join(', ')}`)));
  }
  if (languages.length > 0) out.push(`\\section{${say(entry, 'Languages', '외국어')}}`, topic(languages.map((l) => `\\item[${t(l.language)}] ${t(l.fluency)}`)));
  if (certificates.length > 0) out.push(`\\section{${say(entry, 'Certificates', '자격증')}}`, topic(certificates.map((c) => `\\item[${t(c.date.replace('-', '.'))}] ${t(c.name)}, ${t(c.issuer)}`)));
  const left = [`\\textbf{\\Large ${t(basics.name)}}`, ...(basics.label ? [t(basics.label)] : [])].join('\\\\');
  const right = [t(entry.presentation.home), t(basics.phone), `\\href{mailto:${basics.email}}{${t(basics.email)}}`, ...labelledLinks(basics).map(([, url]) => link(url))].join('\\\\');
  const paper = korean || index % 2 === 0 ? 'a4paper' : 'letterpaper';
  // simplecv sets its header, section headings and margin labels in the sans family: both families get the fallback.
  const fallback = korean ? 'Noto Sans CJK KR' : 'DejaVu Sans';
  return `\\documentclass[${paper},10pt]{simplecv}
\\usepackage[${paper},left=2cm,right=2cm,top=1.8cm,bottom=2cm]{geometry}
\\usepackage{fontspec}\\directlua{luaotfload.add_fallback('cvfallback', {'${fallback}:mode=node;'})}\\setmainfont{${index % 2 === 0 ? 'Liberation Serif' : 'DejaVu Serif'}}[RawFeature={fallback=cvfallback}]\\setsansfont{${index % 2 === 0 ? 'Liberation Sans' : 'DejaVu Sans'}}[RawFeature={fallback=cvfallback}]
\\usepackage[hidelinks]{hyperref}\\urlstyle{same}
\\hyphenpenalty=10000\\exhyphenpenalty=10000
\\leftheader{${left}}
\\rightheader[r]{${right}}
\\title{${say(entry, index % 3 === 0 ? 'Curriculum Vitae' : 'Résumé', '이력서')}}
\\begin{document}
\\maketitle
${out.join('\n')}
\\end{document}
`;
}

// ------------------------------------------------------------------------------------------------
// DOCX (the `docx` package): Word's chronological template with a dates column; the Koreans'
// 이력서 및 자기소개서

const DOT_LIST = { config: [{ reference: 'dots', levels: [{ level: 0, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 260, hanging: 180 } } } }] }] };
const run = (text, options = {}) => new TextRun({ text, ...options });
const line = (text, options = {}, paragraph = {}) => new Paragraph({ ...paragraph, children: [run(text, options)] });
const dash = (text) => new Paragraph({ numbering: { reference: 'dots', level: 0 }, children: [run(text)] });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '7F7F7F' };
const THIN_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };
const A4 = { width: 11906, height: 16838 };
const LETTER = { width: 12240, height: 15840 };
const cellOf = (children, width) => new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { top: 60, bottom: 60, left: 80, right: 80 }, children: typeof children === 'string' ? [line(children)] : children });
const tableOf = (widths, rows, borders) => new Table({
  width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, borders,
  rows: rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((content, n) => cellOf(content, widths[n])) })),
});

function dateTableDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const heading = (text) => line(text, { bold: true, size: 24, color: '2F5496' }, { spacing: { before: 260, after: 80 }, keepNext: true, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '2F5496', space: 1 } } });
  const body = [];
  if (korean) {
    body.push(line('이력서 및 자기소개서', { bold: true, size: 34 }, { alignment: AlignmentType.CENTER, spacing: { after: 200 } }));
    body.push(heading('인적사항'), tableOf([2000, 7400], [['성명', basics.name], ['지원 직무', basics.label ?? ''], ['연락처', basics.phone], ['이메일', basics.email], ['주소', entry.presentation.home], ...labelledLinks(basics).map(([label, url]) => [label, bareUrl(url)])], THIN_BORDERS));
    const educationPart = [heading('학력사항'), tableOf([2700, 2900, 2600, 1200], [['기간', '학교명', '전공 / 학위', '학점'], ...education.map((school, i) => [schoolDates[i], school.institution, degreeLine(school, i, entry), school.score ?? ''])], THIN_BORDERS)];
    const experience = [heading('경력사항'), tableOf([2300, 2400, 1900, 2800], [['회사명', '근무기간', '직위', '담당업무'], ...work.map((job, i) => [job.name, jobDates[i], job.position, job.highlights.length > 0 ? job.highlights.map((h) => line(`· ${h}`)) : job.location ?? ''])], THIN_BORDERS)];
    body.push(...inOrder(entry, experience, educationPart).flat());
    if (certificates.length > 0 || languages.length > 0) {
      body.push(heading('자격증 및 어학'), tableOf([3400, 3600, 2400], [['자격증 / 시험', '발급기관 / 수준', '취득일'], ...certificates.map((c) => [c.name, c.issuer, c.date.replace('-', '.')]), ...languages.map((l) => [l.language, l.fluency, ''])], THIN_BORDERS));
    }
    if (skills.length > 0) body.push(heading('보유 역량'), line(allSkills(skills).join(', ')));
    body.push(line('자 기 소 개 서', { bold: true, size: 30 }, { alignment: AlignmentType.CENTER, spacing: { before: 480, after: 200 }, pageBreakBefore: true }));
    if (basics.summary) body.push(line('1. 지원 동기 및 직무 역량', { bold: true }, { spacing: { after: 80 } }), line(basics.summary));
  } else {
    body.push(line(basics.name, { bold: true, size: 44, color: '1F3864' }, { spacing: { after: 40 } }));
    if (basics.label) body.push(line(basics.label, { size: 24, color: '595959' }, { spacing: { after: 60 } }));
    body.push(line([entry.presentation.home, basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))].join('  |  '), { size: 18 }));
    if (basics.summary) body.push(heading('Objective'), line(basics.summary));
    const experience = [heading('Experience'), tableOf([2300, 7300], work.map((job, i) => {
      const [first, second] = roleFirst(job, entry);
      return [[line(jobDates[i], { color: '595959' })], [line(first, { bold: true }), line(`${second}${job.location ? `, ${job.location}` : ''}`, { italics: true }), ...job.highlights.map(dash)]];
    }), NO_BORDERS)];
    const educationPart = [heading('Education'), tableOf([2300, 7300], education.map((school, i) => [[line(schoolDates[i], { color: '595959' })], [line(entry.presentation.degreeTexts[i], { bold: true }), line(`${school.institution}${school.score ? ` – ${school.score}` : ''}`, { italics: true })]]), NO_BORDERS)];
    body.push(...inOrder(entry, experience, educationPart).flat());
    if (skills.length > 0) body.push(heading('Skills'), entry.presentation.flatSkills ? line(allSkills(skills).join(' · ')) : tableOf([2300, 7300], skills.map((group) => [group.name, group.keywords.join(', ')]), NO_BORDERS));
    if (languages.length > 0) body.push(heading('Languages'), tableOf([2300, 7300], languages.map((l) => [l.language, l.fluency]), NO_BORDERS));
    if (certificates.length > 0) body.push(heading('Certifications'), ...certificates.map((c) => line(`${c.name}, ${c.issuer}, ${c.date}`)));
  }
  const latin = korean ? 'Malgun Gothic' : index % 2 === 0 ? 'Cambria' : 'Calibri';
  return Packer.toBuffer(new Document({
    creator: 'Candor ninth held-back résumé set', title: korean ? `이력서_${basics.name}` : `Resume ${basics.name}`,
    styles: { default: { document: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: 'Noto Sans CJK KR', cs: latin }, size: 20 }, paragraph: { spacing: { after: 30 } } } } },
    numbering: DOT_LIST,
    sections: [{ properties: { page: { size: korean || index % 2 === 1 ? A4 : LETTER, margin: { top: 1000, bottom: 1000, left: 1150, right: 1150 } } }, children: body }],
  }));
}

// ------------------------------------------------------------------------------------------------
// Plain text with the dates pushed to the right margin, and Markdown with nested lists

/** Display columns of a string: Hangul and other wide characters count two. */
const columns = (text) => [...text].reduce((sum, char) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(char) ? 2 : 1), 0);
const WIDTH = 78;
/** `left` and `right` on one line, `right` ending at column 78 (at least three spaces between). */
const rightAligned = (left, right) => `${left}${' '.repeat(Math.max(3, WIDTH - columns(left) - columns(right)))}${right}`;

function rightDatesText(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const heading = (text) => ['', text, '='.repeat(columns(text))];
  const wrap = (text, indent = '') => wrapWords(text, korean ? 38 : WIDTH - indent.length).map((part) => `${indent}${part}`);
  const out = [basics.name.toUpperCase()];
  if (basics.label) out.push(basics.label);
  out.push([entry.presentation.home, basics.phone, basics.email].join(' | '), ...labelledLinks(basics).map(([, url]) => bareUrl(url)));
  if (basics.summary) out.push(...heading(say(entry, 'SUMMARY', '요약')), ...wrap(basics.summary));
  const experience = [...heading(say(entry, 'EXPERIENCE', '경력')), ...work.flatMap((job, i) => {
    const [first, second] = roleFirst(job, entry);
    return [...(i > 0 ? [''] : []), rightAligned(first, jobDates[i]), rightAligned(second, job.location ?? ''), ...job.highlights.flatMap((h) => wrap(h, '  * ').map((part, n) => (n === 0 ? part : `    ${part.slice(4)}`)))];
  })];
  const educationPart = [...heading(say(entry, 'EDUCATION', '학력')), ...education.flatMap((school, i) => [...(i > 0 ? [''] : []), rightAligned(school.institution, schoolDates[i]), degreeLine(school, i, entry), ...(school.score ? [school.score] : [])])];
  out.push(...inOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) out.push(...heading(say(entry, 'SKILLS', '보유 기술')), ...(entry.presentation.flatSkills ? wrap(allSkills(skills).join(', ')) : skills.flatMap((group) => wrap(`${group.name}: ${group.keywords.join(', ')}`))));
  if (languages.length > 0) out.push(...heading(say(entry, 'LANGUAGES', '외국어')), ...languages.map((l) => rightAligned(l.language, l.fluency)));
  if (certificates.length > 0) out.push(...heading(say(entry, 'CERTIFICATIONS', '자격증')), ...certificates.map((c) => rightAligned(`${c.name}, ${c.issuer}`, c.date.replace('-', '.'))));
  return `${out.join('\n')}\n`;
}

/** Markdown's special characters in running text escaped. */
const md = (text) => text.replace(/([\\`*_[\]#|])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');

function nestedListsMarkdown(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const out = [`# ${md(basics.name)}`, ''];
  if (basics.label) out.push(`**${md(basics.label)}**`, '');
  out.push(`- ${md(entry.presentation.home)}`, `- ${md(basics.phone)}`, `- ${md(basics.email)}`, ...labelledLinks(basics).map(([label, url]) => `- ${md(label)}: ${url}`), '');
  if (basics.summary) out.push(`## ${say(entry, 'About', '소개')}`, '', `> ${md(basics.summary)}`, '');
  const experience = [`## ${say(entry, 'Work', '경력')}`, '', ...byEmployer(work).flatMap((group) => {
    const place = group.jobs[0][0].location;
    const employerFirst = isKorean(entry) || entry.presentation.employerFirst || group.jobs.length > 1;
    if (employerFirst) {
      return [`- **${md(group.name)}**${place ? ` — ${md(place)}` : ''}`, ...group.jobs.flatMap(([job, i]) => [`    - *${md(job.position)}*, ${md(jobDates[i])}${job.location && job.location !== place ? ` (${md(job.location)})` : ''}`, ...job.highlights.map((h) => `        - ${md(h)}`)])];
    }
    const [[job, i]] = group.jobs;
    return [`- **${md(job.position)}** at ${md(job.name)}`, `    - ${md(jobDates[i])}${job.location ? ` · ${md(job.location)}` : ''}`, ...job.highlights.map((h) => `    - ${md(h)}`)];
  }), ''];
  const educationPart = [`## ${say(entry, 'Education', '학력')}`, '', ...education.flatMap((school, i) => [`- **${md(school.institution)}**`, `    - ${md(degreeLine(school, i, entry))}`, `    - ${md(schoolDates[i])}${school.score ? ` · ${md(school.score)}` : ''}`]), ''];
  out.push(...inOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    out.push(`## ${say(entry, 'Skills', '기술')}`, '');
    if (entry.presentation.flatSkills) out.push(...allSkills(skills).map((skill) => `- ${md(skill)}`), '');
    else out.push(...skills.flatMap((group) => [`- ${md(group.name)}`, ...group.keywords.map((skill) => `    - ${md(skill)}`)]), '');
  }
  if (languages.length > 0) out.push(`## ${say(entry, 'Languages', '외국어')}`, '', ...languages.map((l) => `- ${md(l.language)} — ${md(l.fluency)}`), '');
  if (certificates.length > 0) out.push(`## ${say(entry, 'Certificates', '자격증')}`, '', ...certificates.map((c) => `- ${md(c.name)} (${md(c.issuer)}, ${md(c.date.replace('-', '.'))})`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-groupedroles': 'pdf', 'html-usajobs': 'pdf', 'libreoffice-shadedsidebar': 'docx', 'libreoffice-datespdf': 'pdf',
  'latex-simplecv': 'pdf', 'docx-datetable': 'docx', 'text-rightdates': 'txt', 'markdown-nestedlists': 'md',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'ninth held-back résumé set',
  people: buildHoldout9Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (ninth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  async render(people) {
    await renderChromium(people);
    const sidebars = [];
    const tables = [];
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-nestedlists.md`), nestedListsMarkdown(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-rightdates.txt`), rightDatesText(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-datetable.docx`), pinDocx(await dateTableDocx(entry, index)));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.latex-simplecv.pdf`), pinPdf(typesetLua(simplecvSource(entry, index))));
      sidebars.push([`${entry.id}.sidebar`, 'fodt', shadedSidebarOdt(entry, index)]);
      tables.push([`${entry.id}.dates`, 'fodt', datesTableOdt(entry, index)]);
    }
    const docxs = sofficeConvert(sidebars, 'docx:MS Word 2007 XML', 'docx');
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-shadedsidebar.docx`), pinDocx(docxs.get(`${entry.id}.sidebar`)));
    const pdfs = sofficeConvert(tables, 'pdf:writer_pdf_Export', 'pdf');
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-datespdf.pdf`), pinPdf(pdfs.get(`${entry.id}.dates`)));
  },
});
