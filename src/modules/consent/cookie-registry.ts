/**
 * Every cookie Candor's pages can cause a browser to hold — ours and, after an opt-in, Google's —
 * in one list. The cookie policy renders its table from it (purposes in the consent catalog, Korean
 * and English), and the browser test of promise C1 fails when a journey sets a cookie missing here.
 */
export const CONSENT_CATEGORIES = ['necessary', 'analytics', 'advertising'] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

/** The categories a person can switch on or off; strictly necessary cookies are always on. */
export const OPTIONAL_CATEGORIES = ['analytics', 'advertising'] as const;
export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number];

/**
 * The cookie policy's version. Raise it (and the date) whenever the registry or the categories change
 * in a way people should agree to again: every decision recorded for an older version stops counting
 * and the banner asks again.
 */
export const COOKIE_POLICY_VERSION = 1;
export const COOKIE_POLICY_DATE = '2026-11-29';

export interface RegisteredCookie {
  /** The exact cookie name as the browser stores it. */
  name: string;
  /** Catalog key of the row: `consent:registry.<key>.purpose` and `…duration`. */
  key: string;
  category: ConsentCategory;
  /** First party: set for our own origin. Third party: set by another site (Google) on its domain. */
  party: 'first' | 'third';
  /** Only the built-in development sign-in sets it; production never does. */
  developmentOnly: boolean;
  /** Production's name where it differs (`__Host-` prefix over HTTPS). */
  productionName?: string;
}

const first = (name: string, key: string, extra: Partial<RegisteredCookie> = {}): RegisteredCookie => ({
  name,
  key,
  category: 'necessary',
  party: 'first',
  developmentOnly: false,
  ...extra,
});

const devSignIn = (name: string): RegisteredCookie => first(name, 'devSignIn', { developmentOnly: true });

const google = (name: string, key: string): RegisteredCookie => ({ name, key, category: 'advertising', party: 'third', developmentOnly: false });

export const COOKIE_REGISTRY: readonly RegisteredCookie[] = [
  first('candor_session', 'session', { productionName: '__Host-candor_session' }),
  first('candor_csrf', 'csrf', { productionName: '__Host-candor.csrf' }),
  first('candor_sign_in', 'signIn'),
  first('candor_flash', 'flash'),
  first('candor_lang', 'language'),
  first('candor_consent', 'consent'),
  // The built-in OpenID provider (oidc-provider) used when no real sign-in is configured.
  devSignIn('_interaction'),
  devSignIn('_interaction.sig'),
  devSignIn('_interaction_resume'),
  devSignIn('_interaction_resume.sig'),
  devSignIn('_session'),
  devSignIn('_session.sig'),
  // AdSense, only after an opt-in to advertising, and only on the pages that show ads.
  google('__gads', 'googleAds'),
  google('__gpi', 'googleAds'),
  google('__eoi', 'googleAdsSecurity'),
  google('IDE', 'googleAdsDoubleclick'),
  google('test_cookie', 'googleAdsTest'),
];

/** The registry row for a cookie the browser holds, by either its development or production name. */
export function registeredCookie(name: string): RegisteredCookie | undefined {
  return COOKIE_REGISTRY.find((c) => c.name === name || c.productionName === name);
}

/** The rows the cookie policy shows, grouped by category in a fixed order; development-only rows last. */
export function cookiePolicyRows(includeDevelopmentOnly: boolean): { category: ConsentCategory; cookies: RegisteredCookie[] }[] {
  return CONSENT_CATEGORIES.map((category) => ({
    category,
    cookies: COOKIE_REGISTRY.filter((c) => c.category === category && (includeDevelopmentOnly || !c.developmentOnly)).sort(
      (a, b) => Number(a.developmentOnly) - Number(b.developmentOnly),
    ),
  })).filter((group) => group.cookies.length > 0);
}
