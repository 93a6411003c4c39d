import { createHmac } from 'node:crypto';
import request from 'supertest';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { RetentionJobs } from '../../src/modules/compliance/retention/retention.jobs.js';
import { RetentionService } from '../../src/modules/compliance/retention/retention.service.js';
import { Clock } from '../../src/platform/scheduling/clock.js';
import { csrfFrom, signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

// Promise R4 under a controlled clock: warnings 14 and 3 days before, deletion at 90 days without
// activity, and the "keep my data" link that starts the 90 days again.
const ctx = useTestApp();
const DAY = 86_400_000;
const start = new Date('2026-01-10T02:00:00Z');
let now = start;
const ids: Record<string, string> = {};

async function upload(agent: Agent, text: string): Promise<void> {
  const page = await agent.get('/documents').expect(200);
  const token = decodeURIComponent(/action="\/documents\?_csrf=([^"]+)"/.exec(page.text)![1]!.replace(/&amp;/g, '&'));
  await agent.post(`/documents?_csrf=${encodeURIComponent(token)}`).field('category', 'resume').attach('file', Buffer.from(text), 'cv.txt').expect(303);
}

beforeAll(async () => {
  vi.spyOn(ctx.t.app.get(Clock), 'now').mockImplementation(() => new Date(now));
  for (const [name, email] of [
    ['Dana', 'dana@example.com'],
    ['Eli', 'eli@example.com'],
  ] as const) {
    const agent = await signIn(ctx.t.origin, { name, email });
    await upload(agent, `${name}\nData analyst\nSkills: SQL, Python`);
  }
  await signIn(ctx.t.origin, { name: 'No Documents', email: 'nodocs@example.com' });
  for (const row of await ctx.db.query<{ id: string; email: string }>(`select id, email from users`)) ids[row.email] = row.id;
  // Everyone's last activity is the start of the story.
  await ctx.db.query(`update users set last_active_at = $1`, [start]);
});

async function runOn(day: number): Promise<void> {
  now = new Date(start.getTime() + day * DAY);
  expect(await ctx.t.app.get(RetentionJobs).applyRetention()).toBe('ran');
}

const warnings = (email: string) =>
  ctx.db.query<{ subject: string; text_body: string }>(`select subject, text_body from mail_outbox where template = 'retention-warning' and recipient = $1 order by created_at`, [email]);
const documentsOf = async (email: string) => (await ctx.db.query(`select 1 from documents d join users u on u.id = d.owner_id where u.email = $1`, [email])).length;

describe('retention of résumé data (R4)', () => {
  it('warns nobody before 76 days of inactivity', async () => {
    await runOn(75);
    expect(await warnings('dana@example.com')).toHaveLength(0);
  });

  it('warns 14 days before, with a keep-my-data link, only people who have documents, once', async () => {
    await runOn(76);
    const [warning] = await warnings('dana@example.com');
    expect(warning!.subject).toBe('Your Candor documents will be deleted in 14 days');
    expect(warning!.text_body).toMatch(/\/retention\/keep\?u=[0-9a-f-]{36}&t=[\w-]+/);
    expect(await warnings('eli@example.com')).toHaveLength(1);
    expect(await warnings('nodocs@example.com')).toHaveLength(0);
    // Another round the same day (a second instance, or a rerun) sends nothing more.
    expect(await ctx.t.app.get(RetentionService).run()).toMatchObject({ warned14: 0, warned3: 0, purgedPeople: 0 });
    expect(await warnings('dana@example.com')).toHaveLength(1);
  });

  it('lets Eli keep the data in one click: the link asks first, the button counts as activity', async () => {
    const [warning] = await warnings('eli@example.com');
    const link = new URL(/(http\S+\/retention\/keep\?\S+)/.exec(warning!.text_body)![1]!);
    const visitor = request.agent(ctx.t.origin);
    const confirm = await visitor.get(`${link.pathname}${link.search}`).expect(200);
    expect(confirm.text).toContain('Keep my data');
    expect((await ctx.db.query<{ last_active_at: Date }>(`select last_active_at from users where id = $1`, [ids['eli@example.com']]))[0]!.last_active_at).toEqual(start);

    await visitor.post(`${link.pathname}${link.search}`).type('form').send({ _csrf: csrfFrom(confirm.text) }).expect(200);
    const [row] = await ctx.db.query<{ last_active_at: Date }>(`select last_active_at from users where id = $1`, [ids['eli@example.com']]);
    expect(row!.last_active_at).toEqual(now);

    await visitor.get(`${link.pathname}?u=${ids['eli@example.com']}&t=forged`).expect(404);
  });

  it('still honours keep-my-data links mailed before they were signed by the shared SignedLinks, and no other purpose’s', async () => {
    const id = ids['eli@example.com']!;
    const hmacOf = (message: string) => createHmac('sha256', ctx.t.config.secrets.sessionSecret).update(message).digest('base64url');
    // The token the retention service signed on its own until then.
    await request(ctx.t.origin).get(`/retention/keep?u=${id}&t=${hmacOf(`keep-my-data:${id}`)}`).expect(200);
    // A marketing unsubscribe link for the same person opens nothing here.
    await request(ctx.t.origin).get(`/retention/keep?u=${id}&t=${hmacOf(`marketing-unsubscribe:${id}`)}`).expect(404);
  });

  it('warns again 3 days before', async () => {
    await runOn(87);
    const sent = await warnings('dana@example.com');
    expect(sent.map((w) => w.subject)).toEqual(['Your Candor documents will be deleted in 14 days', 'Your Candor documents will be deleted in 3 days']);
    expect(await warnings('eli@example.com')).toHaveLength(1);
  });

  it('deletes the documents after 90 days without activity, and keeps those who chose to keep them', async () => {
    await runOn(89);
    expect(await documentsOf('dana@example.com')).toBe(1);
    await runOn(90);
    expect(await documentsOf('dana@example.com')).toBe(0);
    expect(await documentsOf('eli@example.com')).toBe(1);
    // The account itself stays.
    expect(await ctx.db.query(`select 1 from users where id = $1`, [ids['dana@example.com']])).toHaveLength(1);
    const [run] = await ctx.db.query<{ outcome: string }>(`select outcome from scheduled_job_runs where job_name = 'compliance.retention' order by slot desc limit 1`);
    expect(run!.outcome).toBe('ok');
  });

  it('gives the full 14 days of warning even when the job was down on the warning days', async () => {
    const late = await signIn(ctx.t.origin, { name: 'Fay', email: 'fay@example.com' });
    await upload(late, 'Fay\nDesigner');
    const [{ id }] = await ctx.db.query<{ id: string }>(`select id from users where email = 'fay@example.com'`);
    // Inactive for 120 days by the time the job first sees the account.
    await ctx.db.query(`update users set last_active_at = $1 where id = $2`, [new Date(now.getTime() - 120 * DAY), id]);
    await runOn(91);
    expect((await warnings('fay@example.com')).map((w) => w.subject)).toEqual(['Your Candor documents will be deleted in 14 days']);
    await runOn(101);
    expect(await warnings('fay@example.com')).toHaveLength(1);
    await runOn(102);
    expect(await warnings('fay@example.com')).toHaveLength(2);
    await runOn(104);
    expect(await documentsOf('fay@example.com')).toBe(1);
    await runOn(105);
    expect(await documentsOf('fay@example.com')).toBe(0);
  });

  it('counts signing in as activity', async () => {
    now = new Date(start.getTime() + 200 * DAY);
    const dana = await signIn(ctx.t.origin, { name: 'Dana', email: 'dana@example.com' });
    // Sign-in lands on a page: that signed-in request is the activity.
    await dana.get('/dashboard').expect(200);
    const [row] = await ctx.db.query<{ last_active_at: Date }>(`select last_active_at from users where id = $1`, [ids['dana@example.com']]);
    expect(row!.last_active_at).toEqual(now);
  });
});
