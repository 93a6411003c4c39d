import type { MessageCatalog } from '../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** The published policies (privacy, terms, cookies) and the compliance pages, in Korean and English. */
export const COMPLIANCE_CATALOG: MessageCatalog = { namespace: 'compliance', messages: { en, ko } };
