// The compliance module's public face: data rights (export, erasure), policies, settings.
export { ComplianceModule } from './compliance.module.js';
export { DataRightsService } from './data-rights.service.js';
export { COMPLIANCE_CATALOG } from './i18n/compliance.catalog.js';
export { OPERATIONS_CATALOG } from './i18n/operations.catalog.js';
export { MarketingService, ONE_CLICK_UNSUBSCRIBE_PATH } from './marketing/marketing.service.js';

import { ErasedAccount } from './erased-account.entity.js';
import { INCIDENT_ENTITIES } from './incidents/breach-incident.entity.js';
import { MarketingConsentEvent } from './marketing/marketing-consent-event.entity.js';
import { PrivacyContactMessage } from './policies/privacy-contact-message.entity.js';
export const COMPLIANCE_ENTITIES = [ErasedAccount, ...INCIDENT_ENTITIES, MarketingConsentEvent, PrivacyContactMessage];
