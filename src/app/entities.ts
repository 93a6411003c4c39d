import { ANALYSIS_ENTITIES } from '../modules/analysis/index.js';
import { BILLING_ENTITIES } from '../modules/billing/index.js';
import { COMPLIANCE_ENTITIES } from '../modules/compliance/index.js';
import { CONSENT_ENTITIES } from '../modules/consent/index.js';
import { DOCUMENTS_ENTITIES } from '../modules/documents/index.js';
import { INTERVIEW_ENTITIES } from '../modules/interview/index.js';
import { JOBS_ENTITIES } from '../modules/jobs/index.js';
import { PLATFORM_ENTITIES } from '../platform/database/platform-entities.js';

/**
 * Every entity, listed explicitly: folder discovery breaks between src (tests) and dist (runtime).
 * Composition lives here, above the modules, so platform/database never imports a feature.
 */
export const ENTITIES = [...PLATFORM_ENTITIES, ...COMPLIANCE_ENTITIES, ...DOCUMENTS_ENTITIES, ...ANALYSIS_ENTITIES, ...INTERVIEW_ENTITIES, ...BILLING_ENTITIES, ...JOBS_ENTITIES, ...CONSENT_ENTITIES];
