import type { MessageCatalog } from '../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** The analysis pages, in Korean and English. */
export const ANALYSIS_CATALOG: MessageCatalog = { namespace: 'analysis', messages: { en, ko } };
