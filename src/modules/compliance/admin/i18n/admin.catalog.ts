import type { MessageCatalog } from '../../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** The administrators' pages: roles, scheduled jobs, the access log. */
export const ADMIN_CATALOG: MessageCatalog = { namespace: 'admin', messages: { en, ko } };
