import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { countryCodeOf } from '../../../kernel/places/countries.js';
import { isCityState, isDistrictOfTown, namesKnownTown } from './city-gazetteer.js';
import type {
  JsonResume,
  JsonResumeAward,
  JsonResumeBasics,
  JsonResumeCertificate,
  JsonResumeEducation,
  JsonResumeProfile,
  JsonResumeProject,
  JsonResumeWork,
} from '../../../kernel/resume/json-resume.js';
import {
  isKoreanInstitution,
  isStudyStatus,
  KOREAN_TABLE_HEADER_ROLES,
  koreanCompanyScore,
  keyValueCells,
  koreanKeyValues,
  koreanNameOf,
  koreanTitleScore,
  parseKoreanDegree,
  isKoreanWorkSite,
  parseKoreanLocation,
  splitKoreanEmployerAndTitle,
} from './korean-resume.js';
import { containsDate, findDateRange, openDashRange, type FoundDateRange } from './resume-dates.js';
import { isBullet, splitAtCommasOutsideBrackets, splitList, splitOutsideParentheses, stripBullet, wordCount } from './resume-lines.js';
import { parseSkills, sidebarSkillGroups, acronymsUsedInProse } from './resume-skills.js';
import { isDescriptionSentence, withNarrativeEntriesSplit, withoutDatesLabel } from './work-entry-lines.js';
import { withFormRowsAsTables, withoutPersonalDataRows } from './work-form-rows.js';
import { withGroupedRolesAsEntries } from './grouped-roles.js';
import { withProfileRolesAsEntries } from './profile-paste-roles.js';
import { isDocumentCaption, namesOccupation, occupationNounCount, rejoinWrappedHeadline } from './resume-headline.js';
import { degreeAbbreviationLength, foreignDegreeLength, isBracketedStudyMode, isHonoursOrGrade, isNamedDegreeSubject, levelAfterQualification, namesSchoolInOtherLanguage, qualificationName, qualificationNameLength, schoolExamination, withoutBracketedNote } from './resume-degrees.js';
import { withEducationFormRowsAsTables } from './education-form-rows.js';
import { withEnrolmentRowsJoined } from './enrolment-rows.js';
import { isFluency, isLanguageRow, parseLanguages } from './resume-languages.js';
import { nameAgreeingWithIdentifiers, nameAgreement, personalIdentifiers } from './resume-name.js';
import { withApplicationReviewPageRead } from './application-review-page.js';
import { withFormBoxesAsRows } from './form-boxes.js';
import { withFormEducationTableRead } from './education-form-table.js';
import { detectSectionHeading, linesOfKind, splitIntoSections, type SectionedResume } from '../../../kernel/resume/resume-sections.js';

export interface ResumeParseOptions {
  /** Country assumed for phone numbers written without a +country code. */
  defaultCountry?: CountryCode;
}

// ---------------------------------------------------------------------------------------------
// Line-level helpers

// The look-behinds below start a match only where a run of its characters starts: the same first
// match, but each run is scanned once instead of once per position (no quadratic time on long runs).
const EMAIL_PATTERN = /(?<![A-Z0-9._%+-])[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/i;
const URL_PATTERN =
  /(?<![@\w.-])(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|me|co|app|ai|info|de|uk|fr|nl|eu|ca|es|it|ch|se|page|xyz|tech|site|blog)(?:\/[^\s,;|)]*)?(?![\w@])/gi;
const FRAGMENT_SEPARATOR = /(?<!\t)\t+|(?<!\s)\s+[|•·—–-]\s+/;
const STRONG_FRAGMENT_SEPARATOR = /(?<!\s)\s+[|•·—–]\s+/;
/** How long a job lasted, printed beside its dates by job sites ("(7 yrs 10 mos)", "· 2 years", "6년 7개월"): no role or place. */
const EMPLOYMENT_LENGTH = /^\(?(?:\d+\s*(?:yrs?|years?|mos?|months?|년|개월)\s*){1,2}\)?$/i;
const EMPLOYMENT_TYPE = /^(?:contract(?:or)?|freelance|part[- ]time|full[- ]time|temporary|interim|fixed[- ]term|internship)$/i;
const TABLE_HEADER_CELL =
  /^(?:employer|company|organi[sz]ation|title|job title|role|position|dates?|period|from|to|years?|duration|location|city|school|institution|university|degree|qualification|field|field of study|subject|major|start|end)$/i;

/** "School / College / University", "Qualification obtained": a form's header cell naming the school's or the degree's column. */
const EDUCATION_HEADER_CELLS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:school|college|university|institution)(?:\s*\/\s*(?:school|college|university|institution))+$|^(?:college|name of (?:school|institution))$/i, 'school'],
  [/^(?:qualification|degree|diploma)s? (?:obtained|awarded|gained)$|^(?:qualification|degree|diploma)(?:\s*\/\s*(?:qualification|degree|diploma))+$/i, 'degree'],
];

/** "Aa ": the icon Notion prints before a database's title column. */
const NOTION_TITLE_ICON = /^Aa (?=\S)/;

/** The role a table header cell names ("Company", "회사명" → company), or undefined when it names none. */
function tableHeaderRole(printed: string): string | undefined {
  // A Notion database printed to PDF draws its title column's icon as "Aa" before the column's name ("Aa School").
  const cell = printed.replace(NOTION_TITLE_ICON, '');
  if (TABLE_HEADER_CELL.test(cell)) return cell.toLowerCase();
  return KOREAN_TABLE_HEADER_ROLES.get(cell.replace(/\s+/g, ' ')) ?? EDUCATION_HEADER_CELLS.find(([pattern]) => pattern.test(cell))?.[1];
}

/**
 * "B.Tech", "B.Com", "M.Des": a dotted abbreviation whose last part is capitalised reads like a bare
 * domain ("tech", "com" are top-level domains) but is not one: domains are written in lower case
 * after the first dot.
 */
function isCapitalisedAbbreviation(candidate: string): boolean {
  return !/^(?:https?:\/\/|www\.)/i.test(candidate) && !candidate.includes('/') && /\.\p{Lu}[\p{Ll}]*$/u.test(candidate);
}

// "▾ Title — Employer": the marker of an opened toggle (Notion) is no part of the name.
const EDGE_PUNCTUATION = new Set([...' \t\n,;:|•·()[]—–-▾▸']);

/**
 * A header line's fragments. A hyphen inside a job title stays in it (#12): "Engineer - Payments
 * Platform — Acme" is a title and an employer, "Full-Stack Developer - Contract" one title. Within a
 * tab-separated cell, a plain hyphen separates only when no dash or bar does, or in a part that does
 * not read as a title; an employment type after a title is part of the title.
 */
function headerFragments(line: string): string[] {
  return line.split(/(?<!\t)\t+/).flatMap((cell) => {
    const strong = cell.split(STRONG_FRAGMENT_SEPARATOR);
    const parts = strong.filter((part) => cleanFragment(part) !== '').length >= 2 ? strong.flatMap((part) => (titleScore(part) > 0 ? [part] : part.split(FRAGMENT_SEPARATOR))) : cell.split(FRAGMENT_SEPARATOR);
    return parts.reduce<string[]>((out, part) => {
      const previous = out.at(-1);
      if (previous !== undefined && EMPLOYMENT_TYPE.test(cleanFragment(part)) && titleScore(previous) > 0) out[out.length - 1] = `${previous} - ${cleanFragment(part)}`;
      else out.push(part);
      return out;
    }, []);
  });
}

/**
 * Strips separators and brackets from both ends (a loop: an end-anchored regex would scan
 * quadratically). An opening bracket that is closed later stays: "(주)카카오" keeps its legal form.
 */
function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_PUNCTUATION.has(text[start]!) && !(text[start] === '(' && text.includes(')', start))) start++;
  while (end > start && EDGE_PUNCTUATION.has(text[end - 1]!) && text[end - 1] !== ')') end--;
  return text.slice(start, end);
}

function cleanFragment(text: string): string {
  return trimPunctuation(text)
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function toTitleCaseIfShouting(text: string): string {
  if (text !== text.toUpperCase() || !/\p{Lu}{2}/u.test(text)) return text;
  return text.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_match, boundary: string, letter: string) => boundary + letter.toUpperCase());
}

// ---------------------------------------------------------------------------------------------
// Role vocabulary: tells a job title from an employer when the order on the line is unknown.

const TITLE_WORDS =
  /\b(?:engineer(?:ing)?|developer|programmer|architect|manager|director|lead|head|vp|vice president|president|chief|cto|ceo|cfo|coo|cio|founder|co-founder|consultant|analyst|scientist|designer|researcher|specialist|coordinator|administrator|officer|intern|assistant|associate|technician|teacher|lecturer|professor|tutor|nurse|accountant|auditor|writer|editor|owner|recruiter|representative|advisor|adviser|strategist|producer|marketer|supervisor|executive|partner|clerk|attorney|lawyer|paralegal|therapist|physician|pharmacist|chef|mechanic|electrician|photographer|sre|devops|qa|tester|fellow|trainee|apprentice|principal|senior|junior|staff|member|student|contractor|freelancer?|instructor|librarian|journalist|planner|buyer|agent|operator|specialist|steward|counsel|generalist|hr|reporter|correspondent|columnist|cook|baker|resident|solicitor|barrister|machinist|foreman|superintendent|inspector|estimator|surveyor|drafter|draftsman|welder|carpenter|plumber|midwife|dentist|surgeon|veterinarian|technologist|hygienist|paramedic|cashier|waiter|waitress|bartender|barista|dispatcher|receptionist|secretary|bookkeeper|controller|treasurer|economist|statistician|actuary|underwriter|broker|banker|teller|illustrator|animator|curator|archivist|translator|interpreter|counsel+or|psychologist|caregiver|firefighter|pilot|biologist|chemist|physicist|geologist|postdoc(?:toral)?|sous)\b/gi;
const COMPANY_WORDS =
  /\b(?:inc|llc|ltd|limited|gmbh|ag|sa|plc|corp|corporation|company|co|group|labs?|technologies|systems|solutions|software|studios?|agency|bank|partners|consulting|ventures|holdings|hospital|clinic|foundation|ministry|council|department|bv|oy|ab|pty|pvt|srl|sas|sarl|kg|industries|enterprises|media|networks|digital|analytics|health|capital|logistics|pharma|motors|airlines|university|college|institute|center|centre|clinic|services|associates|service|cooperative|co-op|farms|consultants|practice|works|airport|restaurant|hotel|brigade|authority|municipality|factory|shipyard|gallery|museum|theatre|publishing|insurance|construction|manufacturing)\b\.?/gi;
const INSTITUTION_WORDS =
  /\b(?:university|universit[äeéà]t?|college|institute|institut|school|academy|polytechnic|hochschule|[ée]cole|conservatory|faculty|universidad|università|politecnico|seminary|campus|convent)\b/i;
// A degree's name at the start of a fragment. The spelled-out levels ("Bachelor of …", "Master's
// degree") are matched here only up to the level; parseDegree reads the "of …" phrase that names the
// degree by scanning words. Abbreviations must end at a word boundary ("MS" in "MS Word" still
// matches, which is why only education entries and short fragments are asked).
// "Master 1" / "Master 2": the two years of a French master's, written as part of its name.
const DEGREE_LEVEL = /^(?:master\s+[12]|(?:bachelor|master|doctor(?:ate)?|associate)(?:['’]?s)?(?:\s+degree)?)(?=[\s,;:(]|$)/i;
const DEGREE_ABBREVIATION =
  /^(?:ph\.?\s?d|d\.?\s?phil|pharm\.?\s?d|ed\.?\s?d|[bm]\.?\s?(?:sc|eng|tech|com|ed|arch|des|mus|litt|phil|res|st|fa|ba|pa|pp|ph|sw|sn|n)|[bm]\.?\s?[as]|[bm]\.\s?e\.|dipl\.?\s?-\s?ing|mba|emba|dba|bba|ll\.?\s?[bm]|j\.?\s?d|m\.?\s?d|d\.?\s?v\.?\s?m|d\.?\s?d\.?\s?s|dnp|dpt|juris doctor|(?:(?:post)?graduate |higher national |advanced )?(?:diploma|dipl[oô]me|certificate)|high school diploma|a-levels?|abitur|magister|licen[cs]iate)\.?(?=[\s,;:(–—-]|$)/i;
/** "(Hons)" after a degree, or the word alone ("BSc Hons Metallurgy", "B.Com Honours in Finance"): part of the degree, never its field. */
const DEGREE_HONOURS = /^\s*(?:\((?:hons?|honou?rs)\.?\)|(?:hons?|honou?rs)\.?(?=\s|$))/i;
/** What "Bachelor of …" names when a field follows without "in": "Bachelor of Science Computer Science". */
const DEGREE_SUBJECTS = new Set([
  'science', 'sciences', 'arts', 'engineering', 'philosophy', 'laws', 'education', 'technology', 'commerce', 'music',
  'architecture', 'fine arts', 'applied science', 'business administration', 'public health', 'social work', 'nursing',
]);

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Role words of a fragment: the title vocabulary above, or (when it finds none) the occupation nouns
 * of the headline table and their productive endings ("Agronomist", "Dietitian"), which name roles
 * the list never spelled out.
 */
function roleWordCount(fragment: string): number {
  return countMatches(fragment, TITLE_WORDS) || occupationNounCount(fragment);
}

function titleScore(fragment: string): number {
  const titleWords = countMatches(fragment, TITLE_WORDS) + koreanTitleScore(fragment);
  // An occupation noun alone counts half a title word: "Courier" names a trade and a newspaper, so
  // "The Edinburgh Courier" loses to "Investigative Reporter" beside it.
  const occupationOnly = titleWords === 0 ? occupationNounCount(fragment) : 0;
  return titleWords * 2 + occupationOnly - countMatches(fragment, COMPANY_WORDS) - koreanCompanyScore(fragment);
}

function companyScore(fragment: string): number {
  const companies = countMatches(fragment, COMPANY_WORDS) + koreanCompanyScore(fragment);
  return companies * 2 - roleWordCount(fragment) - koreanTitleScore(fragment);
}

function isInstitution(fragment: string): boolean {
  return INSTITUTION_WORDS.test(fragment) || isKoreanInstitution(fragment) || namesSchoolInOtherLanguage(fragment);
}

const LOCATION_PATTERN = /^(?:[Rr]emote(?:\s*\([^)]*\))?|[Hh]ybrid|[Oo]n-?site|[\p{Lu}][\p{L}.' -]{1,30},\s*[\p{Lu}][\p{L}.' -]{1,30}(?:,\s*[\p{Lu}][\p{L}.' -]{1,30})?)$/u;

function looksLikeLocation(fragment: string): boolean {
  if (parseKoreanLocation(fragment)) return true;
  const text = fragment.trim().replace(/,\s*the\s+(?=\p{Lu})/u, ', ');
  // "Reading, Berkshire, UK": three parts read as a place only when a country or region code ends them;
  // "Weekly Herald, Dunfermline, Fife" could as well be an employer and its place.
  const parts = text.split(',');
  if (parts.length === 3 && !isRegionName(parts[2]!)) return false;
  // "Denver, CO": a known region after the comma says "place" whatever its letters spell ("CO" is
  // also "company"); only the city is asked whether it names a role or a company.
  // "Adelaide, SA, Australia": every trailing region is set aside, so "SA" is not "société anonyme".
  const cityParts = [...parts];
  while (cityParts.length > 1 && isRegionName(cityParts.at(-1)!)) cityParts.pop();
  const scored = cityParts.join(',');
  // "Kochi High School, Kochi" is a school and its town, not a place.
  return LOCATION_PATTERN.test(text) && titleScore(scored) <= 0 && companyScore(scored) <= 0 && !isInstitution(scored) && !/\d/.test(text) && parseDegree(text) === undefined;
}

/** Names for countries people write that the region list of `Intl` spells otherwise ("USA", "England", "Korea"). */
const REGION_ALIASES = [
  'usa', 'us', 'u.s.', 'u.s.a.', 'uk', 'u.k.', 'england', 'scotland', 'wales', 'northern ireland', 'the netherlands', 'holland',
  'czech republic', 'korea', 'republic of korea', 'uae', 'hong kong', 'macau', 'turkey', 'russian federation', 'viet nam',
];

/**
 * Every country and territory by its English names, long and short ("United Kingdom", "UK", "South
 * Korea", "Türkiye"), from the ICU data `Intl` ships: no list of ours to keep up to date.
 */
function countryNames(): Set<string> {
  const names = new Set(REGION_ALIASES);
  const long = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      for (const name of [long.of(first + second), short.of(first + second)]) {
        if (name && name.length > 2 && !/unknown|pseudo|outlying|union|eurozone/i.test(name)) names.add(name.toLowerCase().replace(/&/g, 'and'));
      }
    }
  }
  return names;
}

const REGION_NAMES = countryNames();

/** "TX", "NSW", "Germany": the part after the comma in "City, Region". */
function isRegionName(text: string): boolean {
  return /^[A-Z]{2,3}$/.test(text.trim()) || REGION_NAMES.has(text.trim().toLowerCase().replace(/&/g, 'and'));
}

/** At most this many words in a place name the gazetteer is asked about ("Saint Peter Port", "Sant Julià de Lòria"). */
const KNOWN_PLACE_MAX_WORDS = 4;

/**
 * A bare place name that names no role or company: one to three capitalised words ("Seoul", "New
 * York"), or a name of any spelling that is a town by what it names, not by its letters — one the
 * gazetteer knows ("Monte-Carlo", "Kyzyl-Suu", "St Peter Port", "Esch-sur-Alzette") or a Korean city
 * with its district or site ("남원시", "이천시 부발읍").
 */
function looksLikePlaceName(fragment: string): boolean {
  const text = fragment.trim();
  const words = text.split(' ');
  const shaped = words.length <= 3 && words.every((word) => /^\p{Lu}[\p{Ll}'’.-]+$/u.test(word));
  const known = !shaped && ((words.length <= KNOWN_PLACE_MAX_WORDS && /^\p{Lu}/u.test(text) && !/\d/.test(text) && namesKnownTown(text)) || isKoreanWorkSite(text));
  return (shaped || known) && titleScore(fragment) <= 0 && companyScore(fragment) <= 0 && !isInstitution(fragment);
}

// ---------------------------------------------------------------------------------------------
// Entries: the repeated blocks of the experience / education / projects sections.

interface RawEntry {
  headerLines: string[];
  bodyLines: string[];
  bullets: string[];
  /** Roles of tab-separated cells when the section is a table with a header row. */
  cellRoles?: string[];
}

function hasDateLine(lines: readonly string[]): boolean {
  return lines.some((line) => containsDate(line));
}

function isBodyLike(line: string): boolean {
  // A job header with its dates and separators ("Hotel | Sous Chef | Wellington, New Zealand⇥Jan
  // 2018 – Jan 2021") is long in tokens but short in words: count only words outside the dates.
  const range = findDateRange(line);
  const words = (range ? line.replace(range.matched, ' ') : line).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return words > 14 || (words > 7 && /[.!]$/.test(line.trim())) || isDescriptionSentence(line);
}

const KOREAN_LEGAL_FORM_FIRST = /^(?:\((?:주|유|사|재)\)|㈜)/;

/** PDF text wraps long bullets onto lines of their own; tell such a tail from the next entry's header. */
function isWrappedBulletContinuation(previousBullet: string, line: string): boolean {
  // "2017-03 – 2019-12" after a bullet opens the next job (dates written first), it does not continue the bullet.
  const range = findDateRange(line);
  if (range?.startDate && (range.endDate || range.isCurrent) && wordCount(line.replace(range.matched, ' ')) <= 8) return false;
  // "(주)대선조선 | 과장": a Korean company's legal form written first opens the next job's header.
  if (KOREAN_LEGAL_FORM_FIRST.test(line)) return false;
  if (/^[a-z0-9(%&,]/.test(line)) return true;
  return !/[.!?:;]$/.test(previousBullet) && /[.!?]$/.test(line) && !containsDate(line);
}

// ---------------------------------------------------------------------------------------------
// Entry heads judged by content. A PDF draws list markers as shapes, so every line at a list's indent
// reaches us as "• …" — a job's title, employer and dates as well as its duties (a CV saved from a
// phone, a card layout, a side band of section names). A highlight is a sentence; a line of an entry's
// head is a short name that carries the entry's dates, a role, an organisation or a place.

/** Words an entry-head line has at most (outside its dates); a duty is longer or a sentence. */
const MAX_HEAD_LINE_WORDS = 8;
/** Words beside the dates on the line that dates an entry ("Mars 2019 – sot⇥Korçë & Pogradec"). */
const MAX_DATED_HEAD_WORDS = 7;
/** Lines of an entry's head beside its dated line: title, employer, place. */
const MAX_HEAD_NAME_LINES = 3;
/** Small words a name keeps in lower case ("Bank of Ireland", "Casa del Jade"). */
const NAME_PARTICLE = /^(?:of|and|the|for|de|del|della|di|da|do|dos|du|la|le|les|van|von|der|den|y|e|i|und|et|&|[-–—·|/])$/u;
/** "Managed …", "Leading …": a duty opens with a verb; a role never reads "Trained …". */
const VERB_FIRST = /^\p{Lu}\p{Ll}{2,}(?:ed|ing)(?=\s)/u;

/** A short line that is no sentence: what an entry's head line may be. */
function isHeadShaped(text: string): boolean {
  const range = findDateRange(text);
  const rest = range ? text.replace(range.matched, ' ') : text;
  return wordCount(rest) <= MAX_HEAD_LINE_WORDS && !/[.;:!?]\s*$/.test(text) && !isDescriptionSentence(text) && !isBodyLike(text) && !VERB_FIRST.test(text);
}

/** Whether a line names a role by what its words are ("Pharmacist", "MEDICAL SALES REPRESENTATIVE", "시공 기사"). */
function namesRole(text: string): boolean {
  return headerFragments(text).some((fragment) => titleScore(cleanFragment(fragment)) > 0 || namesOccupation(cleanFragment(fragment)));
}

/** Whether a line names an organisation or a place by what its words are ("Medifarma Shpk · Korçë", "Acme Ltd", "Menton (France)"). */
function namesOrganisationOrPlace(text: string): boolean {
  return headerFragments(text).map(cleanFragment).some(
    (fragment) => fragment !== '' && (companyScore(fragment) > 0 || LEGAL_FORM.test(fragment.split(' ').at(-1)!) || looksLikePlaceName(fragment) || looksLikeLocation(fragment) || isPlaceWithCountry(fragment)),
  );
}

/** A name by its letters: every word capitalised but the small words ("Farmacia Nr. 7", "Druri Shkodra Sh.p.k."). */
function isNameShaped(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== '');
  return words.length > 0 && /^[\p{Lu}\p{N}(]/u.test(words[0]!) && words.every((word) => /^[\p{Lu}\p{N}(]/u.test(word) || NAME_PARTICLE.test(word.toLowerCase()));
}

/**
 * The line that dates an entry: a complete range with at most a few words beside it, standing first or
 * as a cell of its own ("Mars 2019 – sot⇥Korçë", "Acme · 2019 – 2021"), not inside a duty's words
 * ("• No missed filings (2020–2025)", "• Carnival seasons since 2019").
 */
function isDatedHeadLine(text: string): boolean {
  const range = findDateRange(text);
  if (range?.startDate === undefined || (range.endDate === undefined && !range.isCurrent)) return false;
  const before = text.slice(0, text.indexOf(range.matched));
  if (before.trim() !== '' && !/[\t|·•—–-]$/.test(before.trimEnd()) && !before.endsWith('\t')) return false;
  return wordCount(text.replace(range.matched, ' ').replace(/[·|,]/g, ' ')) <= MAX_DATED_HEAD_WORDS && isHeadShaped(text);
}

/**
 * The experience section's lines with each entry's head taken out of the list it was drawn in. A line
 * that dates an entry without naming its role has its head on the short name lines next to it: above
 * it, or below it when the dates come first (a plain name line follows them). Those lines — up to
 * three, while the head still lacks its role, and then only one naming an organisation or a place —
 * lose their list marker. A sentence, a verb-first duty, another dated line or a blank line ends the
 * head; so does a list item beyond a plain name line (a duty of this job or of the one before).
 * Replaces the card reader (a blank line, one to three name items, a dates item), a case of this.
 */
export function withEntryHeadsUnbulleted(lines: readonly string[]): string[] {
  const result = [...lines];
  const text = lines.map((line) => stripBullet(line.trim()));
  const isHeadName = (index: number): boolean => index >= 0 && index < lines.length && text[index] !== '' && isHeadShaped(text[index]!) && !isDatedHeadLine(text[index]!);
  const isBlank = (index: number): boolean => index < 0 || index >= lines.length || text[index] === '';
  for (let index = 0; index < lines.length; index++) {
    if (!isDatedHeadLine(text[index]!) || namesRole(text[index]!)) continue;
    const head = [text[index]!];
    const members = [index];
    const datesFirst = isHeadName(index + 1) && !isBullet(lines[index + 1]!);
    const step = datesFirst || !isHeadName(index - 1) ? 1 : -1;
    // Name lines between a blank line and the dates are a card's head whatever their words ("• 반장").
    let edge = index + step;
    while (Math.abs(edge - index) <= MAX_HEAD_NAME_LINES && isHeadName(edge)) edge += step;
    const card = step < 0 && isBlank(edge) && Math.abs(edge - index) <= MAX_HEAD_NAME_LINES + 1;
    const takes = (next: number): boolean =>
      isHeadName(next) && (card || (head.some(namesRole) ? namesOrganisationOrPlace(text[next]!) : isNameShaped(text[next]!) || namesRole(text[next]!) || namesOrganisationOrPlace(text[next]!)));
    for (let next = index + step; Math.abs(next - index) <= MAX_HEAD_NAME_LINES && takes(next); next += step) {
      if (isBullet(lines[next]!) && next - step !== index && !isBullet(lines[next - step]!)) break;
      head.push(text[next]!);
      members.push(next);
    }
    if (head.length === 1) continue;
    for (const member of members) if (isBullet(lines[member]!)) result[member] = text[member]!;
  }
  return result;
}

/** Rows of a grid of entries set side by side under their row of dates: the cards' title, employer, place, a line of text. */
const MAX_GRID_ROWS = 5;
/** Words a card's dates cell has beside its dates at most ("summers 6/2010–8/2012", "since Feb 2018"). */
const MAX_DATES_CELL_WORDS = 2;

/** A cell that holds a card's dates and little else. */
function isDatesCell(cell: string): boolean {
  const range = findDateRange(cell);
  return range !== undefined && (range.startDate ?? range.endDate) !== undefined && wordCount(cleanFragment(cell.replace(range.matched, ' '))) <= MAX_DATES_CELL_WORDS;
}

/**
 * Entries set side by side as cards ("since Feb 2018⇥2012 – Jan 2018" / "Guide⇥Fisherman" / "Acme ApS⇥Qeqqata A/S" /
 * …): a row whose every cell is dated, and the rows under it with as many cells, are read by columns — each column an
 * entry of its own, in the order of its cells. Lines after the grid (a list the page put under it) stay with the
 * first card. Read as rows, every card's cells became one header of one job.
 */
export function withSideBySideEntriesRead(lines: readonly string[]): string[] {
  const result: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const cells = lines[index]!.split('\t').map((cell) => cell.trim());
    const dated = cells.length >= 2 && cells.every((cell) => isDatesCell(cell));
    if (!dated) {
      result.push(lines[index]!);
      continue;
    }
    let end = index + 1;
    while (end < lines.length && end - index <= MAX_GRID_ROWS && lines[end]!.split('\t').length === cells.length) end++;
    const rows = lines.slice(index, end).map((line) => line.split('\t').map((cell) => cell.trim()));
    let after = end;
    while (after < lines.length && lines[after]!.trim() !== '' && isBullet(lines[after]!)) after++;
    cells.forEach((_, column) => {
      const card = rows.map((row) => row[column]!).filter((cell) => cell !== '');
      result.push('', ...card.map((cell) => (isBodyLike(cell) || /[.!?]$/.test(cell) ? `• ${cell}` : cell)));
      if (column === 0) result.push(...lines.slice(end, after));
    });
    result.push('');
    index = after - 1;
  }
  return result;
}

export function splitEntries(lines: readonly string[]): RawEntry[] {
  const entries: RawEntry[] = [];
  let current: RawEntry | undefined;
  let previousWasBullet = false;
  let sawBlank = false;
  let cellRoles: string[] | undefined;

  for (const [lineIndex, rawLine] of lines.entries()) {
    const line = rawLine.trim();
    if (line === '') {
      sawBlank = true;
      continue;
    }
    const cells = line.split('\t').map((cell) => cell.trim());
    const nextLine = lines[lineIndex + 1]?.trim() ?? '';
    if (cells.length >= 2 && cells.every((cell) => tableHeaderRole(cell) !== undefined)) {
      cellRoles = cells.map((cell) => tableHeaderRole(cell)!);
      sawBlank = false;
      continue;
    }
    if (isBullet(line)) {
      if (!current) {
        current = { headerLines: [], bodyLines: [], bullets: [] };
        entries.push(current);
      }
      current.bullets.push(stripBullet(line));
      previousWasBullet = true;
      sawBlank = false;
      continue;
    }
    const startNew =
      !current ||
      // A blank line ends a list item: what follows it is no wrapped tail of the bullet above.
      (!(previousWasBullet && !sawBlank && current.bullets.length > 0 && isWrappedBulletContinuation(current.bullets.at(-1)!, line)) &&
        !isBodyLike(line) &&
        (current.bullets.length > 0 ||
          current.bodyLines.length > 0 ||
          (sawBlank && current.headerLines.length > 0 && hasDateLine(current.headerLines)) ||
          (containsDate(line) && hasDateLine(current.headerLines)) ||
          // A line under a table's rows that names two cells of one of them ("▾ Title — Employer" under a
          // Notion database) heads that job's details: it opens an entry of its own.
          (current.cellRoles !== undefined && cells.length !== current.cellRoles.length && namesCellsOfARow(line, entries)) ||
          // A second school after a dated one: "중앙대학교 …" / dates / "수원외국어고등학교" / dates.
          // A job at a school ("School Counselor⇥07/2020 – Present" / "Germantown High School") is one
          // entry: the dated line above names a role, not a school.
          (namesSchool(line) && hasDateLine(current.headerLines) && current.headerLines.some((header) => namesSchool(header) && !(containsDate(header) && titleScore(header) > 0))) ||
          // A second degree after a dated one, set degree first: "BSc in Agronomy" / "Northfield
          // University | 2016 – 2019" / "MSc in Hydrology" / …: a degree line opens the next entry.
          (startsWithDegree(line) && !containsDate(line) && hasDateLine(current.headerLines) && startsWithDegree(current.headerLines[0]!)) ||
          // A school without a school word above its dated degree line, after a complete entry set
          // the same way (school first): "Trinity College" / "LL.B.⇥2015 – 2019" / "The Law
          // Society" / "Diploma⇥2011 – 2015". Set degree first, the school line closes its entry.
          (hasDateLine(current.headerLines) &&
            !startsWithDegree(current.headerLines[0]!) &&
            current.headerLines.some(startsWithDegree) &&
            !containsDate(line) &&
            !startsWithDegree(line) &&
            containsDate(nextLine) &&
            startsWithDegree(nextLine)) ||
          // Entries set two lines each without a gap ("Farrell Group, Belfast, UK" / "Accounts
          // Assistant — Mar 2017 – May 2018" / "Hintz and Sons, Bristol, UK" / "Audit Associate —
          // Aug 2015 – Oct 2016"): an undated line after the dated second line of an entry whose first
          // line had no date, followed by a dated line, repeats the shape and opens the next entry.
          (current.headerLines.length >= 2 &&
            !containsDate(current.headerLines[0]!) &&
            containsDate(current.headerLines.at(-1)!) &&
            !containsDate(line) &&
            containsDate(nextLine) &&
            !isBullet(nextLine) &&
            !isBodyLike(nextLine)) ||
          current.headerLines.length >= 4));
    if (startNew) {
      current = {
        headerLines: [line],
        bodyLines: [],
        bullets: [],
        ...(cellRoles && cells.length === cellRoles.length ? { cellRoles } : {}),
      };
      entries.push(current);
    } else if (current && previousWasBullet && current.bullets.length > 0 && isWrappedBulletContinuation(current.bullets.at(-1)!, line)) {
      // A bullet that wrapped onto the next line.
      current.bullets[current.bullets.length - 1] += ` ${line}`;
    } else if (current && isBodyLike(line)) {
      current.bodyLines.push(line);
    } else {
      current?.headerLines.push(line);
    }
    previousWasBullet = false;
    sawBlank = false;
  }
  return entries.filter((entry) => entry.headerLines.length > 0 || entry.bullets.length > 0);
}

/**
 * A line with a cell naming a school, not a degree: "Riga Technical School", not "2005 – 2008⇥High
 * School Diploma" (a qualification with "school" in its name names no school).
 */
function namesSchool(line: string): boolean {
  return line.split('\t').some((cell) => isInstitution(cell) && parseDegree(cell.trim()) === undefined);
}

/** A line whose first cell opens with a degree ("LL.B. in Law⇥2015 – 2019"). */
function startsWithDegree(line: string): boolean {
  const first = line.split('\t')[0]!.trim();
  return first !== '' && parseDegree(first) !== undefined && !isInstitution(first);
}

interface EntryHeader {
  dates: FoundDateRange | undefined;
  fragments: string[];
  location?: string;
  url?: string;
  /** Fragments assigned by a table header row, keyed by role. */
  byRole: Map<string, string>;
  /** A Korean course's state written as a cell or line of its own ("졸업", "수료"), not in a bracket after the dates. */
  status?: string;
}

/** Whether a line names two undated cells of one table row among the entries ("Harbour Pilot — Loodswezen Caribe"). */
function namesCellsOfARow(line: string, entries: readonly RawEntry[]): boolean {
  const words = ` ${comparable(line)} `;
  return entries.some(
    (entry) =>
      entry.cellRoles !== undefined &&
      entry.headerLines[0]!.split('\t').filter((cell) => !containsDate(cell) && comparable(cell) !== '' && words.includes(` ${comparable(cell)} `)).length >= 2,
  );
}

/** "N/A": a template's empty field (R Markdown résumés fill every entry's place with it), no role. */
const NOT_APPLICABLE = /^n\/?a$/i;

/** Pulls dates, URL and location out of an entry's header lines and splits the rest into fragments. */
/** A company's legal form after a comma ("Acme, Inc.", "Vela, S.A."): part of its name, not a place. */
const LEGAL_FORM = /^(?:inc|incorporated|ltd|limited|llc|llp|co|corp|plc|gmbh|ag|s\.?a|s\.?l|b\.?v|n\.?v|oy|ab|as|pty(?: ltd)?|sdn\.? bhd|s\.?r\.?l)\.?$/i;

/** The line after a header line inside its entry, or null when the entry ends there (the next entry may hold the rest of its dates). */
function lineAfterHeader(entry: RawEntry, lineIndex: number): string | null {
  return entry.headerLines[lineIndex + 1] ?? entry.bullets[0] ?? entry.bodyLines[0] ?? null;
}

/** A header line's dates; in a job's header "October 2020 –" ending the line is a role still going on. */
function workDates(line: string, nextLine: string | null, mode: 'work' | 'education' | 'project'): FoundDateRange | undefined {
  const found = findDateRange(line);
  if (mode !== 'work' || !found || found.startDate || found.isCurrent) return found;
  const open = openDashRange(line, nextLine);
  return open?.startDate === found.endDate ? open : found;
}

function analyseHeader(entry: RawEntry, mode: 'work' | 'education' | 'project'): EntryHeader {
  const byRole = new Map<string, string>();
  let dates: FoundDateRange | undefined;
  let url: string | undefined;
  let location: string | undefined;
  let placeCandidate: { fragment: string; index: number; onDateLine: boolean } | undefined;
  const fragments: string[] = [];
  let status: string | undefined;

  entry.headerLines.forEach((headerLine, lineIndex) => {
    let line = headerLine;
    const lineDates = dates ? undefined : workDates(line, lineAfterHeader(entry, lineIndex), mode);
    // The line opens with its dates ("03/2016 – 03/2020⇥Bitola"): what follows them is a cell of their row.
    const opensWithDates = lineDates !== undefined && cleanFragment(line.slice(0, line.indexOf(lineDates.matched))) === '';
    if (!dates) {
      dates = lineDates;
      // "2024/2027 (expected) BSc …": a note on the dates goes with them.
      if (dates) line = line.replace(dates.matched, '\t').replace(/(?<![\t ])\t[\t ]*\((?:expected|anticipated|ongoing|in progress)\)/i, '\t');
      // "졸업 (2015.03 ~ 2018.02)": the brackets the dates stood in hold nothing else, so they go with them.
      if (dates) line = line.replace(/[(（] *\t[\t ]*[)）]/, '\t');
    }
    // "Booking.com": a capitalised bare domain in a job header is the employer's name, not a link.
    const urlMatch = line.match(URL_PATTERN)?.filter((candidate) => !/^\p{Lu}[\p{L}\d-]*\.\p{Ll}+$/u.test(candidate) && !isCapitalisedAbbreviation(candidate));
    if (urlMatch?.[0] && !url) {
      url = urlMatch[0];
      line = line.replace(urlMatch[0], '\t');
    }
    if (lineIndex === 0 && entry.cellRoles) {
      headerLine.split('\t').forEach((cell, cellIndex) => {
        // "-" is how a form says "none" (a high school has no 전공).
        if (cleanFragment(cell) !== '') byRole.set(entry.cellRoles![cellIndex]!, cell.trim());
      });
    }
    // "Senior Engineer at Acme" / "Engineer @ Acme": the order is explicit.
    const titleAtEmployer = mode === 'work' && /\s(?:at|@)\s+\p{Lu}/u.test(line);
    if (titleAtEmployer) line = line.replace(/(?<!\s)\s+(?:at|@)\s+(?=\p{Lu})/u, '\t');
    const rawPieces = headerFragments(line);
    if (mode === 'education') status ??= rawPieces.map((piece) => piece.trim()).find((piece) => !/[()（）]/.test(piece) && isStudyStatus(piece));
    const pieces = rawPieces
      .map(cleanFragment)
      .filter((piece) => /[\p{L}\p{N}]/u.test(piece) && !/^(?:present|current|now)$/i.test(piece) && !NOT_APPLICABLE.test(piece) && !EMPLOYMENT_LENGTH.test(piece) && !(mode === 'education' && isStudyStatus(piece)));
    for (const [pieceIndex, piece] of pieces.entries()) {
      let fragment = piece;
      // "(주)클라우드브릿지 백엔드 엔지니어": a Korean employer and title on one line with one space
      // between. Without a legal form or company word the first word is taken as the employer only
      // when nothing else in the header could be one ("카카오 백엔드 개발자"); "데이터 분석 대리" on a
      // line of its own is a title.
      const alone = entry.headerLines.length === 1 && pieces.length === 1;
      const korean = mode === 'work' ? splitKoreanEmployerAndTitle(fragment, alone) : undefined;
      if (korean) {
        fragments.push(korean[1], korean[0]);
        continue;
      }
      if (looksLikeLocation(fragment) || (mode === 'work' && isKoreanWorkSite(fragment))) {
        location ??= fragment;
        continue;
      }
      // "Toss Commerce  Seoul": the last of several cells on a line, or "Kochi | Jul 2023 – Present"
      // under "Senior Teacher — Kochi High School", a bare place name may be where the job was. It is
      // only when a title and an employer are left without it ("Marketing Coordinator — Khatri
      // Brothers" names no place): decided once every line is read.
      const lastOfSeveral = pieceIndex === pieces.length - 1 && pieces.length >= 2;
      const aloneBelow = lineIndex > 0 && pieces.length === 1;
      // "03/2016 – 03/2020 Bitola" / "MINE SURVEYOR" / "Harmony Gold": a name left alone after the
      // dates is where the job was (dates and place share a line in Europass and most timelines; a
      // name before them, "Acme Library⇥2019 – 2021", heads the entry instead); a
      // name on a line of its own below it is then a role, not a second place (a name after a
      // separator, "Library Assistant · Accra", still is).
      const besideDates = opensWithDates && pieces.length === 1 && entry.headerLines.length >= 2;
      // A meta line: its dates, a title and a place ("TITLE | dates | PLACE"), the employer named above or beside.
      const rolesBeside = fragments.length + pieces.length - 1 - pieceIndex;
      if (mode === 'work' && location === undefined && lineDates !== undefined && headerLine.includes(lineDates.matched) && rolesBeside >= 2 && isMetaLinePlace(pieces, pieceIndex, headerLine, lineDates.matched)) {
        location = fragment;
        continue;
      }
      if (
        mode === 'work' &&
        !titleAtEmployer &&
        (lastOfSeveral || aloneBelow || besideDates) &&
        location === undefined &&
        !(placeCandidate?.onDateLine && !lastOfSeveral) &&
        (looksLikePlaceName(fragment) || isPlaceWithCountry(fragment))
      ) {
        // Only the last such name can be the place ("Title" / "Employer" / "City"): an earlier one is a role.
        if (placeCandidate) fragments.splice(placeCandidate.index, 0, placeCandidate.fragment);
        placeCandidate = { fragment, index: fragments.length, onDateLine: besideDates };
        continue;
      }
      // "Kuhlman and Sons (Ennis)", "Acme (Kansas City, hybrid)": an employer with its place in brackets.
      const bracketedPlace = mode === 'work' && location === undefined ? splitBracketedPlace(fragment) : undefined;
      if (bracketedPlace) {
        // "Area Manager, Acme (Riga, Latvia)": what precedes the brackets may still be two roles.
        location = bracketedPlace.place;
        fragment = bracketedPlace.before;
      }
      // A comma inside brackets separates no parts of a school's line: "BSc (Hons, First Class)".
      const commaParts = mode === 'education' ? splitAtCommasOutsideBrackets(fragment) : fragment.split(/,\s+/);
      // "Reporter, Weekly Herald, Dunfermline, UK" / "Acme, Welder, Leeds": two roles, then where.
      const twoRolesAndPlace = mode === 'work' && location === undefined ? splitTwoRolesAndPlace(commaParts) : undefined;
      if (twoRolesAndPlace) {
        fragments.push(...twoRolesAndPlace.roles);
        location = twoRolesAndPlace.place;
        continue;
      }
      // "Senior Software Engineer, Toss Commerce, Seoul": title, employer, then where.
      if (mode === 'work' && commaParts.length >= 3 && titleScore(commaParts[0]!) > 0 && location === undefined) {
        const place = commaParts.slice(2).join(', ');
        if (looksLikePlaceName(place) || looksLikeLocation(place) || commaParts.slice(2).every(looksLikePlaceName)) {
          fragments.push(commaParts[0]!, commaParts[1]!);
          location = place;
          continue;
        }
      }
      // "Key Animator — Toon City Animation, Inc., Pasig City": after the title, the employer (which may
      // hold commas of its own) and, after its last comma, the town it is in.
      const lastPart = commaParts.at(-1)!;
      if (
        mode === 'work' &&
        location === undefined &&
        pieceIndex > 0 &&
        pieces.length >= 2 &&
        commaParts.length >= 3 &&
        titleScore(pieces[0]!) > 0 &&
        !LEGAL_FORM.test(lastPart) &&
        (looksLikePlaceName(lastPart) || isRegionName(lastPart))
      ) {
        const twoPlaceParts = isRegionName(lastPart) && looksLikePlaceName(commaParts.at(-2)!) && !LEGAL_FORM.test(commaParts.at(-2)!);
        const placeParts = twoPlaceParts ? 2 : 1;
        fragments.push(commaParts.slice(0, -placeParts).join(', '));
        location = commaParts.slice(-placeParts).join(', ');
        continue;
      }
      if (mode === 'education') {
        // "BSc Agriculture; University of The Gambia": a semicolon separates the degree from its school.
        const semicolonParts = fragment.split(/(?<=\S);\s+/);
        if (semicolonParts.length >= 2 && semicolonParts.some((part) => parseDegree(part) !== undefined)) {
          fragments.push(...semicolonParts.map(cleanFragment).filter((part) => part !== ''));
          continue;
        }
        // "졸업, 한국도자기고등학교": the state of the course beside the school is neither school nor field.
        const schoolParts = commaParts.filter((part) => !isStudyStatus(part));
        // Institutions contain commas ("University of California, Davis"); only split off a degree.
        const degreeIndex = schoolParts.findIndex((part) => parseDegree(part) !== undefined);
        if (degreeIndex >= 0 && schoolParts.length >= 2) {
          const before = schoolParts.slice(0, degreeIndex).join(', ');
          // "B.A., Economics, Pune Institute of Technology": between the degree and a school named
          // after it, the parts name the field; the school keeps its own commas ("…, Davis").
          // A degree that names its field already is followed by the school alone ("MA Design,
          // Goldsmiths, University of London").
          const bareDegree = parseDegree(schoolParts[degreeIndex]!)?.area === undefined;
          const schoolIndex = bareDegree ? schoolParts.findIndex((part, index) => index > degreeIndex + 1 && isInstitution(part)) : -1;
          const after = schoolIndex > 0 ? [schoolParts.slice(degreeIndex + 1, schoolIndex).join(', '), schoolParts.slice(schoolIndex).join(', ')] : [schoolParts.slice(degreeIndex + 1).join(', ')];
          fragments.push(...[before, schoolParts[degreeIndex]!, ...after].filter((part) => part !== ''));
        } else if (schoolParts.length > 0) {
          fragments.push(schoolParts.length === commaParts.length ? fragment : schoolParts.join(', '));
        }
        continue;
      }
      // "Acme Corp, Berlin" and "Senior Engineer, Acme Corp": split at a comma when one side is clearly a place or the two sides play different roles.
      if (commaParts.length >= 2 && mode === 'work') {
        const head = commaParts[0]!;
        const tail = commaParts.slice(1).join(', ');
        const tailIsPlace = looksLikeLocation(tail) || /^(?:remote|hybrid|at sea|offshore)$/i.test(tail) || (titleScore(head) <= 0 && isPlacePair(tail));
        if (titleScore(head) > 0 && titleScore(tail) <= 0 && !tailIsPlace) {
          // "Senior Engineer, Acme": a title then its employer.
          fragments.push(head, tail);
          continue;
        }
        if (companyScore(head) > 0 && titleScore(tail) > 0) {
          fragments.push(head, tail);
          continue;
        }
        // "Varela Seeds, Agronomist": only the part after the comma names a role, so the part before
        // it is the employer (a title never follows its employer's place this way).
        if (commaParts.length === 2 && titleScore(tail) > 0 && titleScore(head) <= 0 && !looksLikeLocation(head) && !tailIsPlace) {
          fragments.push(head, tail);
          continue;
        }
        if (tailIsPlace || (titleScore(head) <= 0 && looksLikePlaceName(tail)) || (companyScore(head) > 0 && /^[\p{Lu}][\p{L}.' -]+$/u.test(tail) && wordCount(tail) <= 2 && companyScore(tail) <= 0)) {
          // "Acme Corp, Berlin": an employer then where it is.
          fragments.push(head);
          location ??= tail;
          continue;
        }
      }
      fragments.push(fragment);
    }
  });
  if (placeCandidate && (location !== undefined || fragments.length < 2)) {
    // "Acme (Germany)" with no other role beside it: the employer and its country, as before.
    const bracketed = location === undefined && isPlaceWithCountry(placeCandidate.fragment) ? splitBracketedPlace(placeCandidate.fragment) : undefined;
    fragments.splice(placeCandidate.index, 0, bracketed?.before ?? placeCandidate.fragment);
    if (bracketed) location = bracketed.place;
  } else if (placeCandidate) location = placeCandidate.fragment;
  return { dates, fragments, byRole, ...(location ? { location } : {}), ...(url ? { url } : {}), ...(status ? { status } : {}) };
}

/**
 * A meta line under the line that names the employer: the dates with a title and a place around them, in
 * any order and with any separator ("DECK OFFICER | APR 2020 – PRESENT | NOWY PORT TERMINAL", "Nowy Port ·
 * 2020 – 2024 · Deck Officer", "dates⇥Employer, Title⇥Place"). Of its two pieces, the one that names no role
 * or company is where the job was, whatever kind of place it names, when the other names a role; and so is
 * the last piece when it stands after the dates.
 */
function isMetaLinePlace(pieces: readonly string[], pieceIndex: number, line: string, dates: string): boolean {
  if (pieces.length > 2) return false;
  const piece = pieces[pieceIndex]!;
  if (titleScore(piece) > 0) return false;
  const other = pieces[1 - pieceIndex];
  if (other !== undefined && titleScore(other) > 0 && companyScore(piece) <= 0 && !/\d/.test(piece)) return true;
  return pieceIndex === pieces.length - 1 && /^[^\p{L}\p{N}]*[\p{Lu}\p{Lo}]/u.test(piece) && !/\d/.test(piece) && line.indexOf(piece) > line.indexOf(dates);
}

/**
 * "Paarl (South Africa)", "Goris (Armenia)": a town with its country in brackets, a place as a whole
 * when a title and an employer are found beside it (else "Acme (Germany)" is an employer and where).
 */
/** "Asilia Africa, Lilongwe & Limbe": two place names a job was in, after its employer. */
function isPlacePair(fragment: string): boolean {
  const parts = fragment.split(/(?<!\s)\s+(?:&|and)\s+/);
  return parts.length === 2 && parts.every(looksLikePlaceName);
}

function isPlaceWithCountry(fragment: string): boolean {
  const open = fragment.indexOf('(');
  if (open <= 0 || !fragment.endsWith(')') || fragment.indexOf(')') !== fragment.length - 1) return false;
  return isRegionName(fragment.slice(open + 1, -1)) && looksLikePlaceName(fragment.slice(0, open).trim());
}

/** "Kuhlman and Sons (Ennis)" → the employer and the place its brackets hold; undefined when they hold no place. */
function splitBracketedPlace(fragment: string): { before: string; place: string } | undefined {
  if (!fragment.endsWith(')')) return undefined;
  const open = fragment.indexOf('(');
  if (open <= 0 || fragment.indexOf(')') !== fragment.length - 1) return undefined;
  const before = fragment.slice(0, open).trim();
  const place = fragment.slice(open + 1, -1).trim();
  if (before === '' || /\d/.test(place)) return undefined;
  const isPlace = looksLikeLocation(place) || looksLikePlaceName(place) || /^(?:remote|hybrid)$/i.test(place) || (/,\s*(?:remote|hybrid)$/i.test(place) && looksLikePlaceName(place.split(',')[0]!));
  return isPlace ? { before, place } : undefined;
}

/**
 * A comma list of exactly two roles (title and employer, in either order) followed by a place:
 * "City, Region" when a region ends the list, else one bare place name. undefined otherwise.
 */
function splitTwoRolesAndPlace(parts: readonly string[]): { roles: [string, string]; place: string } | undefined {
  // "Airtel Rwanda, Regional Sales Supervisor, Huye": a name that could be a place is the employer
  // when the part beside it names a role.
  const isRole = (part: string, other: string): boolean => !looksLikeLocation(part) && (!looksLikePlaceName(part) || titleScore(other) > 0) && !/\d/.test(part);
  // "Skyline Charters, First Officer, Beechcraft 1900D, Kasane": the employer, a title with a comma part
  // of its own (an aircraft, a trade, a grade) and the town; the part after the title names no place.
  const qualifiers = parts.slice(2, -1);
  if (
    parts.length >= 4 &&
    titleScore(parts[1]!) > 0 &&
    titleScore(parts[0]!) <= 0 &&
    isRole(parts[0]!, parts[1]!) &&
    looksLikePlaceName(parts.at(-1)!) &&
    qualifiers.every((part) => /\d/.test(part) && !looksLikePlaceName(part) && !looksLikeLocation(part))
  ) {
    return { roles: [parts[0]!, parts.slice(1, -1).join(', ')], place: parts.at(-1)! };
  }
  if (parts.length < 3 || parts.length > 5 || (parts.length === 5 && !isRegionName(parts.at(-1)!))) return undefined;
  // "Estate, Winemaker, Ohrid, Southwestern, North Macedonia": two roles, then town, region and country.
  if (parts.length === 5) {
    const place = parts.slice(-3).join(', ');
    const roles = parts.slice(0, 2);
    // One of the two must name a role: "Hillcrest Wine Estate" alone reads like a place name too.
    const twoRoles = roles.some((part) => titleScore(part) > 0) && roles.every((part) => !looksLikeLocation(part) && !/\d/.test(part));
    return twoRoles && looksLikeLocation(place) ? { roles: [parts[0]!, parts[1]!], place } : undefined;
  }
  if (parts.length === 4 || isRegionName(parts.at(-1)!)) {
    const place = parts.slice(-2).join(', ');
    const roles = parts.slice(0, -2);
    if (roles.length !== 2 || !looksLikeLocation(place) || !isRole(roles[0]!, roles[1]!) || !isRole(roles[1]!, roles[0]!)) return undefined;
    return { roles: [roles[0]!, roles[1]!], place };
  }
  const [first, second, place] = parts as [string, string, string];
  return looksLikePlaceName(place) && isRole(first, second) && isRole(second, first) ? { roles: [first, second], place } : undefined;
}

function datesOf(header: EntryHeader): { startDate?: string; endDate?: string } {
  const dates = header.dates;
  if (!dates) return {};
  return { ...(dates.startDate ? { startDate: dates.startDate } : {}), ...(dates.endDate ? { endDate: dates.endDate } : {}) };
}

function pickIndex(fragments: readonly string[], score: (fragment: string) => number, exclude: ReadonlySet<number>): number | undefined {
  let best: number | undefined;
  fragments.forEach((fragment, index) => {
    if (exclude.has(index)) return;
    if (score(fragment) > 0 && (best === undefined || score(fragment) > score(fragments[best]!))) best = index;
  });
  return best;
}

function roleFromTable(byRole: ReadonlyMap<string, string>, ...roles: string[]): string | undefined {
  for (const role of roles) {
    const value = byRole.get(role);
    if (value) return value;
  }
  return undefined;
}

/** "직위: 조연출", "Position: Site Manager", "근무지: 재택": a job's field written as a labelled item under its header. */
const LABELLED_WORK_FIELD = /^(직위|직책|직급|직무|position|job title|title|role|근무지|근무 지역|location|place of work)\s*[:：]\s*(\S.*)$/i;
/** "사업장명: (주)하림", "Employer: Acme": the label of the employer's name on a job's first line. */
const EMPLOYER_LABEL = /^(?:사업장명|회사명|회사|근무처|직장명|기관명|employer|company|organi[sz]ation|name of employer)\s*[:：]\s*(?=\S)/i;
/** "주요 업무 및 성과", "Key duties:": the caption of the list of duties that follows it. */
const DUTIES_CAPTION = /^(?:주요\s*업무(?:\s*및\s*성과)?|담당\s*업무|업무\s*내용|주요\s*성과|(?:main |key )?(?:duties|responsibilities|achievements)(?: and (?:responsibilities|achievements))?)\s*[:：]?$/i;

/** The labelled fields of a job's items, and its items without them (or the caption of its duties). */
function labelledWorkFields(entry: RawEntry): { entry: RawEntry; position?: string; location?: string } {
  let position: string | undefined;
  let location: string | undefined;
  const unlabelled = (line: string): boolean => {
    if (DUTIES_CAPTION.test(line.trim())) return false;
    const match = LABELLED_WORK_FIELD.exec(line.trim());
    if (!match) return true;
    if (/^(?:근무지|근무 지역|location|place of work)$/i.test(match[1]!)) location ??= match[2]!.trim();
    else position ??= match[2]!.trim();
    return false;
  };
  // An outline sets the fields on lines of their own under the employer ("1) 직위: 주임"): header lines.
  // A form may label every line, the first too ("Position: Mill Supervisor" / "Employer: Acme, Town" /
  // "Period: …"): each value keeps its label's role, and an employer's label ("사업장명:⇥(주)하림산업",
  // "Employer: Acme") names nobody.
  const labelledFirst = entry.headerLines.length > 1 && LABELLED_WORK_FIELD.test(entry.headerLines[0]!.trim());
  const headerLines = entry.headerLines
    .filter((line, index) => (index === 0 && !labelledFirst) || unlabelled(line))
    .map((line) => line.trim().replace(EMPLOYER_LABEL, ''))
    .map(withoutDatesLabel);
  const bullets = entry.bullets.filter(unlabelled);
  const bodyLines = entry.bodyLines.filter(unlabelled);
  return { entry: { ...entry, headerLines, bullets, bodyLines }, ...(position ? { position } : {}), ...(location ? { location } : {}) };
}

/**
 * "Assistant Registrar" / "University of Medicine" / "Basseterre campus" / "Jan. 2020 to date": a
 * header of three names stacked on lines of their own over a line of dates (R Markdown and card
 * templates: title, employer, place). Once the title and the employer are picked, the third, last
 * name is where the job was, whatever kind of place it names (a campus, a terminal, a park).
 */
function isStackedHeader(entry: RawEntry, header: EntryHeader): boolean {
  if (header.location !== undefined || header.fragments.length !== 3 || !header.dates || entry.headerLines.length !== 4) return false;
  const own = entry.headerLines.map((line) => cleanFragment(line));
  const datesLine = entry.headerLines.findIndex((line) => cleanFragment(line.replace(header.dates!.matched, '')) === '');
  return datesLine === 3 && header.fragments.every((fragment, index) => own[index] === fragment);
}

function stackedHeaderPlace(header: EntryHeader, used: ReadonlySet<number>): string | undefined {
  if (!used.has(0) || !used.has(1)) return undefined;
  const place = header.fragments[2]!;
  return titleScore(place) > 0 || /\d/.test(place) ? undefined : place;
}

/**
 * Whether the résumé writes a job's employer before its title, as far as its words tell: for each header
 * whose two roles are both told by their vocabulary ("Sarnia Chattels Ltd⇥dates" / "Junior Valuer, Town"),
 * which came first. A résumé keeps one order for all its jobs, so a job whose names tell nothing
 * ("Brehaut & Mauger Auctioneers" / "Auctioneer & Valuer") is read in the order its other jobs show.
 */
function employerFirstInSection(entries: readonly AnalysedWorkEntry[]): boolean {
  let employerFirst = 0;
  let titleFirst = 0;
  for (const { header } of entries) {
    const { fragments } = header;
    const titleIndex = pickIndex(fragments, titleScore, new Set());
    if (titleIndex === undefined) continue;
    const companyIndex = pickIndex(fragments, companyScore, new Set([titleIndex]));
    if (companyIndex === undefined || titleScore(fragments[companyIndex]!) > 0) continue;
    if (companyIndex < titleIndex) employerFirst++;
    else titleFirst++;
  }
  return employerFirst > titleFirst;
}

/** A job's labelled fields and its header, analysed once: the section's role-order vote and the entry's own parse both read them. */
interface AnalysedWorkEntry {
  labelled: ReturnType<typeof labelledWorkFields>;
  header: EntryHeader;
}

function analyseWorkEntry(rawEntry: RawEntry): AnalysedWorkEntry {
  const labelled = labelledWorkFields(rawEntry);
  return { labelled, header: analyseHeader(labelled.entry, 'work') };
}

function parseWorkEntry({ labelled, header }: AnalysedWorkEntry, employerFirst = false): JsonResumeWork | undefined {
  const entry = labelled.entry;
  let position = roleFromTable(header.byRole, 'title', 'job title', 'role', 'position');
  let employer = roleFromTable(header.byRole, 'employer', 'company', 'organisation', 'organization');
  let stackedPlace: string | undefined;
  if (labelled.position !== undefined && position === undefined && employer === undefined) {
    // The header names the employer alone when the title is a labelled item under it.
    position = labelled.position;
    employer = header.fragments.find((fragment) => fragment !== labelled.position);
  }
  if (position === undefined && employer === undefined) {
    const used = new Set<number>();
    const firstUnused = (): number | undefined => {
      const index = header.fragments.findIndex((_fragment, candidate) => !used.has(candidate));
      return index >= 0 ? index : undefined;
    };
    let titleIndex = pickIndex(header.fragments, titleScore, used);
    if (titleIndex !== undefined) used.add(titleIndex);
    let companyIndex = pickIndex(header.fragments, companyScore, used);
    const stacked = isStackedHeader(entry, header);
    // Stacked title / employer / place, both of the last two company-like ("… Industry Association" /
    // "Owia Arrowroot Factory"): the employer comes first.
    if (stacked && titleIndex === 0 && companyIndex === 2 && companyScore(header.fragments[1]!) > 0) companyIndex = 1;
    if (companyIndex !== undefined) used.add(companyIndex);
    // Without vocabulary hints, the first fragment left is taken as the title (the more common order), the next as
    // the employer — unless the résumé's other jobs put the employer first.
    if (employerFirst && titleIndex === undefined && companyIndex === undefined && header.fragments.length >= 2) {
      companyIndex = firstUnused();
      if (companyIndex !== undefined) used.add(companyIndex);
    }
    titleIndex ??= firstUnused();
    if (titleIndex !== undefined) used.add(titleIndex);
    companyIndex ??= firstUnused();
    position = titleIndex !== undefined ? header.fragments[titleIndex] : undefined;
    employer = companyIndex !== undefined ? header.fragments[companyIndex] : undefined;
    if (stacked) {
      used.add(titleIndex ?? -1).add(companyIndex ?? -1);
      stackedPlace = stackedHeaderPlace(header, used);
    }
  }
  let location = labelled.location ?? roleFromTable(header.byRole, 'location', 'city') ?? header.location ?? stackedPlace;
  // "Toss Commerce, Seoul" reads like "City, Region" on its own; with no employer found elsewhere
  // and no region after the comma, it is the employer and its city.
  const placeParts = location?.split(', ') ?? [];
  if (!employer && placeParts.length === 2 && !isRegionName(placeParts[1]!)) {
    employer = placeParts[0];
    location = placeParts[1];
  }
  // "Terry and Sons, Bristol, UK" under its title: three parts read as a place, but with no employer
  // anywhere else the first of them is the employer ("Employer, City, Country").
  if (!employer && position && placeParts.length === 3) {
    employer = placeParts[0];
    location = placeParts.slice(1).join(', ');
  }
  // A table's duties cell ("- 예·적금 상담"): the job's first item, not a title or an employer.
  const dutiesCell = header.byRole.get('duties');
  // A job written without list markers, its duties one sentence a line under its header ("Inspect
  // about 120 lessons a year …" / "Organised …"), has them as its lines of text: with no list beside
  // them, those lines are its duties, not a summary of them.
  const sentencesAsDuties = entry.bullets.length === 0 && !dutiesCell && entry.bodyLines.length > 0;
  const highlights = dutiesCell ? [stripBullet(dutiesCell), ...entry.bullets] : sentencesAsDuties ? entry.bodyLines : entry.bullets;
  if (!position && !employer && highlights.length === 0) return undefined;
  const work: JsonResumeWork = {
    ...(employer ? { name: employer } : {}),
    ...(position ? { position } : {}),
    ...(location ? { location } : {}),
    ...(header.url ? { url: header.url } : {}),
    ...datesOf(header),
    ...(entry.bodyLines.length > 0 && !sentencesAsDuties ? { summary: entry.bodyLines.join(' ') } : {}),
    ...(highlights.length > 0 ? { highlights } : {}),
  };
  return work;
}

/**
 * "Bachelor of Culinary Arts in Culinary Arts", "Master of Science in Engineering in Structural
 * Engineering" (a degree that itself ends in "in …": the field follows the last "in"), "BSc Computer
 * Science", "Ph.D., Physics", "Master's degree in …", "MBA": the degree's name and the field it names.
 */
/** "Master Baker Diploma": a level word, a trade and a qualification noun, nothing else ("Master Degree" is a level). */
function craftMasterQualification(text: string): boolean {
  const length = qualificationNameLength(text);
  if (length === 0) return false;
  const words = text.slice(0, length).split(' ');
  return words.length >= 3 && /^master$/i.test(words[0]!) && !words.slice(1, -1).some((word) => /^(?:degree|honou?rs|hons|of|level)$/i.test(word));
}

/** "Viticulture (Magna cum laude)", "Climate Physics (Red diploma (with honours))": a grade in brackets after the field is no part of it. */
function withoutHonoursBracket(field: string): string {
  if (!field.endsWith(')')) return field;
  if (field.startsWith('(') && isHonoursOrGrade(field.slice(1))) return '';
  for (let open = field.indexOf(' ('); open > 0; open = field.indexOf(' (', open + 1)) {
    if (isHonoursOrGrade(field.slice(open + 2))) return field.slice(0, open).trim();
  }
  return field;
}

/** Words before a qualification's noun that name its kind or level, not a subject: "High School Diploma", "Trade Certificate". */
const QUALIFICATION_KIND_WORDS = new Set([
  'vocational', 'technical', 'national', 'higher', 'advanced', 'postgraduate', 'graduate', 'undergraduate', 'trade', 'journeyman', 'extended',
  'foundation', 'professional', 'ordinary', 'general', 'senior', 'junior', 'secondary', 'school', 'high', 'leaving', 'engineer', 'master',
  'international', 'intermediate', 'basic', 'state', 'federal', 'university', 'college', 'associate', 'achievement',
]);

/**
 * "Port Operations certificate", "Phlebotomy Technician Certificate": a subject written before the noun is
 * the field (as every hand-written set labels it); a kind or level before it ("High School Diploma",
 * "VMBO diploma") keeps the whole name. The subject shows by a noun written in lower case after it, or by a
 * role word among two or more words ("… Technician").
 */
function subjectBeforeNoun(name: string): { studyType: string; area: string } | undefined {
  const words = name.split(' ');
  const noun = words.at(-1)!;
  const subject = words.slice(0, -1);
  // A licence is named whole by what it allows ("Commercial Pilot Licence").
  if (subject.length === 0 || /^licen[cs]e$/i.test(noun) || !subject.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word) && !QUALIFICATION_KIND_WORDS.has(word.toLowerCase()))) return undefined;
  // "Technician diploma": a holder's title alone names the qualification's level, not its subject.
  if (roleWordCount(subject.join(' ')) === subject.length) return undefined;
  const lowerNoun = /^\p{Ll}/u.test(noun);
  if (!lowerNoun && !(subject.length >= 2 && roleWordCount(subject.join(' ')) > 0)) return undefined;
  return { studyType: noun.charAt(0).toUpperCase() + noun.slice(1), area: subject.join(' ') };
}

function parseDegree(fragment: string): { studyType: string; area?: string; institution?: string; wholeQualification?: true } | undefined {
  const text = fragment.trim();
  // "GCSEs (7), including English", "A Levels: History, Art": a school-leaving examination names no field.
  const examination = schoolExamination(text);
  if (examination !== undefined) return { studyType: examination, wholeQualification: true };
  // "Master Baker Diploma", "Master Roofer Certificate": a craft's master title, named whole by its
  // qualification noun, is no "Master" of a field.
  const spelled = craftMasterQualification(text) ? null : DEGREE_LEVEL.exec(text);
  // The vocabulary tables first ("Vocational Certificate", "BVSc"), then the older patterns.
  const qualification = spelled ? undefined : qualificationName(text);
  const fromTable = spelled ? 0 : Math.max(qualification?.written ?? 0, degreeAbbreviationLength(text), foreignDegreeLength(text));
  const level = spelled?.[0] ?? (fromTable > 0 ? text.slice(0, fromTable) : DEGREE_ABBREVIATION.exec(text)?.[0]);
  if (level === undefined) return parseKoreanDegree(fragment);
  // "Cert III" is a "Certificate III"; "NVQ Level 2" names its level.
  const levelNumber = levelAfterQualification(text.slice(level.length));
  let studyType = (qualification?.written === level.length ? qualification.name : level) + levelNumber.name;
  let rest = text.slice(level.length + levelNumber.written);
  const subjectFirst = qualification?.written === level.length && levelNumber.written === 0 ? subjectBeforeNoun(qualification.name) : undefined;
  if (subjectFirst && (cleanFragment(rest) === '' || /^\s*[(,]/.test(rest))) return subjectFirst;
  if (spelled) {
    const named = degreeOfPhrase(rest);
    // "Bachelor of Hotel Management" with nothing after it (or only how it was taken, "(extramural)"):
    // a bare level and its field, unless the phrase is a subject degrees are named after ("Bachelor of Architecture").
    const subject = named.phrase.replace(/^\s*of\s+/i, '');
    if (named.phrase !== '' && (cleanFragment(named.rest) === '' || isBracketedStudyMode(named.rest)) && !/^(?:doctor|associate)/i.test(level) && !isNamedDegreeSubject(subject)) {
      return { studyType: level.trim(), area: cleanFragment(subject) };
    }
    studyType += named.phrase;
    rest = named.rest;
  }
  const honours = DEGREE_HONOURS.exec(rest);
  if (honours) {
    studyType += ` ${honours[0].trim()}`;
    rest = rest.slice(honours[0].length);
  }
  const inField = /^\s*(in)\s+/i.exec(rest);
  if (inField) {
    // "… in Engineering in Structural Engineering": what precedes the last "in" still names the degree.
    const parts = rest.slice(inField[0].length).split(/((?<!\s)\s+in\s+)/i);
    if (parts.length >= 3 && wordCount(parts.slice(0, -2).join('')) <= 3) {
      studyType += ` ${inField[1]} ${parts.slice(0, -2).join('')}`;
      rest = parts.at(-1)!;
    }
  }
  const written = withoutHonoursBracket(cleanFragment(rest.replace(/^\s*(?:in|of|en|em|,|-|–|—|:)\s+/i, '')));
  // "MSc, With distinction": an honours or grade phrase after the degree names no field.
  const area = isHonoursOrGrade(written) ? '' : written;
  return { studyType: studyType.trim().replace(/[,;:]$/, ''), ...(area ? { area } : {}) };
}

/**
 * The " of Culinary Arts" after "Bachelor": words up to "in", a comma or a bracket. When no "in"
 * follows and the phrase starts with a subject degrees are commonly named after ("Bachelor of
 * Science Computer Science"), the words after that subject are the field.
 */
function degreeOfPhrase(afterLevel: string): { phrase: string; rest: string } {
  const of = /^\s+of\s+/i.exec(afterLevel);
  if (!of) return { phrase: '', rest: afterLevel };
  const tail = afterLevel.slice(of[0].length);
  const end = /[,;(]|\s[–—-]\s|\s(?:in|with|from|at)\s/i.exec(tail);
  const words = (end ? tail.slice(0, end.index) : tail).trim().split(/\s+/).filter(Boolean);
  const rest = end ? tail.slice(end.index) : '';
  if (words.length === 0) return { phrase: '', rest: afterLevel };
  if (!/^\s+in\s/i.test(rest)) {
    for (const size of [2, 1]) {
      if (words.length > size && DEGREE_SUBJECTS.has(words.slice(0, size).join(' ').toLowerCase())) {
        return { phrase: ` ${of[0].trim()} ${words.slice(0, size).join(' ')}`, rest: ` ${words.slice(size).join(' ')}${rest}` };
      }
    }
  }
  return { phrase: ` ${of[0].trim()} ${words.join(' ')}`, rest };
}

/** ", major in Secretarial Administration": the specialisation within the field a degree names, not its field. */
const MAJOR_WITHIN_FIELD = /,\s*major(?:ing)? in [^,\t]+/i;

/**
 * "2011–2015" over "• University of Saint Joseph" / "• BSc Business Administration": a dated entry whose school and
 * qualification are list items. Where the header names neither, the items naming one are the header's lines.
 */
function withSchoolItemsAsHeader(entry: RawEntry): RawEntry {
  const namesEntry = (line: string): boolean => isInstitution(line) || parseDegree(line) !== undefined;
  const headerNamesEntry = entry.headerLines.some((line) => line.split('\t').some((cell) => namesEntry(cell.trim())));
  if (headerNamesEntry || !entry.bullets.some(namesEntry)) return entry;
  // "• Centro di Formazione Professionale" beside "• Diploma di qualifica – …": a school without a school word
  // the vocabulary knows is an item of the same kind. Short items, none a sentence, are all the entry's parts.
  const allParts = entry.bullets.length <= 3 && entry.bullets.every((bullet) => wordCount(bullet) <= 12 && !/[.!?]$/.test(bullet));
  const parts = allParts ? entry.bullets : entry.bullets.filter(namesEntry);
  return { ...entry, headerLines: [...entry.headerLines, ...parts], bullets: entry.bullets.filter((bullet) => !parts.includes(bullet)) };
}

function parseEducationEntry(rawEntry: RawEntry): JsonResumeEducation | undefined {
  const itemsRead = withSchoolItemsAsHeader(rawEntry);
  const entry = { ...itemsRead, headerLines: itemsRead.headerLines.map((line) => (parseDegree(line.split(MAJOR_WITHIN_FIELD)[0]!) ? line.replace(MAJOR_WITHIN_FIELD, '') : line)) };
  const header = analyseHeader(entry, 'education');
  let institution = roleFromTable(header.byRole, 'school', 'institution', 'university');
  let degree = roleFromTable(header.byRole, 'degree', 'qualification');
  const tableArea = roleFromTable(header.byRole, 'field', 'field of study', 'subject', 'major');
  let parsedDegree = degree ? parseDegree(degree) : undefined;
  let areaAfterDegree: string | undefined;
  // "Alpine Guide – Diploma" in a form's qualification column: the degree is one part of the cell, the field the other.
  const degreeParts = degree && !parsedDegree ? degree.split(STRONG_FRAGMENT_SEPARATOR).map(cleanFragment).filter(Boolean) : [];
  const degreePart = degreeParts.findIndex((part) => parseDegree(part) !== undefined);
  if (degreePart >= 0 && degreeParts.length === 2) {
    parsedDegree = parseDegree(degreeParts[degreePart]!);
    if (parsedDegree && !parsedDegree.area && !parsedDegree.wholeQualification) areaAfterDegree = degreeParts[1 - degreePart];
  }
  if (institution === undefined) {
    let degreeIndex = -1;
    header.fragments.forEach((fragment, index) => {
      const candidate = parsedDegree ? undefined : parseDegree(fragment);
      if (candidate) {
        parsedDegree = candidate;
        degree = fragment;
        degreeIndex = index;
      }
    });
    // "Mark 1.4 (very good)", "GPA 3.9/4.0" beside the school is a grade, never the school or the field.
    const remaining = header.fragments.filter((fragment, index) => index !== degreeIndex && !isHonoursOrGrade(fragment));
    // "Diploma, Legal Studies" / "The Honorable Society of …": a bare degree's next fragment is its
    // field, so a school without a school word is the fragment left over.
    const fieldIndex = parsedDegree && !parsedDegree.area && !parsedDegree.wholeQualification && degreeIndex >= 0 && remaining.length >= 2 && degreeIndex + 1 < header.fragments.length ? degreeIndex + 1 : -1;
    // "M.Ed., School Counseling" over "University of Memphis": a field may hold a school word too; where
    // another fragment names a school, the one in the field's place is the field.
    const schoolElsewhere = header.fragments.find((fragment, index) => index !== degreeIndex && index !== fieldIndex && !isHonoursOrGrade(fragment) && isInstitution(fragment));
    const fieldNamesSchoolWord = fieldIndex >= 0 && schoolElsewhere !== undefined && isInstitution(header.fragments[fieldIndex]!);
    // "HHX – Higher Commercial Examination" over "Niuernermik Ilinniarfik Nuuk": the other parts of the
    // qualification's own line name it (its field, or a gloss of its name); a school with no school word
    // the entry holds is on a line of its own.
    const degreeLine = degree === undefined || degreeIndex < 0 ? undefined : entry.headerLines.find((line) => line.includes(degree!));
    const onOtherLine = degreeLine === undefined ? undefined : header.fragments.find((fragment, index) => index !== degreeIndex && !isHonoursOrGrade(fragment) && !degreeLine.includes(fragment));
    institution =
      (fieldNamesSchoolWord ? schoolElsewhere : undefined) ??
      remaining.find(isInstitution) ??
      onOtherLine ??
      header.fragments.find((fragment, index) => index !== degreeIndex && index !== fieldIndex && !isHonoursOrGrade(fragment)) ??
      remaining[0];
    // "Master of Arts, Interaction Design": the fragment right after a bare degree names its field.
    const next = degreeIndex >= 0 ? header.fragments[degreeIndex + 1] : undefined;
    if (next !== undefined && !parsedDegree?.wholeQualification && next !== institution && (!isInstitution(next) || fieldNamesSchoolWord) && !isHonoursOrGrade(next)) areaAfterDegree = next;
  }
  // "가. 2012.03 ~ 2018.02  전북대학교 전기공학과 학사": a Korean school named in the degree's own
  // fragment, where no other fragment names one.
  if (parsedDegree?.institution && !(institution && isInstitution(institution))) institution = parsedDegree.institution;
  if (!institution && !parsedDegree) return undefined;
  // "Master of Science in Engineering, Structural Engineering": a named degree whose "in …" is
  // followed by a field of its own (not a school, not a place) ends in that "in …".
  if (parsedDegree?.area && areaAfterDegree && /\sof\s/i.test(parsedDegree.studyType) && wordCount(parsedDegree.area) <= 2 && !looksLikePlaceName(areaAfterDegree) && !looksLikeLocation(areaAfterDegree)) {
    parsedDegree = { studyType: `${parsedDegree.studyType} in ${parsedDegree.area}`, area: areaAfterDegree };
  }
  // "안성고등학교⇥2006.03 - 2009.02" over "졸업": a high school's graduation is its qualification
  // ("고등학교 졸업", as Korean forms write a school leaver's education); "수료" (a course completed
  // without a degree) is the qualification of any school. In a bracket after the dates it is only a note.
  const status = header.status ?? (degree !== undefined && isStudyStatus(degree) ? degree.trim() : undefined);
  if (!parsedDegree && status !== undefined) {
    const level = status === '수료' ? '수료' : status === '졸업' && institution?.endsWith('고등학교') ? '고등학교 졸업' : undefined;
    parsedDegree = level ? { studyType: level } : undefined;
    if (level || isStudyStatus(degree ?? '')) degree = undefined;
  }
  const area = withoutBracketedNote(tableArea ?? parsedDegree?.area ?? areaAfterDegree);
  const score = [...entry.bodyLines, ...entry.bullets, ...entry.headerLines].map((line) => /\b(?:GPA|Grade|CGPA)\b[:\s]*([\d.,/]+)/i.exec(line)?.[1]).find(Boolean);
  return {
    ...(institution ? { institution } : {}),
    ...(area ? { area } : {}),
    ...(parsedDegree ? { studyType: parsedDegree.studyType } : degree ? { studyType: degree } : {}),
    ...datesOf(header),
    ...(score ? { score } : {}),
  };
}

function parseProjectEntry(entry: RawEntry): JsonResumeProject | undefined {
  const header = analyseHeader(entry, 'project');
  const [name, ...rest] = header.fragments;
  if (!name) return undefined;
  const keywords: string[] = [];
  const descriptionParts = [...rest, ...entry.bodyLines].filter((part) => {
    const stack = /^(?:tech(?:nologies)?|stack|tools|built with|keywords)\s*:\s*(\S.*)$/i.exec(part);
    if (stack) keywords.push(...splitList(stack[1]!));
    return !stack;
  });
  const highlights = entry.bullets.filter((bullet) => {
    const stack = /^(?:tech(?:nologies)?|stack|tools|built with|keywords)\s*:\s*(\S.*)$/i.exec(bullet);
    if (stack) keywords.push(...splitList(stack[1]!));
    return !stack;
  });
  return {
    name,
    ...(descriptionParts.length > 0 ? { description: descriptionParts.join(' ') } : {}),
    ...(highlights.length > 0 ? { highlights } : {}),
    ...(keywords.length > 0 ? { keywords } : {}),
    ...datesOf(header),
    ...(header.url ? { url: header.url } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Basics

const PROFILE_NETWORKS: ReadonlyArray<[RegExp, string]> = [
  [/linkedin\.com/i, 'LinkedIn'],
  [/github\.com/i, 'GitHub'],
  [/gitlab\.com/i, 'GitLab'],
  [/(?:twitter|x)\.com/i, 'Twitter'],
  [/stackoverflow\.com/i, 'Stack Overflow'],
  [/medium\.com/i, 'Medium'],
  [/behance\.net/i, 'Behance'],
  [/dribbble\.com/i, 'Dribbble'],
  [/kaggle\.com/i, 'Kaggle'],
  [/mastodon\.social/i, 'Mastodon'],
];

function toProfile(url: string): JsonResumeProfile | undefined {
  const network = PROFILE_NETWORKS.find(([pattern]) => pattern.test(url))?.[1];
  if (!network) return undefined;
  const withProtocol = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  const segments = withProtocol.replace(/^https?:\/\/[^/]+/i, '').split('/').filter(Boolean);
  const username = segments.at(-1);
  return { network, ...(username ? { username } : {}), url: withProtocol.replace(/\/$/, '') };
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|van|von|de|da|del|der|den|di|du|la|le|bin|al|ibn|dos|das)$/u;

function looksLikeName(text: string): boolean {
  const candidate = text.trim();
  if (koreanNameOf(candidate) !== undefined) return !detectSectionHeading(candidate);
  if (candidate.length < 3 || candidate.length > 50 || /[@\d/:|]/.test(candidate)) return false;
  if (detectSectionHeading(candidate)) return false;
  const words = candidate.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((word) => NAME_WORD.test(word)) && titleScore(candidate) <= 0 && companyScore(candidate) <= 0;
}

/** "📍 Kazan", "📞 +7 …", "✉️ name@…": the pictograph a header sets before a contact item, which is no part of it. */
const LEADING_ICON = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+\s*/u;

const INLINE_CONTACT_LABEL = '(?:phone|telephone|mobile|tel|e-?mail|address|location|linkedin|github|website|portfolio|instagram|youtube|twitch|orcid|휴대폰|연락처|전화|이메일|주소)';
// "Address: Sidwashini, Mbabane Telephone: +268 …": the label may carry its colon.
const STARTS_WITH_CONTACT_LABEL = new RegExp(`^${INLINE_CONTACT_LABEL}:? \\S`, 'i');
const BEFORE_CONTACT_LABEL = new RegExp(`(?<=\\S) (?=${INLINE_CONTACT_LABEL}:? \\S)`, 'i');
/**
 * "✉ name@example.com ☎ +250 … ⌂ Muhoza, Musanze": a contact line whose items are told apart by their
 * icons alone, a space before each. Split before an icon that follows a space.
 */
const BEFORE_ICON = /(?<=\S) (?=[\p{Extended_Pictographic}\p{So}])/u;
/** "Address⇥: Envigado, Medellín": a label column whose colons stand in the value's cell. */
const LEADING_COLON = /^[:：]\s*/;

/**
 * A line's contact items. "Phone +254 … E-mail name@… Address Nakuru, Kenya": items that each start
 * with their label, set side by side with no separator but a space, split before each label.
 */
let lastContactLine: string | undefined;
let lastContactSegments: readonly string[] = [];

function contactSegments(line: string): readonly string[] {
  // The header readers ask for the same line's segments several times over; a long hostile line
  // (a megabyte of tabs) is split once, not once per reader.
  if (line === lastContactLine) return lastContactSegments;
  lastContactSegments = line
    .split(/\t|(?<!\s)\s+[|•·—–]\s+|(?<!\s)\s{3,}/)
    .filter((segment) => segment.trim() !== '')
    .flatMap((segment) => (LEADING_ICON.test(segment.trim()) ? segment.split(BEFORE_ICON) : [segment]))
    .flatMap((segment) => (STARTS_WITH_CONTACT_LABEL.test(segment.trim()) ? segment.split(BEFORE_CONTACT_LABEL) : [segment]))
    .map((segment) => segment.replace(LEADING_ICON, '').trim().replace(LEADING_COLON, ''))
    .filter(Boolean);
  lastContactLine = line;
  return lastContactSegments;
}

/**
 * Regions tried, after the caller's, for numbers written without a +country code: résumés travel,
 * and "010-3456-7890" or "020 7946 0958" only parse as numbers of their own country.
 */
const FALLBACK_PHONE_REGIONS: readonly CountryCode[] = ['US', 'GB', 'KR', 'DE', 'FR', 'CA', 'AU', 'SE', 'NL', 'JP', 'IN', 'SG'];

const PHONE_SEARCH_CHARS = 4000;
/** How far down a name agreeing with the person's e-mail address or links is looked for (a sidebar can come first). */
/** A header line that names its value as the headline: "Role: Brewer", "Job title: Site Manager", "Role⇥Brewer" (a page property). */
const HEADLINE_KEY_LINES = 15;
const HEADLINE_KEY_LINE = /^(?:role|(?:job |current )?title|position|headline|profession|occupation|직무|희망 ?직무)(?:\s*(:)|[^\S\t]*\t)\s*(\S.*)$/i;
const NAME_SEARCH_LINES = 150;
const CITY_SEARCH_LINES = 15;
/** A contact line is short; a longer one is body text (or hostile input a phone search would crawl through). */
const CITY_LINE_CHARS = 300;

/** Date ranges ("2019 - 06/2022") can pass as digits of some region's numbering plan. */
function looksLikeDateText(candidate: string): boolean {
  return (candidate.includes('/') && SLASH_DATE.test(candidate)) || findDateRange(candidate)?.matched.replace(/\s/g, '') === candidate.replace(/\s/g, '');
}

/**
 * "06/2022", "2019/2021", "03/04/2020", "10/20": a slash between a month and a year, two years, or in
 * a day/month/year date. A slash after an area code ("070/555-029", "0676/1234567", as much of Europe
 * writes a number) is none of these.
 */
const SLASH_DATE = /(?<!\d)(?:0?[1-9]|1[0-2])\/(?:19|20)?\d{2}(?!\d)|(?<!\d)(?:19|20)\d{2}\/\d{2,4}(?!\d)|(?<!\d)\d{1,2}\/\d{1,2}\/\d{2,4}(?!\d)/;

/**
 * Search options that accept any number of a possible length for its country: libphonenumber-js
 * reads `leniency` (its default is 'VALID') though its type declarations leave it out.
 */
function possibleNumbers(defaultCountry: CountryCode): { defaultCountry: CountryCode } {
  const options = { defaultCountry, leniency: 'POSSIBLE' as const };
  return options;
}

function findPhone(text: string, defaultCountry: CountryCode): string | undefined {
  // A number written with its "+country code" says where it belongs; it is taken even when its
  // digits fall in a range no real line uses (the drama and test ranges regulators set aside),
  // before another region's rules read a stray tail of it as a local number ("900420").
  for (const found of findPhoneNumbersInText(text, possibleNumbers(defaultCountry))) {
    const candidate = text.slice(found.startsAt, found.endsAt).trim();
    if (candidate.startsWith('+') && !looksLikeDateText(candidate)) return candidate;
  }
  for (const region of [defaultCountry, ...FALLBACK_PHONE_REGIONS.filter((fallback) => fallback !== defaultCountry)]) {
    for (const found of findPhoneNumbersInText(text, { defaultCountry: region })) {
      const candidate = text.slice(found.startsAt, found.endsAt).trim();
      if (!looksLikeDateText(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Every e-mail address and every web link of a text (for `replace`, which ignores `lastIndex`). */
const EMAILS = new RegExp(EMAIL_PATTERN.source, 'gi');
const LINKS = new RegExp(URL_PATTERN.source, 'gi');

/** A segment with its e-mail addresses and web links taken out: "Karlovac linkedin.com/in/x" → "Karlovac". */
function withoutLinks(segment: string): string {
  return segment.replace(EMAILS, ' ').replace(LINKS, ' ').replace(/\s+/g, ' ').trim();
}

/** The line after `index` (blank lines skipped) holds a phone number, e-mail address or link. */
function contactFollows(lines: readonly string[], index: number, defaultCountry: CountryCode): boolean {
  if (index < 0) return false;
  const next = lines.slice(index + 1, index + 4).find((line) => line.trim() !== '');
  return next !== undefined && next.length <= CITY_LINE_CHARS && contactSegments(next).some((segment) => isContactSegment(segment, defaultCountry));
}

/** One of the three lines after `index` holds a place among its contact items ("Kimberley | +27 … | name@…"). */
function nextLineNamesPlace(lines: readonly string[], index: number, defaultCountry: CountryCode): boolean {
  return lines.slice(index + 1, index + 4).some((next) => {
    if (next.length > CITY_LINE_CHARS) return false;
    const segments = contactSegments(next);
    return segments.length >= 2 && segments.map(withoutPlaceLabel).some((segment) => !isContactSegment(segment, defaultCountry) && (looksLikeLocation(segment) || looksLikePlaceName(withoutLinks(segment))));
  });
}

function isContactSegment(segment: string, defaultCountry: CountryCode): boolean {
  URL_PATTERN.lastIndex = 0;
  return EMAIL_PATTERN.test(segment) || URL_PATTERN.test(segment) || findPhone(segment, defaultCountry) !== undefined;
}

/**
 * A sidebar read first puts the name at the top of the main column: a line of its own, after a
 * blank line, with a section heading at most three lines below. -1 when there is none.
 */
function findMainColumnNameLine(lines: readonly string[]): number {
  return lines.findIndex(
    (line, lineIndex) =>
      (lineIndex === 0 || lines[lineIndex - 1]!.trim() === '') &&
      looksLikeName(line.trim()) &&
      lines.slice(lineIndex + 1, lineIndex + 4).some((next) => detectSectionHeading(next) !== undefined),
  );
}

/**
 * Indexes of lines that hold a city and, on the next line, its region ("London" / "UK"): how
 * moderncv sets the address. Returns the city's index and the region's.
 */
/**
 * "PD" under "Priya Devi Ramgoolam": the initials a photo placeholder or avatar circle draws beside the
 * name, taken in order from its words; under the first line of the page (where the name stands) they are
 * no region code after a town. Further down, "New York" / "NY" still is one (moderncv's address lines).
 */
function isMonogramOf(line: string, short: string): boolean {
  const initials = line.trim().split(/\s+/).map((word) => word[0]!.toUpperCase());
  const letters = [...short.trim()];
  if (initials.length < 2 || letters.length < 2) return false;
  let at = 0;
  for (const initial of initials) if (initial === letters[at]) at++;
  return at === letters.length && letters[0] === initials[0];
}

function cityRegionLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (next !== undefined && looksLikePlaceName(line.trim()) && isRegionName(next) && !(index === 0 && isMonogramOf(line, next))) {
      found.add(index);
      found.add(index + 1);
    }
  });
  return found;
}

/** The header holds a name when one of its first segments looks like one. */
function headerHasName(header: readonly string[]): boolean {
  return header.some((line) => {
    const first = contactSegments(line)[0];
    return first !== undefined && looksLikeName(first);
  });
}

/**
 * When the name sits at the top of the main column, the section read just before it (a sidebar's
 * skills or languages) must not swallow the name and headline: blank them for sectioning.
 */
function withoutMainColumnName(text: string, sectioned: SectionedResume): string {
  if (headerHasName(sectioned.header)) return text;
  const lines = text.split('\n');
  const index = findMainColumnNameLine(lines.slice(0, 120));
  if (index < 0) return text;
  lines[index] = '';
  const next = lines[index + 1];
  if (next !== undefined && detectSectionHeading(next) === undefined && wordCount(next) <= 12) lines[index + 1] = '';
  return lines.join('\n');
}

/**
 * "… • linkedin.com/in/laverne-" / "wolf": a link broken where it had a hyphen or slash, its tail
 * alone on the next line, is put back together.
 */
function rejoinBrokenLinks(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const next = lines[index + 1];
    const lastWord = line.slice(line.lastIndexOf(' ') + 1);
    URL_PATTERN.lastIndex = 0;
    if (next !== undefined && /[-/]$/.test(lastWord) && URL_PATTERN.test(lastWord) && /^[\w./-]+$/.test(next) && !EMAIL_PATTERN.test(next)) {
      joined.push(line + next);
      index++;
    } else {
      joined.push(line);
    }
  }
  return joined;
}

/**
 * "George, Western Cape, South" / "Africa": a place a narrow contact column wrapped inside its
 * country's name is put back together when the two halves name a country.
 */
function rejoinWrappedCountries(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const next = lines[index + 1]?.trim();
    const lastPart = line.slice(line.lastIndexOf(',') + 1).trim();
    if (next !== undefined && line.includes(',') && /^\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?$/u.test(next) && !isRegionName(lastPart) && isRegionName(`${lastPart} ${next}`)) {
      joined.push(`${line} ${next}`);
      index++;
    } else {
      joined.push(line);
    }
  }
  return joined;
}

/** Lines of a letterhead's footer read for contact details: the last lines of the text. */
const FOOTER_SEARCH_LINES = 12;

/**
 * "Pécs, Baranya · +36 20 555 0163 · name@example.com": a letterhead puts the contact details in the
 * page footer, under everything else. When the header gave no e-mail address, a line near the end of
 * the text made of several segments, one of them an e-mail address, is such a contact line (a sentence
 * mentioning an address is one segment).
 */
function footerContactLines(fullText: string, headerLines: readonly string[]): string[] {
  if (headerLines.some((line) => line.includes('@') && EMAIL_PATTERN.test(line))) return [];
  const tail = fullText.slice(-FOOTER_SEARCH_LINES * CITY_LINE_CHARS).split('\n').slice(-FOOTER_SEARCH_LINES);
  return tail
    .map((line) => stripBullet(line.trim()))
    .filter((line) => {
      if (line.length > CITY_LINE_CHARS || !line.includes('@')) return false;
      const segments = contactSegments(line);
      return segments.length >= 2 && segments.some((segment) => EMAIL_PATTERN.test(segment));
    });
}

const SIDEBAR_CONTACT_MAX_LINES = 8;

/**
 * A narrow column read after the main one puts the contact details in the middle of the text, under
 * no heading ("Quezon City, Metro Manila" / "+63 …" / "name@example.com" / "site.example.com"). When the
 * header gave no e-mail address, a block of a few lines between blank lines, one of them an e-mail
 * address and each a contact item or a place, is that contact block.
 */
function sidebarContactBlock(fullText: string, headerLines: readonly string[], defaultCountry: CountryCode): string[] {
  if (headerLines.some((line) => line.includes('@') && EMAIL_PATTERN.test(line))) return [];
  let block: string[] = [];
  const isBlockLine = (line: string): boolean =>
    line.length <= CITY_LINE_CHARS && (isContactSegment(line, defaultCountry) || looksLikeLocation(withoutPlaceLabel(line)) || looksLikePlaceName(withoutPlaceLabel(line)));
  for (const rawLine of [...fullText.split('\n', NAME_SEARCH_LINES), '']) {
    const line = stripBullet(rawLine.trim());
    if (line !== '') {
      block.push(line);
      continue;
    }
    if (block.length >= 2 && block.length <= SIDEBAR_CONTACT_MAX_LINES && block.some((item) => EMAIL_PATTERN.test(item)) && block.every(isBlockLine)) return block;
    block = [];
  }
  return [];
}

/** How far down a labelled address row is looked for outside the header. */
const ADDRESS_ROW_SEARCH_LINES = 40;
/** "Address⇥Sidwashini, Mbabane", "Residence: Leeds": a row that labels its value as where the person lives (not "Location", which a job's rows use too). */
const ADDRESS_ROW = /^(?:address|home address|residence|place of residence|city of residence) ?[\t:：]/i;

/**
 * A career history alone, or a form, opens with its title heading and sets the personal rows under it
 * ("CAREER HISTORY" / "Name⇥…" / "Address⇥…"), so no header holds them. A row near the top labelled as
 * the address is a contact line wherever it stands.
 */
function addressRows(fullText: string, headerLines: readonly string[]): string[] {
  return fullText
    .split('\n', ADDRESS_ROW_SEARCH_LINES)
    .map((line) => stripBullet(line.trim()))
    .filter((line) => line.length <= CITY_LINE_CHARS && ADDRESS_ROW.test(line) && !headerLines.includes(line));
}

/** A contact item that is a number and nothing else: digits, spaces, brackets, dots, dashes and slashes. */
const PHONE_SHAPED = /^\+?\(?\d[\d ()./-]{5,22}\d$/;
const PHONE_ITEM_LABEL = /^(?:(?:phone|telephone|tel|mobile|mob|cell)(?: number| no\.?)?|m|t)\.?\s*:?\s*/i;

function phoneShapedSegment(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    if (line.length > CITY_LINE_CHARS) continue;
    for (const segment of contactSegments(line)) {
      const item = segment.replace(PHONE_ITEM_LABEL, '');
      const digits = item.replace(/\D/g, '').length;
      if (PHONE_SHAPED.test(item) && digits >= 7 && digits <= 15 && !looksLikeDateText(item) && !containsDate(item)) return item;
    }
  }
  return undefined;
}

function withoutPlaceLabel(segment: string): string {
  // "Address Nakuru, Kenya": a label set before its value with a space only, as a profile card prints it.
  return segment.replace(PLACE_LABEL_PREFIX, '').replace(/^(?:[Aa]ddress|ADDRESS|[Ll]ocation|LOCATION|[Rr]esidence) (?=\p{Lu})/u, '');
}

/** Words a sentence of an untitled introduction has at least. */
const INTRODUCTION_MIN_WORDS = 6;

/**
 * "Practical, careful technician who likes a tricky repair.": a résumé without a summary heading
 * often opens with a sentence or two under the name and contact lines (newspaper and card designs,
 * Notion pages). The header's sentences after the name are that summary: lines of six or more words
 * ending as sentences end, with no contact item, tab or date among them.
 */
function headerIntroduction(header: readonly string[], nameLineIndex: number): string[] {
  return header
    .slice(nameLineIndex + 1)
    .map((line) => stripBullet(line.trim()))
    .filter((line) => wordCount(line) >= INTRODUCTION_MIN_WORDS && /[.!]$/.test(line) && !line.includes('\t') && !line.includes('@') && !containsDate(line));
}

/** "Delémont (Switzerland)": a town with its country in brackets reads as "Delémont, Switzerland". */
function withBracketedRegionAfterComma(segment: string): string {
  const open = segment.indexOf('(');
  if (open <= 0 || !segment.endsWith(')') || segment.indexOf('(', open + 1) >= 0) return segment;
  const region = segment.slice(open + 1, -1).trim();
  return isRegionName(region) ? `${segment.slice(0, open).trim()}, ${region}` : segment;
}

/** The countries a place's last parts ("…, Rwanda") and the phone number's country code ("+250 …") name. */
function countriesNamed(placeParts: readonly string[], phone: string | undefined): Set<string> {
  const countries = new Set(placeParts.map(countryCodeOf).filter((code): code is string => code !== undefined));
  const phoneCountry = phone?.startsWith('+') ? parsePhoneNumberFromString(phone)?.country : undefined;
  if (phoneCountry) countries.add(phoneCountry);
  return countries;
}

/** "Phone", "E-mail", "Address": the label cell of a "label⇥value" contact row, never a value. */
const CONTACT_LABEL = /^(?:address|home address|home|residence|place of residence|location|city|based in|phone|phone number|telephone|tel|mobile|cell|e-?mail|web(?:site)?|homepage|portfolio|linkedin|github|nationality|date of birth|birthday)\.?:?$/i;

/** "Address⇥Jūrmala, Latvia", "Location: Leeds": the value of a row labelled as the place. */
const PLACE_LABEL = /^(?:address|home address|home|residence|place of residence|location|city|based in)\s*:?\s*/i;
/** The same labels with their colon, set before the value in one item ("Home: Kazan, Russia", Europass 2020). */
const PLACE_LABEL_PREFIX = /^(?:location|address|home address|home|residence|place of residence|based in)\s*:\s*/i;

/** How many lines under the name a place line is looked for (the headline comes between). */
const PLACE_UNDER_NAME_LINES = 2;

/**
 * A part of a town, not a town: numbered ("Block 10", "4th khoroo", "Gudele Block 9"), named so ("Khan-Uul
 * district", "Quartier Brill") or a street ("Vale Road", "Rue de Niederkorn", "Cow Path").
 */
const SUBDIVISION_WORD = /(?:^|\s)(?:district|khoroo|block|ward|sector|quarter|quartier|zone|neighbou?rhood|suburb|barangay|kebele|road|street|rue|path|lane|avenue)(?=\s|$)/i;

function namesSubdivision(part: string): boolean {
  return /\d/.test(part) || SUBDIVISION_WORD.test(part);
}

/** Words the subdivision before a town has at most ("Gudele Block 9"); more is a street address or a sentence. */
const MAX_SUBDIVISION_WORDS = 4;

/** "Block 10, Salmiya", "4th khoroo, Darkhan": a subdivision with letters and then a town, a place as a whole. */
function isSubdivisionOfTown(segment: string): boolean {
  const parts = segment.split(/,\s*/);
  return parts.length === 2 && /\p{L}/u.test(parts[0]!) && wordCount(parts[0]!) <= MAX_SUBDIVISION_WORDS && namesSubdivision(parts[0]!) && !/\d/.test(parts[1]!) && looksLikePlaceName(parts[1]!);
}

/**
 * Which part of a place is the town. "Lahug, Cebu City, Philippines": a district before a town named as a
 * city. "Kimironko, Kigali", "Westside, Gibraltar": a district before a town the gazetteer knows, in the
 * country the place or the phone number names. "Block 10, Salmiya", "Vale Road, St Sampson": a numbered or
 * named subdivision or a street before the town (never before the country: "Aiwo District, Nauru").
 * "Pastory, Cruz Bay, St. John": a part the gazetteer knows as no town, then a town, then an island or a
 * region that is no country.
 */
function townIndex(parts: readonly string[], countries: ReadonlySet<string>): number {
  if (parts.length < 2) return 0;
  const [first, second] = parts as [string, string, ...string[]];
  if (/\d/.test(second)) return 0;
  if (parts.length >= 3 && !/ City$/.test(first) && / City$/.test(second)) return 1;
  if (isDistrictOfTown(first, second, countries)) return 1;
  // "South District, Gibraltar": a country whose capital bears its name is the town after a subdivision.
  if (isRegionName(second) && !(isCityState(second) && namesSubdivision(first))) return 0;
  if (namesSubdivision(first)) return 1;
  const last = parts.at(-1)!;
  return parts.length === 3 && !isRegionName(last) && looksLikePlaceName(second) && !namesKnownTown(first, countries) ? 1 : 0;
}

/** "Aiwo District" before its country: the town is named without the word. */
function withoutSubdivisionWord(part: string): string {
  const bare = part.replace(SUBDIVISION_WORD, '').trim();
  return bare !== part && looksLikePlaceName(bare) ? bare : part;
}

/** "Kimironko, Kigali, Rwanda" → city and region, the town told from its district. */
function locationOfPlace(place: string, phone: string | undefined): NonNullable<JsonResumeBasics['location']> {
  const parts = place.split(/,\s*/);
  const cityIndex = townIndex(parts, countriesNamed(parts.slice(2), phone));
  const [town, ...regionParts] = parts.slice(cityIndex);
  const city = town !== undefined && regionParts.length > 0 && isRegionName(regionParts[0]!) && !isCityState(regionParts[0]!) ? withoutSubdivisionWord(town) : town;
  return { ...(city ? { city } : {}), ...(regionParts.length > 0 ? { region: regionParts.join(', ') } : {}) };
}

function parseBasics(sectioned: SectionedResume, fullText: string, defaultCountry: CountryCode): JsonResumeBasics {
  const headerContactLines = [...sectioned.header, ...linesOfKind(sectioned, 'contact'), ...linesOfKind(sectioned, 'links')].map((line) => stripBullet(line.trim())).filter(Boolean);
  const contactLines = rejoinWrappedCountries(
    rejoinBrokenLinks([
      ...headerContactLines,
      ...sidebarContactBlock(fullText, headerContactLines, defaultCountry),
      ...footerContactLines(fullText, headerContactLines),
      ...addressRows(fullText, headerContactLines),
    ]),
  );
  const contactText = contactLines.join('\n');

  // The name is normally the first line; in two-column layouts it can follow the contact block.
  let nameSearch = sectioned.header.length > 0 ? sectioned.header : fullText.split('\n').slice(0, 6);
  // moderncv puts the address above the name, a line each: "New York" / "NY" is a place, not a name.
  const placeLines = cityRegionLines(nameSearch);
  // The 이력서 table form: "성명 | 김민준 | 희망직무 | 백엔드 개발자", "주소 | 서울특별시 강남구".
  const keyValues = new Map(contactLines.flatMap((line) => [...koreanKeyValues(keyValueCells(line))]).reverse());
  // A form's labelled name cell names the person, whatever cell stands first in the rows above it.
  const labelledName = keyValues.get('name');
  let name: string | undefined = labelledName === undefined ? undefined : (koreanNameOf(labelledName) ?? (looksLikeName(labelledName) ? labelledName : undefined));
  let nameLineIndex = name === undefined ? -1 : nameSearch.findIndex((line) => line.split('\t').some((cell) => cell.trim() === labelledName));
  for (const [index, line] of name === undefined ? nameSearch.entries() : []) {
    const first = contactSegments(line)[0];
    if (first && looksLikeName(first) && !placeLines.has(index)) {
      name = koreanNameOf(first) ?? toTitleCaseIfShouting(first);
      nameLineIndex = index;
      break;
    }
  }
  if (name === undefined) {
    const lines = fullText.split('\n', 120);
    const index = findMainColumnNameLine(lines);
    if (index >= 0) {
      name = koreanNameOf(lines[index]!) ?? toTitleCaseIfShouting(lines[index]!.trim());
      nameSearch = lines;
      nameLineIndex = index;
    }
  }

  if (name === undefined) {
    const tableName = keyValues.get('name');
    name = tableName === undefined ? undefined : koreanNameOf(tableName) ?? tableName;
  }

  // The person's e-mail address and profile links spell their name: a name-shaped line they agree
  // with is the name, wherever the layout put it (under a sidebar, below a running header).
  if (name === undefined || koreanNameOf(name) === undefined) {
    const lines = fullText.split('\n', NAME_SEARCH_LINES).map((line) => stripBullet(line.trim()));
    const identifiers = personalIdentifiers(lines.join('\n'));
    if (name === undefined || nameAgreement(name, identifiers) < 0.5) {
      const agreeing = nameAgreeingWithIdentifiers(lines.map(contactSegments), identifiers, looksLikeName);
      if (agreeing) {
        name = toTitleCaseIfShouting(agreeing.name);
        nameSearch = lines;
        nameLineIndex = agreeing.line;
      }
    }
  }
  // A running header names the person before the page does ("Dee Roe — Curriculum Vitae" / "Dee
  // Roe" / "Nurse"): the line where the name stands alone is the one the headline follows.
  if (name !== undefined && nameLineIndex >= 0) {
    const alone = nameSearch.findIndex((line, index) => index > nameLineIndex && index <= nameLineIndex + 4 && stripBullet(line.trim()) === name);
    if (alone > nameLineIndex) nameLineIndex = alone;
  }

  // "Role: Brewer", "Position: Site Manager": a header line that labels its value as the headline
  // (Notion's page properties, plain-text templates) says what the person does in so many words.
  // A page property's row ("Role⇥Brewer") only above the first heading: further down, a form's "Job Title⇥…" is a job's.
  const keyLines = fullText.split('\n', HEADLINE_KEY_LINES).map((line) => stripBullet(line.trim()));
  const firstHeading = keyLines.findIndex((line) => detectSectionHeading(line) !== undefined);
  const labelledRole = keyLines
    .map((line, index) => {
      const keyed = HEADLINE_KEY_LINE.exec(line);
      return keyed && (keyed[1] !== undefined || firstHeading < 0 || index < firstHeading) ? keyed[2]!.trim() : undefined;
    })
    .find((value) => value !== undefined && !containsDate(value) && wordCount(value) <= 8);
  let label: string | undefined = keyValues.get('label') ?? labelledRole;
  if (label === undefined && nameLineIndex >= 0) {
    const isLabelSegment = (segment: string): boolean =>
      !CONTACT_LABEL.test(segment) &&
      !(wordCount(segment) > 4 && /[.!]$/.test(segment)) &&
      !isContactSegment(segment, defaultCountry) && !looksLikeLocation(segment) && !isDocumentCaption(segment) && segment !== name && detectSectionHeading(segment) === undefined;
    const besideName = contactSegments(stripBullet(nameSearch[nameLineIndex]!.trim())).slice(1).find(isLabelSegment);
    const lineAfter = nameSearch.slice(nameLineIndex + 1).find((line) => line.trim() !== '');
    const sameLine = besideName === undefined ? undefined : (rejoinWrappedHeadline(besideName, lineAfter) ?? besideName);
    // The line after the name, unless it is a heading (a sidebar's main column: "Dee Roe" / "Summary").
    // "=====" under a setext-style name is its underline, not the headline.
    const lineAfterName = nameSearch.slice(nameLineIndex + 1).find((line) => line.trim() !== '' && !/^\s*(?:={3,}|-{3,})\s*$/.test(line));
    const nextLine = lineAfterName !== undefined && detectSectionHeading(lineAfterName) === undefined ? lineAfterName : undefined;
    const nextSegments = nextLine ? contactSegments(nextLine) : [];
    const candidate =
      sameLine ??
      (nextLine &&
      !isContactSegment(nextLine, defaultCountry) &&
      wordCount(nextLine) <= 12 &&
      // "Address⇥Akre" is a contact row; "Practical, discreet technician who likes …." is the summary's sentence.
      !CONTACT_LABEL.test(nextSegments[0] ?? '') &&
      !(wordCount(nextLine) > 4 && /[.!]$/.test(nextLine.trim())) &&
      nextSegments.some(isLabelSegment)
        ? nextSegments.filter(isLabelSegment).join(' · ')
        : undefined);
    // A headline set apart from the name, further down beside the contact block (moderncv's title row).
    const further = candidate
      ? undefined
      : nameSearch
          .slice(nameLineIndex + 1, nameLineIndex + 6)
          .flatMap(contactSegments)
          .find((segment) => isLabelSegment(segment) && titleScore(segment) > 0 && wordCount(segment) <= 8 && detectSectionHeading(segment) === undefined);
    // A candidate that names no occupation (a sidebar's skill, the town) gives way to a role further down.
    const roleFurther = further ?? (candidate && !namesOccupation(candidate) ? nameSearch.slice(nameLineIndex + 1, nameLineIndex + 4).flatMap(contactSegments).find((segment) => isLabelSegment(segment) && namesOccupation(segment) && wordCount(segment) <= 8) : undefined);
    // "Nha Trang" over the phone and e-mail lines, one item a line: the first contact item, not a headline.
    // When the contact line below names a town of its own ("Cellar Master" / "Kimberley | +27 …"), the line above is no place.
    const placeAboveContact =
      candidate !== undefined &&
      candidate === nextLine &&
      !namesOccupation(candidate) &&
      looksLikePlaceName(candidate) &&
      contactFollows(nameSearch, nameSearch.indexOf(nextLine), defaultCountry) &&
      !nextLineNamesPlace(nameSearch, nameSearch.indexOf(nextLine), defaultCountry);
    if (candidate && !placeAboveContact && !containsDate(candidate) && (namesOccupation(candidate) || roleFurther === undefined)) label = candidate.trim();
    else if (roleFurther && !containsDate(roleFurther)) label = roleFurther.trim();
  }

  const email = (EMAIL_PATTERN.exec(contactText) ?? EMAIL_PATTERN.exec(fullText))?.[0];
  // A contact block is short; bounding the text keeps the search over many regions cheap on hostile input.
  const foundPhone = findPhone(contactText.slice(0, PHONE_SEARCH_CHARS), defaultCountry) ?? findPhone(fullText.split('\n', 15).join('\n').slice(0, PHONE_SEARCH_CHARS), defaultCountry);
  // "0664 / 555 01 92", "070/555-029": a contact item written as a number of its own is the phone
  // number whole, even where no region we try knows its plan (or knows only its tail).
  const numberItem = phoneShapedSegment(contactLines.slice(0, CITY_SEARCH_LINES));
  const phone = numberItem !== undefined && (foundPhone === undefined || numberItem.includes(foundPhone)) ? numberItem : foundPhone;

  const urls = [...contactText.matchAll(URL_PATTERN)].map((match) => match[0]).filter((url) => !email || !email.includes(url));
  const profiles: JsonResumeProfile[] = [];
  let website: string | undefined;
  for (const url of urls) {
    const profile = toProfile(url);
    if (profile) {
      if (!profiles.some((existing) => existing.network === profile.network)) profiles.push(profile);
    } else {
      website ??= /^https?:\/\//i.test(url) ? url : `https://${url}`;
    }
  }

  let location: JsonResumeBasics['location'];
  const tableAddress = keyValues.get('location');
  const koreanPlace = tableAddress === undefined ? undefined : parseKoreanLocation(tableAddress);
  if (koreanPlace) location = koreanPlace;
  const placePair = location ? undefined : [...cityRegionLines(contactLines)][0];
  if (placePair !== undefined) location = { city: contactLines[placePair]!.trim(), region: contactLines[placePair + 1]!.trim() };
  for (const line of location ? [] : contactLines) {
    const korean = contactSegments(line).map((segment) => parseKoreanLocation(segment)).find(Boolean);
    if (korean) {
      location = korean;
      break;
    }
    // "Address⇥Jūrmala, Latvia": a row labelled as the place holds it in its value cell.
    // "Home: Kimberley": an item that labels its value as the place, a bare town included.
    const labelledItems = new Set(contactSegments(line).filter((segment) => PLACE_LABEL_PREFIX.test(segment)).map((segment) => withBracketedRegionAfterComma(withoutPlaceLabel(segment))));
    const labelled = PLACE_LABEL.test(line) && /^[^\t]+\t[^\t]+$/.test(line) && CONTACT_LABEL.test(line.split('\t')[0]!.trim()) ? [line.split('\t')[1]!.trim()] : [];
    // Labelled, a bare town is the place too ("Address⇥Boise").
    const place = [...labelled, ...contactSegments(line).map((segment) => withBracketedRegionAfterComma(withoutPlaceLabel(segment)))].find(
      (segment) =>
        (looksLikeLocation(segment) || isSubdivisionOfTown(segment) || ((labelled.includes(segment) || labelledItems.has(segment)) && looksLikePlaceName(segment))) &&
        !/^(?:remote|hybrid|on-?site)/i.test(segment),
    );
    if (place) {
      location = locationOfPlace(place, phone);
      break;
    }
  }

  // "Kochi · 098988 43805 · name@example.org": a bare place name among the contact details, or on a
  // line of its own in the header above or below the name, is the city.
  // A contact section's lines are contact items one a line ("CONTACT" / "+27 …" / "Kimberley").
  const headerLines = new Set([...sectioned.header, ...linesOfKind(sectioned, 'contact')].map((line) => stripBullet(line.trim())));
  // A contact block is short: only its first lines are asked (each segment costs a phone search).
  for (const line of location ? [] : contactLines.slice(0, CITY_SEARCH_LINES)) {
    if (line.length > CITY_LINE_CHARS) continue;
    const segments = contactSegments(line);
    if (!segments.some((segment) => isContactSegment(segment, defaultCountry)) && !(segments.length === 1 && headerLines.has(line))) continue;
    // "Karlovac linkedin.com/in/…" (icons between the items, no separator left): the words before a link.
    const city = segments
      .map((segment) => withoutLinks(segment))
      .find((segment) => segment !== '' && segment !== name && segment !== label && !CONTACT_LABEL.test(segment) && !isDocumentCaption(segment) && !isContactSegment(segment, defaultCountry) && looksLikePlaceName(segment));
    if (city) {
      location = { city };
      break;
    }
  }

  // "Joyce Dartey" / "Restorative Dentist" / "Tema, Greater Accra, Ghana": a profile print sets the place
  // under the name and headline, wherever the name stands (below a sidebar read first).
  if (!location && name !== undefined && nameLineIndex >= 0) {
    const place = nameSearch
      .slice(nameLineIndex + 1, nameLineIndex + 1 + PLACE_UNDER_NAME_LINES)
      .map((line) => stripBullet(line.trim()))
      .find((line) => line.length <= CITY_LINE_CHARS && !line.includes('\t') && !containsDate(line) && looksLikeLocation(line) && !/^(?:remote|hybrid|on-?site)/i.test(line));
    if (place) location = locationOfPlace(place, phone);
  }

  const titledSummary = linesOfKind(sectioned, 'summary').map((line) => stripBullet(line.trim())).filter(Boolean);
  const summaryLines = titledSummary.length > 0 ? titledSummary : headerIntroduction(sectioned.header, nameLineIndex >= 0 && nameSearch === sectioned.header ? nameLineIndex : 0);
  return {
    ...(name ? { name } : {}),
    ...(label ? { label } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(website ? { url: website } : {}),
    ...(summaryLines.length > 0 ? { summary: summaryLines.join(' ') } : {}),
    ...(location ? { location } : {}),
    ...(profiles.length > 0 ? { profiles } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Simple list sections

/** Items run together on one line: a spaced middle dot or bullet, or a semicolon. */
const RUN_ON_ITEMS = /\s[·•]\s|;\s/;

/**
 * "물류관리사 (2016) · 지게차운전기능사 (2014) · TOEIC 845": several certificates on one line, told
 * from one certificate's name, issuer and date ("Scrum Master · Scrum Alliance · 2019") by two of
 * them or more carrying a date of their own. Each is then an item; otherwise the line is one.
 */
function runOnItems(line: string): string[] {
  const pieces = line.split(RUN_ON_ITEMS).map((piece) => piece.trim()).filter(Boolean);
  return pieces.filter((piece) => containsDate(piece)).length >= 2 ? pieces : [line];
}

/** A category or grade code in a list: "C", "C+E", "D1", "B2". */
const LISTED_CODE = /^[A-Z\d][A-Z\d+]{0,3}$/;

function isLowerCaseNote(text: string): boolean {
  return text === text.toLowerCase() && /^[\p{Script=Latin}\d\s\p{P}]+$/u.test(text);
}

function parseCertificates(lines: readonly string[]): JsonResumeCertificate[] {
  const certificates: JsonResumeCertificate[] = [];
  for (const rawLine of lines.flatMap(runOnItems)) {
    let line = stripBullet(rawLine.trim());
    if (line === '') continue;
    const cells = line.split('\t');
    if (cells.length >= 2 && cells.every((cell) => tableHeaderRole(cell.trim()) !== undefined)) continue; // "자격증명 | 발행처 | 취득일"
    const dates = findDateRange(line);
    if (dates) line = line.replace(dates.matched, ' ');
    URL_PATTERN.lastIndex = 0;
    const url = line.match(URL_PATTERN)?.[0];
    if (url) line = line.replace(url, ' ');
    // "Name (ABBR), Issuer" / "Name — Issuer (2021)": split outside parentheses so an abbreviation stays in the name.
    const parts = splitOutsideParentheses(line.replace(/(?<!\s)\s+(?:by|from)\s+/g, ', ').replace(/(?<!\s)\s+[|—]\s+/g, ', '), /[,\t]/)
      .map(cleanFragment)
      .filter(Boolean);
    // "UK driving licence categories B, C, C+E": short codes after a comma continue the name (a licence's
    // categories, a list of grades), they name no issuer.
    let nameEnd = 1;
    while (nameEnd < parts.length && LISTED_CODE.test(parts[nameEnd]!)) nameEnd++;
    const name = parts.slice(0, nameEnd).join(', ');
    if (!name) continue;
    // "…, valid to 2028", "… — clean": a note in lower-case Latin letters is no issuer's name (issuers are named
    // with capitals, "freeCodeCamp" too, or in another script: 한국산업인력공단).
    const next = parts[nameEnd];
    const issuer = next !== undefined && !isLowerCaseNote(next) ? next : undefined;
    const date = dates?.endDate ?? dates?.startDate;
    certificates.push({ name, ...(date ? { date } : {}), ...(issuer ? { issuer } : {}), ...(url ? { url } : {}) });
  }
  return certificates;
}

function parseAwards(lines: readonly string[]): JsonResumeAward[] {
  return lines
    .map((line) => stripBullet(line.trim()))
    .filter(Boolean)
    .map((line) => {
      const dates = findDateRange(line);
      const title = cleanFragment(dates ? line.replace(dates.matched, ' ') : line);
      const date = dates?.endDate ?? dates?.startDate;
      return { title, ...(date ? { date } : {}) };
    })
    .filter((award) => award.title !== '');
}

/**
 * A careers site's print bullets every line of every section ("• Bachelor of Science, Geology",
 * "• University of …", "• Finished 2015"): where every line of the section is bulleted, each school's
 * lines stand as a group of their own and no item is a whole entry, the bullets are the print's.
 */
function withoutPrintBullets(lines: readonly string[]): readonly string[] {
  const filled = lines.filter((line) => line.trim() !== '');
  const groups = lines.join('\n').split(/\n\s*\n/).filter((group) => group.trim() !== '');
  const separated = groups.every((group) => group.split('\n').filter((line) => line.trim() !== '').length >= 2);
  // "• BSc Physics, University of Ghana, 2015": an item that is a whole entry makes a real list of schools.
  const wholeEntry = (line: string): boolean => containsDate(stripBullet(line)) && (isInstitution(stripBullet(line)) || startsWithDegree(stripBullet(line)));
  return filled.length >= 2 && separated && filled.every(isBullet) && !filled.some(wholeEntry) ? lines.map((line) => (isBullet(line) ? stripBullet(line) : line)) : lines;
}

/**
 * A school marked as a list item with its degree and dates on the next line ("• Oregon State
 * University" / "Master of Arts⇥2008 – 2010", Jake's résumé without a location) heads its entry.
 */
function withInstitutionBulletsAsHeaders(lines: readonly string[]): string[] {
  return lines.map((line, index) => {
    if (!isBullet(line)) return line;
    // "• **BSc (Hons) Adult Nursing**, Nashville State University (2015–2018)": a school or degree
    // with its dates, one list item per entry, is a whole entry.
    const item = stripBullet(line);
    if (containsDate(item) && (isInstitution(item) || startsWithDegree(item))) return item;
    if (!isInstitution(item)) return line;
    const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '');
    return next !== undefined && !isBullet(next) && (containsDate(next) || parseDegree(next.split('\t')[0]!.trim()) !== undefined) ? stripBullet(line) : line;
  });
}

/**
 * Spoken languages listed inside the skills section ("Languages: English (Native), Spanish (Fluent)")
 * go to languages; a "Languages: Go, TypeScript" line stays a skill group (programming languages).
 */
function separateSpokenLanguages(lines: readonly string[]): [string[], string[]] {
  const skills: string[] = [];
  const languages: string[] = [];
  const isLanguageName = (text: string): boolean => /^\p{L}+(?: \p{L}+)?$/u.test(text) && !isFluency(text);
  for (let index = 0; index < lines.length; index++) {
    const line = stripBullet(lines[index]!.trim());
    const labelled = /^(?:(?:spoken\s+)?languages?(?:\s+skills)?)\s*:\s*(\S.*)$/i.exec(line);
    const items = labelled ? splitList(labelled[1]!) : [];
    const next = stripBullet(lines[index + 1]?.trim() ?? '');
    const cells = line.split(/\t|\s[—–-]\s/).map((cell) => cell.trim());
    if (items.length > 0 && items.every((item) => /^\p{L}+(?: \p{L}+)? \([^)]+\)$/u.test(item))) {
      languages.push(labelled![1]!);
    } else if (isLanguageName(line) && isFluency(next)) {
      // A table whose cells landed on lines of their own: "Afrikaans" / "Native".
      languages.push(line, next);
      index++;
    } else if (cells.length === 2 && isLanguageName(cells[0]!) && isFluency(cells[1]!)) {
      languages.push(line);
    } else {
      skills.push(lines[index]!);
    }
  }
  return [skills, languages];
}

// A month's name or its abbreviation, not any word that starts like one ("Marketing", "Junior", "Decor").
const MONTH_OR_DASH_END = /(?:[-–—]|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)$/i;

/**
 * A header squeezed beside a right-aligned date in a narrow column wraps both: "Salesforce |
 * Account Executive | London, 02/2018 -" / "UK⇥07/2019", or "Hotel | Chef | Wellington, New⇥Jan
 * 2018 – Jan" / "Zealand⇥2021". Such pairs are put back together as "header⇥complete range".
 */
function rejoinDatesBrokenAcrossLines(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const bracketClosed = rejoinOpenBracket(line, lines[index + 1]);
    if (bracketClosed !== undefined) {
      joined.push(bracketClosed);
      index++;
      continue;
    }
    const heading = trailingHeadingCell(line, lines[index + 1]);
    if (heading !== undefined) {
      joined.push(heading.before, heading.heading);
      continue;
    }
    const leftColumn = rejoinLeftCell(line, lines[index + 1]);
    if (leftColumn !== undefined) {
      joined.push(leftColumn);
      index++;
      continue;
    }
    const next = lines[index + 1]?.split('\t');
    if (next?.length === 2 && MONTH_OR_DASH_END.test(line) && /^(?:\d|present\b|current\b|now\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i.test(next[1]!.trim()) && wordCount(next[0]!) <= 3 && !/\d/.test(next[0]!)) {
      const tab = line.lastIndexOf('\t');
      const range = tab >= 0 ? undefined : findDateRange(line);
      const dateStart = tab >= 0 ? tab + 1 : range ? line.indexOf(range.matched) : -1;
      const dateText = dateStart >= 0 ? `${line.slice(dateStart).trim()} ${next[1]!.trim()}` : '';
      const complete = findDateRange(dateText);
      if (dateStart > 0 && complete && (complete.endDate || complete.isCurrent)) {
        joined.push(`${line.slice(0, tab >= 0 ? tab : dateStart).trimEnd()} ${next[0]!.trim()}\t${dateText}`);
        index++;
        continue;
      }
    }
    joined.push(line);
  }
  return joined;
}

/** Words a bracket wrapped onto the next line holds at most: a place or a note, not a paragraph. */
const MAX_WRAPPED_BRACKET_WORDS = 6;

/**
 * "Field Technician (Monterrey," / "Nuevo León)": a bracket a line wrapped open is closed on the next
 * line, which holds only the rest of it. The two are one line, as written.
 */
export function rejoinOpenBracket(line: string, nextLine: string | undefined): string | undefined {
  if (nextLine === undefined || line.lastIndexOf('(') <= line.lastIndexOf(')')) return undefined;
  // "… offshore Brunei (Apr-2020" / "– Present)": text wrapped before a range's dash, whose line then
  // read as a list item. Joined when the two make a complete range and the bracket closes there.
  const open = line.lastIndexOf('(');
  const dashItem = /^\s*[-–—•]\s+/.exec(nextLine);
  if (dashItem && containsDate(line.slice(open))) {
    const rest = nextLine.slice(dashItem[0].length).trim();
    const close = rest.indexOf(')');
    const range = close > 0 && rest.slice(close + 1).trim() === '' ? findDateRange(`${line.slice(open + 1)} – ${rest.slice(0, close)}`) : undefined;
    if (range?.startDate && (range.endDate || range.isCurrent)) return `${line.trimEnd()} – ${rest}`;
  }
  const next = nextLine.trim();
  const close = next.indexOf(')');
  if (close < 0 || next.indexOf('(') >= 0 || next.slice(close + 1).trim() !== '' || isBullet(next) || next.includes('\t')) return undefined;
  return wordCount(next) <= MAX_WRAPPED_BRACKET_WORDS ? `${line.trimEnd()} ${next}` : undefined;
}

/**
 * "IPK 3.71 / 4.00⇥Certificates" before a blank line: a section heading set on the baseline of the
 * last line above it (a word processor's heading with space before, drawn level with that line) is
 * a heading of its own. Only a last cell that is a whole heading, ending its block, is moved.
 */
export function trailingHeadingCell(line: string, nextLine: string | undefined): { before: string; heading: string } | undefined {
  const tab = line.lastIndexOf('\t');
  if (tab <= 0 || (nextLine !== undefined && nextLine.trim() !== '')) return undefined;
  const heading = line.slice(tab + 1).trim();
  const before = line.slice(0, tab).trimEnd();
  if (before === '' || detectSectionHeading(heading) === undefined) return undefined;
  return { before, heading };
}

/**
 * A narrow left cell (dates, place) beside an entry wraps on its own: "July 2024 to October⇥UX
 * Designer" / "2026⇥Aubert SA", or "Reading, Berkshire,⇥Johns LLC" / "UK". The left cell's two halves
 * are put back together ahead of the right cells of both lines: "July 2024 to October 2026⇥UX
 * Designer⇥Aubert SA". undefined when the two lines are not such a pair.
 */
function rejoinLeftCell(line: string, nextLine: string | undefined): string | undefined {
  if (nextLine === undefined) return undefined;
  const cells = line.split('\t');
  if (cells.length < 2) return undefined;
  const left = cells[0]!.trim();
  const next = nextLine.split('\t');
  const nextLeft = next[0]!.trim();
  if (left === '' || nextLeft === '') return undefined;
  const range = findDateRange(left);
  // One date, then only what starts the rest of a range: "July 2024 to October", "June 2021 to", "2019 –".
  // Its tail is the next line's left cell, or (the right cell having fitted on one line) that whole line:
  // "January 2017 – June⇥Ranger Guide" / "2021".
  const brokenRange =
    range !== undefined &&
    !range.isCurrent &&
    !(range.startDate && range.endDate) &&
    left.startsWith(range.matched) &&
    /^\s*(?:[-–—]|to\b)\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)?$/i.test(left.slice(range.matched.length)) &&
    (next.length >= 2 || /^(?:19|20)\d{2}$/.test(nextLeft));
  if (brokenRange) {
    const complete = findDateRange(`${left} ${nextLeft}`);
    if (complete?.startDate && (complete.endDate || complete.isCurrent) && complete.matched.trim() === `${left} ${nextLeft}`) {
      return [`${left} ${nextLeft}`, ...cells.slice(1), ...next.slice(1)].join('\t');
    }
  }
  // "Reading, Berkshire," / "UK": a place cut after its comma, the rest alone on the next line.
  if (left.endsWith(',') && next.length === 1 && wordCount(nextLeft) <= 3 && /^\p{Lu}/u.test(nextLeft) && !containsDate(nextLeft) && !isBullet(nextLeft)) {
    return [`${left} ${nextLeft}`, ...cells.slice(1)].join('\t');
  }
  return undefined;
}

const SIDEBAR_MAX_LINES = 120;

/** Skill groups a sidebar lists under their own names inside its contact block become a skills section. */
/**
 * A career history that gives a table of its jobs and then the details of each lists every job twice.
 * A job whose dates and role or employer a later job repeats is that job's summary row: the later,
 * detailed entry is kept.
 */
function withoutRepeatedJobs(work: readonly JsonResumeWork[]): JsonResumeWork[] {
  // Keys of the jobs after each one, built from the end: one pass, however many jobs a hostile text makes.
  const later = new Set<string>();
  const keys = (job: JsonResumeWork): string[] =>
    [job.position, job.name].flatMap((value, index) => (value === undefined ? [] : [`${index}|${job.startDate}|${job.endDate ?? ''}|${comparable(value)}`]));
  const kept: JsonResumeWork[] = [];
  for (const job of [...work].reverse()) {
    const jobKeys = keys(job);
    if (job.startDate === undefined || !jobKeys.some((key) => later.has(key))) kept.push(job);
    for (const key of jobKeys) later.add(key);
  }
  return kept.reverse();
}

/** The header roles of a work table: who, what, when. */
const WORK_TABLE_ROLES = { employer: /^(?:employer|company|organi[sz]ation)$/, title: /^(?:title|job title|role|position)$/, dates: /^(?:dates?|period|from|years?|duration|start)$/ };

/** "Employer⇥Period⇥Position⇥Location": a table header row naming an employer, a role and dates. */
function isWorkTableHeader(line: string): boolean {
  const cells = line.trim().split('\t').map((cell) => cell.trim());
  if (cells.length < 3 || cells.some((cell) => !TABLE_HEADER_CELL.test(cell))) return false;
  return Object.values(WORK_TABLE_ROLES).every((role) => cells.some((cell) => role.test(cell.toLowerCase())));
}

/**
 * A career history alone sets its table of jobs straight under "Career summary" ("Employer⇥Period⇥
 * Position⇥Location" and the rows under it, then each job's details), with no experience heading: from
 * a work table's header row on, the summary section's lines are the experience section's.
 */
function withWorkTableOutOfSummary(sectioned: SectionedResume): SectionedResume {
  const sections = sectioned.sections.flatMap((section) => {
    if (section.kind !== 'summary') return [section];
    const at = section.lines.findIndex(isWorkTableHeader);
    return at < 0 ? [section] : [{ ...section, lines: section.lines.slice(0, at) }, { kind: 'experience' as const, heading: '', lines: section.lines.slice(at) }];
  });
  return sections.length === sectioned.sections.length ? sectioned : { header: sectioned.header, sections };
}

function withSidebarSkillGroups(sectioned: SectionedResume, text: string, defaultCountry: CountryCode): SectionedResume {
  let moved: string[] = [];
  let acronyms: Set<string> | undefined;
  const sections = sectioned.sections.map((section) => {
    // A sidebar's contact block is short; a longer one is no sidebar (and each line costs a phone search).
    if ((section.kind !== 'contact' && section.kind !== 'links') || section.lines.length > SIDEBAR_MAX_LINES) return section;
    const { contact, skills } = sidebarSkillGroups(section.lines, (line) => contactSegments(line).some((segment) => isContactSegment(segment, defaultCountry)), (acronyms ??= acronymsUsedInProse(text)));
    // concat, not push(...): a hostile text can make the list longer than a call's argument limit.
    moved = moved.concat(skills);
    return { ...section, lines: contact };
  });
  return moved.length === 0 ? sectioned : { header: sectioned.header, sections: [...sections, { kind: 'skills', heading: '', lines: moved }] };
}

/**
 * Parses résumé text (as produced by `extractDocumentText`) into JSON Resume. Pure and
 * deterministic; it reports only what it finds and never fills gaps with guesses.
 */
const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Form CVs list the jobs as a table (period, title, employer, place) and then repeat each job's names
 * over its duties ("Duties and Achievements", 경력기술서: "Title – Employer", "회사 | 직위", then bullets).
 * Such an undated block whose header names both the title and the employer of an earlier dated job
 * with no duties of its own is that job's duties, not another job.
 */
function withDutiesOnTheirJobs(entries: readonly RawEntry[]): JsonResumeWork[] {
  const analysed = entries.map(analyseWorkEntry);
  const employerFirst = employerFirstInSection(analysed);
  const parsed = entries.map((entry, index) => ({ entry, work: parseWorkEntry(analysed[index]!, employerFirst) }));
  const merged = new Set<number>();
  parsed.forEach(({ entry, work }, index) => {
    if (!work) return;
    // The block repeats the job's dates ("22.05 ~ 현재 · 김해" under "Employer — Title"): still its details.
    const dated = work.startDate !== undefined || work.endDate !== undefined;
    if (!dated && entry.bullets.length === 0) return;
    const header = ` ${comparable(entry.headerLines.join(' '))} `;
    const target = parsed.findIndex(
      (candidate, candidateIndex) =>
        candidateIndex < index &&
        !merged.has(candidateIndex) &&
        candidate.work !== undefined &&
        (candidate.work.startDate !== undefined || candidate.work.endDate !== undefined) &&
        (!dated || (candidate.work.startDate === work.startDate && candidate.work.endDate === work.endDate)) &&
        candidate.work.highlights === undefined &&
        candidate.work.position !== undefined &&
        candidate.work.name !== undefined &&
        header.includes(` ${comparable(candidate.work.position)} `) &&
        header.includes(` ${comparable(candidate.work.name)} `),
    );
    if (target < 0) return;
    const job = parsed[target]!.work!;
    if (entry.bullets.length > 0) job.highlights = entry.bullets;
    if (work.location && !job.location) job.location = work.location;
    if (entry.bodyLines.length > 0 && !job.summary) job.summary = entry.bodyLines.join(' ');
    merged.add(index);
  });
  return parsed.filter(({ work }, index) => work !== undefined && !merged.has(index)).map(({ work }) => work!);
}

const PHOTO_CELL = /^(?:photo(?:graph)?|picture|사진|증명사진)(?: ?\(?\d(?:[.,]\d)? ?[×x] ?\d(?:[.,]\d)? ?cm\)?)?$|^\d(?:[.,]\d)? ?[×x] ?\d(?:[.,]\d)? ?cm$/i;
/** "위의 기재 사항은 사실과 틀림이 없습니다.", "I hereby declare that the above particulars are true…". */
const ATTESTATION = /사실과\s*(?:틀림|다름)이?\s*없|^I (?:hereby )?(?:certify|declare|affirm)\b/i;
const SIGNATURE_LINE = /^(?:작성자|성명|지원자|signature|signed|date|place)\s*[:：]|\(인\)\s*$|^\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일$/i;

/**
 * What a form CV prints that is no part of the résumé: the cell kept for a photo ("PHOTO", "사진",
 * "3 × 4 cm") and the closing attestation with its date and signature ("위의 기재 사항은 사실과 틀림이
 * 없습니다." / "2026년 11월 30일" / "작성자: … (인)"), which would otherwise end the section above it.
 */
function withoutFormFurniture(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let inAttestation = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (ATTESTATION.test(trimmed)) {
      inAttestation = true;
      continue;
    }
    // Its wrapped remainder ("complete and correct to the best of my knowledge…") starts in lower case.
    if (inAttestation && (SIGNATURE_LINE.test(trimmed) || containsDate(trimmed) || trimmed === '' || /^\p{Ll}/u.test(trimmed))) continue;
    inAttestation = false;
    if (!line.includes('\t') && !PHOTO_CELL.test(trimmed)) {
      kept.push(line);
      continue;
    }
    const cells = line.split('\t');
    const rest = cells.filter((cell) => !PHOTO_CELL.test(cell.trim()));
    if (rest.length === cells.length) kept.push(line);
    else if (rest.some((cell) => cell.trim() !== '')) kept.push(rest.join('\t'));
  }
  return kept;
}

/** "●" ending a cell ("Mar 2020 – Present●⇥Acme"): the dot a timeline rail draws between its dates and its entries. */
const TIMELINE_DOT_END_OF_CELL = /(?<=\S) ?[●○◉◆◇](?=\t)/gu;

/** A line without the dots a timeline rail set at the end of its date cells: they name no employer. */
function withoutTimelineDots(line: string): string {
  return line.includes('\t') ? line.replace(TIMELINE_DOT_END_OF_CELL, '') : line;
}

/**
 * "Kind regards," / "감사합니다." on a line of its own: the close of the e-mail a résumé was typed into,
 * and what follows it (the sender's first name) is the mail's, not the résumé's last section.
 */
const LETTER_CLOSING = /^(?:(?:kind|best|warm|many thanks and|with kind) regards|regards|(?:yours )?sincerely|yours faithfully|many thanks|thank you|감사합니다|고맙습니다)[,.!]?$/i;
/** How many lines a mail's close and the name under it take at the end of a text. */
const CLOSING_LINES = 4;

/**
 * The text above an e-mail signature: a résumé pasted into a message can end in "-- " and the
 * sender's name and phone, which belong to no section (they had become languages or skills);
 * likewise a mail's close ("Kind regards,") and the first name under it.
 */
function withoutSignature(text: string): string {
  const lines = text.split('\n');
  const delimiter = lines.findLastIndex((line) => line.trim() === '--');
  // A signature is a few lines at the very end, never half of a document.
  if (delimiter > 0 && lines.length - delimiter <= 6) return lines.slice(0, delimiter).join('\n');
  const closing = lines.findLastIndex((line) => LETTER_CLOSING.test(line.trim()));
  const after = lines.slice(closing + 1).filter((line) => line.trim() !== '');
  return closing > 0 && after.length <= CLOSING_LINES - 2 && after.every((line) => line.trim().split(/\s+/).length <= 3) ? lines.slice(0, closing).join('\n') : text;
}

/** Words of a sentence that reads as the person's own prose rather than a skill. */
const PROSE_MIN_WORDS = 10;

/**
 * Sentences, not a list that ends in a full stop ("Boat Handling, Whale Behaviour, First Aid."): most
 * words in lower case, or a Korean sentence's ending.
 */
function isProse(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length < PROSE_MIN_WORDS || !/[.!?]$/.test(line)) return false;
  return /다\.$/.test(line) || words.filter((word) => /^\p{Ll}/u.test(word)).length * 2 >= words.length;
}

/**
 * A form's free box ("12. State any other relevant facts, including skills") opens with what the
 * person says of themselves, sentences, before the skill groups: those lines, and the rest. Without a
 * summary elsewhere they are the summary; a skill list never reads so.
 */
function withoutOpeningProse(lines: readonly string[]): [string[], string[]] {
  const prose: string[] = [];
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '' && prose.length === 0) continue;
    if (line.includes('\t') || /^[•*-]/.test(line) || !isProse(line) || /^[^.]{1,40}:\s/.test(line)) break;
    prose.push(line);
  }
  return prose.length === 0 ? [[], [...lines]] : [prose, lines.slice(index)];
}

export function parseResume(text: string, options: ResumeParseOptions = {}): JsonResume {
  try {
    return parseResumeText(text, options);
  } finally {
    // The split kept for the header readers holds a contact line (a phone, an address): not past the parse.
    lastContactLine = undefined;
    lastContactSegments = [];
  }
}

function parseResumeText(text: string, options: ResumeParseOptions): JsonResume {
  const defaultCountry = options.defaultCountry ?? 'US';
  const normalized = rejoinDatesBrokenAcrossLines(withFormBoxesAsRows(withApplicationReviewPageRead(withoutFormFurniture(text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n').map((line) => withoutTimelineDots(line.trimEnd())))))).join('\n');
  const body = withoutSignature(normalized);
  const sectioned = withWorkTableOutOfSummary(withSidebarSkillGroups(splitIntoSections(withoutMainColumnName(body, splitIntoSections(body))), body, defaultCountry));

  // A caption over a job's duties ("주요 업무 및 성과") is neither an item nor the next job's header.
  const work = withoutRepeatedJobs(withDutiesOnTheirJobs(splitEntries(withEntryHeadsUnbulleted(withSideBySideEntriesRead(withGroupedRolesAsEntries(withFormRowsAsTables(withNarrativeEntriesSplit(withProfileRolesAsEntries(withoutPersonalDataRows(linesOfKind(sectioned, 'experience')))))))).filter((line) => !DUTIES_CAPTION.test(stripBullet(line.trim()))))));
  const volunteer = splitEntries(linesOfKind(sectioned, 'volunteer'))
    .map((entry) => parseWorkEntry(analyseWorkEntry(entry)))
    .filter((entry): entry is JsonResumeWork => entry !== undefined)
    .map(({ name, position, startDate, endDate, summary, highlights }) => ({
      ...(name ? { organization: name } : {}),
      ...(position ? { position } : {}),
      ...(startDate ? { startDate } : {}),
      ...(endDate ? { endDate } : {}),
      ...(summary ? { summary } : {}),
      ...(highlights ? { highlights } : {}),
    }));
  // Europass's "Mother tongue(s)" / "Other language(s)" rows list languages under whatever heading they stand.
  const languageRows = normalized.split('\n').filter(isLanguageRow);
  const education = splitEntries(withInstitutionBulletsAsHeaders(withEnrolmentRowsJoined(withEducationFormRowsAsTables(withFormEducationTableRead(withoutPrintBullets(linesOfKind(sectioned, 'education').filter((line) => !isLanguageRow(line))))))))
    .map(parseEducationEntry)
    .filter((entry): entry is JsonResumeEducation => entry !== undefined);
  const [skillProse, skillSectionLines] = withoutOpeningProse(linesOfKind(sectioned, 'skills'));
  const [skillLines, languageLinesInSkills] = separateSpokenLanguages(skillSectionLines.filter((line) => !isLanguageRow(line)));
  const projects = splitEntries(linesOfKind(sectioned, 'projects'))
    .map(parseProjectEntry)
    .filter((entry): entry is JsonResumeProject => entry !== undefined);

  const basics = parseBasics(splitIntoSections(normalized), normalized, defaultCountry);
  return {
    basics: basics.summary === undefined && skillProse.length > 0 ? { ...basics, summary: skillProse.join(' ') } : basics,
    work,
    volunteer,
    education,
    skills: parseSkills(skillLines),
    projects,
    certificates: parseCertificates(linesOfKind(sectioned, 'certificates')),
    languages: parseLanguages([...linesOfKind(sectioned, 'languages'), ...languageLinesInSkills, ...languageRows]),
    awards: parseAwards(linesOfKind(sectioned, 'awards')),
  };
}
