import { expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.js';
import { signIn } from '../helpers/sign-in.js';

const ctx = useTestApp({ UPLOAD_RATE_LIMIT: '2', UPLOAD_RATE_WINDOW_MINUTES: '10' });

it('limits uploads and replacements per person, with a message in plain words', async () => {
  const agent = await signIn(ctx.t.origin, { name: 'Busy', email: 'busy@example.com' });
  const page = await agent.get('/documents').expect(200);
  const token = decodeURIComponent(/action="\/documents\?_csrf=([^"]+)"/.exec(page.text)![1]!);
  const upload = () =>
    agent.post(`/documents?_csrf=${encodeURIComponent(token)}`).set('Accept', 'text/html').field('category', 'portfolio').attach('file', Buffer.from('Portfolio\nProjects\n'), 'p.txt');
  expect((await upload()).status).toBe(303);
  expect((await upload()).status).toBe(303);
  const limited = await upload();
  expect(limited.status).toBe(429);
  expect(limited.text).toContain('You have uploaded a lot in a short time. Please wait a few minutes and try again.');
  expect(limited.text).not.toContain('ThrottlerException');
  expect(await ctx.db.query('select 1 from documents')).toHaveLength(2);

  // Someone else still has their own budget.
  const other = await signIn(ctx.t.origin, { name: 'Calm', email: 'calm@example.com' });
  const otherPage = await other.get('/documents').expect(200);
  const otherToken = decodeURIComponent(/action="\/documents\?_csrf=([^"]+)"/.exec(otherPage.text)![1]!);
  const fine = await other.post(`/documents?_csrf=${encodeURIComponent(otherToken)}`).field('category', 'portfolio').attach('file', Buffer.from('Portfolio\nProjects\n'), 'p.txt');
  expect(fine.status).toBe(303);
});
