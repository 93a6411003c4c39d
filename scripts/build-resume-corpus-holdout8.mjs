// Builds the eighth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout8/):
// 30 people written out by hand (scripts/resume-corpus-holdout8-content.mjs; 22 in English from eleven
// countries no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts no earlier
// set (resume-corpus, -fresh, -holdout … -holdout7, -ko) uses:
// - `html-skillbars`     Chromium; an infographic résumé: a coloured header band with icon-marked contact
//                        items, a left column of skill bars, language dots and certificates, a right column
//                        with the profile and the jobs and schools on a vertical line of circles, each
//                        with its dates in a pill above the title.
// - `html-indeedexport`  Chromium; a job site's résumé download: for the English writers Indeed's
//                        "Download resume" PDF (the site writes every date as "April 2021 to Present"),
//                        for the Koreans a 사람인-style printed résumé (기본정보 table, 학력 table, 총 경력,
//                        each job with 재직기간 and 근무기간 in years and months, 담당업무, 자기소개서 last).
// - `html-mdexport`      the Markdown of `markdown-pandoc` turned into HTML by markdown-it and printed by
//                        Chromium with GitHub's look, as VS Code's "Markdown PDF" does, with its header (the
//                        file name, the date) and footer (page / pages).
// - `markdown-pandoc`    a Markdown file as uploaded: ATX headings, a `***` rule under the header, each job as
//                        "**Title** · Employer" with a backslash line break before the dates, skills and
//                        languages as pipe tables; Koreans put a 경력 요약 pipe table before the details.
// - `docx-appform`       the `docx` package; an employer's application form filled in: for the English
//                        writers "APPLICATION FOR EMPLOYMENT" with lettered sections of label | value tables,
//                        one small table per job (Employer, Job title, Location, From – To, Main duties);
//                        for the Koreans the 공기업 NCS 입사지원서 (인적사항, 학력사항, 자격사항, 경력사항 table
//                        with 구분 | 기관명 | 직위/역할 | 기간 | 담당 직무, 외국어, 직무능력, 자기소개서, 확인 문구).
// - `libreoffice-odtharvard` a flat ODT written like the Harvard career office's résumé template (names in
//                        bold on the left, places and dates on right-aligned tab stops, centred headings over
//                        a rule), saved as DOCX by LibreOffice headless; Koreans the same as a 자유양식 Word résumé.
// - `latex-europecv`     LuaLaTeX with the `europecv` class (TeX Live latex-extra): the old Europass CV, labels
//                        right-aligned in a left column ("Dates", "Occupation or position held", "Name and
//                        address of employer"…); Koreans with Korean labels, Hangul from Noto Sans CJK KR.
// - `text-outline`       plain text as an outline: English writers number sections with roman numerals and
//                        jobs "1.", "2." with "a)" "b)" duties; Koreans use 공문서 numbering (1. 가. 1) 가)).
// The rendered files are committed (CI needs neither Chromium, LibreOffice nor TeX to read them).
//
// `npx node scripts/build-resume-corpus-holdout8.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit. Needs /usr/bin/chromium, `soffice` and `lualatex` (texlive-latex-extra for europecv,
// fonts-noto-cjk); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, LevelFormat, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import MarkdownIt from 'markdown-it';
import {
  allSkills, bareUrl, buildHeldBackSet, escapeHtml, escapeXml, FULL_MONTHS, labelledLinks, pinDocx, pinPdf, sofficeConvert, typesetLua, withChromiumPrinter, wrapWords,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout8Content } from './resume-corpus-holdout8-content.mjs';
import { escapeLatex } from './resume-corpus-latex.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout8');
const FROZEN_ON = '2026-12-01';
const e = escapeHtml;

const isKorean = (entry) => entry.presentation.lang === 'ko';
/** The job's two names in the person's order (Koreans write the company first). */
const roleFirst = (job, entry) => (entry.presentation.employerFirst || isKorean(entry) ? [job.name, job.position] : [job.position, job.name]);
const inOrder = (entry, experience, education) => (entry.presentation.educationFirst ? [education, experience] : [experience, education]);
/** A Korean degree line: the area and the degree (or completion) word. */
const degreeLine = (school, i, entry) => (isKorean(entry) ? [school.area, entry.presentation.degreeTexts[i]].filter(Boolean).join(' ') : entry.presentation.degreeTexts[i]);
const isNative = (fluency) => /native|mother/i.test(fluency);
/** Filled dots out of five for a language, from the words the person used. */
function languageDots(fluency) {
  if (isNative(fluency)) return 5;
  if (/fluent|c1|c2|very good|professional|880|비즈니스/i.test(fluency)) return 4;
  if (/good|b2|working|intermediate|중급|7\d\d|im|n3|hsk 4/i.test(fluency)) return 3;
  return 2;
}

/** How long a job lasted in years and months, as a job site counts it; none for years-only dates. */
function stayMonths(job) {
  if (!job.startDate.includes('-')) return 0;
  const [y1, m1] = job.startDate.split('-').map(Number);
  const [y2, m2] = (job.endDate ?? '2026-12').split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}
const koreanLength = (months) => [Math.floor(months / 12) ? `${Math.floor(months / 12)}년` : '', months % 12 ? `${months % 12}개월` : ''].filter(Boolean).join(' ');
/** A truth date as Indeed writes it ("April 2021"), or a year alone. */
const indeedDate = (date) => (date.includes('-') ? `${FULL_MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}` : date);
/** A truth date as 사람인 writes it ("2021.01"). */
const saraminDate = (date) => date.replace('-', '.');

// ------------------------------------------------------------------------------------------------
// Chromium: an infographic with skill bars, a job site's résumé download, Markdown PDF

const ICONS = {
  phone: '<path d="M3 2h4l2 5-2.5 1.5a11 11 0 0 0 5 5L13 11l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 1 4a2 2 0 0 1 2-2z"/>',
  mail: '<path d="M2 4h16v12H2z M2 4l8 7 8-7" fill="none" stroke="currentColor" stroke-width="1.6"/>',
  pin: '<path d="M10 1a6 6 0 0 1 6 6c0 5-6 12-6 12S4 12 4 7a6 6 0 0 1 6-6zm0 4a2 2 0 1 0 0 4 2 2 0 0 0 0-4z"/>',
  link: '<path d="M8 12l4-4M7 9l-3 3a3 3 0 0 0 4 4l3-3M13 11l3-3a3 3 0 0 0-4-4L9 7" fill="none" stroke="currentColor" stroke-width="1.8"/>',
  user: '<circle cx="10" cy="6" r="4"/><path d="M2 19a8 8 0 0 1 16 0z"/>',
  case: '<path d="M7 4V2h6v2h5v13H2V4zm1 0h4V3H8z"/>',
  cap: '<path d="M10 3l9 4-9 4-9-4zM5 10v4c0 1.5 2.5 3 5 3s5-1.5 5-3v-4l-5 2.2z"/>',
  star: '<path d="M10 1l2.6 6 6.4.5-4.9 4.2 1.5 6.3L10 14.6 4.4 18l1.5-6.3L1 7.5 7.4 7z"/>',
  globe: '<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M2 10h16M10 2c3 3 3 13 0 16M10 2c-3 3-3 13 0 16" fill="none" stroke="currentColor" stroke-width="1.2"/>',
  award: '<circle cx="10" cy="7" r="5"/><path d="M6 11l-2 8 6-3 6 3-2-8z"/>',
};
const icon = (name) => `<svg class="ic" viewBox="0 0 20 20" fill="currentColor">${ICONS[name]}</svg>`;

function skillBarsPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['#1f6f8b', '#8b3a62', '#2e7d32', '#b5651d', '#4a4e9c'][index % 5];
  const contact = [['phone', basics.phone], ['mail', basics.email], ['pin', entry.presentation.home], ...labelledLinks(basics).map(([, url]) => ['link', bareUrl(url)])];
  const heading = (name, text) => `<h2>${icon(name)}<span>${e(korean ? text[1] : text[0])}</span></h2>`;
  let k = 0;
  const bar = (skill) => `<div class="skill"><div>${e(skill)}</div><div class="track"><div class="fill" style="width:${92 - ((k++ * 17) % 35)}%"></div></div></div>`;
  const left = [];
  if (skills.length > 0) {
    left.push(heading('star', ['Skills', '보유 기술']));
    if (entry.presentation.flatSkills) left.push(allSkills(skills).map(bar).join(''));
    else for (const group of skills) left.push(`<h3>${e(group.name)}</h3>${group.keywords.map(bar).join('')}`);
  }
  if (languages.length > 0) {
    left.push(heading('globe', ['Languages', '외국어']), ...languages.map((l) => {
      const filled = languageDots(l.fluency);
      return `<div class="lang"><div><b>${e(l.language)}</b> <small>${e(l.fluency)}</small></div><div class="dots">${'<i class="on"></i>'.repeat(filled)}${'<i></i>'.repeat(5 - filled)}</div></div>`;
    }));
  }
  if (certificates.length > 0) left.push(heading('award', ['Certificates', '자격증']), ...certificates.map((c) => `<p class="cert"><b>${e(c.name)}</b><br>${e(c.issuer)} · ${e(c.date)}</p>`));
  const right = [];
  if (basics.summary) right.push(heading('user', ['About me', '자기소개']), `<p>${e(basics.summary)}</p>`);
  const experience = [heading('case', ['Experience', '경력']), `<div class="line">${work.map((job, i) => {
    const [first, second] = roleFirst(job, entry);
    return `<div class="node"><span class="pill">${e(jobDates[i])}</span><div class="t">${e(first)}</div><div class="s">${e(second)}${job.location ? ` | ${e(job.location)}` : ''}</div>${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`;
  }).join('')}</div>`].join('');
  const educationPart = [heading('cap', ['Education', '학력']), `<div class="line">${education.map((school, i) => `<div class="node"><span class="pill">${e(schoolDates[i])}</span><div class="t">${e(degreeLine(school, i, entry))}</div><div class="s">${e(school.institution)}${school.score ? ` | ${e(school.score)}` : ''}</div></div>`).join('')}</div>`].join('');
  right.push(...inOrder(entry, experience, educationPart));
  const font = korean ? "'Noto Sans CJK KR', sans-serif" : "'DejaVu Sans', sans-serif";
  const body = `<style>body { margin: 0; font-family: ${font}; font-size: 8.6pt; color: #333; line-height: 1.38; }
    header { background: ${accent}; color: #fff; padding: 7mm 9mm 5mm; } header h1 { margin: 0; font-size: 23pt; letter-spacing: 1px; } header .label { font-size: 11pt; color: #e8eef2; margin: 1mm 0 3mm; }
    header .contact { display: flex; flex-wrap: wrap; gap: 1.5mm 6mm; font-size: 8.2pt; } header .contact span { display: inline-flex; align-items: center; gap: 1.5mm; }
    .ic { width: 3.4mm; height: 3.4mm; flex: none; } main { display: flex; gap: 7mm; padding: 4mm 9mm 0; } aside { width: 33%; } section { flex: 1; }
    h2 { display: flex; align-items: center; gap: 2mm; color: ${accent}; font-size: 10.5pt; text-transform: ${korean ? 'none' : 'uppercase'}; margin: 4mm 0 2mm; } h2 .ic { width: 5mm; height: 5mm; }
    h3 { font-size: 8.6pt; margin: 2mm 0 1mm; color: #555; } .skill { margin-bottom: 1.4mm; } .track { height: 1.6mm; background: #e3e3e3; border-radius: 1mm; } .fill { height: 100%; background: ${accent}; border-radius: 1mm; }
    .lang { margin-bottom: 1.6mm; } .lang small { color: #777; } .dots i { display: inline-block; width: 2.2mm; height: 2.2mm; border-radius: 50%; background: #ddd; margin-right: 1mm; } .dots i.on { background: ${accent}; }
    .cert { margin: 0 0 1.6mm; } .line { border-left: 2px solid ${accent}; margin-left: 1.5mm; padding-left: 5mm; } .node { margin-bottom: 3mm; }
    .node::before { content: ''; float: left; margin: .6mm 0 0 -7.1mm; width: 2.6mm; height: 2.6mm; border-radius: 50%; background: #fff; border: 2px solid ${accent}; }
    .pill { display: inline-block; background: ${accent}; color: #fff; border-radius: 3mm; padding: 0 2.2mm; font-size: 7.6pt; } .t { font-weight: bold; font-size: 9.6pt; margin-top: .6mm; } .s { color: #555; }
    ul { margin: 1mm 0 0; padding-left: 4mm; } p { margin: 0 0 1.5mm; }</style>
    <header><h1>${e(basics.name)}</h1>${basics.label ? `<div class="label">${e(basics.label)}</div>` : ''}<div class="contact">${contact.map(([name, value]) => `<span>${icon(name)}${e(value)}</span>`).join('')}</div></header>
    <main><aside>${left.join('')}</aside><section>${right.join('')}</section></main>`;
  return [body, { format: index % 3 === 0 ? 'Letter' : 'A4', printBackground: true, margin: { top: '0mm', bottom: '10mm', left: '0mm', right: '0mm' } }];
}

function indeedPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { schoolDates } = entry.presentation;
  const css = `<style>body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #2d2d2d; line-height: 1.45; }
    h1 { font-size: 20pt; margin: 0 0 1mm; } .contact div { margin: 0; } h2 { font-size: 13pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #d4d2d0; }
    .item { margin-bottom: 4mm; } .t { font-weight: bold; font-size: 11pt; } .m { color: #595959; } ul { margin: 1mm 0 0; padding-left: 5mm; } p { margin: 0 0 1.5mm; }
    table.k { width: 100%; border-collapse: collapse; margin-bottom: 3mm; } table.k th, table.k td { border: 1px solid #c9c9c9; padding: 1.5mm 2mm; text-align: left; vertical-align: top; font-size: 9.4pt; } table.k th { background: #f3f6fb; width: 22%; }
    .chips span { display: inline-block; border: 1px solid #9bb5dd; border-radius: 3mm; padding: 0 2.4mm; margin: 0 1mm 1.2mm 0; font-size: 9pt; } .total { color: #1a5fc8; font-weight: bold; }</style>`;
  if (isKorean(entry)) {
    const months = work.reduce((sum, job) => sum + stayMonths(job), 0);
    const last = education[education.length - 1];
    const parts = [`<div class="m">사람인 이력서 · ${e(basics.label ?? '')}</div><h1>${e(basics.name)}</h1>`,
      `<table class="k"><tr><th>휴대폰</th><td>${e(basics.phone)}</td><th>이메일</th><td>${e(basics.email)}</td></tr><tr><th>주소</th><td colspan="3">${e(entry.presentation.home)}</td></tr>${labelledLinks(basics).map(([label, url]) => `<tr><th>${e(label)}</th><td colspan="3">${e(bareUrl(url))}</td></tr>`).join('')}</table>`,
      `<table class="k"><tr><th>학력</th><td>${e(last.institution)} ${e(last.studyType === '전문학사' ? '(2,3년)' : '(4년)')} ${Number(last.endDate.slice(0, 4)) > 2026 ? '졸업예정' : '졸업'}</td><th>경력</th><td><span class="total">총 ${e(koreanLength(months))}</span></td></tr><tr><th>희망직무</th><td colspan="3">${e(basics.label ?? '')}</td></tr></table>`];
    const experience = `<h2>경력 <span class="total">총 ${e(koreanLength(months))}</span></h2>${work.map((job) => `<div class="item"><div class="t">${e(job.name)}</div><div class="m">${e(saraminDate(job.startDate))} ~ ${job.endDate ? e(saraminDate(job.endDate)) : '재직중'} (${e(koreanLength(stayMonths(job)))})</div><div>${e(job.position)}${job.location ? ` · ${e(job.location)}` : ''}</div>${job.highlights.length > 0 ? `<div><b>담당업무</b><ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul></div>` : ''}</div>`).join('')}`;
    const educationPart = `<h2>학력</h2><table class="k"><tr><th>재학기간</th><th>학교명</th><th>전공</th><th>학점</th></tr>${education.map((school, i) => `<tr><td>${e(schoolDates[i])}</td><td>${e(school.institution)}</td><td>${e(degreeLine(school, i, entry))}</td><td>${e(school.score ?? '')}</td></tr>`).join('')}</table>`;
    parts.push(...inOrder(entry, experience, educationPart));
    if (skills.length > 0) parts.push(`<h2>스킬</h2><div class="chips">${allSkills(skills).map((skill) => `<span>${e(skill)}</span>`).join(' ')}</div>`);
    if (certificates.length > 0) parts.push(`<h2>자격증</h2><table class="k"><tr><th>취득일</th><th>자격증명</th><th>발행처</th></tr>${certificates.map((c) => `<tr><td>${e(c.date.replace('-', '.'))}</td><td>${e(c.name)}</td><td>${e(c.issuer)}</td></tr>`).join('')}</table>`);
    if (languages.length > 0) parts.push(`<h2>어학</h2><table class="k"><tr><th>언어</th><th>시험 / 수준</th></tr>${languages.map((l) => `<tr><td>${e(l.language)}</td><td>${e(l.fluency)}</td></tr>`).join('')}</table>`);
    if (basics.summary) parts.push(`<h2>자기소개서</h2><p>${e(basics.summary)}</p>`);
    return [`${css}${parts.join('\n')}`, { format: 'A4', margin: { top: '14mm', bottom: '14mm', left: '15mm', right: '15mm' } }];
  }
  const location = [basics.location.city, basics.location.region].filter(Boolean).join(', ');
  const parts = [`<h1>${e(basics.name)}</h1><div class="contact">${basics.label ? `<div>${e(basics.label)}</div>` : ''}<div>${e(location)}</div><div>${e(basics.email)}</div><div>${e(basics.phone)}</div>${labelledLinks(basics).map(([, url]) => `<div>${e(url)}</div>`).join('')}</div>`];
  if (basics.summary) parts.push(`<p style="margin-top:4mm">${e(basics.summary)}</p>`);
  const experience = `<h2>Work Experience</h2>${work.map((job) => `<div class="item"><div class="t">${e(job.position)}</div><div>${e(job.name)}${job.location ? ` - ${e(job.location)}` : ''}</div><div class="m">${e(indeedDate(job.startDate))} to ${job.endDate ? e(indeedDate(job.endDate)) : 'Present'}</div>${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`).join('')}`;
  const educationPart = `<h2>Education</h2>${education.map((school, i) => `<div class="item"><div class="t">${e(entry.presentation.degreeTexts[i])}</div><div>${e(school.institution)}</div><div class="m">${e(school.startDate.slice(0, 4))} to ${e(school.endDate.slice(0, 4))}</div>${school.score ? `<div class="m">${e(school.score)}</div>` : ''}</div>`).join('')}`;
  parts.push(...inOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(`<h2>Skills</h2><ul>${allSkills(skills).map((skill) => `<li>${e(skill)}</li>`).join('')}</ul>`);
  if (languages.length > 0) parts.push(`<h2>Languages</h2><ul>${languages.map((l) => `<li>${e(l.language)} - ${e(l.fluency)}</li>`).join('')}</ul>`);
  if (certificates.length > 0) parts.push(`<h2>Certifications and Licenses</h2>${certificates.map((c) => `<div class="item"><div class="t">${e(c.name)}</div><div class="m">${e(c.issuer)}, ${e(c.date)}</div></div>`).join('')}`);
  return [`${css}${parts.join('\n')}`, { format: index % 2 === 0 ? 'Letter' : 'A4', margin: { top: '16mm', bottom: '16mm', left: '17mm', right: '17mm' } }];
}

const MARKDOWN = new MarkdownIt({ html: false, linkify: true });

/** The Markdown file printed as VS Code's "Markdown PDF" does (GitHub's look, its header and footer). */
function markdownPdfPage(entry, index, markdown) {
  const korean = isKorean(entry);
  const font = korean ? "'Noto Sans CJK KR', sans-serif" : "-apple-system, 'Segoe UI', 'Liberation Sans', 'DejaVu Sans', sans-serif";
  const body = `<style>body { margin: 0; font-family: ${font}; font-size: 10.5pt; color: #24292e; line-height: 1.5; }
    h1 { font-size: 2em; border-bottom: 1px solid #eaecef; padding-bottom: .3em; margin: 0 0 .5em; } h2 { font-size: 1.5em; border-bottom: 1px solid #eaecef; padding-bottom: .3em; margin: 1.2em 0 .6em; } h3 { font-size: 1.15em; margin: 1em 0 .3em; }
    hr { height: .25em; border: 0; background: #e1e4e8; margin: 1em 0; } a { color: #0366d6; text-decoration: none; } p { margin: 0 0 .7em; } ul { margin: 0 0 .7em; padding-left: 2em; }
    table { border-collapse: collapse; margin: 0 0 1em; } th, td { border: 1px solid #dfe2e5; padding: 4px 11px; } tr:nth-child(2n) { background: #f6f8fa; } em { color: #444; }</style>
    ${MARKDOWN.render(markdown)}`;
  const file = `${entry.id.split('-').slice(2).join('_')}_${korean ? '이력서' : 'resume'}.md`;
  const small = 'font-size: 9px; font-family: sans-serif; width: 100%; margin: 0 1cm; display: flex; justify-content: space-between;';
  return [body, {
    format: index % 2 === 0 ? 'A4' : 'Letter', displayHeaderFooter: true,
    headerTemplate: `<div style="${small}"><span>${e(file)}</span><span>2026. 12. 1.</span></div>`,
    footerTemplate: `<div style="${small} justify-content: center;"><span class="pageNumber"></span>&nbsp;/&nbsp;<span class="totalPages"></span></div>`,
    margin: { top: '1.5cm', bottom: '1cm', left: '1cm', right: '1cm' },
  }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-skillbars.pdf`), pinPdf(await print(...skillBarsPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-indeedexport.pdf`), pinPdf(await print(...indeedPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-mdexport.pdf`), pinPdf(await print(...markdownPdfPage(entry, index, pandocMarkdown(entry)))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// Markdown written for pandoc

/** Markdown's special characters in running text escaped (a period after a number, `*`, `_`, `|`…). */
const md = (text) => text.replace(/([\\`*_[\]#|])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');

function pandocMarkdown(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const contact = [md(entry.presentation.home), md(basics.phone), `<${basics.email}>`, ...labelledLinks(basics).map(([label, url]) => `[${md(korean ? bareUrl(url) : label)}](${url})`)];
  const out = [`# ${md(basics.name)}`, ''];
  if (basics.label) out.push(`*${md(basics.label)}*`, '');
  out.push(contact.join(' · '), '', '***', '');
  if (basics.summary) out.push(`## ${korean ? '소개' : 'Summary'}`, '', md(basics.summary), '');
  const experience = [`## ${korean ? '경력' : 'Experience'}`, ''];
  if (korean) {
    experience.push('| 기간 | 회사 | 직위 |', '|---|---|---|', ...work.map((job, i) => `| ${md(jobDates[i])} | ${md(job.name)} | ${md(job.position)} |`), '');
    for (const [i, job] of work.entries()) {
      experience.push(`### ${md(job.name)} — ${md(job.position)}`, '', `*${md(jobDates[i])}${job.location ? ` · ${md(job.location)}` : ''}*`, '');
      if (job.highlights.length > 0) experience.push(...job.highlights.map((h) => `- ${md(h)}`), '');
    }
  } else {
    for (const [i, job] of work.entries()) {
      const [first, second] = roleFirst(job, entry);
      experience.push(`**${md(first)}** · ${md(second)}\\`, `*${md(jobDates[i])}${job.location ? ` — ${md(job.location)}` : ''}*`, '');
      if (job.highlights.length > 0) experience.push(...job.highlights.map((h) => `- ${md(h)}`), '');
    }
  }
  const educationPart = [`## ${korean ? '학력' : 'Education'}`, ''];
  for (const [i, school] of education.entries()) {
    educationPart.push(`**${md(school.institution)}**\\`, `${md(degreeLine(school, i, entry))}, ${md(schoolDates[i])}${school.score ? ` (${md(school.score)})` : ''}`, '');
  }
  out.push(...inOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    out.push(`## ${korean ? '기술' : 'Skills'}`, '');
    if (entry.presentation.flatSkills) out.push(allSkills(skills).map(md).join(', '), '');
    else out.push(korean ? '| 분야 | 기술 |' : '| Area | Skills |', '|---|---|', ...skills.map((group) => `| ${md(group.name)} | ${group.keywords.map(md).join(', ')} |`), '');
  }
  if (languages.length > 0) out.push(`## ${korean ? '외국어' : 'Languages'}`, '', korean ? '| 언어 | 수준 |' : '| Language | Level |', '|---|---|', ...languages.map((l) => `| ${md(l.language)} | ${md(l.fluency)} |`), '');
  if (certificates.length > 0) out.push(`## ${korean ? '자격증' : 'Certificates'}`, '', ...certificates.map((c) => `- ${md(c.name)}, ${md(c.issuer)} (${md(c.date)})`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------
// DOCX (the `docx` package): an employer's application form; the Koreans' NCS 입사지원서

const DOT_LIST = { config: [{ reference: 'dots', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 280, hanging: 200 } } } }] }] };
const run = (text, options = {}) => new TextRun({ text, ...options });
const line = (text, options = {}, paragraph = {}) => new Paragraph({ ...paragraph, children: [run(text, options)] });
const dot = (text) => new Paragraph({ numbering: { reference: 'dots', level: 0 }, children: [run(text)] });
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '404040' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const SHADE = { type: ShadingType.CLEAR, fill: 'DCE6F0', color: 'auto' };
const A4 = { width: 11906, height: 16838 };
const LETTER = { width: 12240, height: 15840 };

/** A table cell of paragraphs (a string is one paragraph), shaded and bold when it is a label. */
const cell = (content, { label = false, span } = {}) => new TableCell({
  margins: { top: 50, bottom: 50, left: 90, right: 90 }, ...(label ? { shading: SHADE } : {}), ...(span ? { columnSpan: span } : {}),
  children: typeof content === 'string' ? [line(content, label ? { bold: true } : {})] : content,
});
const grid = (widths, rows) => new Table({
  width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, borders: BORDERS,
  rows: rows.map((cells) => new TableRow({ cantSplit: true, children: cells })),
});
/** Label | value rows. */
const labelled = (widths, rows) => grid(widths, rows.map(([label, value]) => [cell(label, { label: true }), cell(value)]));
/** A header row of labels over rows of values. */
const headed = (widths, header, rows) => grid(widths, [header.map((text) => cell(text, { label: true })), ...rows.map((values) => values.map((value) => cell(value)))]);

function appFormDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const section = (text) => line(text, { bold: true, size: 22, color: '1F3864' }, { spacing: { before: 240, after: 80 }, keepNext: true });
  const duties = (job) => (job.highlights.length > 0 ? job.highlights.map(dot) : [line('')]);
  const links = labelledLinks(basics).map(([label, url]) => [label, bareUrl(url)]);
  const body = [];
  if (korean) {
    body.push(line('입 사 지 원 서', { bold: true, size: 36 }, { alignment: AlignmentType.CENTER, spacing: { after: 120 } }), line(`지원분야: ${basics.label ?? ''}`, {}, { alignment: AlignmentType.RIGHT, spacing: { after: 120 } }));
    body.push(section('1. 인적사항'), labelled([2000, 7600], [['성명', basics.name], ['휴대전화', basics.phone], ['전자우편', basics.email], ['현주소', entry.presentation.home], ...links]));
    const educationPart = [section('2. 학력사항'), headed([2600, 2700, 2600, 1700], ['기간', '학교명', '전공 및 학위', '학점'], education.map((school, i) => [schoolDates[i], school.institution, degreeLine(school, i, entry), school.score ?? '']))];
    const experience = [section('3. 경력사항'), grid([900, 2300, 2000, 2000, 2400], [
      ['구분', '기관명', '직위/역할', '근무기간', '담당 직무'].map((text) => cell(text, { label: true })),
      ...work.map((job, i) => [cell('경력'), cell(job.name), cell(job.position), cell(jobDates[i]), cell(job.highlights.length > 0 ? job.highlights.map((h) => line(`- ${h}`)) : job.location ?? '')]),
    ])];
    // The form fixes the order of its parts (학력 before 경력), whatever order the person prefers elsewhere.
    body.push(...educationPart, ...experience);
    if (certificates.length > 0) body.push(section('4. 자격사항'), headed([4200, 3200, 2200], ['자격증명', '발급기관', '취득일자'], certificates.map((c) => [c.name, c.issuer, c.date.replace('-', '.')])));
    if (languages.length > 0) body.push(section('5. 외국어'), headed([3000, 6600], ['외국어', '시험명 / 수준'], languages.map((l) => [l.language, l.fluency])));
    if (skills.length > 0) body.push(section('6. 직무능력'), entry.presentation.flatSkills ? line(allSkills(skills).join(', ')) : labelled([2400, 7200], skills.map((group) => [group.name, group.keywords.join(', ')])));
    if (basics.summary) body.push(section('7. 자기소개서'), line('① 지원 동기 및 입사 후 포부', { bold: true }), line(basics.summary));
    body.push(line('위 사항은 사실과 다름이 없음을 확인합니다.', {}, { alignment: AlignmentType.CENTER, spacing: { before: 360 } }), line('2026. 12. 1.', {}, { alignment: AlignmentType.CENTER }), line(`지원자: ${basics.name} (서명)`, {}, { alignment: AlignmentType.RIGHT }));
  } else {
    const letter = (n, text) => section(`Section ${'ABCDEFG'[n]} – ${text}`);
    let n = 0;
    body.push(line('APPLICATION FOR EMPLOYMENT', { bold: true, size: 32 }, { alignment: AlignmentType.CENTER, spacing: { after: 60 } }), line('Please complete in full. Curricula vitae are accepted only as a supplement to this form.', { italics: true, size: 16 }, { alignment: AlignmentType.CENTER, spacing: { after: 120 } }));
    body.push(letter(n++, 'Personal details'), labelled([2800, 6800], [['Full name', basics.name], ['Post applied for', basics.label ?? ''], ['Address', entry.presentation.home], ['Telephone', basics.phone], ['E-mail', basics.email], ...links]));
    const educationPart = () => [letter(n++, 'Education and qualifications'), headed([2000, 4000, 3600], ['Dates', 'School / College / University', 'Qualification obtained'], education.map((school, i) => [schoolDates[i], school.institution, `${entry.presentation.degreeTexts[i]}${school.score ? ` – ${school.score}` : ''}`]))];
    const experience = () => [letter(n++, 'Employment history (most recent first)'), ...work.flatMap((job, i) => [grid([2800, 6800], [
      [cell('Employer', { label: true }), cell(job.name)], [cell('Job title', { label: true }), cell(job.position)],
      ...(job.location ? [[cell('Location', { label: true }), cell(job.location)]] : []),
      [cell('From – To', { label: true }), cell(jobDates[i])], [cell('Main duties', { label: true }), cell(duties(job))],
    ]), line('', {}, { spacing: { after: 60 } })])];
    // The form fixes the order of its sections (employment before education), whatever order the person prefers elsewhere.
    body.push(...experience(), ...educationPart());
    if (skills.length > 0) body.push(letter(n++, 'Skills'), entry.presentation.flatSkills ? line(allSkills(skills).join(', ')) : labelled([2800, 6800], skills.map((group) => [group.name, group.keywords.join(', ')])));
    if (languages.length > 0) body.push(letter(n++, 'Languages'), headed([4000, 5600], ['Language', 'Level'], languages.map((l) => [l.language, l.fluency])));
    if (certificates.length > 0) body.push(letter(n++, 'Professional registration and licences'), headed([4400, 3400, 1800], ['Certificate / licence', 'Awarding body', 'Date'], certificates.map((c) => [c.name, c.issuer, c.date])));
    if (basics.summary) body.push(letter(n++, 'Supporting statement'), line(basics.summary));
    body.push(line('Declaration: I confirm that the information given on this form is true and complete.', { italics: true }, { spacing: { before: 300 } }), line(`Signed: ${basics.name}          Date: ${index % 2 === 0 ? '01/12/2026' : '1 December 2026'}`));
  }
  const latin = korean ? 'Malgun Gothic' : 'Calibri';
  return Packer.toBuffer(new Document({
    creator: 'Candor eighth held-back résumé set', title: korean ? `입사지원서_${basics.name}` : `Application form ${basics.name}`,
    styles: {
      default: { document: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: 'Noto Sans CJK KR', cs: latin }, size: 19 }, paragraph: { spacing: { after: 20 } } } },
      characterStyles: [{ id: 'Hyperlink', name: 'Hyperlink', run: { color: '0563C1', underline: {} } }],
    },
    numbering: DOT_LIST,
    sections: [{ properties: { page: { size: korean || index % 2 === 0 ? A4 : LETTER, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } }, children: body }],
  }));
}

// ------------------------------------------------------------------------------------------------
// A flat ODT in the Harvard template, saved as DOCX by LibreOffice

const ODT_NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"', 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"', 'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"', 'xmlns:xlink="http://www.w3.org/1999/xlink"',
].join(' ');

function harvardOdt(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const x = escapeXml;
  const letter = !korean && index % 2 === 1;
  const textWidth = letter ? '17.59cm' : '17cm';
  const latin = korean ? 'Noto Sans CJK KR' : index % 3 === 0 ? 'Liberation Serif' : 'Carlito';
  const p = (style, content) => `<text:p text:style-name="${style}">${content}</text:p>`;
  const b = (text) => `<text:span text:style-name="B">${x(text)}</text:span>`;
  const i = (text) => `<text:span text:style-name="I">${x(text)}</text:span>`;
  const tabbed = (style, left, right) => p(style, `${left}${right ? `<text:tab/>${right}` : ''}`);
  const list = (items) => (items.length > 0 ? `<text:list text:style-name="L1">${items.map((item) => `<text:list-item>${p('Bullet', x(item))}</text:list-item>`).join('')}</text:list>` : '');
  const heading = (text) => p('Head', x(korean ? text[1] : text[0].toUpperCase()));
  const contact = [x(entry.presentation.home), x(basics.phone), `<text:a xlink:type="simple" xlink:href="mailto:${x(basics.email)}">${x(basics.email)}</text:a>`,
    ...labelledLinks(basics).map(([, url]) => `<text:a xlink:type="simple" xlink:href="${x(url)}">${x(bareUrl(url))}</text:a>`)].join(' • ');
  const body = [p('Name', x(basics.name)), p('Center', contact)];
  if (basics.label) body.push(p('Center', i(basics.label)));
  if (basics.summary) body.push(heading(['Profile', '요약']), p('Standard', x(basics.summary)));
  const experience = [heading(['Experience', '경력'])];
  for (const [n, job] of work.entries()) {
    const [first, second] = roleFirst(job, entry);
    experience.push(tabbed('RowTop', b(korean ? first : first.toUpperCase()), x(job.location ?? '')), tabbed('Row', i(second), x(jobDates[n])), list(job.highlights));
  }
  const educationPart = [heading(['Education', '학력'])];
  for (const [n, school] of education.entries()) {
    educationPart.push(tabbed('RowTop', b(korean ? school.institution : school.institution.toUpperCase()), ''), tabbed('Row', x(degreeLine(school, n, entry)), x(schoolDates[n])));
    if (school.score) educationPart.push(p('Standard', x(korean ? `학점 ${school.score}` : school.score)));
  }
  body.push(...inOrder(entry, experience, educationPart).flat());
  const extra = [];
  if (skills.length > 0) {
    if (entry.presentation.flatSkills) extra.push(p('Standard', `${b(korean ? '기술: ' : 'Skills: ')}${x(allSkills(skills).join(', '))}`));
    else extra.push(...skills.map((group) => p('Standard', `${b(`${group.name}: `)}${x(group.keywords.join(', '))}`)));
  }
  if (languages.length > 0) extra.push(p('Standard', `${b(korean ? '외국어: ' : 'Languages: ')}${x(languages.map((l) => `${l.language} (${l.fluency})`).join(', '))}`));
  if (certificates.length > 0) extra.push(p('Standard', `${b(korean ? '자격증: ' : 'Certifications: ')}${x(certificates.map((c) => `${c.name}, ${c.issuer} (${c.date})`).join('; '))}`));
  if (extra.length > 0) body.push(heading(['Skills & Languages', '기술 · 자격 · 외국어']), ...extra);
  const para = (name, paragraph, textProps = '', parent = 'Standard') => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${parent}"><style:paragraph-properties ${paragraph}/>${textProps ? `<style:text-properties ${textProps}/>` : ''}</style:style>`;
  const tabs = `<style:tab-stops><style:tab-stop style:position="${textWidth}" style:type="right"/></style:tab-stops>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${ODT_NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">${x(basics.name)}</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="${latin}" svg:font-family="'${latin}'"/><style:font-face style:name="Noto Sans CJK KR" svg:font-family="'Noto Sans CJK KR'"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="${latin}" fo:font-size="10.5pt" style:font-name-asian="Noto Sans CJK KR" style:font-size-asian="10.5pt" fo:language="${korean ? 'ko' : 'en'}" fo:country="${korean ? 'KR' : 'US'}"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${letter ? '21.59cm' : '21cm'}" fo:page-height="${letter ? '27.94cm' : '29.7cm'}" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
${para('Name', 'fo:text-align="center" fo:margin-bottom="0.1cm"', 'fo:font-size="16pt" fo:font-weight="bold" style:font-size-asian="16pt" style:font-weight-asian="bold"')}
${para('Center', 'fo:text-align="center"')}
${para('Head', 'fo:text-align="center" fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.05cm" fo:keep-with-next="always"', 'fo:font-weight="bold" style:font-weight-asian="bold" fo:font-size="11pt"')}
<style:style style:name="Row" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:keep-with-next="always">${tabs}</style:paragraph-properties></style:style>
<style:style style:name="RowTop" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.22cm" fo:keep-with-next="always">${tabs}</style:paragraph-properties></style:style>
${para('Bullet', 'fo:margin-left="0cm"')}
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
${body.filter(Boolean).join('\n')}
</office:text></office:body>
</office:document>
`;
}

// ------------------------------------------------------------------------------------------------
// LuaLaTeX with europecv (the old Europass CV)

function europecvSource(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const x = escapeLatex;
  const dashes = (text) => x(text).replace(/ – /g, ' -- ').replace(/(\d)–/g, '$1--').replace(/–(\d)/g, '--$1');
  const label = (en, ko) => (korean ? ko : en);
  const item = (left, right, space = '') => `\\ecvitem${space ? `[${space}]` : ''}{${left}}{${right}}`;
  const link = (url) => `\\href{${url.replace(/[%#]/g, '\\$&')}}{${x(bareUrl(url))}}`;
  const out = [];
  if (korean) {
    out.push(`\\ecvsection{인적 사항}`, item('성명', `\\textbf{${x(basics.name)}}`), item('주소', x(entry.presentation.home)), item('전화', x(basics.phone)), item('이메일', `\\href{mailto:${basics.email}}{${x(basics.email)}}`));
  } else {
    out.push('\\ecvpersonalinfo[5pt]');
  }
  out.push(...labelledLinks(basics).map(([name, url]) => item(x(name), link(url))));
  if (basics.label) out.push(item(label('Desired employment / Occupational field', '희망 직무'), `\\textbf{${x(basics.label)}}`, '10pt'));
  if (basics.summary) out.push(item(label('Profile', '요약'), x(basics.summary), '6pt'));
  const experience = [`\\ecvsection{${label('Work experience', '경력')}}`];
  for (const [i, job] of work.entries()) {
    experience.push(item(label('Dates', '기간'), dashes(jobDates[i]), i > 0 ? '10pt' : ''), item(label('Occupation or position held', '직위'), `\\textbf{${x(job.position)}}`));
    if (job.highlights.length > 0) experience.push(item(label('Main activities and responsibilities', '주요 업무'), job.highlights.map((h) => `\\textbullet{} ${x(h)}`).join('\\newline ')));
    experience.push(item(label('Name and address of employer', '회사명 및 소재지'), [job.name, job.location].filter(Boolean).map(x).join(', ')));
  }
  const educationPart = [`\\ecvsection{${label('Education and training', '학력')}}`];
  for (const [i, school] of education.entries()) {
    educationPart.push(item(label('Dates', '기간'), dashes(schoolDates[i]), i > 0 ? '10pt' : ''), item(label('Title of qualification awarded', '학위 / 전공'), `\\textbf{${x(degreeLine(school, i, entry))}}`), item(label('Name and type of organisation providing education and training', '학교명'), x(school.institution)));
    if (school.score) educationPart.push(item(label('Level / grade', '학점'), x(school.score)));
  }
  out.push(...inOrder(entry, experience, educationPart).flat());
  out.push(`\\ecvsection{${label('Personal skills and competences', '외국어 및 기술')}}`);
  if (korean) out.push(...languages.map((l) => item(x(l.language), x(l.fluency))));
  else {
    const native = languages.filter((l) => isNative(l.fluency));
    const other = languages.filter((l) => !isNative(l.fluency));
    if (native.length > 0) out.push(item('Mother tongue(s)', `\\textbf{${native.map((l) => x(l.language)).join(', ')}}`));
    if (other.length > 0) out.push(item('Other language(s)', other.map((l) => `${x(l.language)} (${x(l.fluency)})`).join(', ')));
  }
  if (skills.length > 0) {
    if (entry.presentation.flatSkills) out.push(item(label('Skills', '보유 기술'), allSkills(skills).map(x).join(', '), '6pt'));
    else skills.forEach((group, n) => out.push(item(x(group.name), group.keywords.map(x).join(', '), n === 0 ? '6pt' : '')));
  }
  if (certificates.length > 0) out.push(`\\ecvsection{${label('Additional information', '자격증')}}`, ...certificates.map((c) => item(x(c.date), `${x(c.name)}, ${x(c.issuer)}`)));
  const fallback = korean ? 'Noto Sans CJK KR' : 'DejaVu Sans';
  return `\\documentclass[english,${index % 2 === 0 ? 'a4paper' : 'letterpaper'},nologo]{europecv}
\\usepackage[${index % 2 === 0 ? 'a4paper' : 'letterpaper'},left=1.6cm,right=1.6cm,top=1.8cm,bottom=2cm]{geometry}
\\usepackage{fontspec}\\directlua{luaotfload.add_fallback('ecvfallback', {'${fallback}:mode=node;'})}\\setmainfont{Liberation Sans}[RawFeature={fallback=ecvfallback}]
\\usepackage[hidelinks]{hyperref}\\urlstyle{same}
\\hyphenpenalty=10000\\exhyphenpenalty=10000
\\ecvname{${x(basics.name)}}
${korean ? '' : `\\ecvaddress{${x(entry.presentation.home)}}\\ecvtelephone{${x(basics.phone)}}\\ecvemail{\\href{mailto:${basics.email}}{${x(basics.email)}}}`}
\\begin{document}
\\begin{europecv}
${out.join('\n')}
\\end{europecv}
\\end{document}
`;
}

// ------------------------------------------------------------------------------------------------
// Plain text as an outline (roman numerals; the Koreans' 1. 가. 1) 가))

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const GANADA = ['가', '나', '다', '라', '마', '바', '사', '아'];

function outlineText(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const wrap = (text, indent, width = 76) => wrapWords(text, width - indent.length).map((part) => `${indent}${part}`);
  const hanging = (marker, text, indent) => wrapWords(text, 76 - indent.length - marker.length).map((part, n) => `${indent}${n === 0 ? marker : ' '.repeat(marker.length)}${part}`);
  const sections = [];
  if (korean) {
    sections.push(['인적사항', [['성명', basics.name], ['지원분야', basics.label ?? ''], ['연락처', basics.phone], ['이메일', basics.email], ['주소', entry.presentation.home], ...labelledLinks(basics).map(([name, url]) => [name, bareUrl(url)])].map(([k, v], n) => `   ${GANADA[n]}. ${k}: ${v}`)]);
    const experience = ['경력사항', work.flatMap((job, i) => [
      `   ${GANADA[i]}. ${job.name} (${jobDates[i]})`, `      1) 직위: ${job.position}`, ...(job.location ? [`      2) 근무지: ${job.location}`] : []),
      ...(job.highlights.length > 0 ? [`      ${job.location ? 3 : 2}) 담당업무`, ...job.highlights.flatMap((h, n) => hanging(`${GANADA[n]}) `, h, '         '))] : []),
    ])];
    const educationPart = ['학력사항', education.map((school, i) => `   ${GANADA[i]}. ${schoolDates[i]}  ${school.institution} ${degreeLine(school, i, entry)}${school.score ? ` (학점 ${school.score})` : ''}`)];
    sections.push(...inOrder(entry, experience, educationPart));
    if (certificates.length > 0) sections.push(['자격사항', certificates.map((c, i) => `   ${GANADA[i]}. ${c.name} (${c.issuer}, ${c.date.replace('-', '.')})`)]);
    if (languages.length > 0) sections.push(['외국어', languages.map((l, i) => `   ${GANADA[i]}. ${l.language}: ${l.fluency}`)]);
    if (skills.length > 0) sections.push(['보유 기술', entry.presentation.flatSkills ? wrap(allSkills(skills).join(', '), '   ') : skills.map((group, i) => `   ${GANADA[i]}. ${group.name}: ${group.keywords.join(', ')}`)]);
    if (basics.summary) sections.push(['자기소개', wrap(basics.summary, '   ')]);
    return `${['이  력  서', '', ...sections.flatMap(([title, lines], n) => [`${n + 1}. ${title}`, ...lines, ''])].join('\n').trimEnd()}\n`;
  }
  const pad = (label) => `${label}${' '.repeat(Math.max(1, 18 - label.length))}: `;
  sections.push(['PERSONAL DATA', [['Name', basics.name], ['Position sought', basics.label ?? ''], ['Address', entry.presentation.home], ['Mobile', basics.phone], ['E-mail', basics.email], ...labelledLinks(basics).map(([name, url]) => [name, bareUrl(url)])].map(([k, v]) => `     ${pad(k)}${v}`)]);
  if (basics.summary) sections.push(['PROFILE', wrap(basics.summary, '     ')]);
  const experience = [index % 2 === 0 ? 'EMPLOYMENT RECORD' : 'WORK EXPERIENCE', work.flatMap((job, i) => {
    const [first, second] = roleFirst(job, entry);
    return [...(i > 0 ? [''] : []), `     ${i + 1}. ${first}, ${second}${job.location ? ` (${job.location})` : ''}`, `        Period: ${jobDates[i]}`, ...job.highlights.flatMap((h, n) => hanging(`${'abcdefgh'[n]}) `, h, '        '))];
  })];
  const educationPart = ['EDUCATION', education.flatMap((school, i) => [`     ${i + 1}. ${school.institution}`, `        ${entry.presentation.degreeTexts[i]}, ${schoolDates[i]}`, ...(school.score ? [`        ${school.score}`] : [])])];
  sections.push(...inOrder(entry, experience, educationPart));
  if (skills.length > 0) sections.push(['SKILLS', entry.presentation.flatSkills ? wrap(allSkills(skills).join(', '), '     ') : skills.flatMap((group) => wrap(`${group.name}: ${group.keywords.join(', ')}`, '     '))]);
  if (languages.length > 0) sections.push(['LANGUAGES', languages.map((l) => `     ${pad(l.language)}${l.fluency}`)]);
  if (certificates.length > 0) sections.push(['CERTIFICATES AND LICENCES', certificates.map((c, i) => `     ${i + 1}. ${c.name}, ${c.issuer}, ${c.date}`)]);
  const title = index % 3 === 0 ? 'CURRICULUM VITAE' : 'RESUME';
  return `${[title, '', ...sections.flatMap(([heading, lines], n) => [`${`${ROMAN[n]}.`.padEnd(5)}${heading}`, ...lines, ''])].join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-skillbars': 'pdf', 'html-indeedexport': 'pdf', 'html-mdexport': 'pdf', 'markdown-pandoc': 'md',
  'docx-appform': 'docx', 'libreoffice-odtharvard': 'docx', 'latex-europecv': 'pdf', 'text-outline': 'txt',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'eighth held-back résumé set',
  people: buildHoldout8Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (eighth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  async render(people) {
    await renderChromium(people);
    const odts = [];
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-pandoc.md`), pandocMarkdown(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-appform.docx`), pinDocx(await appFormDocx(entry, index)));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-outline.txt`), outlineText(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.latex-europecv.pdf`), pinPdf(typesetLua(europecvSource(entry, index))));
      odts.push([`${entry.id}.harvard`, 'fodt', harvardOdt(entry, index)]);
    }
    const docxs = sofficeConvert(odts, 'docx:MS Word 2007 XML', 'docx');
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-odtharvard.docx`), pinDocx(docxs.get(`${entry.id}.harvard`)));
  },
});
