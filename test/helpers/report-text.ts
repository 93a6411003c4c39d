import { CATALOGS } from '../../src/app/catalogs.js';
import type { Locale } from '../../src/platform/i18n/locale.js';
import { Translator } from '../../src/platform/i18n/translator.js';

const translator = new Translator(CATALOGS);

/** A message of an analysis report (catalog key + parameters) as a reader of `locale` reads it. */
export function reportText(message: { key: string; params?: Record<string, unknown> } | undefined, locale: Locale = 'en'): string {
  if (!message) throw new Error('no message to read');
  return translator.t(locale, message.key, message.params);
}
