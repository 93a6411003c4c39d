import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectAccessible, fakeMicrophoneArgs, signInInBrowser, useBrowserApp } from '../helpers/browser.js';
import { STRONG_ANSWER } from '../helpers/interview.js';
import { audioChunk, databaseColumnsContaining, filesContaining } from '../helpers/no-audio-left.js';
import { speechToolsAvailable, synthesizeSpeech } from '../helpers/speech.js';

const run = chromiumAvailable();
const voice = run && (await speechToolsAvailable());

// The fake microphone plays this answer, looped, for as long as the page records.
const SPOKEN = 'I led the project and we reduced the cost by thirty percent';
const micDir = mkdtempSync(join(tmpdir(), 'candor-mic-'));
const micFile = join(micDir, 'answer.wav');
if (voice) await synthesizeSpeech(SPOKEN, micFile);

const ctx = useBrowserApp(run, { chromiumArgs: () => (voice ? fakeMicrophoneArgs(micFile) : []) });

async function startInterview(page: Page, email: string, role: string, questions: string): Promise<void> {
  await signInInBrowser(page, ctx.t.origin, { name: 'Jordan Lee', email }, '/interviews');
  await page.getByLabel('Role you are practising for').fill(role);
  await page.getByLabel('Behavioural (past situations)').check();
  await page.getByLabel('Number of questions').selectOption(questions);
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
}

async function hasWaitingQuestion(page: Page): Promise<boolean> {
  return (await page.locator('#answer-form').count()) > 0;
}

describe.skipIf(!run)('interview practice in Chromium', () => {
  it.runIf(voice)('a full voice interview with a fake microphone: level meter, timer, editable transcript, report; no camera, no audio left', async () => {
    const context = await ctx.browser.newContext();
    // Records every media request the page makes (promise V1: never the camera).
    await context.addInitScript(() => {
      const requests: unknown[] = [];
      (window as unknown as { __mediaRequests: unknown[] }).__mediaRequests = requests;
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = (constraints?: MediaStreamConstraints) => {
        requests.push(JSON.parse(JSON.stringify(constraints ?? {})));
        return original(constraints);
      };
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const response = await page.goto(`${ctx.t.origin}/`);
    expect(response!.headers()['permissions-policy']).toContain('camera=()');

    await startInterview(page, 'jordan-voice@example.com', 'Project manager', '3');
    // The recorder appears once the script has checked that the browser can record.
    await page.getByText('Only your microphone is used, never your camera.').waitFor();
    await expectAccessible(page, 'interview question with the recorder');

    let spoken = 0;
    for (let turn = 0; turn < 8 && (await hasWaitingQuestion(page)); turn++) {
      await page.getByRole('button', { name: 'Record', exact: true }).click();
      await page.getByText('Recording…').waitFor({ timeout: 30_000 });
      await expect.poll(() => page.locator('#recorder-level').evaluate((m) => (m as HTMLMeterElement).value), { timeout: 10_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(4_500);
      expect(await page.locator('#recorder-timer').textContent()).toMatch(/^0:0[3-7]$/);
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
      await page.getByText('Transcript ready').waitFor({ timeout: 60_000 });
      const transcript = await page.getByLabel('Your answer').inputValue();
      expect(transcript.length).toBeGreaterThan(5);
      spoken++;
      // The user corrects the recognition before submitting.
      await page.getByLabel('Your answer').fill(`${transcript}. ${STRONG_ANSWER}`);
      await page.getByRole('button', { name: 'Submit answer' }).click();
      await page.waitForLoadState('networkidle');
    }
    expect(spoken).toBeGreaterThanOrEqual(3);
    await page.getByRole('heading', { name: 'Overall' }).waitFor({ timeout: 60_000 });
    expect(await page.getByText('(spoken)').count()).toBeGreaterThan(0);
    // Delivery figures only from a transcript the recognizer was sure of (#17): synthetic speech is
    // often below the line, and then the report says so instead of measuring pace from it.
    const paced = await page.getByText(/words a minute/).count();
    const unsure = await page.getByText(/speech recognizer was unsure of this transcript/).count();
    expect(paced + unsure).toBeGreaterThan(0);
    await expectAccessible(page, 'interview report');

    const requests = await page.evaluate(() => (window as unknown as { __mediaRequests?: unknown[] }).__mediaRequests ?? []);
    // Requests made on earlier pages are gone with them; every one on this page asked for audio only.
    for (const r of requests as { video?: unknown; audio?: unknown }[]) {
      expect(r.video ?? false).toBe(false);
      expect(r.audio).toBeTruthy();
    }
    expect(errors).toEqual([]);

    // Afterwards: no audio in the scratch directory, anywhere under the data directory, or in the database.
    expect(readdirSync(ctx.t.config.audio.scratchDir)).toEqual([]);
    const mic = readFileSync(micFile);
    expect(filesContaining(ctx.t.config.dataDir, audioChunk(mic))).toEqual([]);
    expect(await databaseColumnsContaining(ctx.db, audioChunk(mic))).toEqual([]);
    await context.close();
  }, 150_000); // three spoken answers, each recognised by PocketSphinx while the other tiers share both cores

  it('a typed interview with JavaScript off', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await startInterview(page, 'jordan-nojs@example.com', 'Frontend engineer', '3');
    expect(await page.locator('#recorder').isVisible()).toBe(false);
    for (let turn = 0; turn < 8 && (await hasWaitingQuestion(page)); turn++) {
      await page.getByLabel('Your answer').fill(STRONG_ANSWER);
      await page.getByRole('button', { name: 'Submit answer' }).click();
      await page.waitForLoadState('load');
    }
    for (let i = 0; i < 40 && !(await page.getByRole('heading', { name: 'Overall' }).isVisible()); i++) {
      await page.waitForTimeout(300);
      if ((await page.getByRole('link', { name: 'Refresh' }).count()) > 0) await page.getByRole('link', { name: 'Refresh' }).click();
    }
    expect(await page.getByRole('heading', { name: 'Overall' }).isVisible()).toBe(true);
    expect(await page.getByText('A stronger version, from your own words').first().isVisible()).toBe(true);
    await context.close();
  });
});
