import type { JsonResume } from './json-resume.js';

/**
 * The structured profile written out as plain text in one defined way: standard headings in a fixed
 * order, one line per role ("Position — Employer | Mar 2019 – Present"), one "- " line per achievement,
 * skills as "Group: a, b, c". The analysis reads this text whenever it analyses a profile, so the same
 * content gives the same text whatever file it came from, and the downloads (PDF, DOCX) print the same
 * lines under headings in the reader's language.
 */
export interface ResumeTextHeadings {
  summary: string;
  experience: string;
  projects: string;
  education: string;
  skills: string;
  certificates: string;
  awards: string;
  volunteer: string;
  publications: string;
  languages: string;
  interests: string;
  present: string;
}

/** The headings the analysis reads (the ones ATS parsers know best). */
export const ENGLISH_HEADINGS: ResumeTextHeadings = {
  summary: 'Summary',
  experience: 'Experience',
  projects: 'Projects',
  education: 'Education',
  skills: 'Skills',
  certificates: 'Certifications',
  awards: 'Awards',
  volunteer: 'Volunteering',
  publications: 'Publications',
  languages: 'Languages',
  interests: 'Interests',
  present: 'Present',
};

export type ResumeBlock =
  | { kind: 'name'; text: string }
  | { kind: 'line'; text: string }
  | { kind: 'heading'; section: keyof Omit<ResumeTextHeadings, 'present'>; text: string }
  | { kind: 'entry'; text: string }
  | { kind: 'bullet'; text: string };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2019-03" → "Mar 2019", "2019" → "2019"; a day is never shown (résumés do not give one). */
export function displayDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const [year, month] = date.split('-');
  return month ? `${MONTHS[Number(month) - 1]} ${year}` : year;
}

function dateRange(start: string | undefined, end: string | undefined, present: string, ongoing: boolean): string | undefined {
  const from = displayDate(start);
  const to = displayDate(end) ?? (ongoing && from ? present : undefined);
  if (from && to) return `${from} – ${to}`;
  return from ?? to;
}

const clean = (value: string | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();
const joined = (parts: Array<string | undefined>, separator: string): string => parts.map(clean).filter(Boolean).join(separator);

/** The profile as a list of blocks (what a renderer lays out); no empty heading is ever produced. */
export function resumeBlocks(resume: JsonResume, headings: ResumeTextHeadings = ENGLISH_HEADINGS): ResumeBlock[] {
  const blocks: ResumeBlock[] = [];
  const { basics } = resume;
  if (clean(basics.name)) blocks.push({ kind: 'name', text: clean(basics.name) });
  if (clean(basics.label)) blocks.push({ kind: 'line', text: clean(basics.label) });
  const location = joined([basics.location?.city, basics.location?.region, basics.location?.countryCode], ', ');
  const links = [basics.url, ...(basics.profiles ?? []).map((p) => p.url ?? (p.network && p.username ? `${p.network}: ${p.username}` : undefined))];
  const contact = joined([basics.email, basics.phone, location, ...links], ' · ');
  if (contact) blocks.push({ kind: 'line', text: contact });

  const section = (key: keyof Omit<ResumeTextHeadings, 'present'>, body: ResumeBlock[]): void => {
    if (body.length === 0) return;
    blocks.push({ kind: 'heading', section: key, text: headings[key] }, ...body);
  };
  const bullets = (items: readonly string[] | undefined): ResumeBlock[] => (items ?? []).map(clean).filter(Boolean).map((text) => ({ kind: 'bullet', text }));
  const entry = (title: string, range: string | undefined): ResumeBlock[] => {
    const text = joined([title, range], ' | ');
    return text ? [{ kind: 'entry', text }] : [];
  };

  section('summary', clean(basics.summary) ? [{ kind: 'line', text: clean(basics.summary) }] : []);
  section(
    'experience',
    resume.work.flatMap((w) => {
      const body = [
        ...entry(joined([w.position, joined([w.name, w.location], ', ')], ' — '), dateRange(w.startDate, w.endDate, headings.present, true)),
        ...(clean(w.summary) ? [{ kind: 'line', text: clean(w.summary) } as ResumeBlock] : []),
        ...bullets(w.highlights),
      ];
      return body;
    }),
  );
  section(
    'projects',
    resume.projects.flatMap((p) => [
      ...entry(joined([p.name, p.entity], ' — '), dateRange(p.startDate, p.endDate, headings.present, false)),
      ...(clean(p.description) ? [{ kind: 'line', text: clean(p.description) } as ResumeBlock] : []),
      ...bullets(p.highlights),
      ...(p.keywords?.length ? [{ kind: 'line', text: joined(p.keywords, ', ') } as ResumeBlock] : []),
    ]),
  );
  section(
    'skills',
    resume.skills.flatMap((s): ResumeBlock[] => {
      const keywords = joined(s.keywords ?? [], ', ');
      const name = clean(s.name);
      const text = name && keywords ? `${name}: ${keywords}` : name || keywords;
      return text ? [{ kind: 'line', text }] : [];
    }),
  );
  section(
    'education',
    resume.education.flatMap((e) => [
      ...entry(joined([joined([e.studyType, e.area], ', '), e.institution], ' — '), dateRange(e.startDate, e.endDate, headings.present, false)),
      ...(e.courses?.length ? [{ kind: 'line', text: joined(e.courses, ', ') } as ResumeBlock] : []),
    ]),
  );
  section('certificates', resume.certificates.flatMap((c) => entry(joined([c.name, c.issuer], ' — '), displayDate(c.date))));
  section('awards', resume.awards.flatMap((a) => [...entry(joined([a.title, a.awarder], ' — '), displayDate(a.date)), ...(clean(a.summary) ? [{ kind: 'line', text: clean(a.summary) } as ResumeBlock] : [])]));
  section(
    'volunteer',
    resume.volunteer.flatMap((v) => [
      ...entry(joined([v.position, v.organization], ' — '), dateRange(v.startDate, v.endDate, headings.present, true)),
      ...(clean(v.summary) ? [{ kind: 'line', text: clean(v.summary) } as ResumeBlock] : []),
      ...bullets(v.highlights),
    ]),
  );
  section('publications', (resume.publications ?? []).flatMap((p) => entry(joined([p.name, p.publisher], ' — '), displayDate(p.releaseDate))));
  section('languages', resume.languages.flatMap((l): ResumeBlock[] => {
    const text = joined([l.language, l.fluency], ' — ');
    return text ? [{ kind: 'line', text }] : [];
  }));
  section('interests', (resume.interests ?? []).flatMap((i): ResumeBlock[] => {
    const text = joined([i.name, joined(i.keywords ?? [], ', ')], ': ');
    return text ? [{ kind: 'line', text }] : [];
  }));
  return blocks;
}

/** The blocks as text: headings in capitals on their own line after a blank line, bullets as "- ". */
export function resumeText(resume: JsonResume, headings: ResumeTextHeadings = ENGLISH_HEADINGS): string {
  const lines: string[] = [];
  for (const block of resumeBlocks(resume, headings)) {
    if (block.kind === 'heading') lines.push('', block.text.toUpperCase());
    else if (block.kind === 'bullet') lines.push(`- ${block.text}`);
    else lines.push(block.text);
  }
  return `${lines.join('\n').trim()}\n`;
}
