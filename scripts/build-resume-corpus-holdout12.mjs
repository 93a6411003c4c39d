// Builds the twelfth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout12/):
// 30 people written out by hand (scripts/resume-corpus-holdout12-content.mjs; 22 in English from eleven
// countries no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts no earlier
// set (resume-corpus, -fresh, -holdout … -holdout11, -ko) uses:
// - `html-gdocsswiss`         Chromium; Google Docs' "Swiss" template downloaded as PDF: the name and the
//                             stacked contact block side by side, every section heading in a LEFT COLUMN
//                             (coral) beside its content, "**Employer**, place — *Title*" over the dates.
// - `html-careerprofile`      Chromium; a career site's profile printed from the browser: for the English
//                             writers a SEEK-style profile ("Career history": role, company, "Mar 2019 –
//                             Present (7 yrs 10 mos)"), for the Koreans a 리멤버 (Remember) profile print
//                             (경력 총 N년 M개월, per company "2021.03 - 현재 · 5년 10개월").
// - `latex-curve`             LuaLaTeX with TeX Live's `curve` class: left/right header (name | contact), a
//                             "Curriculum Vitae" title, rubrics whose dates sit in a NARROW KEY COLUMN and
//                             wrap across lines ("Sept. 2017 –" / "date").
// - `libreoffice-continuation` a flat ODT exported to PDF by LibreOffice: a two-page résumé whose second page
//                             has a CONTINUATION HEADER ("Name — Résumé, continued") and every page a
//                             "Page N of M" footer; right-aligned dates on the title line (tab stop).
// - `libreoffice-functional`  a flat ODT saved as DOCX by LibreOffice: a FUNCTIONAL (skills-based) résumé:
//                             core competencies, key achievements (every bullet, detached from its job), and
//                             a short employment history of one line per job at the end.
// - `docx-personaldetails`    the `docx` package; a Commonwealth-style CV: "CURRICULUM VITAE", a PERSONAL
//                             DETAILS table (date of birth, nationality…), education as a bordered table,
//                             jobs as "Position:" / "Employer:" / "Period:" / "Duties:" lines, REFEREES at the
//                             end; for the Koreans a 사람인 자유양식 이력서 (인적사항, 학력사항 and 경력사항 tables).
// - `text-quotedreply`        plain text: an e-mail thread saved as text — the recruiter's reply on top, the
//                             candidate's e-mail with the résumé below it QUOTED with "> " and hard-wrapped.
// - `markdown-emojicontact`   Markdown as a chatbot or a résumé site writes it: `#` name, bold headline, one
//                             "📍 … | 📞 … | ✉️ …" line, `###` "Title — Employer" over "*place | dates*".
// The rendered files are committed (CI needs neither Chromium, LibreOffice nor TeX to read them).
//
// `npx node scripts/build-resume-corpus-holdout12.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit. Needs /usr/bin/chromium, `soffice` and `lualatex`; it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, certificateYearLine, degreeLine, escapeHtml, escapeXml, isKorean, labelledLinks, namesInOrder, pinDocx, pinPdf, say, sectionsInOrder, SHORT_MONTHS, sofficeConvert,
  typesetLua, withChromiumPrinter, wrapWords,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout12Content } from './resume-corpus-holdout12-content.mjs';
import { escapeLatex } from './resume-corpus-latex.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout12');
const FROZEN_ON = '2026-12-01';
const e = escapeHtml;

const languageList = (languages) => languages.map((l) => `${l.language} (${l.fluency})`).join(', ');
const firstName = (entry) => (isKorean(entry) ? entry.resume.basics.name : entry.resume.basics.name.split(' ')[0]);

/** Months from a job's start to its end (or December 2026), both counted. */
function monthsIn(startDate, endDate) {
  const [y1, m1 = 1] = startDate.split('-').map(Number);
  const [y2, m2 = 12] = (endDate ?? '2026-12').split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}
const koreanLength = (months) => [Math.floor(months / 12) > 0 ? `${Math.floor(months / 12)}년` : '', months % 12 > 0 ? `${months % 12}개월` : ''].filter(Boolean).join(' ');
/** SEEK's "7 yrs 10 mos". */
const englishLength = (months) => [Math.floor(months / 12) > 0 ? `${Math.floor(months / 12)} yr${Math.floor(months / 12) > 1 ? 's' : ''}` : '', months % 12 > 0 ? `${months % 12} mo${months % 12 > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
/** The site's own month format: "Mar 2020", or the year alone. */
const siteMonth = (date) => (date.length > 4 ? `${SHORT_MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}` : date);
/** 리멤버's "2020.03", or the year alone. */
const dotMonth = (date) => date.replace('-', '.');

// ------------------------------------------------------------------------------------------------
// Chromium: Google Docs "Swiss"; a career site's profile print (SEEK-style, 리멤버 for the Koreans)

function swissPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const font = korean ? "'Noto Sans CJK KR'" : index % 2 === 0 ? "'Liberation Sans'" : "'DejaVu Sans'";
  const css = `<style>body { margin: 0; font-family: ${font}, sans-serif; font-size: 9.5pt; color: #000; line-height: 1.38; }
    header { display: flex; justify-content: space-between; align-items: flex-start; margin-bottom: 6mm; }
    h1 { font-size: 24pt; margin: 0; font-weight: bold; line-height: 1.1; } .label { font-size: 10.5pt; margin-top: 1mm; }
    .contact { text-align: right; font-size: 9pt; } .contact p { margin: 0; }
    section { display: grid; grid-template-columns: 38mm 1fr; column-gap: 5mm; margin-top: 5mm; }
    h2 { color: #f75d5d; font-size: 10.5pt; font-weight: bold; margin: 0; } h2::before { content: ''; display: inline-block; width: 2.5mm; height: 2.5mm; background: #f75d5d; margin-right: 2mm; }
    .entry { margin-bottom: 3mm; } .date { color: #666; font-size: 8pt; letter-spacing: .3pt; } ul { margin: .8mm 0 0; padding-left: 5mm; } p { margin: 0; }</style>`;
  const section = (title, content) => `<section><h2>${e(title)}</h2><div>${content}</div></section>`;
  const parts = [`<header><div><h1>${e(basics.name)}</h1>${basics.label ? `<div class="label">${e(basics.label)}</div>` : ''}</div><div class="contact">${[entry.presentation.home, basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))].map((item) => `<p>${e(item)}</p>`).join('')}</div></header>`];
  if (basics.summary) parts.push(section(say(entry, 'Profile', '소개'), `<p>${e(basics.summary)}</p>`));
  const experience = section(say(entry, 'Experience', '경력'), work.map((job, i) => `<div class="entry"><p><b>${e(job.name)}</b>${job.location ? `, ${e(job.location)}` : ''} — <i>${e(job.position)}</i></p><p class="date">${e(jobDates[i].toUpperCase())}</p>${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : ''}</div>`).join(''));
  const educationPart = section(say(entry, 'Education', '학력'), education.map((school, i) => `<div class="entry"><p><b>${e(school.institution)}</b> — <i>${e(degreeLine(school, i, entry))}</i></p><p class="date">${e(schoolDates[i].toUpperCase())}</p></div>`).join(''));
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(section(say(entry, 'Skills', '보유 기술'), entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(', '))}</p>` : skills.map((g) => `<p><b>${e(g.name)}</b> — ${e(g.keywords.join(', '))}</p>`).join('')));
  if (certificates.length > 0) parts.push(section(say(entry, 'Awards', '자격증'), certificates.map((c) => `<p>${e(certificateYearLine(c))}</p>`).join('')));
  if (languages.length > 0) parts.push(section(say(entry, 'Languages', '외국어'), `<p>${e(languageList(languages))}</p>`));
  return [`${css}${parts.join('\n')}`, { format: korean || index % 2 === 0 ? 'A4' : 'Letter', margin: { top: '18mm', bottom: '16mm', left: '18mm', right: '18mm' } }];
}

function careerProfilePage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const css = `<style>body { margin: 0; font-family: ${korean ? "'Noto Sans CJK KR'" : "'Liberation Sans'"}, sans-serif; font-size: 9.5pt; color: #1c1c1c; line-height: 1.45; }
    .site { font-size: 8pt; color: #777; border-bottom: 1px solid #ddd; padding-bottom: 1.5mm; margin-bottom: 5mm; } h1 { font-size: 21pt; margin: 0; }
    .head p { margin: .6mm 0; } .muted { color: #666; } h2 { font-size: 12pt; margin: 6mm 0 2.5mm; } .card { border: 1px solid #d9dde3; border-radius: 2mm; padding: 3mm 4mm; margin-bottom: 2.5mm; }
    .role { font-weight: bold; font-size: 10.5pt; } .chips span { display: inline-block; border: 1px solid #b9c3d3; border-radius: 3mm; padding: .3mm 2.5mm; margin: 0 1.5mm 1.5mm 0; font-size: 8.5pt; }
    ul { margin: 1mm 0 0; padding-left: 5mm; } p { margin: 0; } .co { font-weight: bold; font-size: 10.5pt; color: #0b3d91; }</style>`;
  const bullets = (items) => (items.length > 0 ? `<ul>${items.map((h) => `<li>${e(h)}</li>`).join('')}</ul>` : '');
  const links = labelledLinks(basics).map(([label, url]) => `<p>${e(label)}: ${e(bareUrl(url))}</p>`).join('');
  const parts = [];
  if (korean) {
    const total = work.filter((job) => !/자원봉사|아르바이트/.test(job.position)).reduce((sum, job) => sum + monthsIn(job.startDate, job.endDate), 0);
    const current = work.find((job) => !job.endDate);
    parts.push('<div class="site">리멤버 커리어 · 프로필 인쇄</div>');
    parts.push(`<div class="head"><h1>${e(basics.name)}</h1>${current ? `<p><b>${e(current.name)}</b> · ${e(current.position)}</p>` : ''}<p class="muted">희망 직무: ${e(basics.label ?? '')}</p><p class="muted">${e(basics.phone)} · ${e(basics.email)}</p><p class="muted">거주지: ${e(entry.presentation.home)}</p>${links}</div>`);
    if (basics.summary) parts.push(`<h2>소개</h2><div class="card"><p>${e(basics.summary)}</p></div>`);
    parts.push(`<h2>경력 <span class="muted" style="font-size:9pt">총 ${e(koreanLength(total))}</span></h2>${work.map((job) => `<div class="card"><p class="co">${e(job.name)}</p><p>${e(job.position)}</p><p class="muted">${e(dotMonth(job.startDate))} - ${job.endDate ? e(dotMonth(job.endDate)) : '현재'} · ${e(koreanLength(monthsIn(job.startDate, job.endDate)))}${job.location ? ` · ${e(job.location)}` : ''}</p>${bullets(job.highlights)}</div>`).join('')}`);
    parts.push(`<h2>학력</h2>${education.map((school) => `<div class="card"><p class="co">${e(school.institution)}</p><p>${e([school.area, school.studyType].filter(Boolean).join(' · '))}</p><p class="muted">${e(dotMonth(school.startDate))} - ${e(dotMonth(school.endDate))}</p></div>`).join('')}`);
    if (skills.length > 0) parts.push(`<h2>스킬</h2><div class="chips">${allSkills(skills).map((s) => `<span>${e(s)}</span>`).join('')}</div>`);
    if (certificates.length > 0) parts.push(`<h2>자격증</h2>${certificates.map((c) => `<p>${e(c.name)} <span class="muted">· ${e(c.issuer)} · ${e(dotMonth(c.date))}</span></p>`).join('')}`);
    if (languages.length > 0) parts.push(`<h2>외국어</h2>${languages.map((l) => `<p>${e(l.language)} <span class="muted">· ${e(l.fluency)}</span></p>`).join('')}`);
  } else {
    parts.push('<div class="site">Profile — printed from the careers site</div>');
    parts.push(`<div class="head"><h1>${e(basics.name)}</h1><p>${e(basics.label ?? '')}</p><p class="muted">${e(entry.presentation.home)}</p><p class="muted">${e(basics.email)}</p><p class="muted">${e(basics.phone)}</p>${links}</div>`);
    if (basics.summary) parts.push(`<h2>Personal summary</h2><div class="card"><p>${e(basics.summary)}</p></div>`);
    const experience = `<h2>Career history</h2>${work.map((job) => `<div class="card"><p class="role">${e(job.position)}</p><p>${e(job.name)}${job.location ? ` — ${e(job.location)}` : ''}</p><p class="muted">${e(siteMonth(job.startDate))} - ${job.endDate ? e(siteMonth(job.endDate)) : 'Present'}${job.startDate.length > 4 && (job.endDate ?? '2026-12').length > 4 ? ` (${e(englishLength(monthsIn(job.startDate, job.endDate)))})` : ''}</p>${bullets(job.highlights)}</div>`).join('')}`;
    const educationPart = `<h2>Education</h2>${education.map((school) => `<div class="card"><p class="role">${e([school.studyType, school.area].filter(Boolean).join(', '))}</p><p>${e(school.institution)}</p><p class="muted">Finished ${e(school.endDate.slice(0, 4))}</p></div>`).join('')}`;
    parts.push(...sectionsInOrder(entry, experience, educationPart));
    if (certificates.length > 0) parts.push(`<h2>Licences &amp; certifications</h2>${certificates.map((c) => `<div class="card"><p class="role">${e(c.name)}</p><p>${e(c.issuer)}</p><p class="muted">Issued ${e(siteMonth(c.date))}</p></div>`).join('')}`);
    if (skills.length > 0) parts.push(`<h2>Skills</h2><div class="chips">${allSkills(skills).map((s) => `<span>${e(s)}</span>`).join('')}</div>`);
    if (languages.length > 0) parts.push(`<h2>Languages</h2>${languages.map((l) => `<p>${e(l.language)} <span class="muted">— ${e(l.fluency)}</span></p>`).join('')}`);
  }
  return [`${css}${parts.join('\n')}`, { format: korean || index % 2 === 1 ? 'A4' : 'Letter', margin: { top: '14mm', bottom: '14mm', left: '16mm', right: '16mm' } }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-gdocsswiss.pdf`), pinPdf(await print(...swissPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-careerprofile.pdf`), pinPdf(await print(...careerProfilePage(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// LuaLaTeX: TeX Live's `curve` class, the rubrics written to files by filecontents in the same source

function curveSource(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const t = escapeLatex;
  const dash = (text) => t(text).replace(/ [–-] /g, ' -- ');
  // The key column is narrow, so a long range wraps onto a second line as curve's own examples do.
  const key = (text) => `{\\parbox[t]{2.5cm}{\\raggedright ${dash(text)}}}`;
  const rubrics = [];
  const rubric = (name, title, entries) => rubrics.push([name, `\\begin{rubric}{${title}}\n${entries.join('\n')}\n\\end{rubric}`]);
  if (basics.summary) rubric('profile', say(entry, 'Profile', '자기소개'), [`\\entry*[] ${t(basics.summary)}`]);
  const experience = () => rubric('experience', say(entry, 'Employment', '경력'), work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    const bullets = job.highlights.map((h) => `\\newline -- ${t(h)}`).join('');
    return `\\entry*[${key(jobDates[i])}] \\textbf{${t(first)}}, ${t(second)}${job.location ? `, \\textit{${t(job.location)}}` : ''}${bullets}`;
  }));
  const educationPart = () => rubric('education', say(entry, 'Education', '학력'), education.map((school, i) => `\\entry*[${key(schoolDates[i])}] \\textbf{${t(degreeLine(school, i, entry))}}, ${t(school.institution)}`));
  for (const part of sectionsInOrder(entry, experience, educationPart)) part();
  if (skills.length > 0) {
    rubric('skills', say(entry, 'Skills', '보유 기술'), entry.presentation.flatSkills ? [`\\entry*[] ${t(allSkills(skills).join(', '))}`] : skills.map((g) => `\\entry*[${t(g.name)}] ${t(g.keywords.join(', '))}`));
  }
  if (languages.length > 0) rubric('languages', say(entry, 'Languages', '외국어'), languages.map((l) => `\\entry*[${t(l.language)}] ${t(l.fluency)}`));
  if (certificates.length > 0) rubric('certificates', say(entry, 'Certificates', '자격증'), certificates.map((c) => `\\entry*[${t(c.date.slice(0, 4))}] ${t(c.name)}, ${t(c.issuer)}`));
  const contact = [t(entry.presentation.home), t(basics.phone), `\\href{mailto:${basics.email}}{${t(basics.email)}}`, ...labelledLinks(basics).map(([, url]) => `\\href{${url.replace(/[%#]/g, '\\$&')}}{${t(bareUrl(url))}}`)].join('\\\\\n');
  const paper = korean || index % 2 === 1 ? 'a4paper' : 'letterpaper';
  const main = korean || index % 2 === 0 ? 'DejaVu Serif' : 'Liberation Serif';
  const files = rubrics.map(([name, body]) => `\\begin{filecontents*}[overwrite]{${name}.tex}\n${body}\n\\end{filecontents*}`).join('\n');
  return `${files}
\\documentclass[${paper},10pt]{curve}
\\usepackage[${paper},margin=2cm]{geometry}
\\usepackage{fontspec}\\directlua{luaotfload.add_fallback('curvefallback', {'DejaVu Sans:mode=node;', 'Noto Sans CJK KR:mode=node;'})}\\setmainfont{${main}}[RawFeature={fallback=curvefallback}]
\\usepackage[hidelinks]{hyperref}\\urlstyle{same}
\\prefix{}\\rubricfont{\\large\\bfseries}
\\hyphenpenalty=10000\\exhyphenpenalty=10000
\\leftheader{{\\LARGE\\bfseries ${t(basics.name)}}${basics.label ? `\\\\[2pt]\n${t(basics.label)}` : ''}}
\\rightheader{\\small ${contact}}
\\title{${say(entry, 'Curriculum Vitae', '이 력 서')}}
\\begin{document}
\\makeheaders[c]
${rubrics.map(([name]) => `\\makerubric{${name}}`).join('\n')}
\\end{document}
`;
}

// ------------------------------------------------------------------------------------------------
// Flat ODTs for LibreOffice: a two-page résumé with a continuation header (PDF), a functional résumé (DOCX)

const ODT_NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"', 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"', 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"', 'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
].join(' ');
const x = escapeXml;
const para = (style, content) => `<text:p text:style-name="${style}">${content}</text:p>`;
const bold = (text) => `<text:span text:style-name="Strong">${x(text)}</text:span>`;
const italic = (text) => `<text:span text:style-name="Em">${x(text)}</text:span>`;
const bulletList = (items) => (items.length > 0 ? `<text:list text:style-name="Bullets">${items.map((item) => `<text:list-item>${para('Bullet', x(item))}</text:list-item>`).join('')}</text:list>` : '');

/**
 * A flat ODT: a Latin and a Korean font, paragraph styles as [name, paragraph props, text props, inner XML],
 * master pages (the first named `First`, which the `Name` style that opens the body takes), and the body.
 */
function odtDocument({ korean, letter, latin, size, paragraphStyles, masterPages, body }) {
  // The style that opens the body names the first master page (an attribute of the style, not of its paragraph properties).
  const paragraphStyle = ([name, paragraph, text, inner = '']) => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"${name === 'Name' ? ' style:master-page-name="First"' : ''}><style:paragraph-properties ${paragraph}>${inner}</style:paragraph-properties>${text ? `<style:text-properties ${text}/>` : ''}</style:style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${ODT_NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${latin}" svg:font-family="'${latin}'"/><style:font-face style:name="Noto Sans CJK KR" svg:font-family="'Noto Sans CJK KR'"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="${latin}" fo:font-size="${size}" style:font-name-asian="Noto Sans CJK KR" style:font-size-asian="${size}" fo:language="${korean ? 'ko' : 'en'}" fo:country="${korean ? 'KR' : 'GB'}"/></style:style>
<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="page"><style:page-layout-properties fo:page-width="${letter ? '21.59cm' : '21cm'}" fo:page-height="${letter ? '27.94cm' : '29.7cm'}" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Em" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
${paragraphStyles.map(paragraphStyle).join('\n')}
</office:automatic-styles>
<office:master-styles>${masterPages}</office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`;
}

function continuationOdt(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const letter = !korean && index % 2 === 0;
  const width = letter ? 17.19 : 16.6;
  const footer = korean
    ? '<style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number> / <text:page-count>2</text:page-count></text:p></style:footer>'
    : '<style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>2</text:page-count></text:p></style:footer>';
  const header = `<style:header><text:p text:style-name="Header">${x(say(entry, `${basics.name} — Résumé, continued`, `${basics.name} — 이력서 (계속)`))}<text:tab/>${x(basics.email)}</text:p></style:header>`;
  const masterPages = `<style:master-page style:name="First" style:page-layout-name="page" style:next-style-name="Rest">${footer}</style:master-page><style:master-page style:name="Rest" style:page-layout-name="page">${header}${footer}</style:master-page>`;
  const body = [para('Name', x(basics.name))];
  if (basics.label) body.push(para('Headline', x(basics.label)));
  body.push(para('Contact', x([entry.presentation.home, basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))].join('  |  '))));
  if (basics.summary) body.push(para('Heading', x(say(entry, 'SUMMARY', '요약'))), para('Text', x(basics.summary)));
  const experience = [para('Heading', x(say(entry, 'PROFESSIONAL EXPERIENCE', '경력 사항'))), ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [para('JobTitle', `${bold(first)}<text:tab/>${x(jobDates[i])}`), para('JobSub', italic([second, job.location].filter(Boolean).join(', '))), bulletList(job.highlights)];
  })];
  const educationPart = [para('Heading', x(say(entry, 'EDUCATION', '학력 사항'))), ...education.flatMap((school, i) => [para('JobTitle', `${bold(school.institution)}<text:tab/>${x(schoolDates[i])}`), para('JobSub', x(degreeLine(school, i, entry)))])];
  // The second of the two parts starts page 2, under the continuation header, as such résumés are laid out.
  const [firstPart, secondPart] = sectionsInOrder(entry, experience, educationPart);
  body.push(...firstPart, secondPart[0].replace('text:style-name="Heading"', 'text:style-name="HeadingPage"'), ...secondPart.slice(1));
  if (skills.length > 0) body.push(para('Heading', x(say(entry, 'SKILLS', '보유 기술'))), ...(entry.presentation.flatSkills ? [para('Text', x(allSkills(skills).join(', ')))] : skills.map((g) => para('Text', `${bold(`${g.name}: `)}${x(g.keywords.join(', '))}`))));
  if (certificates.length > 0) body.push(para('Heading', x(say(entry, 'CERTIFICATIONS', '자격증'))), bulletList(certificates.map(certificateYearLine)));
  if (languages.length > 0) body.push(para('Heading', x(say(entry, 'LANGUAGES', '외국어'))), para('Text', x(languageList(languages))));
  const tab = `<style:tab-stops><style:tab-stop style:position="${width.toFixed(2)}cm" style:type="right"/></style:tab-stops>`;
  return odtDocument({
    korean, letter, latin: korean ? 'Noto Sans CJK KR' : index % 2 === 0 ? 'Liberation Serif' : 'DejaVu Serif', size: '11.5pt', body: body.join('\n'), masterPages,
    paragraphStyles: [
      ['Name', 'fo:margin-bottom="0.1cm"', 'fo:font-size="22pt" style:font-size-asian="21pt" fo:font-weight="bold" style:font-weight-asian="bold"'],
      ['Headline', 'fo:margin-bottom="0.15cm"', 'fo:font-size="13pt" style:font-size-asian="13pt" fo:color="#444444"'],
      ['Contact', 'fo:margin-bottom="0.3cm" fo:padding-bottom="0.2cm" fo:border-bottom="1pt solid #000000"', 'fo:font-size="10pt" style:font-size-asian="10pt"'],
      ['Heading', 'fo:margin-top="0.6cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"', 'fo:font-size="12pt" style:font-size-asian="12pt" fo:font-weight="bold" style:font-weight-asian="bold"'],
      ['HeadingPage', 'fo:margin-top="0.6cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always" fo:break-before="page"', 'fo:font-size="12pt" style:font-size-asian="12pt" fo:font-weight="bold" style:font-weight-asian="bold"'],
      ['JobTitle', 'fo:margin-top="0.3cm" fo:margin-bottom="0cm" fo:keep-with-next="always"', '', tab],
      ['JobSub', 'fo:margin-bottom="0.1cm" fo:keep-with-next="always"', ''],
      ['Bullet', 'fo:margin-bottom="0.08cm" fo:line-height="125%"', ''],
      ['Text', 'fo:margin-bottom="0.15cm" fo:line-height="125%"', ''],
      ['Header', 'fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.1cm"', 'fo:font-size="9pt" style:font-size-asian="9pt" fo:color="#555555"', tab],
      ['Footer', 'fo:text-align="center"', 'fo:font-size="9pt" style:font-size-asian="9pt" fo:color="#555555"'],
    ],
  });
}

function functionalOdt(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const body = [para('Name', x(basics.name))];
  if (basics.label) body.push(para('Centre', x(basics.label)));
  body.push(para('Centre', x([entry.presentation.home, basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))].join(' • '))));
  if (basics.summary) body.push(para('Heading', x(say(entry, 'Summary of Qualifications', '자기소개'))), para('Text', x(basics.summary)));
  if (skills.length > 0) {
    body.push(para('Heading', x(say(entry, 'Core Competencies', '핵심 역량'))));
    body.push(...(entry.presentation.flatSkills ? [para('Text', x(allSkills(skills).join(' • ')))] : skills.map((g) => para('Text', `${bold(g.name)} — ${x(g.keywords.join(', '))}`))));
  }
  // A functional résumé tells what the person achieved under one heading, apart from where.
  const achievements = work.flatMap((job) => job.highlights);
  if (achievements.length > 0) body.push(para('Heading', x(say(entry, 'Key Achievements', '주요 성과'))), bulletList(achievements));
  const experience = [para('Heading', x(say(entry, 'Employment History', '경력 사항'))), ...work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return para('Line', `${bold(first)}${korean ? ' ' : ', '}${x(second)}${job.location ? `, ${x(job.location)}` : ''} <text:tab/>${x(jobDates[i])}`);
  })];
  const educationPart = [para('Heading', x(say(entry, 'Education', '학력 사항'))), ...education.map((school, i) => para('Line', `${bold(degreeLine(school, i, entry))}, ${x(school.institution)} <text:tab/>${x(schoolDates[i])}`))];
  body.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (certificates.length > 0) body.push(para('Heading', x(say(entry, 'Certifications', '자격증'))), ...certificates.map((c) => para('Line', x(certificateYearLine(c)))));
  if (languages.length > 0) body.push(para('Heading', x(say(entry, 'Languages', '외국어'))), para('Text', x(languageList(languages))));
  const letter = !korean && index % 2 === 1;
  const tab = `<style:tab-stops><style:tab-stop style:position="${(letter ? 17.19 : 16.6).toFixed(2)}cm" style:type="right"/></style:tab-stops>`;
  return odtDocument({
    korean, letter, latin: korean ? 'Noto Sans CJK KR' : index % 2 === 0 ? 'Liberation Sans' : 'DejaVu Sans', size: '10.5pt', body: body.join('\n'),
    masterPages: '<style:master-page style:name="First" style:page-layout-name="page"/>',
    paragraphStyles: [
      ['Name', 'fo:text-align="center" fo:margin-bottom="0.1cm"', 'fo:font-size="20pt" style:font-size-asian="19pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#1F4E79"'],
      ['Centre', 'fo:text-align="center" fo:margin-bottom="0.05cm"', 'fo:font-size="9.5pt" style:font-size-asian="9.5pt"'],
      ['Heading', 'fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:border-bottom="1pt solid #1F4E79" fo:padding-bottom="0.05cm"', 'fo:font-size="11.5pt" style:font-size-asian="11.5pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#1F4E79"'],
      ['Text', 'fo:margin-bottom="0.12cm"', ''],
      ['Bullet', 'fo:margin-bottom="0.06cm"', ''],
      ['Line', 'fo:margin-bottom="0.08cm"', '', tab],
    ],
  });
}

// ------------------------------------------------------------------------------------------------
// DOCX (the `docx` package): a CV with a personal-details table and referees (사람인 자유양식 for the Koreans)

const BULLETS = { config: [{ reference: 'cv-bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }] }] };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function personalDetailsDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates, born, nationality, referees } = entry.presentation;
  const run = (text, options = {}) => new TextRun({ text, ...options });
  const p = (children, options = {}) => new Paragraph({ spacing: { after: 40 }, ...options, children: typeof children === 'string' ? [run(children)] : children });
  const heading = (text) => p([run(text, { bold: true, size: 23 })], { spacing: { before: 260, after: 100 }, keepNext: true, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } });
  const cell = (content, { shade = false, width } = {}) => new TableCell({
    ...(width ? { width: { size: width, type: WidthType.PERCENTAGE } } : {}),
    ...(shade ? { shading: { fill: 'EDEDED' } } : {}),
    children: (Array.isArray(content) ? content : [content]).map((item) => (typeof item === 'string' ? p([run(item, shade ? { bold: true } : {})]) : item)),
  });
  const table = (rows, widths, header = false) => new Table({
    width: { size: 100, type: WidthType.PERCENTAGE }, borders: GRID,
    rows: rows.map((cells, r) => new TableRow({ children: cells.map((content, c) => cell(content, { shade: (header && r === 0) || (!header && c === 0 && widths.length === 2), width: widths[c] })) })),
  });
  const links = labelledLinks(basics);
  const children = [p([run(say(entry, 'CURRICULUM VITAE', '이 력 서'), { bold: true, size: 32 })], { alignment: AlignmentType.CENTER, spacing: { after: 240 } })];
  if (korean) {
    children.push(heading('인적사항'), table([
      ['성명', basics.name], ['생년월일', born], ['연락처', basics.phone], ['이메일', basics.email], ['주소', entry.presentation.home], ['지원 분야', basics.label ?? ''],
      ...links.map(([label, url]) => [label, bareUrl(url)]),
    ], [25, 75]));
    children.push(heading('학력사항'), table([['기간', '학교명', '전공', '학위'], ...education.map((school, i) => [schoolDates[i], school.institution, school.area ?? '', school.studyType])], [28, 32, 22, 18], true));
    children.push(heading('경력사항'), table([['기간', '회사명', '직위', '담당업무'], ...work.map((job, i) => [jobDates[i], job.name, job.position, job.highlights.length > 0 ? job.highlights.map((h) => p(`- ${h}`)) : '-'])], [20, 22, 16, 42], true));
    if (certificates.length > 0) children.push(heading('자격사항'), table([['취득일', '자격증명', '발행처'], ...certificates.map((c) => [dotMonth(c.date), c.name, c.issuer])], [20, 45, 35], true));
    if (languages.length > 0) children.push(heading('어학'), table([['언어', '수준'], ...languages.map((l) => [l.language, l.fluency])], [30, 70], true));
    if (skills.length > 0) children.push(heading('보유 기술'), p(allSkills(skills).join(', ')));
    if (basics.summary) children.push(heading('자기소개'), p(basics.summary));
    children.push(p('위에 기재한 사항은 사실과 틀림이 없습니다.', { alignment: AlignmentType.CENTER, spacing: { before: 400 } }), p(`2026년 12월 1일   작성자: ${basics.name} (인)`, { alignment: AlignmentType.RIGHT }));
  } else {
    children.push(heading('PERSONAL DETAILS'), table([
      ['Name', basics.name], ['Date of Birth', born], ['Nationality', nationality], ['Address', entry.presentation.home], ['Telephone', basics.phone], ['E-mail', basics.email],
      ...links.map(([label, url]) => [label, bareUrl(url)]),
    ], [28, 72]));
    if (basics.summary) children.push(heading('CAREER OBJECTIVE'), p(basics.summary));
    const educationPart = () => children.push(heading('EDUCATION AND QUALIFICATIONS'), table([['Period', 'Institution', 'Qualification'], ...education.map((school, i) => [schoolDates[i], school.institution, entry.presentation.degreeTexts[i]])], [20, 42, 38], true));
    const experience = () => {
      children.push(heading('WORK EXPERIENCE'));
      work.forEach((job, i) => {
        const position = p([run('Position: ', { bold: true }), run(job.position)], { spacing: { before: i > 0 ? 180 : 0, after: 20 }, keepNext: true });
        const employer = p([run('Employer: ', { bold: true }), run([job.name, job.location].filter(Boolean).join(', '))], { spacing: { after: 20 }, keepNext: true });
        children.push(...(entry.presentation.employerFirst ? [employer, position] : [position, employer]));
        children.push(p([run('Period: ', { bold: true }), run(jobDates[i])], { spacing: { after: 20 } }));
        if (job.highlights.length > 0) children.push(p([run('Duties and achievements:', { bold: true })], { keepNext: true, spacing: { after: 20 } }), ...job.highlights.map((h) => p(h, { numbering: { reference: 'cv-bullets', level: 0 } })));
      });
    };
    for (const part of sectionsInOrder(entry, experience, educationPart)) part();
    if (certificates.length > 0) children.push(heading('PROFESSIONAL CERTIFICATES'), ...certificates.map((c) => p(certificateYearLine(c), { numbering: { reference: 'cv-bullets', level: 0 } })));
    if (skills.length > 0) children.push(heading('SKILLS'), ...(entry.presentation.flatSkills ? [p(allSkills(skills).join(', '))] : skills.map((g) => p([run(`${g.name}: `, { bold: true }), run(g.keywords.join(', '))]))));
    if (languages.length > 0) children.push(heading('LANGUAGES'), table([['Language', 'Level'], ...languages.map((l) => [l.language, l.fluency])], [40, 60], true));
    children.push(heading('REFEREES'));
    if (referees.length === 0) children.push(p('Available on request.'));
    else referees.forEach(([name, role, phone], n) => children.push(p([run(`${n + 1}. ${name}`, { bold: true })], { spacing: { before: n > 0 ? 120 : 0, after: 0 } }), p(role, { spacing: { after: 0 } }), p(`Tel: ${phone}`)));
  }
  if (links.length > 0 && !korean) {
    // The profile links are also typed under the details, clickable, as Word turns a typed URL into a link.
    children.splice(3, 0, p(links.map(([, url], n) => [...(n > 0 ? [run('   ')] : []), new ExternalHyperlink({ link: url, children: [run(bareUrl(url), { color: '0563C1', underline: {} })] })]).flat(), { spacing: { before: 80 } }));
  }
  const latin = korean ? 'Malgun Gothic' : index % 2 === 0 ? 'Times New Roman' : 'Arial';
  const page = korean || index % 2 === 0 ? { width: 11906, height: 16838 } : { width: 12240, height: 15840 };
  return new Document({
    creator: 'Candor twelfth held-back résumé set', title: korean ? `${basics.name} 이력서` : `${basics.name} CV`,
    styles: { default: { document: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: 'Noto Sans CJK KR', cs: latin }, size: 21 } } } },
    numbering: BULLETS,
    sections: [{ properties: { page: { size: page, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  });
}

// ------------------------------------------------------------------------------------------------
// Plain text: an e-mail thread with the résumé quoted; Markdown with emoji contact items

/** Columns a string takes in a fixed-width e-mail view (Hangul counted as two). */
const columns = (text) => [...text].reduce((sum, char) => sum + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(char) ? 2 : 1), 0);

function quotedReplyText(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const cv = [];
  const wrap = (text, indent = '') => wrapWords(text, 68 - indent.length, columns).map((line, n) => `${n === 0 ? '' : indent}${line}`);
  const section = (title) => cv.push('', korean ? `■ ${title}` : title.toUpperCase());
  cv.push(say(entry, 'Dear Hiring Manager,', '안녕하세요, 채용 담당자님.'), '', ...wrap(say(entry, `Please find my CV below for the ${basics.label} position. I am happy to send it in another format if needed.`, `${basics.label} 직무에 지원합니다. 이력서를 본문에 붙여 보내드립니다.`)), '');
  cv.push(korean ? basics.name : basics.name.toUpperCase(), ...(basics.label ? [basics.label] : []), entry.presentation.home, `${basics.phone} | ${basics.email}`, ...labelledLinks(basics).map(([, url]) => url));
  if (basics.summary) {
    section(say(entry, 'Profile', '자기소개'));
    cv.push(...wrap(basics.summary));
  }
  const experience = () => {
    section(say(entry, 'Work experience', '경력'));
    work.forEach((job, i) => {
      const [first, second] = namesInOrder(job, entry);
      cv.push(...wrap(`${first}${korean ? ' / ' : ' - '}${second}${job.location ? `, ${job.location}` : ''}`), jobDates[i], ...job.highlights.flatMap((h) => wrap(`- ${h}`, '  ')));
      if (i < work.length - 1) cv.push('');
    });
  };
  const educationPart = () => {
    section(say(entry, 'Education', '학력'));
    education.forEach((school, i) => cv.push(...wrap(`${school.institution}${korean ? ' / ' : ' - '}${degreeLine(school, i, entry)}`), schoolDates[i]));
  };
  for (const part of sectionsInOrder(entry, experience, educationPart)) part();
  if (skills.length > 0) {
    section(say(entry, 'Skills', '보유 기술'));
    cv.push(...(entry.presentation.flatSkills ? wrap(allSkills(skills).join(', ')) : skills.flatMap((g) => wrap(`${g.name}: ${g.keywords.join(', ')}`, '  '))));
  }
  if (languages.length > 0) {
    section(say(entry, 'Languages', '외국어'));
    cv.push(...wrap(languageList(languages)));
  }
  if (certificates.length > 0) {
    section(say(entry, 'Certificates', '자격증'));
    cv.push(...certificates.flatMap((c) => wrap(certificateYearLine(c), '  ')));
  }
  cv.push('', say(entry, 'Kind regards,', '감사합니다.'), basics.name);
  const quoted = cv.map((line) => (line ? `> ${line}` : '>'));
  const hours = ['09:14', '10:42', '16:05', '08:57'][index % 4];
  const head = korean
    ? ['보낸 사람: 채용팀 <recruit@example.co.kr>', `받는 사람: ${basics.name} <${basics.email}>`, `제목: RE: [입사지원] ${basics.label}`, '', `${basics.name} 님, 안녕하세요.`, '', '보내주신 이력서 잘 받았습니다. 서류 검토 후 2주 안에 연락드리겠습니다.', '', '채용팀 드림', '', `2026년 11월 28일 (토) 오전 ${hours}, ${basics.name} <${basics.email}>님이 작성:`]
    : ['From: Recruitment Team <careers@example.org>', `To: ${basics.name} <${basics.email}>`, `Subject: RE: Application - ${basics.label}`, '', `Dear ${firstName(entry)},`, '', 'Thank you, we have received your CV and will be in touch within two weeks.', '', 'Best regards,', 'Recruitment Team', '', `On Sat, 28 Nov 2026 at ${hours}, ${basics.name} <${basics.email}> wrote:`];
  return `${[...head, ...quoted].join('\n')}\n`;
}

/** Markdown's special characters in running text escaped. */
const md = (text) => text.replace(/([\\`*_[\]#|<>])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');

function emojiContactMarkdown(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const out = [`# ${md(basics.name)}`, ''];
  if (basics.label) out.push(`**${md(basics.label)}**`, '');
  out.push([`📍 ${md(entry.presentation.home)}`, `📞 ${md(basics.phone)}`, `✉️ ${basics.email}`, ...labelledLinks(basics).map(([label, url]) => `🔗 [${md(label)}](${url})`)].join(' | '), '', '---', '');
  if (basics.summary) out.push(`## ${say(entry, 'Professional Summary', '자기소개')}`, '', md(basics.summary), '');
  const experience = [`## ${say(entry, 'Professional Experience', '경력')}`, '', ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [`### ${md(first)} ${korean ? '|' : '—'} ${md(second)}`, `*${[job.location, jobDates[i]].filter(Boolean).map(md).join(' | ')}*`, '', ...job.highlights.map((h) => `- ${md(h)}`), ...(job.highlights.length > 0 ? [''] : [])];
  })];
  const educationPart = [`## ${say(entry, 'Education', '학력')}`, '', ...education.flatMap((school, i) => [`**${md(degreeLine(school, i, entry))}** — ${md(school.institution)}  `, `*${md(schoolDates[i])}*`, ''])];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) out.push(`## ${say(entry, 'Core Skills', '보유 기술')}`, '', ...(entry.presentation.flatSkills ? [allSkills(skills).map(md).join(' · ')] : skills.map((g) => `- **${md(g.name)}:** ${g.keywords.map(md).join(', ')}`)), '');
  if (languages.length > 0) out.push(`## ${say(entry, 'Languages', '외국어')}`, '', languages.map((l) => `${md(l.language)} (${md(l.fluency)})`).join(' · '), '');
  if (certificates.length > 0) out.push(`## ${say(entry, 'Certifications', '자격증')}`, '', ...certificates.map((c) => `- ${md(c.name)} — ${md(c.issuer)} (${c.date.slice(0, 4)})`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-gdocsswiss': 'pdf', 'html-careerprofile': 'pdf', 'latex-curve': 'pdf', 'libreoffice-continuation': 'pdf',
  'libreoffice-functional': 'docx', 'docx-personaldetails': 'docx', 'text-quotedreply': 'txt', 'markdown-emojicontact': 'md',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'twelfth held-back résumé set',
  people: buildHoldout12Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (twelfth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  async render(people) {
    await renderChromium(people);
    const continuations = [];
    const functionals = [];
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-quotedreply.txt`), quotedReplyText(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-emojicontact.md`), emojiContactMarkdown(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-personaldetails.docx`), pinDocx(await Packer.toBuffer(personalDetailsDocx(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.latex-curve.pdf`), pinPdf(typesetLua(curveSource(entry, index))));
      continuations.push([`${entry.id}.continuation`, 'fodt', continuationOdt(entry, index)]);
      functionals.push([`${entry.id}.functional`, 'fodt', functionalOdt(entry, index)]);
    }
    const pdfs = sofficeConvert(continuations, 'pdf:writer_pdf_Export', 'pdf');
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-continuation.pdf`), pinPdf(pdfs.get(`${entry.id}.continuation`)));
    const docxs = sofficeConvert(functionals, 'docx:MS Word 2007 XML', 'docx');
    for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-functional.docx`), pinDocx(docxs.get(`${entry.id}.functional`)));
  },
});
