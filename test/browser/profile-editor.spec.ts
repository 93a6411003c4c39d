import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readProfileForm, resumeFromFormState } from '../../src/modules/documents/dto/profile-editor.form.js';
import { chromiumAvailable, expectAccessible, signInInBrowser, useBrowserApp } from '../helpers/browser.js';
import { FIXTURE_DIR } from '../helpers/document-fixtures.js';
import { formEntries, generatedProfiles, jsonResumeSample, parseFormBody, renderEditorForm, trickyProfile, urlencode } from '../helpers/profile-editor.js';

const run = chromiumAvailable();
const ctx = useBrowserApp(run);

/** Screenshots for people to look at; not compared by the test. */
const SCREENSHOT_DIR = join(process.cwd(), '.data/screenshots');

async function openEditor(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await signInInBrowser(page, ctx.t.origin, { name: 'Priya Raman', email }, '/documents');
  await page.getByLabel('Kind of document').selectOption('resume');
  await page.getByLabel('File').setInputFiles(`${FIXTURE_DIR}/resumes/priya-raman.two-column.pdf`);
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}\/profile$/);
  return page;
}

async function exportedProfile(page: Page): Promise<{ basics: Record<string, unknown>; work: { position?: string }[]; skills: { name?: string }[] }> {
  const res = await page.request.get(`${page.url().replace(/#.*$/, '')}.json`);
  expect(res.status()).toBe(200);
  return (await res.json()) as never;
}

/** Edit the headline, add a skill, remove the first job, save: all three are in the saved profile. */
async function editAddRemoveSave(page: Page): Promise<void> {
  const before = await exportedProfile(page);
  expect(before.work.length).toBeGreaterThanOrEqual(2);
  const removedPosition = before.work[0]!.position!;

  await page.getByLabel('Headline').fill('Lead Product Designer');
  await page.getByLabel('New skills (comma-separated)').fill('Service design');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect.poll(() => page.locator('#section-skills input[name$=".name"]').last().inputValue()).toBe('Service design');
  // The unsaved headline survived the round trip through the server.
  expect(await page.getByLabel('Headline').inputValue()).toBe('Lead Product Designer');

  await page.getByRole('button', { name: /^Remove job 1: / }).click();
  await expect.poll(() => page.locator('#section-work .entry').count()).toBe(before.work.length - 1);
  expect(await page.getByLabel('Headline').inputValue()).toBe('Lead Product Designer');
  expect(await page.locator('#section-skills input[name$=".name"]').last().inputValue()).toBe('Service design');
  // Nothing is saved until Save.
  expect((await exportedProfile(page)).work).toHaveLength(before.work.length);

  await page.getByRole('button', { name: 'Save profile' }).click();
  // A shared CI machine can be slow to load the page again.
  await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 15_000 }).toContain('Your profile is saved');
  const after = await exportedProfile(page);
  expect(after.basics.label).toBe('Lead Product Designer');
  expect(after.skills.map((s) => s.name)).toContain('Service design');
  expect(after.work.map((w) => w.position)).toEqual(before.work.slice(1).map((w) => w.position));
  expect(after.work.map((w) => w.position)).not.toContain(removedPosition);
}

describe.skipIf(!run)('profile editor in Chromium', () => {
  it('edit a field, add a skill, remove a job, save — JavaScript on, accessible, fits a phone', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openEditor(context, 'editor-js@example.com');
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await expectAccessible(page, 'profile editor');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'profile-editor-desktop.png'), fullPage: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'profile-editor-desktop-top.png') });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'profile-editor-phone.png'), fullPage: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'profile-editor-phone-top.png') });
    await page.locator('#section-work').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'profile-editor-phone-experience.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no horizontal scrolling at 390 px').toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    // With htmx the buttons swap only the form (no page load); the edits are kept all the same.
    const pageLoads: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest()) pageLoads.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    await editAddRemoveSave(page);
    expect(pageLoads, 'only saving loads a page').toEqual([`GET ${new URL(page.url()).pathname}`]);
    await expectAccessible(page, 'profile editor after saving');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the same with JavaScript off: every button is a plain form submission', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const page = await openEditor(context, 'editor-nojs@example.com');
    await editAddRemoveSave(page);
    await context.close();
  });

  it('Chromium submits exactly what the round-trip tests read, and it saves back the same JSON', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const origin = 'http://editor.test';
    let html = '';
    await page.route(`${origin}/**`, async (route) => {
      if (route.request().method() === 'POST') return route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Received</p>' });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><base href="${origin}/">${html}` });
    });
    const profiles = [jsonResumeSample(), trickyProfile(), ...generatedProfiles(12, 99)];
    for (const [i, profile] of profiles.entries()) {
      html = renderEditorForm(profile);
      await page.goto(`${origin}/edit`);
      const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.locator('button[value="save"]').click()]);
      const posted = request.postData();
      expect(posted, `profile ${i}`).toBe(urlencode(formEntries(html, 'profile-editor', { name: 'action', value: 'save' })));
      const saved = resumeFromFormState(readProfileForm(await parseFormBody(posted!)));
      expect(saved.errors).toEqual({});
      expect(saved.resume, `profile ${i}`).toEqual(profile);
    }
    await context.close();
  });
});
