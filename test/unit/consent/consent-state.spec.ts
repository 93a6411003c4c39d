import { describe, expect, it } from 'vitest';
import { effectiveConsent, formatConsentCookie, parseConsentCookie, type StoredConsent } from '../../../src/modules/consent/consent-state.js';
import { COOKIE_POLICY_VERSION } from '../../../src/modules/consent/cookie-registry.js';
import { adPageKind, widenContentSecurityPolicy } from '../../../src/modules/consent/page-placement.js';

const decision = (over: Partial<StoredConsent> = {}): StoredConsent => ({
  consentId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  policyVersion: COOKIE_POLICY_VERSION,
  analytics: true,
  advertising: true,
  method: 'banner',
  gpcSignal: false,
  ...over,
});

describe('effectiveConsent', () => {
  it('before any choice: nothing optional, analytics per configuration, and the banner asks', () => {
    expect(effectiveConsent(undefined, false, true)).toMatchObject({ decided: false, analytics: false, advertising: false });
    expect(effectiveConsent(undefined, false, false)).toMatchObject({ decided: false, analytics: true, advertising: false });
  });

  it('follows a choice for the current policy version', () => {
    expect(effectiveConsent(decision(), false, true)).toMatchObject({ decided: true, analytics: true, advertising: true });
    expect(effectiveConsent(decision({ analytics: false, advertising: false, method: 'withdrawal' }), false, false)).toMatchObject({ decided: true, analytics: false, advertising: false });
  });

  it('asks again when the policy version changed', () => {
    expect(effectiveConsent(decision({ policyVersion: COOKIE_POLICY_VERSION - 1 }), false, true)).toMatchObject({ decided: false, advertising: false });
  });

  it('treats GPC as a refusal of advertising, unless the opt-in was made with the signal on', () => {
    expect(effectiveConsent(decision(), true, true)).toMatchObject({ advertising: false, optedInDespiteGpc: false });
    expect(effectiveConsent(decision({ gpcSignal: true }), true, true)).toMatchObject({ advertising: true, optedInDespiteGpc: true });
  });

  it('does not take a recorded GPC signal for the person’s own choice', () => {
    expect(effectiveConsent(decision({ method: 'gpc', advertising: false, analytics: false, gpcSignal: true }), true, true)).toMatchObject({ decided: false, advertising: false });
  });
});

describe('the consent cookie', () => {
  it('round-trips a decision', () => {
    const d = decision({ analytics: false, gpcSignal: true, method: 'settings' });
    expect(parseConsentCookie(formatConsentCookie(d))).toEqual(d);
  });

  it('ignores anything malformed', () => {
    for (const value of [undefined, false, '', 'x.1.110.banner', `${decision().consentId}.1.11.banner`, `${decision().consentId}.1.110.sold`]) {
      expect(parseConsentCookie(value)).toBeUndefined();
    }
  });
});

describe('ad placement', () => {
  it('allows only the listed public page kinds', () => {
    expect(adPageKind('/')).toBe('landing');
    expect(adPageKind('/jobs')).toBe('jobSearch');
    expect(adPageKind('/jobs/:id')).toBe('publicJob');
    for (const privatePage of ['/documents', '/documents/:id', '/analyses/:id', '/interviews/:id', '/settings', '/settings/cookies', '/dashboard', '/staff/cases/:id', '/shares/:id', undefined]) {
      expect(adPageKind(privatePage), String(privatePage)).toBeUndefined();
    }
  });
});

describe('widenContentSecurityPolicy', () => {
  const base = "default-src 'self';script-src 'self';img-src 'self' data:;connect-src 'self';object-src 'none'";

  it('adds sources to existing directives and starts missing ones from default-src', () => {
    const widened = widenContentSecurityPolicy(base, { 'script-src': ["'nonce-abc'", 'https://a.example'], 'frame-src': ['https://f.example'] });
    expect(widened).toBe("default-src 'self';script-src 'self' 'nonce-abc' https://a.example;img-src 'self' data:;connect-src 'self';object-src 'none';frame-src 'self' https://f.example");
  });

  it('never adds a source twice', () => {
    expect(widenContentSecurityPolicy(base, { 'script-src': ["'self'"] })).toBe(base);
  });
});
