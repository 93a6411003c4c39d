// The accounts module's public face: sign-in (OpenID Connect, the development provider) and the
// person's own profile. Identity itself (users, sessions, the guard) lives in platform/identity.
export { AccountsModule } from './accounts.module.js';
export { ACCOUNTS_CATALOG } from './i18n/accounts.catalog.js';
export { DEV_OIDC_MOUNT, DevOidcProviderService } from './sign-in/dev-oidc-provider.service.js';
