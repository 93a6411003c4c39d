import type { JsonResume } from '../../../kernel/resume/json-resume.js';
import { detectSectionHeading, HANGUL, type SectionKind } from '../../../kernel/resume/resume-sections.js';

export interface Bullet {
  text: string;
  start: number;
  /** Index into `roles`, or -1 when the bullet is not under a dated role. */
  role: number;
  section: string;
}

export interface Role {
  line: string;
  start: number;
  /** Months since year 0; year-only dates count from January. */
  from?: number;
  to?: number;
  /**
   * The last month `from` and `to` may stand for: December for a year-only date ("2019 – 2021" may
   * run from December 2019 to December 2021), the month itself otherwise. A gap or an overlap is
   * only one when every reading of the dates has it.
   */
  fromLatest?: number;
  toLatest?: number;
  current: boolean;
  /** Volunteer work (under a volunteering heading, or named so): held beside a job, never an overlap to explain. */
  volunteer: boolean;
}

export interface ResumeOutline {
  sections: Array<{ title: string; canonical: string | undefined; start: number }>;
  bullets: Bullet[];
  roles: Role[];
  /**
   * Every line that carries a date range outside a list: the roles, and the school, course or credential lines of the
   * other sections ("NVQ Level 3, Heritage Skills — Easton College | Sep 2003 – Jun 2006"). Facts, never reworded.
   */
  datedLines: string[];
  words: number;
}

export const STANDARD_SECTIONS: Record<string, RegExp> = {
  summary: /^(summary|professional summary|profile|about( me)?|objective|career objective|personal statement)$/i,
  experience: /^((work|professional|relevant|employment)\s+)?(experience|history)$|^employment$|^work$|^career history$/i,
  education: /^(education|education and training|academic background|qualifications)$/i,
  skills: /^((technical|core|key)\s+)?(skills|competencies|technologies|skills and tools|tech stack)$/i,
  projects: /^(projects|selected projects|personal projects)$/i,
  certifications: /^(certifications?|licen[cs]es( and certifications)?|certificates)$/i,
  languages: /^languages$/i,
  awards: /^(awards|honou?rs|achievements)$/i,
  volunteering: /^(volunteering|volunteer experience)$/i,
  interests: /^(interests|hobbies)$/i,
  publications: /^publications$/i,
  references: /^references$/i,
};

/** A role line that names volunteer work: "Volunteer, WASH team, Red Cross", "Red Cross — Volunteer first aider", "(volunteer)", 자원봉사. */
const VOLUNTEER_ROLE = /^\s*volunteer\b|[(,—–|-]\s*volunteer\b|자원봉사|봉사활동/i;

const BULLET = /^\s*(?:[-*•▪◦●‣–—]|\d{1,2}[.)])\s+(\S(?:.*\S)?)\s*$/;
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
// A year is 19xx or 20xx standing alone: "010-2218-6352" (a Korean phone number) is not 2218 to 6352.
const DATE = String.raw`(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+|(\d{1,2})[/.])?(?<!\d)((?:19|20)\d{2})(?!\d)`;
const RANGE = new RegExp(`${DATE}\\s*(?:-|–|—|to)\\s*(?:${DATE}|(present|current|now|today))`, 'i');

/** Between a title and its employer, in the order they are trusted: "Engineer — Acme", "Engineer at Acme", "Engineer | Acme". */
const STRONG_SEPARATOR = / (?:—|–|at|@|\|) /;
/** "Engineer - Acme": a plain hyphen separates only on a line with no stronger separator. */
const HYPHEN_SEPARATOR = / - /;

const TRAILING_SEPARATOR = new Set([...' \t|,;–—-']);
/** "Engineer - Acme | " → "Engineer - Acme" (a loop: an end-anchored regex would scan quadratically). */
function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_SEPARATOR.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * Where the employer part of a dated role line starts and ends (offsets in the line), or undefined
 * when the line names no employer apart from the title. The dates are left out first; then a dash,
 * "at", "@" or a bar splits title from employer, and only without one of them a plain hyphen — so a
 * hyphen inside a title stays in it: "Engineer - Payments Platform — Acme", "Full-Stack Developer -
 * Contract — Acme" (the profile written out, kernel/resume/resume-text.ts, uses " — ").
 */
export function employerSpan(line: string): { start: number; end: number } | undefined {
  const dates = RANGE.exec(line);
  const head = withoutTrailingSeparators(dates ? line.slice(0, dates.index) : line);
  const separator = STRONG_SEPARATOR.exec(head) ?? HYPHEN_SEPARATOR.exec(head);
  if (!separator) return undefined;
  const start = separator.index + separator[0].length;
  return start < head.length ? { start, end: dates ? line.length : head.length } : undefined;
}

function month(name: string | undefined, numeric: string | undefined, year: string): number {
  const m = name ? MONTHS.indexOf(name.toLowerCase().slice(0, 3)) : numeric ? Number(numeric) - 1 : 0;
  return Number(year) * 12 + Math.max(0, Math.min(11, m));
}

/** A year-only date may stand for any month of that year: December is its latest reading. */
function latestMonth(name: string | undefined, numeric: string | undefined, year: string): number {
  return name || numeric ? month(name, numeric, year) : Number(year) * 12 + 11;
}

/** "2021-03" or "2021" (JSON Resume dates); a year-only date reads as January, or December when `latest`. */
const partial = (date: string | undefined, reading: 'earliest' | 'latest' = 'earliest'): number | undefined => {
  if (!date) return undefined;
  const [y, m] = date.split('-');
  return Number(y) * 12 + (m ? Number(m) - 1 : reading === 'latest' ? 11 : 0);
};

function headingOf(line: string, standardOnly: boolean): string | undefined {
  const trimmed = line.trim().replace(/^#+\s*/, '').replace(/:$/, '').trim();
  if (!trimmed || trimmed.length > 40 || BULLET.test(line)) return undefined;
  if (canonicalSection(trimmed)) return trimmed;
  if (standardOnly) return undefined;
  // Non-standard headings: a short all-caps or markdown heading line. Hangul has no capitals, so a line holding it
  // ("WMS ⇥ 지게차 운전 ⇥ SAP", a skills row) is no all-caps heading, nor is a row of table cells.
  if (/^#{1,3}\s/.test(line.trim()) || (trimmed === trimmed.toUpperCase() && /[A-Z]{3}/.test(trimmed) && trimmed.split(/\s+/).length <= 4 && !/[@\d\t]/.test(trimmed) && !HANGUL.test(trimmed))) return trimmed;
  return undefined;
}

/** The kernel's section kinds under the outline's names (a links or contact block is no section an ATS files content under). */
const OUTLINE_SECTION: Partial<Record<SectionKind, string>> = {
  summary: 'summary', experience: 'experience', education: 'education', skills: 'skills', projects: 'projects',
  certificates: 'certifications', languages: 'languages', awards: 'awards', volunteer: 'volunteering', interests: 'interests',
  publications: 'publications', references: 'references',
};

/**
 * The standard section a heading names. English titles are the short list ATS parsers know best; Korean ones are the
 * headings Korean résumés and job boards use (경력, 학력, 스킬, 자격증, "경력 총 11년 9개월"), read by the same
 * table the document reader splits sections with (kernel `detectSectionHeading`).
 */
export function canonicalSection(title: string): string | undefined {
  const trimmed = title.trim();
  const english = Object.entries(STANDARD_SECTIONS).find(([, p]) => p.test(trimmed))?.[0];
  if (english || !HANGUL.test(trimmed)) return english;
  const kind = detectSectionHeading(trimmed);
  return kind ? OUTLINE_SECTION[kind] : undefined;
}

/**
 * `standardHeadingsOnly`: the text is the profile written out (`resumeText`), whose only headings are
 * the standard ones it writes; a short line in capitals there is content the file put in a role
 * ("CLINICAL", a side column's label), not a heading that would take the bullets after it out of the
 * experience section.
 */
export function outlineResume(text: string, resume?: JsonResume, { standardHeadingsOnly = false }: { standardHeadingsOnly?: boolean } = {}): ResumeOutline {
  const sections: ResumeOutline['sections'] = [];
  const bullets: Bullet[] = [];
  const roles: Role[] = [];
  const datedLines: string[] = [];
  let offset = 0;
  let section = '';
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const heading = headingOf(line, standardHeadingsOnly);
    if (heading) {
      section = canonicalSection(heading) ?? heading.toLowerCase();
      sections.push({ title: heading, canonical: canonicalSection(heading), start });
      continue;
    }
    const range = RANGE.exec(line);
    if (range && !BULLET.test(line)) datedLines.push(line.trim());
    if (range && !BULLET.test(line) && (section === 'experience' || section === '' || section === 'volunteering')) {
      const from = month(range[1], range[2], range[3]!);
      const current = Boolean(range[7]);
      const to = current ? undefined : month(range[4], range[5], range[6]!);
      const toLatest = current ? undefined : latestMonth(range[4], range[5], range[6]!);
      roles.push({ line: line.trim(), start, from, to, fromLatest: latestMonth(range[1], range[2], range[3]!), toLatest, current, volunteer: section === 'volunteering' || VOLUNTEER_ROLE.test(line) });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) bullets.push({ text: bullet[1]!, start: start + line.indexOf(bullet[1]!), role: section === 'experience' || section === '' ? roles.length - 1 : -1, section });
  }
  // Structured dates from the parser are more reliable than our line scan when they exist.
  if (resume && resume.work.length > 0 && resume.work.some((w) => w.startDate)) {
    const parsed = resume.work.filter((w) => w.startDate);
    if (parsed.length === roles.length) {
      parsed.forEach((w, i) => {
        roles[i]!.from = partial(w.startDate);
        roles[i]!.to = partial(w.endDate);
        roles[i]!.fromLatest = partial(w.startDate, 'latest');
        roles[i]!.toLatest = partial(w.endDate, 'latest');
        roles[i]!.current = !w.endDate;
      });
    }
  }
  const words = (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.+#-]*/gu) ?? []).length;
  return { sections, bullets, roles, datedLines, words };
}

export function sectionAt(outline: ResumeOutline, position: number): string {
  let current = 'header';
  for (const s of outline.sections) {
    if (s.start > position) break;
    current = s.canonical ?? s.title.toLowerCase();
  }
  return current;
}

/**
 * Years of experience from the dated roles, overlapping roles merged (two jobs at once count once),
 * an ongoing role counted to `asOf`. Undefined when no role has a date.
 */
export function experienceYears(outline: ResumeOutline, asOf: Date): number | undefined {
  const now = asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
  const spans = outline.roles
    .filter((r) => r.from !== undefined)
    .map((r) => [r.from!, r.current || r.to === undefined ? now : r.to + 1] as const)
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return undefined;
  let months = 0;
  let [start, end] = spans[0]!;
  for (const [from, to] of spans.slice(1)) {
    if (from <= end) end = Math.max(end, to);
    else {
      months += end - start;
      [start, end] = [from, to];
    }
  }
  months += end - start;
  return Math.floor((months / 12) * 10) / 10;
}
