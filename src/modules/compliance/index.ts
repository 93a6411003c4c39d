// The compliance module's public face: data rights (export, erasure), policies, settings.
export { ComplianceModule } from './compliance.module.js';
export { DataRightsService } from './data-rights.service.js';
export { COMPLIANCE_CATALOG } from './i18n/compliance.catalog.js';
// Data-subject requests, staff cases and the administrators' pages (R3, H1).
export { DataRequestsModule } from './requests/data-requests.module.js';
export { REQUESTS_CATALOG } from './requests/i18n/requests.catalog.js';
export { ADMIN_CATALOG } from './admin/i18n/admin.catalog.js';
// The check every use of a person's data asks first (restriction, objection: R3).
export { ProcessingRestrictions, ProcessingRestrictionsModule } from './restrictions/processing-restrictions.js';
export { ProcessingRestrictedError } from './requests/data-requests.errors.js';
export type { ProcessingPurpose } from './requests/data-request.entity.js';

import { ErasedAccount } from './erased-account.entity.js';
import { DataRequest, DataRequestEvent } from './requests/data-request.entity.js';
import { ProcessingRestriction } from './restrictions/processing-restriction.entity.js';
export const COMPLIANCE_ENTITIES = [ErasedAccount, DataRequest, DataRequestEvent, ProcessingRestriction];
