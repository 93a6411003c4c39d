import type { Request, Response } from 'express';
import { describe, expect, it, vi } from 'vitest';
import { applyAccountLocale, localeMiddleware } from '../../../src/platform/i18n/locale.middleware.js';
import { Translator } from '../../../src/platform/i18n/translator.js';

// Issue #18: what depends on the language alone (translate function, formatters, the switcher's list) is
// made once at start-up and shared by every request, not rebuilt per request (twice when the account's
// language applies). What depends on the page (the hreflang alternates) is made once per request.

const translator = new Translator([{ namespace: 'common', messages: { en: { hello: 'Hello' }, ko: { hello: '안녕하세요' } } }]);
const middleware = localeMiddleware(translator, 'en');

function request(path: string, lang?: string): { req: Request; res: Response } {
  const res = { locals: {} as Record<string, unknown>, vary: vi.fn(), setHeader: vi.fn() } as unknown as Response;
  const req = { path, query: lang ? { lang } : {}, cookies: {}, headers: {}, res } as unknown as Request;
  middleware(req, res, () => undefined);
  return { req, res };
}

describe('the locale middleware', () => {
  it('hands every request in a language the same translator, formatters and switcher list', () => {
    const a = request('/documents').res.locals;
    const b = request('/analyses').res.locals;
    expect(b.t).toBe(a.t);
    expect(b.fmt).toBe(a.fmt);
    expect(b.languages).toBe(a.languages);
    expect(a.languages).toEqual([
      // The switcher's names also as ASCII markup: one character beyond Latin-1 made every English page a two-byte string.
      { locale: 'en', name: 'English', nameMarkup: 'English', current: true },
      { locale: 'ko', name: '한국어', nameMarkup: '&#54620;&#44397;&#50612;', current: false },
    ]);
    expect(Object.isFrozen(a.languages)).toBe(true);
    // Each page still gets its own alternates.
    expect(a.alternates).toEqual([
      { locale: 'en', href: '/documents?lang=en' },
      { locale: 'ko', href: '/documents?lang=ko' },
    ]);
    expect(b.alternates).toEqual([
      { locale: 'en', href: '/analyses?lang=en' },
      { locale: 'ko', href: '/analyses?lang=ko' },
    ]);
  });

  it('switches to the account’s language with that language’s shared parts, keeping the page’s alternates', () => {
    const { req, res } = request('/dashboard');
    const alternates = res.locals.alternates;
    applyAccountLocale(req, res, translator, 'ko');
    const korean = request('/dashboard', 'ko').res.locals;
    expect(req.locale).toBe('ko');
    expect(res.locals.locale).toBe('ko');
    expect(res.locals.t).toBe(korean.t);
    expect((res.locals.t as (key: string) => string)('hello')).toBe('안녕하세요');
    expect(res.locals.fmt).toBe(korean.fmt);
    expect(res.locals.languages).toBe(korean.languages);
    expect(res.locals.alternates).toBe(alternates);
    expect(res.setHeader).toHaveBeenLastCalledWith('Content-Language', 'ko');
  });
});
