import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { csrfFrom, signIn } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

const ctx = useTestApp();

const htmlLang = (html: string): string | undefined => /<html lang="([^"]+)"/.exec(html)?.[1];
const localeCookie = (setCookie: string[] | string | undefined): string | undefined =>
  ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith('candor_lang='));

describe('the request locale', () => {
  it('answers in the configured default (English) without any preference', async () => {
    const res = await request(ctx.t.origin).get('/privacy').expect(200);
    expect(htmlLang(res.text)).toBe('en');
    expect(res.headers['content-language']).toBe('en');
    expect(res.text).toContain('>Sign in<');
  });

  it('follows Accept-Language, and tells caches the answer depends on it', async () => {
    const res = await request(ctx.t.origin).get('/privacy').set('Accept-Language', 'ko-KR,ko;q=0.9,en;q=0.5').expect(200);
    expect(htmlLang(res.text)).toBe('ko');
    expect(res.headers['content-language']).toBe('ko');
    expect(res.text).toContain('>로그인<');
    expect(res.headers.vary).toMatch(/Accept-Language/);
    const en = await request(ctx.t.origin).get('/privacy').set('Accept-Language', 'fr-FR,en;q=0.8,ko;q=0.5').expect(200);
    expect(htmlLang(en.text)).toBe('en');
  });

  it('links each page to itself in the other language (hreflang)', async () => {
    const res = await request(ctx.t.origin).get('/terms').expect(200);
    expect(res.text).toContain('<link rel="alternate" hreflang="ko" href="/terms?lang=ko">');
    expect(res.text).toContain('<link rel="alternate" hreflang="en" href="/terms?lang=en">');
    expect(res.text).toContain('<link rel="alternate" hreflang="x-default" href="/terms">');
    const ko = await request(ctx.t.origin).get('/terms?lang=ko').set('Accept-Language', 'en').expect(200);
    expect(htmlLang(ko.text)).toBe('ko');
  });

  it('translates error pages too', async () => {
    const res = await request(ctx.t.origin).get('/no-such-page').set('Accept-Language', 'ko').set('Accept', 'text/html').expect(404);
    expect(htmlLang(res.text)).toBe('ko');
    expect(res.text).toContain('페이지를 찾을 수 없어요');
  });
});

describe('the language switcher (works without JavaScript)', () => {
  it('keeps a visitor’s choice in a cookie and returns to the same page', async () => {
    const agent = request.agent(ctx.t.origin);
    const page = await agent.get('/terms?lang=en').set('Accept-Language', 'en').expect(200);
    expect(page.text).toContain('action="/locale"');
    const chosen = await agent
      .post('/locale')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), locale: 'ko', returnTo: '/terms' })
      .expect(303);
    expect(chosen.headers.location).toBe('/terms');
    expect(localeCookie(chosen.headers['set-cookie'])).toMatch(/HttpOnly/i);
    const after = await agent.get('/terms').set('Accept-Language', 'en').expect(200);
    expect(htmlLang(after.text)).toBe('ko');
  });

  it('names each language in itself, the Korean name written in ASCII so an English page stays one byte a character (issue #18)', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Ann Lee', email: 'ann.switcher@example.com' });
    const page = (await agent.get('/settings/delete?lang=en').expect(200)).text;
    const buttons = [...page.matchAll(/<button type="submit" name="locale" value="(\w+)"[^>]*>([^<]*)<\/button>/g)].map((m) => [m[1], m[2]]);
    expect(buttons).toEqual([
      ['en', 'English'],
      ['ko', '&#54620;&#44397;&#50612;'],
    ]);
    // What a browser reads: the characters themselves.
    const decoded = buttons[1]![1]!.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
    expect(decoded).toBe('한국어');
    // Nothing else on the signed-in floor page lies beyond Latin-1 in English (V8 then keeps the page in one byte a character).
    expect(page).not.toMatch(/[\u0100-\u{10ffff}]/u);
  });

  it('refuses to send anyone elsewhere (no open redirect) and ignores unknown languages', async () => {
    const agent = request.agent(ctx.t.origin);
    const page = await agent.get('/').expect(200);
    const res = await agent.post('/locale').type('form').send({ _csrf: csrfFrom(page.text), locale: 'xx', returnTo: 'https://evil.example/' }).expect(303);
    expect(res.headers.location).toBe('/');
    expect(localeCookie(res.headers['set-cookie'])).toBeUndefined();
  });

  it('needs the CSRF token like every other form', async () => {
    await request(ctx.t.origin).post('/locale').type('form').send({ locale: 'ko', returnTo: '/' }).expect(403);
  });

  it('saves a signed-in person’s choice in the account, so another browser follows it', async () => {
    const person = { name: 'Min-jun Kim', email: 'minjun.locale@example.com' };
    const agent = await signIn(ctx.t.origin, person);
    const page = await agent.get('/settings').set('Accept-Language', 'en').expect(200);
    await agent.post('/locale').type('form').send({ _csrf: csrfFrom(page.text), locale: 'ko', returnTo: '/settings' }).expect(303);
    const [row] = await ctx.db.query<{ locale: string }>('select locale from users where email = $1', [person.email]);
    expect(row?.locale).toBe('ko');

    // A second browser: no language cookie, an English Accept-Language; the account setting wins.
    const other = await signIn(ctx.t.origin, person);
    const dashboard = await other.get('/dashboard').set('Accept-Language', 'en').expect(200);
    expect(htmlLang(dashboard.text)).toBe('ko');
  });

  it('remembers the language a person signed up in', async () => {
    const person = { name: 'Seo-yeon Park', email: 'seoyeon.locale@example.com' };
    await signIn(ctx.t.origin, person, '/dashboard', { 'Accept-Language': 'ko' });
    const [row] = await ctx.db.query<{ locale: string | null }>('select locale from users where email = $1', [person.email]);
    expect(row?.locale).toBe('ko');
  });
});

/** Visible words of a page (no tags, scripts or styles). */
function visibleWords(html: string): string[] {
  const body = html.replace(/<(script|style|head)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
  return body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

describe('the policies in Korean and English', () => {
  it.each(['/privacy', '/terms', '/cookies'])('%s says in both languages that the Korean version prevails', async (path) => {
    const ko = await request(ctx.t.origin).get(path).set('Accept-Language', 'ko').expect(200);
    expect(ko.text).toContain('한국어판이 우선합니다');
    const en = await request(ctx.t.origin).get(path).set('Accept-Language', 'en').expect(200);
    expect(en.text).toContain('the Korean version prevails');
  });

  it.each(['/privacy', '/terms', '/cookies'])('%s in Korean has almost no English left (names and product terms only)', async (path) => {
    const ko = await request(ctx.t.origin).get(path).set('Accept-Language', 'ko').expect(200);
    const words = visibleWords(ko.text);
    const latin = words.filter((w) => /^[\p{Script=Latin}\d\W]+$/u.test(w) && /\p{Script=Latin}/u.test(w));
    // Allowed: Candor, Google, OpenID, Stripe, HTTPS/HSTS, GPC, AI, cookie names, promise ids, the "English" switcher.
    expect(latin.length / words.length, latin.join(' ')).toBeLessThan(0.12);
  });
});
