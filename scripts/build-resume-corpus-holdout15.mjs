// Builds the fifteenth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout15/):
// 30 people written out by hand (scripts/resume-corpus-holdout15-content.mjs; 22 in English from eleven
// countries and territories no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts
// no earlier set (resume-corpus, -fresh, -holdout … -holdout14, -ko) uses:
// - `html-gdocsmodernwriter` Chromium; like Google Docs' "Modern Writer" template downloaded as PDF: the contact
//                          stacked top left in a monospaced face, the name in large monospace, coloured monospace
//                          headings, jobs as "Employer, place — Title" over the dates in spaced capitals.
// - `html-gsheets`         Chromium; a résumé typed into a spreadsheet (Google Sheets, "Download → PDF" with
//                          gridlines): every value in a cell of a grid, label cells on the left, a filled band per
//                          section, one row per job (dates | title | employer | place) and the duties in merged
//                          cells under it; Koreans the classic 엑셀 이력서 grid (성명 | 연락처 …, 근무기간 | 회사명 …).
// - `html-textareaprint`   Chromium; a job application web form printed from the browser after the person PASTED
//                          their plain-text résumé into its "Paste your résumé" box (which grows with the text):
//                          First/Last name, e-mail and phone fields above, the pasted text in a bordered monospace
//                          box, wrapped by the box; the browser's header and footer with the form's URL.
// - `html-ghpages`         Chromium; a résumé page on GitHub Pages with the Jekyll "minimal" theme printed from
//                          the browser: name, headline, contact and link buttons in the LEFT header column, the
//                          Markdown content on the right with jobs as "### Title @ Employer".
// - `html-reactiveresume`  Chromium; Reactive Resume's "Onyx"-like PDF export: contact row with icons, profiles
//                          as "network / username", every entry with the dates RIGHT-ALIGNED on its first line and
//                          the place on the second, skills and languages with a level word.
// - `docx-softbreaks`      the `docx` package; a Word résumé typed with SHIFT+ENTER: each block (the contact, each
//                          job, each school, each skill list) is ONE paragraph whose lines are manual line breaks,
//                          headings are bold capital Normal paragraphs (no heading styles).
// - `text-pdfcopy`         plain text as a person gets it by selecting all in a PDF viewer and pasting into a text
//                          editor: the PDF's lines kept (wrapped where the page wrapped them, a space before each
//                          line end), Word's Symbol bullets as U+F0B7, a right-aligned date run onto its line after
//                          one space, no blank lines, the running header and "Page 1 of 2" footer in the text.
// - `markdown-logseq`      a Logseq page (pages/CV.md): page properties (`key:: value`) for the contact, every line
//                          a "- " block nested with tabs, job details as block properties (`dates::`, `place::`),
//                          employers and schools as [[links]], skills as #[[tags]], certificates as DONE tasks.
// The rendered files are committed (CI needs no Chromium to read them).
//
// `npx node scripts/build-resume-corpus-holdout15.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit. Needs /usr/bin/chromium (neither LibreOffice nor TeX); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, bulletsHtml, certificateYearLine, degreeLine, displayColumns, escapeHtml, isKorean, labelledLinks, namesInOrder, pinDocx, pinPdf, printFooter, printHeader,
  sansFont, say, sectionsInOrder, withChromiumPrinter, wrapWords,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout15Content } from './resume-corpus-holdout15-content.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout15');
const FROZEN_ON = '2026-12-02';
const e = escapeHtml;

/** [first name, the rest] as a form splits a name (the first word is the first name). */
const nameParts = (name) => { const [first, ...rest] = name.split(' '); return [first, rest.join(' ')]; };
/** A LinkedIn/GitHub/Instagram URL's user name (the last path part). */
const username = (url) => url.replace(/\/+$/, '').split('/').at(-1);


// ------------------------------------------------------------------------------------------------
// Google Docs "Modern Writer"

function modernWriterPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const accent = ['#ff5e0e', '#e91d63', '#2e7d9a'][index % 3];
  const mono = korean ? "'Noto Sans Mono CJK KR', 'Noto Sans CJK KR'" : "'Liberation Mono', 'DejaVu Sans Mono'";
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; font-size: 9.5pt; color: #666; line-height: 1.4; }
    .contact { font-family: ${mono}; font-size: 8.5pt; color: #000; } .contact p { margin: 0; }
    h1 { font-family: ${mono}; font-size: 28pt; font-weight: bold; color: #000; margin: 5mm 0 1mm; } .headline { font-family: ${mono}; font-size: 10pt; color: #000; margin: 0 0 3mm; }
    h2 { font-family: ${mono}; font-size: 10pt; font-weight: bold; color: ${accent}; margin: 5mm 0 1.5mm; } h2::before { content: ''; display: block; width: 7mm; border-top: 2pt solid ${accent}; margin-bottom: 1.5mm; }
    .what { font-size: 10pt; color: #000; margin: 2.5mm 0 0; } .what b { font-weight: bold; } .when { font-family: ${mono}; font-size: 7.5pt; color: #666; letter-spacing: .6pt; text-transform: uppercase; margin: .6mm 0 .6mm; }
    ul { margin: .5mm 0 0; padding-left: 5mm; } p { margin: 0; }</style>`;
  const contact = [entry.presentation.home, basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))].map((line) => `<p>${e(line)}</p>`).join('');
  const parts = [`<div class="contact">${contact}</div><h1>${e(basics.name)}</h1>`];
  if (basics.label) parts.push(`<p class="headline">${e(basics.label)}</p>`);
  if (basics.summary) parts.push(`<p>${e(basics.summary)}</p>`);
  if (skills.length > 0) {
    parts.push(`<h2>${say(entry, 'SKILLS', '보유 기술')}</h2>${entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(', '))}</p>` : skills.map((g) => `<p><span style="color:#000">${e(g.name)}</span> — ${e(g.keywords.join(', '))}</p>`).join('')}`);
  }
  const experience = `<h2>${say(entry, 'EXPERIENCE', '경력')}</h2>${work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    // The template's line: "Company, Location — Job Title" (the person's own order of the two names).
    const firstWithPlace = first === job.name && job.location ? `${first}, ${job.location}` : first;
    const secondWithPlace = second === job.name && job.location ? `${second}, ${job.location}` : second;
    return `<p class="what"><b>${e(firstWithPlace)}</b> — <i>${e(secondWithPlace)}</i></p><p class="when">${e(jobDates[i])}</p>${bulletsHtml(job.highlights)}`;
  }).join('')}`;
  const educationPart = `<h2>${say(entry, 'EDUCATION', '학력')}</h2>${education.map((school, i) => `<p class="what"><b>${e(school.institution)}</b> — <i>${e(degreeLine(school, i, entry))}</i></p><p class="when">${e(schoolDates[i])}</p>`).join('')}`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (certificates.length > 0) parts.push(`<h2>${say(entry, 'AWARDS', '자격증')}</h2>${certificates.map((c) => `<p><span style="color:#000">${e(c.name)}</span> — ${e(c.issuer)}, ${e(c.date.slice(0, 4))}</p>`).join('')}`);
  if (languages.length > 0) parts.push(`<h2>${say(entry, 'LANGUAGES', '외국어')}</h2><p>${languages.map((l) => `${e(l.language)} (${e(l.fluency)})`).join(', ')}</p>`);
  return [`${css}${parts.join('')}`, { format: korean || index % 2 === 1 ? 'A4' : 'Letter', margin: { top: '18mm', bottom: '16mm', left: '19mm', right: '19mm' } }];
}

// ------------------------------------------------------------------------------------------------
// A spreadsheet résumé (Google Sheets; the Koreans' 엑셀 이력서 grid)

function sheetPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const band = ['#fff2cc', '#d9ead3', '#cfe2f3'][index % 3];
  const css = `<style>body { margin: 0; font-family: ${korean ? "'Noto Sans CJK KR'" : "Arial, 'Liberation Sans'"}, sans-serif; font-size: 8.5pt; color: #000; }
    table { border-collapse: collapse; width: 100%; table-layout: fixed; } td { border: 0.5pt solid #c0c0c0; padding: .6mm 1.2mm; vertical-align: bottom; overflow-wrap: anywhere; }
    .name { font-size: 16pt; font-weight: bold; } .band { background: ${band}; font-weight: bold; } .lbl { font-weight: bold; } .head td { font-weight: bold; background: #f3f3f3; } .wrap { vertical-align: top; }
    .title { text-align: center; font-size: 18pt; font-weight: bold; letter-spacing: 8pt; }</style>`;
  const row = (...cells) => `<tr>${cells.map((cell) => (typeof cell === 'string' ? `<td>${e(cell)}</td>` : `<td colspan="${cell.span}"${cell.cls ? ` class="${cell.cls}"` : ''}>${e(cell.text)}</td>`)).join('')}</tr>`;
  const span = (text, n, cls) => ({ text, span: n, cls });
  const links = labelledLinks(basics);
  const rows = [];
  if (korean) {
    rows.push(row(span('이 력 서', 5, 'title')), row(span('성명', 1, 'lbl'), basics.name, span('희망 직무', 1, 'lbl'), span(basics.label ?? '', 2)),
      row(span('휴대폰', 1, 'lbl'), basics.phone, span('이메일', 1, 'lbl'), span(basics.email, 2)), row(span('주소', 1, 'lbl'), span(entry.presentation.home, 4)));
    for (const [label, url] of links) rows.push(row(span(label, 1, 'lbl'), span(url, 4)));
    const educationRows = [row(span('학력사항', 5, 'band')), `<tr class="head">${['재학 기간', '학교명', '전공', '학위', ''].map((h) => `<td>${e(h)}</td>`).join('')}</tr>`,
      ...education.map((school, i) => row(schoolDates[i], school.institution, school.area ?? '', span(entry.presentation.degreeTexts[i], 2)))];
    const experienceRows = [row(span('경력사항', 5, 'band')), `<tr class="head">${['근무 기간', '회사명', '직위', '근무지', ''].map((h) => `<td>${e(h)}</td>`).join('')}</tr>`,
      ...work.flatMap((job, i) => [row(jobDates[i], job.name, job.position, span(job.location ?? '', 2)), ...job.highlights.map((h) => row('', span(`- ${h}`, 4)))])];
    rows.push(...sectionsInOrder(entry, experienceRows, educationRows).flat());
    if (certificates.length > 0) rows.push(row(span('자격증', 5, 'band')), `<tr class="head">${['취득일', '자격증명', '발행처', '', ''].map((h) => `<td>${e(h)}</td>`).join('')}</tr>`, ...certificates.map((c) => row(c.date.replace('-', '.'), span(c.name, 1), span(c.issuer, 3))));
    if (skills.length > 0) rows.push(row(span('보유 기술', 5, 'band')), ...skills.map((g) => row(span(g.name, 1, 'lbl'), span(g.keywords.join(', '), 4))));
    if (languages.length > 0) rows.push(row(span('외국어', 5, 'band')), ...languages.map((l) => row(span(l.language, 1, 'lbl'), span(l.fluency, 4))));
    if (basics.summary) rows.push(row(span('자기소개', 5, 'band')), row(span(basics.summary, 5, 'wrap')));
  } else {
    rows.push(row(span(basics.name, 5, 'name')));
    if (basics.label) rows.push(row(span(basics.label, 5)));
    rows.push(row(span('Phone', 1, 'lbl'), basics.phone, span('Email', 1, 'lbl'), span(basics.email, 2)), row(span('Address', 1, 'lbl'), span(entry.presentation.home, 4)));
    for (const [label, url] of links) rows.push(row(span(label, 1, 'lbl'), span(url, 4)));
    if (basics.summary) rows.push(row(span('Profile', 5, 'band')), row(span(basics.summary, 5, 'wrap')));
    const experienceRows = [row(span('Work Experience', 5, 'band')), `<tr class="head">${['Dates', 'Position', 'Company', 'Location', ''].map((h) => `<td>${e(h)}</td>`).join('')}</tr>`,
      ...work.flatMap((job, i) => [row(jobDates[i], job.position, job.name, span(job.location ?? '', 2)), ...job.highlights.map((h) => row('', span(`• ${h}`, 4)))])];
    const educationRows = [row(span('Education', 5, 'band')), `<tr class="head">${['Years', 'School', 'Qualification', '', ''].map((h) => `<td>${e(h)}</td>`).join('')}</tr>`,
      ...education.map((school, i) => row(schoolDates[i], school.institution, span(entry.presentation.degreeTexts[i], 3)))];
    rows.push(...sectionsInOrder(entry, experienceRows, educationRows).flat());
    if (skills.length > 0) rows.push(row(span('Skills', 5, 'band')), ...(entry.presentation.flatSkills ? [row(span(allSkills(skills).join(', '), 5, 'wrap'))] : skills.map((g) => row(span(g.name, 1, 'lbl'), span(g.keywords.join(', '), 4)))));
    if (languages.length > 0) rows.push(row(span('Languages', 5, 'band')), ...languages.map((l) => row(span(l.language, 1, 'lbl'), span(l.fluency, 4))));
    if (certificates.length > 0) rows.push(row(span('Certifications', 5, 'band')), ...certificates.map((c) => row(c.date.slice(0, 4), span(c.name, 2), span(c.issuer, 2))));
  }
  const widths = '<colgroup><col style="width:17%"><col style="width:26%"><col style="width:24%"><col style="width:23%"><col style="width:10%"></colgroup>';
  return [`${css}<table>${widths}${rows.join('')}</table>`, { format: korean ? 'A4' : index % 2 === 0 ? 'Letter' : 'A4', margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } }];
}

// ------------------------------------------------------------------------------------------------
// A plain-text résumé pasted into a web form's box

/** The plain text the person pastes (their own simple text résumé). */
function pastedText(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const lines = [basics.name];
  if (basics.label) lines.push(basics.label);
  lines.push(`${entry.presentation.home} / ${basics.phone} / ${basics.email}`, ...labelledLinks(basics).map(([, url]) => url), '');
  if (basics.summary) lines.push(say(entry, 'SUMMARY', '■ 자기소개'), basics.summary, '');
  const experience = [say(entry, 'WORK HISTORY', '■ 경력'), ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [`${first} - ${second}`, [jobDates[i], job.location].filter(Boolean).join(', '), ...job.highlights.map((h) => `* ${h}`), ''];
  })];
  const educationPart = [say(entry, 'EDUCATION', '■ 학력'), ...education.flatMap((school, i) => [school.institution, `${degreeLine(school, i, entry)}, ${schoolDates[i]}`, ''])];
  lines.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) lines.push(say(entry, 'SKILLS', '■ 보유 기술'), ...(entry.presentation.flatSkills ? [allSkills(skills).join(', ')] : skills.map((g) => `${g.name}: ${g.keywords.join(', ')}`)), '');
  if (languages.length > 0) lines.push(say(entry, 'LANGUAGES', '■ 외국어'), ...languages.map((l) => `${l.language} - ${l.fluency}`), '');
  if (certificates.length > 0) lines.push(say(entry, 'CERTIFICATES', '■ 자격증'), ...certificates.map(certificateYearLine));
  return lines.join('\n').trimEnd();
}

function textareaPrintPage(entry, index) {
  const { basics } = entry.resume;
  const korean = isKorean(entry);
  const css = `<style>body { margin: 0; font-family: ${korean ? "'Noto Sans CJK KR'" : "'Liberation Sans'"}, sans-serif; font-size: 9pt; color: #222; }
    .brand { font-size: 13pt; font-weight: bold; color: #1a4f8b; border-bottom: 1pt solid #ddd; padding-bottom: 2mm; } h1 { font-size: 13pt; margin: 3mm 0 1mm; } .sub { color: #666; margin: 0 0 3mm; }
    label { display: block; font-size: 8pt; font-weight: bold; margin: 2.2mm 0 .7mm; } .input { border: 0.8pt solid #999; border-radius: 1mm; padding: 1.2mm 2mm; min-height: 4mm; }
    .row { display: flex; gap: 5mm; } .row > div { flex: 1; } .choice { font-size: 8.5pt; margin: .5mm 0 1mm; }
    .area { border: 0.8pt solid #999; border-radius: 1mm; padding: 2mm; font-family: ${korean ? "'Noto Sans Mono CJK KR'" : "'Liberation Mono'"}, monospace; font-size: 8.3pt; line-height: 1.35; white-space: pre-wrap; overflow-wrap: anywhere; }
    .count { text-align: right; font-size: 7.5pt; color: #777; } .check { margin: 3mm 0 2mm; font-size: 8.5pt; } .button { display: inline-block; background: #1a4f8b; color: #fff; padding: 1.5mm 5mm; border-radius: 1mm; font-weight: bold; }</style>`;
  const text = pastedText(entry);
  const company = ['Harbourline Group', 'Coral Key Holdings', 'Northgate Services', 'Tidewater Partners'][index % 4];
  const field = (label, value) => `<div><label>${e(label)}</label><div class="input">${e(value)}</div></div>`;
  let body;
  if (korean) {
    body = `<div class="brand">${e(['(주)한빛그룹', '누리서비스(주)', '(주)다온'][index % 3])} 채용</div><h1>입사 지원서 작성</h1><p class="sub">지원 분야: ${e(entry.presentation.applyingFor)}</p>
      <div class="row">${field('이름 *', basics.name)}${field('휴대폰 *', basics.phone)}</div>${field('이메일 *', basics.email)}
      <label>이력서 *</label><p class="choice">○ 파일 첨부 &nbsp; ● 직접 입력</p><div class="area">${e(text)}</div><p class="count">${text.length} / 10000자</p>
      <p class="check">☑ 개인정보 수집 및 이용에 동의합니다. (필수)</p><span class="button">지원하기</span>`;
  } else {
    const [first, last] = nameParts(basics.name);
    body = `<div class="brand">${e(company)} — Careers</div><h1>Apply: ${e(entry.presentation.applyingFor)}</h1><p class="sub">Fields marked * are required.</p>
      <div class="row">${field('First name *', first)}${field('Last name *', last)}</div><div class="row">${field('Email *', basics.email)}${field('Phone *', basics.phone)}</div>
      <label>Resume / CV *</label><p class="choice">○ Upload a file &nbsp; ● Paste your resume</p><div class="area">${e(text)}</div><p class="count">${text.length} / 15000 characters</p>
      <label>Cover note (optional)</label><div class="input" style="min-height:10mm"></div>
      <p class="check">☑ I have read the privacy notice and agree to my data being processed for this application.</p><span class="button">Submit application</span>`;
  }
  const url = korean ? `https://recruit.example.co.kr/apply/form?jobId=${3300 + index}` : `https://careers.example.com/jobs/${7100 + index}/apply`;
  return [`${css}${body}`, {
    format: korean ? 'A4' : 'Letter', displayHeaderFooter: true,
    headerTemplate: printHeader(korean ? '2026. 11. 30. 오후 9:41' : '11/30/26, 9:41 PM', korean ? '입사 지원서 작성' : `Apply – ${company} Careers`), footerTemplate: printFooter(url),
    margin: { top: '14mm', bottom: '14mm', left: '13mm', right: '13mm' },
  }];
}

// ------------------------------------------------------------------------------------------------
// GitHub Pages, Jekyll "minimal" theme

function ghPagesPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const css = `<style>body { margin: 0; font-family: ${korean ? "'Noto Sans CJK KR'" : "'Liberation Sans', 'DejaVu Sans'"}, sans-serif; font-size: 9pt; color: #595959; line-height: 1.45; }
    .wrapper { display: flex; gap: 9mm; } header { flex: 0 0 52mm; } section { flex: 1; border-left: 0 solid #e5e5e5; }
    header h1 { font-size: 17pt; color: #222; margin: 0 0 2mm; line-height: 1.15; } header p { margin: 0 0 1.5mm; } .btn { display: block; border: 0.6pt solid #e0e0e0; border-radius: 1.5mm; padding: 1.2mm 2mm; margin: 1.5mm 0; color: #39c; font-size: 8pt; }
    .foot { font-size: 7pt; color: #999; margin-top: 6mm; } h2 { color: #222; font-size: 12.5pt; margin: 4mm 0 1.5mm; } h3 { color: #222; font-size: 10pt; margin: 3mm 0 .5mm; }
    a { color: #267cb9; text-decoration: none; } ul { margin: .6mm 0 0; padding-left: 5mm; } p { margin: 0 0 1mm; } em { color: #777; }</style>`;
  const links = labelledLinks(basics);
  const label = { LinkedIn: say(entry, 'View my LinkedIn profile', 'LinkedIn 프로필 보기'), GitHub: say(entry, 'View my GitHub', 'GitHub 보기'), Instagram: say(entry, 'Follow on Instagram', 'Instagram 보기'), Website: say(entry, 'Visit my website', '웹사이트 방문') };
  const header = `<header><h1>${e(basics.name)}</h1>${basics.label ? `<p>${e(basics.label)}</p>` : ''}<p>${e(entry.presentation.home)}<br>${e(basics.phone)}<br><a>${e(basics.email)}</a></p>${links.map(([network, url]) => `<span class="btn">${e(label[network] ?? network)}<br><small>${e(bareUrl(url))}</small></span>`).join('')}<p class="foot">Hosted on GitHub Pages — Theme by orderedlist</p></header>`;
  const parts = [];
  if (basics.summary) parts.push(`<h2>${say(entry, 'About', '소개')}</h2><p>${e(basics.summary)}</p>`);
  const experience = `<h2>${say(entry, 'Experience', '경력')}</h2>${work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    const joiner = korean ? ' | ' : first === job.position ? ' @ ' : ' — ';
    return `<h3>${e(first)}${joiner}${e(second)}</h3><p><em>${e([jobDates[i], job.location].filter(Boolean).join(' | '))}</em></p>${bulletsHtml(job.highlights)}`;
  }).join('')}`;
  const educationPart = `<h2>${say(entry, 'Education', '학력')}</h2>${education.map((school, i) => `<h3>${e(school.institution)}</h3><p>${e(degreeLine(school, i, entry))} <em>(${e(schoolDates[i])})</em></p>`).join('')}`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(`<h2>${say(entry, 'Skills', '보유 기술')}</h2>${entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(' · '))}</p>` : skills.map((g) => `<p><strong>${e(g.name)}:</strong> ${e(g.keywords.join(', '))}</p>`).join('')}`);
  if (languages.length > 0) parts.push(`<h2>${say(entry, 'Languages', '외국어')}</h2><ul>${languages.map((l) => `<li>${e(l.language)} — ${e(l.fluency)}</li>`).join('')}</ul>`);
  if (certificates.length > 0) parts.push(`<h2>${say(entry, 'Certifications', '자격증')}</h2><ul>${certificates.map((c) => `<li>${e(certificateYearLine(c))}</li>`).join('')}</ul>`);
  const site = `https://${bareUrl(basics.email).split('@')[0].replace(/[^a-z0-9]/gi, '').toLowerCase()}.github.io/${korean ? 'cv' : 'resume'}/`;
  return [`${css}<div class="wrapper">${header}<section>${parts.join('')}</section></div>`, {
    format: korean || index % 2 === 1 ? 'A4' : 'Letter', displayHeaderFooter: true,
    headerTemplate: printHeader('11/30/26, 7:05 PM', `${basics.name} | ${say(entry, 'Resume', '이력서')}`), footerTemplate: printFooter(site),
    margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' },
  }];
}

// ------------------------------------------------------------------------------------------------
// Reactive Resume "Onyx"-like export

const ICON = { phone: '☎', email: '✉', home: '⚲', LinkedIn: 'in', GitHub: '⌥', Instagram: '◎', Website: '🔗' };

function reactiveResumePage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const primary = ['#dc2626', '#0d9488', '#7c3aed', '#2563eb'][index % 4];
  const css = `<style>body { margin: 0; font-family: ${korean ? "'Noto Sans CJK KR'" : index % 2 === 0 ? "'DejaVu Sans'" : "'Liberation Sans'"}, sans-serif; font-size: 8.8pt; color: #111; line-height: 1.4; }
    .top { border-bottom: 1pt solid ${primary}; padding-bottom: 2.5mm; } h1 { font-size: 19pt; margin: 0; } .headline { font-size: 10pt; margin: .5mm 0 1.5mm; }
    .row { display: flex; flex-wrap: wrap; gap: 1mm 4mm; font-size: 8pt; } .ico { color: ${primary}; margin-right: 1mm; font-weight: bold; }
    h2 { font-size: 10.5pt; color: ${primary}; margin: 3.5mm 0 1.2mm; border-bottom: 0.5pt solid #ddd; padding-bottom: .5mm; }
    .item { margin-bottom: 2.2mm; } .line { display: flex; justify-content: space-between; gap: 4mm; } .line b { font-weight: bold; } .muted { color: #555; } .right { text-align: right; white-space: nowrap; }
    ul { margin: .5mm 0 0; padding-left: 4.5mm; } p { margin: 0; } .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5mm 6mm; }</style>`;
  const contact = [['home', entry.presentation.home], ['phone', basics.phone], ['email', basics.email]].map(([kind, value]) => `<span><span class="ico">${ICON[kind]}</span>${e(value)}</span>`).join('');
  const profiles = labelledLinks(basics).map(([network, url]) => `<span><span class="ico">${e(ICON[network] ?? '↗')}</span>${network === 'Website' ? e(bareUrl(url)) : `${e(network.toLowerCase())} / ${e(username(url))}`}</span>`).join('');
  const parts = [`<div class="top"><h1>${e(basics.name)}</h1>${basics.label ? `<p class="headline">${e(basics.label)}</p>` : ''}<div class="row">${contact}${profiles}</div></div>`];
  if (basics.summary) parts.push(`<h2>${say(entry, 'Summary', '요약')}</h2><p>${e(basics.summary)}</p>`);
  const experience = `<h2>${say(entry, 'Experience', '경력')}</h2>${work.map((job, i) => `<div class="item"><div class="line"><b>${e(job.name)}</b><span class="right"><b>${e(jobDates[i])}</b></span></div><div class="line"><span>${e(job.position)}</span><span class="right muted">${e(job.location ?? '')}</span></div>${bulletsHtml(job.highlights)}</div>`).join('')}`;
  const educationPart = `<h2>${say(entry, 'Education', '학력')}</h2>${education.map((school, i) => `<div class="item"><div class="line"><b>${e(school.institution)}</b><span class="right"><b>${e(schoolDates[i])}</b></span></div><div class="line"><span>${e(degreeLine(school, i, entry))}</span><span></span></div></div>`).join('')}`;
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (certificates.length > 0) parts.push(`<h2>${say(entry, 'Certifications', '자격증')}</h2>${certificates.map((c) => `<div class="item"><div class="line"><b>${e(c.name)}</b><span class="right"><b>${e(c.date.slice(0, 4))}</b></span></div><p class="muted">${e(c.issuer)}</p></div>`).join('')}`);
  if (skills.length > 0) {
    parts.push(`<h2>${say(entry, 'Skills', '기술')}</h2>${entry.presentation.flatSkills
      ? `<p>${e(allSkills(skills).join(', '))}</p>`
      : `<div class="grid">${skills.map((g) => `<div><b>${e(g.name)}</b><p class="muted">${e(g.keywords.join(', '))}</p></div>`).join('')}</div>`}`);
  }
  if (languages.length > 0) parts.push(`<h2>${say(entry, 'Languages', '언어')}</h2><div class="grid">${languages.map((l) => `<div><b>${e(l.language)}</b><p class="muted">${e(l.fluency)}</p></div>`).join('')}</div>`);
  return [`${css}${parts.join('')}`, { format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '13mm', right: '13mm' } }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-gdocsmodernwriter.pdf`), pinPdf(await print(...modernWriterPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-gsheets.pdf`), pinPdf(await print(...sheetPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-textareaprint.pdf`), pinPdf(await print(...textareaPrintPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-ghpages.pdf`), pinPdf(await print(...ghPagesPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-reactiveresume.pdf`), pinPdf(await print(...reactiveResumePage(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// DOCX typed with Shift+Enter

/** One paragraph whose lines are manual line breaks (Shift+Enter); `bold` makes the first line bold. */
function brokenParagraph(lines, { bold = false, size, after = 160 } = {}) {
  return new Paragraph({
    spacing: { after },
    children: lines.map((line, n) => new TextRun({ text: line, break: n > 0 ? 1 : 0, bold: bold && n === 0, ...(size && n === 0 ? { size } : {}) })),
  });
}

function softBreaksDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const heading = (text) => new Paragraph({ spacing: { before: 200, after: 80 }, children: [new TextRun({ text, bold: true, allCaps: !korean })] });
  const children = [brokenParagraph([basics.name, ...(basics.label ? [basics.label] : []), entry.presentation.home, basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => url)], { bold: true, size: 32, after: 240 })];
  if (basics.summary) children.push(heading(say(entry, 'Profile', '자기소개')), new Paragraph({ children: [new TextRun(basics.summary)] }));
  const experience = () => {
    children.push(heading(say(entry, 'Experience', '경력')));
    work.forEach((job, i) => {
      const [first, second] = namesInOrder(job, entry);
      children.push(brokenParagraph([first, second, [jobDates[i], job.location].filter(Boolean).join(', '), ...job.highlights.map((h) => `- ${h}`)], { bold: true }));
    });
  };
  const educationPart = () => {
    children.push(heading(say(entry, 'Education', '학력')));
    education.forEach((school, i) => children.push(brokenParagraph([school.institution, degreeLine(school, i, entry), schoolDates[i]], { bold: true })));
  };
  for (const part of sectionsInOrder(entry, experience, educationPart)) part();
  if (skills.length > 0) children.push(heading(say(entry, 'Skills', '보유 기술')), brokenParagraph(entry.presentation.flatSkills ? [allSkills(skills).join(', ')] : skills.map((g) => `${g.name}: ${g.keywords.join(', ')}`)));
  if (languages.length > 0) children.push(heading(say(entry, 'Languages', '외국어')), brokenParagraph(languages.map((l) => `${l.language} – ${l.fluency}`)));
  if (certificates.length > 0) children.push(heading(say(entry, 'Certificates', '자격증')), brokenParagraph(certificates.map(certificateYearLine)));
  const latin = korean ? 'Malgun Gothic' : ['Calibri', 'Times New Roman', 'Arial'][index % 3];
  return new Document({
    creator: 'Candor fifteenth held-back résumé set', title: korean ? `${basics.name} 이력서` : `${basics.name} CV`,
    styles: { default: { document: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: 'Malgun Gothic', cs: latin }, size: 22 }, paragraph: { spacing: { after: 120 } } } } },
    sections: [{ properties: { page: { size: korean || index % 2 === 1 ? { width: 11906, height: 16838 } : { width: 12240, height: 15840 }, margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } }, children }],
  });
}

// ------------------------------------------------------------------------------------------------
// Plain text copied out of a PDF viewer; a Logseq page

const PDF_BULLET = '\uF0B7';

function pdfCopyText(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const width = 92;
  // The page's lines: a wrapped paragraph ends each line but its last with a space (as the viewer copies it).
  const wrapped = (text, indent = '') => wrapWords(text, width - displayColumns(indent), displayColumns).map((line, n, all) => `${n === 0 ? '' : indent}${line}${n < all.length - 1 ? ' ' : ''}`);
  const page = [basics.name];
  if (basics.label) page.push(basics.label);
  page.push([entry.presentation.home, basics.phone, basics.email].join(' | '));
  const links = labelledLinks(basics).map(([, url]) => bareUrl(url));
  if (links.length > 0) page.push(links.join(' | '));
  if (basics.summary) page.push(say(entry, 'PROFILE', '자기소개'), ...wrapped(basics.summary));
  const experience = [say(entry, 'EXPERIENCE', '경력 사항'), ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    // The dates stood at a right tab on the title's line; the copy joins them with one space.
    return [`${first} ${jobDates[i]}`, [second, job.location].filter(Boolean).join(', '), ...job.highlights.flatMap((h) => wrapped(`${PDF_BULLET} ${h}`, '  '))];
  })];
  const educationPart = [say(entry, 'EDUCATION', '학력 사항'), ...education.flatMap((school, i) => [`${school.institution} ${schoolDates[i]}`, degreeLine(school, i, entry)])];
  page.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) page.push(say(entry, 'SKILLS', '보유 기술'), ...(entry.presentation.flatSkills ? wrapped(allSkills(skills).join(', ')) : skills.flatMap((g) => wrapped(`${g.name}: ${g.keywords.join(', ')}`))));
  if (languages.length > 0) page.push(say(entry, 'LANGUAGES', '외국어'), ...wrapped(languages.map((l) => `${l.language} (${l.fluency})`).join(', ')));
  if (certificates.length > 0) page.push(say(entry, 'CERTIFICATES', '자격증'), ...certificates.map((c) => `${PDF_BULLET} ${certificateYearLine(c)}`));
  // The PDF's first page held 34 lines; the copy carries its footer, then page two's running header.
  const split = Math.min(34, page.length);
  const footer = (n, total) => (korean ? `- ${n} -` : `Page ${n} of ${total}`);
  if (page.length <= split) return `${[...page, footer(1, 1)].join('\n')}\n`;
  return `${[...page.slice(0, split), footer(1, 2), `${basics.name} – ${say(entry, 'CV', '이력서')}`, ...page.slice(split), footer(2, 2)].join('\n')}\n`;
}

function logseqMarkdown(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const tag = (skill) => (/^[\p{L}\p{N}-]+$/u.test(skill) ? `#${skill}` : `#[[${skill}]]`);
  const out = [`title:: ${basics.name} — ${say(entry, 'CV', '이력서')}`, `tags:: ${say(entry, '[[job search]], cv', '[[구직]], 이력서')}`, `phone:: ${basics.phone}`, `email:: ${basics.email}`, `location:: ${entry.presentation.home}`];
  const links = labelledLinks(basics);
  if (links.length > 0) out.push(`links:: ${links.map(([label, url]) => `[${label}](${url})`).join(', ')}`);
  out.push('', `- # ${basics.name}`);
  if (basics.label) out.push(`- ${basics.label}`);
  if (basics.summary) out.push(`- ## ${say(entry, 'Profile', '자기소개')}`, `\t- ${basics.summary}`);
  const experience = [`- ## ${say(entry, 'Experience', '경력')}`, ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    const linked = (text) => (text === job.name ? `[[${text}]]` : `**${text}**`);
    return [`\t- ${linked(first)} — ${linked(second)}`, `\t  ${say(entry, 'dates', '기간')}:: ${jobDates[i]}`, ...(job.location ? [`\t  ${say(entry, 'place', '근무지')}:: ${job.location}`] : []), ...job.highlights.map((h) => `\t\t- ${h}`)];
  })];
  const educationPart = [`- ## ${say(entry, 'Education', '학력')}`, ...education.flatMap((school, i) => [`\t- [[${school.institution}]]`, `\t  ${say(entry, 'degree', '학위')}:: ${degreeLine(school, i, entry)}`, `\t  ${say(entry, 'years', '기간')}:: ${schoolDates[i]}`])];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) out.push(`- ## ${say(entry, 'Skills', '보유 기술')}`, ...(entry.presentation.flatSkills ? [`\t- ${allSkills(skills).map(tag).join(' ')}`] : skills.map((g) => `\t- ${g.name}: ${g.keywords.map(tag).join(' ')}`)));
  if (languages.length > 0) out.push(`- ## ${say(entry, 'Languages', '외국어')}`, ...languages.map((l) => `\t- ${l.language} — ${l.fluency}`));
  if (certificates.length > 0) out.push(`- ## ${say(entry, 'Certificates', '자격증')}`, ...certificates.map((c) => `\t- DONE ${certificateYearLine(c)}`));
  return `${out.join('\n')}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-gdocsmodernwriter': 'pdf', 'html-gsheets': 'pdf', 'html-textareaprint': 'pdf', 'html-ghpages': 'pdf', 'html-reactiveresume': 'pdf',
  'docx-softbreaks': 'docx', 'text-pdfcopy': 'txt', 'markdown-logseq': 'md',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'fifteenth held-back résumé set',
  people: buildHoldout15Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (fifteenth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  programs: [],
  async render(people) {
    await renderChromium(people);
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-pdfcopy.txt`), pdfCopyText(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-logseq.md`), logseqMarkdown(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-softbreaks.docx`), pinDocx(await Packer.toBuffer(softBreaksDocx(entry, index))));
    }
  },
});
