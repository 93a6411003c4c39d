import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { uploadDocument } from '../helpers/analysis.js';
import { applyTo, publishPosting, signInEmployer } from '../helpers/jobs.js';
import { binary, csrfFrom, signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';
import { MESSAGES_PER_HOUR } from '../../src/modules/jobs/messages/messages.controller.js';

const ctx = useTestApp({ SIGN_IN_RATE_LIMIT: '500' });

const RESUME = Buffer.from('Hana Lee\n\nSkills\nTypeScript, PostgreSQL\n\nExperience\nBackend engineer, 2019–2024\n');
const JOB = 'We build APIs.\n\nRequirements:\n- TypeScript\n- PostgreSQL\n';
const CANDIDATE_SECRET = 'Happy to talk on Tuesday. SECRET-CANDIDATE-LINE';
const COMPANY_SECRET = 'Could you do Tuesday at 3? SECRET-COMPANY-LINE';
const CARD = '4111 1111 1111 1111';

async function applicationIdOf(email: string, postingId: string): Promise<string> {
  const [row] = await ctx.db.query<{ id: string }>('select a.id from job_applications a join users u on u.id = a.applicant_id where u.email = $1 and a.posting_id = $2', [email, postingId]);
  return row!.id;
}

async function post(agent: Agent, page: string, path: string, fields: Record<string, string> = {}) {
  const token = await tokenFor(agent, page);
  return agent.post(path).type('form').send({ _csrf: token, ...fields }).redirects(0);
}

async function mailsTo(email: string): Promise<{ subject: string; text: string; html: string; locale: string; template: string }[]> {
  return ctx.db.query('select subject, text_body as text, html_body as html, locale, template from mail_outbox where recipient = $1 order by created_at', [email]);
}

describe('messages on an application, both sides', () => {
  let employer: Agent;
  let otherEmployer: Agent;
  let seeker: Agent;
  let stranger: Agent;
  let postingId: string;
  let applicationId: string;

  it('sets up a company, a posting and an application', async () => {
    employer = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Mia Employer', email: 'mia@acme.example' }, 'Acme Messages');
    otherEmployer = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Otto Other', email: 'otto@other.example' }, 'Other Company');
    // The employer reads Candor in Korean: the notification follows the recipient's locale.
    await ctx.db.query(`update users set locale = 'ko' where email = 'mia@acme.example'`);
    postingId = await publishPosting(employer, { title: 'API Engineer', description: JOB });
    seeker = await signIn(ctx.t.origin, { name: 'Hana Lee', email: 'hana@example.com' });
    stranger = await signIn(ctx.t.origin, { name: 'Sol Stranger', email: 'sol@example.com' });
    await applyTo(seeker, postingId, { resumeId: await uploadDocument(seeker, 'hana.txt', RESUME, 'resume') });
    applicationId = await applicationIdOf('hana@example.com', postingId);
  });

  it('lets the candidate write on the application page and tells the company by email, without the text', async () => {
    const page = await seeker.get(`/jobs/applications/${applicationId}`).expect(200);
    expect(page.text).toContain('API Engineer');
    expect(page.text).toContain('No messages yet.');
    const sent = await post(seeker, `/jobs/applications/${applicationId}`, `/jobs/applications/${applicationId}/messages`, { body: CANDIDATE_SECRET });
    expect(sent.status).toBe(303);
    const companyPage = await employer.get(`/employer/applications/${applicationId}`).expect(200);
    expect(companyPage.text).toContain(CANDIDATE_SECRET);
    const [mail] = await mailsTo('mia@acme.example');
    expect(mail).toMatchObject({ template: 'application-message', locale: 'ko' });
    expect(mail!.subject).toContain('새 메시지');
    expect(mail!.text).toContain(`/employer/applications/${applicationId}`);
    for (const part of [mail!.subject, mail!.text, mail!.html]) expect(part).not.toContain('SECRET-CANDIDATE-LINE');
  });

  it('lets a member of the company reply, and tells the candidate in English, without the text', async () => {
    const sent = await post(employer, `/employer/applications/${applicationId}`, `/employer/applications/${applicationId}/messages`, { body: COMPANY_SECRET });
    expect(sent.status).toBe(303);
    const page = await seeker.get(`/jobs/applications/${applicationId}`).expect(200);
    expect(page.text).toContain(COMPANY_SECRET);
    expect(page.text.indexOf(CANDIDATE_SECRET)).toBeLessThan(page.text.indexOf(COMPANY_SECRET));
    const mails = await mailsTo('hana@example.com');
    const mail = mails.find((m) => m.template === 'application-message')!;
    expect(mail.locale).toBe('en');
    expect(mail.subject).toBe('New message from Acme Messages about API Engineer');
    expect(mail.text).toContain(`/jobs/applications/${applicationId}`);
    for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toContain('SECRET-COMPANY-LINE');
    // Each read by the company is in the candidate's access log.
    const [log] = await ctx.db.query<{ n: string }>(`select count(*) as n from access_log where resource_kind = 'application' and resource_id = $1 and permission = 'application:message-read'`, [applicationId]);
    expect(Number(log!.n)).toBeGreaterThan(0);
  });

  it('answers 404 to everyone else: another company, another person, and each side on the other side’s routes', async () => {
    const messageId = (await ctx.db.query<{ id: string }>(`select id from job_application_messages where application_id = $1 and side = 'company'`, [applicationId]))[0]!.id;
    await otherEmployer.get(`/employer/applications/${applicationId}`).expect(404);
    expect((await post(otherEmployer, '/employer', `/employer/applications/${applicationId}/messages`, { body: 'hello' })).status).toBe(404);
    expect((await post(otherEmployer, '/employer', `/employer/applications/${applicationId}/messages/${messageId}/report`, { reason: 'spam' })).status).toBe(404);
    await otherEmployer.get(`/jobs/applications/${applicationId}`).expect(404);
    await stranger.get(`/jobs/applications/${applicationId}`).expect(404);
    for (const path of ['messages', 'block', 'unblock', `messages/${messageId}/report`]) {
      expect((await post(stranger, '/jobs', `/jobs/applications/${applicationId}/${path}`, { body: 'hello', reason: 'spam' })).status).toBe(404);
    }
    // The company's own member cannot use the candidate's routes (read, write, block) either.
    await employer.get(`/jobs/applications/${applicationId}`).expect(404);
    for (const path of ['messages', 'block']) expect((await post(employer, '/employer', `/jobs/applications/${applicationId}/${path}`, { body: 'hello' })).status).toBe(404);
    // A malformed id is the same "not found".
    await seeker.get('/jobs/applications/not-a-uuid').expect(404);
    const [count] = await ctx.db.query<{ n: string }>('select count(*) as n from job_application_messages where application_id = $1', [applicationId]);
    expect(Number(count!.n)).toBe(2);
  });

  it('warns the candidate about sensitive data while typing and before sending, without JavaScript too', async () => {
    const token = await tokenFor(seeker, `/jobs/applications/${applicationId}`);
    const live = await seeker.post('/jobs/applications/message-check').set('HX-Request', 'true').set('X-CSRF-Token', token).type('form').send({ body: `My card is ${CARD}` }).expect(200);
    expect(live.text).toContain('Redact it');
    expect(live.text).not.toContain(CARD);
    const asked = await post(seeker, `/jobs/applications/${applicationId}`, `/jobs/applications/${applicationId}/messages`, { body: `My card is ${CARD}` });
    expect(asked.status).toBe(422);
    expect(asked.text).toContain('Redact it and send');
    expect(asked.text).toContain('Send as written');
    let [count] = await ctx.db.query<{ n: string }>('select count(*) as n from job_application_messages where application_id = $1', [applicationId]);
    expect(Number(count!.n)).toBe(2);
    const redacted = await seeker.post(`/jobs/applications/${applicationId}/messages`).type('form').send({ _csrf: csrfFrom(asked.text), body: `My card is ${CARD}`, decision: 'redact' }).redirects(0);
    expect(redacted.status).toBe(303);
    const [last] = await ctx.db.query<{ body: string }>(`select body from job_application_messages where application_id = $1 order by created_at desc limit 1`, [applicationId]);
    expect(last!.body).toContain('My card is');
    expect(last!.body).not.toContain('4111');
    const kept = await post(seeker, `/jobs/applications/${applicationId}`, `/jobs/applications/${applicationId}/messages`, { body: `Card again ${CARD}`, decision: 'keep' });
    expect(kept.status).toBe(303);
    [count] = await ctx.db.query<{ n: string }>(`select count(*) as n from job_application_messages where application_id = $1 and body like '%4111 1111%'`, [applicationId]);
    expect(Number(count!.n)).toBe(1);
    // Too long or empty: re-rendered with the error, nothing sent.
    const tooLong = await post(seeker, `/jobs/applications/${applicationId}`, `/jobs/applications/${applicationId}/messages`, { body: 'a'.repeat(4001) });
    expect(tooLong.status).toBe(422);
    expect((await post(seeker, `/jobs/applications/${applicationId}`, `/jobs/applications/${applicationId}/messages`, { body: '   ' })).status).toBe(422);
  });

  it('lets the candidate block the company: no messages either way, the application unaffected; then unblock', async () => {
    expect((await post(seeker, `/jobs/applications/${applicationId}`, `/jobs/applications/${applicationId}/block`)).status).toBe(303);
    const page = await seeker.get(`/jobs/applications/${applicationId}`).expect(200);
    expect(page.text).toContain('You blocked Acme Messages');
    expect((await post(seeker, `/jobs/applications/${applicationId}`, `/jobs/applications/${applicationId}/messages`, { body: 'still there?' })).status).toBe(409);
    expect((await post(employer, `/employer/applications/${applicationId}`, `/employer/applications/${applicationId}/messages`, { body: 'hello again' })).status).toBe(409);
    const companyPage = await employer.get(`/employer/applications/${applicationId}`).expect(200);
    // Mia reads Candor in Korean.
    expect(companyPage.text).toContain('지원자가 우리 회사와의 메시지를 차단했어요.');
    const [application] = await ctx.db.query<{ stage: string; revoked_at: Date | null }>('select a.stage, g.revoked_at from job_applications a join share_grants g on g.id = a.grant_id where a.id = $1', [applicationId]);
    expect(application).toEqual({ stage: 'new', revoked_at: null });
    expect((await post(seeker, `/jobs/applications/${applicationId}`, `/jobs/applications/${applicationId}/unblock`)).status).toBe(303);
    expect((await post(employer, `/employer/applications/${applicationId}`, `/employer/applications/${applicationId}/messages`, { body: 'Glad to hear from you.' })).status).toBe(303);
  });

  it('stores a report for the admins, who read it only inside its case, each look shown to the author (H1)', async () => {
    const messageId = (await ctx.db.query<{ id: string }>(`select id from job_application_messages where application_id = $1 and side = 'company' order by created_at limit 1`, [applicationId]))[0]!.id;
    // Your own message is not yours to report.
    const ownId = (await ctx.db.query<{ id: string }>(`select id from job_application_messages where application_id = $1 and side = 'candidate' limit 1`, [applicationId]))[0]!.id;
    expect((await post(seeker, `/jobs/applications/${applicationId}`, `/jobs/applications/${applicationId}/messages/${ownId}/report`, { reason: 'spam' })).status).toBe(404);
    expect((await post(seeker, `/jobs/applications/${applicationId}`, `/jobs/applications/${applicationId}/messages/${messageId}/report`, { reason: 'harassment' })).status).toBe(303);
    await seeker.get('/admin/message-reports').expect(403);
    const admin = await signIn(ctx.t.origin, { name: 'Ada Admin', email: 'ada@candor.example' });
    await ctx.db.query(`update users set role = 'admin' where email = 'ada@candor.example'`);
    const list = await admin.get('/admin/message-reports').expect(200);
    expect(list.text).toContain('Harassment or abuse');
    // The list says what was reported, never what was written.
    expect(list.text).not.toContain(COMPANY_SECRET);
    const reportId = (await ctx.db.query<{ id: string }>('select id from job_message_reports'))[0]!.id;
    const [author] = await ctx.db.query<{ author_id: string }>('select author_id from job_application_messages where id = $1', [messageId]);
    const looks = async () => (await ctx.db.query<{ n: string }>(`select count(*) as n from access_log where subject_user_id = $1 and resource_kind = 'message_report'`, [author!.author_id]))[0]!.n;
    // No case opened: the text is "not found", and nothing is logged.
    await admin.get(`/admin/message-reports/${reportId}`).expect(404);
    const noReason = await admin.post(`/admin/message-reports/${reportId}/open`).type('form').send({ _csrf: csrfFrom(list.text), reason: ' ' });
    expect(noReason.status).toBe(422);
    expect(noReason.text).toContain('Say why you are opening this report');
    expect((await admin.post(`/admin/message-reports/${reportId}/open`).type('form').send({ _csrf: csrfFrom(list.text), reason: 'Harassment report from the candidate' }).redirects(0)).headers.location).toBe(`/admin/message-reports/${reportId}`);
    const opened = await admin.get(`/admin/message-reports/${reportId}`).expect(200);
    expect(opened.text).toContain(COMPANY_SECRET);
    expect(await looks()).toBe('1');
    // The author (Mia, who reads Candor in Korean) sees the look in her access history, with the reason.
    const history = await employer.get('/settings').expect(200);
    expect(history.text).toContain('신고된 내 메시지');
    expect(history.text).toContain('Harassment report from the candidate');
    // Another administrator has not opened the case: not found for them.
    const other = await signIn(ctx.t.origin, { name: 'Otto Admin', email: 'otto@candor.example' });
    await ctx.db.query(`update users set role = 'admin' where email = 'otto@candor.example'`);
    await other.get(`/admin/message-reports/${reportId}`).expect(404);
    expect((await admin.post(`/admin/message-reports/${reportId}/reviewed`).type('form').send({ _csrf: csrfFrom(list.text) }).redirects(0)).status).toBe(303);
    const [report] = await ctx.db.query<{ reviewed_at: Date | null }>('select reviewed_at from job_message_reports where id = $1', [reportId]);
    expect(report!.reviewed_at).not.toBeNull();
    // Reviewed: the case is closed, the text no longer opens.
    await admin.get(`/admin/message-reports/${reportId}`).expect(404);
    expect(await looks()).toBe('1');
    const [row] = await ctx.db.query<{ basis: string; reason: string; reference_id: string; actor_role: string }>(`select basis, reason, reference_id, actor_role from access_log where resource_kind = 'message_report'`);
    expect(row).toEqual({ basis: 'case', reason: 'Harassment report from the candidate', reference_id: reportId, actor_role: 'admin' });
  });

  it('limits how many messages one person sends in an hour', async () => {
    const talker = await signIn(ctx.t.origin, { name: 'Tae Talker', email: 'tae@example.com' });
    await applyTo(talker, postingId, { resumeId: await uploadDocument(talker, 'tae.txt', RESUME, 'resume') });
    const id = await applicationIdOf('tae@example.com', postingId);
    const token = await tokenFor(talker, `/jobs/applications/${id}`);
    for (let i = 0; i < MESSAGES_PER_HOUR; i++) {
      await talker.post(`/jobs/applications/${id}/messages`).type('form').send({ _csrf: token, body: `Message ${i}` }).redirects(0).expect(303);
    }
    await talker.post(`/jobs/applications/${id}/messages`).type('form').send({ _csrf: token, body: 'one more' }).redirects(0).expect(429);
    const [count] = await ctx.db.query<{ n: string }>('select count(*) as n from job_application_messages where application_id = $1', [id]);
    expect(Number(count!.n)).toBe(MESSAGES_PER_HOUR);
  });

  it('exports the threads, and erasure leaves the company no message text from the person', async () => {
    const zip = await seeker.get('/settings/export').buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(zip.body as Buffer));
    const exported = JSON.parse(strFromU8(files['jobs/messages.json']!)) as { threads: { text: string; from: string }[]; reportsYouMade: unknown[] };
    expect(exported.threads.map((m) => m.text)).toEqual(expect.arrayContaining([CANDIDATE_SECRET, COMPANY_SECRET]));
    expect(exported.reportsYouMade).toHaveLength(1);

    const token = await tokenFor(seeker, '/settings/delete');
    await seeker.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'hana@example.com' }).expect(303);
    const page = await employer.get(`/employer/applications/${applicationId}`).expect(200);
    expect(page.text).not.toContain('SECRET-CANDIDATE-LINE');
    expect(page.text).not.toContain('SECRET-COMPANY-LINE');
    expect(await ctx.db.query('select id from job_application_messages where application_id = $1', [applicationId])).toEqual([]);
    const [report] = await ctx.db.query<{ reported_text: string | null; reporter_id: string | null }>('select reported_text, reporter_id from job_message_reports');
    expect(report).toEqual({ reported_text: null, reporter_id: null });
    expect((await post(employer, '/employer', `/employer/applications/${applicationId}/messages`, { body: 'anyone?' })).status).toBe(404);
  });
});
