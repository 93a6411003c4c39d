import type { JsonResume } from '../../../kernel/resume/json-resume.js';

/**
 * The structured-profile form posts flat fields (`basics.name`, `work.0.position`, …) so it works as
 * a plain HTML form. These helpers turn a JSON Resume into those fields and back.
 */
export type FlatFields = Record<string, string>;

const lines = (value: string | undefined): string[] =>
  (value ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const optional = (value: string | undefined): string | undefined => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? undefined : trimmed.slice(0, 2000);
};

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;

export interface ProfileFormResult {
  resume: JsonResume;
  errors: Record<string, string>;
}

function indexes(body: FlatFields, prefix: string): number[] {
  const found = new Set<number>();
  for (const key of Object.keys(body)) {
    const match = new RegExp(`^${prefix}\\.(\\d{1,2})\\.`).exec(key);
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}

function date(body: FlatFields, key: string, errors: Record<string, string>): string | undefined {
  const value = optional(body[key]);
  if (value && !DATE.test(value)) errors[key] = 'Use YYYY or YYYY-MM, e.g. 2021-03';
  return value && DATE.test(value) ? value : undefined;
}

/** Reads the posted form onto the stored resume (sections the form does not edit are kept). */
export function readProfileForm(body: FlatFields, previous: JsonResume): ProfileFormResult {
  const errors: Record<string, string> = {};
  const work = indexes(body, 'work')
    .map((i) => ({
      position: optional(body[`work.${i}.position`]),
      name: optional(body[`work.${i}.name`]),
      location: optional(body[`work.${i}.location`]),
      startDate: date(body, `work.${i}.startDate`, errors),
      endDate: date(body, `work.${i}.endDate`, errors),
      highlights: lines(body[`work.${i}.highlights`]),
    }))
    .filter((w) => w.position || w.name || w.highlights.length > 0);
  const education = indexes(body, 'education')
    .map((i) => ({
      institution: optional(body[`education.${i}.institution`]),
      area: optional(body[`education.${i}.area`]),
      studyType: optional(body[`education.${i}.studyType`]),
      startDate: date(body, `education.${i}.startDate`, errors),
      endDate: date(body, `education.${i}.endDate`, errors),
    }))
    .filter((e) => e.institution || e.area || e.studyType);
  const email = optional(body['basics.email']);
  if (email && !looksLikeEmail(email)) errors['basics.email'] = 'Enter a valid email address';
  const url = optional(body['basics.url']);
  if (url && !/^https?:\/\/\S+$/.test(url)) errors['basics.url'] = 'Enter a full web address starting with https://';
  const links = lines(body['basics.profiles']).slice(0, 20);
  const badLink = links.find((l) => !/^https?:\/\/\S+$/.test(l));
  if (badLink) errors['basics.profiles'] = `“${badLink.slice(0, 60)}” is not a full web address (https://…)`;
  const profiles = links.filter((l) => /^https?:\/\/\S+$/.test(l)).map(profileFromUrl);
  const resume: JsonResume = {
    ...previous,
    basics: {
      ...previous.basics,
      name: optional(body['basics.name']),
      label: optional(body['basics.label']),
      email,
      phone: optional(body['basics.phone']),
      url,
      summary: optional(body['basics.summary']),
      profiles,
      location: { ...previous.basics.location, city: optional(body['basics.city']), region: optional(body['basics.region']), countryCode: optional(body['basics.countryCode']) },
    },
    work: work.map(stripUndefined),
    education: education.map(stripUndefined),
  };
  return { resume, errors };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

/** All skill names of a resume, flattened from JSON Resume's `skills[].name/keywords`. */
export function skillNames(resume: JsonResume): string[] {
  const names = resume.skills.flatMap((s) => (s.keywords && s.keywords.length > 0 ? s.keywords : s.name ? [s.name] : []));
  return [...new Map(names.map((n) => [n.toLowerCase(), n.trim()])).values()].filter(Boolean);
}

/** Stores skills as one JSON Resume skill group per skill, which every consumer understands. */
export function withSkills(resume: JsonResume, names: string[]): JsonResume {
  return { ...resume, skills: names.map((name) => ({ name })) };
}

/** A JSON Resume profile from a link, naming well-known networks (github.com/ada → GitHub, ada). */
function profileFromUrl(url: string): { network?: string; username?: string; url: string } {
  const known: Record<string, string> = { 'github.com': 'GitHub', 'linkedin.com': 'LinkedIn', 'gitlab.com': 'GitLab', 'x.com': 'X', 'twitter.com': 'Twitter', 'behance.net': 'Behance', 'dribbble.com': 'Dribbble' };
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^www\./, '');
    const network = known[host];
    const username = parsed.pathname.split('/').filter(Boolean).pop();
    return network ? { network, ...(username ? { username } : {}), url } : { url };
  } catch {
    return { url };
  }
}

/**
 * `local@domain.tld` with no spaces and one `@`: the domain has a dot that is neither its first nor
 * its last character. (The same test as /^[^\s@]+@[^\s@]+\.[^\s@]+$/, written as a scan because
 * that pattern backtracks quadratically on a long run of dots.)
 */
function looksLikeEmail(value: string): boolean {
  const at = value.indexOf('@');
  if (at < 1 || value.includes('@', at + 1) || /\s/.test(value)) return false;
  const domain = value.slice(at + 1);
  const dot = domain.indexOf('.', 1);
  return dot !== -1 && dot < domain.length - 1;
}
