// Builds the tenth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout10/):
// 30 people written out by hand (scripts/resume-corpus-holdout10-content.mjs; 22 in English from eleven
// countries no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts no earlier
// set (resume-corpus, -fresh, -holdout … -holdout9, -ko) uses:
// - `html-coverletter`    Chromium; ONE PDF holding a cover letter (sender block, date, "Dear …", three
//                         paragraphs naming the current employer, sign-off) and, from page 2, the résumé;
//                         the Koreans send 자기소개서 first, then the 이력서.
// - `html-wantedprint`    Chromium; a 원티드 (Wanted) résumé print: name, e-mail and phone, a short intro,
//                         then every entry as a two-column row (the dates left, the company in bold over
//                         the position and "- " lines right), 스킬 chips, 외국어, 링크; the English writers
//                         get the same minimal profile print with English headings.
// - `libreoffice-yearmonthgrid` a flat ODT as a Japanese rirekisho adapted to English (a personal-data table,
//                         then one grid of Year | Month | "Education and Employment History" rows in
//                         ascending order: "Entered …", "Graduated from …", "Joined … as …", "Left …",
//                         then licences, then "Career details" with the bullets); for the Koreans the classic
//                         stationery 이력서 (년 | 월 | 학력 및 경력 사항 … 입학, 졸업, 입사, 퇴사) followed by a
//                         경력기술서 and the "위 기재 사항은 사실과 다름없음을" oath; saved as DOCX by LibreOffice.
// - `libreoffice-guttertimeline` a flat ODT whose jobs and schools hang on a timeline drawn in a left gutter
//                         (dates right-aligned beside a ruled column with "●" dots), contact items after
//                         "✉ ☎ ⌂ ↗" glyphs; exported to PDF by LibreOffice headless.
// - `latex-marginpubs`    LuaLaTeX, `article` with a wide left margin: the dates set in the margin with
//                         \reversemarginpar, education first as academic CVs do, a reverse-numbered
//                         publications list (etaremune) for the people who have one, "References".
// - `docx-textframes`     the `docx` package; a Word template built from text frames: the contact block and
//                         a skills / languages panel are framed paragraphs positioned at the right of the
//                         page, while the body runs in a narrowed left column.
// - `text-wrap72`         plain text as pasted into an e-mail body and hard-wrapped at 72 columns by the mail
//                         client (continuation lines start at column 1, job headings wrap too), under a short
//                         cover note; Hangul counted as two columns.
// - `markdown-jobtable`   Markdown (GitHub-flavoured) with the jobs first as a pipe table (period, role,
//                         company, place) and then one `###` block per job with its bullets; schools and
//                         languages as tables too.
// The rendered files are committed (CI needs neither Chromium, LibreOffice nor TeX to read them).
//
// `npx node scripts/build-resume-corpus-holdout10.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit. Needs /usr/bin/chromium, `soffice` and `lualatex` (texlive-latex-extra for etaremune,
// fonts-noto-cjk); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, FrameAnchorType, LevelFormat, Packer, Paragraph, TextRun,
} from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, escapeHtml, escapeXml, labelledLinks, pinDocx, pinPdf, sofficeConvert, typesetLua, withChromiumPrinter, wrapWords,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout10Content } from './resume-corpus-holdout10-content.mjs';
import { escapeLatex } from './resume-corpus-latex.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout10');
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
const dotDate = (date) => date.replace('-', '.');
/** Display columns of a string: Hangul and other wide characters count two. */
const columns = (text) => [...text].reduce((sum, char) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(char) ? 2 : 1), 0);

// ------------------------------------------------------------------------------------------------
// Chromium: a cover letter and résumé in one PDF; a Wanted-style résumé print

function coverLetterPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [], publications = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const current = work.find((job) => !job.endDate) ?? work[0];
  const font = korean ? "'Noto Sans CJK KR', sans-serif" : index % 2 === 0 ? "'Liberation Serif', serif" : "'DejaVu Sans', sans-serif";
  const css = `<style>body { margin: 0; font-family: ${font}; font-size: 10pt; color: #1a1a1a; line-height: 1.45; }
    .letter { page-break-after: always; } .letter p { margin: 0 0 3.2mm; } .from { margin-bottom: 8mm; } .from b { font-size: 13pt; }
    h1 { font-size: 18pt; margin: 0; text-align: center; letter-spacing: .5pt; } .contact { text-align: center; font-size: 9pt; margin: 1mm 0 4mm; color: #333; }
    h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 1pt; border-bottom: 1px solid #444; margin: 5mm 0 2mm; padding-bottom: .5mm; }
    .row { display: flex; justify-content: space-between; gap: 6mm; margin-top: 2.2mm; } .row .d { white-space: nowrap; } .place { font-style: italic; color: #444; }
    ul { margin: .6mm 0 0; padding-left: 5mm; } p { margin: 0; } table { border-collapse: collapse; } td { padding: .6mm 3mm .6mm 0; vertical-align: top; }</style>`;
  const bullets = (items) => (items.length > 0 ? `<ul>${items.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : '');
  const links = labelledLinks(basics).map(([, url]) => e(bareUrl(url)));
  const parts = [];
  if (korean) {
    parts.push(`<div class="letter"><h1>자기소개서</h1><p class="contact">지원 분야: ${e(basics.label ?? '')} · 성명: ${e(basics.name)}</p>
      <p><b>1. 지원 동기 및 경력 요약</b></p><p>${e(basics.summary ?? '')}</p>
      <p><b>2. 현재 업무</b></p><p>현재 ${e(current.name)}에서 ${e(current.position)}(으)로 일하고 있습니다. ${e(current.highlights[0] ?? '')}</p>
      <p><b>3. 입사 후 포부</b></p><p>지금까지의 현장 경험을 바탕으로 귀사에서도 맡은 일을 끝까지 책임지는 사람이 되겠습니다. 감사합니다.</p>
      <p style="text-align:right; margin-top: 10mm">2026년 12월 1일<br>지원자 ${e(basics.name)}</p></div>`);
    parts.push(`<h1>이 력 서</h1><p class="contact">${[e(basics.phone), e(basics.email), e(entry.presentation.home), ...links].join(' · ')}</p>`);
  } else {
    const greeting = ['Dear Hiring Manager,', 'Dear Sir or Madam,', 'Dear Recruitment Team,'][index % 3];
    parts.push(`<div class="letter"><div class="from"><b>${e(basics.name)}</b><br>${e(entry.presentation.home)}<br>${e(basics.phone)}<br>${e(basics.email)}</div>
      <p>1 December 2026</p><p>${greeting}</p>
      <p>I am writing to apply for the position of ${e(basics.label ?? current.position)}. I am currently ${e(current.position)} at ${e(current.name)}, and my résumé follows this letter.</p>
      <p>${e(basics.summary ?? '')}</p>
      <p>I would welcome the chance to discuss how my experience fits your team. Thank you for your time and consideration.</p>
      <p>Yours sincerely,</p><p>${e(basics.name)}</p></div>`);
    parts.push(`<h1>${e(basics.name)}</h1><p class="contact">${[e(basics.label ?? ''), e(entry.presentation.home), e(basics.phone), e(basics.email), ...links].filter(Boolean).join(' • ')}</p>`);
  }
  if (basics.summary && !korean) parts.push(`<h2>Profile</h2><p>${e(basics.summary)}</p>`);
  const experience = `<h2>${say(entry, 'Experience', '경력 사항')}</h2>${work.map((job, i) => {
    const [first, second] = roleFirst(job, entry);
    return `<div class="row"><span><b>${e(first)}</b> — ${e(second)}</span><span class="d">${e(jobDates[i])}</span></div>${job.location ? `<div class="place">${e(job.location)}</div>` : ''}${bullets(job.highlights)}`;
  }).join('')}`;
  const educationPart = `<h2>${say(entry, 'Education', '학력 사항')}</h2>${education.map((school, i) => `<div class="row"><span><b>${e(school.institution)}</b></span><span class="d">${e(schoolDates[i])}</span></div><div>${e(degreeLine(school, i, entry))}${school.score ? `, ${e(school.score)}` : ''}</div>`).join('')}`;
  parts.push(...inOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(`<h2>${say(entry, 'Skills', '보유 기술')}</h2>`, entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(', '))}</p>` : `<table>${skills.map((group) => `<tr><td><b>${e(group.name)}</b></td><td>${e(group.keywords.join(', '))}</td></tr>`).join('')}</table>`);
  if (languages.length > 0) parts.push(`<h2>${say(entry, 'Languages', '외국어')}</h2><p>${e(languages.map((l) => `${l.language} (${l.fluency})`).join(', '))}</p>`);
  if (certificates.length > 0) parts.push(`<h2>${say(entry, 'Certificates', '자격증')}</h2>${certificates.map((c) => `<p>${e(c.name)} — ${e(c.issuer)}, ${e(dotDate(c.date))}</p>`).join('')}`);
  if (publications.length > 0) parts.push(`<h2>${say(entry, 'Publications and Talks', '발표 및 논문')}</h2>${publications.map((p) => `<p>“${e(p.name)}”, ${e(p.publisher)}, ${e(dotDate(p.releaseDate))}</p>`).join('')}`);
  return [`${css}${parts.join('\n')}`, { format: korean || index % 2 === 0 ? 'A4' : 'Letter', margin: { top: '20mm', bottom: '18mm', left: '22mm', right: '22mm' } }];
}

/** Months from a job's start to its end (or December 2026), both counted, as Wanted prints them. */
function monthsIn(job) {
  const [y1, m1 = 1] = job.startDate.split('-').map(Number);
  const [y2, m2 = 12] = (job.endDate ?? '2026-12').split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}

function wantedPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [], publications = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const css = `<style>body { margin: 0; font-family: ${korean ? "'Noto Sans CJK KR'" : "'Liberation Sans', 'DejaVu Sans'"}, sans-serif; font-size: 9.6pt; color: #222; line-height: 1.55; }
    h1 { font-size: 24pt; margin: 0 0 2mm; font-weight: bold; } .c { color: #555; } .intro { margin: 5mm 0 2mm; }
    h2 { font-size: 10.5pt; color: #333; border-bottom: 1px solid #e1e2e3; padding-bottom: 1.5mm; margin: 8mm 0 3mm; }
    .e { display: grid; grid-template-columns: 42mm 1fr; gap: 4mm; margin-bottom: 4mm; } .d { color: #767676; font-size: 9pt; }
    .n { font-size: 11pt; font-weight: bold; } .p { color: #555; } .l { margin: 1mm 0 0; } .chip { display: inline-block; background: #f3f5f8; border-radius: 3mm; padding: .4mm 3mm; margin: 0 1.5mm 1.5mm 0; }</style>`;
  const parts = [`<h1>${e(basics.name)}</h1><div class="c">${e(basics.email)}</div><div class="c">${e(basics.phone)}</div>`];
  if (basics.summary) parts.push(`<p class="intro">${e(basics.summary)}</p>`);
  const duration = (job) => {
    const months = monthsIn(job);
    const [years, rest] = [Math.floor(months / 12), months % 12];
    if (korean) return [years > 0 ? `${years}년` : '', rest > 0 ? `${rest}개월` : ''].filter(Boolean).join(' ');
    return [years > 0 ? `${years} yr${years > 1 ? 's' : ''}` : '', rest > 0 ? `${rest} mo${rest > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
  };
  parts.push(`<h2>${say(entry, 'Experience', '경력')}</h2>${work.map((job, i) => `<div class="e"><div class="d">${e(jobDates[i])}${job.startDate.length > 4 ? `<br>${e(duration(job))}` : ''}</div><div><div class="n">${e(job.name)}</div><div class="p">${e(job.position)}${job.location ? ` · ${e(job.location)}` : ''}</div>${job.highlights.map((h) => `<div class="l">- ${e(h)}</div>`).join('')}</div></div>`).join('')}`);
  parts.push(`<h2>${say(entry, 'Education', '학력')}</h2>${education.map((school, i) => `<div class="e"><div class="d">${e(schoolDates[i])}</div><div><div class="n">${e(school.institution)}</div><div class="p">${e(degreeLine(school, i, entry))}${school.score ? ` · ${e(school.score)}` : ''}</div></div></div>`).join('')}`);
  if (skills.length > 0) parts.push(`<h2>${say(entry, 'Skills', '스킬')}</h2><div>${allSkills(skills).map((skill) => `<span class="chip">${e(skill)}</span>`).join('')}</div>`);
  const other = [...certificates.map((c) => [dotDate(c.date), c.name, c.issuer]), ...publications.map((p) => [dotDate(p.releaseDate), p.name, p.publisher])];
  if (other.length > 0) parts.push(`<h2>${say(entry, 'Awards and Other', '수상 및 기타')}</h2>${other.map(([date, name, detail]) => `<div class="e"><div class="d">${e(date)}</div><div><div class="n">${e(name)}</div><div class="p">${e(detail)}</div></div></div>`).join('')}`);
  if (languages.length > 0) parts.push(`<h2>${say(entry, 'Languages', '외국어')}</h2>${languages.map((l) => `<div class="e"><div class="n">${e(l.language)}</div><div class="p">${e(l.fluency)}</div></div>`).join('')}`);
  const links = labelledLinks(basics);
  if (links.length > 0) parts.push(`<h2>${say(entry, 'Links', '링크')}</h2>${links.map(([, url]) => `<div>${e(url)}</div>`).join('')}`);
  return [`${css}${parts.join('\n')}`, { format: korean || index % 2 === 1 ? 'A4' : 'Letter', margin: { top: '16mm', bottom: '16mm', left: '18mm', right: '18mm' } }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-coverletter.pdf`), pinPdf(await print(...coverLetterPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-wantedprint.pdf`), pinPdf(await print(...wantedPage(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// Flat ODTs for LibreOffice: a year/month grid (rirekisho, 전통 이력서; saved as DOCX) and a gutter timeline (PDF)

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
const cell = (style, content, span = 1) => `<table:table-cell table:style-name="${style}" office:value-type="string"${span > 1 ? ` table:number-columns-spanned="${span}"` : ''}>${content}</table:table-cell>${'<table:covered-table-cell/>'.repeat(span - 1)}`;
const tableRow = (cells) => `<table:table-row>${cells.join('')}</table:table-row>`;
const odtTable = (name, columnStyles, rows) => `<table:table table:name="${name}" table:style-name="Tbl">${columnStyles.map((style) => `<table:table-column table:style-name="${style}"/>`).join('')}${rows.join('')}</table:table>`;

/** A flat ODT around `body` with the page size, the fonts and the shared styles plus `styles`. */
function flatOdt({ entry, letter, latin, styles, body }) {
  const korean = isKorean(entry);
  const para = (name, paragraph, textProps = '') => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties ${paragraph}/>${textProps ? `<style:text-properties ${textProps}/>` : ''}</style:style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${ODT_NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">${x(entry.resume.basics.name)}</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="${latin}" svg:font-family="'${latin}'"/><style:font-face style:name="Noto Sans CJK KR" svg:font-family="'Noto Sans CJK KR'"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.04cm"/><style:text-properties style:font-name="${latin}" fo:font-size="10pt" style:font-name-asian="Noto Sans CJK KR" style:font-size-asian="10pt" fo:language="${korean ? 'ko' : 'en'}" fo:country="${korean ? 'KR' : 'GB'}"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.35cm" fo:margin-left="0.5cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${letter ? '21.59cm' : '21cm'}" fo:page-height="${letter ? '27.94cm' : '29.7cm'}" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/></style:page-layout>
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

/** "2019-03" → ['2019', '3']; "2019" → ['2019', '']. */
const yearMonth = (date) => {
  const [year, month] = date.split('-');
  return [year, month ? String(Number(month)) : ''];
};

function yearMonthGridOdt(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates } = entry.presentation;
  const korean = isKorean(entry);
  const letter = !korean && index % 2 === 1;
  const width = letter ? 17.99 : 17.4;
  const gridRow = (year, month, text, style = 'G') => tableRow([cell('Cell', odtP('Ctr', x(year))), cell('Cell', odtP('Ctr', x(month))), cell('Cell', odtP(style, text))]);
  const heading = (text) => tableRow([cell('Cell', odtP('Ctr', '')), cell('Cell', odtP('Ctr', '')), cell('Cell', odtP('GridHead', x(text)))]);
  // Rows in ascending order, as the form asks: schools, then jobs by their start (oldest first).
  const schools = [...education].map((school, i) => [school, i]).reverse();
  const jobs = [...work].map((job, i) => [job, i]).sort(([a], [b]) => a.startDate.localeCompare(b.startDate));
  const rows = [];
  if (korean) {
    rows.push(tableRow([cell('Head', odtP('Ctr', '년')), cell('Head', odtP('Ctr', '월')), cell('Head', odtP('Ctr', '학력 및 경력 사항'))]));
    rows.push(heading('학 력'));
    for (const [school, i] of schools) {
      const dept = [school.institution, school.area].filter(Boolean).join(' ');
      rows.push(gridRow(...yearMonth(school.startDate), x(`${dept} 입학`)), gridRow(...yearMonth(school.endDate), x(`${dept} 졸업 (${entry.presentation.degreeTexts[i]})`)));
    }
    rows.push(heading('경 력'));
    for (const [job] of jobs) {
      rows.push(gridRow(...yearMonth(job.startDate), x(`${job.name} 입사 (${job.position}${job.location ? `, ${job.location}` : ''})`)));
      rows.push(job.endDate ? gridRow(...yearMonth(job.endDate), x(`${job.name} 퇴사`)) : gridRow('', '', x('현재 재직 중')));
    }
    rows.push(gridRow('', '', x('이상'), 'Right'));
  } else {
    rows.push(tableRow([cell('Head', odtP('Ctr', 'Year')), cell('Head', odtP('Ctr', 'Month')), cell('Head', odtP('Ctr', 'Education and Employment History'))]));
    rows.push(heading('Education'));
    for (const [school, i] of schools) {
      rows.push(gridRow(...yearMonth(school.startDate), x(`Entered ${school.institution} — ${entry.presentation.degreeTexts[i]}`)), gridRow(...yearMonth(school.endDate), x(`Graduated from ${school.institution}${school.score ? ` (${school.score})` : ''}`)));
    }
    rows.push(heading('Employment'));
    for (const [n, [job]] of jobs.entries()) {
      const previous = jobs[n - 1]?.[0];
      const promoted = previous && previous.name === job.name;
      rows.push(gridRow(...yearMonth(job.startDate), x(promoted ? `Promoted to ${job.position}, ${job.name}${job.location ? `, ${job.location}` : ''}` : `Joined ${job.name} as ${job.position}${job.location ? `, ${job.location}` : ''}`)));
      const next = jobs[n + 1]?.[0];
      if (!job.endDate) rows.push(gridRow('', '', x('Currently employed')));
      else if (!(next && next.name === job.name)) rows.push(gridRow(...yearMonth(job.endDate), x(`Left ${job.name}`)));
    }
    rows.push(gridRow('', '', x('End'), 'Right'));
  }
  const personal = korean
    ? [['성 명', basics.name], ['주 소', entry.presentation.home], ['휴대전화', basics.phone], ['전자우편', basics.email], ['지원 분야', basics.label ?? ''], ...labelledLinks(basics).map(([label, url]) => [label, bareUrl(url)])]
    : [['Name', basics.name], ['Address', entry.presentation.home], ['Telephone', basics.phone], ['E-mail', basics.email], ['Position sought', basics.label ?? ''], ...labelledLinks(basics).map(([label, url]) => [label, bareUrl(url)])];
  const body = [odtP('Title', x(say(entry, 'RÉSUMÉ', '이 력 서'))),
    odtTable('Personal', ['ColLabel', 'ColValue'], personal.map(([label, value]) => tableRow([cell('Head', odtP('Standard', x(label))), cell('Cell', odtP('Standard', x(value)))]))),
    odtP('Gap', ''), odtTable('History', ['ColYear', 'ColMonth', 'ColText'], rows)];
  if (certificates.length > 0) {
    body.push(odtP('Gap', ''), odtTable('Licences', ['ColYear', 'ColMonth', 'ColText'], [
      tableRow([cell('Head', odtP('Ctr', say(entry, 'Year', '년'))), cell('Head', odtP('Ctr', say(entry, 'Month', '월'))), cell('Head', odtP('Ctr', say(entry, 'Licences and Qualifications', '자격 및 면허')))]),
      ...certificates.map((c) => gridRow(...yearMonth(c.date), x(`${c.name} (${c.issuer})`))),
    ]));
  }
  const extra = [];
  if (skills.length > 0) extra.push([say(entry, 'Skills', '보유 기술'), entry.presentation.flatSkills ? allSkills(skills).join(', ') : skills.map((group) => `${group.name}: ${group.keywords.join(', ')}`).join(' / ')]);
  if (languages.length > 0) extra.push([say(entry, 'Languages', '외국어'), languages.map((l) => `${l.language} – ${l.fluency}`).join(', ')]);
  if (extra.length > 0) body.push(odtP('Gap', ''), odtTable('Extra', ['ColLabel', 'ColValue'], extra.map(([label, value]) => tableRow([cell('Head', odtP('Standard', x(label))), cell('Cell', odtP('Standard', x(value)))]))));
  body.push(odtP('Section', x(say(entry, 'Career details', '경 력 기 술 서'))));
  if (basics.summary) body.push(odtP('Standard', x(basics.summary)));
  for (const [i, job] of work.entries()) {
    const [first, second] = roleFirst(job, entry);
    body.push(odtP('Entry', `${odtB(first)} — ${x(second)}`), odtP('Standard', odtI(`${jobDates[i]}${job.location ? ` · ${job.location}` : ''}`)), odtList(job.highlights));
  }
  if (korean) body.push(odtP('Oath', x('위의 기재 사항은 사실과 다름없음을 확인합니다.')), odtP('Right', x(`2026년 12월 1일   지원자 ${basics.name} (인)`)));
  return flatOdt({
    entry, letter, latin: korean ? 'Noto Sans CJK KR' : index % 2 === 0 ? 'Liberation Serif' : 'Liberation Sans', body: body.filter(Boolean).join('\n'),
    styles: (para) => [
      `<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="${width}cm" table:align="left" table:border-model="collapsing"/></style:style>`,
      `<style:style style:name="ColLabel" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>`,
      `<style:style style:name="ColValue" style:family="table-column"><style:table-column-properties style:column-width="${(width - 3.6).toFixed(2)}cm"/></style:style>`,
      `<style:style style:name="ColYear" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>`,
      `<style:style style:name="ColMonth" style:family="table-column"><style:table-column-properties style:column-width="1.4cm"/></style:style>`,
      `<style:style style:name="ColText" style:family="table-column"><style:table-column-properties style:column-width="${(width - 3.2).toFixed(2)}cm"/></style:style>`,
      `<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>`,
      `<style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:background-color="#F2F2F2" fo:border="0.5pt solid #000000"/></style:style>`,
      para('Title', 'fo:text-align="center" fo:margin-bottom="0.4cm"', 'fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:letter-spacing="0.1cm"'),
      para('Ctr', 'fo:text-align="center"'),
      para('Right', 'fo:text-align="end"'),
      para('G', ''),
      para('GridHead', 'fo:text-align="center"', 'fo:font-weight="bold" style:font-weight-asian="bold"'),
      para('Gap', 'fo:margin-bottom="0.2cm"'),
      para('Section', 'fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:text-align="center" fo:break-before="page"', 'fo:font-size="15pt" style:font-size-asian="15pt" fo:font-weight="bold" style:font-weight-asian="bold"'),
      para('Entry', 'fo:margin-top="0.3cm" fo:keep-with-next="always"'),
      para('Oath', 'fo:margin-top="0.8cm" fo:text-align="center"'),
    ].join('\n'),
  });
}

function gutterTimelineOdt(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [], publications = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const letter = !korean && index % 2 === 0;
  const width = letter ? 17.99 : 17.4;
  const accent = ['#1B6B73', '#8A3B12', '#3D4F9F'][index % 3];
  const line = (dates, content) => tableRow([cell('Gutter', odtP('Dates', x(dates))), cell('Rail', odtP('Dot', '●')), cell('Body', content)]);
  const contact = [`✉ ${odtLink(`mailto:${basics.email}`, basics.email)}`, `☎ ${x(basics.phone)}`, `⌂ ${x(entry.presentation.home)}`, ...labelledLinks(basics).map(([, url]) => `↗ ${odtLink(url, bareUrl(url))}`)];
  const body = [odtP('Name', x(basics.name)), ...(basics.label ? [odtP('Label', x(basics.label))] : []), odtP('Contact', contact.join('    '))];
  if (basics.summary) body.push(odtP('Head', x(say(entry, 'About me', '자기소개'))), odtP('Standard', x(basics.summary)));
  const experience = [odtP('Head', x(say(entry, 'Work experience', '경력'))), odtTable('Work', ['ColGutter', 'ColRail', 'ColBody'], work.map((job, i) => {
    const [first, second] = roleFirst(job, entry);
    return line(jobDates[i], `${odtP('Standard', odtB(first))}${odtP('Standard', `${x(second)}${job.location ? ` · ${odtI(job.location)}` : ''}`)}${odtList(job.highlights)}`);
  }))];
  const educationPart = [odtP('Head', x(say(entry, 'Education', '학력'))), odtTable('Schools', ['ColGutter', 'ColRail', 'ColBody'], education.map((school, i) => line(schoolDates[i], `${odtP('Standard', odtB(school.institution))}${odtP('Standard', x(`${degreeLine(school, i, entry)}${school.score ? ` · ${school.score}` : ''}`))}`)))];
  body.push(...inOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    body.push(odtP('Head', x(say(entry, 'Skills', '보유 기술'))));
    if (entry.presentation.flatSkills) body.push(odtP('Standard', x(allSkills(skills).join(' · '))));
    else body.push(...skills.map((group) => odtP('Standard', `${odtB(`${group.name}:`)} ${x(group.keywords.join(' · '))}`)));
  }
  if (languages.length > 0) body.push(odtP('Head', x(say(entry, 'Languages', '외국어'))), ...languages.map((l) => odtP('Standard', `${x(l.language)} — ${odtI(l.fluency)}`)));
  if (certificates.length > 0) body.push(odtP('Head', x(say(entry, 'Certifications', '자격증'))), ...certificates.map((c) => odtP('Standard', x(`${c.name} · ${c.issuer} · ${dotDate(c.date)}`))));
  if (publications.length > 0) body.push(odtP('Head', x(say(entry, 'Papers and talks', '논문 및 발표'))), ...publications.map((p) => odtP('Standard', x(`${p.name} — ${p.publisher}, ${dotDate(p.releaseDate)}`))));
  return flatOdt({
    entry, letter, latin: korean ? 'Noto Sans CJK KR' : index % 2 === 0 ? 'DejaVu Sans' : 'Liberation Sans', body: body.join('\n'),
    styles: (para) => [
      `<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="${width}cm" table:align="left"/></style:style>`,
      `<style:style style:name="ColGutter" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>`,
      `<style:style style:name="ColRail" style:family="table-column"><style:table-column-properties style:column-width="0.8cm"/></style:style>`,
      `<style:style style:name="ColBody" style:family="table-column"><style:table-column-properties style:column-width="${(width - 4.2).toFixed(2)}cm"/></style:style>`,
      `<style:style style:name="Gutter" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.1cm" fo:padding-right="0.2cm" fo:border="none"/></style:style>`,
      `<style:style style:name="Rail" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.08cm" fo:border-left="1.5pt solid ${accent}" fo:border-right="none" fo:border-top="none" fo:border-bottom="none"/></style:style>`,
      `<style:style style:name="Body" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.1cm" fo:padding-bottom="0.15cm" fo:border="none"/></style:style>`,
      para('Name', '', `fo:font-size="22pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="${accent}"`),
      para('Label', 'fo:margin-bottom="0.1cm"', 'fo:font-size="12pt" style:font-size-asian="12pt" fo:color="#444444"'),
      para('Contact', 'fo:margin-bottom="0.2cm" fo:padding-bottom="0.15cm" fo:border-bottom="0.75pt solid #999999"', 'fo:font-size="8.5pt" style:font-size-asian="8.5pt"'),
      para('Head', 'fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"', `fo:font-size="12pt" style:font-size-asian="12pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="${accent}"`),
      para('Dates', 'fo:text-align="end"', 'fo:font-size="8.5pt" style:font-size-asian="8.5pt" fo:color="#555555"'),
      para('Dot', 'fo:margin-left="-0.17cm"', `fo:font-size="8pt" fo:color="${accent}"`),
    ].join('\n'),
  });
}

// ------------------------------------------------------------------------------------------------
// LuaLaTeX: an academic-style CV with the dates in a reversed margin and a reverse-numbered publication list

function marginPubsSource(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [], publications = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const t = escapeLatex;
  const dashes = (text) => t(text).replace(/ – /g, ' -- ').replace(/ - /g, ' -- ').replace(/(\d)–(\d)/g, '$1--$2');
  const link = (url) => `\\href{${url.replace(/[%#]/g, '\\$&')}}{${t(bareUrl(url))}}`;
  const margin = (text) => `\\marginpar{\\raggedleft\\small ${text}}`;
  const out = [];
  if (basics.summary) out.push(`\\section*{${say(entry, 'Profile', '자기소개')}}`, t(basics.summary));
  out.push(`\\section*{${say(entry, 'Education', '학력')}}`, ...education.map((school, i) => `\\noindent${margin(dashes(schoolDates[i]))}\\textbf{${t(school.institution)}}\\\\ \\textit{${t(degreeLine(school, i, entry))}}${school.score ? `, ${t(school.score)}` : ''}\\par\\smallskip`));
  out.push(`\\section*{${say(entry, index % 2 === 0 ? 'Appointments' : 'Employment', '경력')}}`, ...work.map((job, i) => {
    const [first, second] = roleFirst(job, entry);
    const items = job.highlights.length > 0 ? `\n\\begin{itemize}\n${job.highlights.map((h) => `\\item ${t(h)}`).join('\n')}\n\\end{itemize}` : '';
    return `\\noindent${margin(dashes(jobDates[i]))}\\textbf{${t(first)}}, ${t(second)}${job.location ? `\\\\ \\textit{${t(job.location)}}` : ''}${items}\\par\\smallskip`;
  }));
  if (publications.length > 0) out.push(`\\section*{${say(entry, 'Publications and Presentations', '논문 및 발표')}}`, `\\begin{etaremune}\n${publications.map((p) => `\\item ${t(p.name)}. \\textit{${t(p.publisher)}}, ${t(dotDate(p.releaseDate))}.`).join('\n')}\n\\end{etaremune}`);
  if (certificates.length > 0) out.push(`\\section*{${say(entry, 'Licences and Certificates', '자격증')}}`, ...certificates.map((c) => `\\noindent${margin(t(dotDate(c.date)))}${t(c.name)}, ${t(c.issuer)}\\par`));
  if (skills.length > 0) {
    out.push(`\\section*{${say(entry, 'Skills', '보유 기술')}}`);
    out.push(entry.presentation.flatSkills ? `\\noindent ${allSkills(skills).map(t).join(', ')}` : skills.map((group) => `\\noindent${margin(t(group.name))}${group.keywords.map(t).join(', ')}\\par`).join('\n'));
  }
  if (languages.length > 0) out.push(`\\section*{${say(entry, 'Languages', '외국어')}}`, ...languages.map((l) => `\\noindent${margin(t(l.language))}${t(l.fluency)}\\par`));
  if (!korean) out.push(`\\section*{References}`, '\\noindent Available on request.');
  const paper = korean || index % 2 === 1 ? 'a4paper' : 'letterpaper';
  const fallback = korean ? 'Noto Sans CJK KR' : 'DejaVu Serif';
  const contact = [t(entry.presentation.home), t(basics.phone), `\\href{mailto:${basics.email}}{${t(basics.email)}}`, ...labelledLinks(basics).map(([, url]) => link(url))].join(' \\quad{\\textperiodcentered}\\quad ');
  return `\\documentclass[${paper},${index % 3 === 0 ? '11pt' : '10pt'}]{article}
\\usepackage[${paper},left=4.6cm,right=2cm,top=2cm,bottom=2cm,marginparwidth=2.9cm,marginparsep=0.5cm]{geometry}
\\reversemarginpar
\\usepackage{fontspec}\\directlua{luaotfload.add_fallback('cvfallback', {'${fallback}:mode=node;'})}\\setmainfont{${index % 2 === 0 ? 'Liberation Serif' : 'DejaVu Serif'}}[RawFeature={fallback=cvfallback}]
\\usepackage{etaremune}\\usepackage{enumitem}\\setlist[itemize]{nosep,leftmargin=1.2em,label=--}
\\usepackage[hidelinks]{hyperref}\\urlstyle{same}
\\usepackage{titlesec}\\titleformat{\\section}{\\large\\scshape}{}{0pt}{}[\\vspace{-0.6ex}\\rule{\\textwidth}{0.4pt}]
\\pagestyle{plain}\\setlength{\\parindent}{0pt}
\\hyphenpenalty=10000\\exhyphenpenalty=10000
\\begin{document}
{\\LARGE\\scshape ${t(basics.name)}}\\par\\smallskip
${basics.label ? `{\\large ${t(basics.label)}}\\par\\smallskip\n` : ''}{\\small ${contact}}\\par
${out.join('\n')}
\\end{document}
`;
}

// ------------------------------------------------------------------------------------------------
// DOCX (the `docx` package): a Word template built from text frames

const DOT_LIST = { config: [{ reference: 'dots', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 300, hanging: 200 } } } }] }] };
const run = (text, options = {}) => new TextRun({ text, ...options });
const A4 = { width: 11906, height: 16838 };
const LETTER = { width: 12240, height: 15840 };

function textFramesDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [], publications = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const page = korean || index % 2 === 1 ? A4 : LETTER;
  const margin = 900;
  const panelWidth = 3000;
  const panelX = page.width - margin - panelWidth;
  const bodyRight = panelWidth + 300;
  const accent = ['2E5E4E', '5B2C6F', '1F4E79'][index % 3];
  // Framed paragraphs with the same frame properties are one text box: the contact block at the top
  // right, the skills / languages panel under it.
  const framed = (y, height) => ({ type: 'absolute', position: { x: panelX, y }, width: panelWidth, height, anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE } });
  const contactFrame = framed(margin, 1700);
  const panelFrame = framed(margin + 2000, 9000);
  const inFrame = (frame, text, options = {}) => new Paragraph({ frame, spacing: { after: 40 }, children: [run(text, { size: 17, ...options })] });
  const body = (text, options = {}, paragraph = {}) => new Paragraph({ indent: { right: bodyRight }, ...paragraph, children: [run(text, options)] });
  const heading = (text) => body(text.toUpperCase(), { bold: true, size: 22, color: accent }, { spacing: { before: 240, after: 80 }, keepNext: true, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: accent, space: 1 } } });
  const bullet = (text) => new Paragraph({ indent: { right: bodyRight }, numbering: { reference: 'dots', level: 0 }, children: [run(text)] });
  const children = [];
  children.push(...[entry.presentation.home, basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))].map((item) => inFrame(contactFrame, item)));
  children.push(body(basics.name, { bold: true, size: 48, color: accent }, { spacing: { after: 40 } }));
  if (basics.label) children.push(body(basics.label, { size: 24, italics: !korean }, { spacing: { after: 200 } }));
  const panel = [];
  if (skills.length > 0) {
    panel.push(inFrame(panelFrame, say(entry, 'SKILLS', '보유 기술'), { bold: true, color: accent, size: 19 }));
    if (entry.presentation.flatSkills) panel.push(...allSkills(skills).map((skill) => inFrame(panelFrame, skill)));
    else for (const group of skills) panel.push(inFrame(panelFrame, group.name, { bold: true }), ...group.keywords.map((skill) => inFrame(panelFrame, skill)));
  }
  if (languages.length > 0) panel.push(inFrame(panelFrame, say(entry, 'LANGUAGES', '외국어'), { bold: true, color: accent, size: 19 }), ...languages.map((l) => inFrame(panelFrame, `${l.language}: ${l.fluency}`)));
  if (certificates.length > 0) panel.push(inFrame(panelFrame, say(entry, 'CERTIFICATES', '자격증'), { bold: true, color: accent, size: 19 }), ...certificates.map((c) => inFrame(panelFrame, `${c.name} (${c.issuer}, ${dotDate(c.date)})`)));
  children.push(...panel);
  if (basics.summary) children.push(heading(say(entry, 'Summary', '요약')), body(basics.summary));
  const experience = [heading(say(entry, 'Experience', '경력')), ...work.flatMap((job, i) => {
    const [first, second] = roleFirst(job, entry);
    return [body(first, { bold: true }, { spacing: { before: 120 }, keepNext: true }), body(`${second}${job.location ? `, ${job.location}` : ''}  |  ${jobDates[i]}`, { color: '595959', size: 18 }, { keepNext: true }), ...job.highlights.map(bullet)];
  })];
  const educationPart = [heading(say(entry, 'Education', '학력')), ...education.flatMap((school, i) => [
    body(school.institution, { bold: true }, { spacing: { before: 120 }, keepNext: true }), body(`${degreeLine(school, i, entry)}${school.score ? `, ${school.score}` : ''}  |  ${schoolDates[i]}`, { color: '595959', size: 18 }),
  ])];
  children.push(...inOrder(entry, experience, educationPart).flat());
  if (publications.length > 0) children.push(heading(say(entry, 'Publications', '논문 및 발표')), ...publications.map((p) => body(`${p.name}. ${p.publisher}, ${dotDate(p.releaseDate)}.`)));
  const latin = korean ? 'Malgun Gothic' : index % 2 === 0 ? 'Calibri' : 'Georgia';
  return Packer.toBuffer(new Document({
    creator: 'Candor tenth held-back résumé set', title: korean ? `이력서_${basics.name}` : `Resume - ${basics.name}`,
    styles: { default: { document: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: 'Noto Sans CJK KR', cs: latin }, size: 20 }, paragraph: { spacing: { after: 40 } } } } },
    numbering: DOT_LIST,
    sections: [{ properties: { page: { size: page, margin: { top: margin, bottom: margin, left: margin, right: margin } } }, children }],
  }));
}

// ------------------------------------------------------------------------------------------------
// Plain text hard-wrapped at 72 columns as an e-mail body, and Markdown with a jobs table

/** Words hard-wrapped to 72 display columns (Hangul two), as a mail client wraps: no hanging indent. */
const wrap72 = (text) => wrapWords(text, 72, columns);

function wrap72Text(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [], publications = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const heading = (text) => ['', text.toUpperCase()];
  const out = [];
  if (korean) {
    out.push(...wrap72(`안녕하세요. ${basics.label ?? ''} 직무에 지원하는 ${basics.name}입니다. 채용 공고에 안내된 대로 이력서를 메일 본문에 붙여 보냅니다. 검토 부탁드립니다.`), '', `${basics.name} 드림`, '', '-----', '');
    out.push(`성명: ${basics.name}`, `연락처: ${basics.phone}`, `이메일: ${basics.email}`, `주소: ${entry.presentation.home}`, ...labelledLinks(basics).map(([label, url]) => `${label}: ${url}`));
    if (basics.label) out.push(`지원 분야: ${basics.label}`);
  } else {
    const opener = ['Hello,', 'Good afternoon,', 'Dear Sir/Madam,'][index % 3];
    out.push(opener, '', ...wrap72(`Please find my CV below for the ${basics.label ?? 'advertised'} position; I have pasted it into this e-mail as your advert asked for plain text. I am happy to send a PDF copy too.`), '', 'Regards,', basics.name, '', '-----', '');
    out.push(basics.name.toUpperCase());
    if (basics.label) out.push(basics.label);
    out.push(`Address: ${entry.presentation.home}`, `Tel: ${basics.phone}`, `Email: ${basics.email}`, ...labelledLinks(basics).map(([label, url]) => `${label}: ${url}`));
  }
  if (basics.summary) out.push(...heading(say(entry, 'Profile', '자기소개')), ...wrap72(basics.summary));
  const experience = [...heading(say(entry, 'Work history', '경력')), ...work.flatMap((job, i) => {
    const [first, second] = roleFirst(job, entry);
    return ['', ...wrap72(`${first}, ${second}${job.location ? `, ${job.location}` : ''} (${jobDates[i]})`), ...job.highlights.flatMap((h) => wrap72(`- ${h}`))];
  })];
  const educationPart = [...heading(say(entry, 'Education', '학력')), ...education.flatMap((school, i) => ['', ...wrap72(`${school.institution}, ${degreeLine(school, i, entry)}${school.score ? `, ${school.score}` : ''} (${schoolDates[i]})`)])];
  out.push(...inOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) out.push(...heading(say(entry, 'Skills', '보유 기술')), ...(entry.presentation.flatSkills ? wrap72(allSkills(skills).join(', ')) : skills.flatMap((group) => wrap72(`${group.name}: ${group.keywords.join(', ')}`))));
  if (languages.length > 0) out.push(...heading(say(entry, 'Languages', '외국어')), ...wrap72(languages.map((l) => `${l.language} (${l.fluency})`).join(', ')));
  if (certificates.length > 0) out.push(...heading(say(entry, 'Certificates', '자격증')), ...certificates.flatMap((c) => wrap72(`${c.name}, ${c.issuer}, ${dotDate(c.date)}`)));
  if (publications.length > 0) out.push(...heading(say(entry, 'Publications', '논문 및 발표')), ...publications.flatMap((p) => wrap72(`"${p.name}", ${p.publisher}, ${dotDate(p.releaseDate)}`)));
  out.push('', '-- ', basics.name, basics.phone);
  return `${out.join('\n')}\n`;
}

/** Markdown's special characters in running text escaped. */
const md = (text) => text.replace(/([\\`*_[\]#|])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');

function jobTableMarkdown(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [], publications = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const out = [`# ${md(basics.name)}`, ''];
  if (basics.label) out.push(`*${md(basics.label)}*`, '');
  out.push(`📍 ${md(entry.presentation.home)} · 📞 ${md(basics.phone)} · ✉️ ${md(basics.email)}`, '');
  const links = labelledLinks(basics);
  if (links.length > 0) out.push(links.map(([label, url]) => `[${md(label)}](${url})`).join(' · '), '');
  if (basics.summary) out.push(`## ${say(entry, 'Summary', '소개')}`, '', md(basics.summary), '');
  const employerFirst = korean || entry.presentation.employerFirst;
  const header = korean ? '| 기간 | 회사 | 직위 | 근무지 |' : employerFirst ? '| Period | Company | Role | Location |' : '| Period | Role | Company | Location |';
  const experience = [`## ${say(entry, 'Experience', '경력')}`, '', header, '|---|---|---|---|',
    ...work.map((job, i) => {
      const [first, second] = roleFirst(job, entry);
      return `| ${md(jobDates[i])} | ${md(first)} | ${md(second)} | ${md(job.location ?? '')} |`;
    }), '',
    ...work.flatMap((job) => {
      if (job.highlights.length === 0) return [];
      const [first, second] = roleFirst(job, entry);
      return [`### ${md(first)} — ${md(second)}`, '', ...job.highlights.map((h) => `- ${md(h)}`), ''];
    })];
  const educationPart = [`## ${say(entry, 'Education', '학력')}`, '', say(entry, '| Years | School | Degree |', '| 기간 | 학교 | 전공 / 학위 |'), '|---|---|---|',
    ...education.map((school, i) => `| ${md(schoolDates[i])} | ${md(school.institution)} | ${md(degreeLine(school, i, entry))}${school.score ? ` (${md(school.score)})` : ''} |`), ''];
  out.push(...inOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    out.push(`## ${say(entry, 'Skills', '기술')}`, '');
    if (entry.presentation.flatSkills) out.push(allSkills(skills).map(md).join(', '), '');
    else out.push(...skills.map((group) => `**${md(group.name)}:** ${group.keywords.map(md).join(', ')}  `), '');
  }
  if (languages.length > 0) out.push(`## ${say(entry, 'Languages', '외국어')}`, '', say(entry, '| Language | Level |', '| 언어 | 수준 |'), '|---|---|', ...languages.map((l) => `| ${md(l.language)} | ${md(l.fluency)} |`), '');
  if (certificates.length > 0) out.push(`## ${say(entry, 'Certificates', '자격증')}`, '', ...certificates.map((c) => `- ${md(c.name)} — ${md(c.issuer)} (${md(dotDate(c.date))})`), '');
  if (publications.length > 0) out.push(`## ${say(entry, 'Publications', '논문 및 발표')}`, '', ...publications.map((p) => `1. ${md(p.name)}, *${md(p.publisher)}*, ${md(dotDate(p.releaseDate))}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-coverletter': 'pdf', 'html-wantedprint': 'pdf', 'libreoffice-yearmonthgrid': 'docx', 'libreoffice-guttertimeline': 'pdf',
  'latex-marginpubs': 'pdf', 'docx-textframes': 'docx', 'text-wrap72': 'txt', 'markdown-jobtable': 'md',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'tenth held-back résumé set',
  people: buildHoldout10Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (tenth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  async render(people) {
    await renderChromium(people);
    const grids = [];
    const timelines = [];
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-jobtable.md`), jobTableMarkdown(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-wrap72.txt`), wrap72Text(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-textframes.docx`), pinDocx(await textFramesDocx(entry, index)));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.latex-marginpubs.pdf`), pinPdf(typesetLua(marginPubsSource(entry, index))));
      grids.push([`${entry.id}.grid`, 'fodt', yearMonthGridOdt(entry, index)]);
      timelines.push([`${entry.id}.timeline`, 'fodt', gutterTimelineOdt(entry, index)]);
    }
    const docxs = sofficeConvert(grids, 'docx:MS Word 2007 XML', 'docx');
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-yearmonthgrid.docx`), pinDocx(docxs.get(`${entry.id}.grid`)));
    const pdfs = sofficeConvert(timelines, 'pdf:writer_pdf_Export', 'pdf');
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-guttertimeline.pdf`), pinPdf(pdfs.get(`${entry.id}.timeline`)));
  },
});
