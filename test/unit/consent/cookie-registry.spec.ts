import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COOKIE_REGISTRY, cookiePolicyRows, registeredCookie } from '../../../src/modules/consent/cookie-registry.js';

const catalog = (lang: string): { registry: Record<string, { purpose: string; duration: string }> } =>
  JSON.parse(readFileSync(`src/modules/consent/i18n/${lang}.json`, 'utf8')) as { registry: Record<string, { purpose: string; duration: string }> };

describe('the cookie registry', () => {
  it('names each cookie once', () => {
    const names = COOKIE_REGISTRY.flatMap((c) => [c.name, ...(c.productionName ? [c.productionName] : [])]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has a purpose and a duration for every row, in English and Korean', () => {
    for (const lang of ['en', 'ko']) {
      const rows = catalog(lang).registry;
      for (const cookie of COOKIE_REGISTRY) {
        expect(rows[cookie.key]?.purpose, `${lang} ${cookie.name}`).toBeTruthy();
        expect(rows[cookie.key]?.duration, `${lang} ${cookie.name}`).toBeTruthy();
      }
    }
  });

  it('keeps every first-party cookie strictly necessary, and every third-party one advertising', () => {
    for (const cookie of COOKIE_REGISTRY) {
      expect(cookie.category, cookie.name).toBe(cookie.party === 'first' ? 'necessary' : 'advertising');
    }
  });

  it('finds cookies by their development or production name', () => {
    expect(registeredCookie('candor_session')?.key).toBe('session');
    expect(registeredCookie('__Host-candor_session')?.key).toBe('session');
    expect(registeredCookie('__Host-candor.csrf')?.key).toBe('csrf');
    expect(registeredCookie('_ga')).toBeUndefined();
  });

  it('lists development-only cookies on the policy only when asked to, after the others of their category', () => {
    const production = cookiePolicyRows(false).flatMap((g) => g.cookies);
    expect(production.some((c) => c.developmentOnly)).toBe(false);
    const development = cookiePolicyRows(true);
    expect(development.map((g) => g.category)).toEqual(['necessary', 'advertising']);
    const necessary = development[0]!.cookies.map((c) => c.developmentOnly);
    expect(necessary).toEqual([...necessary].sort((a, b) => Number(a) - Number(b)));
    expect(development.flatMap((g) => g.cookies)).toHaveLength(COOKIE_REGISTRY.length);
  });
});
