import { strFromU8, unzipSync } from 'fflate';
import request from 'supertest';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AlertsJobs } from '../../src/modules/jobs/alerts/alerts.jobs.js';
import { Clock } from '../../src/platform/scheduling/clock.js';
import { publishPosting, signInEmployer } from '../helpers/jobs.js';
import { binary, csrfFrom, signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

// Saved searches with email alerts under a controlled clock: each run is a new hourly slot; a posting
// is mailed once per saved search (high-water mark), a rerun of a slot does nothing, and a paused
// search, a restricted person (R3) and an erased person get nothing.
const ctx = useTestApp();

/** Reads the page's CSRF token first, then posts the form (the token's cookie must exist before the post is built). */
async function postForm(agent: Agent, page: string, path: string, fields: Record<string, unknown>, status: number): Promise<void> {
  const token = await tokenFor(agent, page);
  await agent.post(path).type('form').send({ _csrf: token, ...fields }).expect(status);
}
const HOUR = 3_600_000;
const start = new Date('2026-03-02T09:00:00Z');
let now = start;

let employer: Agent;
let mina: Agent;
let jun: Agent;

const alertMail = (email: string) =>
  ctx.db.query<{ subject: string; text_body: string; locale: string }>(`select subject, text_body, locale from mail_outbox where template = 'job-alert' and recipient = $1 order by created_at`, [email]);

async function runHour(hour: number): Promise<string> {
  now = new Date(start.getTime() + hour * HOUR);
  return ctx.t.app.get(AlertsJobs).sendSavedSearchAlerts();
}

async function saveSearchFrom(agent: Agent, search: string): Promise<string> {
  const page = await agent.get(`/jobs?${search}`).expect(200);
  // The search page's own form, as a browser without JavaScript would submit it.
  const form = /<form method="post" action="\/jobs\/alerts"[^>]*>([\s\S]*?)<\/form>/.exec(page.text)![1]!;
  const fields = Object.fromEntries([...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, '&')]));
  expect(fields._csrf).toBe(csrfFrom(page.text));
  const saved = await agent.post('/jobs/alerts').type('form').send(fields).expect(303);
  expect(saved.headers.location).toBe('/jobs/alerts');
  const list = await agent.get('/jobs/alerts').expect(200);
  return [...list.text.matchAll(/action="\/jobs\/alerts\/([0-9a-f-]{36})\/delete"/g)].map((m) => m[1]!)[0]!;
}

beforeAll(async () => {
  vi.spyOn(ctx.t.app.get(Clock), 'now').mockImplementation(() => new Date(now));
  employer = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Erin Employer', email: 'erin@acme.example' }, 'Acme Payments');
  await publishPosting(employer, { title: 'Backend Engineer (old)', description: 'TypeScript and PostgreSQL for payments.' });
  mina = await signIn(ctx.t.origin, { name: 'Mina Park', email: 'mina@example.com' });
  jun = await signIn(ctx.t.origin, { name: '김준', email: 'jun@example.com' });
  await ctx.db.query(`update users set locale = 'ko' where email = 'jun@example.com'`);
});

describe('saved searches with email alerts', () => {
  let minaSearch: string;
  let junSearch: string;

  it('saves the current search from the search page, with its filters, and lists it', async () => {
    minaSearch = await saveSearchFrom(mina, 'q=backend&workplace=hybrid');
    junSearch = await saveSearchFrom(jun, 'q=backend');
    const [row] = await ctx.db.query<{ query: { text: string; workplace: string } }>('select query from saved_searches where id = $1', [minaSearch]);
    expect(row!.query).toMatchObject({ text: 'backend', workplace: 'hybrid' });
    expect((await mina.get('/jobs/alerts').expect(200)).text).toContain('backend');
    // Someone else's saved search is "not found", whatever they try.
    await postForm(jun, '/jobs/alerts', `/jobs/alerts/${minaSearch}/delete`, {}, 404);
    await postForm(jun, '/jobs/alerts', '/jobs/alerts/not-an-id/pause', {}, 404);
  });

  it('mails nothing for postings older than the saved search', async () => {
    expect(await runHour(1)).toBe('ran');
    expect(await alertMail('mina@example.com')).toHaveLength(0);
  });

  it('mails a new matching posting once, in each person’s language, and never again', async () => {
    await publishPosting(employer, { title: 'Backend Engineer, Payments', description: 'Node.js backend for card payments.' });
    await publishPosting(employer, { title: 'Office Manager', description: 'Keeps the office running.' });
    expect(await runHour(2)).toBe('ran');
    // The same slot on another instance (or a second timer) is skipped.
    expect(await runHour(2)).toBe('skipped');
    const [mail] = await alertMail('mina@example.com');
    expect(mail!.locale).toBe('en');
    expect(mail!.subject).toBe('A new job for your search: backend');
    expect(mail!.text_body).toContain('Backend Engineer, Payments');
    expect(mail!.text_body).not.toContain('(old)');
    expect(mail!.text_body).not.toContain('Office Manager');
    expect(mail!.text_body).toContain('/jobs/alerts');
    const [korean] = await alertMail('jun@example.com');
    expect(korean!.locale).toBe('ko');
    expect(korean!.subject).toBe('‘backend’ 검색에 새 채용 공고 1건이 올라왔어요');

    expect(await runHour(3)).toBe('ran');
    expect(await alertMail('mina@example.com')).toHaveLength(1);
    expect(await alertMail('jun@example.com')).toHaveLength(1);
  });

  it('mails only the next new posting on a later run', async () => {
    await publishPosting(employer, { title: 'Senior Backend Engineer', description: 'Lead the backend team.' });
    expect(await runHour(4)).toBe('ran');
    const mails = await alertMail('mina@example.com');
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text_body).toContain('Senior Backend Engineer');
    expect(mails[1]!.text_body).not.toContain('Backend Engineer, Payments');
  });

  it('sends nothing for a paused search, and resumes from where it paused', async () => {
    await postForm(mina, '/jobs/alerts', `/jobs/alerts/${minaSearch}/pause`, {}, 303);
    await publishPosting(employer, { title: 'Backend Engineer, Risk', description: 'Fraud checks in Node.js.' });
    expect(await runHour(5)).toBe('ran');
    expect(await alertMail('mina@example.com')).toHaveLength(2);
    await postForm(mina, '/jobs/alerts', `/jobs/alerts/${minaSearch}/resume`, {}, 303);
    expect(await runHour(6)).toBe('ran');
    const mails = await alertMail('mina@example.com');
    expect(mails).toHaveLength(3);
    expect(mails[2]!.text_body).toContain('Backend Engineer, Risk');
  });

  it('stops an alert from the email without signing in: the mail client’s one-click POST, or the confirmation page', async () => {
    const [mail] = await ctx.db.query<{ headers: Record<string, string>; text_body: string }>(
      `select headers, text_body from mail_outbox where template = 'job-alert' and recipient = 'mina@example.com' order by created_at desc limit 1`,
    );
    expect(mail!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const link = new URL(/^<([^>]+)>$/.exec(mail!.headers['List-Unsubscribe']!)![1]!);
    expect(link.pathname).toBe('/jobs/alerts/stop');
    expect(link.searchParams.get('s')).toBe(minaSearch);
    expect(mail!.text_body).toContain(link.href);
    const paused = async () => (await ctx.db.query<{ paused: boolean }>('select paused from saved_searches where id = $1', [minaSearch]))[0]!.paused;
    // A link scanner's GET changes nothing; a forged token, or one for another search, opens nothing.
    const anonymous = request(ctx.t.origin);
    await anonymous.get(`${link.pathname}${link.search}`).expect(200);
    expect(await paused()).toBe(false);
    await anonymous.post(`${link.pathname}?s=${minaSearch}&t=${'A'.repeat(43)}`).type('form').send('List-Unsubscribe=One-Click').expect(404);
    await anonymous.post(`${link.pathname}?s=${junSearch}&t=${link.searchParams.get('t')}`).type('form').send('List-Unsubscribe=One-Click').expect(404);
    expect(await paused()).toBe(false);
    // The mail client's one-click POST: no cookie, no CSRF token.
    await anonymous.post(`${link.pathname}${link.search}`).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(await paused()).toBe(true);
    await postForm(mina, '/jobs/alerts', `/jobs/alerts/${minaSearch}/resume`, {}, 303);
    // The confirmation page's button, in a browser without JavaScript.
    const confirm = await anonymous.get(`${link.pathname}${link.search}`).expect(200);
    const action = /<form method="post" action="([^"]*\/jobs\/alerts\/stop[^"]*)"/.exec(confirm.text)![1]!.replace(/&amp;/g, '&');
    const done = await anonymous.post(action).type('form').send({}).expect(200);
    expect(done.text).toContain('We will not email you about this saved search any more.');
    expect(await paused()).toBe(true);
    await postForm(mina, '/jobs/alerts', `/jobs/alerts/${minaSearch}/resume`, {}, 303);
  });

  it('stops alerts while the person restricts that processing (R3)', async () => {
    const before = (await alertMail('jun@example.com')).length;
    const [person] = await ctx.db.query<{ id: string }>(`select id from users where email = 'jun@example.com'`);
    await ctx.db.query(`insert into processing_restrictions (id, user_id, purpose, basis, since) values (gen_random_uuid(), $1, 'alerts', 'restriction', now())`, [person!.id]);
    await publishPosting(employer, { title: 'Backend Engineer, Ledger', description: 'Double-entry ledgers.' });
    expect(await runHour(7)).toBe('ran');
    expect(await alertMail('jun@example.com')).toHaveLength(before);
    expect((await alertMail('mina@example.com')).at(-1)!.text_body).toContain('Backend Engineer, Ledger');
  });

  it('exports saved searches, deletes one, and erases the rest with the account', async () => {
    const res = await jun.get('/settings/export').buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const exported = JSON.parse(strFromU8(files['job-alerts/saved-searches.json']!)) as { id: string; search: { text: string }; alerts: string }[];
    expect(exported).toEqual([expect.objectContaining({ id: junSearch, search: expect.objectContaining({ text: 'backend' }), alerts: 'on' })]);

    await postForm(mina, '/jobs/alerts', `/jobs/alerts/${minaSearch}/delete`, {}, 303);
    expect(await ctx.db.query('select 1 from saved_searches where id = $1', [minaSearch])).toHaveLength(0);

    const token = await tokenFor(jun, '/settings/delete');
    await jun.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'jun@example.com' }).expect(303);
    expect(await ctx.db.query('select 1 from saved_searches')).toHaveLength(0);
  });
});
