import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInInBrowser, useBrowserApp } from '../helpers/browser.js';
import { FIXTURE_DIR } from '../helpers/document-fixtures.js';

/**
 * The documents pages in Korean, with and without JavaScript, on a desktop and a phone: Korean
 * headings, no sideways scrolling at 390 px. With SCREENSHOT_DIR set, each page is also saved as a
 * full-page screenshot for a person to look at.
 */
const run = chromiumAvailable();
const ctx = useBrowserApp(run);
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;

const KOREAN_RESUME = [
  '김서연',
  'seoyeon@example.com | 010-1234-5678',
  '',
  '요약',
  '데이터 분석가입니다. 주민등록번호 900101-2345678로 본인 확인 가능.',
  '',
  '기타',
  '기혼, 자녀 두 명.',
].join('\n');

/** A signed-in page whose language cookie says Korean (the cookie wins over the account setting). */
async function koreanPage(browser: Browser, email: string, width: number, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: true, locale: 'en-GB' });
  const signIn = await context.newPage();
  await signInInBrowser(signIn, ctx.t.origin, { name: '김서연', email }, '/documents');
  await signIn.close();
  await context.addCookies([{ name: 'candor_lang', value: 'ko', url: ctx.t.origin }]);
  if (javaScriptEnabled) return context.newPage();
  // Same session, scripts off: a second context with the first one's cookies.
  const cookies = await context.cookies();
  const noScript = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false, locale: 'ko-KR' });
  await noScript.addCookies(cookies);
  return noScript.newPage();
}

async function check(page: Page, name: string, heading: string): Promise<void> {
  expect(await page.locator('html').getAttribute('lang')).toBe('ko');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  if (SCREENSHOT_DIR) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-top.png`) });
  }
}

describe.runIf(run)('documents pages in Korean', () => {
  let resumeId = '';
  let richResumeId = '';

  it.each([
    [1280, true],
    [390, true],
    [1280, false],
    [390, false],
  ])('at %i px, JavaScript on: %s: the list, a document with warnings and the editor', { timeout: 240_000 }, async (width, javaScript) => {
    const page = await koreanPage(ctx.browser, 'seoyeon.korean-pages@example.com', width, javaScript);
    const suffix = `${width}-${javaScript ? 'js' : 'nojs'}`;
    if (!resumeId) {
      // First run: upload through the Korean form (with the script's progress and drop zone).
      await page.goto(`${ctx.t.origin}/documents`);
      await page.getByLabel('문서 종류').selectOption('resume');
      await page.getByLabel('파일', { exact: true }).setInputFiles({ name: '이력서_김서연.txt', mimeType: 'text/plain', buffer: Buffer.from(KOREAN_RESUME) });
      await page.getByRole('button', { name: '올리기' }).click();
      await page.waitForURL(/\/documents\/[0-9a-f-]{36}\/profile$/);
      resumeId = /\/documents\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
      await page.goto(`${ctx.t.origin}/documents`);
      await page.getByLabel('문서 종류').selectOption('resume');
      await page.getByLabel('파일', { exact: true }).setInputFiles(`${FIXTURE_DIR}/resumes/priya-raman.two-column.pdf`);
      await page.getByRole('button', { name: '올리기' }).click();
      await page.waitForURL(/\/documents\/[0-9a-f-]{36}\/profile$/);
      richResumeId = /\/documents\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
    }
    await page.goto(`${ctx.t.origin}/documents`);
    if (javaScript) expect(await page.getByText('…또는 여기에 파일을 끌어다 놓으세요.').isVisible()).toBe(true);
    await check(page, `documents-list-${suffix}`, '내 문서');
    await page.goto(`${ctx.t.origin}/documents/${resumeId}`);
    expect(await page.getByRole('heading', { name: '민감한 정보' }).isVisible()).toBe(true);
    await check(page, `document-page-${suffix}`, '이력서_김서연.txt');
    await page.goto(`${ctx.t.origin}/documents/${richResumeId}/profile`);
    expect(await page.getByRole('button', { name: '프로필 저장' }).isVisible()).toBe(true);
    await check(page, `profile-editor-${suffix}`, '구조화된 프로필');
    await page.context().close();
  });
});
