import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uploadFixture } from '../helpers/analysis.js';
import { chromiumAvailable, expectAccessible, useBrowserApp } from '../helpers/browser.js';
import { signIn } from '../helpers/sign-in.js';

const run = chromiumAvailable();
const ctx = useBrowserApp(run);

/** Set SCREENSHOT_DIR to keep a picture of every page drawn here (for a person to look at). */
const screenshots = process.env.SCREENSHOT_DIR;
if (screenshots) mkdirSync(screenshots, { recursive: true });

async function look(page: Page, name: string): Promise<void> {
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(sideways, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  if (screenshots) await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

// Sign-in (with the correction of a rejected email) and the dashboard, in Korean, as a newcomer sees
// them on a desktop and a phone, with JavaScript on and off (#11, #19).
describe.skipIf(!run).each([
  { width: 1280, javaScript: true },
  { width: 1280, javaScript: false },
  { width: 390, javaScript: true },
  { width: 390, javaScript: false },
])('in Korean at $width px, JavaScript $javaScript', ({ width, javaScript }) => {
  const label = `ko-${width}-${javaScript ? 'js' : 'nojs'}`;

  it('signs a newcomer in after a corrected email and shows the first steps, without sideways scrolling', async () => {
    const context = await ctx.browser.newContext({ locale: 'ko-KR', javaScriptEnabled: javaScript, viewport: { width, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${ctx.t.origin}/auth/sign-in?next=%2Fdashboard`);
      expect(await page.getAttribute('html', 'lang')).toBe('ko');
      expect(await page.locator('main').textContent()).toContain('개발용 로그인이에요');
      await look(page, `${label}-sign-in`);

      await page.locator('main').getByRole('link', { name: '로그인' }).click();
      await page.waitForURL('**/dev-sign-in/**');
      await page.getByLabel('이름').fill('김하늘');
      await page.getByLabel('이메일 주소').fill(`haneul.${width}.${javaScript}@example`);
      await page.getByRole('button', { name: '로그인' }).click();
      await expect.poll(() => page.getByText('올바른 이메일 주소를 입력해 주세요').isVisible()).toBe(true);
      await look(page, `${label}-dev-sign-in-error`);
      if (javaScript) await expectAccessible(page, 'Korean development sign-in with errors');
      await page.getByLabel('이메일 주소').fill(`haneul.${width}.${javaScript}@example.com`);
      await page.getByRole('button', { name: '로그인' }).click();

      await page.waitForURL('**/dashboard');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('김하늘님, 반가워요');
      expect(await page.getByText('아직 올린 문서가 없어요.').isVisible()).toBe(true);
      await look(page, `${label}-dashboard-new`);
      if (javaScript) await expectAccessible(page, 'Korean dashboard');
    } finally {
      await context.close();
    }
  });

  // A file name is the longest unbroken word on the dashboard: the phone is where it could overflow.
  it.skipIf(width > 390)('shows a dashboard with a document in Korean without sideways scrolling', async () => {
    const person = { name: '이서윤', email: `seoyun.${width}.${javaScript}@example.com` };
    const agent = await signIn(ctx.t.origin, person, '/dashboard', { 'Accept-Language': 'ko' });
    await uploadFixture(agent, 'alex-morgan.single-column.pdf');
    const context = await ctx.browser.newContext({ locale: 'ko-KR', javaScriptEnabled: javaScript, viewport: { width, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${ctx.t.origin}/auth/sign-in?next=%2Fdashboard`);
      await page.locator('main').getByRole('link', { name: '로그인' }).click();
      await page.getByLabel('이름').fill(person.name);
      await page.getByLabel('이메일 주소').fill(person.email);
      await page.getByRole('button', { name: '로그인' }).click();
      await page.waitForURL('**/dashboard');
      expect(await page.locator('#card-documents').textContent()).toContain('alex-morgan.single-column.pdf');
      await look(page, `${label}-dashboard-data`);
    } finally {
      await context.close();
    }
  });
});
