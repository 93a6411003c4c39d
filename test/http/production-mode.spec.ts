import request from 'supertest';
import { expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.js';

const ctx = useTestApp({
    NODE_ENV: 'production',
    APP_URL: 'https://candor.example',
    GOOGLE_CLIENT_ID: 'test-client',
    GOOGLE_CLIENT_SECRET: 'test-secret',
    DATABASE_SSL: 'off', // the local test server has no TLS; production defaults to require
    SMTP_URL: 'smtps://candor:secret@mail.candor.example', // never contacted: no mail is sent here
    MAIL_FROM: 'Candor <no-reply@candor.example>',
  });

it('sends HSTS and upgrades insecure requests (H3)', async () => {
  const res = await request(ctx.t.origin).get('/').expect(200);
  expect(res.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains; preload');
  expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
});

it('uses __Host- prefixed Secure cookies', async () => {
  const res = await request(ctx.t.origin).get('/').expect(200);
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const csrf = cookies.find((c) => c.startsWith('__Host-candor.csrf='));
  expect(csrf).toMatch(/; Secure/);
  expect(csrf).toMatch(/; Path=\//);
});

it('never serves the development identity provider', async () => {
  await request(ctx.t.origin).get('/dev-oidc/.well-known/openid-configuration').expect(404);
  await request(ctx.t.origin).get('/dev-sign-in/anything').set('Accept', 'text/html').expect(404);
});

it('never serves the local mailbox', async () => {
  await request(ctx.t.origin).get('/dev/mailbox').set('Accept', 'text/html').expect(404);
  await request(ctx.t.origin).get('/dev/mailbox/00000000-0000-4000-8000-000000000000').expect(404);
  await request(ctx.t.origin).get('/dev/mailbox/00000000-0000-4000-8000-000000000000/html').expect(404);
});

it('builds redirect URIs from APP_URL', async () => {
  const page = await request(ctx.t.origin).get('/auth/sign-in').expect(200);
  expect(page.text).toContain('Sign in with Google');
});
