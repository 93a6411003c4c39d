import type { MessageCatalog } from '../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** The interview practice pages (page chrome, recorder, rubric labels; questions and feedback from the engine stay English for now). */
export const INTERVIEW_CATALOG: MessageCatalog = { namespace: 'interview', messages: { en, ko } };
