import type { MessageCatalog } from '../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** Plans, the plan page, checkout's return page and quota messages, in Korean and English. */
export const BILLING_CATALOG: MessageCatalog = { namespace: 'billing', messages: { en, ko } };
