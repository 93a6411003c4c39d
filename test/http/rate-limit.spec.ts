import request from 'supertest';
import { expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.js';

const ctx = useTestApp({ SIGN_IN_RATE_LIMIT: '3' });

it('limits how often sign-in can be started from one address', async () => {
  for (let i = 0; i < 3; i++) await request(ctx.t.origin).get('/auth/start').expect(303);
  const limited = await request(ctx.t.origin).get('/auth/start').set('Accept', 'text/html').expect(429);
  expect(limited.text).toContain('Too many attempts');
  // Other pages are unaffected.
  await request(ctx.t.origin).get('/').expect(200);
});

it('explains the limit in plain words, also to htmx, never naming the exception', async () => {
  const page = await request(ctx.t.origin).get('/auth/start').set('Accept', 'text/html').expect(429);
  expect(page.text).toContain('Please wait a minute, then try again.');
  expect(page.text).not.toContain('ThrottlerException');
  const fragment = await request(ctx.t.origin).get('/auth/start').set('HX-Request', 'true').expect(429);
  expect(fragment.text).toContain('Please wait a minute, then try again.');
  expect(fragment.text).not.toContain('ThrottlerException');
  const api = await request(ctx.t.origin).get('/auth/start').set('Accept', 'application/json').expect(429);
  expect(api.body.message).not.toContain('ThrottlerException');
});
