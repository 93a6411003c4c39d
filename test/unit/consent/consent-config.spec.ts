import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/app-config.js';
import { localEnv, PRODUCTION_ENV } from '../../helpers/config-env.js';

describe('the consent configuration', () => {
  it('has no analytics and no ads unless configured, and analytics wait for consent by default', () => {
    const config = loadConfig(localEnv());
    expect(config.consent).toEqual({ analytics: undefined, analyticsRequiresConsent: true, adsenseClient: undefined });
  });

  it('reads Plausible (hosted by default, or self-hosted) and AdSense', () => {
    expect(loadConfig({ ...localEnv(), PLAUSIBLE_DOMAIN: 'candor.example', ADSENSE_CLIENT: 'ca-pub-1234567890123456', ANALYTICS_REQUIRES_CONSENT: 'false' }).consent).toEqual({
      analytics: { domain: 'candor.example', scriptUrl: 'https://plausible.io/js/script.manual.js', origin: 'https://plausible.io' },
      analyticsRequiresConsent: false,
      adsenseClient: 'ca-pub-1234567890123456',
    });
    expect(loadConfig({ ...localEnv(), PLAUSIBLE_DOMAIN: 'candor.example', PLAUSIBLE_SCRIPT_URL: 'https://stats.candor.example/js/script.manual.js' }).consent.analytics?.origin).toBe('https://stats.candor.example');
  });

  it('names what is missing or malformed', () => {
    expect(() => loadConfig({ ...localEnv(), PLAUSIBLE_SCRIPT_URL: 'https://stats.candor.example/js/script.manual.js' })).toThrow(/PLAUSIBLE_DOMAIN: required when PLAUSIBLE_SCRIPT_URL is set/);
    expect(() => loadConfig({ ...localEnv(), ADSENSE_CLIENT: 'pub-123' })).toThrow(/ADSENSE_CLIENT: must be an AdSense publisher id/);
    expect(() => loadConfig({ ...localEnv(), PLAUSIBLE_DOMAIN: 'candor.example/path' })).toThrow(/PLAUSIBLE_DOMAIN/);
  });

  it('requires https for the analytics script in production', () => {
    expect(() => loadConfig({ ...PRODUCTION_ENV, ...localEnv(), PLAUSIBLE_DOMAIN: 'candor.example', PLAUSIBLE_SCRIPT_URL: 'http://stats.candor.example/js/script.manual.js' })).toThrow(
      /PLAUSIBLE_SCRIPT_URL: must be https in production/,
    );
  });
});
