import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible, signInInBrowser, useBrowserApp } from '../helpers/browser.js';

const run = chromiumAvailable();
const ctx = useBrowserApp(run);

const DRAFT = 'Last winter a patient on my ward became confused during the night shift';

/** A signed-in page (sign-in needs scripts: the cookies go to a second context when they are off), on the start form. */
async function signedIn(email: string, width: number, javaScriptEnabled: boolean, language: 'en' | 'ko'): Promise<Page> {
  const context = await ctx.browser.newContext({ viewport: { width, height: 800 } });
  const signIn = await context.newPage();
  await signInInBrowser(signIn, ctx.t.origin, { name: 'Min-ji Kang', email }, '/interviews');
  await signIn.close();
  // The language cookie (what the switcher sets): the session takes the language of the page it is started on.
  if (language === 'ko') await context.addCookies([{ name: 'candor_lang', value: 'ko', url: ctx.t.origin }]);
  const cookies = await context.cookies();
  const target = javaScriptEnabled ? context : await ctx.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
  if (!javaScriptEnabled) await target.addCookies(cookies);
  const page = await target.newPage();
  await page.goto(`${ctx.t.origin}/interviews`);
  return page;
}

async function start(page: Page, language: 'en' | 'ko'): Promise<void> {
  await page.locator('input[name="role"]').fill(language === 'ko' ? '간호사' : 'Registered nurse');
  await page.locator('input[name="kind"][value="behavioral"]').check();
  await page.locator('select[name="length"]').selectOption('3');
  await page.locator('form[action="/interviews"] button[type="submit"]').click();
  await page.waitForURL(/\/interviews\/[0-9a-f-]{36}/);
}

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe.skipIf(!run)('the interview question page', () => {
  it.each([
    [390, true],
    [390, false],
    [360, true],
  ] as const)('keeps a typed draft across a reload, asks before finishing, passes axe, no sideways scroll at %i px (JavaScript %s)', async (width, javaScriptEnabled) => {
    const page = await signedIn(`draft-${width}-${String(javaScriptEnabled)}@example.com`, width, javaScriptEnabled, 'en');
    await start(page, 'en');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    // axe runs in the page, so only with scripts on; the markup without them is the same page minus the recorder.
    if (javaScriptEnabled) await expectAccessible(page, `question page ${width} px`);

    const answer = page.getByLabel('Your answer');
    if (javaScriptEnabled) {
      // Saved while typing: wait for the draft request, then reload.
      const saved = page.waitForResponse((r) => r.url().endsWith('/draft') && r.status() === 204);
      await answer.pressSequentially(DRAFT.slice(0, 20));
      await answer.fill(DRAFT);
      await answer.dispatchEvent('input');
      await saved;
    } else {
      await answer.fill(DRAFT);
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.waitForLoadState('load');
    }
    await page.reload();
    expect(await page.getByLabel('Your answer').inputValue()).toContain(DRAFT);

    // Finishing early asks first: a dialog with JavaScript, a page without; Cancel keeps the interview.
    await page.getByRole('link', { name: /Finish now/ }).click();
    if (javaScriptEnabled) {
      const dialog = page.getByRole('dialog', { name: 'Finish the interview now?' });
      await dialog.waitFor();
      await expectAccessible(page, 'finish dialog');
      await dialog.getByRole('link', { name: 'Cancel' }).click();
      expect(await dialog.isVisible()).toBe(false);
    } else {
      await page.getByRole('heading', { level: 1, name: 'Finish the interview now?' }).waitFor();
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      await page.getByRole('link', { name: 'Cancel' }).click();
      await page.waitForLoadState('load');
    }
    expect(await page.getByLabel('Your answer').inputValue()).toContain(DRAFT);
    await page.context().close();
  });

  it('shows the recorder’s state in words with Stop unavailable until recording, in Korean for a Korean session', async () => {
    const page = await signedIn('recorder-state-ko@example.com', 390, true, 'ko');
    await start(page, 'ko');
    const question = page.locator('#question-heading');
    expect(await question.getAttribute('lang')).toBe('ko');
    expect(await question.textContent()).toMatch(/[가-힣]/);
    if (await page.locator('#recorder').isVisible()) {
      expect(await page.locator('#recorder-state-text').textContent()).toBe('녹음하지 않는 중');
      expect(await page.locator('[data-action="stop"]').isDisabled()).toBe(true);
      expect(await page.locator('#recorder-status').getAttribute('aria-live')).toBe('polite');
    }
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'Korean question page');
    await page.context().close();
  });
});
