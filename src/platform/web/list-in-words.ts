import type { Locale } from '../i18n/locale.js';

const TAGS: Record<Locale, string> = { en: 'en-GB', ko: 'ko-KR' };
const LISTS = new Map<Locale, Intl.ListFormat>();

/** "a", "a and b", "a, b and c" (Korean "a, b 및 c"): a list in words, for sentences built from parts. */
export function listInWords(items: readonly string[], locale: Locale = 'en'): string {
  let list = LISTS.get(locale);
  if (!list) {
    list = new Intl.ListFormat(TAGS[locale], { style: 'long', type: 'conjunction' });
    LISTS.set(locale, list);
  }
  return list.format(items);
}
