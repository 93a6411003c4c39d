import { CONSENT_METHODS, type ConsentMethod } from './consent-record.entity.js';
import { COOKIE_POLICY_VERSION } from './cookie-registry.js';

/** A decision as the browser's consent cookie, or the account's latest ledger row, carries it. */
export interface StoredConsent {
  consentId: string;
  policyVersion: number;
  analytics: boolean;
  advertising: boolean;
  method: ConsentMethod;
  /** The browser sent Global Privacy Control when this decision was made. */
  gpcSignal: boolean;
}

/** What this request may load, after the stored decision, the GPC signal and the configuration. */
export interface EffectiveConsent {
  /** The person made a choice of their own for the current policy version; otherwise the banner asks. */
  decided: boolean;
  analytics: boolean;
  advertising: boolean;
  /** The browser sent Global Privacy Control with this request. */
  gpc: boolean;
  /** Advertising is allowed although GPC is on, because the person opted in explicitly while it was on. */
  optedInDespiteGpc: boolean;
}

/** Methods that are the person's own choice; GPC alone is a refusal of advertising, not a full decision. */
const PERSONAL_CHOICES: readonly ConsentMethod[] = ['banner', 'settings', 'withdrawal'];

/**
 * Before a choice only strictly necessary cookies count (C1): advertising is off, analytics follow the
 * configuration. GPC refuses advertising (C2) unless the person opted in with the signal on — a later,
 * explicit choice that overrides it. A choice made for an older policy version no longer counts.
 */
export function effectiveConsent(stored: StoredConsent | undefined, gpc: boolean, analyticsRequiresConsent: boolean): EffectiveConsent {
  const current = stored && stored.policyVersion === COOKIE_POLICY_VERSION ? stored : undefined;
  const decided = current !== undefined && PERSONAL_CHOICES.includes(current.method);
  const optedInDespiteGpc = decided && current.advertising && current.gpcSignal;
  return {
    decided,
    analytics: decided ? current.analytics : !analyticsRequiresConsent,
    advertising: decided && current.advertising && (!gpc || current.gpcSignal),
    gpc,
    optedInDespiteGpc: gpc && optedInDespiteGpc,
  };
}

export const CONSENT_COOKIE = 'candor_consent';

/** Where people change or withdraw their choice; every page's footer links here. */
export const COOKIE_SETTINGS_PATH = '/settings/cookies';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `<consent id>.<version>.<analytics 0|1><advertising 0|1><gpc 0|1>.<method>` — signed by cookie-parser. */
export function formatConsentCookie(c: StoredConsent): string {
  return `${c.consentId}.${c.policyVersion}.${Number(c.analytics)}${Number(c.advertising)}${Number(c.gpcSignal)}.${c.method}`;
}

export function parseConsentCookie(value: unknown): StoredConsent | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^([0-9a-f-]{36})\.(\d{1,6})\.([01])([01])([01])\.([a-z]+)$/.exec(value);
  if (!match || !UUID.test(match[1]!) || !(CONSENT_METHODS as readonly string[]).includes(match[6]!)) return undefined;
  return {
    consentId: match[1]!,
    policyVersion: Number(match[2]),
    analytics: match[3] === '1',
    advertising: match[4] === '1',
    gpcSignal: match[5] === '1',
    method: match[6] as ConsentMethod,
  };
}
