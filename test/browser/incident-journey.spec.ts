import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IncidentsService } from '../../src/modules/compliance/incidents/incidents.service.js';
import { chromiumAvailable, expectAccessible, horizontalOverflow, signInInBrowser, useBrowserApp } from '../helpers/browser.js';

const run = chromiumAvailable();
const ctx = useBrowserApp(run);
const PHONE = { width: 390, height: 844 };

async function phone(browser: Browser, person: { name: string; email: string }, javaScriptEnabled: boolean, role?: 'admin'): Promise<Page> {
  const signInContext = await browser.newContext();
  await signInInBrowser(await signInContext.newPage(), ctx.t.origin, person, '/dashboard');
  const state = await signInContext.storageState();
  await signInContext.close();
  if (role) await ctx.db.query(`update users set role = $1 where email = $2`, [role, person.email]);
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled, storageState: state });
  return context.newPage();
}


async function recordIncident(admin: Page, affectedId: string, javaScriptEnabled: boolean): Promise<void> {
  await admin.goto(`${ctx.t.origin}/admin/incidents/new`);
  expect(await admin.getByRole('heading', { level: 1 }).innerText()).toBe('Record an incident');
  expect(await horizontalOverflow(admin)).toBeLessThanOrEqual(0);
  if (javaScriptEnabled) await expectAccessible(admin, 'incident form');
  await admin.locator('[name=awareAt]').fill(new Date(Date.now() - 3_600_000).toISOString().slice(0, 16));
  for (const [field, text] of [
    ['whatHappened', 'A backup was readable by a former contractor.'],
    ['measures', 'We revoked the access and rotated the keys.'],
    ['whatPeopleCanDo', 'Watch for emails that quote your résumé.'],
    ['redress', 'You may claim damages or ask for mediation.'],
  ]) {
    await admin.locator(`[name=${field}En]`).fill(text!);
    await admin.locator(`[name=${field}Ko]`).fill(`${text} (한국어)`);
  }
  await admin.locator('input[name=dataCategories][value=documents]').check();
  await admin.locator('[name=contactDesk]').fill('privacy@candor.example');
  await admin.locator('[name=accountIds]').fill(affectedId);
  await admin.getByRole('button', { name: 'Record the incident' }).click();
  await admin.waitForURL(/\/admin\/incidents\/[0-9a-f-]{36}$/);
  await expect.poll(() => admin.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Incident INC-\d{4}-\d{4}$/);
  expect(await admin.locator('#timeline').innerText()).toContain('1 affected people identified');
  expect(await horizontalOverflow(admin)).toBeLessThanOrEqual(0);
  if (javaScriptEnabled) await expectAccessible(admin, 'incident page');
}

async function readAndDismiss(person: Page, javaScriptEnabled: boolean): Promise<void> {
  await person.goto(`${ctx.t.origin}/dashboard`);
  const banner = person.getByRole('alert').filter({ hasText: 'A security incident affected your data.' });
  expect(await banner.count()).toBe(1);
  expect(await horizontalOverflow(person)).toBeLessThanOrEqual(0);
  if (javaScriptEnabled) await expectAccessible(person, 'dashboard with the incident banner');
  await banner.getByRole('link', { name: 'Read the notice' }).click();
  await person.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
  await expect.poll(() => person.getByRole('heading', { level: 1 }).innerText()).toBe('Notice of a personal data breach');
  expect(await person.locator('main').innerText()).toContain('We revoked the access and rotated the keys.');
  if (javaScriptEnabled) await expectAccessible(person, 'incident notice');
  await person.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => person.getByRole('alert').filter({ hasText: 'A security incident affected your data.' }).count()).toBe(0);
}

describe.runIf(run)('a breach incident on a phone', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}: the admin records it, the person reads the notice and dismisses the banner`, async () => {
      const suffix = javaScriptEnabled ? 'js' : 'nojs';
      const person = await phone(ctx.browser, { name: 'Noa', email: `noa.${suffix}@example.com` }, javaScriptEnabled);
      const admin = await phone(ctx.browser, { name: 'Ada', email: `ada.${suffix}@example.com` }, javaScriptEnabled, 'admin');
      const [{ id }] = await ctx.db.query<{ id: string }>(`select id from users where email = $1`, [`noa.${suffix}@example.com`]);
      await recordIncident(admin, id, javaScriptEnabled);
      // The job's round itself (the job runs it once per 5-minute slot; both tests fall in one slot).
      await ctx.t.app.get(IncidentsService).sendDueNotices();
      await readAndDismiss(person, javaScriptEnabled);
      await person.context().close();
      await admin.context().close();
    });
  }
});
