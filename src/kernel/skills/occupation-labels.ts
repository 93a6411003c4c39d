import koreanTitlesData from './data/occupation-labels-ko.json' with { type: 'json' };
import occupationsData from './data/occupations.json' with { type: 'json' };
import { skillNamedByKoreanLabel } from './skill-labels.js';
import { skillsTaxonomy } from './skills-taxonomy.js';

/**
 * An occupation's title as a page shows it. `lang` is set when the title is not in the reader's
 * language: an occupation the Korean titles do not cover, shown by its English ESCO / O*NET title
 * (the page marks it `lang="en"`).
 */
export interface OccupationLabel {
  text: string;
  lang?: 'en';
}

interface KoreanTitlesFile {
  /** [occupation key (occupationKey), Korean title], from scripts/build-occupation-labels-ko.mjs. */
  labels: Array<[string, string]>;
}

/**
 * How titles are compared: case ignored (ESCO writes "software developer", O*NET "Software
 * Developers") and spaces normalised (a few taxonomy titles hold no-break spaces or a trailing space).
 */
export function occupationKey(title: string): string {
  return title.replace(/\s+/gu, ' ').trim().toLowerCase();
}

let koreanByKey: Map<string, string> | undefined;

/** The Korean title of an ESCO / O*NET occupation, when the curated list has one. */
export function koreanOccupationLabel(title: string): string | undefined {
  koreanByKey ??= new Map((koreanTitlesData as unknown as KoreanTitlesFile).labels);
  return koreanByKey.get(occupationKey(title));
}

let keysByKorean: Map<string, string[]> | undefined;
/** A Korean title's letters without spaces or the "-자" of a person ("생산 관리자" → 생산관리). */
const koreanCore = (title: string): string => title.replace(/\s+/gu, '').replace(/(?:담당자|담당|직원|엔지니어|전문가|자)$/u, '');

/**
 * The person nouns Korean job titles end with, a longer one before any it ends with: what precedes one is the work the person does
 * (특수교육실무사 → 특수교육, 의류 수선사 → 의류 수선, 운항관리자 and 운항관리사 → 운항). Read off the curated titles' own
 * endings (관리자, 담당자, 교사, 강사, 보조원, 디자이너…) and the endings of Korean licensed trades (…사, …원, …관, …기사).
 */
const PERSON_HEADS = [
  '컨설턴트', '코디네이터', '디자이너', '엔지니어', '담당자', '관리자', '관리사', '관리원', '책임자', '실무사', '실무자', '실무원', '보조교사', '전문가', '매니저',
  '지도사', '상담원', '상담사', '보조원', '사무원', '작업원', '감시원', '처리원', '점검원', '기술자', '기능사', '기사', '강사', '교사', '직원',
  '원', '사', '관', '자',
] as const;

/** The words of a Korean title's work, its person noun taken off the last word ("의류 수선사" → 의류, 수선). */
function koreanWorkWords(title: string): string[] {
  const words = title.trim().split(/\s+/u);
  const last = words.pop() ?? '';
  // The longest person noun the word ends with: 교사 is a teacher, not 교 + 사.
  const head = PERSON_HEADS.find((h) => last.endsWith(h));
  if (head !== undefined && last.length > head.length) words.push(last.slice(0, -head.length));
  else if (head === undefined) words.push(last);
  return words;
}

/** Whether every word of a title's work is a word of another's work, spaces aside where the work is one compound. */
const sameWork = (work: readonly string[], other: readonly string[]): boolean =>
  work.join('') === other.join('') || (work.length > 0 && work.every((w) => other.includes(w)));

let titlesByWork: Array<{ work: string[]; key: string }> | undefined;

/**
 * The occupations (their lower-cased English titles) whose Korean title a Korean job title names,
 * spaces and the person's ending aside: "생산관리 담당자" is the 생산 관리자. Where the curated titles name none
 * word for word, the title is read as work and person: the occupations whose Korean title does the same work
 * (특수교육실무사 → 특수교육 보조원, 공예 강사 → 공예 직업훈련 교사; one of each person noun that does it), else the
 * occupations of the one skill whose Korean label (or taxonomy name: HACCP) is the work ("의류 수선사": 의류 수선 is
 * "alter wearing apparel", listed by tailors and dressmakers; `has`, the person's own skills, chooses among them). Empty
 * when neither names it.
 */
export function occupationsForKoreanTitle(title: string, has: readonly string[] = []): string[] {
  if (!keysByKorean) {
    keysByKorean = new Map();
    for (const [key, korean] of (koreanTitlesData as unknown as KoreanTitlesFile).labels) {
      const core = koreanCore(korean);
      if (core.length >= 2) (keysByKorean.get(core) ?? keysByKorean.set(core, []).get(core)!).push(key);
    }
  }
  const exact = keysByKorean.get(koreanCore(title));
  if (exact) return exact;
  const work = koreanWorkWords(title);
  if (work.join('').length < 2) return [];
  titlesByWork ??= (koreanTitlesData as unknown as KoreanTitlesFile).labels.map(([key, korean]) => ({ key, work: koreanWorkWords(korean) }));
  const sameTitles = titlesByWork.filter((t) => sameWork(work, t.work)).map((t) => t.key);
  if (sameTitles.length > 0) return sameTitles.slice(0, MAX_WORK_TITLES);
  return occupationsOfSkillNamed(work.join(' '), has);
}

/** How many occupations one reading of a Korean title brings: the role's gaps are theirs, and more blur the work. */
const MAX_WORK_TITLES = 3;

/**
 * The ESCO occupations listing the skill a Korean work names (its Korean label, one of its Korean terms or its name): those
 * listing most of the person's own skills first (a 의류 수선사 who irons and sews buttonholes is the alteration machinist or
 * tailor of "alter wearing apparel", not its fashion designer), then those listing fewest skills (the work's own trade).
 * Looked up whole, not tagged: a title lookup does not run the skill tagger over the title.
 */
function occupationsOfSkillNamed(work: string, has: readonly string[]): string[] {
  const { byName, byKoreanTerm, occupations } = skillsTaxonomy();
  const labelled = skillNamedByKoreanLabel(work);
  const skill = labelled !== undefined ? byName.get(labelled.toLowerCase()) : (byKoreanTerm.get(work.replace(/\s+/gu, '')) ?? byName.get(work.toLowerCase()));
  const id = skill?.id;
  if (id === undefined) return [];
  const own = new Set(has.map((name) => byName.get(name.toLowerCase())?.id));
  const shared = (o: { skills: readonly number[] }): number => o.skills.filter((skillId) => own.has(skillId)).length;
  return occupations
    .filter((o) => o.source === 'esco' && o.skills.includes(id))
    .map((o) => ({ o, shared: shared(o) }))
    .sort((a, b) => b.shared - a.shared || a.o.skills.length - b.o.skills.length || a.o.title.localeCompare(b.o.title))
    .map(({ o }) => o)
    .slice(0, MAX_WORK_TITLES)
    .map((o) => occupationKey(o.title));
}

/**
 * The one place an occupation's display title comes from. Stored data (a report's matched occupations)
 * keeps the taxonomy's English title; it is worded here, when shown, for the reader's locale. A title
 * without a Korean one is shown as written, marked English.
 */
export function occupationLabel(title: string, locale: string): OccupationLabel {
  if (locale !== 'ko') return { text: title };
  const korean = koreanOccupationLabel(title);
  return korean !== undefined ? { text: korean } : { text: title, lang: 'en' };
}

let titleKeys: Set<string> | undefined;

/**
 * Whether a text is an occupation's title or alternative title in the taxonomy (ESCO, O*NET), case and
 * spacing aside: "Farmers, Ranchers, and Other Agricultural Managers" is one role, not three, though it
 * holds commas.
 */
export function isOccupationTitle(text: string): boolean {
  if (!titleKeys) {
    titleKeys = new Set();
    for (const [title, altTitles] of (occupationsData as unknown as { occupations: Array<[string, string[]]> }).occupations) {
      titleKeys.add(occupationKey(title));
      for (const alt of altTitles) titleKeys.add(occupationKey(alt));
    }
  }
  return titleKeys.has(occupationKey(text));
}
