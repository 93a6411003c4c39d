import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible, signInInBrowser, useBrowserApp } from '../helpers/browser.js';

const run = chromiumAvailable();
const ctx = useBrowserApp(run);

async function signedIn(context: BrowserContext, email: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    // 422: a refused form re-rendered; 404: the deleted item, visited on purpose.
    if (msg.type() === 'error' && !/status of 4(22|04)/.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await signInInBrowser(page, ctx.t.origin, { name: 'Dana Owner', email }, '/documents');
  return { page, errors };
}

/** Uploads a small cover letter through the form and returns its page's path. */
async function uploadLetter(page: Page, name: string): Promise<string> {
  await page.goto(`${ctx.t.origin}/documents`);
  await page.getByLabel('Kind of document').selectOption('cover_letter');
  await page.getByLabel('File').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from('Dear hiring team,\nI would like to apply.\n') });
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

async function startInterview(page: Page): Promise<string> {
  await page.goto(`${ctx.t.origin}/interviews`);
  await page.getByLabel('Role you are practising for').fill('Data analyst');
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

async function startAnalysis(page: Page, documentPath: string): Promise<string> {
  await page.goto(`${ctx.t.origin}${documentPath}`);
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.waitForURL(/\/analyses\/[0-9a-f-]{36}$/);
  // Let the queued analysis finish: the page refreshes itself when it does.
  await page.waitForSelector('#analysis-progress', { state: 'detached', timeout: 60_000 });
  await page.waitForLoadState('load');
  return new URL(page.url()).pathname;
}

describe.skipIf(!run)('delete confirmations in Chromium', () => {
  it('JavaScript on: a dialog with the confirmation page’s words; Cancel keeps the item, confirm deletes it', async () => {
    const context = await ctx.browser.newContext();
    const { page, errors } = await signedIn(context, 'dana-js@example.com');
    const documentPath = await uploadLetter(page, 'Dana_Lettre.txt');
    const analysisPath = await startAnalysis(page, documentPath);
    const interviewPath = await startInterview(page);

    for (const [path, link, button, listPath] of [
      [interviewPath, 'Delete interview…', 'Delete interview', '/interviews'],
      [analysisPath, 'Delete analysis…', 'Delete analysis', '/analyses'],
      [documentPath, 'Delete…', 'Delete permanently', '/documents'],
    ] as const) {
      const confirmationWords = await (async () => {
        const other = await context.newPage();
        await other.goto(`${ctx.t.origin}${path}/delete`);
        const text = (await other.locator('main section.narrow').innerText()).replace(/\s+/g, ' ').trim();
        await other.close();
        return text;
      })();
      await page.goto(`${ctx.t.origin}${path}`);
      await page.waitForFunction(() => 'htmx' in window);
      await page.getByRole('link', { name: link }).click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect((await dialog.innerText()).replace(/\s+/g, ' ').trim()).toBe(confirmationWords);
      expect(new URL(page.url()).pathname).toBe(path); // no navigation: the dialog opened in place
      await expectAccessible(page, `dialog on ${path}`);

      await dialog.getByRole('link', { name: 'Cancel' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await page.reload();
      expect(new URL(page.url()).pathname).toBe(path); // still there

      await page.getByRole('link', { name: link }).click();
      await page.getByRole('dialog').getByRole('button', { name: button }).click();
      await page.waitForURL(`**${listPath}`);
      await expect.poll(() => page.getByRole('status').first().textContent()).toContain('deleted');
      const gone = await page.goto(`${ctx.t.origin}${path}`);
      expect(gone?.status()).toBe(404);
    }

    // The account: the dialog asks for the email address like the page does.
    await page.goto(`${ctx.t.origin}/settings`);
    await page.getByRole('link', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expectAccessible(page, 'account dialog');
    await dialog.getByLabel(/To confirm, type your email address/).fill('dana-js@example.com');
    await dialog.getByRole('button', { name: 'Delete my account permanently' }).click();
    await page.waitForURL(`${ctx.t.origin}/`);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Your account and all its data have been deleted.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('JavaScript off: the link leads to the confirmation page, which deletes', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const { page, errors } = await signedIn(context, 'dana-nojs@example.com');
    const documentPath = await uploadLetter(page, 'Dana_Brief.txt');
    await page.getByRole('link', { name: 'Delete…' }).click();
    await page.waitForURL(`**${documentPath}/delete`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Delete Dana_Brief.txt?');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.waitForURL(`**${documentPath}`);
    await page.getByRole('link', { name: 'Delete…' }).click();
    await page.getByRole('button', { name: 'Delete permanently' }).click();
    await page.waitForURL('**/documents');
    expect(await page.getByRole('status').first().textContent()).toContain('Dana_Brief.txt is deleted');
    expect(await page.getByText('No documents yet').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the confirmation pages pass axe-core', async () => {
    const context = await ctx.browser.newContext();
    const { page } = await signedIn(context, 'dana-axe@example.com');
    const documentPath = await uploadLetter(page, 'Dana_Axe.txt');
    const interviewPath = await startInterview(page);
    for (const path of [`${documentPath}/delete`, `${interviewPath}/delete`, '/settings/delete']) {
      await page.goto(`${ctx.t.origin}${path}`);
      await expectAccessible(page, path);
    }
    await context.close();
  });
});
