import { ACCOUNTS_CATALOG } from '../modules/accounts/index.js';
import { ANALYSIS_CATALOG } from '../modules/analysis/index.js';
import { BILLING_CATALOG } from '../modules/billing/index.js';
import { ADMIN_CATALOG, COMPLIANCE_CATALOG, OPERATIONS_CATALOG, REQUESTS_CATALOG, TICKETS_CATALOG } from '../modules/compliance/index.js';
import { CONSENT_CATALOG } from '../modules/consent/index.js';
import { DOCUMENTS_CATALOG } from '../modules/documents/index.js';
import { INTERVIEW_CATALOG } from '../modules/interview/index.js';
import { ADVISORS_CATALOG, JOB_ALERTS_CATALOG, JOBS_CATALOG } from '../modules/jobs/index.js';
import { COMMON_CATALOG } from '../platform/i18n/common.catalog.js';
import type { MessageCatalog } from '../platform/i18n/translator.js';
import { DASHBOARD_CATALOG } from './dashboard/i18n/dashboard.catalog.js';

/**
 * Every area's messages, in Korean and English. Like the entity list, composition lives here, above
 * the modules: each module's catalog comes from its index.ts.
 */
export const CATALOGS: readonly MessageCatalog[] = [
  COMMON_CATALOG,
  COMPLIANCE_CATALOG,
  ACCOUNTS_CATALOG,
  DASHBOARD_CATALOG,
  DOCUMENTS_CATALOG,
  ANALYSIS_CATALOG,
  INTERVIEW_CATALOG,
  JOBS_CATALOG,
  REQUESTS_CATALOG,
  ADMIN_CATALOG,
  BILLING_CATALOG,
  OPERATIONS_CATALOG,
  CONSENT_CATALOG,
  JOB_ALERTS_CATALOG,
  ADVISORS_CATALOG,
  TICKETS_CATALOG,
];
