// Builds the fourth held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout4/):
// 30 people (scripts/resume-corpus-holdout4-content.mjs, seeded faker in ten locales no earlier set uses)
// rendered by eight renderers whose layouts no earlier set (resume-corpus, -fresh, -holdout, -holdout2,
// -holdout3, -ko) uses:
// - `docx-atscaps`        the `docx` package; an "ATS-friendly" one-column Word résumé: ALL-CAPS bold
//                         section headings, no tables or columns, "Title" then "Employer | place | dates"
//                         lines, real Word bullets (Calibri, Letter or A4).
// - `docx-skillsfirst`    the `docx` package; a skills-first (combination) résumé: a "Summary of
//                         Qualifications", then "Areas of Expertise" as a borderless three-column grid of
//                         skills (or one row per group), then experience, education, languages.
// - `libreoffice-headingstyles` a DOCX written like a Google Docs export (Title, Subtitle, Heading 1 for
//                         sections, Heading 2 "Employer, place — Title", Heading 3 dates in capitals),
//                         turned into PDF by LibreOffice headless.
// - `libreoffice-rtf`     a hand-written RTF (WordPad/TextEdit kind), a classic CV whose left tab column
//                         holds the dates (and labels such as "Phone"), turned into PDF by LibreOffice.
// - `latex-academic`      LuaLaTeX, a plain `article` academic-style CV: centred name, education first,
//                         entries as `tabular*` rows with dates right-aligned, bullets in `itemize`.
// - `html-footercontact`  Chromium; a letterhead-style page: the name and headline at the top, every
//                         contact detail only in the page footer (Chromium's footer template, each page).
// - `html-band`           Chromium; a one-page "modern" design: a dark header band with the name, headline
//                         and contact items after SVG icons, then a main column and a narrow right column
//                         (skills as chips, languages, certificates).
// - `text-tabs`           plain text as Word's "Save as Plain Text" writes it: one line per paragraph,
//                         TAB characters where the tab stops were, "•<TAB>" bullets, no wrapping.
// The rendered files are committed (CI needs neither Chromium, LibreOffice nor TeX to read them).
//
// `npx node scripts/build-resume-corpus-holdout4.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so
// in the commit. Needs /usr/bin/chromium, `soffice` (Debian libreoffice-writer) and `lualatex` (Debian
// texlive-luatex, fonts-lmodern, fonts-dejavu); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TabStopType, TextRun, WidthType,
} from 'docx';
import {
  allSkills, bareUrl, buildHeldBackSet, certificateText, escapeHtml, FULL_MONTHS, labelledLinks, pinDocx, pinPdf, schoolDates, SHORT_MONTHS, sofficeToPdf, typesetLua, withChromiumPrinter,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout4Content, locationText } from './resume-corpus-holdout4-content.mjs';
import { escapeLatex } from './resume-corpus-latex.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout4');
const FROZEN_ON = '2026-11-30';

// ------------------------------------------------------------------------------------------------
// How one person writes dates, places and links (the same in every renderer).

function dateText(date, style) {
  const [year, month] = date.split('-');
  if (!month) return year;
  const m = Number(month) - 1;
  switch (style) {
    case 'monShort': case 'monShortHyphen': return `${SHORT_MONTHS[m]} ${year}`;
    case 'fullMonth': return `${FULL_MONTHS[m]} ${year}`;
    case 'slash': return `${month}/${year}`;
    case 'yearDotMonth': return `${year}.${month}`;
    case 'monDot': return `${SHORT_MONTHS[m]}${m === 4 ? '' : '.'} ${year}`;
    default: return `${year}-${month}`;
  }
}

function rangeText({ startDate, endDate }, presentation) {
  const style = presentation.dateStyle;
  const separator = style === 'monShortHyphen' || style === 'slash' ? ' - ' : ' – ';
  return `${dateText(startDate, style)}${separator}${endDate ? dateText(endDate, style) : presentation.presentWord}`;
}


/** Where the person lives, written their way. */
const homeText = (entry) => locationText([entry.resume.basics.location.city, entry.resume.basics.location.region], entry.presentation.locale, entry.presentation.locationStyle);
const e = escapeHtml;

// ------------------------------------------------------------------------------------------------
// DOCX: the ATS one-column résumé and the skills-first résumé (the `docx` package)

const bulletNumbering = { config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }] }] };
const bullet = (text) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(text)] });
const para = (text, run = {}, paragraph = {}) => new Paragraph({ ...paragraph, children: [new TextRun({ text, ...run })] });
const pageSize = (index) => (index % 2 === 0 ? { width: 12240, height: 15840 } : { width: 11906, height: 16838 });

function contactRuns(entry, separator) {
  const { basics } = entry.resume;
  const runs = [new TextRun(`${homeText(entry)}${separator}${basics.phone}${separator}`), new ExternalHyperlink({ link: `mailto:${basics.email}`, children: [new TextRun({ text: basics.email, style: 'Hyperlink' })] })];
  for (const [, url] of labelledLinks(basics)) runs.push(new TextRun(separator), new ExternalHyperlink({ link: url, children: [new TextRun({ text: bareUrl(url), style: 'Hyperlink' })] }));
  return runs;
}

function docxDocument(title, font, index, children) {
  return new Document({
    creator: 'Candor fourth held-back résumé set',
    title,
    styles: {
      default: { document: { run: { font, size: 21 }, paragraph: { spacing: { after: 40 } } } },
      characterStyles: [{ id: 'Hyperlink', name: 'Hyperlink', run: { color: '1155CC', underline: {} } }],
    },
    numbering: bulletNumbering,
    sections: [{ properties: { page: { size: pageSize(index), margin: { top: 1000, bottom: 1000, left: 1080, right: 1080 } } }, children }],
  });
}

function atsDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const heading = (text) => para(text.toUpperCase(), { bold: true, size: 23 }, { spacing: { before: 240, after: 80 } });
  const children = [
    para(index % 3 === 0 ? basics.name.toUpperCase() : basics.name, { bold: true, size: 32 }, { alignment: index % 2 === 0 ? AlignmentType.CENTER : AlignmentType.LEFT }),
  ];
  if (basics.label) children.push(para(basics.label, { size: 23 }, { alignment: index % 2 === 0 ? AlignmentType.CENTER : AlignmentType.LEFT }));
  children.push(new Paragraph({ alignment: index % 2 === 0 ? AlignmentType.CENTER : AlignmentType.LEFT, children: contactRuns(entry, ' | ') }));
  if (basics.summary) children.push(heading(index % 2 === 0 ? 'Summary' : 'Professional Summary'), para(basics.summary));
  if (skills.length > 0) {
    children.push(heading(index % 3 === 1 ? 'Core Competencies' : 'Skills'));
    if (flatSkills) children.push(para(allSkills(skills).join(' | ')));
    else children.push(...skills.map((group) => new Paragraph({ children: [new TextRun({ text: `${group.name}: `, bold: true }), new TextRun(group.keywords.join(', '))] })));
  }
  children.push(heading(index % 2 === 0 ? 'Professional Experience' : 'Work Experience'));
  for (const job of work) {
    const meta = [employerFirst ? job.position : job.name, job.location, rangeText(job, entry.presentation)].filter(Boolean).join(' | ');
    children.push(para(employerFirst ? job.name : job.position, { bold: true }, { spacing: { before: 140, after: 0 }, keepNext: true }), para(meta, {}, { keepNext: true }));
    if (job.summary) children.push(para(job.summary, { italics: true }));
    children.push(...job.highlights.map(bullet));
  }
  children.push(heading('Education'));
  education.forEach((school, i) => {
    children.push(para(degreePhrases[i], { bold: true }, { spacing: { before: 100, after: 0 } }), para(`${school.institution} | ${schoolDates(school, entry.presentation)}`));
    if (school.score) children.push(para(school.score));
  });
  if (certificates.length > 0) children.push(heading('Certifications'), ...certificates.map((c) => bullet(certificateText(c))));
  if (languages.length > 0) children.push(heading('Languages'), para(languages.map((l) => `${l.language} (${l.fluency})`).join(', ')));
  return Packer.toBuffer(docxDocument(`${basics.name} Resume`, 'Calibri', index, children));
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

function skillsFirstDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const accent = ['2E4A62', '5B3A29', '1F5C4A'][index % 3];
  const heading = (text) => para(text, { bold: true, size: 24, color: accent, smallCaps: true }, { spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: accent, space: 2 } } });
  const children = [para(basics.name, { bold: true, size: 40, color: accent }, { spacing: { after: 0 } })];
  if (basics.label) children.push(para(basics.label, { size: 24, italics: true }));
  children.push(new Paragraph({ spacing: { after: 120 }, children: contactRuns(entry, '  •  ') }));
  if (basics.summary) children.push(heading(index % 2 === 0 ? 'Summary of Qualifications' : 'Profile'), para(basics.summary));
  if (skills.length > 0) {
    children.push(heading(index % 2 === 0 ? 'Areas of Expertise' : 'Key Skills'));
    const cell = (paragraphs) => new TableCell({ borders: NO_BORDERS, width: { size: 3300, type: WidthType.DXA }, children: paragraphs.length > 0 ? paragraphs : [new Paragraph('')] });
    let rows;
    if (flatSkills) {
      // Three columns, filled down each column in turn, as a Word "skills grid".
      const list = allSkills(skills);
      const perColumn = Math.ceil(list.length / 3);
      const columns = [0, 1, 2].map((column) => list.slice(column * perColumn, (column + 1) * perColumn));
      rows = Array.from({ length: perColumn }, (_, row) => new TableRow({ children: columns.map((column) => cell(column[row] ? [bullet(column[row])] : [])) }));
    } else {
      rows = skills.map((group) => new TableRow({ children: [cell([para(group.name, { bold: true })]), new TableCell({ borders: NO_BORDERS, columnSpan: 2, width: { size: 6600, type: WidthType.DXA }, children: [para(group.keywords.join(' · '))] })] }));
    }
    children.push(new Table({ width: { size: 9900, type: WidthType.DXA }, columnWidths: [3300, 3300, 3300], borders: { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER }, rows }));
  }
  children.push(heading(index % 3 === 0 ? 'Professional Experience' : 'Experience'));
  for (const job of work) {
    children.push(new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: 9900 }],
      spacing: { before: 120, after: 0 },
      keepNext: true,
      children: [new TextRun({ text: employerFirst ? job.name : job.position, bold: true }), new TextRun(`\t${rangeText(job, entry.presentation)}`)],
    }));
    children.push(para([employerFirst ? job.position : job.name, job.location].filter(Boolean).join(', '), { italics: true }, { keepNext: true }));
    if (job.summary) children.push(para(job.summary));
    children.push(...job.highlights.map(bullet));
  }
  children.push(heading('Education'));
  education.forEach((school, i) => {
    children.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9900 }], children: [new TextRun({ text: degreePhrases[i], bold: true }), new TextRun(`\t${schoolDates(school, entry.presentation)}`)] }));
    children.push(para(school.score ? `${school.institution} — ${school.score}` : school.institution));
  });
  if (certificates.length > 0) children.push(heading('Certifications'), ...certificates.map((c) => bullet(certificateText(c))));
  if (languages.length > 0) children.push(heading('Languages'), ...languages.map((l) => new Paragraph({ children: [new TextRun({ text: `${l.language}: `, bold: true }), new TextRun(l.fluency)] })));
  return Packer.toBuffer(docxDocument(`Résumé ${basics.name}`, 'Cambria', index, children));
}

// ------------------------------------------------------------------------------------------------
// A Google-Docs-like export: built-in heading styles (LibreOffice turns it into PDF)

function headingStylesDocx(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, flatSkills } = entry.presentation;
  const accent = ['E06666', '3C78D8', '6AA84F'][index % 3];
  const children = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(basics.name)] })];
  if (basics.label) children.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(basics.label)] }));
  children.push(para(homeText(entry), { size: 18 }, { spacing: { after: 0 } }), para(basics.phone, { size: 18 }, { spacing: { after: 0 } }));
  children.push(new Paragraph({ children: [new ExternalHyperlink({ link: `mailto:${basics.email}`, children: [new TextRun({ text: basics.email, style: 'Hyperlink', size: 18 })] })] }));
  for (const [, url] of labelledLinks(basics)) children.push(new Paragraph({ children: [new ExternalHyperlink({ link: url, children: [new TextRun({ text: bareUrl(url), style: 'Hyperlink', size: 18 })] })] }));
  const h1 = (text) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
  const h2 = (bold, rest) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: bold, bold: true }), new TextRun({ text: rest, bold: false })] });
  const h3 = (text) => new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(text.toUpperCase())] });
  if (basics.summary) children.push(h1(index % 2 === 0 ? 'Summary' : 'About'), para(basics.summary));
  children.push(h1('Experience'));
  for (const job of work) {
    children.push(h2(job.name, `${job.location ? `, ${job.location}` : ''} — ${job.position}`), h3(rangeText(job, entry.presentation)));
    if (job.summary) children.push(para(job.summary));
    children.push(...job.highlights.map(bullet));
  }
  children.push(h1('Education'));
  education.forEach((school, i) => {
    children.push(h2(school.institution, ` — ${degreePhrases[i]}`), h3(schoolDates(school, entry.presentation)));
    if (school.score) children.push(para(school.score));
  });
  if (skills.length > 0) {
    children.push(h1('Skills'));
    if (flatSkills) children.push(...allSkills(skills).map(bullet));
    else children.push(...skills.map((group) => bullet(`${group.name}: ${group.keywords.join(', ')}`)));
  }
  if (languages.length > 0) children.push(h1('Languages'), para(languages.map((l) => `${l.language} — ${l.fluency}`).join('; ')));
  if (certificates.length > 0) children.push(h1('Awards'), ...certificates.map((c) => bullet(certificateText(c))));
  const document = new Document({
    creator: 'Candor fourth held-back résumé set',
    title: basics.name,
    styles: {
      default: {
        document: { run: { font: 'DejaVu Sans', size: 19, color: '555555' }, paragraph: { spacing: { after: 60, line: 276 } } },
        title: { run: { font: 'DejaVu Sans', size: 48, bold: true, color: '000000' }, paragraph: { spacing: { after: 0 } } },
        heading1: { run: { font: 'DejaVu Sans', size: 23, bold: true, color: accent }, paragraph: { spacing: { before: 320, after: 80 } } },
        heading2: { run: { font: 'DejaVu Sans', size: 21, color: '000000' }, paragraph: { spacing: { before: 200, after: 0 }, keepNext: true } },
        heading3: { run: { font: 'DejaVu Sans', size: 16, color: '666666' }, paragraph: { spacing: { before: 40, after: 60 }, keepNext: true } },
      },
      paragraphStyles: [{ id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { size: 24, color: accent }, paragraph: { spacing: { after: 120 } } }],
      characterStyles: [{ id: 'Hyperlink', name: 'Hyperlink', run: { color: '1155CC', underline: {} } }],
    },
    numbering: bulletNumbering,
    sections: [{ properties: { page: { size: pageSize(index + 1), margin: { top: 1200, bottom: 1000, left: 1200, right: 1200 } } }, children }],
  });
  return Packer.toBuffer(document);
}

// ------------------------------------------------------------------------------------------------
// A hand-written RTF: dates (and contact labels) in a left tab column, the rest hanging after it

/** RTF text: backslash and braces escaped, anything beyond ASCII as \uN? (signed 16-bit). */
function rtfText(text) {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0);
    if (char === '\\' || char === '{' || char === '}') out += `\\${char}`;
    else if (code < 128) out += char;
    else if (code < 0x10000) out += `\\u${code > 32767 ? code - 65536 : code}?`;
    else throw new Error(`No RTF escape for ${char}`);
  }
  return out;
}

function rtfFor(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const t = rtfText;
  const column = index % 2 === 0 ? 2400 : 2100;
  const hanging = `\\pard\\li${column}\\fi-${column}\\tx${column}\\sa60`;
  const lines = [
    `{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss DejaVu Sans;}}`,
    `\\paperw${pageSize(index).width}\\paperh${pageSize(index).height}\\margl1300\\margr1300\\margt1100\\margb1100`,
    `\\pard\\qc\\sa40\\f0\\fs36\\b ${t(basics.name)}\\b0\\par`,
  ];
  if (basics.label) lines.push(`\\pard\\qc\\sa40\\f0\\fs24\\i ${t(basics.label)}\\i0\\par`);
  lines.push('\\pard\\sa120\\par');
  const section = (name) => lines.push(`\\pard\\sb200\\sa80\\brdrb\\brdrs\\brdrw10\\brsp20\\fs22\\b ${t(index % 3 === 0 ? name.toUpperCase() : name)}\\b0\\fs19\\par`);
  const row = (left, right) => lines.push(`${hanging}\\fs19 ${t(left)}\\tab ${right}\\par`);
  section(index % 2 === 0 ? 'Personal details' : 'Contact');
  row('Address', t(homeText(entry)));
  row('Phone', t(basics.phone));
  row('E-mail', t(basics.email));
  for (const [label, url] of labelledLinks(basics)) row(label, t(bareUrl(url)));
  if (basics.summary) {
    section('Profile');
    lines.push(`\\pard\\sa80\\f0\\fs21 ${t(basics.summary)}\\par`);
  }
  section(index % 2 === 0 ? 'Work experience' : 'Career history');
  for (const job of work) {
    const first = employerFirst ? `\\b ${t(job.name)}\\b0 , ${t(job.position)}` : `\\b ${t(job.position)}\\b0 , ${t(job.name)}`;
    row(rangeText(job, entry.presentation), `${first}${job.location ? ` (${t(job.location)})` : ''}`);
    if (job.summary) lines.push(`\\pard\\li${column}\\sa40\\i ${t(job.summary)}\\i0\\par`);
    for (const highlight of job.highlights) lines.push(`\\pard\\li${column + 300}\\fi-300\\tx${column + 300}\\sa40 \\u8211?\\tab ${t(highlight)}\\par`);
  }
  section(index % 2 === 0 ? 'Education and training' : 'Education');
  education.forEach((school, i) => {
    row(schoolDates(school, entry.presentation), `\\b ${t(degreePhrases[i])}\\b0 \\line ${t(school.institution)}${school.score ? `\\line ${t(school.score)}` : ''}`);
  });
  if (certificates.length > 0) {
    section('Certificates');
    for (const c of certificates) row(c.date, t(`${c.name}, ${c.issuer}`));
  }
  if (skills.length > 0) {
    section(index % 3 === 2 ? 'Competences' : 'Skills');
    if (flatSkills) lines.push(`\\pard\\li${column}\\sa60 ${t(allSkills(skills).join(', '))}\\par`);
    else for (const group of skills) row(group.name, t(group.keywords.join(', ')));
  }
  if (languages.length > 0) {
    section('Languages');
    for (const l of languages) row(l.language, t(l.fluency));
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

// ------------------------------------------------------------------------------------------------
// LaTeX: a plain `article` academic-style CV (LuaLaTeX)

function latexFor(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const x = escapeLatex;
  const dashes = (value) => x(value).replace(/ – /g, ' -- ').replace(/–/g, '--').replace(/ - /g, ' -- ');
  const row = (left, right) => `\\noindent\\begin{tabular*}{\\textwidth}{@{}l@{\\extracolsep{\\fill}}r@{}}${left} & ${right}\\end{tabular*}`;
  const list = (items) => (items.length > 0 ? `\\begin{itemize}\n${items.map((item) => `\\item ${x(item)}`).join('\n')}\n\\end{itemize}` : '');
  const lines = [];
  const links = labelledLinks(basics).map(([, url]) => `\\url{${bareUrl(url)}}`);
  lines.push(`\\begin{center}{\\LARGE\\bfseries ${x(basics.name)}}\\\\[3pt]`);
  if (basics.label) lines.push(`{\\large ${x(basics.label)}}\\\\[3pt]`);
  lines.push(`${x(homeText(entry))} \\textperiodcentered{} ${x(basics.phone)} \\textperiodcentered{} \\href{mailto:${basics.email}}{${x(basics.email)}}${links.length > 0 ? `\\\\\n${links.join(' \\textperiodcentered{} ')}` : ''}\n\\end{center}`);
  if (basics.summary) lines.push(`\\section*{${index % 2 === 0 ? 'Research and Professional Interests' : 'Profile'}}`, x(basics.summary));
  lines.push('\\section*{Education}');
  education.forEach((school, i) => {
    lines.push(row(`\\textbf{${x(school.institution)}}`, dashes(schoolDates(school, entry.presentation))), `\\\\ \\emph{${x(degreePhrases[i])}}${school.score ? `, ${x(school.score)}` : ''}\\par\\smallskip`);
  });
  lines.push(`\\section*{${index % 2 === 0 ? 'Professional Appointments' : 'Employment'}}`);
  for (const job of work) {
    const [first, second] = employerFirst ? [job.name, job.position] : [job.position, job.name];
    lines.push(row(`\\textbf{${x(first)}}, ${x(second)}`, dashes(rangeText(job, entry.presentation))));
    if (job.location || job.summary) lines.push(`\\\\ ${[job.location ? `\\emph{${x(job.location)}}` : '', job.summary ? x(job.summary) : ''].filter(Boolean).join('. ')}`);
    lines.push(`${list(job.highlights)}\\par\\smallskip`);
  }
  if (certificates.length > 0) lines.push('\\section*{Certifications}', ...certificates.map((c) => `${row(`${x(c.name)}, ${x(c.issuer)}`, x(c.date))}\\par`));
  if (skills.length > 0) {
    lines.push(`\\section*{${index % 3 === 0 ? 'Technical Skills' : 'Skills'}}`);
    if (flatSkills) lines.push(allSkills(skills).map(x).join(', '));
    else lines.push(skills.map((group) => `\\textbf{${x(group.name)}:} ${group.keywords.map(x).join(', ')}`).join('\\\\\n'));
  }
  if (languages.length > 0) lines.push('\\section*{Languages}', languages.map((l) => `${x(l.language)} (${x(l.fluency)})`).join(', '));
  return `\\documentclass[${index % 2 === 0 ? '11pt,a4paper' : '10pt,letterpaper'}]{article}
\\usepackage[margin=${index % 2 === 0 ? '2.2cm' : '0.9in'}]{geometry}
\\usepackage{fontspec}\\directlua{luaotfload.add_fallback('cvfallback', {'DejaVu Serif:mode=node;'})}\\setmainfont{Latin Modern Roman}[RawFeature={fallback=cvfallback}]
\\usepackage{enumitem}\\setlist[itemize]{leftmargin=1.4em,itemsep=0pt,topsep=2pt}
\\usepackage{titlesec}\\titleformat{\\section}{\\large\\scshape}{}{0pt}{}[\\titlerule]\\titlespacing*{\\section}{0pt}{10pt}{5pt}
\\usepackage[hidelinks]{hyperref}\\urlstyle{same}
\\pagestyle{${index % 3 === 0 ? 'plain' : 'empty'}}
\\setlength{\\parindent}{0pt}
\\hyphenpenalty=10000\\exhyphenpenalty=10000
\\begin{document}
${lines.join('\n')}
\\end{document}
`;
}

// ------------------------------------------------------------------------------------------------
// Chromium: contact only in the page footer, and the header band with icons

const ICONS = {
  phone: '<path d="M3 1h3l1.5 4-2 1.2a9 9 0 0 0 4.3 4.3L11 8.5l4 1.5v3a2 2 0 0 1-2 2A13 13 0 0 1 1 3a2 2 0 0 1 2-2z"/>',
  mail: '<path d="M1 3h14v10H1z M1 3l7 6 7-6" fill="none" stroke="currentColor" stroke-width="1.4"/>',
  pin: '<path d="M8 1a5 5 0 0 1 5 5c0 4-5 9-5 9S3 10 3 6a5 5 0 0 1 5-5zm0 3a2 2 0 1 0 0 4 2 2 0 0 0 0-4z"/>',
  globe: '<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.3"/><path d="M1.5 8h13M8 1.5c-3 3.5-3 9.5 0 13M8 1.5c3 3.5 3 9.5 0 13" fill="none" stroke="currentColor" stroke-width="1.1"/>',
};
const icon = (name) => `<svg class="ic" viewBox="0 0 16 16" width="10" height="10" aria-hidden="true">${ICONS[name]}</svg>`;

function footerContactPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const parts = [`<h1>${e(basics.name)}</h1>`];
  if (basics.label) parts.push(`<div class="label">${e(basics.label)}</div>`);
  if (basics.summary) parts.push(`<h2>${index % 2 === 0 ? 'Profile' : 'Summary'}</h2><p>${e(basics.summary)}</p>`);
  parts.push(`<h2>${index % 2 === 0 ? 'Experience' : 'Professional Experience'}</h2>`);
  for (const job of work) {
    parts.push(`<div class="entry"><div class="row"><span><b>${e(employerFirst ? job.name : job.position)}</b> — ${e(employerFirst ? job.position : job.name)}</span><span class="when">${e(rangeText(job, entry.presentation))}</span></div>`);
    if (job.location) parts.push(`<div class="where">${e(job.location)}</div>`);
    if (job.summary) parts.push(`<div class="desc">${e(job.summary)}</div>`);
    if (job.highlights.length > 0) parts.push(`<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>`);
    parts.push('</div>');
  }
  parts.push('<h2>Education</h2>');
  education.forEach((school, i) => parts.push(`<div class="entry"><div class="row"><span><b>${e(degreePhrases[i])}</b></span><span class="when">${e(schoolDates(school, entry.presentation))}</span></div><div class="where">${e(school.institution)}${school.score ? ` · ${e(school.score)}` : ''}</div></div>`));
  if (skills.length > 0) {
    parts.push(`<h2>${index % 3 === 1 ? 'Skills and Tools' : 'Skills'}</h2>`);
    if (flatSkills) parts.push(`<p>${allSkills(skills).map(e).join(' · ')}</p>`);
    else parts.push(`<table class="kv">${skills.map((group) => `<tr><th>${e(group.name)}</th><td>${group.keywords.map(e).join(', ')}</td></tr>`).join('')}</table>`);
  }
  if (certificates.length > 0) parts.push('<h2>Certificates</h2>', `<ul>${certificates.map((c) => `<li>${e(certificateText(c))}</li>`).join('')}</ul>`);
  if (languages.length > 0) parts.push('<h2>Languages</h2>', `<p>${languages.map((l) => `${e(l.language)}: ${e(l.fluency)}`).join(' &nbsp;|&nbsp; ')}</p>`);
  const contact = [homeText(entry), basics.phone, basics.email, ...labelledLinks(basics).map(([, url]) => bareUrl(url))];
  const footer = `<div style="width:100%; margin: 0 16mm; border-top: 0.6px solid #7a6a55; padding-top: 4px; font: 8px 'Liberation Serif', serif; color: #4a4034; text-align: center;">${contact.map(e).join(' &nbsp;·&nbsp; ')}</div>`;
  const body = `<style>body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; color: #222; line-height: 1.35; margin: 0; }
    h1 { font-size: 26pt; font-weight: normal; letter-spacing: 2px; margin: 0; color: #3b3126; } .label { font-size: 12pt; color: #7a6a55; margin-bottom: 4mm; }
    h2 { font-variant: small-caps; font-size: 13pt; letter-spacing: 1px; color: #7a6a55; margin: 5mm 0 1.5mm; font-weight: bold; }
    .entry { margin-bottom: 3mm; break-inside: avoid; } .row { display: flex; justify-content: space-between; gap: 6mm; } .when { white-space: nowrap; color: #7a6a55; }
    .where { color: #555; } .desc { color: #555; } ul { margin: 1mm 0 0; padding-left: 5mm; } p { margin: 0; }
    .kv th { text-align: left; padding-right: 5mm; vertical-align: top; white-space: nowrap; } .kv { border-collapse: collapse; }</style>${parts.join('\n')}`;
  return [body, {
    format: index % 2 === 0 ? 'A4' : 'Letter', displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footer,
    margin: { top: '16mm', bottom: '22mm', left: '18mm', right: '18mm' },
  }];
}

const BAND_COLOURS = ['#243b53', '#3d2c5e', '#22543d', '#7b341e', '#1a365d'];

function bandPage(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const colour = BAND_COLOURS[index % BAND_COLOURS.length];
  const contact = [['pin', homeText(entry)], ['phone', basics.phone], ['mail', basics.email], ...labelledLinks(basics).map(([, url]) => ['globe', bareUrl(url)])];
  const band = `<header><h1>${e(basics.name)}</h1>${basics.label ? `<div class="label">${e(basics.label)}</div>` : ''}<div class="contact">${contact.map(([name, text]) => `<span>${icon(name)} ${e(text)}</span>`).join('')}</div></header>`;
  const main = [];
  if (basics.summary) main.push(`<h2>${index % 2 === 0 ? 'About' : 'Summary'}</h2><p>${e(basics.summary)}</p>`);
  main.push(`<h2>${index % 3 === 2 ? 'Career' : 'Experience'}</h2>`);
  for (const job of work) {
    main.push(`<div class="job"><div class="dates">${e(rangeText(job, entry.presentation))}${job.location ? ` | ${e(job.location)}` : ''}</div><div class="role"><b>${e(employerFirst ? job.name : job.position)}</b> <span class="at">${employerFirst ? '·' : 'at'}</span> ${e(employerFirst ? job.position : job.name)}</div>`);
    if (job.summary) main.push(`<div class="desc">${e(job.summary)}</div>`);
    if (job.highlights.length > 0) main.push(`<ul>${job.highlights.map((h) => `<li>${e(h)}</li>`).join('')}</ul>`);
    main.push('</div>');
  }
  main.push('<h2>Education</h2>');
  education.forEach((school, i) => main.push(`<div class="job"><div class="dates">${e(schoolDates(school, entry.presentation))}</div><div class="role"><b>${e(degreePhrases[i])}</b></div><div>${e(school.institution)}</div>${school.score ? `<div class="desc">${e(school.score)}</div>` : ''}</div>`));
  const side = [];
  if (skills.length > 0) {
    side.push('<h2>Skills</h2>');
    if (flatSkills) side.push(`<div class="chips">${allSkills(skills).map((skill) => `<span>${e(skill)}</span>`).join('')}</div>`);
    else for (const group of skills) side.push(`<h3>${e(group.name)}</h3><div class="chips">${group.keywords.map((skill) => `<span>${e(skill)}</span>`).join('')}</div>`);
  }
  if (languages.length > 0) side.push('<h2>Languages</h2>', ...languages.map((l) => `<div class="lang"><b>${e(l.language)}</b><br>${e(l.fluency)}</div>`));
  if (certificates.length > 0) side.push('<h2>Certificates</h2>', ...certificates.map((c) => `<div class="lang"><b>${e(c.name)}</b><br>${e(c.issuer)}, ${e(c.date)}</div>`));
  const body = `<style>@page { margin: 0 0 12mm; } body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #243040; line-height: 1.36; }
    header { background: ${colour}; color: #fff; padding: 10mm 14mm 7mm; } h1 { margin: 0; font-size: 25pt; letter-spacing: .5px; } .label { font-size: 12pt; opacity: .85; margin-top: 1mm; }
    .contact { display: flex; flex-wrap: wrap; gap: 1.5mm 6mm; margin-top: 4mm; font-size: 8.6pt; } .ic { fill: currentColor; vertical-align: -1px; }
    .cols { display: grid; grid-template-columns: 1fr 55mm; gap: 8mm; padding: 4mm 14mm 0; } h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 1.5px; color: ${colour}; margin: 5mm 0 2mm; }
    h3 { font-size: 9pt; margin: 2mm 0 1mm; color: #52606d; } .job { margin-bottom: 3.5mm; break-inside: avoid; } .dates { font-size: 8pt; color: #7b8794; text-transform: uppercase; letter-spacing: .4px; }
    .role { font-size: 10pt; } .at { color: #7b8794; } .desc { color: #52606d; } ul { margin: 1mm 0 0; padding-left: 4mm; } p { margin: 0; }
    .chips span { display: inline-block; border: 1px solid ${colour}; border-radius: 3mm; padding: .2mm 2mm; margin: 0 1mm 1.2mm 0; font-size: 8pt; } .lang { margin-bottom: 2mm; }</style>
    ${band}<div class="cols"><main>${main.join('\n')}</main><aside>${side.join('\n')}</aside></div>`;
  return [body, { format: index % 2 === 0 ? 'A4' : 'Letter', printBackground: true }];
}

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-footercontact.pdf`), pinPdf(await print(...footerContactPage(entry, index))));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.html-band.pdf`), pinPdf(await print(...bandPage(entry, index))));
    }
  });
}

// ------------------------------------------------------------------------------------------------
// Plain text as Word saves it: one line per paragraph, tabs where the tab stops were

function textTabsFor(entry, index) {
  const { basics, work, education, skills = [], languages = [], certificates = [] } = entry.resume;
  const { degreePhrases, employerFirst, flatSkills } = entry.presentation;
  const out = [basics.name];
  if (basics.label) out.push(basics.label);
  out.push(`${homeText(entry)}\t${basics.phone}\t${basics.email}`);
  for (const [label, url] of labelledLinks(basics)) out.push(`${label}:\t${bareUrl(url)}`);
  const section = (name) => out.push('', name);
  if (basics.summary) {
    section(index % 2 === 0 ? 'Personal Statement' : 'Summary');
    out.push(basics.summary);
  }
  section(index % 2 === 0 ? 'Employment' : 'Work Experience');
  for (const job of work) {
    out.push(`${employerFirst ? job.name : job.position}\t${employerFirst ? job.position : job.name}\t${rangeText(job, entry.presentation)}`);
    if (job.location) out.push(job.location);
    if (job.summary) out.push(job.summary);
    for (const highlight of job.highlights) out.push(`•\t${highlight}`);
  }
  section(index % 3 === 0 ? 'Education and Qualifications' : 'Education');
  education.forEach((school, i) => {
    out.push(`${degreePhrases[i]}\t${school.institution}\t${schoolDates(school, entry.presentation)}`);
    if (school.score) out.push(school.score);
  });
  if (certificates.length > 0) {
    section('Certificates');
    for (const c of certificates) out.push(`${c.name}\t${c.issuer}\t${c.date}`);
  }
  if (skills.length > 0) {
    section('Skills');
    if (flatSkills) for (const skill of allSkills(skills)) out.push(`•\t${skill}`);
    else for (const group of skills) out.push(`${group.name}:\t${group.keywords.join(', ')}`);
  }
  if (languages.length > 0) {
    section('Languages');
    for (const l of languages) out.push(`${l.language}\t${l.fluency}`);
  }
  // Word writes CRLF line ends in its plain-text export.
  return `${out.join('\r\n')}\r\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix: `<renderer>.<extension>`. */
const RENDERERS = Object.fromEntries(Object.entries({
  'docx-atscaps': 'docx', 'docx-skillsfirst': 'docx', 'libreoffice-headingstyles': 'pdf', 'libreoffice-rtf': 'pdf',
  'latex-academic': 'pdf', 'html-footercontact': 'pdf', 'html-band': 'pdf', 'text-tabs': 'txt',
}).map(([renderer, extension]) => [renderer, `${renderer}.${extension}`]));

await buildHeldBackSet({
  out: OUT,
  setName: 'fourth held-back résumé set',
  people: buildHoldout4Content(30),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (fourth held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  async render(people) {
    await renderChromium(people);
    const forLibreOffice = [];
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-atscaps.docx`), pinDocx(await atsDocx(entry, index)));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-skillsfirst.docx`), pinDocx(await skillsFirstDocx(entry, index)));
      forLibreOffice.push([`${entry.id}.headingstyles`, 'docx', await headingStylesDocx(entry, index)], [`${entry.id}.rtf`, 'rtf', rtfFor(entry, index)]);
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-tabs.txt`), textTabsFor(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.latex-academic.pdf`), pinPdf(typesetLua(latexFor(entry, index))));
    }
    const pdfs = sofficeToPdf(forLibreOffice);
    for (const entry of people) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-headingstyles.pdf`), pinPdf(pdfs.get(`${entry.id}.headingstyles`)));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.libreoffice-rtf.pdf`), pinPdf(pdfs.get(`${entry.id}.rtf`)));
    }
  },
});
