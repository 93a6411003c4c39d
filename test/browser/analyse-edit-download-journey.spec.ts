import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible, signInInBrowser, useBrowserApp } from '../helpers/browser.js';
import { FIXTURE_DIR } from '../helpers/document-fixtures.js';

const run = chromiumAvailable();
const job = readFileSync('test/fixtures/analysis/backend-engineer.job.txt', 'utf8');
const ctx = useBrowserApp(run);

const ACHIEVEMENT = 'Cut the release time of 12 services from 2 hours to 15 minutes';

/** Waits for the report: htmx swaps it in with JavaScript; without, the Refresh link reloads the page. */
async function waitForReport(page: Page, javaScript: boolean): Promise<void> {
  const heading = page.getByRole('heading', { name: 'Overall score' });
  if (javaScript) await heading.waitFor({ timeout: 60_000 });
  else {
    for (let i = 0; i < 60 && !(await heading.isVisible()); i++) {
      await page.waitForTimeout(300);
      await page.getByRole('link', { name: 'Refresh' }).click().catch(() => undefined);
    }
  }
  expect(await heading.isVisible()).toBe(true);
}

/** From the document page: analyse against the job and return the required skills the report lists as missing. */
async function analyse(page: Page, javaScript: boolean): Promise<{ missing: string[]; have: string[]; version: string }> {
  await page.getByLabel('Job description (optional)').fill(job);
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.waitForURL(/\/analyses\/[0-9a-f-]{36}$/);
  await waitForReport(page, javaScript);
  // Each list sits under its own heading in the "Job match" card's two columns.
  const tags = async (heading: RegExp) => page.locator('section .grid-2 > div', { has: page.getByRole('heading', { name: heading }) }).locator('li.tag').allTextContents();
  return { missing: await tags(/^Required — missing/), have: await tags(/^Required — you have/), version: (await page.locator('#analysed-version').textContent()) ?? '' };
}

/** The file a download link serves: through Chromium's download with JavaScript, else fetched with the page's cookies. */
async function download(page: Page, label: string, javaScript: boolean): Promise<{ name: string; body: Buffer }> {
  const link = page.getByRole('link', { name: label });
  if (javaScript) {
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
  }
  // Without JavaScript Chromium's download event does not fire under Playwright (see resume-download.spec.ts).
  const response = await page.context().request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
  expect(response.status()).toBe(200);
  return { name: /filename="?([^";]+)"?/.exec(response.headers()['content-disposition'] ?? '')?.[1] ?? '', body: await response.body() };
}

/** Upload → analyse → edit the profile (a skill and an achievement) → analyse again → download PDF and DOCX. */
async function journey(page: Page, email: string, javaScript: boolean): Promise<void> {
  await signInInBrowser(page, ctx.t.origin, { name: 'Alex Morgan', email }, '/documents');
  await page.getByLabel('File').setInputFiles(`${FIXTURE_DIR}/resumes/alex-morgan.single-column.pdf`);
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}\/profile$/, { timeout: 60_000 });
  const profileUrl = page.url();
  const documentUrl = profileUrl.replace(/\/profile$/, '');

  await page.goto(documentUrl);
  const first = await analyse(page, javaScript);
  expect(first.version).toContain('the text read from your file');
  // A hard skill the job requires that the résumé lacks: the edit adds it.
  const added = ['Kubernetes', 'Docker', 'PostgreSQL', 'CI/CD'].find((m) => first.missing.includes(m));
  expect(added, `one of the job's tools is missing before the edit (missing: ${first.missing.join(', ')})`).toBeDefined();
  if (javaScript) await expectAccessible(page, 'first analysis report');

  await page.goto(profileUrl);
  await page.getByLabel('New skills (comma-separated)').fill(added!);
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect.poll(() => page.locator('#section-skills input[name$=".name"]').last().inputValue()).toBe(added);
  const achievements = page.locator('textarea[name="work.0.highlights"]');
  await achievements.fill(`${(await achievements.inputValue()).trimEnd()}\n${ACHIEVEMENT}`);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 20_000 }).toContain('Your profile is saved');

  await page.goto(documentUrl);
  const second = await analyse(page, javaScript);
  // The report says it read the edited profile, and the added skill is now one the résumé has.
  expect(second.version).toContain('your edited profile');
  expect(second.missing).not.toContain(added);
  expect(second.have).toContain(added);
  if (javaScript) await expectAccessible(page, 'report on the edited profile');

  await page.goto(profileUrl);
  const pdf = await download(page, 'Download PDF', javaScript);
  expect(pdf.name).toMatch(/\.pdf$/);
  const pdfText = (await extractText(await getDocumentProxy(new Uint8Array(pdf.body)), { mergePages: true })).text.replace(/\s+/g, ' ');
  expect(pdfText).toContain(added);
  expect(pdfText).toContain(ACHIEVEMENT);

  const docx = await download(page, 'Download Word (DOCX)', javaScript);
  expect(docx.name).toMatch(/\.docx$/);
  const docxText = (await mammoth.extractRawText({ buffer: docx.body })).value.replace(/\s+/g, ' ');
  expect(docxText).toContain(added);
  expect(docxText).toContain(ACHIEVEMENT);
}

describe.skipIf(!run)('upload, analyse, edit, analyse again and download in Chromium (#12)', () => {
  it('JavaScript on, accessible', async () => {
    const context = await ctx.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await journey(page, 'journey-js@example.com', true);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('JavaScript off: plain forms, the Refresh link and plain download links', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    await journey(await context.newPage(), 'journey-nojs@example.com', false);
    await context.close();
  }, 180_000);
});
