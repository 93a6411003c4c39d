import type { MessageCatalog } from '../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** Sign-in, the development sign-in, the profile and job preferences, and the goals card, in Korean and English. */
export const ACCOUNTS_CATALOG: MessageCatalog = { namespace: 'accounts', messages: { en, ko } };
