import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible, horizontalOverflow, signInInBrowser, useBrowserApp } from '../helpers/browser.js';

const run = chromiumAvailable();
const ctx = useBrowserApp(run);

const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 360, height: 740 };


/** A phone-sized page of a signed-in person, with JavaScript on or off. */
async function phone(browser: Browser, person: { name: string; email: string }, javaScriptEnabled: boolean, viewport = PHONE): Promise<Page> {
  const signInContext = await browser.newContext();
  const signInPage = await signInContext.newPage();
  await signInInBrowser(signInPage, ctx.t.origin, person, '/dashboard');
  const state = await signInContext.storageState();
  await signInContext.close();
  const context = await browser.newContext({ viewport, javaScriptEnabled, storageState: state });
  return context.newPage();
}

/** Fits the phone without sideways scrolling, and (with JavaScript, which axe needs) passes axe. */
async function checkPage(page: Page, label: string, js: boolean): Promise<void> {
  expect(await horizontalOverflow(page), `${label} scrolls sideways`).toBeLessThanOrEqual(0);
  if (js) await expectAccessible(page, label);
}

async function journey(js: boolean): Promise<void> {
  const tag = js ? 'js' : 'nojs';
  const person = await phone(ctx.browser, { name: 'Hana Seo', email: `hana.${tag}@example.com` }, js);
  const support = await phone(ctx.browser, { name: 'Sam Support', email: `sam.${tag}@candor.example` }, js);
  await ctx.db.query(`update users set role = 'support' where email = $1`, [`sam.${tag}@candor.example`]);

  // The person asks for a copy of their data, from Settings.
  await person.goto(`${ctx.t.origin}/settings`);
  await person.getByRole('link', { name: 'Data requests', exact: true }).first().click();
  await person.waitForURL(/\/settings\/requests$/);
  await checkPage(person, 'data requests (requester)', js);
  await person.getByRole('button', { name: 'Send request' }).click();
  await expect.poll(() => person.locator('.flash-error').innerText()).toContain('Please check the fields');
  await person.getByLabel('A copy of my data').check();
  await person.getByRole('button', { name: 'Send request' }).click();
  await person.waitForURL(/\/settings\/requests\/[0-9a-f-]{36}$/);
  const requestUrl = person.url();
  expect(await person.locator('main').innerText()).toContain('Received');
  await checkPage(person, 'one data request (requester)', js);

  // Support finds it in the queue, opens it with a reason, and completes it.
  await support.goto(`${ctx.t.origin}/support/requests`);
  const reference = (await person.getByRole('heading', { level: 1 }).innerText()).replace('Request ', '');
  expect(await support.locator('main').innerText()).toMatch(/(10|9) days left/);
  await checkPage(support, 'support queue', js);
  await support.getByRole('link', { name: reference }).click();
  expect(await support.locator('main').innerText()).not.toContain(`hana.${tag}@example.com`);
  await checkPage(support, 'support case, masked', js);
  await support.getByLabel('Reason for opening').fill('To prepare the copy of your data you asked for');
  await support.getByRole('button', { name: 'Open the case' }).click();
  await expect.poll(() => support.locator('main').innerText()).toContain(`hana.${tag}@example.com`);
  await checkPage(support, 'support case, opened', js);
  await support.getByLabel('What we did, in words for the requester').fill('Your copy is ready to download.');
  await support.getByRole('button', { name: 'Complete', exact: true }).click();
  await support.waitForURL(/\/support\/requests$/);

  // The person sees the result, the download and the staff look in their access history.
  await person.goto(requestUrl);
  const page = await person.locator('main').innerText();
  expect(page).toContain('Completed');
  expect(page).toContain('Your copy is ready to download.');
  expect(await person.getByRole('link', { name: 'Download my data' }).getAttribute('href')).toMatch(/\/export$/);
  await checkPage(person, 'completed request', js);
  await person.goto(`${ctx.t.origin}/settings`);
  expect(await person.locator('main').innerText()).toContain('To prepare the copy of your data you asked for');
  await checkPage(person, 'settings with access history', js);

  await person.context().close();
  await support.context().close();
}

describe.runIf(run)('data requests in a browser', () => {
  it('JavaScript on: a person asks for their data, support completes it, the person downloads it', async () => {
    await journey(true);
  });

  it('JavaScript off: the same journey works with plain links and forms', async () => {
    await journey(false);
  });

  it('the public form proves the address with a code, JavaScript off, on a small phone', async () => {
    const context = await ctx.browser.newContext({ viewport: SMALL_PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${ctx.t.origin}/data-requests/new`);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByLabel('Delete my data').check();
    await page.getByLabel('Your email address').fill('visitor@example.org');
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await page.waitForURL(/\/verify$/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const [mail] = await ctx.db.query<{ subject: string }>(`select subject from mail_outbox where recipient = 'visitor@example.org'`);
    await page.getByLabel('Six-digit code').fill(/(\d{6})/.exec(mail!.subject)![1]!);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('We received your request');
    await context.close();
  });

  it('the Korean pages and the admin pages fit a small phone and pass axe', async () => {
    const admin = await phone(ctx.browser, { name: '관리자', email: 'admin.ko@candor.example' }, true, SMALL_PHONE);
    await ctx.db.query(`update users set role = 'admin' where email = 'admin.ko@candor.example'`);
    await admin.context().addCookies([{ name: 'candor_lang', value: 'ko', url: ctx.t.origin }]);
    for (const path of ['/settings/requests', '/support/requests', '/admin/roles', '/admin/jobs', '/admin/access-log', '/data-requests/new']) {
      await admin.goto(`${ctx.t.origin}${path}`);
      expect(await admin.locator('html').getAttribute('lang')).toBe('ko');
      await checkPage(admin, `${path} in Korean`, true);
    }
    await admin.context().close();
  });
});
