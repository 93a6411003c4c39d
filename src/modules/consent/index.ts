// The consent module's public face: the only file others import.
export { ConsentModule } from './consent.module.js';
export { CONSENT_CATALOG } from './i18n/consent.catalog.js';
export { COOKIE_REGISTRY, COOKIE_POLICY_VERSION, COOKIE_POLICY_DATE, cookiePolicyRows, registeredCookie, type RegisteredCookie } from './cookie-registry.js';

import { ConsentRecord } from './consent-record.entity.js';
export const CONSENT_ENTITIES = [ConsentRecord];
