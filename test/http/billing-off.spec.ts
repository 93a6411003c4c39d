import { describe, expect, it } from 'vitest';
import { QuotaService } from '../../src/modules/billing/index.js';
import { startInterview } from '../helpers/interview.js';
import { signIn } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

/** Without Stripe configured billing is off: no plans, no prices promised, no quotas, no webhook. */
const ctx = useTestApp();

describe('billing without Stripe configured', () => {
  it('has no pricing page and no webhook', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Free Rider', email: 'free@example.com' });
    await agent.get('/pricing').expect(404);
    expect((await agent.get('/').expect(200)).text).not.toContain('href="/pricing"');
    await agent.post('/billing/checkout').type('form').send({}).expect(403); // no CSRF token: refused before anything
    await agent.get('/billing/return').expect(404);
    const webhook = await agent.post('/billing/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', 't=1,v1=00').send('{"id":"evt_1"}');
    expect(webhook.status).toBe(404);
  });

  it('says so in Settings → Plan, with no limits shown', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Plan Reader', email: 'reader@example.com' });
    const page = await agent.get('/settings/plan').expect(200);
    expect(page.text).toContain('Billing isn&#39;t set up on this Candor server, so everything is available without limits.');
    expect(page.text).not.toContain('/pricing');
    expect(page.text).not.toContain('/billing/portal');
    // Forms may post only to Candor itself.
    expect(page.headers['content-security-policy']).toMatch(/(^|;)form-action 'self'(;|$)/);
  });

  it('counts and limits nothing', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Heavy User', email: 'heavy@example.com' });
    const [user] = await ctx.db.query<{ id: string }>("select id from users where email = 'heavy@example.com'");
    const quota = ctx.t.app.get(QuotaService);
    for (let i = 0; i < 50; i += 1) await quota.consume(user!.id, 'applications');
    await startInterview(agent);
    await startInterview(agent, { role: 'Data engineer' });
    expect(await ctx.db.query('select 1 from billing_usage')).toEqual([]);
  });
});
