import type { JsonResume } from '../../../kernel/resume/json-resume.js';
import type { AnalyzeResumeInput, Check, CheckStatus } from './analysis-report.js';
import type { Bullet, ResumeOutline } from './resume-outline.js';
import { verbForm } from './verbs.js';

export const METRIC = /\d|%|[$€£]|\b(?:percent|dozen|hundred|thousand|million|billion|double[ds]?|tripled?|halved?)\b/i;
export const WEAK_PHRASE = /^(?:i\s+|we\s+)?(responsible for|duties included|tasked with|worked on|helped(?: with| to)?|assisted(?: with| in)?|involved in|participated in|in charge of)\b/i;
const VAGUE = /\b(various|stuff|things|etc\.?|as needed|many different|several|some)\b/i;
const PRONOUN = /\b(I|me|my|mine|we|our|us)\b/;
const STOP = new Set('the a an and or of to in for with on at by from as is are was were be this that it its into across over per our their'.split(' '));

const firstWord = (text: string): string => (/^[\p{L}]+/u.exec(text.replace(/^(?:i|we)\s+/i, ''))?.[0] ?? '');
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const check = (id: string, status: CheckStatus, title: string, detail: string, evidence?: string[]): Check =>
  evidence && evidence.length > 0 ? { id, status, title, detail, evidence: evidence.slice(0, 5) } : { id, status, title, detail };

function ratioStatus(ratio: number, pass: number, warn: number): CheckStatus {
  return ratio >= pass ? 'pass' : ratio >= warn ? 'warn' : 'fail';
}

/**
 * Whether a bullet's first verb has the wrong tense for its role: a past role told in the present
 * ("Manage the team"). The current role may use either: ongoing duties in the present, finished
 * achievements in the past ("Built the design system") — both are correct English and recruiters
 * read them so; rewriting a finished achievement into the present would make it worse.
 */
export function tenseProblem(bullet: Bullet, outline: ResumeOutline): 'want-past' | undefined {
  const role = outline.roles[bullet.role];
  if (!role || role.current) return undefined;
  const verb = verbForm(firstWord(bullet.text));
  return verb && verb.form !== 'past' ? 'want-past' : undefined;
}

export function contentChecks(outline: ResumeOutline): Check[] {
  const bullets = outline.bullets.filter((b) => b.section === 'experience' || b.section === '' || b.section === 'projects');
  if (bullets.length === 0) {
    return [check('quantified-achievements', 'fail', 'Quantified achievements', 'No bullet points found under experience; recruiters and ATS parsers expect one line per achievement.')];
  }
  const checks: Check[] = [];
  const quantified = bullets.filter((b) => METRIC.test(b.text));
  checks.push(
    check('quantified-achievements', ratioStatus(quantified.length / bullets.length, 0.5, 0.25), 'Quantified achievements',
      `${quantified.length} of ${bullets.length} bullets include a number (%, money, counts, time). Aim for at least half.`,
      bullets.filter((b) => !METRIC.test(b.text)).map((b) => b.text)),
  );
  const noVerb = bullets.filter((b) => {
    const verb = verbForm(firstWord(b.text));
    return !verb || verb.weak;
  });
  checks.push(
    check('action-verbs', ratioStatus(1 - noVerb.length / bullets.length, 0.8, 0.5), 'Action verbs',
      `${bullets.length - noVerb.length} of ${bullets.length} bullets start with a strong action verb (Led, Built, Cut…).`, noVerb.map((b) => b.text)),
  );
  const weak = bullets.filter((b) => WEAK_PHRASE.test(b.text) || VAGUE.test(b.text));
  checks.push(
    check('weak-bullets', weak.length === 0 ? 'pass' : weak.length <= 1 ? 'warn' : 'fail', 'Weak or vague bullets',
      weak.length === 0 ? 'No bullets rely on "responsible for", "helped with" or vague words.' : `${weak.length} bullets describe duties or use vague words ("responsible for", "various", "helped").`,
      weak.map((b) => b.text)),
  );
  const badLength = bullets.filter((b) => words(b.text) < 6 || words(b.text) > 35);
  checks.push(
    check('bullet-length', badLength.length === 0 ? 'pass' : badLength.length / bullets.length <= 0.3 ? 'warn' : 'fail', 'Bullet length',
      `${bullets.length - badLength.length} of ${bullets.length} bullets are 6–35 words: long enough for context, short enough to scan.`, badLength.map((b) => b.text)),
  );
  const tense = bullets.filter((b) => tenseProblem(b, outline));
  checks.push(
    check('tense-consistency', tense.length === 0 ? 'pass' : tense.length <= 2 ? 'warn' : 'fail', 'Tense consistency',
      tense.length === 0 ? 'Past roles are told in the past tense.' : tense.length === 1 ? '1 bullet from a past role uses the present tense; past roles read best in the past tense.' : `${tense.length} bullets from past roles use the present tense; past roles read best in the past tense.`,
      tense.map((b) => b.text)),
  );
  const pronouns = bullets.filter((b) => PRONOUN.test(b.text));
  checks.push(
    check('first-person', pronouns.length === 0 ? 'pass' : pronouns.length <= 2 ? 'warn' : 'fail', 'First-person pronouns',
      pronouns.length === 0 ? 'Bullets leave out "I", "my" and "we", as résumé convention expects.' : `${pronouns.length} bullets use "I", "my" or "we"; start with the verb instead.`, pronouns.map((b) => b.text)),
  );
  const counts = new Map<string, number>();
  for (const b of bullets) {
    const first = firstWord(b.text).toLowerCase();
    const verb = verbForm(first);
    const key = verb ? verb.base : first;
    if (key && !STOP.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = [...counts.entries()].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  checks.push(
    check('repeated-words', repeated.length === 0 ? 'pass' : 'warn', 'Repeated words',
      repeated.length === 0 ? 'No bullet opener is used three times or more.' : `Bullets often start with the same word: ${repeated.map(([w, n]) => `"${w}" ×${n}`).join(', ')}.`,
      repeated.map(([w]) => w)),
  );
  return checks;
}

const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:\+?\d[\d\s().-]{7,}\d)/;
const LINK = /\b(?:linkedin\.com\/in\/|github\.com\/|https?:\/\/)\S+/i;

/** `fileText`: the file's own text when `text` is the profile written out; contact details found in either count. */
export function structureChecks(text: string, outline: ResumeOutline, resume: JsonResume | undefined, pages: number | undefined, fileText?: string): Check[] {
  const checks: Check[] = [];
  const present = new Set(outline.sections.map((s) => s.canonical).filter(Boolean));
  const missingCore = ['experience', 'education', 'skills'].filter((s) => !present.has(s));
  const missingSummary = !present.has('summary');
  checks.push(
    check('sections', missingCore.includes('experience') ? 'fail' : missingCore.length > 0 || missingSummary ? 'warn' : 'pass', 'Standard sections',
      missingCore.length === 0 && !missingSummary ? 'Summary, experience, education and skills sections are all present.' : `Missing: ${[...missingCore, ...(missingSummary ? ['summary'] : [])].join(', ')}.`,
      [...missingCore, ...(missingSummary ? ['summary'] : [])]),
  );
  const basics = resume?.basics;
  const head = `${text.slice(0, 600)}\n${fileText?.slice(0, 600) ?? ''}`;
  const has = {
    email: Boolean(basics?.email) || EMAIL.test(text),
    phone: Boolean(basics?.phone) || PHONE.test(head),
    location: Boolean(basics?.location?.city || basics?.location?.countryCode) || /\b[A-Z][a-z]+,\s*(?:[A-Z]{2}\b|[A-Z][a-z]+)/.test(head),
    link: Boolean(basics?.profiles?.length || basics?.url) || LINK.test(text) || /\b(?:linkedin|github)\.com\b/i.test(text),
  };
  const missing = Object.entries(has).filter(([, ok]) => !ok).map(([k]) => k);
  checks.push(
    check('contact', !has.email ? 'fail' : !has.phone || !has.location ? 'warn' : 'pass', 'Contact details',
      missing.length === 0 ? 'Email, phone, location and a profile link are present.' : `Missing: ${missing.join(', ')}.`, missing),
  );
  const dated = outline.roles.filter((r) => r.from !== undefined).map((r) => ({ ...r, end: r.to ?? Number.POSITIVE_INFINITY })).sort((a, b) => a.from! - b.from!);
  const problems: string[] = [];
  for (let i = 1; i < dated.length; i++) {
    const previous = dated[i - 1]!;
    const current = dated[i]!;
    const gap = current.from! - previous.end;
    if (gap > 6) problems.push(`Gap of ${Math.round(gap / 12 * 10) / 10 >= 1 ? `${Math.round(gap / 12 * 10) / 10} years` : `${gap} months`} before "${current.line}"`);
    if (gap < -3) problems.push(`Overlap of ${-gap > 1e6 ? 'an ongoing role' : `${-gap} months`} between "${previous.line}" and "${current.line}"`);
  }
  checks.push(
    check('date-gaps', problems.length === 0 ? 'pass' : 'warn', 'Date gaps and overlaps',
      dated.length === 0 ? 'No dated roles found to check.' : problems.length === 0 ? 'Roles follow each other without unexplained gaps (over 6 months) or overlaps.' : 'Recruiters ask about gaps and overlaps; a one-line explanation (study, caregiving, freelance) helps.',
      problems),
  );
  const tooShort = outline.words < 250;
  const tooLong = (pages ?? 0) > 2 || outline.words > 1200;
  checks.push(
    check('length', tooShort || tooLong ? 'warn' : 'pass', 'Length',
      `${outline.words} words${pages ? ` on ${pages} page(s)` : ''}. ${tooShort ? 'That is thin: most résumés need 400–800 words to show impact.' : tooLong ? 'Over two pages or 1,200 words; trim older roles.' : 'Within the usual one-to-two-page range.'}`),
  );
  return checks;
}

export function atsFindings(input: AnalyzeResumeInput, outline: ResumeOutline): Check[] {
  const findings: Check[] = [];
  const layout = input.layout;
  const hasText = input.text.trim().length > 0 && (layout?.hasTextLayer ?? true);
  findings.push(check('text-layer', hasText ? 'pass' : 'fail', 'Text layer', hasText ? 'The text can be selected and read by a machine.' : 'No text layer: an ATS sees a picture. Export the PDF from your editor instead of scanning it.'));
  if (layout) {
    findings.push(check('columns', layout.columns > 1 ? 'warn' : 'pass', 'Single column',
      layout.columns > 1 ? `${layout.columns} columns detected; many ATS read across columns and mix lines. One column is safest.` : 'One column: reading order is unambiguous.'));
    if (layout.tables !== undefined) {
      findings.push(check('tables', layout.tables > 0 ? 'warn' : 'pass', 'Tables', layout.tables > 0 ? `${layout.tables} table(s) found; some ATS drop or scramble table cells.` : 'No tables.'));
    }
  }
  const standard = outline.sections.filter((s) => s.canonical);
  const nonStandard = outline.sections.filter((s) => !s.canonical).map((s) => s.title);
  findings.push(
    check('section-titles', standard.length === 0 ? 'fail' : nonStandard.length > 0 ? 'warn' : 'pass', 'Standard section titles',
      standard.length === 0 ? 'No standard section titles (Experience, Education, Skills) found; an ATS may not know where each part starts.' : nonStandard.length > 0 ? 'Some titles are not standard; an ATS may file their content under the wrong heading.' : 'All section titles are ones ATS parsers recognise.',
      nonStandard),
  );
  const emailInText = EMAIL.test(input.text);
  findings.push(
    check('contact-in-body', emailInText ? 'pass' : 'fail', 'Contact details in the body text',
      emailInText ? 'Your email address is in the main text.' : 'No email address in the text an ATS reads; it may be in a page header, footer, text box or image, which many ATS skip.'),
  );
  // eslint-disable-next-line no-control-regex
  const odd = [...new Set(input.text.match(/[\uE000-\uF8FF\u{1F300}-\u{1FAFF}\u2600-\u27BF\u0000-\u0008]/gu) ?? [])];
  findings.push(check('characters', odd.length === 0 ? 'pass' : 'warn', 'Unusual characters', odd.length === 0 ? 'No icons or private-use glyphs.' : 'Icons and symbol fonts often come out as garbage in an ATS.', odd));
  return findings;
}

/** What an ATS would read: the plain text with icon glyphs dropped and whitespace tidied. */
export function atsText(text: string): string {
  return text
    .replace(/[\uE000-\uF8FF\u{1F300}-\u{1FAFF}\u2600-\u27BF]/gu, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
