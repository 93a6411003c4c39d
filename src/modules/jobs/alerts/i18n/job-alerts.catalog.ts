import type { MessageCatalog } from '../../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** Saved searches and their email alerts, in Korean and English. */
export const JOB_ALERTS_CATALOG: MessageCatalog = { namespace: 'jobAlerts', messages: { en, ko } };
