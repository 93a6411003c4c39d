import type { MessageCatalog } from '../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** The documents pages, the structured-profile editor and upload rejections, in Korean and English. */
export const DOCUMENTS_CATALOG: MessageCatalog = { namespace: 'documents', messages: { en, ko } };
