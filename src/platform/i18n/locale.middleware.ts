import type { NextFunction, Request, Response } from 'express';
import { formattersFor, type Formatters } from './formatters.js';
import { DEFAULT_TIME_ZONES, isLocale, LOCALE_NAMES, LOCALES, negotiateLocale, type Locale, type LocaleSource } from './locale.js';
import type { Translate, Translator } from './translator.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** The language this request is answered in (set before any route runs). */
    locale?: Locale;
    localeSource?: LocaleSource;
  }
}

/** What every template gets: `t(key)`, `fmt.date(d)`, `locale`, and the switcher's links. */
export interface LocaleLocals {
  locale: Locale;
  t: Translate;
  fmt: Formatters;
  /** `<link rel="alternate" hreflang>` targets: this page in each language. */
  alternates: { locale: Locale; href: string }[];
  languages: { locale: Locale; name: string; current: boolean }[];
}

/** Resolves the request's locale and puts the translator and formatters in `res.locals`. */
export function localeMiddleware(translator: Translator, fallback: Locale): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    const { locale, source } = negotiateLocale(req, fallback);
    req.localeSource = source;
    applyLocale(req, res, translator, locale);
    // The answer depends on these request headers: caches must keep the languages apart.
    res.vary('Accept-Language');
    res.vary('Cookie');
    next();
  };
}

/**
 * The signed-in person's saved language wins over `Accept-Language` and the default, but not over an
 * explicit choice in this browser (cookie) or a `?lang=` link. Called by the identity guard.
 */
export function applyAccountLocale(req: Request, res: Response, translator: Translator, accountLocale: string | null | undefined): void {
  if (!isLocale(accountLocale) || req.localeSource === 'query' || req.localeSource === 'cookie') return;
  req.localeSource = 'account';
  applyLocale(req, res, translator, accountLocale);
}

function applyLocale(req: Request, res: Response, translator: Translator, locale: Locale): void {
  req.locale = locale;
  const path = req.path;
  const locals: LocaleLocals = {
    locale,
    t: translator.forLocale(locale),
    fmt: formattersFor(locale, DEFAULT_TIME_ZONES[locale]),
    alternates: LOCALES.map((l) => ({ locale: l, href: `${path}?lang=${l}` })),
    languages: LOCALES.map((l) => ({ locale: l, name: LOCALE_NAMES[l], current: l === locale })),
  };
  Object.assign(res.locals, locals);
  res.setHeader('Content-Language', locale);
}
