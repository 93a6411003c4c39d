import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible, signInInBrowser, useBrowserApp } from '../helpers/browser.js';
import { SAMPLE_RESUME, sampleText } from '../helpers/resume-formats.js';

const run = chromiumAvailable();
const ctx = useBrowserApp(run);

/** Upload → profile (where the form lands) → download both files, on a 390 px phone. */
async function uploadAndDownload(page: Page, email: string, javaScriptEnabled: boolean): Promise<void> {
  await signInInBrowser(page, ctx.t.origin, { name: 'Jordan Lee', email }, '/documents');
  await page.getByLabel('File').setInputFiles({ name: 'jordan-lee.txt', mimeType: 'text/plain', buffer: Buffer.from(sampleText(SAMPLE_RESUME)) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.waitForURL(/\/profile$/, { timeout: 60_000 });
  if (javaScriptEnabled) {
    // axe and the width check run as page scripts, so only where scripts are allowed.
    await expectAccessible(page, 'profile with downloads');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
  for (const [label, extension] of [['Download PDF', 'pdf'], ['Download Word (DOCX)', 'docx']] as const) {
    const link = page.getByRole('link', { name: label });
    if (javaScriptEnabled) {
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(`jordan-lee.${extension}`);
    } else {
      // Without JavaScript the link is a plain link; Chromium's download event does not fire in this
      // mode under Playwright, so the same request is made with the page's own cookies.
      const response = await page.context().request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-disposition']).toContain(`jordan-lee.${extension}`);
    }
  }
}

describe.skipIf(!run)('downloading a better résumé in Chromium (#12 item 3)', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`PDF and DOCX from the profile page, JavaScript ${javaScriptEnabled ? 'on' : 'off'}, 390 px wide`, async () => {
      const context = await ctx.browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 }, acceptDownloads: true });
      await uploadAndDownload(await context.newPage(), `jordan-${javaScriptEnabled ? 'js' : 'nojs'}@example.com`, javaScriptEnabled);
      await context.close();
    });
  }
});
