import type { Request } from 'express';

/** The languages Candor is written in. Korean prevails for policies (Korea's PIPA applies). */
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

/** The visitor's explicit choice, kept for a year; the account setting keeps it across devices. */
export const LOCALE_COOKIE = 'candor_lang';
export const LOCALE_COOKIE_MAX_AGE_MS = 365 * 86_400_000;

/** Where a person lives by default when they have not said: Korean speakers are served in KST. */
export const DEFAULT_TIME_ZONES: Record<Locale, string> = { ko: 'Asia/Seoul', en: 'UTC' };

/** Names of the languages in themselves, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export type LocaleSource = 'query' | 'cookie' | 'account' | 'header' | 'default';

/**
 * The request's locale before sign-in is known: `?lang=` (links such as hreflang alternates), then the
 * cookie, then `Accept-Language` (negotiated by Express's `accepts`), then the configured default.
 * The signed-in person's account setting is applied afterwards by the guard (see `applyAccountLocale`).
 */
export function negotiateLocale(req: Request, fallback: Locale): { locale: Locale; source: LocaleSource } {
  const query = req.query?.lang;
  if (isLocale(query)) return { locale: query, source: 'query' };
  const cookie = (req.cookies as Record<string, unknown> | undefined)?.[LOCALE_COOKIE];
  if (isLocale(cookie)) return { locale: cookie, source: 'cookie' };
  if (req.headers['accept-language']) {
    const accepted = req.acceptsLanguages(...LOCALES);
    if (isLocale(accepted)) return { locale: accepted, source: 'header' };
  }
  return { locale: fallback, source: 'default' };
}
