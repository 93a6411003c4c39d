import type { MessageCatalog } from '../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** The interview pages, in Korean and English. */
export const INTERVIEW_CATALOG: MessageCatalog = { namespace: 'interview', messages: { en, ko } };
