import { findDateRange } from './resume-dates.js';
import { isBullet, wordCount } from './resume-lines.js';
import { isDescriptionSentence } from './work-entry-lines.js';

// The experience section of a professional-network profile copied from the browser (LinkedIn's above
// all). Each role is a stack of short lines: "Title" / "Employer · Full-time" / "Jul 2018 - Present ·
// 8 yrs 6 mos" / "Place" / duties; several roles at one employer sit under "Employer" / "Full-time ·
// 15 yrs 11 mos" / "Place", each with its title and dates line. Read as they stood, the employer, the
// kind of contract and the place took each other's roles and every grouped role lost its employer.
// Each role is rewritten as labelled fields the parser reads ("Position: …" / "Employer: …" / …).

/** "Full-time", "Volunteer": the kind of contract written after the employer or above the total length. */
const EMPLOYMENT_KIND = /^(?:full[- ]time|part[- ]time|self[- ]employed|freelance|contract|temporary|seasonal|internship|apprenticeship|volunteer|permanent|casual|trainee)$/i;
/** "8 yrs 6 mos", "1 yr", "6 mos": the length the profile adds after every span. */
const LENGTH = /^(?:\d+\s+(?:yrs?|mos?)\s*){1,2}$/i;
/** Words a name line (title, employer, place) has at most. */
const MAX_NAME_WORDS = 10;

const parts = (line: string): string[] => line.split(' · ').map((part) => part.trim());

/** "Jul 2018 - Present · 8 yrs 6 mos": a role's dates, with the length the profile adds. */
function datesOfRole(line: string): string | undefined {
  const pieces = parts(line);
  if (pieces.length < 2 || !LENGTH.test(pieces.at(-1)!)) return undefined;
  const dates = pieces.slice(0, -1).join(' · ');
  const range = findDateRange(dates);
  return range?.startDate !== undefined && range.matched.length >= dates.length - 2 ? dates : undefined;
}

/** "Full-time · 15 yrs 11 mos", "6 yrs": the total length of several roles under their employer. */
const isGroupLength = (line: string): boolean => {
  const pieces = parts(line);
  return LENGTH.test(pieces.at(-1)!) && pieces.length <= 2 && (pieces.length === 1 || EMPLOYMENT_KIND.test(pieces[0]!));
};

/** "Leroj Kitlang Health Center · Full-time" → the employer; "Full-time" alone → an empty name. */
function employerOfKindLine(line: string): string | undefined {
  const pieces = parts(line);
  if (!EMPLOYMENT_KIND.test(pieces.at(-1)!)) return undefined;
  return pieces.slice(0, -1).join(' · ');
}

interface Role {
  title?: string;
  employer?: string;
  place?: string;
  dates: string;
  duties: string[];
}

const isNameLine = (line: string): boolean => line.trim() !== '' && !isBullet(line) && !isDescriptionSentence(line) && wordCount(line) <= MAX_NAME_WORDS;

/**
 * The section's lines with a profile's roles as labelled entries; the lines as they were when they
 * hold no role dated the profile's way (a span and its length after a "·").
 */
export function withProfileRolesAsEntries(lines: readonly string[]): string[] {
  // The profile's signature: spans with their length, and a kind of contract beside an employer or a
  // group's length (a job board's print dates roles the same way but sets out the rest otherwise).
  const kindNamed = lines.some((line) => employerOfKindLine(line.trim()) || (isGroupLength(line.trim()) && parts(line.trim()).length === 2));
  if (!kindNamed || !lines.some((line) => datesOfRole(line.trim()) !== undefined)) return [...lines];
  const roles: Role[] = [];
  let names: string[] = [];
  let groupEmployer: string | undefined;
  /** Names seen since the last role's dates (its place, then the next role's title…). */
  const placeFromNames = (): void => {
    const role = roles.at(-1);
    if (role && role.place === undefined && names.length > 0) role.place = names.shift()!.replace(/\s·\s(?:on-site|hybrid|remote)$/i, '');
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const dates = datesOfRole(line);
    if (dates !== undefined) {
      // Before the dates: the title, and the employer with its kind of contract (or the kind alone in a group).
      const kindLine = names.length >= 2 ? employerOfKindLine(names.at(-1)!) : undefined;
      const own = kindLine !== undefined ? names.splice(-2) : names.splice(-1);
      if (kindLine) groupEmployer = undefined;
      placeFromNames();
      // A role of one line and no group above it: "Title" / "Employer" without a kind of contract.
      const employer = kindLine || groupEmployer;
      roles.push({ ...(own[0] ? { title: own[0] } : {}), ...(employer ? { employer } : {}), dates, duties: [] });
      names = [];
      continue;
    }
    if (isGroupLength(line) && names.length > 0) {
      const employer = names.pop()!;
      placeFromNames();
      groupEmployer = employer;
      names = [];
      roles.push({ employer, dates: '', duties: [] });
      continue;
    }
    if (isNameLine(line)) {
      names.push(line);
      continue;
    }
    const role = roles.at(-1);
    if (role) {
      placeFromNames();
      names = [];
      role.duties.push(raw);
    }
  }
  placeFromNames();
  const out: string[] = [];
  for (const [index, role] of roles.entries()) {
    // A group's own line holds its employer and place for the roles under it.
    if (role.dates === '') {
      for (const member of roles.slice(index + 1)) {
        if (member.dates === '' || member.employer !== role.employer) break;
        if (role.place !== undefined && member.place === undefined) member.place = role.place;
      }
      continue;
    }
    out.push('');
    if (role.title) out.push(`Position: ${role.title}`);
    if (role.employer) out.push(`Employer: ${role.employer}`);
    if (role.place) out.push(`Location: ${role.place}`);
    out.push(`Period: ${role.dates}`, ...role.duties);
  }
  return out;
}
