import request from 'supertest';
import { expect, it } from 'vitest';
import { Mailer } from '../../src/platform/mail/index.js';
import { signIn, tokenFor } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

// Development and test mode without SMTP_URL: the outbox is the local mailbox. (Production: 404,
// see production-mode.spec.ts.)
const ctx = useTestApp();

it('lists the deletion confirmation after an account deletion, to anyone, newest first', async () => {
  await ctx.t.app.get(Mailer).send({ to: 'earlier@example.com', template: 'account-deleted', kind: 'transactional', locale: 'ko' });
  const agent = await signIn(ctx.t.origin, { name: 'Gone Soon', email: 'gone-soon@example.com' });
  const token = await tokenFor(agent, '/settings/delete');
  await agent.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'gone-soon@example.com' }).expect(303);

  // Public, like the development sign-in: the person is signed out (and gone) by now.
  const page = await request(ctx.t.origin).get('/dev/mailbox').expect(200);
  const english = page.text.indexOf('Your Candor account has been deleted');
  const korean = page.text.indexOf('Candor 계정이 삭제되었습니다');
  expect(english).toBeGreaterThan(0);
  expect(korean).toBeGreaterThan(english); // newest first
  expect(page.text).toContain('(address removed after delivery)');
  expect(page.text).not.toContain('gone-soon@example.com');
  expect(page.text).toContain('earlier@example.com');
});

it('shows one message with its text, and its HTML framed under a policy that allows no script', async () => {
  const id = await ctx.t.app.get(Mailer).send({
    to: 'reader@example.com',
    template: 'account-deleted',
    kind: 'marketing',
    unsubscribeUrl: 'https://candor.test/unsubscribe/xyz',
  });
  const page = await request(ctx.t.origin).get(`/dev/mailbox/${id}`).expect(200);
  expect(page.text).toContain('reader@example.com');
  expect(page.text).toContain('What we keep:'); // the text part, escaped into a <pre>
  expect(page.text).toContain('&lt;https://candor.test/unsubscribe/xyz&gt;'); // headers shown as text
  expect(page.text).toMatch(new RegExp(`<iframe class="mail-preview" sandbox src="/dev/mailbox/${id}/html"`));
  expect(page.headers['content-security-policy']).toContain("script-src 'self'"); // the page keeps the app's policy

  const html = await request(ctx.t.origin).get(`/dev/mailbox/${id}/html`).expect(200);
  expect(html.headers['content-type']).toMatch(/^text\/html/);
  expect(html.text).toContain('<h1 style="font-size:18px;margin:0 0 12px">Your Candor account has been deleted</h1>');
  const policy = html.headers['content-security-policy'] as string;
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain('sandbox');
  expect(policy).toContain("frame-ancestors 'self'");
  expect(policy).not.toMatch(/script-src/); // falls back to default-src 'none'

  await request(ctx.t.origin).get('/dev/mailbox/00000000-0000-4000-8000-000000000000').set('Accept', 'text/html').expect(404);
  await request(ctx.t.origin).get('/dev/mailbox/not-an-id').set('Accept', 'text/html').expect(400);
});
