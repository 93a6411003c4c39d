import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible, horizontalOverflow, signInInBrowser, useBrowserApp } from '../helpers/browser.js';
import { signIn, tokenFor } from '../helpers/sign-in.js';

// Promise S2 in a browser: the consultation consent page names the advisor and ticks nothing; the
// advisor's view shows on the Sharing page; one click revokes it. JavaScript on and off, 390 px, axe.
const run = chromiumAvailable();
const ctx = useBrowserApp(run);
const PHONE = { width: 390, height: 844 };
const RESUME = 'Jo Kim\n\nSkills\nTypeScript, PostgreSQL\n\nExperience\nBackend engineer, 2020–2024\n';


async function seekerPage(email: string, javaScriptEnabled: boolean): Promise<Page> {
  const signInContext = await ctx.browser.newContext();
  const signInPage = await signInContext.newPage();
  await signInInBrowser(signInPage, ctx.t.origin, { name: 'Jo Kim', email }, '/dashboard');
  const state = await signInContext.storageState();
  await signInContext.close();
  const context = await ctx.browser.newContext({ viewport: PHONE, javaScriptEnabled, storageState: state });
  return context.newPage();
}

describe.runIf(run)('a consultation with an advisor in a browser (S2)', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`asks consent naming the advisor, shows the view, revokes — JavaScript ${javaScriptEnabled ? 'on' : 'off'}, 390 px`, async () => {
      const tag = javaScriptEnabled ? 'js' : 'nojs';
      const advisorName = `Attorney Han ${tag}`;
      const advisor = await signIn(ctx.t.origin, { name: advisorName, email: `han-${tag}@law.example` });
      await ctx.db.query(`update users set role = 'advisor' where email = $1`, [`han-${tag}@law.example`]);
      const token = await tokenFor(advisor, '/advisor');
      await advisor.post('/advisor/profile').type('form').send({ _csrf: token, specialty: 'Labour law', bio: 'Contracts and dismissals.' }).expect(303);
      await ctx.db.query(`update advisor_profiles set verified_at = now() where user_id = (select id from users where email = $1)`, [`han-${tag}@law.example`]);

      const page = await seekerPage(`jo-${tag}@example.com`, javaScriptEnabled);
      await page.goto(`${ctx.t.origin}/documents`);
      await page.getByLabel('Kind of document').selectOption('resume');
      await page.locator('#file').setInputFiles({ name: `jo-resume-${tag}.txt`, mimeType: 'text/plain', buffer: Buffer.from(RESUME) });
      await page.locator('#upload-form').getByRole('button', { name: 'Upload', exact: true }).click();
      await page.waitForURL(/\/documents\/[0-9a-f-]{36}/);

      // The directory, the advisor's page, and the consent page.
      await page.goto(`${ctx.t.origin}/advisors`);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.getByRole('link', { name: `About ${advisorName}` }).click();
      await page.getByRole('link', { name: `Ask ${advisorName} for a consultation` }).click();
      await page.waitForURL('**/consult');
      await expect.poll(() => page.locator('h1').innerText()).toBe(`Consultation with ${advisorName}`);
      expect(await page.getByLabel(`jo-resume-${tag}.txt`).isChecked()).toBe(false);
      expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      if (javaScriptEnabled) await expectAccessible(page, 'consultation consent');

      // Choosing items without agreeing shares nothing; agreeing does.
      await page.getByLabel(`jo-resume-${tag}.txt`).check();
      await page.getByRole('button', { name: `Agree and share with ${advisorName}` }).click();
      await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain('Tick the box to agree, or cancel.');
      await page.getByLabel(`I agree that ${advisorName} may open the items I ticked`).check();
      await page.getByRole('button', { name: `Agree and share with ${advisorName}` }).click();
      await page.waitForURL('**/settings/sharing');

      // The advisor opens the résumé; the person sees it and revokes in one click.
      const [{ id }] = (await ctx.db.query<{ id: string }>(`select c.id from consultations c join users u on u.id = c.owner_id where u.email = $1`, [`jo-${tag}@example.com`])) as [{ id: string }];
      const consultation = await advisor.get(`/advisor/consultations/${id}`).expect(200);
      const link = /href="(\/advisor\/consultations\/[^"]+\/documents\/[^"]+)"/.exec(consultation.text)![1]!;
      await advisor.get(link).expect(200);
      await page.reload();
      expect(await page.locator('main').innerText()).toContain(`${advisorName} opened your document on`);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      if (javaScriptEnabled) await expectAccessible(page, 'sharing page with a consultation');
      await page.getByRole('button', { name: `Revoke ${advisorName}’s access` }).click();
      await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain(`${advisorName} can no longer open what you shared.`);
      await advisor.get(link).expect(404);
      await advisor.get(`/advisor/consultations/${id}`).expect(404);
    }, 240_000);
  }
});
