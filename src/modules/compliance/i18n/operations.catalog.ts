import type { MessageCatalog } from '../../../platform/i18n/translator.js';
import en from './operations.en.json' with { type: 'json' };
import ko from './operations.ko.json' with { type: 'json' };

/**
 * Compliance operations — breach incidents, retention, policy versions, processors, the privacy
 * contact and marketing email — in Korean and English; apart from the policies' catalog.
 */
export const OPERATIONS_CATALOG: MessageCatalog = { namespace: 'operations', messages: { en, ko } };
