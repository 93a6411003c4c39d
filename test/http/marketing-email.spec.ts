import { strFromU8, unzipSync } from 'fflate';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MarketingService } from '../../src/modules/compliance/index.js';
import { MailDelivery } from '../../src/platform/mail/index.js';
import { binary, signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { startSmtpTestServer, type SmtpTestServer } from '../helpers/smtp-test-server.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../helpers/test-app.js';

// Promise R5: marketing only after an unticked opt-in; withdrawal in one click, from the link or the
// mail client (RFC 8058). Delivered to a real SMTP server, whose captured message is checked.
let smtp: SmtpTestServer;
let db: TestDatabase;
let t: TestApp;
let mina: Agent;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  db = await createTestDatabase();
  t = await startTestApp(db.url, { SMTP_URL: smtp.url, MAIL_FROM: 'Candor <no-reply@candor.test>' });
  mina = await signIn(t.origin, { name: 'Mina', email: 'mina@example.com' });
  await signIn(t.origin, { name: 'Never Asked', email: 'never@example.com' });
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
  await smtp?.stop();
});

async function sendNews(): Promise<number> {
  smtp.clear();
  const queued = await t.app.get(MarketingService).sendToSubscribers('marketing-news', { body: 'Interview practice now speaks Korean.' });
  await t.app.get(MailDelivery).deliverDue();
  return queued;
}

const events = () => db.query<{ opted_in: boolean; source: string }>(`select opted_in, source from marketing_consent_events order by at, id`);

describe('marketing email (R5)', () => {
  it('starts unticked, and nobody gets marketing without opting in', async () => {
    const page = await mina.get('/settings/marketing').expect(200);
    expect(page.text).toMatch(/<input type="checkbox" name="optIn" id="optIn" >/);
    expect(await sendNews()).toBe(0);
    expect(smtp.messages).toHaveLength(0);
    expect((await mina.get('/settings').expect(200)).text).toContain('href="/settings/marketing"');
  });

  it('records the opt-in and sends with a one-click unsubscribe link and the RFC 8058 headers', async () => {
    const token = await tokenFor(mina, '/settings/marketing');
    await mina.post('/settings/marketing').type('form').send({ _csrf: token, optIn: 'on' }).expect(303);
    expect(await events()).toEqual([{ opted_in: true, source: 'settings' }]);

    expect(await sendNews()).toBe(1);
    expect(smtp.messages).toHaveLength(1);
    const [message] = smtp.messages;
    expect(message!.envelopeTo).toEqual(['mina@example.com']);
    expect(message!.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /^<(https?:\/\/[^>]+)>$/.exec(message!.header('list-unsubscribe') ?? '')?.[1];
    expect(unsubscribe).toMatch(/\/marketing\/unsubscribe\?u=[0-9a-f-]{36}&t=[\w-]+$/);
    expect(message!.text).toContain(unsubscribe);
  });

  it('unsubscribes with the mail client’s one-click POST: no cookie, no CSRF token, the signed link only', async () => {
    const url = new URL(/^<([^>]+)>$/.exec(smtp.messages[0]!.header('list-unsubscribe')!)![1]!);
    // A link scanner's GET changes nothing: it shows a confirmation.
    await request(t.origin).get(`${url.pathname}${url.search}`).expect(200);
    expect((await events()).at(-1)).toEqual({ opted_in: true, source: 'settings' });

    const forged = `${url.pathname}?u=${url.searchParams.get('u')}&t=${'A'.repeat(43)}`;
    await request(t.origin).post(forged).type('form').send('List-Unsubscribe=One-Click').expect(404);

    await request(t.origin).post(`${url.pathname}${url.search}`).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect((await events()).at(-1)).toEqual({ opted_in: false, source: 'one-click' });
    expect(await sendNews()).toBe(0);
    const page = await mina.get('/settings/marketing').expect(200);
    expect(page.text).toContain('from your mail app');
  });

  it('unsubscribes from the confirmation page in the browser too', async () => {
    const token = await tokenFor(mina, '/settings/marketing');
    await mina.post('/settings/marketing').type('form').send({ _csrf: token, optIn: 'on' }).expect(303);
    const link = t.app.get(MarketingService).unsubscribeUrl((await db.query<{ id: string }>(`select id from users where email = 'mina@example.com'`))[0]!.id);
    const path = link.slice(new URL(link).origin.length);
    const confirm = await request(t.origin).get(path).expect(200);
    const action = /<form method="post" action="([^"]*unsubscribe[^"]*)"/.exec(confirm.text)![1]!.replace(/&amp;/g, '&');
    const done = await request(t.origin).post(action).type('form').send({}).expect(200);
    expect(done.text).toContain('You will not receive marketing email from Candor any more.');
    expect((await events()).at(-1)).toEqual({ opted_in: false, source: 'unsubscribe-link' });
  });

  it('withdraws from Settings by unticking the box', async () => {
    let token = await tokenFor(mina, '/settings/marketing');
    await mina.post('/settings/marketing').type('form').send({ _csrf: token, optIn: 'on' }).expect(303);
    token = await tokenFor(mina, '/settings/marketing');
    await mina.post('/settings/marketing').type('form').send({ _csrf: token }).expect(303);
    expect((await events()).at(-1)).toEqual({ opted_in: false, source: 'settings' });
  });

  it('puts every choice in the person’s export', async () => {
    const res = await mina.get('/settings/export').buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const choices = JSON.parse(strFromU8(files['privacy/marketing-choices.json']!)) as { subscribed: boolean; how: string }[];
    expect(choices.map((c) => `${c.subscribed}:${c.how}`)).toEqual(['true:settings', 'false:one-click', 'true:settings', 'false:unsubscribe-link', 'true:settings', 'false:settings']);
  });
});
