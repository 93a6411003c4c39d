import { unzipSync } from 'fflate';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { COOKIE_POLICY_VERSION, COOKIE_REGISTRY, registeredCookie } from '../../src/modules/consent/index.js';
import { binary, csrfFrom, signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

/**
 * Promises C1–C4 over HTTP, through the real app: the banner's form posts, Global Privacy Control,
 * the ledger's rows, what each page may load and the Content-Security-Policy that admits it.
 */
const ADSENSE_CLIENT = 'ca-pub-1234567890123456';
const ctx = useTestApp({
  ADSENSE_CLIENT,
  PLAUSIBLE_DOMAIN: 'candor.example',
  PLAUSIBLE_SCRIPT_URL: 'http://127.0.0.1:9/js/script.manual.js',
  SIGN_IN_RATE_LIMIT: '50',
});

interface LedgerRow {
  consent_id: string;
  account_id: string | null;
  policy_version: number;
  analytics: boolean;
  advertising: boolean;
  method: string;
  gpc_signal: boolean;
  language: string;
  ip_prefix: string | null;
  browser_family: string;
}

const CHROME_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

function cookieNames(res: request.Response): string[] {
  return ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => c.split('=')[0]!);
}

function consentIdOf(agent: Agent, origin: string): string | undefined {
  const cookie = agent.jar.getCookie('candor_consent', { domain: new URL(origin).hostname, path: '/', secure: false, script: false });
  // Signed by cookie-parser: `s:<value>.<signature>`; the value starts with the random consent id.
  return cookie ? /^s%3A([0-9a-f-]{36})\./.exec(cookie.value)?.[1] : undefined;
}

async function rowsFor(consentId: string | undefined): Promise<LedgerRow[]> {
  return ctx.db.query<LedgerRow>('select * from consent_records where consent_id = $1 order by recorded_at', [consentId]);
}

/** Posts a banner (or settings) decision the way the page's form does. */
async function decide(agent: Agent, page: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<request.Response> {
  const html = (await agent.get(page).set(headers).expect(200)).text;
  return agent.post('/settings/cookies').set(headers).type('form').send({ _csrf: csrfFrom(html), returnTo: page, ...fields }).expect(303);
}

const adScript = /<script src="\/static\/js\/consent-mode\.js" nonce="([^"]+)" data-ads-src="https:\/\/pagead2\.googlesyndication\.com\/pagead\/js\/adsbygoogle\.js\?client=ca-pub-1234567890123456"/;
/** Google's ad origins in a CSP (profile photos from googleusercontent.com are another matter). */
const AD_ORIGINS = /googlesyndication|doubleclick|adtrafficquality/;
const analyticsScript = /<script src="\/static\/js\/analytics\.js" defer nonce="[^"]+" data-route="([^"]*)"><\/script>/;

describe('the first visit (C1)', () => {
  it('shows the banner with three equal choices and sets only necessary, registered cookies', async () => {
    const res = await request(ctx.t.origin).get('/').set('User-Agent', CHROME_UA).expect(200);
    expect(res.text).toContain('<section class="consent-banner" aria-labelledby="consent-banner-heading">');
    const buttons = [...res.text.matchAll(/<(?:button|a) [^>]*class="button button-secondary"[^>]*>(Accept all|Reject all|Choose)</g)].map((m) => m[1]);
    expect(buttons).toEqual(['Accept all', 'Reject all', 'Choose']);
    for (const name of cookieNames(res)) expect(registeredCookie(name)?.category, name).toBe('necessary');
    // Nothing third-party, and the CSP admits nothing but our own origin for scripts.
    expect(res.text).not.toMatch(adScript);
    expect(res.text).not.toMatch(analyticsScript);
    expect(res.text).not.toContain('127.0.0.1:9');
    expect(res.headers['content-security-policy']).toContain("script-src 'self';");
    expect(res.headers['content-security-policy']).not.toMatch(AD_ORIGINS);
  });

  it('records nothing until a choice is made', async () => {
    const visitor = request.agent(ctx.t.origin);
    await visitor.get('/privacy').expect(200);
    expect(consentIdOf(visitor, ctx.t.origin)).toBeUndefined();
  });

  it('has a Cookie settings link in every page’s footer', async () => {
    for (const path of ['/', '/privacy', '/cookies', '/auth/sign-in']) {
      const res = await request(ctx.t.origin).get(path).expect(200);
      expect(res.text, path).toContain('<a href="/settings/cookies">Cookie settings</a>');
    }
  });

  it('refuses a banner post without the form’s CSRF token', async () => {
    await request(ctx.t.origin).post('/settings/cookies').type('form').send({ decision: 'accept_all' }).expect(403);
  });
});

describe('the banner and the settings page (C1, C4)', () => {
  it('records "Accept all" and then loads ads on the landing page only, under a CSP with a nonce', async () => {
    const visitor = request.agent(ctx.t.origin);
    visitor.set('User-Agent', CHROME_UA);
    const res = await decide(visitor, '/', { source: 'banner', decision: 'accept_all' });
    expect(res.headers.location).toBe('/');
    expect(cookieNames(res)).toContain('candor_consent');
    const [row, ...more] = await rowsFor(consentIdOf(visitor, ctx.t.origin));
    expect(more).toEqual([]);
    expect(row).toMatchObject({ account_id: null, policy_version: COOKIE_POLICY_VERSION, analytics: true, advertising: true, method: 'banner', gpc_signal: false, language: 'en', ip_prefix: '127.0.0.0/24', browser_family: 'chrome' });

    const landing = await visitor.get('/').expect(200);
    expect(landing.text).not.toContain('consent-banner');
    const nonce = adScript.exec(landing.text)?.[1];
    expect(nonce).toBeTruthy();
    const csp = landing.headers['content-security-policy'] as string;
    expect(csp).toMatch(new RegExp(`script-src 'self' 'nonce-${nonce!.replace(/[+/]/g, '\\$&')}' https://pagead2\\.googlesyndication\\.com`));
    expect(csp).toContain('frame-src ');
    expect(csp).not.toContain('unsafe-inline');
    expect(analyticsScript.exec(landing.text)?.[1]).toBe('/');

    // A public page that is not on the ad allow-list reports to analytics but shows no ads.
    const privacy = await visitor.get('/privacy').expect(200);
    expect(privacy.text).not.toMatch(adScript);
    expect(privacy.headers['content-security-policy']).not.toMatch(AD_ORIGINS);
    expect(privacy.headers['content-security-policy']).toContain('http://127.0.0.1:9');
    expect(analyticsScript.exec(privacy.text)?.[1]).toBe('/privacy');
    const settings = await visitor.get('/settings/cookies').expect(200);
    expect(settings.text).not.toMatch(adScript);
  });

  it('records "Reject all": no banner, no ads, no analytics', async () => {
    const visitor = request.agent(ctx.t.origin);
    await decide(visitor, '/privacy', { source: 'banner', decision: 'reject_all' });
    const [row] = await rowsFor(consentIdOf(visitor, ctx.t.origin));
    expect(row).toMatchObject({ analytics: false, advertising: false, method: 'banner' });
    const landing = await visitor.get('/').expect(200);
    expect(landing.text).not.toContain('consent-banner');
    expect(landing.text).not.toMatch(adScript);
    expect(landing.text).not.toMatch(analyticsScript);
    expect(landing.headers['content-security-policy']).toContain("script-src 'self';");
  });

  it('records a choice on the settings page, and switching a category off as a withdrawal', async () => {
    const visitor = request.agent(ctx.t.origin);
    const page = await visitor.get('/settings/cookies').expect(200);
    // The settings page does not repeat the banner; its form works without JavaScript.
    expect(page.text).not.toContain('consent-banner');
    expect(page.text).toContain('name="analytics"');
    await decide(visitor, '/settings/cookies', { source: 'settings', decision: 'save', analytics: 'on' });
    await decide(visitor, '/settings/cookies', { source: 'settings', decision: 'save' });
    await decide(visitor, '/settings/cookies', { source: 'settings', decision: 'save', advertising: 'on' });
    const rows = await rowsFor(consentIdOf(visitor, ctx.t.origin));
    expect(rows.map((r) => [r.method, r.analytics, r.advertising])).toEqual([
      ['settings', true, false],
      ['withdrawal', false, false],
      ['settings', false, true],
    ]);
    // One browser keeps one random consent id across its decisions.
    expect(new Set(rows.map((r) => r.consent_id)).size).toBe(1);
  });

  it('sends people back only to a page of this site', async () => {
    const visitor = request.agent(ctx.t.origin);
    const html = (await visitor.get('/').expect(200)).text;
    const res = await visitor.post('/settings/cookies').type('form').send({ _csrf: csrfFrom(html), decision: 'reject_all', returnTo: 'https://evil.example/' }).expect(303);
    expect(res.headers.location).toBe('/settings/cookies');
  });
});

describe('Global Privacy Control (C2)', () => {
  it('serves /.well-known/gpc.json', async () => {
    const res = await request(ctx.t.origin).get('/.well-known/gpc.json').expect(200).expect('Content-Type', /application\/json/);
    expect(res.body).toEqual({ gpc: true, lastUpdate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('treats Sec-GPC: 1 as a refusal of advertising, recorded once with method "gpc", and says so', async () => {
    const visitor = request.agent(ctx.t.origin);
    visitor.set('Sec-GPC', '1');
    const first = await visitor.get('/').expect(200);
    expect(first.text).toContain('Your browser sends Global Privacy Control. We honour it');
    expect(first.text).not.toMatch(adScript);
    await visitor.get('/privacy').expect(200);
    const rows = await rowsFor(consentIdOf(visitor, ctx.t.origin));
    expect(rows.map((r) => [r.method, r.advertising, r.gpc_signal])).toEqual([['gpc', false, true]]);

    // The banner still asks about the rest (analytics): GPC alone is not a full decision.
    expect((await visitor.get('/').expect(200)).text).toContain('consent-banner');
  });

  it('lets an explicit, later opt-in override the signal, recorded as such', async () => {
    const visitor = request.agent(ctx.t.origin);
    visitor.set('Sec-GPC', '1');
    await visitor.get('/').expect(200);
    await decide(visitor, '/settings/cookies', { source: 'settings', decision: 'save', advertising: 'on' });
    const rows = await rowsFor(consentIdOf(visitor, ctx.t.origin));
    expect(rows.map((r) => [r.method, r.advertising, r.gpc_signal])).toEqual([
      ['gpc', false, true],
      ['settings', true, true],
    ]);
    const landing = await visitor.get('/').expect(200);
    expect(landing.text).toMatch(adScript);
    expect(landing.text).toContain('data-opted-in-despite-gpc="true"');
    expect(landing.text).not.toContain('We honour it');
  });

  it('keeps advertising off when a person who opted in without GPC later turns the signal on', async () => {
    const visitor = request.agent(ctx.t.origin);
    await decide(visitor, '/', { source: 'banner', decision: 'accept_all' });
    expect((await visitor.get('/').expect(200)).text).toMatch(adScript);
    expect((await visitor.get('/').set('Sec-GPC', '1').expect(200)).text).not.toMatch(adScript);
  });
});

describe('ads only on public pages, even after an opt-in', () => {
  it('never loads ads or analytics on private pages, nor widens their CSP', async () => {
    const person = await signIn(ctx.t.origin, { name: 'Ad Free', email: 'ad-free@example.com' });
    await decide(person, '/', { source: 'banner', decision: 'accept_all' });
    expect((await person.get('/').expect(200)).text).toMatch(adScript);
    for (const path of ['/dashboard', '/documents', '/interviews', '/settings', '/profile']) {
      const res = await person.get(path).expect(200);
      expect(res.text, path).not.toMatch(adScript);
      expect(res.text, path).not.toMatch(analyticsScript);
      expect(res.headers['content-security-policy'], path).not.toMatch(/googlesyndication|doubleclick|adtrafficquality|127\.0\.0\.1:9|nonce-/);
    }
  });
});

describe('the ledger for signed-in people (C4)', () => {
  it('links decisions to the account, follows the account to another browser, and shows the history', async () => {
    const laptop = await signIn(ctx.t.origin, { name: 'Ledger', email: 'ledger@example.com' });
    await decide(laptop, '/', { source: 'banner', decision: 'reject_all' });
    const [user] = await ctx.db.query<{ id: string }>(`select id from users where email = 'ledger@example.com'`);
    const rows = await ctx.db.query<LedgerRow>('select * from consent_records where account_id = $1', [user!.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ method: 'banner', analytics: false, advertising: false });

    // Another browser: signed in, the account's choice applies — no banner.
    const phone = await signIn(ctx.t.origin, { name: 'Ledger', email: 'ledger@example.com' });
    expect((await phone.get('/').expect(200)).text).not.toContain('consent-banner');

    const history = await phone.get('/settings/cookies').expect(200);
    expect(history.text).toContain('Your consent history');
    expect(history.text).toMatch(/<td>Banner<\/td>\s*<td>Off<\/td>\s*<td>Off<\/td>/);
    expect((await phone.get('/settings').expect(200)).text).toContain('<a href="/settings/cookies">Cookie settings and your consent history</a>');
  });

  it('makes a choice made before signing in the account’s, once', async () => {
    const visitor = request.agent(ctx.t.origin);
    await decide(visitor, '/', { source: 'banner', decision: 'accept_all' });
    const cookie = visitor.jar.getCookie('candor_consent', { domain: new URL(ctx.t.origin).hostname, path: '/', secure: false, script: false })!;
    // The same browser signs in (the helper's agent gets the visitor's consent cookie).
    const person = await signIn(ctx.t.origin, { name: 'Chose First', email: 'chose-first@example.com' });
    person.jar.setCookie(`candor_consent=${cookie.value}; Path=/`, new URL(ctx.t.origin).hostname, '/');
    await person.get('/dashboard').expect(200);
    await person.get('/documents').expect(200);
    const [user] = await ctx.db.query<{ id: string }>(`select id from users where email = 'chose-first@example.com'`);
    const rows = await ctx.db.query<LedgerRow>('select * from consent_records where account_id = $1', [user!.id]);
    expect(rows.map((r) => [r.method, r.analytics, r.advertising, r.consent_id])).toEqual([['banner', true, true, consentIdOf(visitor, ctx.t.origin)]]);
    // Another browser of the same person: no banner, the opt-in applies.
    const phone = await signIn(ctx.t.origin, { name: 'Chose First', email: 'chose-first@example.com' });
    const landing = await phone.get('/').expect(200);
    expect(landing.text).not.toContain('consent-banner');
    expect(landing.text).toMatch(adScript);
  });

  it('asks again when the cookie policy’s version changes', async () => {
    const person = await signIn(ctx.t.origin, { name: 'Old Version', email: 'old-version@example.com' });
    const [user] = await ctx.db.query<{ id: string }>(`select id from users where email = 'old-version@example.com'`);
    await ctx.db.query(
      `insert into consent_records (id, consent_id, account_id, recorded_at, policy_version, analytics, advertising, method, gpc_signal, language, ip_prefix, browser_family)
       values (gen_random_uuid(), gen_random_uuid(), $1, now(), $2, true, true, 'banner', false, 'en', null, 'other')`,
      [user!.id, COOKIE_POLICY_VERSION - 1],
    );
    const landing = await person.get('/').expect(200);
    expect(landing.text).toContain('consent-banner');
    expect(landing.text).not.toMatch(adScript);
  });

  it('is append-only: the database refuses to change or delete a decision', async () => {
    const visitor = request.agent(ctx.t.origin);
    await decide(visitor, '/', { source: 'banner', decision: 'accept_all' });
    const id = consentIdOf(visitor, ctx.t.origin);
    await expect(ctx.db.query(`update consent_records set advertising = false where consent_id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(ctx.db.query(`delete from consent_records where consent_id = $1`, [id])).rejects.toThrow(/append-only/);
  });

  it('is in the export, and account erasure unlinks the account but keeps the evidence', async () => {
    const person = await signIn(ctx.t.origin, { name: 'Erase Me', email: 'erase-consent@example.com' });
    await decide(person, '/', { source: 'banner', decision: 'accept_all' });
    const [user] = await ctx.db.query<{ id: string }>(`select id from users where email = 'erase-consent@example.com'`);
    const consentId = consentIdOf(person, ctx.t.origin);

    const archive = await person.get('/settings/export').buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(archive.body as Buffer));
    const exported = JSON.parse(Buffer.from(files['consent/consent-history.json']!).toString('utf8')) as Record<string, unknown>[];
    expect(exported).toEqual([expect.objectContaining({ method: 'banner', analytics: true, advertising: true, policyVersion: COOKIE_POLICY_VERSION })]);

    const settings = await person.get('/settings/delete').expect(200);
    await person.post('/settings/delete').type('form').send({ _csrf: csrfFrom(settings.text), confirmEmail: 'erase-consent@example.com' }).expect(303);
    expect(await ctx.db.query('select 1 from consent_records where account_id = $1', [user!.id])).toEqual([]);
    expect(await rowsFor(consentId)).toHaveLength(1);
  });
});

describe('the cookie policy', () => {
  it('lists every registered cookie from the registry, in English and Korean', async () => {
    const en = await request(ctx.t.origin).get('/cookies').expect(200);
    for (const cookie of COOKIE_REGISTRY) expect(en.text, cookie.name).toContain(`<code>${cookie.name}</code>`);
    expect(en.text).toContain('limited ads only');
    const ko = await request(ctx.t.origin).get('/cookies?lang=ko').expect(200);
    expect(ko.text).toContain('<html lang="ko">');
    expect(ko.text).toContain('로그인 상태를 유지합니다');
    expect(ko.text).toContain('제한적인 광고만 표시됩니다');
  });
});

describe('in Korean', () => {
  /** Share of visible words written in Latin script: names and product terms only on a Korean page. */
  function latinShare(html: string): { share: number; latin: string } {
    const body = html.replace(/<(script|style|head)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
    const words = body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const latin = words.filter((w) => /^[\p{Script=Latin}\d\W]+$/u.test(w) && /\p{Script=Latin}/u.test(w));
    return { share: latin.length / words.length, latin: latin.join(' ') };
  }

  it('shows the banner, the GPC note and the cookie settings in Korean', async () => {
    const landing = await request(ctx.t.origin).get('/').set('Accept-Language', 'ko').set('Sec-GPC', '1').expect(200);
    expect(landing.text).toContain('<html lang="ko">');
    expect(landing.text).toContain('>모두 허용</button>');
    expect(landing.text).toContain('>모두 거부</button>');
    expect(landing.text).toContain('>직접 선택</a>');
    expect(landing.text).toContain('이 신호를 존중해');
    expect(landing.text).toContain('<a href="/settings/cookies">쿠키 설정</a>');

    const settings = await request(ctx.t.origin).get('/settings/cookies').set('Accept-Language', 'ko').expect(200);
    expect(settings.text).toContain('<h1>쿠키 설정</h1>');
    expect(settings.text).toContain('>선택 저장</button>');
    const { share, latin } = latinShare(settings.text);
    expect(share, latin).toBeLessThan(0.12);
  });

  it('records the language of the decision', async () => {
    const visitor = request.agent(ctx.t.origin);
    visitor.set('Accept-Language', 'ko');
    await decide(visitor, '/', { source: 'banner', decision: 'reject_all' });
    const [row] = await rowsFor(consentIdOf(visitor, ctx.t.origin));
    expect(row?.language).toBe('ko');
  });
});
