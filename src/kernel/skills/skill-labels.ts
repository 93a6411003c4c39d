import koreanLabelsData from './data/skill-labels-ko.json' with { type: 'json' };

/**
 * A skill's name as a page shows it. `lang` is set when the name is not in the reader's language: a
 * skill the labels do not cover yet, shown by its English taxonomy name (the page marks it `lang="en"`).
 */
export interface SkillLabel {
  text: string;
  lang?: 'en';
}

interface KoreanLabelsFile {
  /** [taxonomy skill name, Korean label], from scripts/build-skill-labels-ko.mjs; a label equal to the name is a product term. */
  labels: Array<[string, string]>;
}

let koreanByName: Map<string, string> | undefined;

function koreanLabels(): Map<string, string> {
  koreanByName ??= new Map((koreanLabelsData as unknown as KoreanLabelsFile).labels.map(([name, label]) => [name.toLowerCase(), label]));
  return koreanByName;
}

/** The Korean label of a taxonomy skill, when the curated list has one (product terms: their own name). */
export function koreanSkillLabel(name: string): string | undefined {
  return koreanLabels().get(name.toLowerCase());
}

let nameByKorean: Map<string, string> | undefined;

/** The taxonomy skill whose Korean label a phrase is, spaces aside ("의류 수선" → "alter wearing apparel"). */
export function skillNamedByKoreanLabel(phrase: string): string | undefined {
  nameByKorean ??= new Map((koreanLabelsData as unknown as KoreanLabelsFile).labels.map(([name, label]) => [label.replace(/\s+/gu, ''), name]));
  return nameByKorean.get(phrase.replace(/\s+/gu, ''));
}

/**
 * The one place a skill's display name comes from. Stored data (reports, postings, interview topics)
 * keeps the taxonomy's canonical English name; it is worded here, when shown, for the reader's locale.
 * A name that is no taxonomy skill (an employer's own tag, a job's keyword) is shown as written, marked
 * English only when it is in Latin script and the reader is not English.
 */
export function skillLabel(name: string, locale: string): SkillLabel {
  if (locale !== 'ko') return { text: name };
  const korean = koreanSkillLabel(name);
  if (korean !== undefined) return { text: korean };
  return /\p{Script=Latin}/u.test(name) && !/\p{Script=Hangul}/u.test(name) ? { text: name, lang: 'en' } : { text: name };
}
