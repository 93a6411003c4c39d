import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PolicyVersionsJobs } from '../../src/modules/compliance/policies/policy-versions.jobs.js';
import { Clock } from '../../src/platform/scheduling/clock.js';
import { signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';
import { htmlLang, latinShare } from '../helpers/visible-text.js';

// Promise P1, driven through the admin pages and the notice job under a controlled clock.
const ctx = useTestApp();
const DAY = 86_400_000;
const start = new Date();
let now = new Date(start);

let admin: Agent;
let alice: Agent;
let bora: Agent;
let carol: Agent;

beforeAll(async () => {
  vi.spyOn(ctx.t.app.get(Clock), 'now').mockImplementation(() => new Date(now));
  admin = await signIn(ctx.t.origin, { name: 'Ada Admin', email: 'ada.policy@example.com' });
  await ctx.db.query(`update users set role = 'admin' where email = 'ada.policy@example.com'`);
  alice = await signIn(ctx.t.origin, { name: 'Alice', email: 'alice.policy@example.com' });
  bora = await signIn(ctx.t.origin, { name: '김보라', email: 'bora.policy@example.com' });
  await ctx.db.query(`update users set locale = 'ko' where email = 'bora.policy@example.com'`);
  carol = await signIn(ctx.t.origin, { name: 'Carol', email: 'carol.policy@example.com' });
});

/** The day `days` after the start, as the English admin page takes it (a date, UTC). */
const dayAfterStart = (days: number): string => new Date(start.getTime() + days * DAY).toISOString().slice(0, 10);

function versionForm(effectiveOn: string, material: boolean): Record<string, string> {
  return {
    effectiveOn,
    ...(material ? { material: 'on' } : {}),
    summaryEn: material ? 'We now keep interview recordings for 30 days when you ask us to.' : 'We corrected the postal address of our privacy officer.',
    summaryKo: material ? '요청하신 경우 면접 녹음을 30일간 보관합니다.' : '개인정보 보호책임자의 우편 주소를 바로잡았습니다.',
    bodyEn: 'Candor privacy policy.\nFull text in English.',
    bodyKo: 'Candor 개인정보 처리방침\n한국어 전문.',
  };
}

async function schedule(form: Record<string, string>, status: number) {
  const token = await tokenFor(admin, '/admin/policies/new');
  return admin.post('/admin/policies').type('form').send({ _csrf: token, ...form }).expect(status);
}

async function runJobAt(at: Date): Promise<void> {
  now = at;
  expect(await ctx.t.app.get(PolicyVersionsJobs).sendPolicyNotices()).toBe('ran');
}

const ANNOUNCEMENT = /will change on|변경 안내/;
const allPolicyMail = () =>
  ctx.db.query<{ recipient: string; locale: string; subject: string; text_body: string; created_at: Date }>(
    `select recipient, locale, subject, text_body, created_at from mail_outbox where template = 'policy-change' order by created_at, recipient`,
  );
/** Emails saying a version is in effect. */
const notices = async () => (await allPolicyMail()).filter((m) => !ANNOUNCEMENT.test(m.subject));
/** Emails announcing a version before it takes effect. */
const announcements = async () => (await allPolicyMail()).filter((m) => ANNOUNCEMENT.test(m.subject));

describe('policy versions (P1)', () => {
  it('is for admins only', async () => {
    await alice.get('/admin/policies').expect(403);
  });

  it('refuses a change that would take effect before its notice period (7 days, 30 when material)', async () => {
    const minor = await schedule(versionForm(dayAfterStart(6), false), 422);
    expect(minor.text).toContain('no sooner than 7 days from today');
    const material = await schedule(versionForm(dayAfterStart(29), true), 422);
    expect(material.text).toContain('no sooner than 30 days from today');
    expect(await ctx.db.query(`select 1 from policy_versions`)).toHaveLength(0);
  });

  it('schedules a minor change 8 days ahead and announces it at once, in each person’s language', async () => {
    await schedule(versionForm(dayAfterStart(8), false), 303);
    const list = await admin.get('/admin/policies').expect(200);
    expect(list.text).toContain('Scheduled');
    await runJobAt(new Date(start.getTime() + 3_600_000));
    const announced = await announcements();
    expect(announced.map((m) => m.recipient).sort()).toEqual(['ada.policy@example.com', 'alice.policy@example.com', 'bora.policy@example.com', 'carol.policy@example.com']);
    const english = announced.find((m) => m.recipient === 'alice.policy@example.com')!;
    expect(english.subject).toMatch(/^Our privacy policy will change on .+ \(version 1\)$/);
    expect(english.text_body).toContain('We corrected the postal address of our privacy officer.');
    expect(announced.find((m) => m.recipient === 'bora.policy@example.com')!.subject).toContain('개인정보 처리방침 변경 안내');
    // Nothing is in effect yet: no banner, no in-effect notice, not yet among the public versions.
    await runJobAt(new Date(start.getTime() + 7 * DAY));
    expect(await notices()).toHaveLength(0);
    expect(await announcements()).toHaveLength(announced.length);
    expect((await alice.get('/dashboard').expect(200)).text).not.toContain('Our privacy policy changed');
    const versions = await alice.get('/privacy/versions').expect(200);
    expect(versions.text).toContain('No versions have been published yet.');
  });

  it('tells everyone by email in their language and by banner once it takes effect, once', async () => {
    await runJobAt(new Date(start.getTime() + 9 * DAY));
    const sent = await notices();
    const mine = sent.filter((n) => n.recipient.endsWith('.policy@example.com'));
    expect(mine.map((n) => n.recipient).sort()).toEqual(['ada.policy@example.com', 'alice.policy@example.com', 'bora.policy@example.com', 'carol.policy@example.com']);
    const english = mine.find((n) => n.recipient === 'alice.policy@example.com')!;
    expect(english.subject).toBe('Our privacy policy has changed (version 1)');
    expect(english.text_body).toContain('We corrected the postal address of our privacy officer.');
    const korean = mine.find((n) => n.recipient === 'bora.policy@example.com')!;
    expect(korean.locale).toBe('ko');
    expect(korean.subject).toContain('개인정보 처리방침이 변경되었습니다');
    expect(korean.text_body).toContain('우편 주소를 바로잡았습니다');

    await runJobAt(new Date(start.getTime() + 9 * DAY + 2 * 3_600_000));
    expect(await notices()).toHaveLength(sent.length);

    const dashboard = await alice.get('/dashboard').expect(200);
    expect(dashboard.text).toContain('Our privacy policy changed (version 1).');
    const [{ id }] = await ctx.db.query<{ id: string }>(`select id from policy_versions where number = 1`);
    const token = await tokenFor(alice, '/dashboard');
    await alice.post('/policy/banner/dismiss').type('form').send({ _csrf: token, versionId: id, next: `/privacy/versions/${id}` }).expect(303);
    expect((await alice.get('/dashboard').expect(200)).text).not.toContain('Our privacy policy changed');
  });

  it('does not ask anyone to accept a minor change; the privacy page shows the version in effect', async () => {
    await alice.get('/dashboard').expect(200);
    const privacy = await alice.get('/privacy').expect(200);
    expect(privacy.text).toMatch(/Version 1, in effect since/);
    // Still generated from the promise registry.
    expect(privacy.text).toContain('promise-id');
  });

  it('makes everyone accept a material change at their next visit, or delete their account', async () => {
    now = new Date(start.getTime() + 9 * DAY);
    await schedule(versionForm(dayAfterStart(41), true), 303);
    await runJobAt(new Date(start.getTime() + 9 * DAY + 3_600_000));
    const announcement = (await announcements()).filter((m) => m.recipient === 'alice.policy@example.com').at(-1)!;
    expect(announcement.text_body).toContain('This is a material change. When it takes effect, we will ask you to accept it');
    // Announced 30 days or more before it takes effect.
    expect(new Date(`${dayAfterStart(41)}T00:00:00Z`).getTime() - new Date(now).getTime()).toBeGreaterThanOrEqual(30 * DAY);
    // Until then, nobody is asked.
    await alice.get('/documents').expect(200);
    await runJobAt(new Date(start.getTime() + 42 * DAY));
    const material = (await notices()).filter((n) => n.recipient === 'alice.policy@example.com').at(-1)!;
    expect(material.subject).toBe('Action needed: our privacy policy has changed (version 2)');

    const redirected = await alice.get('/documents').expect(303);
    expect(redirected.headers.location).toBe('/policy/accept?next=%2Fdocuments');
    const page = await alice.get('/policy/accept?next=%2Fdocuments').expect(200);
    expect(page.text).toContain('We now keep interview recordings for 30 days');
    expect(page.text).toContain('href="/settings/delete"');
    // The policy itself stays readable while the question is open.
    await alice.get('/privacy').expect(200);

    const token = await tokenFor(alice, '/policy/accept');
    const [{ id }] = await ctx.db.query<{ id: string }>(`select id from policy_versions where number = 2`);
    const accepted = await alice.post('/policy/accept').type('form').send({ _csrf: token, versionId: id, next: '/documents' }).expect(303);
    expect(accepted.headers.location).toBe('/documents');
    await alice.get('/documents').expect(200);
    const rows = await ctx.db.query(`select a.user_id from policy_acceptances a join users u on u.id = a.user_id where u.email = 'alice.policy@example.com'`);
    expect(rows).toHaveLength(1);
    // Append-only: an acceptance cannot be rewritten.
    await expect(ctx.db.query(`update policy_acceptances set accepted_at = now()`)).rejects.toThrow(/append-only/);

    const settings = await alice.get('/settings/policy').expect(200);
    expect(settings.text).toMatch(/You accepted version 2 on/);
  });

  it('asks in Korean', async () => {
    const page = await bora.get('/policy/accept').expect(200);
    expect(htmlLang(page.text)).toBe('ko');
    expect(page.text).toContain('새 개인정보 처리방침에 동의해요');
    expect(page.text).toContain('요청하신 경우 면접 녹음을 30일간 보관합니다.');
    expect(latinShare(page.text)).toBeLessThan(0.12);
  });

  it('lets a person delete their account instead; nothing of their acceptances or notices remains', async () => {
    const [{ id: carolId }] = await ctx.db.query<{ id: string }>(`select id from users where email = 'carol.policy@example.com'`);
    const confirm = await carol.get('/settings/delete').expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(confirm.text)![1]!;
    await carol.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'carol.policy@example.com' }).expect(303);
    expect(await ctx.db.query(`select 1 from policy_notices where user_id = $1 union all select 1 from policy_acceptances where user_id = $1`, [carolId])).toHaveLength(0);
  });

  it('keeps every past version public', async () => {
    const list = await alice.get('/privacy/versions').expect(200);
    expect(list.text).toContain('Privacy policy, version 1');
    expect(list.text).toContain('Privacy policy, version 2');
    const [{ id }] = await ctx.db.query<{ id: string }>(`select id from policy_versions where number = 1`);
    const old = await alice.get(`/privacy/versions/${id}`).expect(200);
    expect(old.text).toContain('We corrected the postal address');
    expect(old.text).toContain('Full text in English.');
  });
});
