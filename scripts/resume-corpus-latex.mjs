// LaTeX renderers of the résumé corpora (scripts/build-resume-corpus.mjs): the same JSON Resume
// content typeset by pdflatex in three layouts people really send —
// - `latex-moderncv`: TeX Live's moderncv class, `classic` style (dates in a left column, "Title,
//   Employer, City." on one line, personal details top right);
// - `latex-awesome`: an Awesome-CV-like look written for pdflatex (scripts/resume-latex/awesome-style.preamble.tex);
// - `latex-jake`: Jake Gutierrez's résumé (MIT; scripts/resume-latex/jake-resume.preamble.tex).
// Needs Debian texlive-latex-base, texlive-latex-recommended, texlive-latex-extra and
// texlive-fonts-recommended. SOURCE_DATE_EPOCH makes the PDFs byte-for-byte reproducible.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contactParts, degreeText, formatRange, HEADINGS, languageLine } from './resume-corpus-layout.mjs';

const TEMPLATES = join(import.meta.dirname, 'resume-latex');

/** Escapes text for LaTeX body text (pdflatex with utf8 input handles the accents, £ and curly quotes). */
export function escapeLatex(text) {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

const headingsFor = (offset) => Object.fromEntries(Object.entries(HEADINGS[offset % HEADINGS.length]).map(([key, text]) => [key, escapeLatex(text)]));

const dashRange = (range, style) => escapeLatex(formatRange(range, style)).replace(/ ?– ?/g, ' -- ');

function splitName(name) {
  const space = name.indexOf(' ');
  return space < 0 ? [name, ''] : [name.slice(0, space), name.slice(space + 1)];
}

function linkFor(part) {
  if (part.includes('@')) return `\\href{mailto:${part}}{\\underline{${escapeLatex(part)}}}`;
  if (/^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(part) && !/^\+?[\d\s().-]+$/.test(part)) {
    const target = part.startsWith('http') ? part : `https://${part}`;
    return `\\href{${target}}{\\underline{${escapeLatex(part)}}}`;
  }
  return escapeLatex(part);
}

// ------------------------------------------------------------------------------------------------

function moderncv(entry, index) {
  const { basics, work, education, skills, languages } = entry.resume;
  const { style } = entry;
  const headings = headingsFor(index + 3);
  const [first, last] = splitName(basics.name);
  const url = (value) => (style.linkScheme ? value : value.replace(/^https?:\/\/(?:www\.)?/, ''));
  const lines = [
    `\\documentclass[11pt,${index % 2 === 0 ? 'a4paper' : 'letterpaper'},sans]{moderncv}`,
    '\\moderncvstyle[nosymbols]{classic}',
    `\\moderncvcolor{${['blue', 'green', 'grey', 'burgundy'][index % 4]}}`,
    '\\usepackage[T1]{fontenc}\\usepackage{lmodern}',
    '\\usepackage[scale=0.78]{geometry}',
    '\\input{glyphtounicode}\\pdfgentounicode=1',
    `\\name{${escapeLatex(first)}}{${escapeLatex(last)}}`,
    ...(basics.label ? [`\\title{${escapeLatex(basics.label)}}`] : []),
    `\\address{${escapeLatex(basics.location.city)}}{${escapeLatex(basics.location.region)}}{}`,
    `\\phone[mobile]{${escapeLatex(basics.phone)}}`,
    `\\email{${escapeLatex(basics.email)}}`,
    ...(basics.url ? [`\\homepage{${escapeLatex(url(basics.url))}}`] : []),
    ...(basics.profiles?.length ? [`\\extrainfo{${basics.profiles.map((profile) => escapeLatex(url(profile.url))).join(' | ')}}`] : []),
    '\\begin{document}',
    '\\makecvtitle',
  ];
  if (basics.summary) lines.push(`\\section{${headings.summary}}`, `\\cvitem{}{${escapeLatex(basics.summary)}}`);
  lines.push(`\\section{${headings.work}}`);
  for (const job of work) {
    const items = `\\begin{itemize}${job.highlights.map((highlight) => `\\item ${escapeLatex(highlight)}`).join('\n')}\\end{itemize}`;
    lines.push(`\\cventry{${dashRange(job, style.dateStyle)}}{${escapeLatex(job.position)}}{${escapeLatex(job.name)}}{${escapeLatex(job.location)}}{}{${items}}`);
  }
  lines.push(`\\section{${headings.education}}`);
  for (const school of education) {
    lines.push(`\\cventry{${dashRange(school, 'year')}}{${escapeLatex(degreeText(school))}}{${escapeLatex(school.institution)}}{}{}{}`);
  }
  lines.push(`\\section{${headings.skills}}`);
  for (const group of skills) lines.push(`\\cvitem{${escapeLatex(group.name)}}{${escapeLatex(group.keywords.join(', '))}}`);
  if (languages.length > 0) {
    lines.push(`\\section{${headings.languages}}`);
    for (const language of languages) lines.push(`\\cvitem{${escapeLatex(language.language)}}{${escapeLatex(language.fluency)}}`);
  }
  lines.push('\\end{document}');
  return lines.join('\n');
}

function awesome(entry, index) {
  const { basics, work, education, skills, languages } = entry.resume;
  const { style } = entry;
  const [first, last] = splitName(basics.name);
  const section = (key) => `\\cvsection{${escapeLatex(rawHeadings[key].slice(0, 3))}}{${escapeLatex(rawHeadings[key].slice(3))}}`;
  const rawHeadings = HEADINGS[(index + 1) % HEADINGS.length];
  const lines = [
    `\\documentclass[11pt,${index % 2 === 0 ? 'a4paper' : 'letterpaper'}]{article}`,
    '\\usepackage[left=1.4cm,right=1.4cm,top=1.2cm,bottom=1.6cm]{geometry}',
    readFileSync(join(TEMPLATES, 'awesome-style.preamble.tex'), 'utf8'),
    '\\begin{document}',
    '\\begin{center}',
    `\\cvname{${escapeLatex(first)}}{${escapeLatex(last)}}`,
    ...(basics.label ? [`\\cvposition{${escapeLatex(basics.label)}}`] : []),
    `\\cvcontact{${contactParts(basics, style).map(linkFor).join('\\enskip\\textbar\\enskip ')}}`,
    '\\end{center}',
  ];
  if (basics.summary) lines.push(section('summary'), `{\\small ${escapeLatex(basics.summary)}}\\par`);
  lines.push(section('work'));
  for (const job of work) {
    const items = `\\cvitems{${job.highlights.map((highlight) => `\\item ${escapeLatex(highlight)}`).join('\n')}}`;
    lines.push(`\\cventry{${escapeLatex(job.position)}}{${escapeLatex(job.name)}}{${escapeLatex(job.location)}}{${dashRange(job, style.dateStyle)}}{${items}}`);
  }
  lines.push(section('education'));
  for (const school of education) {
    lines.push(`\\cventry{${escapeLatex(degreeText(school))}}{${escapeLatex(school.institution)}}{}{${dashRange(school, 'year')}}{}`);
  }
  lines.push(section('skills'), '\\begin{tabular}{@{}>{\\raggedleft}p{0.2\\textwidth} p{0.75\\textwidth}@{}}');
  for (const group of skills) lines.push(`\\cvskill{${escapeLatex(group.name)}}{${escapeLatex(group.keywords.join(', '))}}`);
  lines.push('\\end{tabular}');
  if (languages.length > 0) {
    lines.push(section('languages'), '\\begin{tabular}{@{}>{\\raggedleft}p{0.2\\textwidth} p{0.75\\textwidth}@{}}');
    for (const language of languages) lines.push(`\\cvskill{${escapeLatex(language.language)}}{${escapeLatex(language.fluency)}}`);
    lines.push('\\end{tabular}');
  }
  lines.push('\\end{document}');
  return lines.join('\n');
}

function jake(entry, index) {
  const { basics, work, education, skills, languages } = entry.resume;
  const { style } = entry;
  const headings = headingsFor(index + 2);
  const contact = contactParts(basics, style).slice(1).map(linkFor).join(' $|$ ');
  const lines = [
    `\\documentclass[${index % 2 === 0 ? 'letterpaper' : 'a4paper'},11pt]{article}`,
    readFileSync(join(TEMPLATES, 'jake-resume.preamble.tex'), 'utf8'),
    '\\begin{document}',
    '\\begin{center}',
    `  \\textbf{\\Huge \\scshape ${escapeLatex(basics.name)}} \\\\ \\vspace{1pt}`,
    ...(basics.label ? [`  ${escapeLatex(basics.label)} \\\\ \\vspace{1pt}`] : []),
    `  \\small ${escapeLatex(`${basics.location.city}, ${basics.location.region}`)} $|$ ${contact}`,
    '\\end{center}',
  ];
  if (basics.summary) lines.push(`\\section{${headings.summary}}`, `\\small{${escapeLatex(basics.summary)}}`);
  lines.push(`\\section{${headings.work}}`, '\\resumeSubHeadingListStart');
  for (const job of work) {
    lines.push(
      `\\resumeSubheading{${escapeLatex(job.position)}}{${dashRange(job, style.dateStyle)}}{${escapeLatex(job.name)}}{${escapeLatex(job.location)}}`,
      '\\resumeItemListStart',
      ...job.highlights.map((highlight) => `\\resumeItem{${escapeLatex(highlight)}}`),
      '\\resumeItemListEnd',
    );
  }
  lines.push('\\resumeSubHeadingListEnd', `\\section{${headings.education}}`, '\\resumeSubHeadingListStart');
  for (const school of education) {
    lines.push(`\\resumeSubheading{${escapeLatex(school.institution)}}{}{${escapeLatex(degreeText(school))}}{${dashRange(school, 'year')}}`);
  }
  lines.push('\\resumeSubHeadingListEnd', `\\section{${headings.skills}}`, '\\begin{itemize}[leftmargin=0.15in, label={}]', '\\small{\\item{');
  lines.push(skills.map((group) => `\\textbf{${escapeLatex(group.name)}}{: ${escapeLatex(group.keywords.join(', '))}}`).join(' \\\\\n'));
  if (languages.length > 0) lines.push(` \\\\\n\\textbf{${headings.languages}}{: ${escapeLatex(languageLine(languages))}}`);
  lines.push('}}', '\\end{itemize}', '\\end{document}');
  return lines.join('\n');
}

export const LATEX_RENDERERS = { 'latex-moderncv': moderncv, 'latex-awesome': awesome, 'latex-jake': jake };

export function hasPdfLatex() {
  try {
    execFileSync('pdflatex', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Typesets one LaTeX source with pdflatex in a scratch folder; returns the PDF bytes. */
export function typeset(source) {
  const scratch = mkdtempSync(join(tmpdir(), 'resume-latex-'));
  try {
    writeFileSync(join(scratch, 'resume.tex'), source);
    try {
      execFileSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'resume.tex'], {
        cwd: scratch,
        stdio: 'pipe',
        env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', FORCE_SOURCE_DATE: '1' },
      });
    } catch (error) {
      const log = readFileSync(join(scratch, 'resume.log'), 'utf8');
      throw new Error(`pdflatex failed:\n${log.split('\n').filter((line) => line.startsWith('!') || line.startsWith('l.')).join('\n')}`, { cause: error });
    }
    return readFileSync(join(scratch, 'resume.pdf'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
