import type request from 'supertest';
import { expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.js';
import { signIn } from '../helpers/sign-in.js';

const ctx = useTestApp({ UPLOAD_MAX_MB: '1' });

it('applies the configured upload limit and says what it is', async () => {
  const agent = await signIn(ctx.t.origin, { name: 'Limit', email: 'limit@example.com' });
  const page = await agent.get('/documents').expect(200);
  expect(page.text).toContain('up to 1 MB');
  const token = decodeURIComponent(/action="\/documents\?_csrf=([^"]+)"/.exec(page.text)![1]!);
  const res = await agent
    .post(`/documents?_csrf=${encodeURIComponent(token)}`)
    .field('category', 'resume')
    .attach('file', Buffer.alloc(1024 * 1024 + 10, 0x61), 'big.txt')
    .catch((error: { response?: request.Response }) => error.response);
  if (res) {
    expect(res.status).toBe(413);
    expect(res.text).toContain('Files can be at most 1 MB');
  }
  expect(await ctx.db.query('select 1 from documents')).toHaveLength(0);
  // Just under the limit is fine.
  const ok = await agent
    .post(`/documents?_csrf=${encodeURIComponent(token)}`)
    .field('category', 'portfolio')
    .attach('file', Buffer.from('Portfolio\n'.repeat(100_000)), 'portfolio.txt');
  expect(ok.status).toBe(303);
});
