import type { MessageCatalog } from '../../../platform/i18n/translator.js';
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

/** The analyses page and the analysis report (page chrome; the engine's own text stays English for now). */
export const ANALYSIS_CATALOG: MessageCatalog = { namespace: 'analysis', messages: { en, ko } };
