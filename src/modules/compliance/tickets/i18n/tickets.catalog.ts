import type { MessageCatalog } from '../../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** Support tickets: the person's Settings page and the support console's tickets, in Korean and English. */
export const TICKETS_CATALOG: MessageCatalog = { namespace: 'tickets', messages: { en, ko } };
