import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible, horizontalOverflow, signInInBrowser, useBrowserApp } from '../helpers/browser.js';
import { publishPosting, signInEmployer } from '../helpers/jobs.js';

const run = chromiumAvailable();
const ctx = useBrowserApp(run);
const PHONE = { width: 390, height: 844 };

const JOB = 'We build payment APIs.\n\nRequirements:\n- TypeScript and Node.js\n- PostgreSQL';
const RESUME = 'Jo Kim\njo@example.com\n\nSkills\nTypeScript, PostgreSQL\n\nExperience\nBackend engineer, 2020–2024\n';


async function seekerPage(email: string, javaScriptEnabled: boolean): Promise<Page> {
  const signInContext = await ctx.browser.newContext();
  const signInPage = await signInContext.newPage();
  await signInInBrowser(signInPage, ctx.t.origin, { name: 'Jo Kim', email }, '/dashboard');
  const state = await signInContext.storageState();
  await signInContext.close();
  const context = await ctx.browser.newContext({ viewport: PHONE, javaScriptEnabled, storageState: state });
  return context.newPage();
}

async function upload(page: Page, category: string, name: string, text: string): Promise<void> {
  await page.goto(`${ctx.t.origin}/documents`);
  await page.getByLabel('Kind of document').selectOption(category);
  await page.locator('#file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.locator('#upload-form').getByRole('button', { name: 'Upload', exact: true }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}/);
}

describe.runIf(run)('jobs in a browser: find, apply sharing one résumé, see the view, revoke', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`works with JavaScript ${javaScriptEnabled ? 'on' : 'off'} on a 390 px phone`, async () => {
      const tag = javaScriptEnabled ? 'js' : 'nojs';
      const employer = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Eve', email: `eve-${tag}@acme.example` }, `Acme ${tag}`);
      const postingId = await publishPosting(employer, { title: `Payments Engineer ${tag}`, description: JOB });

      const page = await seekerPage(`jo-${tag}@example.com`, javaScriptEnabled);
      await upload(page, 'resume', `jo-resume-${tag}.txt`, RESUME);
      await upload(page, 'cover_letter', `jo-cover-${tag}.txt`, 'Dear team, COVER-LETTER-TEXT');

      // Find it.
      await page.goto(`${ctx.t.origin}/jobs`);
      await page.getByLabel('Search jobs').fill(`payments ${tag}`);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.getByRole('link', { name: `Payments Engineer ${tag}` }).click();
      await page.waitForURL(`**/jobs/${postingId}`);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

      // Apply: only the chosen résumé is ticked; the cover letter stays unticked.
      await page.getByRole('link', { name: 'Apply' }).click();
      await page.waitForURL(`**/jobs/${postingId}/apply`);
      expect(await page.getByLabel(`jo-resume-${tag}.txt`).isChecked()).toBe(true);
      expect(await page.getByLabel(`jo-cover-${tag}.txt`).isChecked()).toBe(false);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      if (javaScriptEnabled) await expectAccessible(page, 'apply form');
      await page.getByRole('button', { name: 'Send application' }).click();
      await page.waitForURL('**/jobs/applications');
      expect(await page.locator('main').innerText()).toContain(`Payments Engineer ${tag}`);

      // The employer opens the résumé (and only it is listed).
      const [{ id: applicationId }] = (await ctx.db.query<{ id: string }>('select id from job_applications where posting_id = $1', [postingId])) as [{ id: string }];
      const application = await employer.get(`/employer/applications/${applicationId}`).expect(200);
      const links = [...application.text.matchAll(/href="(\/employer\/grants\/[^"]+)"/g)].map((m) => m[1]!);
      expect(links).toHaveLength(1);
      expect((await employer.get(links[0]!).expect(200)).text).not.toContain('COVER-LETTER-TEXT');

      // The seeker sees the view on Sharing and revokes; the employer gets 404.
      await page.goto(`${ctx.t.origin}/settings`);
      await page.getByRole('link', { name: /^Sharing/ }).click();
      await page.waitForURL('**/settings/sharing');
      expect(await page.locator('main').innerText()).toMatch(new RegExp(`Acme ${tag} viewed your document on`));
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      if (javaScriptEnabled) await expectAccessible(page, 'sharing page');
      await page.getByRole('button', { name: `Stop sharing with Acme ${tag}` }).click();
      // With JavaScript the boosted form swaps the page in place: wait for the message, not the URL.
      await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain(`Acme ${tag} can no longer open what you shared.`);
      await employer.get(links[0]!).expect(404);

      if (javaScriptEnabled) {
        await page.goto(`${ctx.t.origin}/jobs?q=payments`);
        await expectAccessible(page, 'job search');
        await page.goto(`${ctx.t.origin}/jobs/${postingId}`);
        await expectAccessible(page, 'job posting');
      }
      await page.context().close();
    });
  }
});
