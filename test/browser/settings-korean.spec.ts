import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible, horizontalOverflow, signInInBrowser, useBrowserApp } from '../helpers/browser.js';

const run = chromiumAvailable();
const ctx = useBrowserApp(run);

/** Screenshots for people to look at; not compared by the test. */
const SCREENSHOT_DIR = join(process.cwd(), '.data/screenshots');
const PHONE = { width: 390, height: 844 };

/** A phone-sized page of a signed-in person who chose Korean (the switcher's cookie). */
async function koreanPhone(browser: Browser, email: string, javaScriptEnabled: boolean): Promise<Page> {
  // Sign in with JavaScript (the provider's page needs none either way), then read in the mode under test.
  const signInContext = await browser.newContext();
  const signInPage = await signInContext.newPage();
  await signInInBrowser(signInPage, ctx.t.origin, { name: '김민지', email }, '/dashboard');
  const state = await signInContext.storageState();
  await signInContext.close();
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled, storageState: state });
  await context.addCookies([{ name: 'candor_lang', value: 'ko', url: ctx.t.origin }]);
  return context.newPage();
}


describe.runIf(run)('settings in Korean on a phone', () => {
  it('JavaScript on: “계정 삭제…” opens the confirmation in a dialog', async () => {
    const page = await koreanPhone(ctx.browser, 'minji.js@example.com', true);
    await page.goto(`${ctx.t.origin}/settings`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('설정');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings-ko-phone.png'), fullPage: true });

    await page.getByRole('link', { name: '계정 삭제…' }).click();
    const dialog = page.getByRole('dialog', { name: '계정을 삭제할까요?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain('삭제하면 되돌릴 수 없어요.');
    // Focus starts on the field to fill in.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('confirmEmail');
    await expectAccessible(page, 'Korean account-deletion dialog');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings-ko-phone-dialog.png') });
    await dialog.getByRole('link', { name: '취소' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // The confirmation page the link leads to without JavaScript (axe needs JavaScript to run).
    await page.goto(`${ctx.t.origin}/settings/delete`);
    await expectAccessible(page, 'Korean account-deletion page');
    await page.context().close();
  });

  it('JavaScript off: the same link leads to the confirmation page', async () => {
    const page = await koreanPhone(ctx.browser, 'minji.nojs@example.com', false);
    await page.goto(`${ctx.t.origin}/settings`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings-ko-phone-nojs.png'), fullPage: true });
    await page.getByRole('link', { name: '계정 삭제…' }).click();
    await page.waitForURL(/\/settings\/delete$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('계정을 삭제할까요?');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings-ko-phone-confirmation-nojs.png'), fullPage: true });
    await page.context().close();
  });
});
