import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startAppProcess, type AppProcess } from './app-process.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './test-app.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether browser tests can run. Locally a missing Chromium skips them with a clear message; in CI
 * (CI=true) it is an error, since CI installs Debian's chromium itself.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(`Chromium is required in CI but ${CHROMIUM_PATH} does not exist`);
  console.warn(`Skipping browser tests: no Chromium at ${CHROMIUM_PATH}. Install it with: apt-get install chromium`);
  return false;
}

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    chromiumSandbox: false, // required as root; adds --no-sandbox
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', ...extraArgs],
  });
}

/** Chromium flags for a fake microphone that plays `wavPath` (looped) and grants access without a prompt. */
export function fakeMicrophoneArgs(wavPath: string): string[] {
  return ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wavPath}`];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (evaluate is not subject to the page's CSP) and fails on serious issues. */
/** How many CSS pixels the page scrolls sideways (0 when it fits the viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${label}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

export interface BrowserTestContext {
  readonly db: TestDatabase;
  /** The app started in this process by createApp() (not there when the file runs the bundle). */
  readonly t: TestApp;
  /** Where the app under test listens, in-process or bundled. */
  readonly origin: string;
  readonly browser: Browser;
}

export interface BrowserAppOptions {
  chromiumArgs?: () => string[];
  env?: () => Record<string, string>;
  /**
   * `bundle`: the journeys run against the server `npm start` runs (dist/server/main.js, built by
   * scripts/bundle-server.mjs) in its own process, instead of createApp() in the test's process — a route
   * the bundle breaks would otherwise reach `npm start` untested (wave 19's review). Needs `npm run build`.
   */
  server?: 'in-process' | 'bundle';
}

/** Starts the bundled server on `databaseUrl`, with its own data folder and keys, as `npm start` would run it. */
async function startBundledServer(databaseUrl: string, env: Record<string, string>): Promise<{ server: AppProcess; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'candor-browser-bundle-'));
  const server = await startAppProcess({
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    MASTER_KEY: randomBytes(32).toString('base64'),
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    ...env,
  });
  return {
    server,
    close: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Per-file setup for browser journeys: a fresh database, the app, and Chromium (when available). */
export function useBrowserApp(run: boolean, options: BrowserAppOptions = {}): BrowserTestContext {
  let db: TestDatabase | undefined;
  let t: TestApp | undefined;
  let bundled: Awaited<ReturnType<typeof startBundledServer>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!run) return;
    db = await createTestDatabase();
    if (options.server === 'bundle') bundled = await startBundledServer(db.url, options.env?.() ?? {});
    else t = await startTestApp(db.url, options.env?.() ?? {});
    browser = await launchChromium(options.chromiumArgs?.() ?? []);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await bundled?.close();
    await db?.drop();
  });
  return {
    get db() {
      if (!db) throw new Error('The test database is not ready');
      return db;
    },
    get t() {
      if (!t) throw new Error(options.server === 'bundle' ? 'This file runs the bundled server: use ctx.origin' : 'The test app is not started');
      return t;
    },
    get origin() {
      const origin = bundled?.server.origin ?? t?.origin;
      if (!origin) throw new Error('The app is not started');
      return origin;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running');
      return browser;
    },
  };
}

/** Signs in through the development provider's login page and waits to land on `next`. */
export async function signInInBrowser(page: Page, origin: string, person: { name: string; email: string }, next: string): Promise<void> {
  await page.goto(`${origin}/auth/sign-in?next=${encodeURIComponent(next)}`);
  await page.locator('main').getByRole('link', { name: /^Sign in/ }).click();
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Email address').fill(person.email);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`**${next}`);
}
