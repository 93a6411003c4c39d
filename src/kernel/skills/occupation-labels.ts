import koreanTitlesData from './data/occupation-labels-ko.json' with { type: 'json' };
import occupationsData from './data/occupations.json' with { type: 'json' };

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
 * The occupations (their lower-cased English titles) whose Korean title a Korean job title names,
 * spaces and the person's ending aside: "생산관리 담당자" is the 생산 관리자. Empty when the curated
 * titles have none.
 */
export function occupationsForKoreanTitle(title: string): string[] {
  if (!keysByKorean) {
    keysByKorean = new Map();
    for (const [key, korean] of (koreanTitlesData as unknown as KoreanTitlesFile).labels) {
      const core = koreanCore(korean);
      if (core.length >= 2) (keysByKorean.get(core) ?? keysByKorean.set(core, []).get(core)!).push(key);
    }
  }
  return keysByKorean.get(koreanCore(title)) ?? [];
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
