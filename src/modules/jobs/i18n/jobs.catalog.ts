import type { MessageCatalog } from '../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** Employer pages, in Korean and English. */
export const JOBS_CATALOG: MessageCatalog = { namespace: 'jobs', messages: { en, ko } };
