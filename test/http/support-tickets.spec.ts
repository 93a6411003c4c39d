import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { uploadFixture } from '../helpers/analysis.js';
import { binary, signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

// Support tickets (promise H1): a person asks for help from Settings; support works the ticket next to
// data requests, and may read the person's data only after opening the ticket as a case with a reason
// — every look logged and shown to the person — until the ticket is closed.
const ctx = useTestApp();
let person: Agent;
let support: Agent;
let ticketId: string;
let documentId: string;

const SUBJECT = 'My résumé upload shows the wrong name';
const MESSAGE = 'The file sofia-garcia.plain.txt lists me as someone else.';

async function post(agent: Agent, page: string, path: string, fields: Record<string, string>, status = 303) {
  const token = await tokenFor(agent, page);
  return agent.post(path).type('form').send({ _csrf: token, ...fields }).expect(status);
}

const accessLog = () => ctx.db.query<Record<string, unknown>>('select actor_role, basis, reference_id, reason, resource_kind, resource_id, permission, via from access_log order by at');

beforeAll(async () => {
  person = await signIn(ctx.t.origin, { name: 'Sofia Garcia', email: 'sofia@example.com' });
  documentId = await uploadFixture(person, 'sofia-garcia.plain.txt');
  support = await signIn(ctx.t.origin, { name: 'Sam Support', email: 'sam@candor.example' });
  await ctx.db.query(`update users set role = 'support' where email = 'sam@candor.example'`);
});

describe('support tickets from Settings (H1)', () => {
  it('opens a ticket from Settings, with the subject and message stored only encrypted', async () => {
    await person.get('/settings').expect(200).expect((res) => expect(res.text).toContain('href="/settings/support"'));
    const invalid = await post(person, '/settings/support', '/settings/support', { subject: '', message: MESSAGE }, 422);
    expect(invalid.text).toContain('Give your ticket a subject.');
    expect(invalid.text).toContain(MESSAGE);
    // No CSRF token, no ticket.
    await person.post('/settings/support').type('form').send({ subject: SUBJECT, message: MESSAGE }).expect(403);

    const res = await post(person, '/settings/support', '/settings/support', { subject: SUBJECT, message: MESSAGE });
    ticketId = /\/settings\/support\/([0-9a-f-]{36})$/.exec(res.headers.location as string)![1]!;
    const page = await person.get(`/settings/support/${ticketId}`).expect(200);
    expect(page.text).toContain(SUBJECT);
    expect(page.text).toContain(MESSAGE);
    expect(page.text).toContain('Waiting for support');
    expect((await person.get('/settings/support').expect(200)).text).toContain(SUBJECT);

    const stored = await ctx.db.query<{ subject: string; bodies: string }>(
      `select encode(t.subject_ciphertext, 'escape') as subject, string_agg(encode(e.body_ciphertext, 'escape'), ' ') as bodies
         from support_tickets t join support_ticket_events e on e.ticket_id = t.id group by t.id`,
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]!.subject).not.toContain('résumé');
    expect(stored[0]!.bodies).not.toContain('sofia-garcia');
  });

  it('shows nobody else the ticket', async () => {
    const stranger = await signIn(ctx.t.origin, { name: 'Other Person', email: 'other@example.com' });
    await stranger.get(`/settings/support/${ticketId}`).expect(404);
    await post(stranger, '/settings/support', `/settings/support/${ticketId}/replies`, { message: 'Hello?' }, 404);
    await person.get('/support/tickets').expect(403);
  });

  it('lists the ticket for support next to data requests, hiding what the person wrote until opened', async () => {
    expect((await support.get('/support/requests').expect(200)).text).toContain('href="/support/tickets"');
    const queue = await support.get('/support/tickets').expect(200);
    expect(queue.text).toContain(`/support/tickets/${ticketId}`);
    expect(queue.text).not.toContain(SUBJECT);
    const masked = await support.get(`/support/tickets/${ticketId}`).expect(200);
    expect(masked.text).not.toContain(SUBJECT);
    expect(masked.text).not.toContain(MESSAGE);
  });

  it('refuses staff the person’s data, and every step of the ticket, without an opened case, and logs nothing', async () => {
    await support.get(`/documents/${documentId}`).expect(404);
    await post(support, `/support/tickets/${ticketId}`, `/support/tickets/${ticketId}/reply`, { message: 'Let me look.' }, 404);
    await post(support, `/support/tickets/${ticketId}`, `/support/tickets/${ticketId}/close`, {}, 404);
    expect(await accessLog()).toEqual([]);
  });

  it('opens the ticket as a case with a reason, then lets support read the person’s data, logging each look', async () => {
    const noReason = await post(support, `/support/tickets/${ticketId}`, `/support/tickets/${ticketId}/open`, { reason: '' }, 422);
    expect(noReason.text).toContain('Give a reason the person will understand');
    await post(support, `/support/tickets/${ticketId}`, `/support/tickets/${ticketId}/open`, { reason: 'To check the name read from your résumé' });

    const opened = await support.get(`/support/tickets/${ticketId}`).expect(200);
    expect(opened.text).toContain(SUBJECT);
    expect(opened.text).toContain(MESSAGE);
    const doc = await support.get(`/documents/${documentId}`).expect(200);
    expect(doc.text).toContain('Sofia');
    // A case allows reading only.
    await post(support, `/documents/${documentId}`, `/documents/${documentId}/delete`, {}, 404);

    const log = await accessLog();
    expect(log.length).toBeGreaterThan(1);
    for (const row of log) {
      expect(row).toEqual(expect.objectContaining({ actor_role: 'support', basis: 'case', reference_id: ticketId }));
      expect(row.reason).toMatch(/^ST-[0-9A-F]{8} · To check the name read from your résumé$/);
    }
    expect(log).toContainEqual(expect.objectContaining({ resource_kind: 'support_ticket', resource_id: ticketId, permission: 'support_ticket:read', via: `GET /support/tickets/${ticketId}` }));
    expect(log).toContainEqual(expect.objectContaining({ resource_kind: 'document', resource_id: documentId, permission: 'document:read', via: `GET /documents/${documentId}` }));
  });

  it('shows the person every look in Settings, and support’s answer on the ticket', async () => {
    await post(support, `/support/tickets/${ticketId}`, `/support/tickets/${ticketId}/reply`, { message: 'We fixed the name; please check again.' });
    // The person is told by email where to read the answer; the answer itself stays encrypted in Candor.
    const mail = await ctx.db.query<{ subject: string; text_body: string; html_body: string }>(
      `select subject, text_body, html_body from mail_outbox where recipient = 'sofia@example.com' and template = 'support-ticket-answered'`,
    );
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toMatch(/^Support answered your ticket ST-[0-9A-F]{8}$/);
    expect(mail[0]!.text_body).toContain(`/settings/support/${ticketId}`);
    expect(`${mail[0]!.text_body}${mail[0]!.html_body}`).not.toContain('We fixed the name');
    const history = await person.get('/settings').expect(200);
    expect(history.text).toContain('Candor support staff');
    expect(history.text).toContain('To check the name read from your résumé');
    expect(history.text).toContain('Opened a document');
    expect(history.text).toContain('a support ticket you opened');

    const page = await person.get(`/settings/support/${ticketId}`).expect(200);
    expect(page.text).toContain('We fixed the name; please check again.');
    expect(page.text).toContain('Answered');
    expect(page.text).toContain('Opened as a case by support');
    await post(person, `/settings/support/${ticketId}`, `/settings/support/${ticketId}/replies`, { message: 'Thank you, it is right now.' });
    expect((await support.get(`/support/tickets/${ticketId}`).expect(200)).text).toContain('Thank you, it is right now.');
  });

  it('ends the access when support closes the ticket', async () => {
    await post(support, `/support/tickets/${ticketId}`, `/support/tickets/${ticketId}/close`, {});
    await support.get(`/documents/${documentId}`).expect(404);
    const closed = await support.get(`/support/tickets/${ticketId}`).expect(200);
    expect(closed.text).not.toContain(MESSAGE);
    expect((await person.get(`/settings/support/${ticketId}`).expect(200)).text).toContain('Closed');
  });

  it('includes the tickets, decrypted, in the person’s export', async () => {
    const res = await person.get('/settings/export').buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const tickets = JSON.parse(strFromU8(files['support-tickets/tickets.json']!)) as { subject: string; status: string; thread: { text: string }[] }[];
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ subject: SUBJECT, status: 'closed' });
    expect(tickets[0]!.thread.map((line) => line.text)).toEqual(expect.arrayContaining([MESSAGE, 'We fixed the name; please check again.']));
  });

  it('speaks Korean', async () => {
    const page = await person.get('/settings/support?lang=ko').expect(200);
    expect(page.text).toContain('<html lang="ko"');
    expect(page.text).toContain('고객 지원');
    expect(page.text).toContain('종료');
    const staff = await support.get('/support/tickets?lang=ko&status=closed').expect(200);
    expect(staff.text).toContain('고객 문의');
  });
});
