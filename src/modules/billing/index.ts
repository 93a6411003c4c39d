// The billing module's public face: the only file others import.
export { BillingModule } from './billing.module.js';
