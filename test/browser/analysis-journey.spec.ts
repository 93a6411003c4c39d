import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible, horizontalOverflow, signInInBrowser, useBrowserApp } from '../helpers/browser.js';
import { FIXTURE_DIR } from '../helpers/document-fixtures.js';

const run = chromiumAvailable();
const job = readFileSync('test/fixtures/analysis/backend-engineer.job.txt', 'utf8');

const ctx = useBrowserApp(run);

async function analyse(page: Page, email: string, javaScript: boolean): Promise<void> {
  await signInInBrowser(page, ctx.t.origin, { name: 'Alex Morgan', email }, '/documents');
  // Saved the way many people name files: one long word joined by underscores, which the report's and the
  // document page's headings must break on a phone (it pushed both pages 3 px sideways at 390 px).
  await page.getByLabel('File').setInputFiles({ name: 'Alex_Morgan_Senior_Backend_Engineer_Resume.pdf', mimeType: 'application/pdf', buffer: readFileSync(`${FIXTURE_DIR}/resumes/alex-morgan.single-column.pdf`) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.waitForURL(/\/profile$/);
  await page.getByRole('link', { name: /Alex_Morgan/ }).click();
  await page.getByLabel('Job description (optional)').fill(job);
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.waitForURL(/\/analyses\/[0-9a-f-]{36}$/);
  if (javaScript) {
    // The progress fragment polls and the report replaces it without a reload by the user.
    await page.getByRole('heading', { name: 'Overall score' }).waitFor({ timeout: 60_000 });
  } else {
    for (let i = 0; i < 40 && !(await page.getByRole('heading', { name: 'Overall score' }).isVisible()); i++) {
      await page.waitForTimeout(300);
      await page.getByRole('link', { name: 'Refresh' }).click().catch(() => undefined);
    }
  }
  expect(await page.getByRole('heading', { name: 'Overall score' }).isVisible()).toBe(true);
  expect(await page.getByRole('heading', { name: /Required — missing/ }).isVisible()).toBe(true);
  // On a 360 px phone the report fits, the "Worded differently" table included (long words in its
  // narrow cells pushed the page 28 px sideways before its cells could break them).
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.getByRole('heading', { name: 'Worded differently' }).isVisible()).toBe(true);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  // …read row by row: each cell under its column's name, words whole.
  const firstRow = page.locator('table.stack-table tbody tr').first();
  expect(await firstRow.evaluate((row) => getComputedStyle(row).display)).toBe('block');
  expect(await firstRow.locator('td').first().getAttribute('data-label')).toBe('The job asks for');
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe.skipIf(!run)('analysis in Chromium', () => {
  it('runs from the document page and shows the report — JavaScript on, accessible, with a chart on the dashboard', async () => {
    const context = await ctx.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await analyse(page, 'alex-js@example.com', true);
    await expectAccessible(page, 'analysis report');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.waitForURL('**/dashboard');
    expect(await page.locator('svg.score-chart circle').count()).toBe(1);
    // The long file name in the documents and analyses cards breaks inside its card: it ran past the
    // card's edge, cut off by the next card, in a desktop screenshot.
    const spill = await page.locator('.dashboard-cards .card').evaluateAll((cards) =>
      cards.flatMap((card) => {
        const edge = card.getBoundingClientRect().right;
        return [...card.querySelectorAll('a')].filter((a) => a.getBoundingClientRect().right > edge + 0.5).map((a) => a.textContent ?? '');
      }),
    );
    expect(spill, 'links running past their card').toEqual([]);
    await expectAccessible(page, 'dashboard with chart');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works with JavaScript off (refresh link)', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    await analyse(await context.newPage(), 'alex-nojs@example.com', false);
    await context.close();
  });
});
