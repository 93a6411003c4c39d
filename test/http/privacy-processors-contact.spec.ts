import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { csrfFrom } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

// P2: the processors list is derived from the running configuration. Here Candor is configured with
// Gemini, an SMTP relay and a named host; local storage and PocketSphinx run on our own servers.
const ctx = useTestApp({
  AI_PROVIDER: 'gemini',
  GEMINI_API_KEY: 'test-key-not-used',
  SMTP_URL: 'smtp://relay-user:relay-secret@smtp.mailer.example:587',
  HOSTING_PROVIDER: 'Example Cloud Korea',
  HOSTING_LOCATION: 'Seoul, Korea',
  PRIVACY_OFFICER_NAME: 'Jiwoo Han',
  PRIVACY_OFFICER_EMAIL: 'dpo@candor.example',
});

describe('processors on the privacy page (P2)', () => {
  it('lists exactly the processors the configuration uses, without credentials', async () => {
    const page = await request(ctx.t.origin).get('/privacy').expect(200);
    const areas = [...page.text.matchAll(/<tr data-area="(\w+)">/g)].map((m) => m[1]);
    expect(areas).toEqual(['hosting', 'ai', 'email']);
    expect(page.text).toContain('Example Cloud Korea');
    expect(page.text).toContain('Seoul, Korea');
    expect(page.text).toContain('Google (Gemini API)');
    expect(page.text).toContain('smtp.mailer.example');
    expect(page.text).not.toContain('relay-secret');
    expect(page.text).not.toContain('relay-user');
    // Not configured, so not listed as in use: said plainly instead.
    expect(page.text).toContain('Candor uses no outside processor for:');
    for (const area of ['File storage', 'Speech to text', 'Analytics', 'Advertising', 'Payments']) expect(page.text).toContain(`<li>${area}</li>`);
  });

  it('is in Korean for Korean readers', async () => {
    const page = await request(ctx.t.origin).get('/privacy?lang=ko').expect(200);
    expect(page.text).toContain('개인정보 처리 위탁');
    expect(page.text).toContain('수탁자');
  });
});

describe('privacy contact', () => {
  it('names the officer and the 30-day reply, and the form reaches the officer', async () => {
    const visitor = request.agent(ctx.t.origin);
    const page = await visitor.get('/privacy/contact').expect(200);
    expect(page.text).toContain('Jiwoo Han');
    expect(page.text).toContain('mailto:dpo@candor.example');
    expect(page.text).toContain('We answer within 30 days');

    const invalid = await visitor.post('/privacy/contact').type('form').send({ _csrf: csrfFrom(page.text), replyTo: 'nope', message: 'hi' }).expect(422);
    expect(invalid.text).toContain('Enter an email address we can answer.');

    await visitor
      .post('/privacy/contact')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), replyTo: 'candidate@example.com', message: 'Which of my data do you send to Gemini?' })
      .expect(303);
    const [stored] = await ctx.db.query<{ reply_to: string; message: string; received_at: Date; reply_due_at: Date }>(`select * from privacy_contact_messages`);
    expect(stored).toMatchObject({ reply_to: 'candidate@example.com', message: 'Which of my data do you send to Gemini?' });
    expect(stored!.reply_due_at.getTime() - stored!.received_at.getTime()).toBe(30 * 86_400_000);
    const [mail] = await ctx.db.query<{ recipient: string; text_body: string }>(`select recipient, text_body from mail_outbox where template = 'privacy-contact'`);
    expect(mail!.recipient).toBe('dpo@candor.example');
    expect(mail!.text_body).toContain('Which of my data do you send to Gemini?');
    expect(mail!.text_body).toContain('candidate@example.com');
  });
});
