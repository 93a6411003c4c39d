import type { MessageCatalog } from '../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

export const CONSENT_CATALOG: MessageCatalog = { namespace: 'consent', messages: { en, ko } };
