import type { MessageCatalog } from '../../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** Advisors, their directory and consultations (S2), in Korean and English. */
export const ADVISORS_CATALOG: MessageCatalog = { namespace: 'advisors', messages: { en, ko } };
