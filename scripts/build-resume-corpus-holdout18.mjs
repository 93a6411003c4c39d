// Builds the eighteenth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout18/):
// 30 people written out by hand (scripts/resume-corpus-holdout18-content.mjs; 22 in English from eleven
// countries no earlier set has, 8 Koreans in Korean) rendered by eight renderers whose layouts no earlier set
// (resume-corpus, -fresh, -holdout … -holdout17, -ko) uses:
// - `html-phonesaved`      Chromium; an online CV page SAVED AS PDF FROM A PHONE's browser: a narrow page
//                          (96 mm wide), an app bar, contact as icon rows, sections as opened accordions, every
//                          job's dates and place as CHIPS under the names, skills as chips, a bottom tab bar.
// - `html-wordpresspage`   Chromium; a WordPress blog's "CV" page printed from a desktop browser: site title and
//                          tagline, a menu, "Posted on … by …", the CV as the post's content (jobs as h3 "Title –
//                          Employer" over an italic dates line), a sidebar of widgets, a reply form, the footer.
// - `html-verticallabels`  Chromium; a Canva-like design whose SECTION NAMES RUN VERTICALLY in a dark band at the
//                          left, beside each section; the dates on their own line above each job's names.
// - `html-trifold`         Chromium; a TRI-FOLD leaflet on landscape A4: three panels side by side, the name,
//                          headline, summary and contact on the RIGHT panel (the leaflet's front), experience on
//                          the left, education and skills in the middle.
// - `docx-reviewcomments`  the `docx` package; a Word CV sent back with a CAREER COACH's REVIEW COMMENTS still in
//                          it (comments anchored on the summary, a job and the education), Heading styles, real
//                          bullet numbering, each job "Title, Employer" over "place · dates".
// - `text-asciidoc`        an ASCIIDOC source saved as .txt: "= Name", the author line "Name <email>", attribute
//                          entries (:phone:, :home:, links), "[.lead]" summary, "=== Title, Employer" with the
//                          dates and place in an italic line, a skills description list, a languages table.
// - `text-rst`             a reStructuredText source saved as .txt: an overlined title, a field list of the
//                          contact, underlined section and job titles (job fields :Dates: and :Location:), a
//                          skills definition list and a simple table of languages.
// - `markdown-bearnote`    a Bear note exported as Markdown: "# Name", a line of #tags, contact lines, jobs as
//                          "**Title** · Employer" over "==dates== · place", schools, skills, languages and
//                          certificates as a checklist.
// The rendered files are committed (CI needs no Chromium to read them).
//
// `npx node scripts/build-resume-corpus-holdout18.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so in
// the commit. Needs /usr/bin/chromium (neither LibreOffice nor TeX); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CommentRangeEnd, CommentRangeStart, CommentReference, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun,
} from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, bulletsHtml, certificateYearLine, degreeLine, displayColumns, escapeHtml, isKorean, labelledLinks, namesInOrder, pageFormat, pinDocx, pinPdf, printFooter,
  printHeader, sansFont, say, sectionHeading, sectionsInOrder, withChromiumPrinter,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout18Content } from './resume-corpus-holdout18-content.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout18');
const FROZEN_ON = '2026-12-02';
const e = escapeHtml;


// ------------------------------------------------------------------------------------------------
// An online CV page saved as PDF from a phone's browser

function phonePage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['#1565c0', '#00897b', '#6a1b9a', '#c62828'][index % 4];
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; font-size: 9.6pt; color: #212121; line-height: 1.42; }
    .bar { background: ${accent}; color: #fff; padding: 2.5mm 4mm; font-size: 10pt; display: flex; justify-content: space-between; } .hero { padding: 5mm 4mm 2mm; text-align: center; }
    .avatar { width: 16mm; height: 16mm; border-radius: 50%; background: ${accent}; opacity: .35; margin: 0 auto 2mm; } h1 { font-size: 17pt; margin: 0; } .headline { color: ${accent}; margin: .5mm 0 0; }
    .row { padding: 1.4mm 4mm; border-bottom: .5pt solid #eee; font-size: 9pt; } .row b { display: inline-block; width: 6mm; color: ${accent}; }
    details { margin: 2mm 3mm 0; border: .5pt solid #ddd; border-radius: 2mm; padding: 0 3mm 2mm; } summary { font-weight: bold; font-size: 11pt; padding: 2mm 0; list-style: none; display: flex; justify-content: space-between; }
    .job { border-top: .5pt solid #eee; padding-top: 2mm; margin-top: 1mm; } .job p { margin: 0; } .t { font-weight: bold; } .chips { margin: 1mm 0; }
    .chip { display: inline-block; background: #eceff1; border-radius: 3mm; padding: .3mm 2.2mm; margin: 0 1mm 1mm 0; font-size: 8pt; } ul { margin: .5mm 0 0; padding-left: 4.5mm; }
    .tabs { display: flex; justify-content: space-around; border-top: .5pt solid #ccc; margin-top: 4mm; padding: 2mm 0; font-size: 7.5pt; color: #757575; } p { margin: 0 0 1mm; }</style>`;
  const icons = [['✉', basics.email], ['☎', basics.phone], ['⌂', entry.presentation.home], ...labelledLinks(basics).map(([, url]) => ['↗', bareUrl(url)])];
  const parts = [`<div class="bar"><span>≡</span><span>${e(basics.name)}</span><span>⋮</span></div><div class="hero"><div class="avatar"></div><h1>${e(basics.name)}</h1>${basics.label ? `<p class="headline">${e(basics.label)}</p>` : ''}</div>`,
    icons.map(([icon, text]) => `<div class="row"><b>${icon}</b>${e(text)}</div>`).join('')];
  const panel = (title, body) => `<details open><summary><span>${e(title)}</span><span>▴</span></summary>${body}</details>`;
  if (basics.summary) parts.push(panel(say(entry, 'About', '소개'), `<p>${e(basics.summary)}</p>`));
  const experience = panel(sectionHeading(entry, 'experience'), work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return `<div class="job"><p class="t">${e(first)}</p><p>${e(second)}</p><div class="chips"><span class="chip">${e(jobDates[i])}</span>${job.location ? `<span class="chip">${e(job.location)}</span>` : ''}</div>${bulletsHtml(job.highlights)}</div>`;
  }).join(''));
  const educationPart = panel(sectionHeading(entry, 'education'), education.map((school, i) => `<div class="job"><p class="t">${e(degreeLine(school, i, entry))}</p><p>${e(school.institution)}</p><div class="chips"><span class="chip">${e(schoolDates[i])}</span></div></div>`).join(''));
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) {
    const chips = (keywords) => `<div class="chips">${keywords.map((s) => `<span class="chip">${e(s)}</span>`).join('')}</div>`;
    parts.push(panel(sectionHeading(entry, 'skills'), entry.presentation.flatSkills ? chips(allSkills(skills)) : skills.map((g) => `<p class="t">${e(g.name)}</p>${chips(g.keywords)}`).join('')));
  }
  if (languages.length > 0) parts.push(panel(sectionHeading(entry, 'languages'), languages.map((l) => `<p>${e(l.language)} · ${e(l.fluency)}</p>`).join('')));
  if (certificates.length > 0) parts.push(panel(sectionHeading(entry, 'certificates'), bulletsHtml(certificates.map(certificateYearLine))));
  parts.push(`<div class="tabs"><span>${say(entry, 'Home', '홈')}</span><span>${say(entry, 'CV', '이력서')}</span><span>${say(entry, 'Contact', '연락')}</span></div>`);
  return [`${css}${parts.join('')}`, { width: '96mm', height: '208mm', margin: { top: '4mm', bottom: '4mm', left: '0mm', right: '0mm' } }];
}

// ------------------------------------------------------------------------------------------------
// A WordPress blog's CV page printed from a desktop browser

function wordpressPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const css = `<style>body { margin: 0; font-family: ${korean ? "'Noto Sans CJK KR'" : index % 2 === 0 ? "'DejaVu Serif'" : "'Liberation Serif'"}, serif; font-size: 9.4pt; color: #1e1e1e; line-height: 1.5; }
    .site { display: flex; justify-content: space-between; align-items: baseline; border-bottom: .6pt solid #ddd; padding-bottom: 2mm; } .site-title { font-size: 15pt; font-weight: bold; } .tagline { color: #666; font-size: 8.5pt; }
    nav { font-family: 'Liberation Sans', 'Noto Sans CJK KR', sans-serif; font-size: 8.5pt; } nav span { margin-left: 4mm; } .wrap { display: flex; gap: 8mm; margin-top: 5mm; } main { width: 70%; } aside { width: 30%; font-size: 8.2pt; }
    h1 { font-size: 20pt; margin: 0 0 1mm; } .posted { color: #777; font-size: 8pt; margin-bottom: 4mm; } h2 { font-size: 12.5pt; margin: 5mm 0 1.5mm; } h3 { font-size: 10pt; margin: 3mm 0 .5mm; }
    p { margin: 0 0 1.5mm; } ul { margin: 0 0 1.5mm; padding-left: 5mm; } table { border-collapse: collapse; } td { border: .5pt solid #ccc; padding: .6mm 2.5mm; }
    aside h4 { font-family: 'Liberation Sans', 'Noto Sans CJK KR', sans-serif; font-size: 8.5pt; text-transform: uppercase; border-bottom: .5pt solid #ddd; margin: 0 0 1.5mm; } aside section { margin-bottom: 5mm; }
    .search { border: .5pt solid #999; height: 5mm; } .reply { border-top: .6pt solid #ddd; margin-top: 6mm; padding-top: 2mm; } .box { border: .5pt solid #999; height: 14mm; margin: 1mm 0; }
    footer { border-top: .6pt solid #ddd; margin-top: 5mm; padding-top: 2mm; font-size: 7.5pt; color: #777; }</style>`;
  const links = labelledLinks(basics);
  const content = [];
  if (basics.summary) content.push(`<p>${e(basics.summary)}</p>`);
  content.push(`<p><strong>${say(entry, 'Contact', '연락처')}:</strong> ${e(basics.email)} · ${e(basics.phone)} · ${e(entry.presentation.home)}</p>`);
  if (links.length > 0) content.push(`<p>${links.map(([label, url]) => `${e(label)}: <a>${e(url)}</a>`).join(' · ')}</p>`);
  const experience = `<h2>${sectionHeading(entry, 'experience')}</h2>${work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return `<h3>${e(first)} – ${e(second)}</h3><p><em>${e(jobDates[i])}</em>${job.location ? `, ${e(job.location)}` : ''}</p>${bulletsHtml(job.highlights)}`;
  }).join('')}`;
  const educationPart = `<h2>${sectionHeading(entry, 'education')}</h2>${education.map((school, i) => `<h3>${e(school.institution)}</h3><p>${e(degreeLine(school, i, entry))} (${e(schoolDates[i])})</p>`).join('')}`;
  content.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) content.push(`<h2>${sectionHeading(entry, 'skills')}</h2>${entry.presentation.flatSkills ? `<p>${e(allSkills(skills).join(', '))}</p>` : skills.map((g) => `<p><strong>${e(g.name)}:</strong> ${e(g.keywords.join(', '))}</p>`).join('')}`);
  if (languages.length > 0) content.push(`<h2>${sectionHeading(entry, 'languages')}</h2><table>${languages.map((l) => `<tr><td>${e(l.language)}</td><td>${e(l.fluency)}</td></tr>`).join('')}</table>`);
  if (certificates.length > 0) content.push(`<h2>${sectionHeading(entry, 'certificates')}</h2>${bulletsHtml(certificates.map(certificateYearLine))}`);
  const posts = korean ? ['블로그를 시작합니다', '올해를 돌아보며', '사진 몇 장'] : ['Hello world!', 'A look back at this year', 'A few photos from work'];
  const aside = `<aside><section><h4>${say(entry, 'Search', '검색')}</h4><div class="search"></div></section><section><h4>${say(entry, 'Recent Posts', '최근 글')}</h4>${posts.map((p) => `<p>${e(p)}</p>`).join('')}</section><section><h4>${say(entry, 'Archives', '보관함')}</h4><p>${say(entry, 'November 2026', '2026년 11월')}</p><p>${say(entry, 'March 2025', '2025년 3월')}</p></section></aside>`;
  const reply = `<div class="reply"><h2>${say(entry, 'Leave a Reply', '답글 남기기')}</h2><p>${say(entry, 'Your email address will not be published.', '이메일 주소는 공개되지 않습니다.')}</p><div class="box"></div></div>`;
  const slug = basics.email.split('@')[0].replace(/\./g, '');
  const body = `${css}<div class="site"><div><div class="site-title">${e(basics.name)}</div>${basics.label ? `<div class="tagline">${e(basics.label)}</div>` : ''}</div><nav><span>${say(entry, 'Home', '홈')}</span><span>${say(entry, 'Blog', '블로그')}</span><span>${say(entry, 'CV', '이력서')}</span><span>${say(entry, 'Contact', '연락하기')}</span></nav></div>
    <div class="wrap"><main><h1>${say(entry, 'Curriculum Vitae', '이력서')}</h1><div class="posted">${say(entry, `Posted on 14 March 2025 by ${e(slug)}`, `2025년 3월 14일 · ${e(slug)}`)}</div>${content.join('')}${reply}</main>${aside}</div>
    <footer>© 2026 ${e(basics.name)} · ${say(entry, 'Proudly powered by WordPress', 'WordPress로 제작')}</footer>`;
  const title = `${say(entry, 'Curriculum Vitae', '이력서')} – ${basics.name}`;
  return [body, { format: pageFormat(entry, index), displayHeaderFooter: true, headerTemplate: printHeader('30/11/2026, 15:40', title), footerTemplate: printFooter(`https://${slug}.example.com/cv/`), margin: { top: '14mm', bottom: '14mm', left: '14mm', right: '14mm' } }];
}

// ------------------------------------------------------------------------------------------------
// A Canva-like design with the section names running vertically in a band at the left

function verticalLabelsPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const band = ['#263238', '#3e2723', '#1a237e', '#004d40'][index % 4];
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; font-size: 8.6pt; color: #263238; line-height: 1.4; }
    header { padding: 9mm 10mm 5mm 30mm; } h1 { font-size: 26pt; margin: 0; letter-spacing: 1pt; text-transform: uppercase; } .headline { font-size: 11pt; margin: 1mm 0 2mm; color: #607d8b; } .contact { font-size: 8pt; }
    .sec { display: flex; min-height: 16mm; } .label { width: 20mm; background: ${band}; color: #fff; display: flex; justify-content: center; align-items: flex-start; padding-top: 3mm; margin-right: 8mm; }
    .label span { writing-mode: vertical-rl; ${isKorean(entry) ? 'text-orientation: upright;' : 'transform: rotate(180deg);'} letter-spacing: 2.5pt; font-size: 10pt; font-weight: bold; text-transform: uppercase; white-space: nowrap; }
    .body { flex: 1; padding: 3mm 10mm 3mm 0; border-bottom: .5pt solid #cfd8dc; } .entry { margin-bottom: 2.5mm; } .entry p { margin: 0; } .d { font-size: 7.6pt; font-weight: bold; color: #607d8b; letter-spacing: .6pt; }
    .t { font-weight: bold; text-transform: uppercase; font-size: 9pt; } ul { margin: .5mm 0 0; padding-left: 4mm; } p { margin: 0 0 1mm; }</style>`;
  const contact = [basics.phone, basics.email, entry.presentation.home, ...labelledLinks(basics).map(([, url]) => bareUrl(url))];
  // The band beside a section is at least as tall as its vertical name (Hangul stands upright, a syllable a line).
  const section = (title, content) => `<div class="sec" style="min-height: ${[...title].length * (isKorean(entry) ? 6 : 4.4) + 8}mm"><div class="label"><span>${e(title)}</span></div><div class="body">${content}</div></div>`;
  const parts = [`<header><h1>${e(basics.name)}</h1>${basics.label ? `<p class="headline">${e(basics.label)}</p>` : ''}<p class="contact">${contact.map(e).join(' / ')}</p></header>`];
  if (basics.summary) parts.push(section(say(entry, 'Profile', '소개'), `<p>${e(basics.summary)}</p>`));
  const experience = section(sectionHeading(entry, 'experience'), work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return `<div class="entry"><p class="d">${e(jobDates[i])}</p><p class="t">${e(first)}</p><p>${e([second, job.location].filter(Boolean).join(' · '))}</p>${bulletsHtml(job.highlights)}</div>`;
  }).join(''));
  const educationPart = section(sectionHeading(entry, 'education'), education.map((school, i) => `<div class="entry"><p class="d">${e(schoolDates[i])}</p><p class="t">${e(school.institution)}</p><p>${e(degreeLine(school, i, entry))}</p></div>`).join(''));
  parts.push(...sectionsInOrder(entry, experience, educationPart));
  if (skills.length > 0) parts.push(section(sectionHeading(entry, 'skills'), entry.presentation.flatSkills ? `<p>${allSkills(skills).map(e).join(' / ')}</p>` : skills.map((g) => `<p><b>${e(g.name)}</b> — ${g.keywords.map(e).join(' / ')}</p>`).join('')));
  if (languages.length > 0) parts.push(section(sectionHeading(entry, 'languages'), `<p>${languages.map((l) => `${e(l.language)}: ${e(l.fluency)}`).join(' / ')}</p>`));
  if (certificates.length > 0) parts.push(section(sectionHeading(entry, 'certificates'), certificates.map((c) => `<p>${e(certificateYearLine(c))}</p>`).join('')));
  return [`${css}${parts.join('')}`, { format: pageFormat(entry, index + 1), margin: { top: '0mm', bottom: '8mm', left: '0mm', right: '0mm' } }];
}

// ------------------------------------------------------------------------------------------------
// A tri-fold leaflet on landscape A4: the front panel (name and contact) is the right one

function triFoldPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const accent = ['#ef6c00', '#2e7d32', '#0277bd', '#ad1457'][index % 4];
  const css = `<style>body { margin: 0; font-family: ${sansFont(entry, index)}, sans-serif; font-size: 7.9pt; color: #333; line-height: 1.36; }
    .sheet { display: flex; height: 196mm; } .panel { width: 33.33%; padding: 8mm 7mm; box-sizing: border-box; border-right: .4pt dashed #bbb; } .panel:last-child { border-right: 0; background: ${accent}; color: #fff; }
    h2 { font-size: 10pt; color: ${accent}; text-transform: uppercase; margin: 0 0 2mm; letter-spacing: 1pt; } .panel:last-child h2 { color: #fff; } h1 { font-size: 22pt; margin: 30mm 0 2mm; line-height: 1.1; }
    .headline { font-size: 11pt; margin: 0 0 5mm; } .entry { margin-bottom: 3mm; } .entry p { margin: 0; } .d { color: ${accent}; font-weight: bold; font-size: 7.4pt; } .t { font-weight: bold; font-size: 8.6pt; }
    .pl { font-style: italic; color: #666; } ul { margin: .5mm 0 0; padding-left: 3.5mm; } p { margin: 0 0 1mm; } .gap { height: 4mm; }</style>`;
  const korean = isKorean(entry);
  const jobs = `<h2>${sectionHeading(entry, 'experience')}</h2>${work.map((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return `<div class="entry"><p class="d">${e(jobDates[i])}</p><p class="t">${e(first)}${korean ? ' · ' : ' at '}${e(second)}</p>${job.location ? `<p class="pl">${e(job.location)}</p>` : ''}${bulletsHtml(job.highlights)}</div>`;
  }).join('')}`;
  const schools = `<h2>${sectionHeading(entry, 'education')}</h2>${education.map((school, i) => `<div class="entry"><p class="t">${e(degreeLine(school, i, entry))}</p><p>${e(school.institution)}</p><p class="d">${e(schoolDates[i])}</p></div>`).join('')}`;
  const [left, middleFirst] = sectionsInOrder(entry, jobs, schools);
  const middle = [middleFirst];
  if (skills.length > 0) middle.push(`<div class="gap"></div><h2>${sectionHeading(entry, 'skills')}</h2>${entry.presentation.flatSkills ? bulletsHtml(allSkills(skills)) : skills.map((g) => `<p><b>${e(g.name)}</b><br>${e(g.keywords.join(', '))}</p>`).join('')}`);
  if (certificates.length > 0) middle.push(`<div class="gap"></div><h2>${sectionHeading(entry, 'certificates')}</h2>${certificates.map((c) => `<p>${e(certificateYearLine(c))}</p>`).join('')}`);
  const front = [`<h1>${e(basics.name)}</h1>${basics.label ? `<p class="headline">${e(basics.label)}</p>` : ''}`];
  if (basics.summary) front.push(`<p>${e(basics.summary)}</p><div class="gap"></div>`);
  front.push(`<h2>${sectionHeading(entry, 'contact')}</h2><p>${e(basics.phone)}</p><p>${e(basics.email)}</p><p>${e(entry.presentation.home)}</p>${labelledLinks(basics).map(([, url]) => `<p>${e(bareUrl(url))}</p>`).join('')}`);
  if (languages.length > 0) front.push(`<div class="gap"></div><h2>${sectionHeading(entry, 'languages')}</h2>${languages.map((l) => `<p>${e(l.language)} – ${e(l.fluency)}</p>`).join('')}`);
  return [`${css}<div class="sheet"><div class="panel">${left}</div><div class="panel">${middle.join('')}</div><div class="panel">${front.join('')}</div></div>`, { format: 'A4', landscape: true, margin: { top: '7mm', bottom: '7mm', left: '0mm', right: '0mm' } }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-phonesaved.pdf`), pinPdf(await print(...phonePage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-wordpresspage.pdf`), pinPdf(await print(...wordpressPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-verticallabels.pdf`), pinPdf(await print(...verticalLabelsPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-trifold.pdf`), pinPdf(await print(...triFoldPage(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// A Word CV sent back with a career coach's review comments in it

function reviewedDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const font = korean ? 'Malgun Gothic' : ['Cambria', 'Calibri', 'Garamond'][index % 3];
  const letter = pageFormat(entry, index) === 'Letter';
  const notes = korean
    ? ['두 줄로 줄여 보세요.', '팀 규모나 성과 숫자를 넣으면 좋겠습니다.', '학력은 경력 뒤로 옮겨도 됩니다.']
    : ['Can you cut this to two lines?', 'Add the size of the team or a number here?', 'Education could go after experience.'];
  const comments = notes.map((text, id) => ({ id, author: korean ? '취업 컨설턴트' : 'Career Coach', initials: korean ? '컨' : 'CC', date: new Date('2026-11-28T10:00:00Z'), children: [new Paragraph({ children: [new TextRun(text)] })] }));
  // A run of text with the coach's comment `id` anchored on it (the reference mark right after it, as Word writes it).
  const commented = (id, run) => [new CommentRangeStart(id), run, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
  const children = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: basics.name })] })];
  if (basics.label) children.push(new Paragraph({ children: [new TextRun({ text: basics.label, italics: true, size: 24 })] }));
  const links = labelledLinks(basics);
  children.push(new Paragraph({ children: [new TextRun([basics.email, basics.phone, entry.presentation.home].join(' • '))] }));
  if (links.length > 0) children.push(new Paragraph({ children: links.flatMap(([label, url], n) => [...(n > 0 ? [new TextRun(' • ')] : []), new TextRun(`${label}: `), new ExternalHyperlink({ link: url, children: [new TextRun({ text: bareUrl(url), style: 'Hyperlink' })] })]) }));
  if (basics.summary) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(sectionHeading(entry, 'summary'))] }), new Paragraph({ children: commented(0, new TextRun(basics.summary)) }));
  const experience = () => {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(sectionHeading(entry, 'experience'))] }));
    work.forEach((job, i) => {
      const names = namesInOrder(job, entry).join(', ');
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: i === 0 ? commented(1, new TextRun(names)) : [new TextRun(names)] }));
      children.push(new Paragraph({ children: [new TextRun({ text: [job.location, jobDates[i]].filter(Boolean).join(' · '), color: '595959' })] }));
      for (const h of job.highlights) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(h)] }));
    });
  };
  const educationPart = () => {
    const title = new TextRun(sectionHeading(entry, 'education'));
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: entry.presentation.educationFirst ? commented(2, title) : [title] }));
    education.forEach((school, i) => children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(school.institution)] }), new Paragraph({ children: [new TextRun(`${degreeLine(school, i, entry)} · ${schoolDates[i]}`)] })));
  };
  for (const part of sectionsInOrder(entry, experience, educationPart)) part();
  if (skills.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(sectionHeading(entry, 'skills'))] }));
    if (entry.presentation.flatSkills) children.push(new Paragraph({ children: [new TextRun(allSkills(skills).join(', '))] }));
    else for (const g of skills) children.push(new Paragraph({ children: [new TextRun({ text: `${g.name}: `, bold: true }), new TextRun(g.keywords.join(', '))] }));
  }
  if (languages.length > 0) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(sectionHeading(entry, 'languages'))] }), new Paragraph({ children: [new TextRun(languages.map((l) => `${l.language} (${l.fluency})`).join(', '))] }));
  if (certificates.length > 0) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(sectionHeading(entry, 'certificates'))] }), ...certificates.map((c) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(certificateYearLine(c))] })));
  return new Document({
    creator: basics.name, lastModifiedBy: korean ? '취업 컨설턴트' : 'Career Coach', title: korean ? `${basics.name} 이력서` : `${basics.name} CV`,
    comments: { children: entry.presentation.educationFirst ? comments : comments.slice(0, 2) },
    styles: { default: { document: { run: { font, size: 21 } }, title: { run: { font, size: 44, bold: true } }, heading1: { run: { font, size: 26, bold: true, color: '1F3864' } }, heading2: { run: { font, size: 22, bold: true } } } },
    sections: [{ properties: { page: { size: letter ? { width: 12240, height: 15840 } : { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  });
}

// ------------------------------------------------------------------------------------------------
// Markup sources saved as text (AsciiDoc, reStructuredText); a Bear note

function asciiDocText(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const out = [`= ${basics.name}`, `${basics.name} <${basics.email}>`, ...(basics.label ? [`:description: ${basics.label}`] : []), `:phone: ${basics.phone}`, `:home: ${entry.presentation.home}`,
    ...labelledLinks(basics).map(([label, url]) => `:${label.toLowerCase()}: ${url}`), `:lang: ${isKorean(entry) ? 'ko' : 'en'}`, ':toc: left', '',
    `${say(entry, 'Phone', '전화')}: {phone} | ${say(entry, 'Home', '주소')}: {home}`, ''];
  if (basics.summary) out.push('[.lead]', basics.summary, '');
  const experience = [`== ${sectionHeading(entry, 'experience')}`, '', ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [`=== ${first}, ${second}`, `_${jobDates[i]}_${job.location ? ` | ${job.location}` : ''}`, '', ...job.highlights.map((h) => `* ${h}`), ...(job.highlights.length > 0 ? [''] : [])];
  })];
  const educationPart = [`== ${sectionHeading(entry, 'education')}`, '', ...education.flatMap((school, i) => [`=== ${school.institution}`, `${degreeLine(school, i, entry)} +`, `_${schoolDates[i]}_`, ''])];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) out.push(`== ${sectionHeading(entry, 'skills')}`, '', ...(entry.presentation.flatSkills ? [allSkills(skills).join(', ')] : skills.map((g) => `${g.name}:: ${g.keywords.join(', ')}`)), '');
  if (languages.length > 0) out.push(`== ${sectionHeading(entry, 'languages')}`, '', '[cols="1,1"]', '|===', ...languages.map((l) => `|${l.language} |${l.fluency}`), '|===', '');
  if (certificates.length > 0) out.push(`== ${sectionHeading(entry, 'certificates')}`, '', ...certificates.map((c) => `. ${certificateYearLine(c)}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function restructuredText(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const rule = (text, ch) => ch.repeat(displayColumns(text));
  const title = (text, ch) => [text, rule(text, ch), ''];
  const out = [rule(basics.name, '='), basics.name, rule(basics.name, '='), ''];
  if (basics.label) out.push(`:${say(entry, 'Headline', '직무')}: ${basics.label}`);
  out.push(`:${say(entry, 'Email', '이메일')}: ${basics.email}`, `:${say(entry, 'Phone', '전화')}: ${basics.phone}`, `:${say(entry, 'Address', '주소')}: ${entry.presentation.home}`,
    ...labelledLinks(basics).map(([label, url]) => `:${label}: \`${bareUrl(url)} <${url}>\`_`), '');
  if (basics.summary) out.push(...title(sectionHeading(entry, 'summary'), '='), basics.summary, '');
  const experience = [...title(sectionHeading(entry, 'experience'), '='), ...work.flatMap((job, i) => {
    const names = namesInOrder(job, entry).join(' — ');
    return [...title(names, '-'), `:${say(entry, 'Dates', '기간')}: ${jobDates[i]}`, ...(job.location ? [`:${say(entry, 'Location', '근무지')}: ${job.location}`] : []), '', ...job.highlights.map((h) => `- ${h}`), ...(job.highlights.length > 0 ? [''] : [])];
  })];
  const educationPart = [...title(sectionHeading(entry, 'education'), '='), ...education.flatMap((school, i) => [...title(school.institution, '-'), `${degreeLine(school, i, entry)}, ${schoolDates[i]}`, ''])];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) {
    out.push(...title(sectionHeading(entry, 'skills'), '='));
    if (entry.presentation.flatSkills) out.push(allSkills(skills).join(', '), '');
    else out.push(...skills.flatMap((g) => [g.name, `   ${g.keywords.join(', ')}`, '']));
  }
  if (languages.length > 0) {
    const [head, level] = [say(entry, 'Language', '언어'), say(entry, 'Level', '수준')];
    const wide = Math.max(displayColumns(head), ...languages.map((l) => displayColumns(l.language)));
    const far = Math.max(displayColumns(level), ...languages.map((l) => displayColumns(l.fluency)));
    const border = `${'='.repeat(wide)}  ${'='.repeat(far)}`;
    const row = (a, b) => `${a}${' '.repeat(wide - displayColumns(a))}  ${b}`.trimEnd();
    out.push(...title(sectionHeading(entry, 'languages'), '='), border, row(head, level), border, ...languages.map((l) => row(l.language, l.fluency)), border, '');
  }
  if (certificates.length > 0) out.push(...title(sectionHeading(entry, 'certificates'), '='), ...certificates.map((c) => `#. ${certificateYearLine(c)}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function bearNoteMarkdown(entry) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { jobDates, schoolDates } = entry.presentation;
  const korean = isKorean(entry);
  const out = [`# ${basics.name}`, korean ? '#이력서 #구직/2026' : '#cv #jobsearch/2026', ''];
  if (basics.label) out.push(`*${basics.label}*`, '');
  out.push(`${basics.email}  `, `${basics.phone}  `, `${entry.presentation.home}  `, ...labelledLinks(basics).map(([label, url]) => `[${label}](${url})  `));
  out[out.length - 1] = out[out.length - 1].trimEnd();
  out.push('');
  if (basics.summary) out.push('---', '', basics.summary, '');
  const experience = ['---', '', `## ${sectionHeading(entry, 'experience')}`, '', ...work.flatMap((job, i) => {
    const [first, second] = namesInOrder(job, entry);
    return [`**${first}** · ${second}  `, `==${jobDates[i]}==${job.location ? ` · ${job.location}` : ''}`, ...job.highlights.map((h) => `* ${h}`), ''];
  })];
  const educationPart = ['---', '', `## ${sectionHeading(entry, 'education')}`, '', ...education.flatMap((school, i) => [`**${school.institution}**  `, `${degreeLine(school, i, entry)} — ${schoolDates[i]}`, ''])];
  out.push(...sectionsInOrder(entry, experience, educationPart).flat());
  if (skills.length > 0) out.push('---', '', `## ${sectionHeading(entry, 'skills')}`, '', ...(entry.presentation.flatSkills ? [allSkills(skills).join(', ')] : skills.map((g) => `* ${g.name}: ${g.keywords.join(', ')}`)), '');
  if (languages.length > 0) out.push(`## ${sectionHeading(entry, 'languages')}`, '', ...languages.map((l, n) => `${l.language} — ${l.fluency}${n < languages.length - 1 ? '  ' : ''}`), '');
  if (certificates.length > 0) out.push(`## ${sectionHeading(entry, 'certificates')}`, '', ...certificates.map((c) => `- [x] ${certificateYearLine(c)}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'html-phonesaved': 'pdf', 'html-wordpresspage': 'pdf', 'html-verticallabels': 'pdf', 'html-trifold': 'pdf',
  'docx-reviewcomments': 'docx', 'text-asciidoc': 'txt', 'text-rst': 'txt', 'markdown-bearnote': 'md',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

const count = Number(process.argv.find((arg) => arg.startsWith('--people='))?.slice('--people='.length) ?? 30);

await buildHeldBackSet({
  out: OUT,
  setName: 'eighteenth held-back résumé set',
  people: buildHoldout18Content(count),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (eighteenth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  programs: [],
  async render(people) {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-asciidoc.txt`), asciiDocText(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-rst.txt`), restructuredText(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-bearnote.md`), bearNoteMarkdown(entry));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-reviewcomments.docx`), pinDocx(await Packer.toBuffer(reviewedDocx(entry, index))));
    }
    await renderChromium(people);
  },
});
