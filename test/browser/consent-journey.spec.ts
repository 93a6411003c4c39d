import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredCookie } from '../../src/modules/consent/index.js';
import { chromiumAvailable, expectAccessible, launchChromium, signInInBrowser } from '../helpers/browser.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../helpers/test-app.js';

/**
 * Promises C1–C3 in a real browser, JavaScript on and off: which cookies exist and which requests
 * leave for another origin on a first visit, after "Reject all", "Accept all", a withdrawal, and with
 * Global Privacy Control; what the analytics server receives; and that no private page loads an ad.
 */
const run = chromiumAvailable();
const ADSENSE_CLIENT = 'ca-pub-1234567890123456';

/**
 * A stand-in for a Plausible server: it serves a manual-pageview script speaking Plausible's event
 * protocol (`{n, u, d, r}` posted to /api/event; `u` defaults to the page's real address, as the
 * real script's does) and records every event it receives.
 */
interface FakePlausible {
  origin: string;
  events: { n: string; u: string; d: string; r: string | null }[];
  requests: string[];
  close(): Promise<void>;
}

const FAKE_PLAUSIBLE_SCRIPT = `(function () {
  var self = document.currentScript;
  var domain = self.getAttribute('data-domain');
  var endpoint = new URL('/api/event', self.src).href;
  function send(name, options) {
    var payload = { n: name, u: (options && options.u) || location.href, d: domain, r: document.referrer || null };
    var request = new XMLHttpRequest();
    request.open('POST', endpoint, true);
    request.setRequestHeader('Content-Type', 'text/plain');
    request.send(JSON.stringify(payload));
  }
  var queue = (window.plausible && window.plausible.q) || [];
  window.plausible = send;
  for (var i = 0; i < queue.length; i++) send.apply(null, queue[i]);
})();`;

async function startFakePlausible(): Promise<FakePlausible> {
  const events: FakePlausible['events'] = [];
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (req.url === '/js/script.manual.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(FAKE_PLAUSIBLE_SCRIPT);
      return;
    }
    if (req.method === 'POST' && req.url === '/api/event') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        events.push(JSON.parse(body) as FakePlausible['events'][number]);
        res.writeHead(202, { 'Access-Control-Allow-Origin': '*' }).end('ok');
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, events, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let db: TestDatabase | undefined;
let app: TestApp | undefined;
let browser: Browser | undefined;
let plausible: FakePlausible | undefined;

beforeAll(async () => {
  if (!run) return;
  plausible = await startFakePlausible();
  db = await createTestDatabase();
  app = await startTestApp(db.url, {
    ADSENSE_CLIENT,
    PLAUSIBLE_DOMAIN: 'candor.example',
    PLAUSIBLE_SCRIPT_URL: `${plausible.origin}/js/script.manual.js`,
    SIGN_IN_RATE_LIMIT: '50',
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.drop();
  await plausible?.close();
});

const origin = (): string => app!.origin;

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Every request to another origin than Candor's, in order. */
  thirdParty: string[];
  /** Requests to Google's ad servers (answered locally by a stub; nothing leaves the machine). */
  google: string[];
  /** The name of every cookie any response tried to set, even one cleared again a step later. */
  setCookies: Set<string>;
  /** Reading a response's headers is asynchronous: these finish before any check and before closing. */
  reading: Promise<void>[];
  errors: string[];
}

async function watchedContext(options: { javaScript: boolean; gpc?: boolean }): Promise<Watched> {
  const context = await browser!.newContext({
    javaScriptEnabled: options.javaScript,
    viewport: { width: 390, height: 844 },
    extraHTTPHeaders: options.gpc ? { 'Sec-GPC': '1' } : {},
  });
  if (options.gpc) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  const thirdParty: string[] = [];
  const google: string[] = [];
  const setCookies = new Set<string>();
  context.on('request', (request) => {
    if (new URL(request.url()).origin !== origin()) thirdParty.push(request.url());
  });
  const reading: Promise<void>[] = [];
  context.on('response', (response) => {
    reading.push(
      response.headersArray().then(
        (headers) => {
          for (const h of headers) if (h.name.toLowerCase() === 'set-cookie') setCookies.add(h.value.split('=')[0]!.trim());
        },
        // A response still arriving while the test closes its context has nothing left to check.
        (error: Error) => {
          if (!/has been closed/.test(error.message)) throw error;
        },
      ),
    );
  });
  // AdSense never reaches the network in tests: a stub answers, and the request is recorded.
  await context.route(/^https:\/\/([a-z0-9-]+\.)*(googlesyndication\.com|doubleclick\.net|google\.com|gstatic\.com|googletagservices\.com|adtrafficquality\.google)\//, (route) => {
    google.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* AdSense stub */' });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return { context, page, thirdParty, google, setCookies, reading, errors };
}

/**
 * Every cookie the browser holds, and every cookie a response tried to set along the way, must be in
 * the registry; before an opt-in (and with no ad page visited), only strictly necessary ones.
 */
async function expectOnlyRegisteredCookies(w: Watched, label: string): Promise<void> {
  await Promise.all(w.reading);
  const names = [...(await w.context.cookies()).map((c) => c.name), ...w.setCookies];
  expect(names.length, label).toBeGreaterThan(0);
  for (const name of names) {
    const registered = registeredCookie(name);
    expect(registered, `${label}: cookie ${name} is not in the registry`).toBeDefined();
    expect(registered!.category, `${label}: ${name}`).toBe('necessary');
  }
}

/** Closes a watched browser context once every response it saw has been read. */
async function close(w: Watched): Promise<void> {
  await Promise.all(w.reading);
  await w.context.close();
}

const sideways = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const adLoaderOnPage = (page: Page): Promise<number> => page.locator('script[src*="consent-mode.js"], script[src*="adsbygoogle"]').count();

async function ledger(): Promise<{ method: string; analytics: boolean; advertising: boolean; gpc_signal: boolean }[]> {
  return db!.query('select method, analytics, advertising, gpc_signal from consent_records order by recorded_at');
}

describe.skipIf(!run).each([
  ['on', true],
  ['off', false],
])('consent with JavaScript %s', (_label, javaScript) => {
  it('sets only necessary cookies and sends nothing to a third party before a choice (C1), then follows "Reject all"', async () => {
    const w = await watchedContext({ javaScript });
    const { page } = w;
    for (const path of ['/', '/privacy', '/terms', '/cookies', '/auth/sign-in', '/settings/cookies', '/privacy?from=newsletter']) {
      await page.goto(`${origin()}${path}`);
      await expectOnlyRegisteredCookies(w, path);
    }
    await page.goto(origin());
    const banner = page.getByRole('region', { name: 'Your choice about cookies, analytics and ads' });
    expect(await banner.isVisible()).toBe(true);
    // Equal prominence: the three choices are the same size.
    const sizes = await Promise.all(['Accept all', 'Reject all', 'Choose'].map(async (name) => (await banner.getByRole(name === 'Choose' ? 'link' : 'button', { name }).boundingBox())!.height));
    expect(new Set(sizes).size).toBe(1);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    if (javaScript) await expectAccessible(page, 'landing with the banner');

    await banner.getByRole('button', { name: 'Reject all' }).click();
    await page.waitForURL(`${origin()}/`);
    expect(await page.getByRole('region', { name: 'Your choice about cookies, analytics and ads' }).count()).toBe(0);
    await page.goto(`${origin()}/privacy`);
    await expectOnlyRegisteredCookies(w, 'after Reject all');
    expect(w.thirdParty).toEqual([]);
    expect(w.errors).toEqual([]);
    await close(w);
  });

  it('walks the signed-in journeys with only registered, necessary cookies and no third-party request', async () => {
    const w = await watchedContext({ javaScript });
    const { page } = w;
    await signInInBrowser(page, origin(), { name: 'Cookie Walker', email: `walker-${javaScript ? 'js' : 'nojs'}@example.com` }, '/dashboard');
    await expectOnlyRegisteredCookies(w, 'signed in');
    for (const path of ['/dashboard', '/documents', '/interviews', '/profile', '/settings', '/settings/cookies']) {
      await page.goto(`${origin()}${path}`);
      await expectOnlyRegisteredCookies(w, path);
    }
    await page.goto(`${origin()}/documents`);
    await page.getByLabel('File').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Portfolio notes\n') });
    await page.getByLabel('Kind of document').selectOption('portfolio');
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await expectOnlyRegisteredCookies(w, 'a document page');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${origin()}/`);
    await expectOnlyRegisteredCookies(w, 'signed out');
    // The walk saw the short-lived cookies too, the development sign-in's among them.
    expect([...w.setCookies]).toEqual(expect.arrayContaining(['candor_session', 'candor_csrf', 'candor_sign_in', 'candor_flash', '_interaction', '_session']));
    expect(w.thirdParty).toEqual([]);
    await close(w);
  });
});

describe.skipIf(!run)('after "Accept all" (JavaScript on)', () => {
  it('never loads ads or analytics on private pages, and sends no private address with the next public page', async () => {
    const w = await watchedContext({ javaScript: true });
    const { page } = w;
    await signInInBrowser(page, origin(), { name: 'Accepting', email: 'accepting@example.com' }, '/dashboard');
    await page.getByRole('region', { name: 'Your choice about cookies, analytics and ads' }).getByRole('button', { name: 'Accept all' }).click();
    await page.waitForURL(`${origin()}/dashboard`);
    await page.goto(`${origin()}/documents`);
    await page.getByLabel('File').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Portfolio notes\n') });
    await page.getByLabel('Kind of document').selectOption('portfolio');
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    const documentUrl = page.url();
    for (const path of ['/dashboard', '/documents', '/interviews', '/profile', '/settings']) {
      await page.goto(`${origin()}${path}`);
      expect(await adLoaderOnPage(page), path).toBe(0);
    }
    await page.goto(documentUrl);
    expect(await adLoaderOnPage(page)).toBe(0);
    expect(w.thirdParty).toEqual([]);

    // From the private document page to the landing page (the document's address is the referrer):
    // ads and analytics load there, and the analytics event names neither the document nor its address.
    plausible!.events.length = 0;
    await page.evaluate(() => void (location.href = '/'));
    await page.waitForURL(`${origin()}/`);
    await expect.poll(() => w.google.some((u) => u.startsWith(`https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=${ADSENSE_CLIENT}`))).toBe(true);
    await expect.poll(() => plausible!.events.length).toBe(1);
    expect(plausible!.events).toEqual([{ n: 'pageview', u: `${origin()}/`, d: 'candor.example', r: `${origin()}/` }]);
    expect(w.errors).toEqual([]);
    await close(w);
  });

  it('sets Consent Mode defaults first, reports route patterns without queries, and stops everything after a withdrawal', async () => {
    const w = await watchedContext({ javaScript: true });
    const { page } = w;
    await page.goto(`${origin()}/privacy`);
    const eventsBefore = plausible!.events.length;
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.waitForURL(`${origin()}/privacy`);
    await expect.poll(() => plausible!.events.length).toBe(eventsBefore + 1);
    // /privacy is public but not a page for ads.
    expect(await adLoaderOnPage(page)).toBe(0);
    expect(w.google).toEqual([]);

    await page.goto(origin());
    await expect.poll(() => w.google.length).toBeGreaterThan(0);
    // Consent Mode v2: the defaults (all denied) came before any tag, then the opt-in's update.
    const consentCalls = await page.evaluate(() => ((window as unknown as { dataLayer: IArguments[] }).dataLayer ?? []).map((a) => [a[0], a[1], (a[2] as Record<string, string>)?.ad_storage]));
    expect(consentCalls).toEqual([['consent', 'default', 'denied'], ['consent', 'update', 'granted']]);
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    await page.goto(`${origin()}/terms?utm_source=mail&id=6f1c2a3b`);
    await expect.poll(() => plausible!.events.length).toBe(eventsBefore + 3);
    const events = plausible!.events.slice(eventsBefore);
    expect(events.map((e) => e.u)).toEqual([`${origin()}/privacy`, `${origin()}/`, `${origin()}/terms`]);
    expect(events.every((e) => e.d === 'candor.example' && e.n === 'pageview')).toBe(true);
    expect(JSON.stringify(events)).not.toMatch(/utm_source|6f1c2a3b/);
    expect(w.errors).toEqual([]);

    // Withdrawal from the footer's Cookie settings: nothing third-party after it.
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await page.waitForURL('**/settings/cookies');
    // This public page is counted too; wait for its event so it cannot arrive after the withdrawal.
    await expect.poll(() => plausible!.events.length).toBe(eventsBefore + 4);
    await expectAccessible(page, 'cookie settings');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.waitForURL('**/settings/cookies');
    expect(await page.getByRole('status').first().textContent()).toContain('Your cookie choices are saved.');
    expect((await ledger()).at(-1)).toEqual({ method: 'withdrawal', analytics: false, advertising: false, gpc_signal: false });
    const before = { google: w.google.length, events: plausible!.events.length };
    await page.goto(origin());
    await page.goto(`${origin()}/privacy`);
    expect(await adLoaderOnPage(page)).toBe(0);
    expect(w.google.length).toBe(before.google);
    expect(plausible!.events.length).toBe(before.events);
    await close(w);
  });
});

describe.skipIf(!run).each([
  ['on', true],
  ['off', false],
])('with Global Privacy Control (JavaScript %s)', (_label, javaScript) => {
  it('loads no ad even after "Accept all" from the banner unless the person opts in on purpose, and says the signal is honoured', async () => {
    const w = await watchedContext({ javaScript, gpc: true });
    const { page } = w;
    const rowsBefore = (await ledger()).length;
    await page.goto(origin());
    expect(await page.getByText('Your browser sends Global Privacy Control. We honour it').isVisible()).toBe(true);
    expect((await ledger()).slice(rowsBefore)).toEqual([{ method: 'gpc', analytics: false, advertising: false, gpc_signal: true }]);
    await expectOnlyRegisteredCookies(w, 'first visit with GPC');
    expect(w.thirdParty).toEqual([]);

    // An explicit opt-in to advertising, made with the signal on, overrides it and is recorded so.
    await page.goto(`${origin()}/settings/cookies`);
    await page.getByLabel('Advertising').check();
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await page.waitForURL('**/settings/cookies');
    expect((await ledger()).at(-1)).toEqual({ method: 'settings', analytics: false, advertising: true, gpc_signal: true });
    await page.goto(origin());
    if (javaScript) {
      await expect.poll(() => w.google.length).toBeGreaterThan(0);
    } else {
      expect(w.google).toEqual([]);
    }
    await close(w);
  });
});

describe.skipIf(!run)('navigator.globalPrivacyControl without the header', () => {
  it('keeps the ad loader from loading AdSense after an opt-in made without the signal', async () => {
    const w = await watchedContext({ javaScript: true });
    await w.page.goto(origin());
    await w.page.getByRole('button', { name: 'Accept all' }).click();
    await w.page.waitForURL(`${origin()}/`);
    await expect.poll(() => w.google.length).toBeGreaterThan(0);
    await close(w);

    // The same choice in a browser whose script sees GPC but whose requests lack the header.
    const gpc = await watchedContext({ javaScript: true });
    await gpc.context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await gpc.page.goto(origin());
    await gpc.page.getByRole('button', { name: 'Accept all' }).click();
    await gpc.page.waitForURL(`${origin()}/`);
    expect(await adLoaderOnPage(gpc.page)).toBe(1);
    await gpc.page.waitForLoadState('networkidle');
    expect(gpc.google).toEqual([]);
    await close(gpc);
  });
});

describe.skipIf(!run).each([
  [390, true],
  [360, false],
  [360, true],
])('the consent pages in Korean at %i px (JavaScript %s)', (width, javaScript) => {
  it('fit the screen, pass axe, and save a choice without sideways scrolling', async () => {
    const context = await browser!.newContext({ javaScriptEnabled: javaScript, viewport: { width, height: 800 }, locale: 'ko-KR', extraHTTPHeaders: { 'Accept-Language': 'ko' } });
    const page = await context.newPage();
    for (const path of ['/', '/cookies', '/settings/cookies']) {
      await page.goto(`${origin()}${path}`);
      expect(await page.getAttribute('html', 'lang')).toBe('ko');
      expect(await sideways(page), path).toBeLessThanOrEqual(0);
      if (javaScript) await expectAccessible(page, `${path} in Korean at ${width} px`);
    }
    await page.getByLabel('방문 통계').check();
    await page.getByRole('button', { name: '선택 저장' }).click();
    await page.waitForURL('**/settings/cookies');
    expect(await page.getByRole('status').first().textContent()).toContain('쿠키 설정을 저장했어요.');
    expect(await page.getByLabel('방문 통계').isChecked()).toBe(true);
    expect(await page.getByLabel('광고').isChecked()).toBe(false);
    await context.close();
  });
});
