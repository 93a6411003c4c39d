// Builds the fourteenth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout14/):
// 30 people written out by hand (scripts/resume-corpus-holdout14-content.mjs; 22 in English from eleven
// countries and territories no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts
// no earlier set (resume-corpus, -fresh, -holdout … -holdout13, -ko) uses:
// - `html-altacv`          Chromium; like Overleaf's AltaCV template exported to PDF: the name, the tagline in
//                          an accent colour, ONE line of contact behind symbols, then two columns — experience
//                          and education on the left ("Title" / employer in colour / "▦ dates  ⌖ place"), an
//                          "About me" quote, skill TAGS in boxes, languages with five rating dots on the right.
// - `html-deedy`           Chromium; like the "Deedy" résumé: the first name thin and the family name bold,
//                          centred contact under it, a NARROW LEFT column (education, links, skills, languages,
//                          certificates) beside a wide right one (summary, experience with the EMPLOYER first and
//                          "title | dates | place" in small capitals under it).
// - `html-atsreview`       Chromium; the "Review" page of a careers portal's application (Workday style) printed
//                          from the browser with its header and footer: every value under its field label
//                          ("First Name", "Last Name", "Job Title", "Company", "I currently work here", "From",
//                          "To", "Role Description"…), dates as the portal stores them (MM/YYYY); for the Koreans
//                          a Korean ATS 지원서 미리보기 print (그리팅 style: 회사명, 재직 기간, 담당 업무…).
// - `html-mailprint`       Chromium; a webmail "Print" of the e-mail the person sent with the résumé typed into
//                          the body (Gmail: the logo line, subject, "1 message", sender, date, "To:"; 네이버 메일 for
//                          the Koreans: 제목, 보낸사람, 받는사람, 날짜), the browser's header and footer with the URL.
// - `docx-outlinenumbered` the `docx` package; a Word résumé whose headings are an OUTLINE-NUMBERED list (Heading 1
//                          "1.", "2.", Heading 2 "2.1", "2.2" — Word's automatic numbers, not in the text) and whose
//                          duties are lettered "a)", "b)"; the name in Title style, the headline in Subtitle.
// - `text-wordsaveas`      plain text as Word's "Save As → Plain Text (UTF-8)" writes it: a byte-order mark, CRLF,
//                          one line per paragraph however long, no blank line where the document had paragraph
//                          spacing, tab characters where the document had tab stops and table cells, "•<tab>"
//                          bullets.
// - `markdown-mkdocs`      a Material for MkDocs page (a personal static site's cv.md): front matter hiding the
//                          navigation, `:material-…:` icon shortcodes, the summary in an indented `!!! abstract`
//                          admonition, experience as `###` titles with the employer in `<small>`, skills as a table,
//                          languages in a `<div class="grid cards" markdown>` block.
// - `markdown-obsidian`    an Obsidian note: the contact ONLY in the YAML properties (phone, email, location,
//                          links), the headline in a `> [!info]` callout, employers and schools as `[[wikilinks]]`,
//                          skills as nested lists, languages as Dataview inline fields (`English:: Native`),
//                          certificates as a task list.
// The rendered files are committed (CI needs no Chromium to read them).
//
// `npx node scripts/build-resume-corpus-holdout14.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit. Needs /usr/bin/chromium (neither LibreOffice nor TeX); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, bulletsHtml, certificateYearLine, degreeLine, escapeHtml, isKorean, labelledLinks, namesInOrder, pinDocx, pinPdf, printFooter, printHeader, say, sectionsInOrder, withChromiumPrinter,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout14Content } from './resume-corpus-holdout14-content.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout14');
const FROZEN_ON = '2026-12-01';
const e = escapeHtml;

const bodyFont = (entry, index) => (isKorean(entry) ? "'Noto Sans CJK KR'" : index % 2 === 0 ? "'Liberation Sans'" : "'DejaVu Sans'");
/** A portal's MM/YYYY (the year alone when the person gave only a year). */
const slashMonth = (date) => (date.length > 4 ? `${date.slice(5, 7)}/${date.slice(0, 4)}` : date);
/** "2021.03", or the year alone. */
const dotMonth = (date) => date.replace('-', '.');

// ------------------------------------------------------------------------------------------------
// Chromium: AltaCV-like, Deedy-like, a careers portal's review page, a webmail print

/** AltaCV's five rating dots for a level as the person words it (the level is printed too, small). */
function dots(fluency) {
  const level = /native|모국어|fluent|유창/i.test(fluency) ? 5 : /good|intermediate|conversational|회화|N2|8\d\d|7\d\d/i.test(fluency) ? 3 : 2;
  return `${'●'.repeat(level)}${'○'.repeat(5 - level)}`;
}

function altaCvPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['#8f1d3c', '#2a6f97', '#4f6d2f', '#6a3d9a'][index % 4];
  const css = `<style>body { margin: 0; font-family: ${bodyFont(entry, index)}, sans-serif; font-size: 9pt; color: #333; line-height: 1.35; }
    h1 { font-size: 24pt; margin: 0; color: #111; } .tagline { color: ${accent}; font-size: 11pt; font-weight: bold; margin: .5mm 0 1.5mm; }
    .contact { font-size: 8pt; color: #444; } .contact span { margin-right: 4mm; white-space: nowrap; } .sym { color: ${accent}; margin-right: 1mm; }
    .cols { display: flex; gap: 7mm; margin-top: 4mm; } .left { flex: 0 0 60%; } .right { flex: 1; }
    h2 { color: ${accent}; font-size: 12pt; text-transform: uppercase; margin: 3mm 0 1.5mm; border-bottom: 1.5pt solid ${accent}; padding-bottom: .5mm; }
    .title { font-size: 10.5pt; font-weight: bold; color: #111; } .org { color: ${accent}; font-weight: bold; } .meta { font-size: 7.8pt; color: #666; } .meta span { margin-right: 4mm; }
    .entry { margin-bottom: 3mm; padding-bottom: 2mm; border-bottom: 0.5pt dashed #bbb; } ul { margin: .6mm 0 0; padding-left: 4.5mm; } p { margin: 0; }
    .tag { display: inline-block; border: 0.8pt solid ${accent}; border-radius: 1.2mm; padding: 0 1.5mm; margin: 0 1mm 1.2mm 0; font-size: 8pt; }
    .quote { font-style: italic; border-left: 2pt solid ${accent}; padding-left: 2.5mm; color: #444; } .dots { color: ${accent}; letter-spacing: .5pt; } .lvl { font-size: 7.5pt; color: #777; }
    .lang { display: flex; justify-content: space-between; margin-bottom: .8mm; } .group { font-size: 8pt; font-weight: bold; margin: 1mm 0 .5mm; }</style>`;
  const contact = [['⌂', entry.presentation.home], ['✆', basics.phone], ['✉', basics.email], ...labelledLinks(basics).map(([, url]) => ['➚', bareUrl(url)])]
    .map(([symbol, value]) => `<span><span class="sym">${symbol}</span>${e(value)}</span>`).join(' ');
  const head = `<h1>${e(basics.name)}</h1>${basics.label ? `<div class="tagline">${e(basics.label)}</div>` : ''}<div class="contact">${contact}</div>`;
  const experience = `<h2>${say(entry, 'Experience', '경력')}</h2>${work.map((job, i) => `<div class="entry"><p class="title">${e(job.position)}</p><p class="org">${e(job.name)}</p><p class="meta"><span>▦ ${e(jobDates[i])}</span>${job.location ? `<span>⌖ ${e(job.location)}</span>` : ''}</p>${bulletsHtml(job.highlights)}</div>`).join('')}`;
  const educationPart = `<h2>${say(entry, 'Education', '학력')}</h2>${education.map((school, i) => `<div class="entry"><p class="title">${e(degreeLine(school, i, entry))}</p><p class="org">${e(school.institution)}</p><p class="meta"><span>▦ ${e(schoolDates[i])}</span></p></div>`).join('')}`;
  const right = [];
  if (basics.summary) right.push(`<h2>${say(entry, 'About me', '소개')}</h2><p class="quote">${e(basics.summary)}</p>`);
  if (skills.length > 0) {
    right.push(`<h2>${say(entry, 'Strengths', '보유 역량')}</h2>${entry.presentation.flatSkills
      ? allSkills(skills).map((s) => `<span class="tag">${e(s)}</span>`).join('')
      : skills.map((g) => `<p class="group">${e(g.name)}</p>${g.keywords.map((s) => `<span class="tag">${e(s)}</span>`).join('')}`).join('')}`);
  }
  if (languages.length > 0) right.push(`<h2>${say(entry, 'Languages', '외국어')}</h2>${languages.map((l) => `<div class="lang"><span>${e(l.language)} <span class="lvl">${e(l.fluency)}</span></span><span class="dots">${dots(l.fluency)}</span></div>`).join('')}`);
  if (certificates.length > 0) right.push(`<h2>${say(entry, 'Certificates', '자격증')}</h2>${certificates.map((c) => `<p>${e(c.name)}</p><p class="meta">${e(c.issuer)} · ${e(c.date.slice(0, 4))}</p>`).join('')}`);
  const left = sectionsInOrder(entry, experience, educationPart).join('');
  return [`${css}${head}<div class="cols"><div class="left">${left}</div><div class="right">${right.join('')}</div></div>`, { format: isKorean(entry) || index % 3 !== 0 ? 'A4' : 'Letter', margin: { top: '13mm', bottom: '13mm', left: '14mm', right: '14mm' } }];
}

function deedyPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const css = `<style>body { margin: 0; font-family: ${korean ? "'Noto Sans CJK KR'" : "'Liberation Sans'"}, sans-serif; font-size: 8.8pt; color: #222; line-height: 1.3; }
    .name { text-align: center; font-size: 30pt; margin: 0; letter-spacing: ${korean ? '2pt' : '0'}; } .thin { font-weight: 300; color: #555; } .bold { font-weight: bold; }
    .contact { text-align: center; font-size: 8pt; color: #444; margin: 1mm 0 4mm; } .cols { display: flex; gap: 6mm; } .left { flex: 0 0 31%; } .right { flex: 1; }
    h2 { font-size: 12pt; font-weight: normal; text-transform: uppercase; letter-spacing: 1pt; color: #444; margin: 2.5mm 0 1.2mm; border-bottom: 0.6pt solid #999; }
    .school { font-size: 10pt; font-weight: bold; } .small { font-size: 7.8pt; color: #555; } .org { font-size: 10.5pt; font-weight: bold; text-transform: uppercase; letter-spacing: .3pt; }
    .sc { font-variant: small-caps; color: #555; font-size: 8.5pt; } .block { margin-bottom: 2.5mm; } ul { margin: .6mm 0 0; padding-left: 4mm; } p { margin: 0; } .label { font-size: 9.5pt; text-align: center; color: #333; margin-top: 1mm; }</style>`;
  const [first, ...rest] = basics.name.split(' ');
  const name = korean ? `<span class="bold">${e(basics.name)}</span>` : `<span class="thin">${e(first)}</span> <span class="bold">${e(rest.join(' '))}</span>`;
  const contact = [basics.email, basics.phone, entry.presentation.home].map(e).join(' | ');
  const left = [`<h2>${say(entry, 'Education', '학력')}</h2>${education.map((school, i) => `<div class="block"><p class="school">${e(school.institution)}</p><p>${e(degreeLine(school, i, entry))}</p><p class="small">${e(schoolDates[i])}</p></div>`).join('')}`];
  const links = labelledLinks(basics);
  if (links.length > 0) left.push(`<h2>${say(entry, 'Links', '링크')}</h2>${links.map(([label, url]) => `<p>${e(label)}:// <b>${e(bareUrl(url).replace(/^[^/]+\//, ''))}</b></p><p class="small">${e(bareUrl(url))}</p>`).join('')}`);
  if (skills.length > 0) left.push(`<h2>${say(entry, 'Skills', '기술')}</h2>${entry.presentation.flatSkills ? `<p>${allSkills(skills).map(e).join(' • ')}</p>` : skills.map((g) => `<p class="small"><b>${e(g.name)}</b></p><p>${g.keywords.map(e).join(' • ')}</p>`).join('')}`);
  if (languages.length > 0) left.push(`<h2>${say(entry, 'Languages', '외국어')}</h2>${languages.map((l) => `<p>${e(l.language)} <span class="small">${e(l.fluency)}</span></p>`).join('')}`);
  if (certificates.length > 0) left.push(`<h2>${say(entry, 'Certificates', '자격증')}</h2>${certificates.map((c) => `<p>${e(c.name)}</p><p class="small">${e(c.issuer)}, ${e(c.date.slice(0, 4))}</p>`).join('')}`);
  const right = [];
  if (basics.summary) right.push(`<h2>${say(entry, 'Summary', '요약')}</h2><p>${e(basics.summary)}</p>`);
  right.push(`<h2>${say(entry, 'Experience', '경력')}</h2>${work.map((job, i) => `<div class="block"><p class="org">${e(job.name)}</p><p class="sc">${[job.position, jobDates[i], job.location].filter(Boolean).map(e).join(' | ')}</p>${bulletsHtml(job.highlights)}</div>`).join('')}`);
  const page = `${css}<p class="name">${name}</p>${basics.label ? `<p class="label">${e(basics.label)}</p>` : ''}<p class="contact">${contact}</p><div class="cols"><div class="left">${left.join('')}</div><div class="right">${right.join('')}</div></div>`;
  return [page, { format: index % 2 === 0 && !korean ? 'Letter' : 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } }];
}


/** A careers portal's application "Review" page printed from the browser (Workday style; a Korean ATS for the Koreans). */
function atsReviewPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const css = `<style>body { margin: 0; font-family: ${korean ? "'Noto Sans CJK KR'" : "'Liberation Sans'"}, sans-serif; font-size: 8.8pt; color: #333; line-height: 1.35; }
    .steps { font-size: 7.5pt; color: #777; border-bottom: 1pt solid #ddd; padding-bottom: 1.5mm; margin-bottom: 3mm; } .steps b { color: #0875e1; }
    h1 { font-size: 15pt; margin: 0 0 3mm; font-weight: normal; } h2 { font-size: 11.5pt; margin: 4mm 0 2mm; font-weight: bold; } h3 { font-size: 9.5pt; margin: 3mm 0 1.5mm; color: #555; }
    .field { margin-bottom: 1.6mm; } .lbl { font-size: 7.5pt; color: #666; } .val { font-size: 9pt; color: #111; white-space: pre-line; } .row { display: flex; gap: 8mm; } .row .field { min-width: 32mm; }
    .box { border: 0.6pt solid #ddd; border-radius: 1.5mm; padding: 2mm 3mm; margin-bottom: 2mm; } .chip { display: inline-block; background: #eef3f8; border-radius: 3mm; padding: 0 2mm; margin: 0 1mm 1mm 0; }</style>`;
  const field = (label, value) => `<div class="field"><div class="lbl">${e(label)}</div><div class="val">${e(value)}</div></div>`;
  const parts = [];
  if (korean) {
    parts.push(`<div class="steps">지원서 작성 › <b>지원서 미리보기</b> › 제출 완료</div><h1>지원서 미리보기 — ${e(basics.label ?? '')}</h1>`,
      `<h2>기본 정보</h2><div class="box"><div class="row">${field('이름 *', basics.name)}${field('연락처 *', basics.phone)}</div>${field('이메일 *', basics.email)}${field('주소', entry.presentation.home)}${labelledLinks(basics).map(([label, url]) => field(`${label} 링크`, url)).join('')}</div>`);
    const experience = `<h2>경력</h2>${work.map((job, i) => `<div class="box"><h3>경력 ${i + 1}</h3><div class="row">${field('회사명 *', job.name)}${field('직무/직책 *', job.position)}</div>${job.location ? field('근무지', job.location) : ''}<div class="row">${field('재직 기간 *', `${dotMonth(job.startDate)} ~ ${job.endDate ? dotMonth(job.endDate) : '재직 중'}`)}${field('재직 중', job.endDate ? '아니오' : '예')}</div>${job.highlights.length > 0 ? field('담당 업무', job.highlights.map((h) => `- ${h}`).join('\n')) : ''}</div>`).join('')}`;
    const educationPart = `<h2>학력</h2>${education.map((school, i) => `<div class="box"><h3>학력 ${i + 1}</h3><div class="row">${field('학교명 *', school.institution)}${field('학위', school.studyType)}</div>${school.area ? field('전공', school.area) : ''}<div class="row">${field('재학 기간', `${dotMonth(school.startDate)} ~ ${dotMonth(school.endDate)}`)}${field('졸업 상태', '졸업')}</div></div>`).join('')}`;
    parts.push(...sectionsInOrder(entry, experience, educationPart));
    if (certificates.length > 0) parts.push(`<h2>자격증</h2>${certificates.map((c) => `<div class="box"><div class="row">${field('자격증명', c.name)}${field('발행처', c.issuer)}${field('취득일', dotMonth(c.date))}</div></div>`).join('')}`);
    if (languages.length > 0) parts.push(`<h2>어학</h2>${languages.map((l) => `<div class="box"><div class="row">${field('언어', l.language)}${field('수준 / 시험', l.fluency)}</div></div>`).join('')}`);
    if (skills.length > 0) parts.push(`<h2>스킬</h2><div>${allSkills(skills).map((s) => `<span class="chip">${e(s)}</span>`).join('')}</div>`);
    if (basics.summary) parts.push(`<h2>자기소개</h2><div class="box">${field('간단한 자기소개를 작성해 주세요.', basics.summary)}</div>`);
  } else {
    const words = basics.name.split(' ');
    parts.push(`<div class="steps">My Information › My Experience › Application Questions › Voluntary Disclosures › <b>Review</b></div><h1>Review</h1>`,
      `<h2>My Information</h2><div class="box"><div class="row">${field('First Name *', words[0])}${field('Last Name *', words.slice(1).join(' '))}</div>${basics.label ? field('Professional Headline', basics.label) : ''}${field('Address Line 1', entry.presentation.home)}${field('City', basics.location.city)}${field('Email Address *', basics.email)}<div class="row">${field('Phone Device Type *', 'Mobile')}${field('Phone Number *', basics.phone)}</div></div>`);
    const experience = `<h2>Work Experience</h2>${work.map((job, i) => `<div class="box"><h3>Work Experience ${i + 1}</h3>${field('Job Title *', job.position)}${field('Company *', job.name)}${job.location ? field('Location', job.location) : ''}${field('I currently work here', job.endDate ? 'No' : 'Yes')}<div class="row">${field('From *', slashMonth(job.startDate))}${job.endDate ? field('To *', slashMonth(job.endDate)) : ''}</div>${job.highlights.length > 0 ? field('Role Description', job.highlights.join('\n')) : ''}</div>`).join('')}`;
    const educationPart = `<h2>Education</h2>${education.map((school, i) => `<div class="box"><h3>Education ${i + 1}</h3>${field('School or University *', school.institution)}${field('Degree *', school.studyType)}${school.area ? field('Field of Study', school.area) : ''}<div class="row">${field('From', school.startDate)}${field('To (Actual or Expected)', school.endDate)}</div></div>`).join('')}`;
    parts.push(`<h2>My Experience</h2>`, ...sectionsInOrder(entry, experience, educationPart));
    if (certificates.length > 0) parts.push(`<h2>Certifications</h2>${certificates.map((c) => `<div class="box">${field('Certification', c.name)}<div class="row">${field('Issuing Organization', c.issuer)}${field('Issued Date', slashMonth(c.date))}</div></div>`).join('')}`);
    if (languages.length > 0) parts.push(`<h2>Languages</h2>${languages.map((l, i) => `<div class="box"><h3>Languages ${i + 1}</h3><div class="row">${field('Language *', l.language)}${field('I am fluent in this language', /native|fluent/i.test(l.fluency) ? 'Yes' : 'No')}${field('Overall', l.fluency)}</div></div>`).join('')}`);
    if (skills.length > 0) parts.push(`<h2>Skills</h2><div>${allSkills(skills).map((s) => `<span class="chip">${e(s)}</span>`).join('')}</div>`);
    const links = labelledLinks(basics);
    if (links.length > 0) parts.push(`<h2>Websites</h2>${links.map(([, url]) => field('URL', url)).join('')}`);
    parts.push(`<h2>Resume/CV</h2><p>CV_${e(words.join('_'))}.pdf</p>`);
    if (basics.summary) parts.push(`<h2>Application Questions</h2><div class="box">${field('Tell us briefly about yourself and your experience. *', basics.summary)}</div>`);
  }
  const url = korean ? `https://careers.example.kr/o/apply/${1200 + index}/preview` : `https://example.wd3.myworkdayjobs.com/en-US/Careers/job/apply/review?ref=${4800 + index}`;
  return [`${css}${parts.join('\n')}`, {
    format: korean ? 'A4' : 'Letter', displayHeaderFooter: true,
    headerTemplate: printHeader(korean ? '26. 11. 30. 오전 9:12' : '11/30/26, 9:12 AM', korean ? '지원서 미리보기' : 'Review | Careers'), footerTemplate: printFooter(url),
    margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' },
  }];
}

/** The résumé as the person types it into an e-mail body: their headings, their dates, "- " bullets. */
function mailBody(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const lines = [korean ? '안녕하세요, 채용 담당자님.' : 'Dear Hiring Team,', '', korean ? '아래에 이력서를 붙여 보내 드립니다. 검토 부탁드립니다.' : 'Please find my CV below (pasted in, as the attachment would not go through).', '', basics.name.toUpperCase()];
  if (basics.label) lines.push(basics.label);
  lines.push([entry.presentation.home, basics.phone, basics.email].join(' | '), ...labelledLinks(basics).map(([, url]) => url), '');
  if (basics.summary) lines.push(say(entry, 'PROFILE', '[자기소개]'), basics.summary, '');
  const experience = [say(entry, 'EXPERIENCE', '[경력]'), ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [`${first}, ${second}${job.location ? ` (${job.location})` : ''}`, jobDates[i], ...job.highlights.map((h) => `- ${h}`), ''];
  })];
  const educationPart = [say(entry, 'EDUCATION', '[학력]'), ...education.flatMap((school, i) => [`${school.institution}, ${degreeLine(school, i, entry)}`, schoolDates[i], ''])];
  lines.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) lines.push(say(entry, 'SKILLS', '[보유 기술]'), ...(entry.presentation.flatSkills ? [allSkills(skills).join(', ')] : skills.map((g) => `${g.name}: ${g.keywords.join(', ')}`)), '');
  if (languages.length > 0) lines.push(say(entry, 'LANGUAGES', '[외국어]'), languages.map((l) => `${l.language} (${l.fluency})`).join(', '), '');
  if (certificates.length > 0) lines.push(say(entry, 'CERTIFICATES', '[자격증]'), ...certificates.map(certificateYearLine), '');
  lines.push(korean ? '감사합니다.' : 'Kind regards,', korean ? basics.name : basics.name.split(' ')[0]);
  return lines;
}

function mailPrintPage(entry, index) {
  const { basics } = entry.resume;
  const korean = isKorean(entry);
  const recipient = korean ? 'recruit@example.co.kr' : ['jobs@example.org', 'recruitment@example.com', 'hr@example.net'][index % 3];
  const css = `<style>body { margin: 0; font-family: ${korean ? "'Noto Sans CJK KR'" : "Arial, 'Liberation Sans'"}, sans-serif; font-size: 9.5pt; color: #222; }
    .top { display: flex; justify-content: space-between; align-items: center; border-bottom: 1pt solid #ccc; padding-bottom: 2mm; } .logo { font-size: 15pt; color: #777; } .logo b { color: ${korean ? '#03c75a' : '#d93025'}; }
    .subject { font-size: 12pt; font-weight: bold; margin: 3mm 0 .5mm; } .count { font-size: 8pt; color: #555; border-bottom: 1pt solid #ccc; padding-bottom: 2mm; }
    .meta { display: flex; justify-content: space-between; margin: 3mm 0 .5mm; } .to { font-size: 8.5pt; color: #555; margin-bottom: 4mm; } .body p { margin: 0; min-height: 1.2em; line-height: 1.35; }</style>`;
  const sent = korean ? '2026년 11월 30일 (월) 오전 8:14' : 'Mon, Nov 30, 2026 at 8:14 AM';
  const head = korean
    ? `<div class="top"><span class="logo"><b>NAVER</b> 메일</span><span>${e(recipient)}</span></div><p class="subject">제목: ${e(entry.presentation.subject)}</p><p class="count">보낸사람: ${e(basics.name)} &lt;${e(basics.email)}&gt;</p><p class="to">받는사람: 채용담당 &lt;${e(recipient)}&gt;<br>날짜: ${sent}</p>`
    : `<div class="top"><span class="logo"><b>M</b> Gmail</span><span>Hiring Team &lt;${e(recipient)}&gt;</span></div><p class="subject">${e(entry.presentation.subject)}</p><p class="count">1 message</p><div class="meta"><b>${e(basics.name)} &lt;${e(basics.email)}&gt;</b><span>${sent}</span></div><p class="to">To: ${e(recipient)}</p>`;
  const body = `<div class="body">${mailBody(entry).map((line) => `<p>${e(line)}</p>`).join('')}</div>`;
  const url = korean ? `https://mail.naver.com/print/read?mailSN=${88140 + index}` : `https://mail.google.com/mail/u/0/?ik=3f9c2a71d0&view=pt&search=all&permthid=thread-f:18519${String(2400 + index).padStart(6, '0')}`;
  return [`${css}${head}${body}`, {
    format: korean ? 'A4' : 'Letter', displayHeaderFooter: true,
    headerTemplate: printHeader(korean ? '26. 11. 30. 오전 8:20' : '11/30/26, 8:20 AM', korean ? `네이버 메일 - ${entry.presentation.subject}` : `Gmail - ${entry.presentation.subject}`), footerTemplate: printFooter(url),
    margin: { top: '14mm', bottom: '14mm', left: '13mm', right: '13mm' },
  }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-altacv.pdf`), pinPdf(await print(...altaCvPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-deedy.pdf`), pinPdf(await print(...deedyPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-atsreview.pdf`), pinPdf(await print(...atsReviewPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-mailprint.pdf`), pinPdf(await print(...mailPrintPage(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// DOCX: outline-numbered headings

const OUTLINE = {
  config: [
    {
      reference: 'outline',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 432, hanging: 432 } } } },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 576, hanging: 576 } } } },
      ],
    },
    { reference: 'duties', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 936, hanging: 360 } } } }] },
  ],
};

function outlineNumberedDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const korean = isKorean(entry);
  const { jobDates, schoolDates } = entry.presentation;
  const p = (text, options = {}) => new Paragraph({ children: [new TextRun(text)], ...options });
  const h1 = (text) => new Paragraph({ text, heading: HeadingLevel.HEADING_1, numbering: { reference: 'outline', level: 0 } });
  const h2 = (text) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, numbering: { reference: 'outline', level: 1 } });
  const indented = { indent: { left: 576 } };
  const children = [new Paragraph({ text: basics.name, heading: HeadingLevel.TITLE })];
  if (basics.label) children.push(new Paragraph({ text: basics.label, style: 'Subtitle' }));
  children.push(p([entry.presentation.home, basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))].join(' · ')));
  if (basics.summary) children.push(h1(say(entry, 'Profile', '자기소개')), p(basics.summary, indented));
  const experience = () => {
    children.push(h1(say(entry, 'Work Experience', '경력사항')));
    work.forEach((job, i) => {
      const [first, second] = namesInOrder(job, entry);
      children.push(h2(`${first}, ${second}`), p([jobDates[i], job.location].filter(Boolean).join(' · '), { ...indented, style: 'Meta' }));
      for (const h of job.highlights) children.push(p(h, { numbering: { reference: 'duties', level: 0, instance: i + 1 } }));
    });
  };
  const educationPart = () => {
    children.push(h1(say(entry, 'Education', '학력사항')));
    education.forEach((school, i) => children.push(h2(school.institution), p(`${degreeLine(school, i, entry)} · ${schoolDates[i]}`, indented)));
  };
  for (const part of sectionsInOrder(entry, experience, educationPart)) part();
  if (skills.length > 0) {
    children.push(h1(say(entry, 'Skills', '보유 기술')));
    children.push(...(entry.presentation.flatSkills ? [p(allSkills(skills).join(', '), indented)] : skills.map((g) => new Paragraph({ ...indented, children: [new TextRun({ text: `${g.name}: `, bold: true }), new TextRun(g.keywords.join(', '))] }))));
  }
  if (languages.length > 0) children.push(h1(say(entry, 'Languages', '외국어')), ...languages.map((l) => new Paragraph({ ...indented, tabStops: [{ type: TabStopType.LEFT, position: 3200 }], children: [new TextRun(l.language), new TextRun({ children: ['\t', l.fluency] })] })));
  if (certificates.length > 0) children.push(h1(say(entry, 'Certificates', '자격증')), ...certificates.map((c) => p(certificateYearLine(c), indented)));
  const latin = korean ? 'Malgun Gothic' : ['Cambria', 'Calibri', 'Arial'][index % 3];
  const accent = ['1F3864', '833C0B', '385623'][index % 3];
  return new Document({
    creator: 'Candor fourteenth held-back résumé set', title: korean ? `${basics.name} 이력서` : `${basics.name} CV`,
    numbering: OUTLINE,
    styles: {
      default: {
        document: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: 'Malgun Gothic', cs: latin }, size: 21 }, paragraph: { spacing: { after: 80 } } },
        title: { run: { size: 44, bold: true, color: accent } },
        heading1: { run: { size: 26, bold: true, color: accent }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading2: { run: { size: 22, bold: true }, paragraph: { spacing: { before: 120, after: 20 } } },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 26, color: '595959' } },
        { id: 'Meta', name: 'Entry Meta', basedOn: 'Normal', next: 'Normal', run: { italics: true, color: '595959' } },
      ],
    },
    sections: [{ properties: { page: { size: korean || index % 2 === 1 ? { width: 11906, height: 16838 } : { width: 12240, height: 15840 }, margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } }, children }],
  });
}

// ------------------------------------------------------------------------------------------------
// Plain text: Word's "Save As → Plain Text"; Markdown: MkDocs Material, Obsidian

function wordPlainText(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  // No blank lines: the document's spacing between paragraphs was paragraph formatting, which plain text drops.
  const lines = [basics.name];
  if (basics.label) lines.push(basics.label);
  // The contact was a one-row table of three cells (home, phone, e-mail) and a row of links.
  lines.push([entry.presentation.home, basics.phone, basics.email].join('\t'));
  const links = labelledLinks(basics).map(([, url]) => bareUrl(url));
  if (links.length > 0) lines.push(links.join('\t'));
  if (basics.summary) lines.push(say(entry, 'PROFILE', '자기소개'), basics.summary);
  const experience = [say(entry, 'EXPERIENCE', '경력'), ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [`${first}, ${second}\t${jobDates[i]}`, ...(job.location ? [job.location] : []), ...job.highlights.map((h) => `•\t${h}`)];
  })];
  const educationPart = [say(entry, 'EDUCATION', '학력'), ...education.flatMap((school, i) => [`${school.institution}\t${schoolDates[i]}`, degreeLine(school, i, entry)])];
  lines.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) lines.push(say(entry, 'SKILLS', '보유 기술'), ...(entry.presentation.flatSkills ? [allSkills(skills).join(', ')] : skills.map((g) => `${g.name}:\t${g.keywords.join(', ')}`)));
  if (languages.length > 0) lines.push(say(entry, 'LANGUAGES', '외국어'), ...languages.map((l) => `${l.language}\t${l.fluency}`));
  if (certificates.length > 0) lines.push(say(entry, 'CERTIFICATES', '자격증'), ...certificates.map((c) => `•\t${certificateYearLine(c)}`));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const MATERIAL_ICONS = { LinkedIn: ':material-linkedin:', GitHub: ':material-github:', Instagram: ':material-instagram:', Website: ':material-web:' };

function mkdocsMarkdown(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const out = ['---', `title: ${say(entry, 'CV', '이력서')}`, `description: ${basics.name}${say(entry, ' — curriculum vitae', ' 이력서')}`, 'hide:', '  - navigation', '  - toc', '---', '', `# ${basics.name}`, ''];
  if (basics.label) out.push(`**${basics.label}**`, '');
  out.push(`:material-map-marker: ${entry.presentation.home} · :material-phone: ${basics.phone} · :material-email: [${basics.email}](mailto:${basics.email})`, '');
  const links = labelledLinks(basics);
  if (links.length > 0) out.push(links.map(([label, url]) => `[${MATERIAL_ICONS[label] ?? ':material-link:'} ${label}](${url}){ .md-button }`).join(' '), '');
  if (basics.summary) out.push(`!!! abstract "${say(entry, 'Profile', '소개')}"`, '', `    ${basics.summary}`, '');
  const experience = [`## :material-briefcase: ${say(entry, 'Experience', '경력')}`, '', ...work.flatMap((job, i) => [
    `### ${job.position}`, '', `<small>${[job.name, job.location].filter(Boolean).join(' · ')}</small>`, '', `:material-calendar: ${jobDates[i]}`, '', ...job.highlights.map((h) => `- ${h}`), ...(job.highlights.length > 0 ? [''] : []),
  ])];
  const educationPart = [`## :material-school: ${say(entry, 'Education', '학력')}`, '', ...education.flatMap((school, i) => [`### ${school.institution}`, '', `${degreeLine(school, i, entry)}  `, `:material-calendar: ${schoolDates[i]}`, ''])];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    out.push(`## :material-tools: ${say(entry, 'Skills', '보유 기술')}`, '');
    if (entry.presentation.flatSkills) out.push(allSkills(skills).map((s) => `\`${s}\``).join(' '), '');
    else out.push(say(entry, '| Area | Skills |', '| 분야 | 기술 |'), '|---|---|', ...skills.map((g) => `| ${g.name} | ${g.keywords.join(', ')} |`), '');
  }
  if (languages.length > 0) out.push(`## :material-translate: ${say(entry, 'Languages', '외국어')}`, '', '<div class="grid cards" markdown>', '', ...languages.map((l) => `-   __${l.language}__ · ${l.fluency}`), '', '</div>', '');
  if (certificates.length > 0) out.push(`## :material-certificate: ${say(entry, 'Certificates', '자격증')}`, '', ...certificates.map((c) => `- ${c.name} — *${c.issuer}, ${c.date.slice(0, 4)}*`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function obsidianMarkdown(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const quoted = (value) => JSON.stringify(value);
  const out = ['---', `aliases: [${say(entry, 'CV, Resume', '이력서, CV')}]`, 'tags:', '  - cv', '  - job-hunt/2026', 'updated: 2026-11-30', `phone: ${quoted(basics.phone)}`, `email: ${basics.email}`, `location: ${quoted(entry.presentation.home)}`];
  const links = labelledLinks(basics);
  if (links.length > 0) out.push('links:', ...links.map(([, url]) => `  - ${url}`));
  out.push('---', '', `# ${basics.name}`, '');
  if (basics.label) out.push(`> [!info] ${basics.label}`, '');
  if (basics.summary) out.push(`## ${say(entry, 'Summary', '요약')}`, '', basics.summary, '');
  const experience = [`## ${say(entry, 'Experience', '경력')}`, '', ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    const named = (text) => (text === job.name ? `[[${text}]]` : text);
    return [`### ${named(first)} — ${named(second)}`, `*${jobDates[i]}*${job.location ? ` · ${job.location}` : ''}`, ...job.highlights.map((h) => `- ${h}`), ''];
  })];
  const educationPart = [`## ${say(entry, 'Education', '학력')}`, '', ...education.flatMap((school, i) => [`### [[${school.institution}]]`, `${degreeLine(school, i, entry)} · *${schoolDates[i]}*`, ''])];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) out.push(`## ${say(entry, 'Skills', '보유 기술')}`, '', ...(entry.presentation.flatSkills ? allSkills(skills).map((s) => `- ${s}`) : skills.flatMap((g) => [`- **${g.name}**`, ...g.keywords.map((s) => `\t- ${s}`)])), '');
  if (languages.length > 0) out.push(`## ${say(entry, 'Languages', '외국어')}`, '', ...languages.map((l) => `- ${l.language}:: ${l.fluency}`), '');
  if (certificates.length > 0) out.push(`## ${say(entry, 'Certificates', '자격증')}`, '', ...certificates.map((c) => `- [x] ${certificateYearLine(c)}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-altacv': 'pdf', 'html-deedy': 'pdf', 'html-atsreview': 'pdf', 'html-mailprint': 'pdf',
  'docx-outlinenumbered': 'docx', 'text-wordsaveas': 'txt', 'markdown-mkdocs': 'md', 'markdown-obsidian': 'md',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'fourteenth held-back résumé set',
  people: buildHoldout14Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (fourteenth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  programs: [],
  async render(people) {
    await renderChromium(people);
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-wordsaveas.txt`), wordPlainText(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-mkdocs.md`), mkdocsMarkdown(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-obsidian.md`), obsidianMarkdown(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-outlinenumbered.docx`), pinDocx(await Packer.toBuffer(outlineNumberedDocx(entry, index))));
    }
  },
});
