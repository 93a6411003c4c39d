// Builds the second held-back résumé test set of issue #10 §2 (test/fixtures/resume-corpus-holdout2/):
// 28 people (scripts/resume-corpus-holdout2-content.mjs, seeded faker in eight locales) rendered by
// eight renderers whose templates no earlier set (resume-corpus, -fresh, -holdout, -ko) uses:
// - `html-rightrail`   Chromium; a dark full-width name band, then a CSS grid with the main column on the
//                      LEFT and a shaded rail on the RIGHT (labelled contact lines, skills as tag chips,
//                      languages, certifications); each job's dates and place in an upper-case meta line
//                      above the title (DejaVu Sans Condensed).
// - `html-timeline`    Chromium; small-caps headings, contact items after inline SVG icons, every entry in
//                      a grid: dates and place in a right-aligned left column, a vertical rule with dots,
//                      the entry on the right (Latin Modern Sans).
// - `docx-styled`      the `docx` package; custom Word paragraph styles (Heading 1, "Job Title", "Entry
//                      Meta"), real numbering definitions for bullets, dates after a right tab stop with a
//                      dot leader, real hyperlinks, skills in a two-column continuous section (Liberation Serif).
// - `libreoffice-styled` that DOCX with its font changed to DejaVu Sans Condensed, turned into PDF by
//                      LibreOffice headless (the two-column skills section stays two columns).
// - `fodt-tabs`        a flat OpenDocument text (.fodt) written here, turned into PDF by LibreOffice:
//                      dates at the left margin then a tab to a hanging indent, real ODF bullet lists,
//                      headings with a bottom border (DejaVu Serif Condensed).
// - `latex-paracol`    LuaLaTeX, article class + paracol: a narrow left column (contact, skills, languages,
//                      certificates) beside the main column, Latin Modern, coloured rules under headings.
// - `text-email`       plain text as pasted into an e-mail: "Name | phone | email" first line, "EXPERIENCE:"
//                      headings with colons, dates in parentheses, unwrapped lines, CRLF for every third file.
// - `markdown-setext`  Markdown with setext headings (=== / ---), bold-labelled contact lines, `+` bullets,
//                      and education, skills and languages as pipe tables.
// The rendered files are committed (CI needs neither Chromium, LibreOffice nor TeX to read them).
//
// `npx node scripts/build-resume-corpus-holdout2.mjs` — refuses to run once the set is frozen
// (test-split.sha256 exists) unless given `--refreeze`, which is only for a deliberate change said so
// in the commit. Needs /usr/bin/chromium, `soffice` (Debian libreoffice-writer) and `lualatex` (Debian
// texlive-luatex, texlive-latex-extra for paracol, fonts-lmodern); it stops rather than skip a renderer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, LeaderType, LevelFormat, Packer, Paragraph, SectionType, TabStopType, TextRun,
} from 'docx';
import {
  bareUrl, buildHeldBackSet, escapeHtml, escapeXml, FULL_MONTHS, pinDocx, pinPdf, SHORT_MONTHS, sofficeToPdf, typesetLua, withChromiumPrinter,
} from './lib/resume-corpus-build.mjs';
import { buildHoldout2Content } from './resume-corpus-holdout2-content.mjs';
import { escapeLatex } from './resume-corpus-latex.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-holdout2');
const FROZEN_ON = '2026-11-30';

// ------------------------------------------------------------------------------------------------
// How one person writes dates, places and links (kept the same by every renderer).

/** Associated Press style: five short months with a dot, the rest spelled out. */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function dateText(date, style) {
  const [year, month] = date.split('-');
  if (!month) return year;
  const m = Number(month) - 1;
  switch (style) {
    case 'yearSlashMonth': return `${year}/${month}`;
    case 'abbrDot': return `${AP_MONTHS[m]} ${year}`;
    case 'compactSlash': return `${month}/${year}`;
    case 'yearDotMonth': return `${year}.${month}`;
    case 'apostrophe': return `${SHORT_MONTHS[m]} ’${year.slice(2)}`;
    case 'monthComma': return `${FULL_MONTHS[m]}, ${year}`;
    default: return year;
  }
}

function rangeText({ startDate, endDate }, presentation) {
  const style = presentation.dateStyle;
  if (!endDate && style === 'since') return `since ${startDate}`;
  const end = endDate ? dateText(endDate, style) : presentation.presentWord;
  const separator = { compactSlash: '–', yearDotMonth: ' - ' }[style] ?? ' – ';
  return `${dateText(startDate, style)}${separator}${end}`;
}

function schoolDates(school, presentation) {
  switch (presentation.schoolDateStyle) {
    case 'graduated': return `Graduated ${school.endDate}`;
    case 'classOf': return `Class of ${school.endDate}`;
    case 'shortRange': return school.startDate.slice(0, 2) === school.endDate.slice(0, 2) ? `${school.startDate}–${school.endDate.slice(2)}` : `${school.startDate}–${school.endDate}`;
    default: return `${school.startDate} – ${school.endDate}`;
  }
}

const LOCALE_COUNTRY_CODE = { en_US: 'US', en_CA: 'CA', en_IE: 'IE', en_NZ: 'NZ', en_ZA: 'ZA', nl: 'NL', es: 'ES', it: 'IT' };

function homeText(entry) {
  const { city, region } = entry.resume.basics.location;
  const { locationStyle, country, locale } = entry.presentation;
  switch (locationStyle) {
    case 'city': return city;
    case 'cityCountry': return `${city}, ${country}`;
    case 'cityCode': return `${city}, ${LOCALE_COUNTRY_CODE[locale]}`;
    default: return city === region ? `${city}, ${country}` : `${city}, ${region}`;
  }
}

/** [label, url] for the person's site and each profile, as a contact block labels them. */
const labelledLinks = (basics) => [...(basics.url ? [['Web', basics.url]] : []), ...(basics.profiles ?? []).map((profile) => [profile.network, profile.url])];
const certificateText = (certificate) => `${certificate.name}, ${certificate.issuer} (${certificate.date})`;

// ------------------------------------------------------------------------------------------------
// Chromium themes

const ICONS = {
  phone: '<path d="M3 1h3l1.5 4-2 1.2a9 9 0 0 0 4.3 4.3L11 8.5l4 1.5v3a2 2 0 0 1-2 2A13 13 0 0 1 1 3a2 2 0 0 1 2-2z"/>',
  mail: '<path d="M1 3h14v10H1z M1 3l7 6 7-6" fill="none" stroke="currentColor" stroke-width="1.4"/>',
  pin: '<path d="M8 1a5 5 0 0 1 5 5c0 4-5 9-5 9S3 10 3 6a5 5 0 0 1 5-5zm0 3a2 2 0 1 0 0 4 2 2 0 0 0 0-4z"/>',
  link: '<path d="M6.5 9.5l3-3M5 7L3 9a2.5 2.5 0 0 0 3.5 3.5l2-2M11 9l2-2A2.5 2.5 0 0 0 9.5 3.5l-2 2" fill="none" stroke="currentColor" stroke-width="1.5"/>',
};
const icon = (name) => `<svg class="ic" viewBox="0 0 16 16" width="9" height="9" aria-hidden="true">${ICONS[name]}</svg>`;

const HTML_THEMES = {
  /** Dark name band, main column left, shaded rail right with labelled contact lines and skill chips. */
  'html-rightrail'(entry, index) {
    const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
    const { degreePhrases } = entry.presentation;
    const main = [];
    if (basics.summary) main.push(`<h2>${index % 2 === 0 ? 'About me' : 'Profile'}</h2><p>${escapeHtml(basics.summary)}</p>`);
    main.push(`<h2>${index % 3 === 0 ? 'Experience' : index % 3 === 1 ? 'Work experience' : 'Employment history'}</h2>`);
    for (const job of work) {
      const meta = [rangeText(job, entry.presentation), job.location].filter(Boolean).map(escapeHtml).join(' <span class="sep">|</span> ');
      main.push(`<div class="job"><div class="meta">${meta}</div><div class="title">${escapeHtml(job.position)}</div><div class="org">${escapeHtml(job.name)}</div>${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ul>` : ''}</div>`);
    }
    main.push('<h2>Education</h2>');
    education.forEach((school, i) => main.push(`<div class="job"><div class="meta">${escapeHtml(schoolDates(school, entry.presentation))}</div><div class="title">${escapeHtml(degreePhrases[i])}</div><div class="org">${escapeHtml(school.institution)}</div></div>`));
    const rail = ['<h3>Contact</h3>', `<dl><dt>Phone</dt><dd>${escapeHtml(basics.phone)}</dd><dt>Email</dt><dd>${escapeHtml(basics.email)}</dd><dt>Location</dt><dd>${escapeHtml(homeText(entry))}</dd>`];
    for (const [label, url] of labelledLinks(basics)) rail.push(`<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(bareUrl(url))}</dd>`);
    rail.push('</dl>');
    for (const group of skills) rail.push(`<h3>${escapeHtml(group.name)}</h3><div class="chips">${group.keywords.map((k) => `<span>${escapeHtml(k)}</span>`).join(' ')}</div>`);
    if (languages.length > 0) rail.push('<h3>Languages</h3>', ...languages.map((l) => `<div class="lang"><b>${escapeHtml(l.language)}</b><br><small>${escapeHtml(l.fluency)}</small></div>`));
    if (certificates.length > 0) rail.push('<h3>Certifications</h3>', ...certificates.map((c) => `<div class="lang">${escapeHtml(certificateText(c))}</div>`));
    return `<style>@page { margin: 0; } body { margin: 0; font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 9.3pt; color: #222; line-height: 1.35; }
      .band { background: #1d2b3a; color: #fff; padding: 11mm 14mm 8mm; } .band h1 { margin: 0; font-size: 25pt; letter-spacing: .5px; } .band .label { font-size: 12pt; color: #b9d3ea; margin-top: 2px; }
      .grid { display: grid; grid-template-columns: 1fr 62mm; } .main { padding: 4mm 8mm 10mm 14mm; } .rail { background: #eef1f4; padding: 4mm 8mm 10mm 7mm; }
      h2 { font-size: 11pt; color: #1d2b3a; border-bottom: 2px solid #4a90c2; padding-bottom: 2px; margin: 12px 0 6px; }
      h3 { font-size: 9.5pt; color: #1d2b3a; margin: 12px 0 4px; text-transform: uppercase; letter-spacing: 1px; }
      .job { margin: 0 0 8px; break-inside: avoid; } .meta { font-size: 7.8pt; color: #5a6b7b; text-transform: uppercase; letter-spacing: .6px; } .sep { color: #aab; }
      .title { font-weight: bold; font-size: 10.2pt; } .org { color: #2f6d9e; } ul { margin: 3px 0 0; padding-left: 15px; } p { margin: 4px 0; }
      dl { margin: 0; } dt { font-size: 7.5pt; color: #5a6b7b; text-transform: uppercase; margin-top: 4px; } dd { margin: 0; overflow-wrap: anywhere; }
      .chips span { display: inline-block; border: 1px solid #9fb4c7; border-radius: 8px; padding: 0 5px; margin: 0 2px 3px 0; font-size: 8.3pt; background: #fff; }
      .lang { margin-bottom: 3px; }</style>
      <div class="band"><h1>${escapeHtml(basics.name)}</h1>${basics.label ? `<div class="label">${escapeHtml(basics.label)}</div>` : ''}</div>
      <div class="grid"><div class="main">${main.join('\n')}</div><div class="rail">${rail.join('\n')}</div></div>`;
  },

  /** Dates in a left grid column, a vertical rule with dots, small-caps headings, SVG contact icons. */
  'html-timeline'(entry, index) {
    const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
    const { degreePhrases } = entry.presentation;
    const contact = [[icon('pin'), homeText(entry)], [icon('phone'), basics.phone], [icon('mail'), basics.email], ...labelledLinks(basics).map(([, url]) => [icon('link'), bareUrl(url)])];
    const item = (left, right) => `<div class="item"><div class="when">${left}</div><div class="what">${right}</div></div>`;
    const parts = [`<header><h1>${escapeHtml(basics.name)}</h1>${basics.label ? `<div class="label">${escapeHtml(basics.label)}</div>` : ''}<div class="contact">${contact.map(([svg, text]) => `<span>${svg} ${escapeHtml(text)}</span>`).join('')}</div></header>`];
    if (basics.summary) parts.push(`<h2>${index % 2 === 0 ? 'Summary' : 'Personal statement'}</h2><p class="summary">${escapeHtml(basics.summary)}</p>`);
    parts.push(`<h2>${index % 2 === 0 ? 'Professional experience' : 'Experience'}</h2><div class="tl">`);
    for (const job of work) {
      const when = `${escapeHtml(rangeText(job, entry.presentation))}${job.location ? `<div class="where">${escapeHtml(job.location)}</div>` : ''}`;
      const head = index % 2 === 0
        ? `<div class="t">${escapeHtml(job.position)}</div><div class="o">${escapeHtml(job.name)}</div>`
        : `<div class="t">${escapeHtml(job.name)}</div><div class="o">${escapeHtml(job.position)}</div>`;
      parts.push(item(when, `${head}${job.highlights.length > 0 ? `<ul>${job.highlights.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ul>` : ''}`));
    }
    parts.push('</div><h2>Education</h2><div class="tl">');
    education.forEach((school, i) => parts.push(item(escapeHtml(schoolDates(school, entry.presentation)), `<div class="t">${escapeHtml(degreePhrases[i])}</div><div class="o">${escapeHtml(school.institution)}</div>`)));
    parts.push('</div>');
    if (certificates.length > 0) {
      parts.push(`<h2>${index % 2 === 0 ? 'Licences & certifications' : 'Certifications'}</h2><div class="tl">`);
      for (const certificate of certificates) parts.push(item(escapeHtml(certificate.date), `<div>${escapeHtml(certificate.name)} <span class="o">— ${escapeHtml(certificate.issuer)}</span></div>`));
      parts.push('</div>');
    }
    parts.push(`<h2>${index % 3 === 0 ? 'Skills' : 'Skills & tools'}</h2><div class="kv">${skills.map((group) => `<div class="k">${escapeHtml(group.name)}</div><div>${group.keywords.map(escapeHtml).join(' / ')}</div>`).join('')}</div>`);
    if (languages.length > 0) parts.push(`<h2>Languages</h2><p>${languages.map((l) => `${escapeHtml(l.language)} <span class="o">(${escapeHtml(l.fluency)})</span>`).join(' &nbsp;·&nbsp; ')}</p>`);
    return `<style>@page { margin: 15mm 16mm 14mm; } body { margin: 0; font-family: 'Latin Modern Sans', 'LM Sans 10', sans-serif; font-size: 10.4pt; color: #1a1a1a; line-height: 1.32; }
      header h1 { font-size: 27pt; font-variant: small-caps; margin: 0; font-weight: normal; letter-spacing: 1px; } header .label { font-size: 12.5pt; color: #7a3b2e; }
      .contact { margin-top: 5px; font-size: 9pt; } .contact span { margin-right: 13px; white-space: nowrap; } .ic { fill: #7a3b2e; color: #7a3b2e; vertical-align: -1px; }
      h2 { font-variant: small-caps; font-weight: normal; font-size: 15pt; color: #7a3b2e; margin: 13px 0 5px; letter-spacing: .5px; }
      .item { display: grid; grid-template-columns: 33mm 1fr; break-inside: avoid; } .when { text-align: right; padding: 1px 10px 8px 0; font-size: 9pt; color: #444; }
      .where { font-style: italic; color: #777; } .what { border-left: 1.5px solid #c9a79d; padding: 0 0 8px 11px; position: relative; }
      .what::before { content: ''; position: absolute; left: -4.5px; top: 4px; width: 7px; height: 7px; border-radius: 50%; background: #7a3b2e; }
      .t { font-weight: bold; } .o { color: #555; } ul { margin: 2px 0 0; padding-left: 15px; } p { margin: 3px 0; }
      .kv { display: grid; grid-template-columns: 33mm 1fr; row-gap: 3px; } .kv .k { text-align: right; padding-right: 11px; font-variant: small-caps; color: #7a3b2e; }</style>
      ${parts.join('\n')}`;
  },
};

async function renderChromium(people) {
  await withChromiumPrinter(async (print) => {
    for (const [index, entry] of people.entries()) {
      for (const [renderer, render] of Object.entries(HTML_THEMES)) {
        const pdf = await print(render(entry, index), { format: (index + renderer.length) % 3 === 0 ? 'Letter' : 'A4', printBackground: true });
        writeFileSync(join(OUT, 'rendered', `${entry.id}.${renderer}.pdf`), pinPdf(pdf));
      }
    }
  });
}

// ------------------------------------------------------------------------------------------------
// DOCX with Word styles, numbering, a dot-leader right tab and a two-column skills section

const DOCX_RIGHT_TAB = 9638;

function docxFor(entry, index, font) {
  const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
  const { degreePhrases } = entry.presentation;
  const tabbed = (left, right, style) => new Paragraph({
    style,
    tabStops: [{ type: TabStopType.RIGHT, position: DOCX_RIGHT_TAB, leader: index % 2 === 0 ? LeaderType.DOT : LeaderType.NONE }],
    children: [new TextRun(left), ...(right ? [new TextRun(`\t${right}`)] : [])],
  });
  const heading = (text) => new Paragraph({ style: 'Heading1', children: [new TextRun(text)] });
  const bullet = (text) => new Paragraph({ numbering: { reference: 'cv-bullets', level: 0 }, children: [new TextRun(text)] });
  const link = (url, text) => new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] });

  const contactRuns = [
    new TextRun(`${homeText(entry)}   •   ${basics.phone}   •   `),
    link(`mailto:${basics.email}`, basics.email),
    ...labelledLinks(basics).flatMap(([, url]) => [new TextRun('   •   '), link(url, bareUrl(url))]),
  ];
  const top = [
    new Paragraph({ style: 'Title', children: [new TextRun(basics.name)] }),
    ...(basics.label ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(basics.label)] })] : []),
    new Paragraph({ style: 'ContactLine', children: contactRuns }),
  ];
  if (basics.summary) top.push(heading(index % 2 === 0 ? 'Professional Summary' : 'Profile'), new Paragraph({ children: [new TextRun(basics.summary)] }));
  top.push(heading(index % 3 === 2 ? 'Career' : 'Experience'));
  for (const job of work) {
    const dates = rangeText(job, entry.presentation);
    if (index % 2 === 0) {
      top.push(tabbed(job.position, dates, 'JobTitle'), new Paragraph({ style: 'EntryMeta', children: [new TextRun([job.name, job.location].filter(Boolean).join(' — '))] }));
    } else {
      top.push(tabbed(job.name, job.location, 'JobTitle'), tabbed(job.position, dates, 'EntryMeta'));
    }
    top.push(...job.highlights.map(bullet));
  }
  top.push(heading('Education'));
  education.forEach((school, i) => top.push(tabbed(degreePhrases[i], schoolDates(school, entry.presentation), 'JobTitle'), new Paragraph({ style: 'EntryMeta', children: [new TextRun(school.institution)] })));
  if (certificates.length > 0) top.push(heading('Certifications'), ...certificates.map((certificate) => bullet(certificateText(certificate))));
  top.push(heading(index % 2 === 0 ? 'Skills' : 'Key Skills'));

  // The skills (and languages) sit in a continuous section of two columns, as Word users make them.
  const columns = [];
  for (const group of skills) columns.push(new Paragraph({ style: 'JobTitle', children: [new TextRun(group.name)] }), ...group.keywords.map(bullet));
  const tail = [];
  if (languages.length > 0) tail.push(heading('Languages'), ...languages.map((l) => new Paragraph({ children: [new TextRun({ text: l.language, bold: true }), new TextRun(` – ${l.fluency}`)] })));

  const page = { size: index % 2 === 0 ? { width: 11906, height: 16838 } : { width: 12240, height: 15840 }, margin: { top: 1000, bottom: 1000, left: 1134, right: 1134 } };
  const document = new Document({
    creator: 'Candor second held-back résumé set',
    title: `Résumé ${basics.name}`,
    styles: {
      default: {
        document: { run: { font, size: 20 }, paragraph: { spacing: { after: 40 } } },
        title: { run: { font, size: 48, bold: true, color: '123B5D' }, paragraph: { spacing: { after: 0 } } },
        heading1: { run: { font, size: 24, bold: true, allCaps: true, color: '123B5D' }, paragraph: { spacing: { before: 220, after: 80 }, border: { top: { style: BorderStyle.SINGLE, size: 8, color: '123B5D', space: 4 } } } },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { size: 26, italics: true, color: '555555' } },
        { id: 'ContactLine', name: 'Contact Line', basedOn: 'Normal', run: { size: 18 }, paragraph: { spacing: { after: 120 } } },
        { id: 'JobTitle', name: 'Job Title', basedOn: 'Normal', next: 'EntryMeta', run: { bold: true, size: 21 }, paragraph: { spacing: { before: 100, after: 0 }, keepNext: true } },
        { id: 'EntryMeta', name: 'Entry Meta', basedOn: 'Normal', run: { italics: true, color: '444444' }, paragraph: { spacing: { after: 40 } } },
      ],
      characterStyles: [{ id: 'Hyperlink', name: 'Hyperlink', run: { color: '1F5FA8', underline: {} } }],
    },
    numbering: { config: [{ reference: 'cv-bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '▪', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }] }] },
    sections: [
      { properties: { page }, children: top },
      { properties: { page, type: SectionType.CONTINUOUS, column: { count: 2, space: 567, equalWidth: true } }, children: columns },
      { properties: { page, type: SectionType.CONTINUOUS, column: { count: 1 } }, children: tail.length > 0 ? tail : [new Paragraph('')] },
    ],
  });
  return Packer.toBuffer(document);
}

/** The LibreOffice PDFs: each DOCX with its font changed (a scratch copy), converted by soffice. */
function renderLibreOfficeDocx(docxByPerson) {
  const pdfs = sofficeToPdf(docxByPerson.map(([id, bytes]) => [id, 'docx', bytes]));
  for (const [id] of docxByPerson) writeFileSync(join(OUT, 'rendered', `${id}.libreoffice-styled.pdf`), pinPdf(pdfs.get(id)));
}

// ------------------------------------------------------------------------------------------------
// Flat ODT (.fodt) with tab stops, converted by LibreOffice

function fodtFor(entry, index) {
  const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
  const { degreePhrases } = entry.presentation;
  const x = escapeXml;
  const p = (style, content) => `<text:p text:style-name="${style}">${content}</text:p>`;
  const list = (items) => `<text:list text:style-name="Dash">${items.map((item) => `<text:list-item>${p('Bullet', x(item))}</text:list-item>`).join('')}</text:list>`;
  const body = [
    p('Name', x(basics.name)),
    ...(basics.label ? [p('Label', x(basics.label))] : []),
    p('Contact', [homeText(entry), basics.phone, basics.email].map(x).join('<text:tab/>')),
  ];
  const linkLine = labelledLinks(basics).map(([label, url]) => `${x(label)}: ${x(index % 2 === 0 ? url : bareUrl(url))}`);
  if (linkLine.length > 0) body.push(p('Contact', linkLine.join('<text:s text:c="4"/>')));
  if (basics.summary) body.push(p('Heading', index % 2 === 0 ? 'PROFILE' : 'SUMMARY'), p('Hang', `<text:tab/>${x(basics.summary)}`));
  body.push(p('Heading', index % 3 === 1 ? 'EMPLOYMENT' : 'PROFESSIONAL EXPERIENCE'));
  for (const job of work) {
    body.push(p('HangFirst', `${x(rangeText(job, entry.presentation))}<text:tab/><text:span text:style-name="Bold">${x(job.position)}</text:span>`));
    body.push(p('Hang', `<text:tab/>${x(job.name)}${job.location ? `, <text:span text:style-name="Italic">${x(job.location)}</text:span>` : ''}`));
    if (job.highlights.length > 0) body.push(list(job.highlights));
  }
  body.push(p('Heading', 'EDUCATION'));
  education.forEach((school, i) => {
    body.push(p('HangFirst', `${x(schoolDates(school, entry.presentation))}<text:tab/><text:span text:style-name="Bold">${x(degreePhrases[i])}</text:span>`), p('Hang', `<text:tab/>${x(school.institution)}`));
  });
  if (certificates.length > 0) {
    body.push(p('Heading', 'CERTIFICATES'));
    for (const certificate of certificates) body.push(p('HangFirst', `${x(certificate.date)}<text:tab/>${x(certificate.name)} (${x(certificate.issuer)})`));
  }
  body.push(p('Heading', index % 2 === 0 ? 'SKILLS' : 'SKILLS AND TOOLS'));
  for (const group of skills) body.push(p('HangFirst', `${x(group.name)}<text:tab/>${x(group.keywords.join(', '))}`));
  if (languages.length > 0) {
    body.push(p('Heading', 'LANGUAGES'));
    for (const l of languages) body.push(p('HangFirst', `${x(l.language)}<text:tab/>${x(l.fluency)}`));
  }
  const font = 'DejaVu Serif Condensed';
  const hang = '4.4cm';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>Candor second held-back résumé set</meta:generator></office:meta>
<office:font-face-decls><style:font-face style:name="${font}" svg:font-family="'${font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.06cm"/><style:text-properties style:font-name="${font}" fo:font-size="9.5pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Name" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#3b3b3b"/></style:style>
<style:style style:name="Label" style:family="paragraph"><style:text-properties fo:font-size="12pt" fo:font-style="italic" fo:color="#5b5b5b"/></style:style>
<style:style style:name="Contact" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="6cm"/><style:tab-stop style:position="11cm"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:border-bottom="0.5pt solid #3b3b3b" fo:padding-bottom="0.05cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold" fo:letter-spacing="0.04cm"/></style:style>
<style:style style:name="HangFirst" style:family="paragraph"><style:paragraph-properties fo:margin-left="${hang}" fo:text-indent="-${hang}" fo:margin-top="0.12cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Hang" style:family="paragraph"><style:paragraph-properties fo:margin-left="${hang}" fo:text-indent="-${hang}"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Bullet" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.02cm"/></style:style>
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Italic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<text:list-style style:name="Dash"><text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="4.85cm" fo:text-indent="-0.45cm" fo:margin-left="4.85cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="${index % 2 === 0 ? '21cm' : '21.59cm'}" fo:page-height="${index % 2 === 0 ? '29.7cm' : '27.94cm'}" fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page"/></office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}

function renderFodt(people) {
  const pdfs = sofficeToPdf(people.map((entry, index) => [entry.id, 'fodt', fodtFor(entry, index)]));
  for (const entry of people) writeFileSync(join(OUT, 'rendered', `${entry.id}.fodt-tabs.pdf`), pinPdf(pdfs.get(entry.id)));
}

// ------------------------------------------------------------------------------------------------
// LaTeX: paracol, a narrow left column beside the main one. LuaLaTeX with fontspec (Latin Modern
// OpenType), because pdflatex's T1 fonts draw ā as a + accent and fake € from a C, which a text layer
// then reads as "M¯aori" and "C2.1M".

function latexFor(entry, index) {
  const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
  const { degreePhrases } = entry.presentation;
  const e = escapeLatex;
  const dashes = (value) => e(value).replace(/ – /g, ' -- ').replace(/–/g, '--');
  // Addresses may break after . @ - / so that a long one stays inside the narrow column, as \\url does.
  const href = (url, text) => `\\href{${url.replace(/([%#])/g, '\\$1')}}{\\nolinkurl{${text}}}`;
  const side = ['\\sidehead{Contact}', `${e(homeText(entry))}\\\\`, `${e(basics.phone)}\\\\`, `${href(`mailto:${basics.email}`, basics.email)}\\\\`];
  for (const [, url] of labelledLinks(basics)) side.push(`${href(url, bareUrl(url))}\\\\`);
  for (const group of skills) side.push(`\\sidehead{${e(group.name)}}`, `${group.keywords.map(e).join('\\\\\n')}\\\\`);
  if (languages.length > 0) side.push('\\sidehead{Languages}', ...languages.map((l) => `${e(l.language)} \\textcolor{muted}{(${e(l.fluency)})}\\\\`));
  if (certificates.length > 0) side.push('\\sidehead{Certificates}', ...certificates.map((c) => `${e(c.name)}, ${e(c.issuer)}, ${e(c.date)}\\par\\smallskip`));
  const main = [];
  if (basics.summary) main.push(`\\mainhead{${index % 2 === 0 ? 'Profile' : 'Summary'}}`, `${e(basics.summary)}\\par`);
  main.push(`\\mainhead{${index % 2 === 0 ? 'Experience' : 'Work Experience'}}`);
  for (const job of work) {
    main.push(`{\\small\\textcolor{muted}{${dashes(rangeText(job, entry.presentation))}${job.location ? ` \\textbar\\ ${e(job.location)}` : ''}}}\\\\`);
    main.push(`\\textbf{${e(job.position)}}\\\\`, `\\textcolor{accent}{${e(job.name)}}`);
    main.push(job.highlights.length > 0 ? `\\begin{itemize}\n${job.highlights.map((h) => `\\item ${e(h)}`).join('\n')}\n\\end{itemize}` : '\\par\\medskip');
  }
  main.push('\\mainhead{Education}');
  education.forEach((school, i) => main.push(`\\textbf{${e(degreePhrases[i])}} \\hfill {\\small ${dashes(schoolDates(school, entry.presentation))}}\\\\`, `${e(school.institution)}\\par\\smallskip`));
  return `\\documentclass[10pt]{article}
\\usepackage{fontspec}\\setmainfont{Latin Modern Roman}
\\usepackage[${index % 2 === 0 ? 'a4paper' : 'letterpaper'},margin=1.5cm]{geometry}\\usepackage{paracol}\\usepackage{xcolor}\\usepackage{enumitem}\\usepackage[hidelinks]{hyperref}
\\urlstyle{same}\\makeatletter\\g@addto@macro{\\UrlBreaks}{\\do\\.\\do\\@\\do\\-}\\makeatother
\\definecolor{accent}{RGB}{0,105,92}\\definecolor{muted}{RGB}{100,100,100}
\\pagestyle{empty}\\setlength{\\parindent}{0pt}\\hyphenpenalty=10000\\exhyphenpenalty=10000\\sloppy
\\setlist[itemize]{label=\\textcolor{accent}{\\textbullet},leftmargin=1em,topsep=2pt,itemsep=1pt,parsep=0pt}
\\newcommand{\\mainhead}[1]{\\par\\medskip{\\large\\bfseries\\textcolor{accent}{#1}}\\\\[-6pt]\\textcolor{accent}{\\rule{\\linewidth}{0.8pt}}\\par\\smallskip}
\\newcommand{\\sidehead}[1]{\\par\\medskip{\\small\\bfseries\\MakeUppercase{#1}}\\\\[-5pt]\\rule{\\linewidth}{0.4pt}\\par\\smallskip}
\\columnratio{0.3}\\setlength{\\columnsep}{1.4em}
\\begin{document}
{\\Huge\\bfseries ${e(basics.name)}}\\par
${basics.label ? `{\\Large\\textcolor{accent}{${e(basics.label)}}}\\par\n` : ''}\\bigskip
\\begin{paracol}{2}
\\small\\raggedright
${side.join('\n')}
\\switchcolumn
\\normalsize
${main.join('\n')}
\\end{paracol}
\\end{document}
`;
}

// ------------------------------------------------------------------------------------------------
// Plain text as pasted into an e-mail, and setext Markdown with tables

function textEmailFor(entry, index) {
  const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
  const { degreePhrases } = entry.presentation;
  const bullet = ['- ', '* ', '· '][index % 3];
  const lines = [[basics.name, basics.phone, basics.email].join(' | ')];
  lines.push([homeText(entry), ...labelledLinks(basics).map(([, url]) => bareUrl(url))].join(' | '));
  if (basics.label) lines.push(basics.label);
  lines.push('');
  if (basics.summary) lines.push(index % 2 === 0 ? 'SUMMARY:' : 'OBJECTIVE:', basics.summary, '');
  lines.push(index % 2 === 0 ? 'EXPERIENCE:' : 'WORK EXPERIENCE:');
  for (const job of work) {
    const dates = rangeText(job, entry.presentation);
    switch (index % 3) {
      case 0: lines.push(`${job.position}, ${job.name}${job.location ? `, ${job.location}` : ''} (${dates})`); break;
      case 1: lines.push(`${job.position} at ${job.name} (${dates})`, ...(job.location ? [job.location] : [])); break;
      default: lines.push(`${job.name}${job.location ? ` (${job.location})` : ''}`, `${job.position} (${dates})`);
    }
    for (const highlight of job.highlights) lines.push(`${bullet}${highlight}`);
    lines.push('');
  }
  lines.push('EDUCATION:');
  education.forEach((school, i) => lines.push(`${degreePhrases[i]}, ${school.institution} (${schoolDates(school, entry.presentation)})`));
  lines.push('');
  if (certificates.length > 0) lines.push('CERTIFICATIONS:', ...certificates.map(certificateText), '');
  lines.push('SKILLS:', ...skills.map((group) => `${group.name}: ${group.keywords.join(', ')}`), '');
  if (languages.length > 0) lines.push('LANGUAGES:', languages.map((l) => `${l.language} (${l.fluency.toLowerCase()})`).join(', '), '');
  const text = `${lines.join('\n').trimEnd()}\n`;
  // Text pasted out of a Windows mail client keeps its CRLF line ends.
  return index % 3 === 2 ? text.replace(/\n/g, '\r\n') : text;
}

function markdownFor(entry, index) {
  const { basics, work, education, skills, languages, certificates = [] } = entry.resume;
  const { degreePhrases } = entry.presentation;
  const md = (value) => value.replace(/([*_`[\]#|\\])/g, '\\$1');
  const setext = (text, rule) => [text, rule.repeat(Math.max(3, text.length)), ''];
  const lines = [...setext(md(basics.name), '=')];
  if (basics.label) lines.push(`_${md(basics.label)}_`, '');
  lines.push(`**Location:** ${md(homeText(entry))}  `, `**Phone:** ${md(basics.phone)}  `, `**Email:** <${basics.email}>  `);
  for (const [label, url] of labelledLinks(basics)) lines.push(`**${md(label)}:** ${index % 2 === 0 ? `<${url}>` : `[${md(bareUrl(url))}](${url})`}  `);
  lines.push('');
  if (basics.summary) lines.push(...setext(index % 2 === 0 ? 'Summary' : 'About', '-'), md(basics.summary), '');
  lines.push(...setext(index % 3 === 0 ? 'Employment' : 'Experience', '-'));
  for (const job of work) {
    const dates = md(rangeText(job, entry.presentation));
    if (index % 2 === 0) lines.push(`**${md(job.position)}**, ${md(job.name)}${job.location ? ` — ${md(job.location)}` : ''}  `, `_${dates}_`, '');
    else lines.push(`**${md(job.name)}** · ${dates}  `, `${md(job.position)}${job.location ? `, ${md(job.location)}` : ''}`, '');
    for (const highlight of job.highlights) lines.push(`+ ${md(highlight)}`);
    if (job.highlights.length > 0) lines.push('');
  }
  lines.push(...setext('Education', '-'), '| Qualification | Institution | Years |', '|---|---|---|');
  education.forEach((school, i) => lines.push(`| ${md(degreePhrases[i])} | ${md(school.institution)} | ${md(schoolDates(school, entry.presentation))} |`));
  lines.push('');
  if (certificates.length > 0) lines.push(...setext('Certifications', '-'), ...certificates.map((certificate) => `+ ${md(certificateText(certificate))}`), '');
  lines.push(...setext('Skills', '-'), '| Area | Skills |', '|:--|:--|', ...skills.map((group) => `| ${md(group.name)} | ${md(group.keywords.join(', '))} |`), '');
  if (languages.length > 0) lines.push(...setext('Languages', '-'), '| Language | Level |', '|---|---|', ...languages.map((l) => `| ${md(l.language)} | ${md(l.fluency)} |`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

// ------------------------------------------------------------------------------------------------

/** Renderer → file name suffix, in the order documents.json lists them per résumé. */
const RENDERERS = {
  'html-rightrail': 'html-rightrail.pdf',
  'html-timeline': 'html-timeline.pdf',
  'docx-styled': 'docx-styled.docx',
  'libreoffice-styled': 'libreoffice-styled.pdf',
  'fodt-tabs': 'fodt-tabs.pdf',
  'latex-paracol': 'latex-paracol.pdf',
  'text-email': 'text-email.txt',
  'markdown-setext': 'markdown-setext.md',
};

await buildHeldBackSet({
  out: OUT,
  setName: 'second held-back résumé set',
  people: buildHoldout2Content(28),
  renderers: RENDERERS,
  frozenOn: FROZEN_ON,
  rule: `every résumé → test (second held-back set: built and frozen on ${FROZEN_ON} by an engineer who does not tune the parser, before any figure on it was computed; never tuned on)`,
  async render(people) {
    await renderChromium(people);
    const docxForLibreOffice = [];
    for (const [index, entry] of people.entries()) {
      writeFileSync(join(OUT, 'rendered', `${entry.id}.docx-styled.docx`), pinDocx(await docxFor(entry, index, 'Liberation Serif')));
      docxForLibreOffice.push([entry.id, await docxFor(entry, index, 'DejaVu Sans Condensed')]);
      writeFileSync(join(OUT, 'rendered', `${entry.id}.text-email.txt`), textEmailFor(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.markdown-setext.md`), markdownFor(entry, index));
      writeFileSync(join(OUT, 'rendered', `${entry.id}.latex-paracol.pdf`), pinPdf(typesetLua(latexFor(entry, index))));
    }
    renderLibreOfficeDocx(docxForLibreOffice);
    renderFodt(people);
  },
});
