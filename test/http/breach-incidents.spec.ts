import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IncidentsJobs } from '../../src/modules/compliance/incidents/incidents.jobs.js';
import { MailDelivery } from '../../src/platform/mail/index.js';
import { Clock } from '../../src/platform/scheduling/clock.js';
import { signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

// Promise H2, driven through the admin console and the notice job under a controlled clock.
const ctx = useTestApp();
const HOUR = 3_600_000;
let now = new Date('2026-03-02T09:00:00Z');

let admin: Agent;
let alice: Agent;
let carol: Agent;
const ids: Record<string, string> = {};

beforeAll(async () => {
  vi.spyOn(ctx.t.app.get(Clock), 'now').mockImplementation(() => new Date(now));
  admin = await signIn(ctx.t.origin, { name: 'Ada Admin', email: 'ada.admin@example.com' });
  await ctx.db.query(`update users set role = 'admin' where email = 'ada.admin@example.com'`);
  alice = await signIn(ctx.t.origin, { name: 'Alice', email: 'alice@example.com' });
  await signIn(ctx.t.origin, { name: '김보라', email: 'bora@example.com' });
  await ctx.db.query(`update users set locale = 'ko' where email = 'bora@example.com'`);
  carol = await signIn(ctx.t.origin, { name: 'Carol', email: 'carol@example.com' });
  for (const row of await ctx.db.query<{ id: string; email: string }>(`select id, email from users`)) ids[row.email] = row.id;
});

/** What an admin types into the form (English page: times in UTC). */
function incidentForm(awareAt: Date, overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    awareAt: awareAt.toISOString().slice(0, 16),
    whatHappenedEn: 'A misconfigured storage bucket was readable from the internet.',
    whatHappenedKo: '저장소 설정 오류로 인터넷에서 파일을 읽을 수 있었습니다.',
    dataCategories: ['contact', 'documents'],
    measuresEn: 'We closed the bucket and rotated every key.',
    measuresKo: '저장소를 닫고 모든 키를 교체했습니다.',
    whatPeopleCanDoEn: 'Watch for phishing emails that quote your résumé.',
    whatPeopleCanDoKo: '이력서 내용을 인용한 피싱 메일에 주의해 주세요.',
    redressEn: 'You may claim damages or apply to the dispute mediation committee.',
    redressKo: '손해배상을 청구하거나 개인정보 분쟁조정위원회에 조정을 신청할 수 있습니다.',
    contactDesk: 'privacy@candor.example, 02-1234-5678',
    affectedBy: 'account-ids',
    accountIds: `${ids['alice@example.com']}\n${ids['bora@example.com']}`,
    ...overrides,
  };
}

async function record(form: Record<string, string | string[]>): Promise<string> {
  const token = await tokenFor(admin, '/admin/incidents/new');
  const res = await admin.post('/admin/incidents').type('form').send({ _csrf: token, ...form });
  expect(res.status).toBe(303);
  const id = /\/admin\/incidents\/([0-9a-f-]{36})$/.exec(res.headers.location ?? '')?.[1];
  expect(id).toBeDefined();
  return id!;
}

async function runJobAt(at: Date): Promise<void> {
  now = at;
  expect(await ctx.t.app.get(IncidentsJobs).sendIncidentNotices()).toBe('ran');
}

const outbox = (template: string) =>
  ctx.db.query<{ recipient: string; locale: string; subject: string; text_body: string; created_at: Date }>(
    `select recipient, locale, subject, text_body, created_at from mail_outbox where template = $1 order by recipient, created_at`,
    [template],
  );

describe('breach notices within 72 hours (H2)', () => {
  let incidentId: string;
  const awareAt = new Date('2026-03-02T08:00:00Z');

  it('records an incident from the admin console with its 72-hour deadline', async () => {
    incidentId = await record(incidentForm(awareAt));
    const page = await admin.get(`/admin/incidents/${incidentId}`).expect(200);
    expect(page.text).toContain(new Date(awareAt.getTime() + 72 * HOUR).toISOString());
    expect(page.text).toContain('2 affected people identified');
    expect(page.text).not.toContain('id="regulator-report"');
  });

  it('sends each affected person a notice in their language, well before the deadline', async () => {
    await runJobAt(new Date(awareAt.getTime() + 2 * HOUR));
    const notices = await outbox('incident-notice');
    expect(notices.map((n) => [n.recipient, n.locale])).toEqual([
      ['alice@example.com', 'en'],
      ['bora@example.com', 'ko'],
    ]);
    const [english, korean] = notices;
    expect(english!.subject).toContain('security incident');
    expect(english!.text_body).toContain('A misconfigured storage bucket');
    expect(english!.text_body).toContain('dispute mediation committee');
    expect(english!.text_body).toContain('privacy@candor.example');
    expect(korean!.subject).toContain('유출');
    expect(korean!.text_body).toContain('저장소 설정 오류');
    expect(korean!.text_body).toContain('분쟁조정위원회');
    expect(await ctx.t.app.get(MailDelivery).deliverDue()).toMatchObject({ sent: 2, failed: 0 });
    const people = await ctx.db.query<{ notified_phase: number; last_notice_mail_id: string | null }>(`select notified_phase, last_notice_mail_id from breach_incident_people`);
    expect(people.every((p) => p.notified_phase === 1 && p.last_notice_mail_id)).toBe(true);

    const page = await admin.get(`/admin/incidents/${incidentId}`).expect(200);
    expect(page.text).toContain('Notice 1 sent to 2 people (2 h after awareness)');
    expect(page.text).toMatch(/id="outstanding">0</);
  });

  it('does not send the same notice twice', async () => {
    await runJobAt(new Date(awareAt.getTime() + 3 * HOUR));
    expect(await outbox('incident-notice')).toHaveLength(2);
  });

  it('shows the affected person a banner until dismissed, and the notice only to them', async () => {
    const dashboard = await alice.get('/dashboard').expect(200);
    expect(dashboard.text).toContain('A security incident affected your data.');
    const notice = await alice.get(`/incidents/${incidentId}`).expect(200);
    expect(notice.text).toContain('We closed the bucket and rotated every key.');
    await carol.get(`/incidents/${incidentId}`).expect(404);
    expect((await carol.get('/dashboard').expect(200)).text).not.toContain('A security incident affected your data.');

    const token = await tokenFor(alice, '/dashboard');
    await alice.post(`/incidents/${incidentId}/dismiss`).type('form').send({ _csrf: token }).expect(303);
    expect((await alice.get('/dashboard').expect(200)).text).not.toContain('A security incident affected your data.');
  });

  it('sends a phased update to everyone already told', async () => {
    const token = await tokenFor(admin, `/admin/incidents/${incidentId}`);
    await admin
      .post(`/admin/incidents/${incidentId}/updates`)
      .type('form')
      .send({ _csrf: token, bodyEn: 'We now know that cover letters were not exposed.', bodyKo: '자기소개서는 유출되지 않은 것으로 확인했습니다.' })
      .expect(303);
    await runJobAt(new Date(awareAt.getTime() + 5 * HOUR));
    const notices = await outbox('incident-notice');
    expect(notices).toHaveLength(4);
    const updates = notices.filter((n) => /Update:|추가 안내/.test(n.subject));
    expect(updates.map((n) => n.subject)).toEqual([expect.stringContaining('Update:'), expect.stringContaining('[추가 안내]')]);
    expect(updates[0]!.text_body).toContain('cover letters were not exposed');
    expect(updates[1]!.text_body).toContain('자기소개서는 유출되지 않은 것으로');
    const page = await admin.get(`/admin/incidents/${incidentId}`).expect(200);
    expect(page.text).toContain('Update 2 written');
    expect(page.text).toContain('Notice 2 sent to 2 people');
  });

  it('finds everyone whose documents were stored between two dates', async () => {
    const upload = async (agent: Agent): Promise<void> => {
      const page = await agent.get('/documents').expect(200);
      const token = decodeURIComponent(/action="\/documents\?_csrf=([^"]+)"/.exec(page.text)![1]!.replace(/&amp;/g, '&'));
      await agent.post(`/documents?_csrf=${encodeURIComponent(token)}`).field('category', 'resume').attach('file', Buffer.from('Carol\nEngineer\nSkills: SQL'), 'cv.txt').expect(303);
    };
    await upload(carol);
    const today = new Date().toISOString().slice(0, 10);
    const id = await record(incidentForm(awareAt, { affectedBy: 'documents-stored-between', accountIds: '', storedFrom: today, storedTo: today }));
    const [row] = await ctx.db.query<{ users: string[] }>(`select array_agg(user_id::text) as users from breach_incident_people where incident_id = $1`, [id]);
    expect(row!.users).toEqual([ids['carol@example.com']]);
  });
});

describe('escalation while notices are held back (H2)', () => {
  let incidentId: string;
  const awareAt = new Date('2026-04-10T00:00:00Z');

  it('flags a report to the regulator when unique identifiers are involved', async () => {
    incidentId = await record(incidentForm(awareAt, { noticesHeld: 'on', dataCategories: ['identifiers'], accountIds: ids['carol@example.com']! }));
    const page = await admin.get(`/admin/incidents/${incidentId}`).expect(200);
    expect(page.text).toContain('id="regulator-report"');
    expect(page.text).toContain('Unique identifiers or sensitive information are involved');
  });

  it('holds the notices and warns every admin at 48 and at 60 hours, once each', async () => {
    const escalations = async () => (await outbox('incident-escalation')).filter((m) => m.text_body.includes(incidentRef));
    const [{ reference: incidentRef }] = await ctx.db.query<{ reference: string }>(`select reference from breach_incidents where id = $1`, [incidentId]);

    await runJobAt(new Date(awareAt.getTime() + 47 * HOUR));
    expect(await escalations()).toHaveLength(0);
    expect((await outbox('incident-notice')).filter((m) => m.recipient === 'carol@example.com' && m.text_body.includes(incidentRef))).toHaveLength(0);

    await runJobAt(new Date(awareAt.getTime() + 48 * HOUR));
    const first = await escalations();
    expect(first.map((m) => m.recipient)).toEqual(['ada.admin@example.com']);
    expect(first[0]!.subject).toContain('48 hours');
    expect(first[0]!.text_body).toContain('24 more hours');

    await runJobAt(new Date(awareAt.getTime() + 50 * HOUR));
    expect(await escalations()).toHaveLength(1);

    await runJobAt(new Date(awareAt.getTime() + 60 * HOUR));
    const second = await escalations();
    expect(second).toHaveLength(2);
    expect(second[1]!.subject).toContain('60 hours');

    const page = await admin.get(`/admin/incidents/${incidentId}`).expect(200);
    expect(page.text).toContain('Admins warned at 48 h: 1 notices not out');
    expect(page.text).toContain('Admins warned at 60 h: 1 notices not out');
  });

  it('sends the held notices once released, and stops escalating', async () => {
    const token = await tokenFor(admin, `/admin/incidents/${incidentId}`);
    await admin.post(`/admin/incidents/${incidentId}/release`).type('form').send({ _csrf: token }).expect(303);
    await runJobAt(new Date(awareAt.getTime() + 61 * HOUR));
    const [{ n }] = await ctx.db.query<{ n: number }>(`select notified_phase as n from breach_incident_people where incident_id = $1`, [incidentId]);
    expect(n).toBe(1);
    const page = await admin.get(`/admin/incidents/${incidentId}`).expect(200);
    expect(page.text).toContain('Notices released');
    expect(page.text).toContain('Notice 1 sent to 1 people (61 h after awareness)');
  });

  it('produces the regulator report as a document to download, in HTML or text', async () => {
    const html = await admin.get(`/admin/incidents/${incidentId}/report`).expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.headers['content-disposition']).toMatch(/^attachment; filename="INC-2026-\d{4}-report\.html"$/);
    for (const item of ['Time of awareness', 'Categories of personal data', 'Number of people affected', 'Measures taken', 'Contact point', 'Unique identifiers (such as ID numbers)']) {
      expect(html.text).toContain(item);
    }
    const text = await admin.get(`/admin/incidents/${incidentId}/report?format=text`).expect(200);
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
    expect(text.text).toContain('Redress: You may claim damages');
    const korean = await admin.get(`/admin/incidents/${incidentId}/report?lang=ko`).expect(200);
    expect(korean.text).toContain('개인정보 유출 신고서');
    expect(korean.text).toContain('저장소를 닫고 모든 키를 교체했습니다.');
  });

  it('keeps the console to admins', async () => {
    await alice.get('/admin/incidents').expect(403);
    await alice.get(`/admin/incidents/${incidentId}/report`).expect(403);
  });

  it('re-renders the form with the problems when it is incomplete', async () => {
    const token = await tokenFor(admin, '/admin/incidents/new');
    const res = await admin.post('/admin/incidents').type('form').send({ _csrf: token, ...incidentForm(new Date()), accountIds: 'not-an-id' }).expect(422);
    expect(res.text).toContain('Enter account ids (UUIDs), one per line.');
    const empty = await admin.post('/admin/incidents').type('form').send({ _csrf: token, awareAt: '' }).expect(422);
    expect(empty.text).toContain('Please fill this in.');
    expect(empty.text).toContain('Enter a date and time.');
  });
});
