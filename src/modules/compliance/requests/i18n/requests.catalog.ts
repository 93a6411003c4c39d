import type { MessageCatalog } from '../../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** Data requests: the requester's pages, the public form, the support console, in Korean and English. */
export const REQUESTS_CATALOG: MessageCatalog = { namespace: 'requests', messages: { en, ko } };
