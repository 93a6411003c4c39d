import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PolicyVersionsService } from '../../src/modules/compliance/policies/policy-versions.service.js';
import { chromiumAvailable, expectAccessible, horizontalOverflow, signInInBrowser, useBrowserApp } from '../helpers/browser.js';

const run = chromiumAvailable();
const ctx = useBrowserApp(run);
const PHONE = { width: 390, height: 844 };

async function phone(browser: Browser, person: { name: string; email: string }, javaScriptEnabled: boolean): Promise<Page> {
  const signInContext = await browser.newContext();
  await signInInBrowser(await signInContext.newPage(), ctx.t.origin, person, '/dashboard');
  const state = await signInContext.storageState();
  await signInContext.close();
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled, storageState: state });
  return context.newPage();
}


/** A material version in effect from now (the admin form's notice period is covered by the HTTP spec). */
async function materialVersionInEffect(summary: string): Promise<void> {
  await ctx.db.query(
    `insert into policy_versions (id, number, material, summary, body, effective_at, created_at)
     select gen_random_uuid(), coalesce(max(number), 0) + 1, true, $1::jsonb, $2::jsonb, now(), now() - interval '30 days' from policy_versions`,
    [JSON.stringify({ en: summary, ko: `${summary} (한국어)` }), JSON.stringify({ en: 'The full policy.', ko: '처리방침 전문.' })],
  );
  await ctx.t.app.get(PolicyVersionsService).sendDueNotices();
}

describe.runIf(run)('a material privacy policy change on a phone', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}: the next page asks for acceptance; once accepted the person goes where they were going`, async () => {
      const suffix = javaScriptEnabled ? 'js' : 'nojs';
      const person = await phone(ctx.browser, { name: 'Mina', email: `mina.${suffix}@example.com` }, javaScriptEnabled);
      await materialVersionInEffect(`We now keep practice recordings for 30 days (${suffix}).`);

      await person.goto(`${ctx.t.origin}/documents`);
      await person.waitForURL(/\/policy\/accept\?next=%2Fdocuments$/);
      expect(await person.getByRole('heading', { level: 1 }).innerText()).toBe('Our privacy policy has changed');
      expect(await person.locator('main').innerText()).toContain(`We now keep practice recordings for 30 days (${suffix}).`);
      expect(await person.getByRole('link', { name: 'Delete my account' }).getAttribute('href')).toBe('/settings/delete');
      expect(await horizontalOverflow(person)).toBeLessThanOrEqual(0);
      if (javaScriptEnabled) await expectAccessible(person, 'policy acceptance page with the change banner');

      await person.getByRole('button', { name: 'I accept the new privacy policy' }).click();
      await person.waitForURL(/\/documents$/);
      await person.goto(`${ctx.t.origin}/settings/policy`);
      await expect.poll(() => person.locator('#accepted-version').innerText()).toMatch(/^You accepted version \d+ on /);
      expect(await horizontalOverflow(person)).toBeLessThanOrEqual(0);
      if (javaScriptEnabled) await expectAccessible(person, 'policy settings');
      await person.context().close();
    });
  }
});
