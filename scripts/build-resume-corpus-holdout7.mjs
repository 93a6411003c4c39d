// Builds the seventh held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout7/):
// 30 people written out by hand (scripts/resume-corpus-holdout7-content.mjs; 22 in English from eleven
// countries no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts no earlier
// set (resume-corpus, -fresh, -holdout … -holdout6, -ko) uses:
// - `html-photoheader`   Chromium; a header TABLE with a photo placeholder cell beside a label/value
//                        table (name, phone, e-mail, address, links); for the Koreans the 표준 이력서:
//                        "이 력 서", 인적사항, then 학력사항 and 경력사항 as header-row tables and the
//                        duties under them (경력기술서), 자기소개 last.
// - `html-jobportal`     Chromium with the browser's own header and footer (print date, page title, the
//                        page's URL, "1/2"): a job site's résumé view printed from the browser — a profile
//                        card, then each job as the employer, the dates with the length of stay
//                        ("2019.03 ~ 현재 (5년 9개월)", "Jan 2019 – Present · 5 yrs 10 mos"), the title.
// - `html-gdocsserif`    Chromium; like Google Docs' "Serif" template exported to PDF: a two-column
//                        table, the name and the main sections on the left ("Employer, Place — Title"
//                        with the dates in capitals under it), contact, skills, awards and languages in
//                        the narrow right column.
// - `docx-formtable`     the `docx` package; the whole résumé as a form of bordered tables (a title
//                        "CURRICULUM VITAE" / "BIO-DATA" / "이 력 서", a personal-data table with a photo
//                        cell, header-row tables for education and employment, then the duties of each
//                        job, skills, languages and licences as tables); Koreans end with the usual
//                        "위의 기재 사항은 사실과 틀림이 없습니다" line.
// - `libreoffice-formtable` that DOCX turned into PDF by LibreOffice headless.
// - `docx-leftpanel`     the `docx` package; the name across the page, then ONE two-cell table: a shaded
//                        left cell with contact, skills, languages and certificates, the right cell with
//                        the profile, experience and education.
// - `latex-currvita`     LuaLaTeX with the `currvita` package (Hangul from Noto Serif CJK KR as a font fallback):
//                        `cvlist` sections with the dates in the hanging left label.
// - `text-boxrules`      plain text with box-drawing rules: the name in a double-line box, each section
//                        name in a single-line box; the Koreans write their jobs as a 경력기술서
//                        ("■ 회사명 (기간)", "- 직위:", "- 주요 업무 및 성과", "· …").
// The rendered files are committed (CI needs neither Chromium, LibreOffice nor TeX to read them).
//
// `npx node scripts/build-resume-corpus-holdout7.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit. Needs /usr/bin/chromium, `soffice` and `lualatex` (texlive-latex-extra for currvita,
// fonts-noto-cjk); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, LevelFormat, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType,
} from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, escapeHtml, labelledLinks, pinDocx, pinPdf, sofficeToPdf, typesetLua, withChromiumPrinter, wrapWords,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout7Content } from './resume-corpus-holdout7-content.mjs';
import { escapeLatex } from './resume-corpus-latex.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout7');
const FROZEN_ON = '2026-11-30';
const e = escapeHtml;

// ------------------------------------------------------------------------------------------------
// Words of each language, and what one person writes the same way in every layout

const WORDS = {
  en: {
    profile: 'Profile', experience: 'Work Experience', education: 'Education', skills: 'Skills', languages: 'Languages', certificates: 'Certificates',
    phone: 'Phone', email: 'E-mail', address: 'Address', name: 'Name', position: 'Position', photo: 'PHOTO', period: 'Period', employer: 'Employer',
    title: 'Position', place: 'Location', school: 'Institution', qualification: 'Qualification', level: 'Level', duties: 'Duties and Achievements',
    issuer: 'Issued by', date: 'Date', present: 'PRESENT',
  },
  ko: {
    profile: '자기소개', experience: '경력사항', education: '학력사항', skills: '보유 기술', languages: '외국어', certificates: '자격증',
    phone: '휴대폰', email: '이메일', address: '주소', name: '성명', position: '지원분야', photo: '사진', period: '근무기간', employer: '회사명',
    title: '직위', place: '근무지', school: '학교명', qualification: '전공 / 학위', level: '수준', duties: '경력기술서',
    issuer: '발행처', date: '취득일', present: '현재',
  },
};
const wordsOf = (entry) => WORDS[entry.presentation.lang];
const isKorean = (entry) => entry.presentation.lang === 'ko';
const fontOf = (entry, latin) => (isKorean(entry) ? `'Noto Sans CJK KR', sans-serif` : latin);
/** The job's two names in the person's order (Koreans write the company first). */
const roleFirst = (job, entry) => (entry.presentation.employerFirst || isKorean(entry) ? [job.name, job.position] : [job.position, job.name]);
const inOrder = (entry, experience, education) => (entry.presentation.educationFirst ? [education, experience] : [experience, education]);
/** A Korean degree cell: the area and the degree (or completion) word. */
const degreeCell = (school, i, entry) => (isKorean(entry) ? [school.area, entry.presentation.degreeTexts[i]].filter(Boolean).join(' / ') : entry.presentation.degreeTexts[i]);
const contactItems = (entry) => {
  const { basics } = entry.resume;
  const words = wordsOf(entry);
  return [[words.phone, basics.phone], [words.email, basics.email], [words.address, entry.presentation.home], ...labelledLinks(basics).map(([label, url]) => [label, bareUrl(url)])];
};

/** How long a job lasted, as a job site shows it ("5년 9개월", "5 yrs 10 mos"); none for years-only dates. */
function stayLength(job, korean) {
  if (!job.startDate.includes('-')) return '';
  const [y1, m1] = job.startDate.split('-').map(Number);
  const [y2, m2] = (job.endDate ?? '2026-11').split('-').map(Number);
  const months = (y2 - y1) * 12 + (m2 - m1) + 1;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (korean) return [years ? `${years}년` : '', rest ? `${rest}개월` : ''].filter(Boolean).join(' ');
  return [years ? `${years} yr${years > 1 ? 's' : ''}` : '', rest ? `${rest} mo${rest > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}

// ------------------------------------------------------------------------------------------------
// Chromium: a photo-header table (the Korean 표준 이력서), a job site's printed résumé view, Google Docs' Serif

const TABLE_CSS = `table.grid { width: 100%; border-collapse: collapse; margin-bottom: 3mm; } table.grid th, table.grid td { border: 1px solid #777; padding: 1.2mm 2mm; text-align: left; vertical-align: top; } table.grid th { background: #eee; font-weight: bold; }`;

function photoHeaderPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const words = wordsOf(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const rows = [[words.name, basics.name], ...(basics.label ? [[words.position, basics.label]] : []), ...contactItems(entry)];
  const head = `<table class="head"><tr><td class="photo" rowspan="${rows.length}">${words.photo}<br><small>3 × 4 cm</small></td><th>${e(rows[0][0])}</th><td class="name">${e(rows[0][1])}</td></tr>${rows.slice(1).map(([label, value]) => `<tr><th>${e(label)}</th><td>${e(value)}</td></tr>`).join('')}</table>`;
  const parts = [korean ? '<h1>이 력 서</h1>' : `<h1>${index % 2 === 0 ? 'Curriculum Vitae' : 'Résumé'}</h1>`, head];
  if (!korean && basics.summary) parts.push(`<h2>${words.profile}</h2><p>${e(basics.summary)}</p>`);
  let experience;
  let educationPart;
  if (korean) {
    experience = `<h2>${words.experience}</h2><table class="grid"><tr><th>${words.period}</th><th>${words.employer}</th><th>${words.title}</th><th>${words.place}</th></tr>${work.map((job, i) => `<tr><td>${e(jobDates[i])}</td><td>${e(job.name)}</td><td>${e(job.position)}</td><td>${e(job.location ?? '')}</td></tr>`).join('')}</table>`
      + `<h2>${words.duties}</h2>${work.filter((job) => job.highlights.length > 0).map((job) => `<h3>${e(job.name)} · ${e(job.position)}</h3><ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>`).join('')}`;
    educationPart = `<h2>${words.education}</h2><table class="grid"><tr><th>기간</th><th>${words.school}</th><th>${words.qualification}</th></tr>${education.map((school, i) => `<tr><td>${e(schoolDates[i])}</td><td>${e(school.institution)}</td><td>${e(degreeCell(school, i, entry))}${school.score ? ` (학점 ${e(school.score)})` : ''}</td></tr>`).join('')}</table>`;
  } else {
    experience = `<h2>${words.experience}</h2>${work.map((job, i) => {
      const [first, second] = roleFirst(job, entry);
      return `<div class="job"><div class="line"><b>${e(first)}</b><span>${e(jobDates[i])}</span></div><div>${e(second)}${job.location ? `, ${e(job.location)}` : ''}</div>${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`;
    }).join('')}`;
    educationPart = `<h2>${words.education}</h2>${education.map((school, i) => `<div class="job"><div class="line"><b>${e(school.institution)}</b><span>${e(schoolDates[i])}</span></div><div>${e(entry.presentation.degreeTexts[i])}${school.score ? ` — ${e(school.score)}` : ''}</div></div>`).join('')}`;
  }
  parts.push(...inOrder(entry, experience, educationPart));
  if (certificates.length > 0) parts.push(`<h2>${words.certificates}</h2><table class="grid"><tr><th>${words.date}</th><th>${korean ? '자격증명' : 'Certificate'}</th><th>${words.issuer}</th></tr>${certificates.map((c) => `<tr><td>${e(c.date)}</td><td>${e(c.name)}</td><td>${e(c.issuer)}</td></tr>`).join('')}</table>`);
  if (languages.length > 0) parts.push(`<h2>${words.languages}</h2><table class="grid"><tr><th>${korean ? '언어' : 'Language'}</th><th>${words.level}</th></tr>${languages.map((l) => `<tr><td>${e(l.language)}</td><td>${e(l.fluency)}</td></tr>`).join('')}</table>`);
  if (skills.length > 0) {
    parts.push(`<h2>${words.skills}</h2>`);
    if (entry.presentation.flatSkills) parts.push(`<p>${e(allSkills(skills).join(', '))}</p>`);
    else parts.push(`<table class="grid">${skills.map((group) => `<tr><th>${e(group.name)}</th><td>${e(group.keywords.join(', '))}</td></tr>`).join('')}</table>`);
  }
  if (korean && basics.summary) parts.push(`<h2>${words.profile}</h2><p>${e(basics.summary)}</p>`);
  const body = `<style>body { margin: 0; font-family: ${fontOf(entry, "'Liberation Serif', serif")}; font-size: 9.6pt; color: #111; line-height: 1.35; }
    h1 { text-align: center; font-size: 20pt; letter-spacing: ${korean ? '14px' : '3px'}; margin: 0 0 4mm; } h2 { font-size: 11pt; margin: 4mm 0 1.5mm; padding-bottom: .5mm; border-bottom: 2px solid #333; } h3 { font-size: 10pt; margin: 2mm 0 .5mm; }
    table.head { width: 100%; border-collapse: collapse; margin-bottom: 2mm; } table.head th, table.head td { border: 1px solid #555; padding: 1.2mm 2mm; text-align: left; } table.head th { width: 24mm; background: #f2f2f2; }
    td.photo { width: 30mm; height: 40mm; text-align: center !important; vertical-align: middle; color: #999; background: #fafafa; } td.name { font-size: 13pt; font-weight: bold; }
    ${TABLE_CSS} .job { margin-bottom: 2.5mm; } .line { display: flex; justify-content: space-between; } p { margin: 0 0 1mm; } ul { margin: .5mm 0 0; padding-left: 5mm; }</style>
    ${parts.join('\n')}`;
  return [body, { format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '17mm', right: '17mm' } }];
}

function jobPortalPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const card = `<div class="card"><div class="avatar"></div><div><div class="name">${e(basics.name)}</div>${basics.label ? `<div class="label">${e(basics.label)}</div>` : ''}<div class="meta">${contactItems(entry).map(([label, value]) => `<span><em>${e(label)}</em> ${e(value)}</span>`).join('')}</div></div></div>`;
  const parts = [card];
  if (basics.summary) parts.push(`<section><h2>${korean ? '핵심역량 · 소개' : 'About'}</h2><p>${e(basics.summary)}</p></section>`);
  const experience = `<section><h2>${korean ? '경력' : 'Experience'} <small>${work.length}</small></h2>${work.map((job, i) => {
    const stay = stayLength(job, korean);
    const when = `${jobDates[i]}${stay ? (korean ? ` (${stay})` : ` · ${stay}`) : ''}`;
    return korean
      ? `<div class="item"><div class="org">${e(job.name)}</div><div class="when">${e(when)}</div><div class="role">${e(job.position)}${job.location ? ` · ${e(job.location)}` : ''}</div>${job.highlights.length > 0 ? `<div class="task"><b>담당업무</b><ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul></div>` : ''}</div>`
      : `<div class="item"><div class="org">${e(job.position)}</div><div class="role">${e(job.name)}</div><div class="when">${e(when)}</div>${job.location ? `<div class="when">${e(job.location)}</div>` : ''}${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`;
  }).join('')}</section>`;
  const educationPart = `<section><h2>${korean ? '학력' : 'Education'}</h2>${education.map((school, i) => {
    const status = korean ? (Number(school.endDate.slice(0, 4)) > 2026 ? '졸업예정' : school.studyType === '수료' ? '수료' : '졸업') : '';
    return `<div class="item"><div class="org">${e(school.institution)}</div><div class="role">${e(degreeCell(school, i, entry))}${school.score ? ` · ${e(school.score)}` : ''}</div><div class="when">${e(schoolDates[i])}${status ? ` · ${status}` : ''}</div></div>`;
  }).join('')}</section>`;
  parts.push(...inOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(`<section><h2>${korean ? '스킬' : 'Skills'}</h2><div class="chips">${allSkills(skills).map((skill) => `<span>${e(skill)}</span>`).join(' ')}</div></section>`);
  if (certificates.length > 0) parts.push(`<section><h2>${korean ? '자격증' : 'Licenses & certifications'}</h2>${certificates.map((c) => `<div class="item"><div class="org">${e(c.name)}</div><div class="when">${e(c.issuer)} · ${e(c.date)}</div></div>`).join('')}</section>`);
  if (languages.length > 0) parts.push(`<section><h2>${korean ? '어학' : 'Languages'}</h2>${languages.map((l) => `<div class="item"><span class="org">${e(l.language)}</span> <span class="when">${e(l.fluency)}</span></div>`).join('')}</section>`);
  const body = `<style>body { margin: 0; font-family: ${fontOf(entry, "'Liberation Sans', sans-serif")}; font-size: 9.4pt; color: #222; background: #f3f4f6; }
    .card { display: flex; gap: 5mm; background: #fff; border: 1px solid #ddd; border-radius: 3mm; padding: 5mm; margin-bottom: 3mm; } .avatar { width: 20mm; height: 20mm; border-radius: 50%; background: #c9d3e0; flex: none; }
    .name { font-size: 16pt; font-weight: bold; } .label { color: #2563eb; font-size: 10.5pt; margin-bottom: 1.5mm; } .meta span { display: inline-block; margin: 0 4mm 1mm 0; } .meta em { font-style: normal; color: #777; margin-right: 1mm; }
    section { background: #fff; border: 1px solid #ddd; border-radius: 3mm; padding: 3mm 5mm; margin-bottom: 3mm; break-inside: avoid; } h2 { font-size: 11.5pt; margin: 0 0 2mm; } h2 small { color: #2563eb; }
    .item { padding: 1.5mm 0; border-top: 1px solid #eee; } .item:first-of-type { border-top: none; } .org { font-weight: bold; } .when { color: #666; font-size: 8.8pt; } .role { color: #333; } .task b { display: block; font-size: 8.8pt; color: #555; margin-top: 1mm; }
    ul { margin: 1mm 0 0; padding-left: 5mm; } .chips span { display: inline-block; background: #eef2ff; border-radius: 2mm; padding: .6mm 2mm; margin: 0 1mm 1mm 0; } p { margin: 0; }</style>
    ${parts.join('\n')}`;
  const title = korean ? `${basics.name}님의 이력서 미리보기` : `${basics.name} – Profile`;
  const url = `https://jobs.example.com/${korean ? 'resume/view?rid=' : 'profile/print?id='}${4_100_000 + index * 7919}`;
  const stamp = korean ? `26. 11. 30. 오후 ${1 + (index % 9)}:${String(10 + index).padStart(2, '0')}` : `11/30/26, ${1 + (index % 9)}:${String(10 + index).padStart(2, '0')} PM`;
  const small = 'font-family: sans-serif; font-size: 8px; width: 100%; padding: 0 10mm; display: flex; justify-content: space-between; color: #333;';
  return [body, {
    format: index % 2 === 0 ? 'A4' : 'Letter', printBackground: true, displayHeaderFooter: true,
    headerTemplate: `<div style="${small}"><span>${stamp}</span><span>${e(title)}</span><span></span></div>`,
    footerTemplate: `<div style="${small}"><span>${url}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
    margin: { top: '14mm', bottom: '14mm', left: '10mm', right: '10mm' },
  }];
}

function gdocsSerifPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const caps = (text) => (korean ? text : text.toUpperCase());
  const heading = (en, ko) => `<h2>${korean ? ko : en}</h2>`;
  const experience = heading('Experience', '경력') + work.map((job, i) => {
    const [first, second] = roleFirst(job, entry);
    return `<div class="entry"><div class="what"><b>${e(first)}</b>${job.location && first === job.name ? `, ${e(job.location)}` : ''} — <i>${e(second)}</i>${job.location && first !== job.name ? `, ${e(job.location)}` : ''}</div><div class="when">${e(caps(jobDates[i]))}</div>${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`;
  }).join('');
  const educationPart = heading('Education', '학력') + education.map((school, i) => `<div class="entry"><div class="what"><b>${e(school.institution)}</b> — <i>${e(degreeCell(school, i, entry))}</i></div><div class="when">${e(caps(schoolDates[i]))}</div>${school.score ? `<p>${e(school.score)}</p>` : ''}</div>`).join('');
  const main = [`<h1>${e(basics.name)}</h1>`, basics.label ? `<div class="label">${e(basics.label)}</div>` : '', basics.summary ? `<p class="summary">${e(basics.summary)}</p>` : '', ...inOrder(entry, experience, educationPart)].join('');
  const side = [
    `<div class="contact">${[entry.presentation.home, basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))].map((item) => `<div>${e(item)}</div>`).join('')}</div>`,
    skills.length > 0 ? heading('Skills', '보유 기술') + (entry.presentation.flatSkills ? `<ul>${allSkills(skills).map((skill) => `<li>${e(skill)}</li>`).join('')}</ul>` : skills.map((group) => `<p><b>${e(group.name)}</b><br>${e(group.keywords.join(', '))}</p>`).join('')) : '',
    certificates.length > 0 ? heading('Awards', '자격증') + certificates.map((c) => `<p><b>${e(c.name)}</b><br>${e(c.issuer)}, ${e(c.date)}</p>`).join('') : '',
    languages.length > 0 ? heading('Languages', '외국어') + languages.map((l) => `<p>${e(l.language)} (${e(l.fluency)})</p>`).join('') : '',
  ].join('');
  const accent = ['#b7410e', '#2e5e4e', '#3c4f91'][index % 3];
  const body = `<style>body { margin: 0; font-family: ${fontOf(entry, "'DejaVu Serif', serif")}; font-size: 9.4pt; color: #333; line-height: 1.4; }
    table.layout { width: 100%; border-collapse: collapse; } td { vertical-align: top; } td.main { width: 68%; padding-right: 8mm; } td.side { padding-top: 2mm; }
    h1 { font-size: 24pt; margin: 0; color: #222; font-weight: bold; } .label { font-size: 11pt; margin-bottom: 2mm; } .summary { margin: 2mm 0 0; }
    h2 { font-size: 10pt; color: ${accent}; letter-spacing: 1px; text-transform: uppercase; margin: 5mm 0 1.5mm; } .entry { margin-bottom: 3mm; } .when { font-size: 7.8pt; color: #666; margin-top: .5mm; }
    .contact div { font-size: 8.8pt; } ul { margin: 1mm 0 0; padding-left: 4.5mm; } p { margin: 0 0 1.5mm; }</style>
    <table class="layout"><tr><td class="main">${main}</td><td class="side">${side}</td></tr></table>`;
  return [body, { format: index % 2 === 0 ? 'Letter' : 'A4', margin: { top: '16mm', bottom: '16mm', left: '16mm', right: '16mm' } }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-photoheader.pdf`), pinPdf(await print(...photoHeaderPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-jobportal.pdf`), pinPdf(await print(...jobPortalPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-gdocsserif.pdf`), pinPdf(await print(...gdocsSerifPage(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// DOCX (the `docx` package): a form of bordered tables, and a two-cell table with a left panel

const DOT_LIST = { config: [{ reference: 'dots', levels: [{ level: 0, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 300, hanging: 220 } } } }] }] };
const run = (text, options = {}) => new TextRun({ text, ...options });
const line = (text, options = {}, paragraph = {}) => new Paragraph({ ...paragraph, children: [run(text, options)] });
const dot = (text) => new Paragraph({ numbering: { reference: 'dots', level: 0 }, children: [run(text)] });
const FORM_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const FORM_BORDERS = { top: FORM_BORDER, bottom: FORM_BORDER, left: FORM_BORDER, right: FORM_BORDER, insideHorizontal: FORM_BORDER, insideVertical: FORM_BORDER };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const GREY = { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' };

/** A bordered table of text rows; the first row (when `header`) shaded and bold. */
function formTable(widths, rows, { header = true } = {}) {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, borders: FORM_BORDERS,
    rows: rows.map((cells, r) => new TableRow({ cantSplit: true, children: cells.map((text) => new TableCell({ margins: { top: 50, bottom: 50, left: 90, right: 90 }, ...(header && r === 0 ? { shading: GREY } : {}), children: [line(text, header && r === 0 ? { bold: true } : {})] })) })),
  });
}

function docxDocument(entry, title, sections) {
  const latin = entry.presentation.lang === 'ko' ? 'Malgun Gothic' : 'Arial';
  return Packer.toBuffer(new Document({
    creator: 'Candor seventh held-back résumé set', title,
    styles: {
      default: { document: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: 'Noto Sans CJK KR', cs: latin }, size: 19 }, paragraph: { spacing: { after: 30 } } } },
      characterStyles: [{ id: 'Hyperlink', name: 'Hyperlink', run: { color: '0563C1', underline: {} } }],
    },
    numbering: DOT_LIST, sections,
  }));
}

const A4 = { width: 11906, height: 16838 };
const LETTER = { width: 12240, height: 15840 };

function formDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const words = wordsOf(entry);
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const width = 9600;
  const sectionTitle = (text) => line(text, { bold: true, size: 22 }, { spacing: { before: 200, after: 80 }, keepNext: true });
  const title = korean ? '이 력 서' : entry.resume.basics.location.countryCode === 'PH' ? 'BIO-DATA' : 'CURRICULUM VITAE';
  const body = [line(title, { bold: true, size: 36 }, { alignment: AlignmentType.CENTER, spacing: { after: 200 } })];
  // The personal-data table: a photo cell merged down the left, then label | value rows.
  const personal = [[words.name, basics.name], ...(basics.label ? [[words.position, basics.label]] : []), ...contactItems(entry)];
  body.push(new Table({
    width: { size: width, type: WidthType.DXA }, columnWidths: [1900, 1800, 5900], borders: FORM_BORDERS,
    rows: personal.map(([label, value], r) => new TableRow({ children: [
      new TableCell({ verticalMerge: r === 0 ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE, children: [line(r === 0 ? words.photo : '', { color: '999999' }, { alignment: AlignmentType.CENTER })] }),
      new TableCell({ shading: GREY, margins: { left: 90, right: 90 }, children: [line(label, { bold: true })] }),
      new TableCell({ margins: { left: 90, right: 90 }, children: [line(value, r === 0 ? { bold: true, size: 24 } : {})] }),
    ] })),
  }));
  if (!korean && basics.summary) body.push(sectionTitle(index % 2 === 0 ? 'Career Objective' : 'Profile'), line(basics.summary));
  const educationPart = [sectionTitle(words.education), korean
    ? formTable([2600, 3000, 4000], [['기간', words.school, words.qualification], ...education.map((school, i) => [schoolDates[i], school.institution, degreeCell(school, i, entry)])])
    : formTable([1900, 3900, 3800], [['Years', words.school, words.qualification], ...education.map((school, i) => [schoolDates[i], school.institution, `${entry.presentation.degreeTexts[i]}${school.score ? ` (${school.score})` : ''}`])])];
  const employerFirst = korean || entry.presentation.employerFirst;
  const employment = [sectionTitle(korean ? words.experience : 'Employment Record'), formTable([2300, 3000, 2500, 1800], [
    employerFirst ? [words.period, words.employer, words.title, words.place] : [words.period, words.title, words.employer, words.place],
    ...work.map((job, i) => (employerFirst ? [jobDates[i], job.name, job.position, job.location ?? ''] : [jobDates[i], job.position, job.name, job.location ?? ''])),
  ])];
  // The duties of each job under the table (a Korean 경력기술서), repeating the job's names.
  const withDuties = work.filter((job) => job.highlights.length > 0);
  if (withDuties.length > 0) {
    employment.push(sectionTitle(words.duties));
    for (const job of withDuties) employment.push(line(korean ? `${job.name} | ${job.position}` : `${job.position} – ${job.name}`, { bold: true }, { keepNext: true, spacing: { before: 80 } }), ...job.highlights.map(dot));
  }
  body.push(...inOrder(entry, employment, educationPart).flat());
  if (skills.length > 0) {
    body.push(sectionTitle(words.skills));
    body.push(entry.presentation.flatSkills ? line(allSkills(skills).join(', ')) : formTable([2400, 7200], skills.map((group) => [group.name, group.keywords.join(', ')]), { header: false }));
  }
  if (languages.length > 0) body.push(sectionTitle(words.languages), formTable([3000, 6600], [[korean ? '언어' : 'Language', words.level], ...languages.map((l) => [l.language, l.fluency])]));
  if (certificates.length > 0) body.push(sectionTitle(korean ? '자격 및 면허' : 'Licences and Certificates'), formTable([1800, 4600, 3200], [[words.date, korean ? '자격증명' : 'Certificate', words.issuer], ...certificates.map((c) => [c.date, c.name, c.issuer])]));
  if (korean) {
    if (basics.summary) body.push(sectionTitle(words.profile), line(basics.summary));
    body.push(line('위의 기재 사항은 사실과 틀림이 없습니다.', {}, { alignment: AlignmentType.CENTER, spacing: { before: 360 } }), line('2026년 11월 30일', {}, { alignment: AlignmentType.CENTER }), line(`작성자: ${basics.name} (인)`, {}, { alignment: AlignmentType.RIGHT }));
  }
  return docxDocument(entry, korean ? `이력서_${basics.name}` : `CV ${basics.name}`, [{ properties: { page: { size: index % 3 === 1 ? LETTER : A4, margin: { top: 1000, bottom: 1000, left: 1150, right: 1150 } } }, children: body }]);
}

function leftPanelDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const words = wordsOf(entry);
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['2F5496', '806000', '375623', '7B2C5F'][index % 4];
  const panelHeading = (text) => line(korean ? text : text.toUpperCase(), { bold: true, color: accent, size: 19 }, { spacing: { before: 200, after: 60 } });
  const mainHeading = (text) => line(korean ? text : text.toUpperCase(), { bold: true, color: accent, size: 22 }, { spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: accent, space: 1 } } });
  const link = (url, text) => new Paragraph({ children: [new ExternalHyperlink({ link: url, children: [run(text, { style: 'Hyperlink', size: 17 })] })] });
  const left = [panelHeading(korean ? '연락처' : 'Contact'), line(basics.phone, { size: 17 }), link(`mailto:${basics.email}`, basics.email), line(entry.presentation.home, { size: 17 }), ...labelledLinks(basics).map(([, url]) => link(url, bareUrl(url)))];
  if (skills.length > 0) {
    left.push(panelHeading(words.skills));
    if (entry.presentation.flatSkills) left.push(...allSkills(skills).map((skill) => line(skill, { size: 17 })));
    else for (const group of skills) left.push(line(group.name, { bold: true, size: 17 }, { spacing: { before: 60 } }), ...group.keywords.map((skill) => line(skill, { size: 17 })));
  }
  if (languages.length > 0) left.push(panelHeading(words.languages), ...languages.map((l) => new Paragraph({ children: [run(l.language, { bold: true, size: 17 }), run(` – ${l.fluency}`, { size: 17 })] })));
  if (certificates.length > 0) left.push(panelHeading(words.certificates), ...certificates.map((c) => line(`${c.name} (${c.issuer}, ${c.date})`, { size: 17 })));
  const right = [];
  if (basics.summary) right.push(mainHeading(korean ? '소개' : 'Profile'), line(basics.summary));
  const experience = [mainHeading(korean ? '경력' : 'Experience')];
  work.forEach((job, i) => {
    const [first, second] = roleFirst(job, entry);
    experience.push(line(first, { bold: true }, { spacing: { before: 120 }, keepNext: true }), line(second, {}, { keepNext: true }), line([jobDates[i], job.location].filter(Boolean).join(' | '), { italics: true, color: '666666', size: 17 }, { keepNext: job.highlights.length > 0 }), ...job.highlights.map(dot));
  });
  const educationPart = [mainHeading(korean ? '학력' : 'Education')];
  education.forEach((school, i) => {
    educationPart.push(line(school.institution, { bold: true }, { spacing: { before: 120 }, keepNext: true }), line(degreeCell(school, i, entry), {}, { keepNext: true }), line(schoolDates[i], { italics: true, color: '666666', size: 17 }));
    if (school.score) educationPart.push(line(school.score, { size: 17 }));
  });
  right.push(...inOrder(entry, experience, educationPart).flat());
  const head = [line(basics.name, { bold: true, size: 44, color: accent }, { spacing: { after: 0 } })];
  if (basics.label) head.push(line(basics.label, { size: 24, color: '555555' }, { spacing: { after: 200 } }));
  const layout = new Table({
    width: { size: 9900, type: WidthType.DXA }, columnWidths: [3000, 6900], borders: NO_BORDERS,
    rows: [new TableRow({ children: [
      new TableCell({ shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' }, margins: { top: 100, bottom: 100, left: 160, right: 160 }, children: left }),
      new TableCell({ margins: { top: 0, bottom: 100, left: 280, right: 80 }, children: right }),
    ] })],
  });
  return docxDocument(entry, `${basics.name}`, [{ properties: { page: { size: index % 2 === 0 ? A4 : LETTER, margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } }, children: [...head, layout] }]);
}

// ------------------------------------------------------------------------------------------------
// LuaLaTeX with currvita

function currvitaSource(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const words = wordsOf(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const x = escapeLatex;
  const dashes = (text) => x(text).replace(/ – /g, ' -- ').replace(/(\d)–/g, '$1--').replace(/–(\d)/g, '--$1');
  const list = (items) => (items.length > 0 ? `\\begin{itemize}\\itemsep0pt\n${items.map((item) => `\\item ${x(item)}`).join('\n')}\n\\end{itemize}` : '');
  const experience = [`\\begin{cvlist}{${korean ? '경력' : index % 2 === 0 ? 'Professional Experience' : 'Employment'}}`];
  work.forEach((job, i) => {
    const [first, second] = roleFirst(job, entry);
    experience.push(`\\item[${dashes(jobDates[i])}] \\textbf{${x(first)}}, ${x(second)}${job.location ? ` \\hfill ${x(job.location)}` : ''}`, list(job.highlights));
  });
  experience.push('\\end{cvlist}');
  const educationPart = [`\\begin{cvlist}{${korean ? '학력' : 'Education'}}`, ...education.map((school, i) => `\\item[${dashes(schoolDates[i])}] ${x(degreeCell(school, i, entry))}, \\textit{${x(school.institution)}}${school.score ? `\\newline ${x(school.score)}` : ''}`), '\\end{cvlist}'];
  const blocks = [];
  if (basics.summary) blocks.push(`\\begin{cvlist}{${korean ? '소개' : 'Summary'}}\n\\item ${x(basics.summary)}\n\\end{cvlist}`);
  blocks.push(...inOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    blocks.push(`\\begin{cvlist}{${words.skills}}`);
    if (entry.presentation.flatSkills) blocks.push(`\\item ${allSkills(skills).map(x).join(', ')}`);
    else blocks.push(...skills.map((group) => `\\item[${x(group.name)}] ${group.keywords.map(x).join(', ')}`));
    blocks.push('\\end{cvlist}');
  }
  if (languages.length > 0) blocks.push(`\\begin{cvlist}{${words.languages}}`, ...languages.map((l) => `\\item[${x(l.language)}] ${x(l.fluency)}`), '\\end{cvlist}');
  if (certificates.length > 0) blocks.push(`\\begin{cvlist}{${words.certificates}}`, ...certificates.map((c) => `\\item[${x(c.date)}] ${x(c.name)}, ${x(c.issuer)}`), '\\end{cvlist}');
  const contact = [x(entry.presentation.home), x(basics.phone), `\\href{mailto:${basics.email}}{${x(basics.email)}}`, ...labelledLinks(basics).map(([, url]) => `\\href{${url.replace(/[%#]/g, '\\$&')}}{${x(bareUrl(url))}}`)];
  const fonts = korean
    // Hangul from Noto Serif CJK KR as a fallback: with the CJK font as the main font, its digits and
    // hyphens reach the PDF's text layer as full-width forms (０１０－…), which no PDF a Korean sends has.
    ? "\\usepackage{fontspec}\\directlua{luaotfload.add_fallback('hangul', {'Noto Serif CJK KR:mode=node;'})}\\setmainfont{Liberation Serif}[RawFeature={fallback=hangul}]"
    : `\\usepackage{fontspec}\\directlua{luaotfload.add_fallback('cvfallback', {'DejaVu Serif:mode=node;'})}\\setmainfont{${index % 2 === 0 ? 'Latin Modern Roman' : 'Liberation Serif'}}[RawFeature={fallback=cvfallback}]`;
  return `\\documentclass[${index % 2 === 0 ? 'a4paper' : 'letterpaper'},11pt]{article}
\\usepackage[margin=2.2cm]{geometry}
${fonts}
\\usepackage[NoDate]{currvita}
\\setlength{\\cvlabelwidth}{${korean ? '36mm' : '34mm'}}
\\renewcommand*{\\cvlistheadingfont}{\\large\\bfseries}
\\usepackage[hidelinks]{hyperref}\\urlstyle{same}
\\setlength{\\parindent}{0pt}
\\hyphenpenalty=10000\\exhyphenpenalty=10000
\\begin{document}
\\begin{cv}{${x(basics.name)}}
${basics.label ? `{\\itshape ${x(basics.label)}}\\par\\smallskip` : ''}
${contact.join(' \\textbullet{} ')}\\par\\bigskip
${blocks.filter(Boolean).join('\n')}
\\end{cv}
\\end{document}
`;
}

// ------------------------------------------------------------------------------------------------
// Plain text with box-drawing rules (Koreans: 경력기술서)

const WIDTH = 78;

function boxRulesText(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const words = wordsOf(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const ascii = !korean && index % 3 === 2;
  const [h, v, tl, tr, bl, br] = ascii ? ['-', '|', '+', '+', '+', '+'] : ['─', '│', '┌', '┐', '└', '┘'];
  // Hangul takes two columns in a monospaced editor, so the rule is as long as the name looks.
  const columns = (text) => [...text].reduce((sum, char) => sum + (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uff60]/u.test(char) ? 2 : 1), 0);
  const box = (text) => [`${tl}${h.repeat(columns(text) + 2)}${tr}`, `${v} ${text} ${v}`, `${bl}${h.repeat(columns(text) + 2)}${br}`];
  const wrap = (text, indent = '') => wrapWords(text, WIDTH - indent.length).map((part) => `${indent}${part}`);
  const out = ascii
    ? [`+${'='.repeat(WIDTH - 2)}+`, `  ${basics.name}`, ...(basics.label ? [`  ${basics.label}`] : []), `+${'='.repeat(WIDTH - 2)}+`]
    : [`╔${'═'.repeat(WIDTH - 2)}╗`, `  ${basics.name}`, ...(basics.label ? [`  ${basics.label}`] : []), `╚${'═'.repeat(WIDTH - 2)}╝`];
  out.push('', ...contactItems(entry).map(([label, value]) => `${label}: ${value}`));
  const section = (title) => ['', ...box(korean ? title : title.toUpperCase()), ''];
  if (basics.summary) out.push(...section(korean ? '자기소개' : 'Summary'), ...wrap(basics.summary));
  const experience = section(korean ? '경력기술서' : words.experience);
  work.forEach((job, i) => {
    if (i > 0) experience.push('');
    if (korean) {
      experience.push(`■ ${job.name} (${jobDates[i]})`, `  - 직위: ${job.position}`);
      if (job.location) experience.push(`  - 근무지: ${job.location}`);
      if (job.highlights.length > 0) experience.push('  - 주요 업무 및 성과', ...job.highlights.flatMap((highlight) => wrap(`· ${highlight}`, '    ')));
    } else {
      const [first, second] = roleFirst(job, entry);
      experience.push(`${first} ${v} ${second}${job.location ? ` ${v} ${job.location}` : ''}`, jobDates[i], ...job.highlights.flatMap((highlight) => wrapWords(highlight, WIDTH - 4).map((part, n) => `${n === 0 ? '  * ' : '    '}${part}`)));
    }
  });
  const educationPart = section(words.education);
  education.forEach((school, i) => {
    educationPart.push(korean ? `■ ${school.institution} (${schoolDates[i]})` : school.institution, `  ${degreeCell(school, i, entry)}${korean ? '' : `, ${schoolDates[i]}`}`);
    if (school.score) educationPart.push(`  ${korean ? '학점 ' : ''}${school.score}`);
  });
  out.push(...inOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    out.push(...section(words.skills));
    if (entry.presentation.flatSkills) out.push(...wrap(allSkills(skills).join(', ')));
    else for (const group of skills) out.push(...wrap(`${group.name}: ${group.keywords.join(', ')}`));
  }
  if (languages.length > 0) out.push(...section(words.languages), ...languages.map((l) => `${l.language} ${v} ${l.fluency}`));
  if (certificates.length > 0) out.push(...section(words.certificates), ...certificates.map((c) => `${c.date}  ${c.name} (${c.issuer})`));
  return `${out.join('\n')}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-photoheader': 'pdf', 'html-jobportal': 'pdf', 'html-gdocsserif': 'pdf', 'docx-formtable': 'docx',
  'libreoffice-formtable': 'pdf', 'docx-leftpanel': 'docx', 'latex-currvita': 'pdf', 'text-boxrules': 'txt',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'seventh held-back résumé set',
  people: buildHoldout7Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (seventh held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  async render(people) {
    await renderChromium(people);
    const forLibreOffice = [];
    for (const [index, entry] of people.entries()) {
      const form = pinDocx(await formDocx(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-formtable.docx`), form);
      forLibreOffice.push([`${entry.id}.formtable`, 'docx', form]);
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-leftpanel.docx`), pinDocx(await leftPanelDocx(entry, index)));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-boxrules.txt`), boxRulesText(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.latex-currvita.pdf`), pinPdf(typesetLua(currvitaSource(entry, index))));
    }
    const pdfs = sofficeToPdf(forLibreOffice);
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-formtable.pdf`), pinPdf(pdfs.get(`${entry.id}.formtable`)));
  },
});
