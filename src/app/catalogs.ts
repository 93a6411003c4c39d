import { ANALYSIS_CATALOG } from '../modules/analysis/index.js';
import { COMPLIANCE_CATALOG } from '../modules/compliance/index.js';
import { INTERVIEW_CATALOG } from '../modules/interview/index.js';
import { COMMON_CATALOG } from '../platform/i18n/common.catalog.js';
import type { MessageCatalog } from '../platform/i18n/translator.js';

/**
 * Every area's messages, in Korean and English. Like the entity list, composition lives here, above
 * the modules: each module's catalog comes from its index.ts.
 */
export const CATALOGS: readonly MessageCatalog[] = [COMMON_CATALOG, COMPLIANCE_CATALOG, ANALYSIS_CATALOG, INTERVIEW_CATALOG];
