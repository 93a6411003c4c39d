import type { MessageCatalog } from '../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** The landing page and the dashboard's frame (each card's words live in the catalog of its module). */
export const DASHBOARD_CATALOG: MessageCatalog = { namespace: 'dashboard', messages: { en, ko } };
