// The billing module's public face: the only file others import.
export { BillingModule } from './billing.module.js';
export { QuotaService, type QuotaUsage } from './quota.service.js';
export type { QuotaKind } from './billing.entities.js';
export { QuotaExceededError, type QuotaReached } from './billing.errors.js';
export { STRIPE_WEBHOOK_PATH } from './billing-webhook.controller.js';
export { STRIPE_API_VERSION } from './stripe-gateway.js';
export { BILLING_CATALOG } from './i18n/billing.catalog.js';

import { BILLING_ENTITIES } from './billing.entities.js';
export { BILLING_ENTITIES };
