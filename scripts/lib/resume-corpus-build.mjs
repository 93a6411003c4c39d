// What the held-back résumé set builders (scripts/build-resume-corpus-holdout2.mjs … -holdout8.mjs)
// share: escaping, hard-wrapping plain text, Chromium / LibreOffice / LuaLaTeX runs, pinning the time
// stamps and random IDs the renderers write (so a rebuild gives the same bytes), and writing a frozen
// set's index files (documents.json, split.json, manifest.json, test-split.sha256) with the framing
// test/unit/extraction/resume-corpus.spec.ts recomputes.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { chromium } from 'playwright-core';

export const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A URL as people print it: without the scheme and `www.`. */
export const bareUrl = (url) => url.replace(/^https?:\/\/(?:www\.)?/, '');
export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

export const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// ------------------------------------------------------------------------------------------------
// How the fourth and later sets write a school's years, links, certificates and skills

/** A school's years in the person's `schoolDateStyle`; a degree ending after 2026 is "(expected)". */
export function schoolDates(school, presentation) {
  const expected = Number(school.endDate) > 2026 ? ' (expected)' : '';
  switch (presentation.schoolDateStyle) {
    case 'slashRange': return `${school.startDate}/${school.endDate}${expected}`;
    case 'endOnly': return `${school.endDate}${expected}`;
    case 'classOf': return expected ? `Expected ${school.endDate}` : `Class of ${school.endDate}`;
    case 'hyphen': return `${school.startDate}-${school.endDate}${expected}`;
    default: return `${school.startDate} – ${school.endDate}${expected}`;
  }
}
/** [label, url] for the person's site and each profile. */
export const labelledLinks = (basics) => [...(basics.url ? [['Website', basics.url]] : []), ...(basics.profiles ?? []).map((profile) => [profile.network, profile.url])];
export const certificateText = (certificate) => `${certificate.name}, ${certificate.issuer} (${certificate.date})`;
export const allSkills = (skills = []) => skills.flatMap((group) => group.keywords);
/** A certificate as "name, issuer (year)". */
export const certificateYearLine = (certificate) => `${certificate.name}, ${certificate.issuer} (${certificate.date.slice(0, 4)})`;
/** Bullets as an HTML list (nothing when there are none). */
export const bulletsHtml = (items) => (items.length > 0 ? `<ul>${items.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ul>` : '');
/** A browser print's header line (date and time left, page title centred), for Chromium's headerTemplate. */
export const printHeader = (left, centre) => `<div style="font-size:7.5px;font-family:'Liberation Sans','Noto Sans CJK KR',sans-serif;width:100%;display:flex;justify-content:space-between;padding:0 8mm;"><span>${escapeHtml(left)}</span><span>${escapeHtml(centre)}</span><span></span></div>`;
/** A browser print's footer line (the URL left, "page/pages" right), for Chromium's footerTemplate. */
export const printFooter = (url) => `<div style="font-size:7.5px;font-family:'Liberation Sans',sans-serif;width:100%;display:flex;justify-content:space-between;padding:0 8mm;"><span>${escapeHtml(url)}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`;

/** The columns a string takes in a monospaced line: Hangul and other wide (CJK, full-width) characters take two. */
export const displayColumns = (text) => [...text].reduce((sum, ch) => sum + (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);

/**
 * Words hard-wrapped to `width` columns, as a plain-text résumé is (a word longer than the width stands
 * alone); `measure` gives a string's columns (its length unless told, e.g. Hangul counted as two).
 */
export function wrapWords(text, width, measure = (part) => part.length) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && measure(line) + 1 + measure(word) > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// ------------------------------------------------------------------------------------------------
// The sets whose people are written out by hand (scripts/resume-corpus-holdout7-content.mjs, -holdout8-)

/**
 * A hand-written person's JSON Resume (the truth) and the way they write it (`presentation`): their
 * language, home as written, the order of a job's names and of the sections, one skill list or groups,
 * and their own strings for each job's dates, each degree and each school's years.
 */
export function handWrittenEntry(person) {
  const location = { city: person.city, ...(person.region ? { region: person.region } : {}), countryCode: person.countryCode };
  const basics = {
    name: person.name, label: person.label, email: person.email, phone: person.phone,
    ...(person.url ? { url: person.url } : {}),
    summary: person.summary, location,
    ...(person.profiles ? { profiles: person.profiles.map(([network, url]) => ({ network, url })) } : {}),
  };
  const work = person.work.map((j) => ({
    name: j.name, position: j.position, ...(j.location ? { location: j.location } : {}),
    startDate: j.startDate, ...(j.endDate ? { endDate: j.endDate } : {}), ...(j.summary ? { summary: j.summary } : {}), highlights: j.highlights,
  }));
  const education = person.education.map((s) => ({
    institution: s.institution, ...(s.area ? { area: s.area } : {}), studyType: s.studyType, startDate: s.startDate, endDate: s.endDate, ...(s.score ? { score: s.score } : {}),
  }));
  const resume = { basics, work, education };
  if (person.skills) resume.skills = person.skills.map(([name, keywords]) => ({ name, keywords }));
  if (person.certificates) resume.certificates = person.certificates.map(([name, issuer, date]) => ({ name, issuer, date }));
  if (person.languages) resume.languages = person.languages.map(([language, fluency]) => ({ language, fluency }));
  return {
    id: person.id,
    resume,
    presentation: {
      lang: person.lang, home: person.home, employerFirst: Boolean(person.employerFirst), educationFirst: Boolean(person.educationFirst), flatSkills: Boolean(person.flat),
      jobDates: person.work.map((j) => j.shown), degreeTexts: person.education.map((s) => s.degreeText), schoolDates: person.education.map((s) => s.shown),
    },
  };
}

/**
 * One job of a hand-written person: `endDate` null for a job that goes on, `shown` the dates as the person
 * writes them (kept beside the truth for the renderers).
 */
export const writtenJob = (position, name, location, startDate, endDate, shown, highlights) => ({ position, name, location, startDate, endDate, shown, highlights });
/** One school of a hand-written person: `degreeText` and `shown` (the years) as the person writes them. */
export const writtenSchool = (institution, studyType, area, startDate, endDate, degreeText, shown) => ({ institution, studyType, area, startDate, endDate, degreeText, shown });

/** Whether a hand-written person writes in Korean (presentation.lang). */
export const isKorean = (entry) => entry.presentation.lang === 'ko';
/** The sans font of a Chromium page: Noto Sans CJK KR for the Koreans, else Liberation Sans and DejaVu Sans in turn. */
export const sansFont = (entry, index) => (isKorean(entry) ? "'Noto Sans CJK KR'" : index % 2 === 0 ? "'Liberation Sans'" : "'DejaVu Sans'");
/** The paper of a page: A4 for the Koreans and every other English writer, Letter for the rest. */
export const pageFormat = (entry, index) => (isKorean(entry) || index % 2 === 1 ? 'A4' : 'Letter');
/** English or Korean words for a heading or label. */
export const say = (entry, en, ko) => (isKorean(entry) ? ko : en);
/** The job's two names in the person's order (Koreans write the company first). */
export const namesInOrder = (job, entry) => (entry.presentation.employerFirst || isKorean(entry) ? [job.name, job.position] : [job.position, job.name]);
/** Experience and education in the person's order (some put education first). */
export const sectionsInOrder = (entry, experience, education) => (entry.presentation.educationFirst ? [education, experience] : [experience, education]);
/** The section names of the hand-written sets in English and Korean: one table for every renderer of a set. */
export const SECTION_HEADINGS = {
  summary: ['Summary', '자기소개'], experience: ['Experience', '경력'], education: ['Education', '학력'], skills: ['Skills', '보유 기술'],
  languages: ['Languages', '외국어'], certificates: ['Certificates', '자격증'], contact: ['Contact', '연락처'],
};
/** A section's name in the person's language (SECTION_HEADINGS). */
export const sectionHeading = (entry, key) => say(entry, ...SECTION_HEADINGS[key]);
/** The degree line as the person writes it (Koreans: the department and the degree word). */
export const degreeLine = (school, i, entry) => (isKorean(entry) ? [school.area, entry.presentation.degreeTexts[i]].filter(Boolean).join(' ') : entry.presentation.degreeTexts[i]);

// ------------------------------------------------------------------------------------------------
// Reproducible bytes: the renderers stamp the current time (and LibreOffice an ID and checksum
// derived from it) into their files; these are overwritten with fixed values of the same length, so
// cross-reference offsets stay valid and a rebuild gives the same bytes.

const PINNED_DATE = '2026-11-30T00:00:00Z';

export function pinPdf(bytes) {
  const text = Buffer.from(bytes).toString('latin1')
    .replace(/D:\d{14}/g, 'D:20261130000000')
    .replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g, (id, first, second) => id.replace(first, '0'.repeat(first.length)).replace(second, '0'.repeat(second.length)))
    .replace(/\/DocChecksum \/([0-9A-Fa-f]+)/g, (checksum, hex) => checksum.replace(hex, '0'.repeat(hex.length)));
  return Buffer.from(text, 'latin1');
}

/**
 * The docx package stamps docProps/core.xml and every zip entry with the current time, and gives each
 * hyperlink a random relationship ID; these become the pinned date and rIdLink1, rIdLink2… in order.
 */
export function pinDocx(bytes) {
  const entries = unzipSync(new Uint8Array(bytes));
  const core = 'docProps/core.xml';
  if (entries[core]) {
    entries[core] = strToU8(strFromU8(entries[core]).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${PINNED_DATE}$2`));
  }
  // The body's links become rIdLink1…; a page header's or footer's (their own relationship files)
  // rIdheader1Link1… and so on. Documents without header links come out as before.
  for (const rels of Object.keys(entries).filter((name) => /^word\/_rels\/[^/]+\.xml\.rels$/.test(name))) {
    const part = rels.replace('_rels/', '').replace(/\.rels$/, '');
    const stem = part.slice('word/'.length, -'.xml'.length);
    const prefix = stem === 'document' ? 'rIdLink' : `rId${stem}Link`;
    const randomIds = [...strFromU8(entries[rels]).matchAll(/Id="(rId[^"]*)"[^>]*relationships\/hyperlink"/g)].map((match) => match[1]);
    if (randomIds.length === 0 || !entries[part]) continue;
    for (const name of [rels, part]) {
      let xml = strFromU8(entries[name]);
      randomIds.forEach((id, n) => { xml = xml.split(`"${id}"`).join(`"${prefix}${n + 1}"`); });
      entries[name] = strToU8(xml);
    }
  }
  const mtime = new Date(PINNED_DATE);
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { mtime }]]))));
}

// ------------------------------------------------------------------------------------------------
// Renderers

function requireProgram(program, args, hint) {
  try {
    execFileSync(program, args, { stdio: 'ignore' });
  } catch (error) {
    throw new Error(`${program} is needed to build a held-back résumé set (${hint}).`, { cause: error });
  }
}

/**
 * Opens Debian's Chromium once and hands `print(body, pdfOptions)` → PDF bytes (not yet pinned) to `use`, and
 * `shoot(body, { width, scale, type, quality })` → a full-page image of the body laid out `width` CSS pixels wide
 * (a page as a scanner sees it), `scale` device pixels per CSS pixel.
 */
export async function withChromiumPrinter(use) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, chromiumSandbox: false });
  const html = (body) => `<!doctype html><html lang="en"><meta charset="utf-8"><title>Résumé</title><body>${body}</body></html>`;
  try {
    const page = await browser.newPage();
    const cameras = new Map();
    const shoot = async (body, { width, scale = 1.5, type = 'jpeg', quality = 70 }) => {
      if (!cameras.has(scale)) cameras.set(scale, await browser.newPage({ deviceScaleFactor: scale }));
      const camera = cameras.get(scale);
      await camera.setViewportSize({ width, height: 1000 });
      await camera.setContent(html(body));
      return camera.screenshot({ fullPage: true, type, ...(type === 'jpeg' ? { quality } : {}) });
    };
    await use(async (body, pdfOptions) => {
      await page.setContent(html(body));
      return page.pdf(pdfOptions);
    }, shoot);
  } finally {
    await browser.close();
  }
}

/** Converts [name, extension, bytes or text] files to PDF with LibreOffice headless in one run; returns name → PDF bytes (not yet pinned). */
export function sofficeToPdf(files) {
  return sofficeConvert(files, 'pdf', 'pdf');
}

/**
 * Converts [name, extension, bytes or text] files with LibreOffice headless in one run to `filter`
 * (`pdf`, `docx:MS Word 2007 XML`…), whose files end in `.${extension}`; returns name → bytes (not yet pinned).
 */
export function sofficeConvert(files, filter, extension) {
  const scratch = mkdtempSync(join(tmpdir(), 'resume-corpus-soffice-'));
  try {
    const inputs = files.map(([name, extension, content]) => {
      const path = join(scratch, `${name}.${extension}`);
      writeFileSync(path, content);
      return path;
    });
    execFileSync('soffice', [`-env:UserInstallation=file://${scratch}/profile`, '--headless', '--convert-to', filter, '--outdir', scratch, ...inputs], { stdio: 'ignore' });
    return new Map(files.map(([name]) => [name, readFileSync(join(scratch, `${name}.${extension}`))]));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Runs LuaLaTeX on one source (with SOURCE_DATE_EPOCH, so the PDF does not carry the build time); returns
 * the PDF bytes. `runs: 2` typesets twice, for a source that refers to its own last page (lastpage).
 */
export function typesetLua(source, { runs = 1 } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'resume-corpus-tex-'));
  try {
    writeFileSync(join(scratch, 'resume.tex'), source);
    try {
      for (let run = 0; run < runs; run++) {
        execFileSync('lualatex', ['-interaction=nonstopmode', '-halt-on-error', 'resume.tex'], {
          cwd: scratch, stdio: 'pipe', env: { ...process.env, SOURCE_DATE_EPOCH: '1796083200', FORCE_SOURCE_DATE: '1' },
        });
      }
    } catch (error) {
      const log = readFileSync(join(scratch, 'resume.log'), 'utf8');
      throw new Error(`lualatex failed:\n${log.split('\n').filter((line) => line.startsWith('!') || line.startsWith('l.')).join('\n')}`, { cause: error });
    }
    return readFileSync(join(scratch, 'resume.pdf'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------------
// A frozen set's index files

/** Stops a rebuild of a frozen set unless `--refreeze` was given on purpose. */
function refuseIfFrozen(out, setName) {
  if (existsSync(join(out, 'test-split.sha256')) && !process.argv.includes('--refreeze')) {
    throw new Error(`The ${setName} is frozen (test-split.sha256). Rebuilding would change it; pass --refreeze only on purpose.`);
  }
}

/** The same framing as the other frozen sets' test-split.sha256 (test/unit/extraction/resume-corpus.spec.ts recomputes it). */
function corpusHash(out, documents) {
  const hash = createHash('sha256');
  for (const id of [...new Set(documents.map((document) => document.resume))].sort()) {
    hash.update(`truth/${id}.json\n`).update(readFileSync(join(out, 'truth', `${id}.json`)));
    for (const document of documents.filter((candidate) => candidate.resume === id).sort((a, b) => a.file.localeCompare(b.file))) {
      hash.update(`rendered/${document.file}\n`).update(readFileSync(join(out, 'rendered', document.file)));
    }
  }
  return hash.digest('hex');
}

/**
 * Writes documents.json (every person × renderer, checked to exist), split.json (every résumé on the
 * test side, with `rule`), manifest.json (SHA-256 per file) and test-split.sha256.
 * `renderers` maps renderer → file name suffix.
 */
/** The index files' text a set's people and renderers give (documents.json lists every person × renderer, split.json every résumé on the test side). */
function frozenIndexTexts({ ids, renderers, rule }) {
  const documents = ids
    .flatMap((id) => Object.entries(renderers).map(([renderer, suffix]) => ({ file: `${id}.${suffix}`, resume: id, renderer })))
    .sort((a, b) => a.file.localeCompare(b.file));
  return {
    documents,
    'documents.json': `${JSON.stringify(documents, null, 2)}\n`,
    'split.json': `${JSON.stringify({ rule, resumes: Object.fromEntries(ids.map((id) => [id, 'test'])) }, null, 2)}\n`,
  };
}

/** A person's truth file as the build writes it. */
const truthText = (entry) => `${JSON.stringify(entry.resume, null, 2)}\n`;

function writeFrozenIndex({ out, ids, renderers, frozenOn, rule }) {
  const index = frozenIndexTexts({ ids, renderers, rule });
  const { documents } = index;
  const missing = documents.filter((document) => !existsSync(join(out, 'rendered', document.file)));
  if (missing.length > 0) throw new Error(`Renderings missing: ${missing.map((document) => document.file).join(', ')}`);
  writeFileSync(join(out, 'documents.json'), index['documents.json']);
  writeFileSync(join(out, 'split.json'), index['split.json']);
  const files = [
    'documents.json', 'split.json',
    ...readdirSync(join(out, 'truth')).sort().map((name) => `truth/${name}`),
    ...readdirSync(join(out, 'rendered')).sort().map((name) => `rendered/${name}`),
  ];
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify({ frozenOn, files: Object.fromEntries(files.map((file) => [file, sha256(readFileSync(join(out, file)))])) }, null, 2)}\n`);
  writeFileSync(join(out, 'test-split.sha256'), `${corpusHash(out, documents)}\n`);
  return documents;
}

/** The programs a set's renderers may run, with how to install each. */
const PROGRAMS = {
  soffice: 'apt-get install libreoffice-writer',
  lualatex: 'apt-get install texlive-luatex texlive-latex-extra',
};

/**
 * The whole build of a held-back set: refuses to overwrite a frozen one, checks the programs its renderers
 * run are there (`programs`, LibreOffice and LuaLaTeX unless told; it stops rather than skip a renderer),
 * rewrites truth/ and rendered/ (README.md and anything else in `out` stay), writes each person's JSON
 * Resume, lets `render(people)` write the renderings, then the index files.
 */
export async function buildHeldBackSet({ out, setName, people, renderers, frozenOn, rule, render, programs = ['soffice', 'lualatex'] }) {
  if (process.argv.includes('--check')) {
    checkHeldBackSet({ out, setName, people, renderers, rule });
    return;
  }
  refuseIfFrozen(out, setName);
  for (const program of programs) requireProgram(program, ['--version'], PROGRAMS[program]);
  for (const generated of ['truth', 'rendered']) rmSync(join(out, generated), { recursive: true, force: true });
  mkdirSync(join(out, 'truth'), { recursive: true });
  mkdirSync(join(out, 'rendered'), { recursive: true });
  for (const entry of people) writeFileSync(join(out, 'truth', `${entry.id}.json`), truthText(entry));
  await render(people);
  const documents = writeFrozenIndex({ out, ids: people.map((entry) => entry.id), renderers, frozenOn, rule });
  console.log(`${people.length} résumés, ${documents.length} documents in ${out}; frozen`);
}

/**
 * `--check`: the truth files, documents.json and split.json rebuilt in memory from the content and compared with
 * the committed ones (nothing is rendered or written); names the files that differ and exits non-zero if any does.
 * The renderings are not rebuilt: manifest.json and test-split.sha256 (checked by resume-corpus.spec) hold them.
 */
function checkHeldBackSet({ out, setName, people, renderers, rule }) {
  const expected = new Map(people.map((entry) => [`truth/${entry.id}.json`, truthText(entry)]));
  const index = frozenIndexTexts({ ids: people.map((entry) => entry.id), renderers, rule });
  for (const name of ['documents.json', 'split.json']) expected.set(name, index[name]);
  const committedTruth = existsSync(join(out, 'truth')) ? readdirSync(join(out, 'truth')).map((name) => `truth/${name}`) : [];
  const differing = [...expected].filter(([name, text]) => !existsSync(join(out, name)) || readFileSync(join(out, name), 'utf8') !== text).map(([name]) => name);
  const extra = committedTruth.filter((name) => !expected.has(name));
  if (differing.length + extra.length > 0) {
    console.error(`The ${setName} differs from its content: ${[...differing, ...extra.map((name) => `${name} (not in the content)`)].join(', ')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`The ${setName}: ${people.length} truth files, documents.json and split.json match the content`);
}
