import { CronExpression } from '@nestjs/schedule';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { uploadDocument } from '../helpers/analysis.js';
import { binary, signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';
import { htmlLang, latinShare, latinWords } from '../helpers/visible-text.js';

/**
 * Data-subject requests (R3) and staff access only inside a case (H1), through the real app: a
 * person files each kind of request, support works them from the queue, and the effect is real.
 */
const ctx = useTestApp();

const RESUME = Buffer.from('Robin Park\nrobin@example.com\n\nExperience\nData analyst at Hanbit, 2020–2024\n- Built dashboards in SQL and Python\n');

let support: Agent;
let admin: Agent;

async function userId(email: string): Promise<string> {
  return (await ctx.db.query<{ id: string }>('select id from users where email = $1', [email]))[0]!.id;
}

async function setRole(email: string, role: string): Promise<void> {
  await ctx.db.query('update users set role = $2 where email = $1', [email, role]);
}

/** Files a request from Settings → Data requests; returns its id. */
async function file(agent: Agent, fields: Record<string, string | string[]>): Promise<string> {
  const token = await tokenFor(agent, '/settings/requests');
  const res = await agent.post('/settings/requests').type('form').send({ _csrf: token, ...fields }).expect(303);
  return /\/settings\/requests\/([0-9a-f-]{36})$/.exec(res.headers.location as string)![1]!;
}

async function post(agent: Agent, page: string, path: string, fields: Record<string, string> = {}, status = 303): Promise<string> {
  const token = await tokenFor(agent, page);
  return (await agent.post(path).type('form').send({ _csrf: token, ...fields }).expect(status)).text;
}

async function openCase(agent: Agent, id: string, reason = 'To prepare what you asked for'): Promise<void> {
  await post(agent, `/support/requests/${id}`, `/support/requests/${id}/open`, { reason });
}

async function mailsTo(address: string): Promise<{ template: string; subject: string; text_body: string; html_body: string }[]> {
  return ctx.db.query('select template, subject, text_body, html_body from mail_outbox where recipient = $1 order by created_at', [address]);
}

async function accessLog(): Promise<Record<string, unknown>[]> {
  return ctx.db.query('select actor_role, basis, reference_id, reason, resource_kind, resource_id, permission, ip, via from access_log order by at');
}

beforeAll(async () => {
  support = await signIn(ctx.t.origin, { name: 'Sam Support', email: 'sam@candor.example' });
  await setRole('sam@candor.example', 'support');
  admin = await signIn(ctx.t.origin, { name: 'Ada Admin', email: 'ada@candor.example' });
  await setRole('ada@candor.example', 'admin');
});

describe('filing from Settings (R3)', () => {
  it('files each kind of request, with a due date 10 days out, a history and a confirmation email', async () => {
    const person = await signIn(ctx.t.origin, { name: 'Filer One', email: 'filer@example.com' });
    const settings = await person.get('/settings').expect(200);
    expect(settings.text).toContain('href="/settings/requests"');

    const ids = [
      await file(person, { type: 'access' }),
      await file(person, { type: 'correction', details: 'My surname is Park, not Pak.' }),
      await file(person, { type: 'restriction' }),
      await file(person, { type: 'objection', purposes: ['marketing', 'matching'] }),
      await file(person, { type: 'deletion', details: 'Please delete everything.' }),
    ];
    const rows = await ctx.db.query<{ type: string; status: string; days: number; purposes: string[] }>(
      `select type, status, round(extract(epoch from due_at - created_at) / 86400)::int as days, objection_purposes as purposes from data_requests where id = any($1) order by created_at`,
      [ids],
    );
    expect(rows.map((r) => [r.type, r.status, r.days])).toEqual([
      ['access', 'pending', 10],
      ['correction', 'pending', 10],
      ['restriction', 'pending', 10],
      ['objection', 'pending', 10],
      ['deletion', 'pending', 10],
    ]);
    expect(rows[3]!.purposes).toEqual(['marketing', 'matching']);

    const list = await person.get('/settings/requests').expect(200);
    for (const type of ['Copy of data', 'Correction', 'Pause processing', 'Objection', 'Deletion']) expect(list.text).toContain(type);
    const show = await person.get(`/settings/requests/${ids[1]}`).expect(200);
    expect(show.text).toContain('My surname is Park, not Pak.');
    expect(show.text).toContain('Request made');
    expect(show.text).toContain('Received');
    // No copy yet: a not-found page, never served as a ZIP download.
    const early = await person.get(`/settings/requests/${ids[0]}/export`).set('Accept', 'text/html');
    expect(early.status).toBe(404);
    expect(early.headers['content-disposition']).toBeUndefined();

    const mails = await mailsTo('filer@example.com');
    expect(mails).toHaveLength(5);
    expect(mails[0]!.subject).toMatch(/^We received your request DR-[0-9A-F]{8}$/);
    expect(mails[0]!.text_body).toContain('/settings/requests/');
  });

  it('asks again for what a correction or an objection needs (422)', async () => {
    const person = await signIn(ctx.t.origin, { name: 'Filer Two', email: 'filer2@example.com' });
    const token = await tokenFor(person, '/settings/requests');
    const correction = await person.post('/settings/requests').type('form').send({ _csrf: token, type: 'correction' }).expect(422);
    expect(correction.text).toContain('Tell us what to correct');
    const objection = await person.post('/settings/requests').type('form').send({ _csrf: token, type: 'objection' }).expect(422);
    expect(objection.text).toContain('Choose at least one use you object to');
    await person.post('/settings/requests').type('form').send({ _csrf: token, type: 'teleport' }).expect(422);
  });

  it('lets only the requester see a request, and cancel it', async () => {
    const person = await signIn(ctx.t.origin, { name: 'Filer Three', email: 'filer3@example.com' });
    const other = await signIn(ctx.t.origin, { name: 'Nosy', email: 'nosy@example.com' });
    const id = await file(person, { type: 'access' });
    await other.get(`/settings/requests/${id}`).expect(404);
    await other.get('/settings/requests/not-a-uuid').expect(404);
    await post(other, '/settings/requests', `/settings/requests/${id}/cancel`, {}, 404);
    await post(person, `/settings/requests/${id}`, `/settings/requests/${id}/cancel`);
    expect((await person.get(`/settings/requests/${id}`).expect(200)).text).toContain('Cancelled');
  });
});

describe('the support console (R3, H1)', () => {
  let person: Agent;
  let accessId: string;
  let documentId: string;

  beforeAll(async () => {
    person = await signIn(ctx.t.origin, { name: 'Robin Park', email: 'robin@example.com' });
    documentId = await uploadDocument(person, 'robin.txt', RESUME);
    accessId = await file(person, { type: 'access', details: 'Everything, please.' });
  });

  it('keeps staff pages to staff: 403 for a job seeker, admin pages 403 for support', async () => {
    await person.get('/support/requests').expect(403);
    await person.get(`/support/requests/${accessId}`).expect(403);
    await post(person, '/settings', `/support/requests/${accessId}/open`, { reason: 'I am curious' }, 403);
    for (const path of ['/admin/roles', '/admin/jobs', '/admin/access-log']) {
      await person.get(path).expect(403);
      await support.get(path).expect(403);
    }
  });

  it('lists the queue with the due date in words and no personal data', async () => {
    const queue = await support.get('/support/requests').expect(200);
    const reference = `DR-${accessId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
    expect(queue.text).toContain(reference);
    expect(queue.text).toMatch(/badge badge-pass">(10|9) days left/);
    expect(queue.text).not.toContain('robin@example.com');
    const overdueOnly = await support.get('/support/requests?overdue=1').expect(200);
    expect(overdueOnly.text).not.toContain(reference);
    await ctx.db.query(`update data_requests set due_at = now() - interval '2 days' where id = $1`, [accessId]);
    const overdue = await support.get('/support/requests?overdue=1').expect(200);
    expect(overdue.text).toContain(reference);
    expect(overdue.text).toContain('badge badge-fail">Overdue by 2 days');
    await ctx.db.query(`update data_requests set due_at = created_at + interval '10 days' where id = $1`, [accessId]);
  });

  it('refuses every staff step and every look at the person’s data without an opened case (404), and logs nothing', async () => {
    const page = await support.get(`/support/requests/${accessId}`).expect(200);
    expect(page.text).not.toContain('robin@example.com');
    expect(page.text).not.toContain('Everything, please.');
    expect(page.text).toContain('r•••@e•••.com');
    for (const [path, fields] of [
      ['assign', {}],
      ['notes', { note: 'looked' }],
      ['status', { status: 'waiting_for_requester' }],
      ['reply', { message: 'hello' }],
      ['complete', { outcome: 'done and dusted' }],
      ['deny', { reason: 'no reason at all given' }],
    ] as const) {
      await post(support, `/support/requests/${accessId}`, `/support/requests/${accessId}/${path}`, fields, 404);
    }
    await support.get(`/documents/${documentId}`).expect(404);
    await support.get(`/documents/${documentId}/download`).expect(404);
    await admin.get(`/documents/${documentId}`).expect(404);
    await support.get('/support/requests/not-a-uuid').expect(404);
    expect(await accessLog()).toEqual([]);
  });

  it('opens the case with a reason, then shows the person’s data and logs each look where the person sees it', async () => {
    const noReason = await support
      .post(`/support/requests/${accessId}/open`)
      .type('form')
      .send({ _csrf: await tokenFor(support, `/support/requests/${accessId}`), reason: '' })
      .expect(422);
    expect(noReason.text).toContain('Give a reason the person will understand');

    await openCase(support, accessId, 'To prepare the copy of your data you asked for');
    const page = await support.get(`/support/requests/${accessId}`).expect(200);
    expect(page.text).toContain('robin@example.com');
    expect(page.text).toContain('Everything, please.');
    const doc = await support.get(`/documents/${documentId}`).expect(200);
    expect(doc.text).toContain('Built dashboards in SQL');
    // A case allows reading only.
    await post(support, `/documents/${documentId}`, `/documents/${documentId}/delete`, {}, 404);

    const log = await accessLog();
    expect(log[0]).toEqual(
      expect.objectContaining({ actor_role: 'support', basis: 'case', reference_id: accessId, resource_kind: 'data_request', permission: 'data_request:read', via: `GET /support/requests/${accessId}` }),
    );
    // The document page asks the access check for each thing it shows: every ask is a logged look.
    const documentLooks = log.slice(1);
    expect(documentLooks.length).toBeGreaterThan(0);
    for (const row of documentLooks) {
      expect(row).toEqual(expect.objectContaining({ actor_role: 'support', basis: 'case', reference_id: accessId, resource_kind: 'document', resource_id: documentId, permission: 'document:read', via: `GET /documents/${documentId}` }));
    }
    expect(log[0]!.reason).toMatch(/^DR-[0-9A-F]{8} · To prepare the copy of your data you asked for$/);
    expect(log[0]!.ip).toMatch(/127\.0\.0\.1|::1/);

    const history = await person.get('/settings').expect(200);
    expect(history.text).toContain('Candor support staff');
    expect(history.text).toContain('To prepare the copy of your data you asked for');
    expect(history.text).toContain('Opened a document');
    // The opening is in the request's own history too.
    expect((await person.get(`/settings/requests/${accessId}`).expect(200)).text).toContain('Opened by staff');
  });

  it('notes (staff only), replies from a template in the requester’s language, and completes: the export is delivered in Settings', async () => {
    await post(support, `/support/requests/${accessId}`, `/support/requests/${accessId}/notes`, { note: 'Checked the documents module too.' });
    const templated = await support.get(`/support/requests/${accessId}?template=acknowledge&lang=ko`).expect(200);
    expect(templated.text).toContain('요청을 보내 주셔서 감사합니다');
    await post(support, `/support/requests/${accessId}`, `/support/requests/${accessId}/reply`, { message: 'We are preparing your copy.' });
    const before = await person.get(`/settings/requests/${accessId}`).expect(200);
    expect(before.text).toContain('We are preparing your copy.');
    expect(before.text).not.toContain('Checked the documents module too.');
    await person.get(`/settings/requests/${accessId}/export`).expect(404);

    const emptyOutcome = await support
      .post(`/support/requests/${accessId}/complete`)
      .type('form')
      .send({ _csrf: await tokenFor(support, `/support/requests/${accessId}`), outcome: '' })
      .expect(422);
    expect(emptyOutcome.text).toContain('Say what was done');
    await post(support, `/support/requests/${accessId}`, `/support/requests/${accessId}/complete`, { outcome: 'Your copy is ready to download.' });

    const done = await person.get(`/settings/requests/${accessId}`).expect(200);
    expect(done.text).toContain('Completed');
    expect(done.text).toContain(`/settings/requests/${accessId}/export`);
    const zip = await person.get(`/settings/requests/${accessId}/export`).buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(zip.body as Buffer));
    expect(JSON.parse(strFromU8(files['accounts/profile.json']!))).toMatchObject({ email: 'robin@example.com' });
    const requests = JSON.parse(strFromU8(files['data-requests/requests.json']!)) as { id: string; history: { kind: string }[] }[];
    expect(requests.find((r) => r.id === accessId)!.history.map((h) => h.kind)).not.toContain('note');
    expect((await person.get(`/settings/requests/${accessId}`).expect(200)).text).toContain('Copy downloaded');

    const completedMail = (await mailsTo('robin@example.com')).find((m) => m.subject.includes('is completed'))!;
    expect(completedMail.text_body).toContain('sign in and download it from Settings');
    expect(completedMail.text_body).not.toContain('Built dashboards');

    // The case is closed: the person's data is out of reach again, and the console masks it.
    await support.get(`/documents/${documentId}`).expect(404);
    expect((await support.get(`/support/requests/${accessId}`).expect(200)).text).not.toContain('robin@example.com');
  });

  it('keeps the history append-only in the database', async () => {
    await expect(ctx.db.query(`update data_request_events set text = 'rewritten' where request_id = $1`, [accessId])).rejects.toThrow(/append-only/);
  });

  it('a restriction stops analyses until the person resumes; an objection stops only what it names', async () => {
    const restriction = await file(person, { type: 'restriction' });
    await openCase(support, restriction, 'To pause processing as you asked');
    await post(support, `/support/requests/${restriction}`, `/support/requests/${restriction}/complete`, { outcome: 'Processing is paused.' });
    const rows = await ctx.db.query<{ purpose: string; basis: string }>('select purpose, basis from processing_restrictions where user_id = $1 order by purpose', [await userId('robin@example.com')]);
    expect(rows).toEqual(['alerts', 'analysis', 'marketing', 'matching'].map((purpose) => ({ purpose, basis: 'restriction' })));

    const token = await tokenFor(person, `/documents/${documentId}`);
    const refused = await person.post(`/documents/${documentId}/analyses`).type('form').send({ _csrf: token, job: '' }).expect(403);
    expect(refused.text).toContain('You paused this use of your data');
    expect((await ctx.db.query('select id from analyses')).length).toBe(0);

    const settings = await person.get('/settings/requests').expect(200);
    expect(settings.text).toContain('Processing is paused: Analyses of my documents');
    await post(person, '/settings/requests', '/settings/requests/paused/restriction/lift');
    await person.post(`/documents/${documentId}/analyses`).type('form').send({ _csrf: token, job: '' }).expect(303);

    const objection = await file(person, { type: 'objection', purposes: 'marketing' });
    await openCase(support, objection, 'To stop marketing as you asked');
    await post(support, `/support/requests/${objection}`, `/support/requests/${objection}/complete`, { outcome: 'No more marketing.' });
    expect(await ctx.db.query('select purpose, basis from processing_restrictions where user_id = $1', [await userId('robin@example.com')])).toEqual([{ purpose: 'marketing', basis: 'objection' }]);
    await person.post(`/documents/${documentId}/analyses`).type('form').send({ _csrf: token, job: 'Data analyst' }).expect(303);
  });

  it('a denial needs its reason and tells the requester how to object', async () => {
    const correction = await file(person, { type: 'correction', details: 'Change my employer history.' });
    await openCase(support, correction, 'To review your correction');
    const short = await support
      .post(`/support/requests/${correction}/deny`)
      .type('form')
      .send({ _csrf: await tokenFor(support, `/support/requests/${correction}`), reason: 'no' })
      .expect(422);
    expect(short.text).toContain('Give the reason for declining');
    await post(support, `/support/requests/${correction}`, `/support/requests/${correction}/deny`, { reason: 'The history you uploaded is already what you asked for.' });
    const page = await person.get(`/settings/requests/${correction}`).expect(200);
    expect(page.text).toContain('Declined');
    expect(page.text).toContain('The history you uploaded is already what you asked for.');
    expect(page.text).toContain('Personal Information Protection Commission');
    const mail = (await mailsTo('robin@example.com')).find((m) => m.subject.includes('we declined it'))!;
    expect(mail.text_body).toContain('The history you uploaded is already what you asked for.');
    expect(mail.text_body).toContain('privacy.go.kr');
  });

  it('a deletion request erases the account; the request stays, closed, without the person', async () => {
    const deletion = await file(person, { type: 'deletion', details: 'Robin Park wants out' });
    await openCase(support, deletion, 'To delete your account as you asked');
    await post(support, `/support/requests/${deletion}`, `/support/requests/${deletion}/complete`, { outcome: 'Your account is deleted.' });
    expect(await ctx.db.query('select id from users where email = $1', ['robin@example.com'])).toEqual([]);
    expect(await ctx.db.query('select status, requester_user_id, details from data_requests where id = $1', [deletion])).toEqual([{ status: 'completed', requester_user_id: null, details: null }]);
    expect(await ctx.db.query('select count(*)::int as n from data_requests where requester_user_id is null and type <> $1 and requester_email is null', ['deletion'])).toEqual([{ n: 0 }]);
    expect(await accessLog()).toEqual([]);
    const confirmations = await ctx.db.query<{ template: string }>(`select template from mail_outbox where template = 'account-deleted'`);
    expect(confirmations).toHaveLength(1);
    await person.get('/settings/requests').expect(303);
  });
});

describe('the public form, for people without an account (R3)', () => {
  async function startPublic(agent: Agent, email: string, type = 'access'): Promise<string> {
    const token = await tokenFor(agent, '/data-requests/new');
    const res = await agent.post('/data-requests').type('form').send({ _csrf: token, type, email, name: 'Jamie Lee', details: 'I am named in a résumé.' }).expect(303);
    return /\/data-requests\/([0-9a-f-]{36})\/verify$/.exec(res.headers.location as string)![1]!;
  }

  async function codeFor(email: string): Promise<string> {
    const mails = (await mailsTo(email)).filter((m) => m.template === 'data-request-code');
    return /\b(\d{6})\b/.exec(mails.at(-1)!.subject)![1]!;
  }

  async function verify(agent: Agent, id: string, code: string, status: number): Promise<string> {
    const token = await tokenFor(agent, `/data-requests/${id}/verify`);
    return (await agent.post(`/data-requests/${id}/verify`).type('form').send({ _csrf: token, code }).expect(status)).text;
  }

  it('starts nothing until the six-digit code comes back; the code is stored only as a hash', async () => {
    const visitor = (await import('supertest')).default.agent(ctx.t.origin);
    const id = await startPublic(visitor, 'jamie@example.org');
    const code = await codeFor('jamie@example.org');
    const [row] = await ctx.db.query<{ status: string; code_hash: string }>('select status, code_hash from data_requests where id = $1', [id]);
    expect(row!.status).toBe('identity_unverified');
    expect(row!.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.code_hash).not.toContain(code);
    const codeMail = (await mailsTo('jamie@example.org')).find((m) => m.template === 'data-request-code')!;
    expect(codeMail.text_body).not.toContain('résumé');
    // Support does not see it before the code comes back.
    expect((await support.get('/support/requests?status=open').expect(200)).text).not.toContain(`/support/requests/${id}`);
    await support.get(`/support/requests/${id}`).expect(404);

    expect(await verify(visitor, id, '12345', 422)).toContain('Enter the six digits');
    const wrong = code === '000000' ? '000001' : '000000';
    expect(await verify(visitor, id, wrong, 422)).toContain('That code is not right');
    await verify(visitor, id, code, 303);
    expect((await visitor.get(`/data-requests/${id}/verify`).expect(200)).text).toContain('We received your request');
    expect((await ctx.db.query('select status, code_hash from data_requests where id = $1', [id]))[0]).toEqual({ status: 'pending', code_hash: null });
    expect((await mailsTo('jamie@example.org')).map((m) => m.template)).toEqual(['data-request-code', 'data-request-update']);
    expect((await support.get('/support/requests').expect(200)).text).toContain('Public form');
  });

  it('refuses an expired code and locks a code after five wrong tries; a new code works', async () => {
    const visitor = (await import('supertest')).default.agent(ctx.t.origin);
    const id = await startPublic(visitor, 'kim@example.org', 'deletion');
    const first = await codeFor('kim@example.org');
    await ctx.db.query(`update data_requests set code_expires_at = now() - interval '1 second' where id = $1`, [id]);
    expect(await verify(visitor, id, first, 422)).toContain('That code has expired');

    await post(visitor, `/data-requests/${id}/verify`, `/data-requests/${id}/code`);
    const second = await codeFor('kim@example.org');
    const wrong = second === '999999' ? '999998' : '999999';
    for (let i = 0; i < 5; i++) await verify(visitor, id, wrong, 422);
    expect(await verify(visitor, id, second, 422)).toContain('Too many wrong tries');

    await post(visitor, `/data-requests/${id}/verify`, `/data-requests/${id}/code`);
    await verify(visitor, id, await codeFor('kim@example.org'), 303);
    expect((await ctx.db.query('select status from data_requests where id = $1', [id]))[0]).toEqual({ status: 'pending' });
  });

  it('sends at most three codes an hour to one address (429)', async () => {
    const visitor = (await import('supertest')).default.agent(ctx.t.origin);
    for (let i = 0; i < 3; i++) await startPublic(visitor, 'many@example.org');
    const token = await tokenFor(visitor, '/data-requests/new');
    const refused = await visitor.post('/data-requests').type('form').send({ _csrf: token, type: 'access', email: 'many@example.org' }).expect(429);
    expect(refused.text).toContain('Too many codes were sent to this address');
  });

  it('support answers a verified public request by email, without an account to touch', async () => {
    const visitor = (await import('supertest')).default.agent(ctx.t.origin);
    const id = await startPublic(visitor, 'lee@example.org', 'access');
    await verify(visitor, id, await codeFor('lee@example.org'), 303);
    await openCase(support, id, 'To find where you are named');
    const page = await support.get(`/support/requests/${id}`).expect(200);
    expect(page.text).toContain('lee@example.org');
    expect(page.text).toContain('They have no account');
    await post(support, `/support/requests/${id}`, `/support/requests/${id}/complete`, { outcome: 'You are named in one document; we hold nothing else about you.' });
    const result = (await mailsTo('lee@example.org')).at(-1)!;
    expect(result.subject).toContain('is completed');
    expect(result.text_body).toContain('You are named in one document');
    expect(result.text_body).not.toContain('download');
  });
});

describe('administrators (H1)', () => {
  it('grant and revoke roles; cannot change their own; every change is on the record', async () => {
    await signIn(ctx.t.origin, { name: 'New Staff', email: 'newstaff@candor.example' });
    await post(admin, '/admin/roles', '/admin/roles', { email: 'NewStaff@candor.example', role: 'support' });
    expect((await ctx.db.query('select role from users where email = $1', ['newstaff@candor.example']))[0]).toEqual({ role: 'support' });
    const page = await admin.get('/admin/roles').expect(200);
    expect(page.text).toContain('newstaff@candor.example');
    expect((await post(admin, '/admin/roles', '/admin/roles', { email: 'nobody@candor.example', role: 'support' }, 422))).toContain('No account uses that email address');
    expect(await post(admin, '/admin/roles', '/admin/roles', { email: 'ada@candor.example', role: 'support' }, 422)).toContain('You cannot change your own role');
    await post(admin, '/admin/roles', `/admin/roles/${await userId('newstaff@candor.example')}/revoke`);
    expect((await ctx.db.query('select role from users where email = $1', ['newstaff@candor.example']))[0]).toEqual({ role: 'job_seeker' });
    // Granted, then revoked: two rows, with who and where; the refused attempts changed nothing.
    const changes = await ctx.db.query<{ from_role: string; to_role: string; via: string; actor: string }>(
      `select c.from_role, c.to_role, c.via, a.email as actor from role_changes c join users s on s.id = c.subject_id join users a on a.id = c.actor_id
        where s.email = 'newstaff@candor.example' order by c.at`,
    );
    expect(changes).toEqual([
      { from_role: 'job_seeker', to_role: 'support', via: 'admin', actor: 'ada@candor.example' },
      { from_role: 'support', to_role: 'job_seeker', via: 'admin', actor: 'ada@candor.example' },
    ]);
    const history = await admin.get('/admin/roles').expect(200);
    expect(history.text).toContain('Role changes');
    expect(history.text).toContain('Support → Job seeker');
  });

  it('see every scheduled job with its schedule and runs', async () => {
    const page = await admin.get('/admin/jobs').expect(200);
    for (const job of ['accounts.<wbr>purge-dead-sessions', 'compliance.<wbr>purge-unverified-requests', 'mail.<wbr>deliver']) expect(page.text).toContain(job);
    expect(page.text).toContain(CronExpression.EVERY_HOUR);
  });

  it('review the access log with filters', async () => {
    // The case views above were erased with Robin's account; make a fresh one.
    const person = await signIn(ctx.t.origin, { name: 'Mina Cho', email: 'mina@example.com' });
    const id = await file(person, { type: 'access' });
    await openCase(support, id, 'To prepare your copy');
    await support.get(`/support/requests/${id}`).expect(200);

    const all = await admin.get('/admin/access-log').expect(200);
    expect(all.text).toContain('To prepare your copy');
    expect(all.text).toContain('m•••@e•••.com');
    expect(all.text).toContain(`GET /support/requests/${id}`);
    expect((await admin.get(`/admin/access-log?reference=${id}&basis=case&role=support`).expect(200)).text).toContain('To prepare your copy');
    expect((await admin.get('/admin/access-log?basis=grant').expect(200)).text).toContain('No entries match these filters.');
    expect((await admin.get('/admin/access-log?to=2000-01-01').expect(200)).text).toContain('No entries match these filters.');
  });
});

describe('in Korean', () => {
  it('says every page of requests, the console and administration in Korean, and mails a Korean reader in Korean', async () => {
    const person = await signIn(ctx.t.origin, { name: '서하나', email: 'hana@example.kr' }, '/dashboard', { 'Accept-Language': 'ko-KR,ko;q=0.9' });
    const id = await file(person, { type: 'objection', purposes: ['marketing'], details: '마케팅 메일을 그만 받고 싶어요.' });
    await openCase(support, id, '요청하신 처리를 위해');
    const pages: [Agent, string][] = [
      [person, '/settings/requests'],
      [person, `/settings/requests/${id}`],
      [support, '/support/requests?lang=ko'],
      [support, `/support/requests/${id}?lang=ko&template=acknowledge`],
      [admin, '/admin/roles?lang=ko'],
      [admin, '/admin/jobs?lang=ko'],
      [admin, '/admin/access-log?lang=ko'],
      [person, '/data-requests/new'],
    ];
    for (const [agent, path] of pages) {
      const html = (await agent.get(path).set('Accept-Language', 'ko').expect(200)).text;
      expect(htmlLang(html), path).toBe('ko');
      // The jobs page and the access log list identifiers (job names, cron, ids, routes), not prose: only their words are checked.
      if (path.startsWith('/admin/jobs')) expect(html).toContain('예약 작업');
      else if (path.startsWith('/admin/access-log')) expect(html).toContain('열람 기록');
      else expect(latinShare(html), `${path}: ${latinWords(html).join(' ')}`).toBeLessThan(0.12);
    }
    const [mail] = await mailsTo('hana@example.kr');
    expect(mail!.subject).toMatch(/^DR-[0-9A-F]{8} 요청을 접수했습니다$/);
    expect(mail!.text_body).toContain('개인정보 이용 반대 요청(');
  });
});
