import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible, horizontalOverflow, signInInBrowser, useBrowserApp } from '../helpers/browser.js';
import { FakeStripe } from '../helpers/fake-stripe-server.js';

/**
 * Upgrading in a real browser, with JavaScript on and off: the upgrade form's 303 reaches Stripe
 * Checkout (allowed by the CSP's form-action; Stripe's pages are stood in for by the test), the
 * return page waits for the webhook, and Pro shows only once it has arrived.
 */
const run = chromiumAvailable();
let stripe: FakeStripe | undefined;
beforeAll(async () => {
  if (run) stripe = await FakeStripe.start();
});
afterAll(async () => {
  await stripe?.close();
});
const ctx = useBrowserApp(run, { env: () => stripe!.env() });
const PHONE = { width: 390, height: 844 };


/** Stands in for Stripe's hosted pages: Checkout offers "Pay", which returns to the success URL. */
async function standInForStripe(context: BrowserContext): Promise<void> {
  await context.route('https://checkout.stripe.com/**', async (route) => {
    const sessionId = /cs_test_\w+/.exec(route.request().url())![0];
    const session = stripe!.sessions.get(sessionId)!;
    const back = (session.success_url as string).replace('{CHECKOUT_SESSION_ID}', sessionId);
    await route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>Checkout</title><main><h1>Stripe Checkout</h1><a href="${back}">Pay</a></main></html>` });
  });
  await context.route('https://billing.stripe.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Portal</title><h1>Stripe billing portal</h1></html>' }));
}

async function signedInPhone(browser: Browser, email: string, javaScriptEnabled: boolean): Promise<Page> {
  const signInContext = await browser.newContext();
  const signInPage = await signInContext.newPage();
  await signInInBrowser(signInPage, ctx.t.origin, { name: 'Robin Payer', email }, '/dashboard');
  const state = await signInContext.storageState();
  await signInContext.close();
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled, storageState: state });
  await standInForStripe(context);
  return context.newPage();
}

/** What Stripe does after the person paid: the subscription exists and the signed webhook arrives. */
async function stripeConfirms(page: Page): Promise<void> {
  const sessionId = /session_id=(cs_test_\w+)/.exec(page.url())![1]!;
  const { session } = stripe!.completeCheckout(sessionId);
  await stripe!.deliver(ctx.t.origin, stripe!.event('checkout.session.completed', session)).expect(200);
}

describe.runIf(run)('upgrading to Pro', () => {
  it('JavaScript on: checkout, then the return page confirms by itself once the webhook arrived', async () => {
    const page = await signedInPhone(ctx.browser, 'robin.js@example.com', true);
    await page.goto(`${ctx.t.origin}/pricing`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Plans and pricing');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'pricing page');

    await page.getByRole('button', { name: 'Upgrade, billed monthly' }).click();
    await page.waitForURL(/^https:\/\/checkout\.stripe\.com\//);
    await page.getByRole('link', { name: 'Pay' }).click();
    await page.waitForURL(/\/billing\/return\?session_id=cs_test_/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Confirming your payment');
    await expectAccessible(page, 'confirming-payment page');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await stripeConfirms(page);
    // htmx polls every 2 s; once Pro, the page reloads whole.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 10_000 }).toBe('Welcome to Pro');

    await page.getByRole('link', { name: 'See your plan' }).click();
    await page.waitForURL(/\/settings\/plan$/);
    expect(await page.locator('main').innerText()).toContain("You're on the Pro plan.");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'plan page (Pro)');
    await page.getByRole('button', { name: 'Manage billing' }).click();
    await page.waitForURL(/^https:\/\/billing\.stripe\.com\/p\/session\//);

    await page.goto(`${ctx.t.origin}/pricing?lang=ko`);
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'Korean pricing page');
    await page.context().close();
  });

  it('JavaScript off: the same forms, and a link that checks again until the payment is confirmed', async () => {
    const page = await signedInPhone(ctx.browser, 'robin.nojs@example.com', false);
    await page.goto(`${ctx.t.origin}/pricing`);
    await page.getByRole('button', { name: 'Upgrade, billed yearly' }).click();
    await page.waitForURL(/^https:\/\/checkout\.stripe\.com\//);
    await page.getByRole('link', { name: 'Pay' }).click();
    await page.waitForURL(/\/billing\/return\?session_id=cs_test_/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Confirming your payment');
    await stripeConfirms(page);
    await page.getByRole('link', { name: 'Check again' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Welcome to Pro');
    await page.goto(`${ctx.t.origin}/settings/plan`);
    expect(await page.locator('main').innerText()).toContain('Billed yearly.');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
