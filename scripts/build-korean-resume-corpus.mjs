// Builds the Korean résumé corpus under test/fixtures/resume-corpus-ko/ (issue #11): each résumé of
// scripts/korean-resume-corpus-content.mjs (JSON Resume = the truth) rendered the ways Korean
// résumés reach us — Chromium print-to-PDF with Noto Sans/Serif CJK KR of three layouts (bullets in
// one column; the table form of Korean 이력서 with key–value and header-row tables; two columns with
// a sidebar), a DOCX from the `docx` package (Korean font set as the East Asian font), that DOCX
// turned into PDF by LibreOffice headless (skipped with a warning without `soffice`), and plain text.
// Dates, ongoing words, name and job-header styles vary per résumé (2020.03, 2020. 03., 2020년 3월,
// 2020-03; 현재 / 재직중 / an open "~").
//
// The split is fixed by a rule before any tuning: odd résumé number → tuning, even → test. After the
// first build the test half is frozen: `test-split.sha256` holds the SHA-256 of every test-half file
// (truth and renderings), and test/unit/extraction/resume-corpus-ko.spec.ts fails if one changes.
// Re-run: `npx node scripts/build-korean-resume-corpus.mjs` (`--refreeze` rewrites the hash; only
// when the test half is meant to change, and say so in the commit).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { chromium } from 'playwright-core';
import { buildKoreanCorpusContent } from './korean-resume-corpus-content.mjs';

const OUT = join(process.cwd(), 'test/fixtures/resume-corpus-ko');
const TRUTH = join(OUT, 'truth');
const RENDERED = join(OUT, 'rendered');
const COUNT = 24;

// ------------------------------------------------------------------------------------------------
// Text pieces shared by every renderer

function formatDate(date, style) {
  const [year, month] = date.split('-');
  switch (style) {
    case 'dotSpaced': return `${year}. ${month}.`;
    case 'korean': return `${year}년 ${Number(month)}월`;
    case 'dash': return `${year}-${month}`;
    default: return `${year}.${month}`;
  }
}

function formatRange({ startDate, endDate }, style, ongoingWord = '현재') {
  const start = formatDate(startDate, style.dateStyle);
  if (endDate) return `${start} ~ ${formatDate(endDate, style.dateStyle)}`;
  return ongoingWord === 'open' ? `${start} ~` : `${start} ~ ${ongoingWord}`;
}

function educationRange(school, style) {
  return `${formatRange(school, style)} (졸업)`;
}

function displayName(basics, style) {
  if (style.nameStyle === 'spaced') return [...basics.name].join(' ');
  if (style.nameStyle === 'withLatin') {
    const [given, surname] = basics.profiles?.[0]?.username?.split('-') ?? basics.email.split('@')[0].split(/[.\d]/);
    const cap = (word) => (word ? word[0].toUpperCase() + word.slice(1) : '');
    return `${basics.name} (${cap(given)} ${cap(surname)})`.replace(/ \)$/, ')');
  }
  return basics.name;
}

/** A job's header as rows of { left, right }: layouts right-align `right` or put it inline. */
function jobRows(job, style) {
  const dates = formatRange(job, style, style.ongoingWord);
  switch (style.headerStyle) {
    case 'pipeOneLine':
      return [{ left: `${job.name} | ${job.position}`, right: dates, strong: true }];
    case 'titleLineBelow':
      return [{ left: job.name, right: dates, strong: true }, { left: job.position }];
    default: // employerThenTitle
      return [{ left: `${job.name}  ${job.position}`, right: dates, strong: true }];
  }
}

function educationRows(school) {
  const degree = school.studyType ? `${school.area} ${school.studyType}` : '';
  return degree ? `${school.institution} | ${degree}` : school.institution;
}

function contactParts(basics, style) {
  return [basics.phone, basics.email, style.locationText, ...(basics.profiles ?? []).map((profile) => profile.url.replace(/^https:\/\//, ''))];
}

function skillLines(skills) {
  return skills.map((group) => `${group.name}: ${group.keywords.join(', ')}`);
}

function certificateLine(certificate) {
  return `${certificate.name} | ${certificate.issuer} | ${formatDate(certificate.date, 'dot')}`;
}

function languageLine(language) {
  return `${language.language} — ${language.fluency}`;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ------------------------------------------------------------------------------------------------
// HTML layouts for Chromium print-to-PDF (Korean fonts from Debian fonts-noto-cjk)

const BASE_CSS = `
  @page { margin: 15mm 14mm; }
  body { font-size: 10pt; line-height: 1.45; margin: 0; color: #222; word-break: keep-all; }
  h1 { margin: 0; } h2 { margin: 14px 0 6px; font-size: 12.5pt; } ul { margin: 4px 0 8px; padding-left: 18px; } p { margin: 4px 0; }
  .row { display: flex; justify-content: space-between; } .entry { margin-top: 8px; }
  table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; }
  th { background: #eee; font-weight: bold; }`;

function rowHtml(row, rightAligned) {
  const style = row.strong ? 'font-weight:bold;' : '';
  if (rightAligned && row.right) return `<div class="row" style="${style}"><span>${escapeHtml(row.left)}</span><span>${escapeHtml(row.right)}</span></div>`;
  return `<div style="${style}">${escapeHtml(row.right ? `${row.left} | ${row.right}` : row.left)}</div>`;
}

const LAYOUTS = {
  /** One column, "보유 기술"-style headings, bullets; dates right-aligned on even résumés, inline on odd. */
  bullets(entry, index) {
    const { resume, style } = entry;
    const { basics } = resume;
    const rightAligned = index % 2 === 0;
    const parts = [
      `<h1>${escapeHtml(displayName(basics, style))}</h1><div style="font-size:12pt">${escapeHtml(basics.label)}</div>`,
      `<div>${contactParts(basics, style).map(escapeHtml).join(' | ')}</div>`,
      `<h2>자기소개</h2><p>${escapeHtml(basics.summary)}</p>`,
      `<h2>경력사항</h2>`,
    ];
    for (const job of resume.work) {
      parts.push(`<div class="entry">${jobRows(job, style).map((row) => rowHtml(row, rightAligned)).join('')}`);
      parts.push(`<ul>${job.highlights.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></div>`);
    }
    parts.push('<h2>학력사항</h2>');
    for (const school of resume.education) parts.push(rowHtml({ left: educationRows(school), right: educationRange(school, style) }, rightAligned));
    parts.push(`<h2>보유 기술</h2>${skillLines(resume.skills).map((line) => `<div>${escapeHtml(line)}</div>`).join('')}`);
    parts.push(`<h2>자격증</h2>${resume.certificates.map((item) => `<div>${escapeHtml(certificateLine(item))}</div>`).join('')}`);
    parts.push(`<h2>어학</h2>${resume.languages.map((item) => `<div>${escapeHtml(languageLine(item))}</div>`).join('')}`);
    return `<style>${BASE_CSS} body { font-family: 'Noto Sans CJK KR', sans-serif; } h2 { border-bottom: 2px solid #2a4d8f; color: #2a4d8f; }</style>${parts.join('\n')}`;
  },
  /** The table form of a Korean 이력서: 인적사항 as key–value cells, 학력/경력/자격 as tables with a header row. */
  table(entry) {
    const { resume, style } = entry;
    const { basics } = resume;
    const cell = (text, attrs = '') => `<td${attrs}>${escapeHtml(text)}</td>`;
    const head = (...names) => `<tr>${names.map((name) => `<th>${escapeHtml(name)}</th>`).join('')}</tr>`;
    const jobs = resume.work
      .map((job) => `<tr>${cell(formatRange(job, style, style.ongoingWord))}${cell(job.name)}${cell(job.position)}</tr>` +
        `<tr><td colspan="3"><ul>${job.highlights.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></td></tr>`)
      .join('');
    const schools = resume.education
      .map((school) => `<tr>${cell(formatRange(school, style))}${cell(school.institution)}${cell(school.area ?? '-')}${cell(school.studyType ?? '-')}</tr>`)
      .join('');
    return `<style>${BASE_CSS} body { font-family: 'Noto Serif CJK KR', serif; } h1 { text-align: center; letter-spacing: 12px; font-size: 20pt; margin-bottom: 10px; }</style>
      <h1>이력서</h1>
      <h2>인적사항</h2>
      <table><tr><th>성명</th>${cell(displayName(basics, style))}<th>희망직무</th>${cell(basics.label)}</tr>
      <tr><th>연락처</th>${cell(basics.phone)}<th>이메일</th>${cell(basics.email)}</tr>
      <tr><th>주소</th><td colspan="3">${escapeHtml(style.locationText)}</td></tr>
      ${basics.profiles ? `<tr><th>GitHub</th><td colspan="3">${escapeHtml(basics.profiles[0].url)}</td></tr>` : ''}</table>
      <h2>학력사항</h2><table>${head('기간', '학교명', '전공', '학위')}${schools}</table>
      <h2>경력사항</h2><table>${head('근무기간', '회사명', '직위')}${jobs}</table>
      <h2>보유 기술</h2><table>${resume.skills.map((group) => `<tr><th>${escapeHtml(group.name)}</th>${cell(group.keywords.join(', '))}</tr>`).join('')}</table>
      <h2>자격증</h2><table>${head('자격증명', '발행처', '취득일')}${resume.certificates.map((item) => `<tr>${cell(item.name)}${cell(item.issuer)}${cell(formatDate(item.date, 'dot'))}</tr>`).join('')}</table>
      <h2>어학</h2><table>${resume.languages.map((item) => `<tr><th>${escapeHtml(item.language)}</th>${cell(item.fluency)}</tr>`).join('')}</table>
      <h2>자기소개</h2><p>${escapeHtml(basics.summary)}</p>`;
  },
  /** Two columns: a shaded sidebar with contact, skills, certificates and languages; the main column with the rest. */
  sidebar(entry, index) {
    const { resume, style } = entry;
    const { basics } = resume;
    const side = `<h2>연락처</h2>${contactParts(basics, style).map((part) => `<div>${escapeHtml(part)}</div>`).join('')}
      <h2>기술 스택</h2>${resume.skills.flatMap((group) => group.keywords).map((skill) => `<div>${escapeHtml(skill)}</div>`).join('')}
      <h2>자격증</h2>${resume.certificates.map((item) => `<div>${escapeHtml(item.name)}</div><div style="font-size:8.5pt">${escapeHtml(item.issuer)}, ${formatDate(item.date, 'dot')}</div>`).join('')}
      <h2>외국어</h2>${resume.languages.map((item) => `<div>${escapeHtml(languageLine(item))}</div>`).join('')}`;
    const main = [`<h1>${escapeHtml(displayName(basics, style))}</h1><div style="font-size:12pt">${escapeHtml(basics.label)}</div>`, `<h2>소개</h2><p>${escapeHtml(basics.summary)}</p>`, '<h2>경력</h2>'];
    for (const job of resume.work) {
      main.push(`<div class="entry">${jobRows(job, style).map((row) => rowHtml(row, index % 2 === 1)).join('')}`);
      main.push(`<ul>${job.highlights.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></div>`);
    }
    main.push('<h2>학력</h2>');
    for (const school of resume.education) main.push(`<div class="entry"><div style="font-weight:bold">${escapeHtml(educationRows(school))}</div><div>${escapeHtml(educationRange(school, style))}</div></div>`);
    return `<style>${BASE_CSS} body { font-family: 'Noto Sans CJK KR', sans-serif; font-size: 9.5pt; }
      .grid { display: grid; grid-template-columns: 31% 1fr; gap: 22px; } .side { background: #eef2f5; padding: 10px; }</style>
      <div class="grid"><div class="side">${side}</div><div>${main.join('\n')}</div></div>`;
  },
};

// ------------------------------------------------------------------------------------------------
// DOCX: "■ 경력 사항" headings, dates after a right tab stop, Word bullets; the Korean font is set as
// the East Asian font, as Hangul Word documents do.

function docxFor(entry) {
  const { resume, style } = entry;
  const RIGHT = 9360;
  const font = { ascii: 'Liberation Sans', hAnsi: 'Liberation Sans', eastAsia: 'Noto Sans CJK KR' };
  const run = (text, options = {}) => new TextRun({ text, font, ...options });
  const rowParagraph = (row) =>
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }],
      children: [run(row.left, { bold: row.strong }), ...(row.right ? [run(`\t${row.right}`, { bold: row.strong })] : [])],
    });
  const heading = (text) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(`■ ${text}`)], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } });
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT, children: [run(displayName(resume.basics, style))] }),
    new Paragraph({ children: [run(resume.basics.label, { size: 24 })] }),
    new Paragraph({ children: [run(contactParts(resume.basics, style).join('  |  '))] }),
    heading('경력 요약'),
    new Paragraph({ children: [run(resume.basics.summary)] }),
    heading('경력 사항'),
  ];
  for (const job of resume.work) {
    children.push(...jobRows(job, style).map(rowParagraph));
    children.push(...job.highlights.map((line) => new Paragraph({ children: [run(line)], bullet: { level: 0 } })));
  }
  children.push(heading('학력 사항'));
  for (const school of resume.education) children.push(rowParagraph({ left: educationRows(school), right: educationRange(school, style), strong: true }));
  children.push(heading('보유 역량'), ...skillLines(resume.skills).map((line) => new Paragraph({ children: [run(line)] })));
  children.push(heading('자격 사항'), ...resume.certificates.map((item) => new Paragraph({ children: [run(certificateLine(item))] })));
  children.push(heading('어학 능력'), ...resume.languages.map((item) => new Paragraph({ children: [run(languageLine(item))] })));
  const document = new Document({
    creator: 'Candor Korean résumé corpus',
    styles: { default: { document: { run: { font, size: 20 } } } },
    sections: [{ properties: { page: { margin: { top: 1000, bottom: 1000, left: 1200, right: 1200 } } }, children }],
  });
  return Packer.toBuffer(document);
}

// ------------------------------------------------------------------------------------------------
// Plain text: bracketed headings, "·" bullets, Korean dates written out.

function textFor(entry) {
  const { resume, style } = entry;
  const { basics } = resume;
  const textStyle = { ...style, dateStyle: style.dateStyle === 'dot' ? 'korean' : style.dateStyle };
  const lines = [displayName(basics, style), basics.label, `휴대폰: ${basics.phone}`, `이메일: ${basics.email}`, `주소: ${style.locationText}`];
  for (const profile of basics.profiles ?? []) lines.push(`GitHub: ${profile.url}`);
  lines.push('', '[자기소개]', basics.summary, '', '[경력]');
  for (const job of resume.work) {
    lines.push(...jobRows(job, textStyle).map((row) => (row.right ? `${row.left} (${row.right})` : row.left)));
    for (const line of job.highlights) lines.push(`· ${line}`);
    lines.push('');
  }
  lines.push('[학력]');
  for (const school of resume.education) lines.push(`${educationRows(school)} (${educationRange(school, textStyle)})`);
  lines.push('', '[기술 스택]', ...skillLines(resume.skills).map((line) => `· ${line}`));
  lines.push('', '[자격증]', ...resume.certificates.map(certificateLine));
  lines.push('', '[어학]', ...resume.languages.map(languageLine));
  return `${lines.join('\n')}\n`;
}

// ------------------------------------------------------------------------------------------------

function hasLibreOffice() {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function testSplitHash(outDir = OUT) {
  const split = JSON.parse(readFileSync(join(outDir, 'split.json'), 'utf8'));
  const documents = JSON.parse(readFileSync(join(outDir, 'documents.json'), 'utf8'));
  const testResumes = Object.keys(split.resumes).filter((id) => split.resumes[id] === 'test').sort();
  const hash = createHash('sha256');
  for (const id of testResumes) {
    hash.update(`truth/${id}.json\n`).update(readFileSync(join(outDir, 'truth', `${id}.json`)));
    for (const document of documents.filter((candidate) => candidate.resume === id).sort((a, b) => a.file.localeCompare(b.file))) {
      hash.update(`rendered/${document.file}\n`).update(readFileSync(join(outDir, 'rendered', document.file)));
    }
  }
  return hash.digest('hex');
}

/**
 * Renders Korean résumés (`{ id, resume, style }`, as scripts/korean-resume-corpus-content.mjs makes them)
 * every Korean way into `out`: truth/<id>.json, rendered/<id>.<rendering> and documents.json (sorted).
 * Also used by scripts/analysis-heldback-build.mjs for the Korean résumés of the held-back analysis sets (waves 8 and 9).
 */
export async function renderKoreanCorpus(out, corpus) {
  const truth = join(out, 'truth');
  const rendered = join(out, 'rendered');
  mkdirSync(truth, { recursive: true });
  mkdirSync(rendered, { recursive: true });
  const documents = [];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, chromiumSandbox: false });
  try {
    const page = await browser.newPage();
    for (const [index, entry] of corpus.entries()) {
      writeFileSync(join(truth, `${entry.id}.json`), `${JSON.stringify(entry.resume, null, 2)}\n`);
      for (const [layout, render] of Object.entries(LAYOUTS)) {
        await page.setContent(`<!doctype html><html lang="ko"><meta charset="utf-8"><body>${render(entry, index)}</body></html>`);
        const file = `${entry.id}.chromium-${layout}.pdf`;
        writeFileSync(join(rendered, file), await page.pdf({ format: 'A4', printBackground: true }));
        documents.push({ file, resume: entry.id, renderer: `chromium-${layout}` });
      }
      writeFileSync(join(rendered, `${entry.id}.docx`), await docxFor(entry));
      documents.push({ file: `${entry.id}.docx`, resume: entry.id, renderer: 'docx' });
      writeFileSync(join(rendered, `${entry.id}.txt`), textFor(entry));
      documents.push({ file: `${entry.id}.txt`, resume: entry.id, renderer: 'text' });
    }
  } finally {
    await browser.close();
  }
  if (hasLibreOffice()) {
    const scratch = mkdtempSync(join(tmpdir(), 'resume-corpus-ko-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${scratch}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', scratch, ...corpus.map((entry) => join(rendered, `${entry.id}.docx`))], { stdio: 'ignore' });
      for (const entry of corpus) {
        const file = `${entry.id}.libreoffice.pdf`;
        writeFileSync(join(rendered, file), readFileSync(join(scratch, `${entry.id}.pdf`)));
        documents.push({ file, resume: entry.id, renderer: 'libreoffice' });
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  } else {
    console.warn('soffice not found: no LibreOffice PDFs (apt-get install libreoffice-writer).');
  }
  documents.sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(join(out, 'documents.json'), `${JSON.stringify(documents, null, 2)}\n`);
  return documents;
}

async function main() {
  const refreeze = process.argv.includes('--refreeze');
  const frozen = join(OUT, 'test-split.sha256');
  if (existsSync(frozen) && !refreeze) throw new Error('The test half is frozen (test-split.sha256). Rebuilding would change it; pass --refreeze only on purpose.');
  rmSync(TRUTH, { recursive: true, force: true });
  rmSync(RENDERED, { recursive: true, force: true });
  const corpus = buildKoreanCorpusContent(COUNT);
  const documents = await renderKoreanCorpus(OUT, corpus);
  const split = Object.fromEntries(corpus.map((entry) => [entry.id, Number(entry.id.slice(0, 2)) % 2 === 1 ? 'tuning' : 'test']));
  writeFileSync(join(OUT, 'split.json'), `${JSON.stringify({ rule: 'résumé number odd → tuning, even → test (fixed before any tuning; test half frozen by test-split.sha256)', resumes: split }, null, 2)}\n`);
  writeFileSync(frozen, `${testSplitHash()}\n`);
  console.log(`${corpus.length} résumés, ${documents.length} documents in ${OUT}; test half frozen`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
