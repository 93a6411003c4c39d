// The compliance module's public face: data rights (export, erasure), policies, settings.
export { ComplianceModule } from './compliance.module.js';
export { DataRightsService } from './data-rights.service.js';
export { COMPLIANCE_CATALOG } from './i18n/compliance.catalog.js';
// Data-subject requests, staff cases and the administrators' pages (R3, H1).
export { DataRequestsModule } from './requests/data-requests.module.js';
export { REQUESTS_CATALOG } from './requests/i18n/requests.catalog.js';
export { ADMIN_CATALOG } from './admin/i18n/admin.catalog.js';
// Support tickets: people ask for help from Settings; a ticket is a case source too (H1).
export { TICKETS_CATALOG } from './tickets/i18n/tickets.catalog.js';
// The check every use of a person's data asks first (restriction, objection: R3).
export { ProcessingRestrictions, ProcessingRestrictionsModule } from './restrictions/processing-restrictions.js';
export { ProcessingRestrictedError } from './requests/data-requests.errors.js';
export type { ProcessingPurpose } from './requests/data-request.entity.js';

export { OPERATIONS_CATALOG } from './i18n/operations.catalog.js';
export { MarketingService, ONE_CLICK_UNSUBSCRIBE_PATH } from './marketing/marketing.service.js';

import { ErasedAccount } from './erased-account.entity.js';
import { INCIDENT_ENTITIES } from './incidents/breach-incident.entity.js';
import { MarketingConsentEvent } from './marketing/marketing-consent-event.entity.js';
import { POLICY_ENTITIES } from './policies/policy-version.entity.js';
import { PrivacyContactMessage } from './policies/privacy-contact-message.entity.js';
import { DataRequest, DataRequestEvent } from './requests/data-request.entity.js';
import { ProcessingRestriction } from './restrictions/processing-restriction.entity.js';
import { SupportTicket, SupportTicketEvent } from './tickets/support-ticket.entity.js';
export const COMPLIANCE_ENTITIES = [ErasedAccount, DataRequest, DataRequestEvent, ProcessingRestriction, ...INCIDENT_ENTITIES, MarketingConsentEvent, PrivacyContactMessage, ...POLICY_ENTITIES, SupportTicket, SupportTicketEvent];
