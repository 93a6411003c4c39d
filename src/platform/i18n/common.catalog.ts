import en from './catalog/en.json' with { type: 'json' };
import ko from './catalog/ko.json' with { type: 'json' };
import type { MessageCatalog } from './translator.js';

/** The platform's own words: layout, navigation, footer, language switcher, error pages. */
export const COMMON_CATALOG: MessageCatalog = { namespace: 'common', messages: { en, ko } };
