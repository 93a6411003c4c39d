import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageDataCache } from '../../src/platform/web/page-data-cache.js';
import { uploadDocument } from '../helpers/analysis.js';
import { readFixture } from '../helpers/document-fixtures.js';
import { csrfFrom, signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../helpers/test-app.js';

/**
 * The page-view cache (issue #18) on two app instances sharing one database and one data folder:
 * each keeps its own cache, and neither may ever show a page older than the last committed write,
 * made on either instance; nor one person's view to another; nor a CSRF token of another session.
 */
let db: TestDatabase;
let dataDir: string;
let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'candor-page-cache-'));
  const deployment = { MASTER_KEY: randomBytes(32).toString('base64'), SESSION_SECRET: randomBytes(32).toString('base64url'), DATA_DIR: dataDir };
  first = await startTestApp(db.url, deployment);
  second = await startTestApp(db.url, deployment, { queueWorkers: false });
}, 180_000);
afterAll(async () => {
  await first?.close();
  await second?.close();
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Signs in on the first instance (the development provider lives in one process); the same cookies work on both. */
async function signInOnBoth(name: string): Promise<{ one: Agent; two: Agent }> {
  const one = await signIn(first.origin, { name, email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.com` });
  const two = request.agent(second.origin);
  (two as unknown as { jar: unknown }).jar = (one as unknown as { jar: unknown }).jar;
  return { one, two };
}

const resume = readFixture('liam-walsh.resume.md');

describe('cached page views', () => {
  it('show a write made on one instance at once on the other, on every cached page', async () => {
    const { one, two } = await signInOnBoth('Wren Cache');
    // Both instances cache the empty pages first.
    for (const agent of [one, two]) {
      for (const path of ['/dashboard', '/documents', '/analyses', '/interviews']) await agent.get(path).expect(200);
    }
    expect(second.app.get(PageDataCache).size.views).toBeGreaterThan(0);

    const documentId = await uploadDocument(one, 'wren-first-cv.md', resume);
    // The next page shows the upload's flash message, which names the file: let an uncached page take it.
    await one.get('/settings/delete').expect(200);
    for (const path of ['/dashboard', '/documents', '/analyses', '/interviews']) {
      expect({ path, shows: (await two.get(path).expect(200)).text.includes('wren-first-cv.md') }).toEqual({ path, shows: true });
    }

    const token = await tokenFor(two, `/documents/${documentId}`);
    await two.post(`/documents/${documentId}/delete`).type('form').send({ _csrf: token }).expect(303);
    await two.get('/settings/delete').expect(200);
    for (const path of ['/dashboard', '/documents', '/analyses', '/interviews']) {
      expect({ path, shows: (await one.get(path).expect(200)).text.includes('wren-first-cv.md') }).toEqual({ path, shows: false });
    }
  }, 180_000);

  it('show a change of goals on the dashboard and the interview form at once (the person\'s own row)', async () => {
    const { one, two } = await signInOnBoth('Goal Setter');
    expect((await two.get('/dashboard').expect(200)).text).not.toContain('Lighthouse keeper');
    const token = await tokenFor(one, '/profile');
    await one.post('/profile').type('form').send({ _csrf: token, displayName: 'Goal Setter', targetRoles: 'Lighthouse keeper', locations: 'Busan', workMode: 'any', seniority: 'senior' }).expect(303);
    expect((await two.get('/dashboard').expect(200)).text).toContain('Lighthouse keeper');
    expect((await two.get('/interviews').expect(200)).text).toContain('Lighthouse keeper');
  }, 180_000);

  it('never show one person another\'s cached view', async () => {
    const ann = (await signInOnBoth('Ann Apart')).one;
    const bob = (await signInOnBoth('Bob Apart')).one;
    await uploadDocument(ann, 'ann-private-cv.md', resume);
    await uploadDocument(bob, 'bob-private-cv.md', resume);
    for (let round = 0; round < 2; round++) {
      for (const path of ['/dashboard', '/documents', '/analyses', '/interviews']) {
        const annPage = (await ann.get(path).expect(200)).text;
        const bobPage = (await bob.get(path).expect(200)).text;
        expect({ path, annSeesBob: annPage.includes('bob-private-cv.md'), bobSeesAnn: bobPage.includes('ann-private-cv.md') }).toEqual({ path, annSeesBob: false, bobSeesAnn: false });
        expect(annPage).toContain('ann-private-cv.md');
        expect(bobPage).toContain('bob-private-cv.md');
      }
    }
  }, 180_000);

  it('carry no CSRF token: each session\'s page has its own, and it works', async () => {
    const morning = (await signInOnBoth('Two Sessions')).one;
    const evening = (await signInOnBoth('Two Sessions')).one;
    const documentId = await uploadDocument(morning, 'two-sessions-cv.md', resume);
    await morning.get('/documents').expect(200);
    const morningToken = csrfFrom((await morning.get('/documents').expect(200)).text);
    const eveningToken = csrfFrom((await evening.get('/documents').expect(200)).text);
    expect(eveningToken).not.toBe(morningToken);
    // The evening session's token from the cached page is accepted; the morning's is not, in the evening.
    await evening.post(`/documents/${documentId}/delete`).type('form').send({ _csrf: morningToken }).expect(403);
    await evening.post(`/documents/${documentId}/delete`).type('form').send({ _csrf: eveningToken }).expect(303);
  }, 180_000);

  it('keep languages apart', async () => {
    const { one } = await signInOnBoth('Two Languages');
    const english = (await one.get('/documents?lang=en').expect(200)).text;
    const korean = (await one.get('/documents?lang=ko').expect(200)).text;
    expect(english).toContain('lang="en"');
    expect(korean).toContain('lang="ko"');
    expect((await one.get('/analyses?lang=ko').expect(200)).text).toContain('lang="ko"');
    expect((await one.get('/analyses?lang=en').expect(200)).text).toContain('lang="en"');
  }, 180_000);

  it('are dropped on every instance when the person erases their account', async () => {
    const { one, two } = await signInOnBoth('Gone Soon');
    await uploadDocument(one, 'gone-soon-cv.md', resume);
    for (const agent of [one, two]) await agent.get('/documents').expect(200);
    const userId = (await db.query<{ id: string }>(`select id from users where email = 'gone.soon@example.com'`))[0]!.id;
    const cachedFor = (app: TestApp): boolean => (app.app.get(PageDataCache) as unknown as { people: Map<string, unknown> }).people.has(userId);
    expect([cachedFor(first), cachedFor(second)]).toEqual([true, true]);

    const token = await tokenFor(one, '/settings/delete');
    await one.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'gone.soon@example.com' }).expect(303);
    // The other instance hears of the destroyed key by NOTIFY, a moment after the commit.
    const deadline = Date.now() + 5_000;
    while (cachedFor(second) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect([cachedFor(first), cachedFor(second)]).toEqual([false, false]);
  }, 180_000);
});
