import koreanTitlesData from './data/occupation-labels-ko.json' with { type: 'json' };

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
