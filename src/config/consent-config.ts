import { z } from 'zod';

/**
 * The consent slice of the configuration: cookieless analytics (Plausible) and advertising (AdSense).
 * Both are off unless configured; neither ever loads before the person's consent where consent is
 * needed (promises C1–C3).
 */
const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export const consentEnvSchema = {
  // The site as registered in Plausible, e.g. `candor.example`.
  PLAUSIBLE_DOMAIN: optional.pipe(z.string().regex(/^[a-z0-9.-]{1,253}$/i, 'must be a host name such as candor.example').optional()),
  // A self-hosted Plausible's script; the default is Plausible's hosted manual-pageview script.
  PLAUSIBLE_SCRIPT_URL: optional.pipe(z.url({ protocol: /^https?$/ }).optional()),
  // Whether analytics wait for an opt-in. Plausible sets no cookie, but some laws still ask for consent.
  ANALYTICS_REQUIRES_CONSENT: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  // The AdSense publisher id; unset, no advertising code exists on any page.
  ADSENSE_CLIENT: optional.pipe(z.string().regex(/^ca-pub-\d{10,20}$/, 'must be an AdSense publisher id such as ca-pub-1234567890123456').optional()),
};

type ConsentEnv = z.output<z.ZodObject<typeof consentEnvSchema>>;

export interface AnalyticsConfig {
  /** The Plausible site domain (`data-domain`). */
  domain: string;
  scriptUrl: string;
  /** The origin the script is loaded from and reports to (the CSP admits it on analytics pages). */
  origin: string;
}

export interface ConsentConfig {
  /** Unset: no analytics at all. */
  analytics: AnalyticsConfig | undefined;
  /** True: analytics wait for an opt-in; false: on until the person switches them off. */
  analyticsRequiresConsent: boolean;
  /** Unset: no advertising at all. */
  adsenseClient: string | undefined;
}

export const DEFAULT_PLAUSIBLE_SCRIPT_URL = 'https://plausible.io/js/script.manual.js';

export function consentConfig(e: ConsentEnv, isProduction: boolean, problems: string[]): ConsentConfig {
  const scriptUrl = e.PLAUSIBLE_SCRIPT_URL ?? DEFAULT_PLAUSIBLE_SCRIPT_URL;
  if (e.PLAUSIBLE_SCRIPT_URL && !e.PLAUSIBLE_DOMAIN) problems.push('  PLAUSIBLE_DOMAIN: required when PLAUSIBLE_SCRIPT_URL is set');
  if (isProduction && scriptUrl.startsWith('http:')) problems.push('  PLAUSIBLE_SCRIPT_URL: must be https in production');
  return {
    analytics: e.PLAUSIBLE_DOMAIN ? { domain: e.PLAUSIBLE_DOMAIN, scriptUrl, origin: new URL(scriptUrl).origin } : undefined,
    analyticsRequiresConsent: e.ANALYTICS_REQUIRES_CONSENT,
    adsenseClient: e.ADSENSE_CLIENT,
  };
}
