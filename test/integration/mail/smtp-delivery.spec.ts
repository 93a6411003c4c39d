import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MailDelivery, Mailer } from '../../../src/platform/mail/index.js';
import { signIn, tokenFor } from '../../helpers/sign-in.js';
import { startSmtpTestServer, type SmtpTestServer } from '../../helpers/smtp-test-server.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../../helpers/test-app.js';

// A real SMTP server on 127.0.0.1; the app's SMTP transport reaches it through SMTP_URL, as it would
// reach a provider. Stopping the server closes its port: the app sees a server that is down.
let smtp: SmtpTestServer;
let db: TestDatabase;
let t: TestApp;
let env: Record<string, string>;

beforeAll(async () => {
  smtp = await startSmtpTestServer({ refuse: ['nobody@example.com'], delayMs: 20 });
  db = await createTestDatabase();
  env = {
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Candor <no-reply@candor.test>',
    MAIL_REPLY_TO: 'privacy@candor.test',
    MAIL_MAX_ATTEMPTS: '3',
    SMTP_TIMEOUT_MS: '3000',
  };
  t = await startTestApp(db.url, env);
});

afterAll(async () => {
  await t?.close();
  await db?.drop();
  await smtp?.stop();
});

beforeEach(async () => {
  await smtp.start();
  smtp.clear();
  await db.query('delete from mail_outbox');
});

const mailer = (): Mailer => t.app.get(Mailer);
const delivery = (): MailDelivery => t.app.get(MailDelivery);

interface OutboxRow {
  status: string;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  recipient: string | null;
  user_id: string | null;
  sent_at: Date | null;
  failed_at: Date | null;
}

async function row(id: string): Promise<OutboxRow> {
  const [found] = await db.query<OutboxRow & Record<string, unknown>>('select * from mail_outbox where id = $1', [id]);
  if (!found) throw new Error(`No outbox row ${id}`);
  return found;
}

// The only template so far is the deletion confirmation; here it stands in for any message.
const confirmation = { template: 'account-deleted', kind: 'transactional' } as const;

describe('SMTP delivery', () => {
  it('renders the message and delivers it with its sender, recipient, subject, text, HTML and Reply-To', async () => {
    const id = await mailer().send({ ...confirmation, to: 'ada@example.com' });
    expect(smtp.messages).toHaveLength(0); // queued, not sent, until a worker runs

    expect(await delivery().deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 0 });

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.envelopeFrom).toBe('no-reply@candor.test');
    expect(mail.envelopeTo).toEqual(['ada@example.com']);
    expect(mail.header('from')).toBe('Candor <no-reply@candor.test>');
    expect(mail.header('to')).toBe('ada@example.com');
    expect(mail.header('reply-to')).toBe('privacy@candor.test');
    expect(mail.header('subject')).toBe('Your Candor account has been deleted');
    expect(mail.header('list-unsubscribe')).toBeUndefined();
    expect(mail.text).toContain('a salted hash of your sign-in identity, kept separately for six months');
    expect(mail.text).toContain('write to privacy@candor.test');
    expect(mail.html).toContain('<h1 style="font-size:18px;margin:0 0 12px">Your Candor account has been deleted</h1>');
    expect(mail.html).toContain('<a href="mailto:privacy@candor.test">');
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, recipient: 'ada@example.com', last_error: null });
    expect((await row(id)).sent_at).toBeInstanceOf(Date);

    // Delivered once: a second round finds nothing due.
    expect(await delivery().deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it('gives marketing mail List-Unsubscribe and one-click unsubscribe headers (R5)', async () => {
    await mailer().send({ ...confirmation, kind: 'marketing', to: 'grace@example.com', unsubscribeUrl: 'https://candor.test/unsubscribe/abc123', headers: { 'X-Campaign': 'autumn' } });
    await delivery().deliverDue();
    const mail = smtp.messages[0]!;
    expect(mail.header('list-unsubscribe')).toBe('<https://candor.test/unsubscribe/abc123>');
    expect(mail.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.header('x-campaign')).toBe('autumn');
  });

  it('keeps the message while the server is down, retries later with backoff, and delivers once it is back', async () => {
    await smtp.stop();
    const id = await mailer().send({ ...confirmation, to: 'linus@example.com' });
    const now = new Date();

    expect(await delivery().deliverDue(now)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const waiting = await row(id);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, recipient: 'linus@example.com' });
    expect(waiting.last_error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    // First retry after 30 s ± 20 %.
    const delay = waiting.next_attempt_at.getTime() - now.getTime();
    expect(delay).toBeGreaterThanOrEqual(24_000);
    expect(delay).toBeLessThanOrEqual(36_000);
    // Not due yet: nothing happens, not even another attempt.
    expect(await delivery().deliverDue(now)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect((await row(id)).attempts).toBe(1);

    await smtp.start();
    expect(await delivery().deliverDue(new Date(now.getTime() + 60_000))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.messages.map((m) => m.envelopeTo)).toEqual([['linus@example.com']]);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    // Failures were logged without the address or the content.
    expect(t.logs.text).toContain(`Mail ${id} (account-deleted) attempt 1 failed`);
    expect(t.logs.text).not.toContain('linus@example.com');
    expect(t.logs.text).not.toContain('Your Candor account has been deleted');
  });

  it('marks a message failed after the last attempt and keeps it for operators', async () => {
    await smtp.stop();
    const id = await mailer().send({ ...confirmation, to: 'margaret@example.com' });
    const start = Date.now();
    const at = (hours: number): Date => new Date(start + hours * 3_600_000);

    expect(await delivery().deliverDue(at(0))).toMatchObject({ retrying: 1 });
    expect(await delivery().deliverDue(at(1))).toMatchObject({ retrying: 1 });
    expect(await delivery().deliverDue(at(2))).toEqual({ sent: 0, retrying: 0, failed: 1 }); // MAIL_MAX_ATTEMPTS=3
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, recipient: 'margaret@example.com' });
    expect(failed.failed_at).toBeInstanceOf(Date);

    // No further attempts, even once the server is back.
    await smtp.start();
    expect(await delivery().deliverDue(at(48))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(0);
    expect(t.logs.text).toContain(`Mail ${id} (account-deleted) attempt 3 failed`);
    expect(t.logs.text).not.toContain('margaret@example.com');
  });

  it('fails at once when the server refuses the address for good', async () => {
    const id = await mailer().send({ ...confirmation, to: 'nobody@example.com' });
    expect(await delivery().deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await row(id)).last_error).toMatch(/550/);
    expect(t.logs.text).not.toContain('nobody@example.com');
  });
});

describe('the deletion confirmation (R2)', () => {
  async function deleteAccount(email: string, language = 'en'): Promise<void> {
    const agent = await signIn(t.origin, { name: 'Leaving', email });
    const token = await tokenFor(agent, '/settings/delete');
    await agent.post('/settings/delete').set('Accept-Language', language).type('form').send({ _csrf: token, confirmEmail: email }).expect(303);
  }

  it('reaches the person in their language at once, then the outbox forgets the address', async () => {
    await deleteAccount('leaving@example.com', 'ko-KR,ko;q=0.9,en;q=0.5');

    expect(smtp.messages).toHaveLength(1); // sent during the request, not left for the worker
    const mail = smtp.messages[0]!;
    expect(mail.envelopeTo).toEqual(['leaving@example.com']);
    expect(mail.header('subject')).toBe('Candor 계정이 삭제되었습니다');
    expect(mail.text).toContain('6개월');
    const rows = await db.query<OutboxRow>('select * from mail_outbox');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'sent', recipient: null, user_id: null });
    expect(await db.query(`select 1 from mail_outbox where concat_ws(' ', subject, text_body, html_body, headers::text) ilike '%leaving@example.com%'`)).toHaveLength(0);
  });

  it('when the server is down, keeps the address only until the confirmation is delivered', async () => {
    await smtp.stop();
    await deleteAccount('patient@example.com');
    const [pending] = await db.query<OutboxRow>('select * from mail_outbox');
    expect(pending).toMatchObject({ status: 'pending', attempts: 1, recipient: 'patient@example.com', user_id: null });

    await smtp.start();
    await delivery().deliverDue(new Date(Date.now() + 60_000));
    expect(smtp.messages.map((m) => m.envelopeTo)).toEqual([['patient@example.com']]);
    const [sent] = await db.query<OutboxRow>('select * from mail_outbox');
    expect(sent).toMatchObject({ status: 'sent', recipient: null });
  });
});

// Last in the file: a second app instance in this process replaces the first one's passport session
// strategy (passport's registry is process-wide), so sign-ins against the first fail after it.
describe('several instances', () => {
  it('delivers each message exactly once when two app instances run the worker at the same time', async () => {
    const second = await startTestApp(db.url, env);
    try {
      const recipients = Array.from({ length: 24 }, (_, i) => `person${i}@example.com`);
      for (const to of recipients) await mailer().send({ ...confirmation, to });

      const [a, b] = await Promise.all([delivery().deliverDue(), second.app.get(MailDelivery).deliverDue()]);

      expect(a.sent + b.sent).toBe(24);
      expect(a.sent).toBeGreaterThan(0); // both really worked…
      expect(b.sent).toBeGreaterThan(0);
      const received = smtp.messages.map((m) => m.envelopeTo[0]);
      expect(received).toHaveLength(24); // …and nobody got a message twice
      expect([...received].sort()).toEqual([...recipients].sort());
      expect(await db.query(`select 1 from mail_outbox where status <> 'sent'`)).toHaveLength(0);
    } finally {
      await second.close();
    }
  });
});
