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
  /** The switcher's languages; `nameMarkup` is the name in ASCII markup (`asciiMarkup`). */
  languages: { locale: Locale; name: string; nameMarkup: string; current: boolean }[];
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

/**
 * What depends on the locale alone, made once at start-up (issue #18): the translator, the formatters
 * and the switcher's list were rebuilt for every request, twice when the account's language applied.
 * Shared by every request in that language: templates only read them.
 */
interface LocaleParts {
  fmt: Formatters;
  /** `nameMarkup`: the name in ASCII (character references), see `asciiMarkup`. */
  languages: readonly { locale: Locale; name: string; nameMarkup: string; current: boolean }[];
}

/**
 * Text as ASCII markup: each character beyond ASCII written as a character reference, which the
 * browser reads as the character itself. For the switcher's "한국어" on every page (issue #18): one
 * character outside Latin-1 makes V8 hold the whole page as a two-byte string, so sending it copied
 * twice the page's length into a flat string on every request; an English page is now one byte a
 * character until its content has such a character of its own.
 */
function asciiMarkup(text: string): string {
  return [...text].map((c) => (c.charCodeAt(0) < 0x80 ? c : `&#${c.codePointAt(0)!};`)).join('');
}

const LOCALE_PARTS = new Map<Locale, LocaleParts>(
  LOCALES.map((locale) => [
    locale,
    {
      fmt: formattersFor(locale, DEFAULT_TIME_ZONES[locale]),
      languages: Object.freeze(LOCALES.map((l) => Object.freeze({ locale: l, name: LOCALE_NAMES[l], nameMarkup: asciiMarkup(LOCALE_NAMES[l]), current: l === locale }))),
    },
  ]),
);

function applyLocale(req: Request, res: Response, translator: Translator, locale: Locale): void {
  const first = req.locale === undefined;
  req.locale = locale;
  const parts = LOCALE_PARTS.get(locale)!;
  const locals = res.locals as Partial<LocaleLocals>;
  locals.locale = locale;
  locals.t = translator.forLocale(locale);
  locals.fmt = parts.fmt;
  locals.languages = parts.languages as LocaleLocals['languages'];
  // This page in each language: the path alone, so an account's language applied later keeps them.
  if (first) {
    const path = req.path;
    locals.alternates = LOCALES.map((l) => ({ locale: l, href: `${path}?lang=${l}` }));
  }
  res.setHeader('Content-Language', locale);
}
