import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible, horizontalOverflow, signInInBrowser, useBrowserApp } from '../helpers/browser.js';
import { publishPosting, signInEmployer } from '../helpers/jobs.js';

const run = chromiumAvailable();
const ctx = useBrowserApp(run);
const PHONE = { width: 390, height: 844 };

const JOB = 'We build payment APIs.\n\nRequirements:\n- TypeScript and Node.js\n- PostgreSQL';
const RESUME = 'Ari Han\n\nSkills\nTypeScript, PostgreSQL\n\nExperience\nBackend engineer, 2020–2024\n';
const CARD = '4111 1111 1111 1111';


async function seekerPage(email: string, javaScriptEnabled: boolean): Promise<Page> {
  const signInContext = await ctx.browser.newContext();
  const signInPage = await signInContext.newPage();
  await signInInBrowser(signInPage, ctx.t.origin, { name: 'Ari Han', email }, '/dashboard');
  const state = await signInContext.storageState();
  await signInContext.close();
  const context = await ctx.browser.newContext({ viewport: PHONE, javaScriptEnabled, storageState: state });
  return context.newPage();
}

describe.runIf(run)('messages on an application in a browser', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`writes to the company, is warned about a card number, redacts and sends — JavaScript ${javaScriptEnabled ? 'on' : 'off'}, 390 px`, async () => {
      const tag = javaScriptEnabled ? 'js' : 'nojs';
      const employer = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Ben', email: `ben-${tag}@acme.example` }, `Acme Talk ${tag}`);
      const postingId = await publishPosting(employer, { title: `Talk Engineer ${tag}`, description: JOB });
      const page = await seekerPage(`ari-${tag}@example.com`, javaScriptEnabled);

      await page.goto(`${ctx.t.origin}/documents`);
      await page.getByLabel('Kind of document').selectOption('resume');
      await page.locator('#file').setInputFiles({ name: `ari-${tag}.txt`, mimeType: 'text/plain', buffer: Buffer.from(RESUME) });
      await page.locator('#upload-form').getByRole('button', { name: 'Upload', exact: true }).click();
      await page.waitForURL(/\/documents\/[0-9a-f-]{36}/);
      await page.goto(`${ctx.t.origin}/jobs/${postingId}/apply`);
      await page.getByRole('button', { name: 'Send application' }).click();
      await page.waitForURL('**/jobs/applications');

      await page.getByRole('link', { name: 'Messages' }).click();
      await page.waitForURL(/\/jobs\/applications\/[0-9a-f-]{36}/);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      if (javaScriptEnabled) await expectAccessible(page, 'application messages');

      await page.getByLabel('Your message').fill(`Happy to talk. My card is ${CARD}`);
      if (javaScriptEnabled) await page.locator('#message-warnings').getByText('Card').first().waitFor();
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByRole('button', { name: 'Redact it and send' }).waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      if (javaScriptEnabled) await expectAccessible(page, 'sensitive-data confirmation');
      await page.getByRole('button', { name: 'Redact it and send' }).click();
      await page.getByText('Message sent.').waitFor();
      const thread = await page.locator('#messages').innerText();
      expect(thread).toContain('Happy to talk. My card is');
      expect(thread).not.toContain('4111 1111');

      const [row] = await ctx.db.query<{ id: string }>(`select a.id from job_applications a join users u on u.id = a.applicant_id where u.email = $1`, [`ari-${tag}@example.com`]);
      const companyPage = await employer.get(`/employer/applications/${row!.id}`).expect(200);
      expect(companyPage.text).toContain('Happy to talk. My card is');
      expect(companyPage.text).not.toContain('4111 1111');
    });
  }
});
