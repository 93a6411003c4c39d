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
