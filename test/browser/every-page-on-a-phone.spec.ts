import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowserApp } from '../helpers/browser.js';
import { everyGetPage } from '../helpers/route-fixtures.js';
import { routeInventory } from '../helpers/route-inventory.js';
import { signIn, type Agent } from '../helpers/sign-in.js';

/**
 * Every page Candor draws, found from the router (issue #18), opened on a 360 px phone by a person
 * who has data for every kind of id, with JavaScript on and off, in English and Korean: none may
 * scroll sideways. Staff pages are included: the person is an admin, who passes every role.
 */
const run = chromiumAvailable();
const ctx = useBrowserApp(run);

let pages: string[];
let agent: Agent;

beforeAll(async () => {
  if (!run) return;
  agent = await signIn(ctx.t.origin, { name: 'Phone Person', email: 'phone.person@example.com' });
  await ctx.db.query(`update users set role = 'admin' where email = 'phone.person@example.com'`);
  const ownerId = (await ctx.db.query<{ id: string }>(`select id from users where email = 'phone.person@example.com'`))[0]!.id;
  pages = await everyGetPage(routeInventory(ctx.t.app), agent, ctx.db, ownerId, ctx.t.origin, { strict: true });
}, 240_000);

async function phone(javaScript: boolean, locale: string): Promise<BrowserContext> {
  const context = await ctx.browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 360, height: 740 }, locale });
  const origin = new URL(ctx.t.origin);
  const jar = (agent as unknown as { jar: { getCookies(a: unknown): Array<{ name: string; value: string }> } }).jar;
  const cookies = jar.getCookies({ domain: origin.hostname, path: '/', secure: false, script: false });
  await context.addCookies(cookies.map((c) => ({ name: c.name, value: c.value, domain: origin.hostname, path: '/' })));
  return context;
}

describe.skipIf(!run).each([
  { javaScript: true, locale: 'en-US' },
  { javaScript: false, locale: 'en-US' },
  { javaScript: false, locale: 'ko-KR' },
])('at 360 px, JavaScript $javaScript, $locale', ({ javaScript, locale }) => {
  it('no page scrolls sideways', async () => {
    const context = await phone(javaScript, locale);
    const failures: string[] = [];
    let drawn = 0;
    try {
      let page = await context.newPage();
      for (const path of pages) {
        // Downloads (the export, an original file) are not pages: Chromium refuses to "navigate" to them.
        const res = await page.goto(`${ctx.t.origin}${path}${path.includes('?') ? '&' : '?'}lang=${locale.slice(0, 2)}`).catch((error: Error) => {
          if (/Download is starting/.test(error.message)) return null;
          throw new Error(`${path}: ${error.message}`);
        });
        if (!res) {
          // A download keeps the tab busy; the next page gets a fresh tab.
          await page.close();
          page = await context.newPage();
          continue;
        }
        if (!(res.headers()['content-type'] ?? '').startsWith('text/html')) continue;
        drawn++;
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (sideways > 0) {
          const culprit = await page.evaluate(() => {
            const limit = document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > limit + 0.5);
            const innermost = wide.filter((e) => !wide.some((other) => other !== e && e.contains(other)));
            return innermost.slice(0, 3).map((e) => `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''}>`).join(', ');
          });
          failures.push(`${path} scrolls ${sideways} px sideways (${culprit})`);
        }
      }
    } finally {
      await context.close();
    }
    expect(failures).toEqual([]);
    expect(drawn).toBeGreaterThan(15);
  }, 180_000);
});

describe.skipIf(!run)('the lists at 360 px', () => {
  // Five columns on a phone broke their headings and dates inside words ("Sc or e", "202 6"): each list is read
  // row by row instead, every cell under its column's name (wave 17).
  it('read the documents, analyses and interviews lists row by row', async () => {
    const context = await phone(false, 'en-US');
    try {
      const page = await context.newPage();
      for (const path of ['/documents', '/analyses', '/interviews']) {
        await page.goto(`${ctx.t.origin}${path}`);
        const row = page.locator('table.stack-table tbody tr').first();
        expect(await row.count(), path).toBe(1);
        expect(await row.evaluate((r) => getComputedStyle(r).display), path).toBe('block');
        const labels = await row.locator('td').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-label') ?? ''));
        expect(labels.length, path).toBe(5);
        expect(labels.every((label) => label.length > 0), path).toBe(true);
      }
    } finally {
      await context.close();
    }
  }, 120_000);
});
