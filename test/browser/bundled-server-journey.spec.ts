import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInInBrowser, useBrowserApp } from '../helpers/browser.js';
import { FIXTURE_DIR } from '../helpers/document-fixtures.js';

/**
 * The other journeys run createApp() in the test's process; `npm start` runs the server bundle
 * (dist/server/main.js, scripts/bundle-server.mjs). This one drives the bundle itself, so a route, a lazily
 * loaded package (file-type on upload, the chart on the dashboard) or a static file the bundling broke fails
 * here rather than for people running `npm start` (wave 19's review). Needs `npm run build`.
 */
const run = chromiumAvailable();
const job = readFileSync('test/fixtures/analysis/backend-engineer.job.txt', 'utf8');

const ctx = useBrowserApp(run, { server: 'bundle' });

describe.skipIf(!run)('the bundled server in Chromium', () => {
  it('signs in, uploads a résumé, analyses it and opens the report, with no failed request or page error', async () => {
    const context = await ctx.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`${res.status()} ${res.url()}`);
    });
    await signInInBrowser(page, ctx.origin, { name: 'Mei Lin', email: 'mei.bundle@example.com' }, '/documents');
    await page.getByLabel('File').setInputFiles({
      name: 'Mei_Lin_Resume.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: readFileSync(`${FIXTURE_DIR}/resumes/mei-lin.standard.docx`),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    // Extraction ran in the bundle's worker and the profile page shows what it read.
    await page.waitForURL(/\/profile$/);
    await page.getByRole('link', { name: /Mei_Lin_Resume/ }).click();
    await page.getByLabel('Job description (optional)').fill(job);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.waitForURL(/\/analyses\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Overall score' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('heading', { name: /Required — missing/ }).isVisible()).toBe(true);
    // The stylesheet and scripts came from the bundle's static route: the report is laid out, not raw.
    expect(await page.evaluate(() => [...document.styleSheets].reduce((rules, sheet) => rules + sheet.cssRules.length, 0))).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.waitForURL('**/dashboard');
    expect(await page.locator('svg.score-chart circle').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
