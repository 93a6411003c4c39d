import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuotaExceededError, QuotaService } from '../../src/modules/billing/index.js';
import { FakeStripe, type FakeSubscription } from '../helpers/fake-stripe-server.js';
import { binary, csrfFrom, signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';
import { startAnalysis, uploadFixture } from '../helpers/analysis.js';
import { sendRecording, startInterview } from '../helpers/interview.js';
import { speechToolsAvailable } from '../helpers/speech.js';
import { htmlLang, latinShare } from '../helpers/visible-text.js';

/**
 * Billing end to end against a local server speaking Stripe's REST API (the app's real stripe-node
 * client is pointed at it), with webhooks signed the way Stripe signs them.
 */
const env: Record<string, string> = {};
let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await FakeStripe.start();
  Object.assign(env, stripe.env({ FREE_ANALYSES_PER_MONTH: '1', FREE_INTERVIEWS_PER_MONTH: '1', FREE_APPLICATIONS_PER_DAY: '3', FREE_VOICE_MINUTES_PER_MONTH: '1', BILLING_GRACE_DAYS: '7', SIGN_IN_RATE_LIMIT: '500' }));
});
afterAll(async () => {
  await stripe.close();
});
const ctx = useTestApp(env);

interface Subscriber {
  agent: Agent;
  userId: string;
  accountId: string;
  subscription: FakeSubscription;
}

let people = 0;
async function person(): Promise<{ agent: Agent; userId: string; email: string }> {
  people += 1;
  const email = `payer${people}@example.com`;
  const agent = await signIn(ctx.t.origin, { name: `Payer ${people}`, email });
  const [row] = await ctx.db.query<{ id: string }>('select id from users where email = $1', [email]);
  return { agent, userId: row!.id, email };
}

/** Upgrade through Checkout: POST → 303 to Stripe, "pay" at the fake, return; Pro only after the webhook. */
async function upgrade(agent: Agent, userId: string, interval: 'month' | 'year' = 'month'): Promise<Subscriber> {
  const token = await tokenFor(agent, '/pricing');
  const res = await agent.post('/billing/checkout').type('form').send({ _csrf: token, interval }).expect(303);
  expect(res.headers.location).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/);
  const sessionId = /cs_test_\w+/.exec(res.headers.location as string)![0];
  const { session, subscription } = stripe.completeCheckout(sessionId);
  await stripe.deliver(ctx.t.origin, stripe.event('checkout.session.completed', session)).expect(200);
  const [account] = await ctx.db.query<{ id: string }>('select id from billing_accounts where user_id = $1', [userId]);
  return { agent, userId, accountId: account!.id, subscription };
}

async function accountRow(userId: string): Promise<Record<string, unknown>> {
  const [row] = await ctx.db.query('select * from billing_accounts where user_id = $1', [userId]);
  return row!;
}

describe('upgrading through Stripe Checkout', () => {
  it('shows the plans, sends the browser to Checkout with Candor\'s account id, and grants Pro only from the signed webhook', async () => {
    const { agent, userId } = await person();
    // Every page's footer leads to the plans while billing is on.
    expect((await agent.get('/dashboard').expect(200)).text).toContain('href="/pricing"');
    const pricing = await agent.get('/pricing').expect(200);
    expect(pricing.text).toContain('$12.00 a month');
    expect(pricing.text).toContain('1 analysis a month');
    expect(pricing.text).toContain('action="/billing/checkout"');
    expect(pricing.text).not.toMatch(/card-?number|cvc|autocomplete="cc-/i);
    // The CSP lets a form's redirect go to Stripe Checkout and the portal, and nowhere else.
    expect(pricing.headers['content-security-policy']).toMatch(/(^|;)form-action 'self' https:\/\/checkout\.stripe\.com https:\/\/billing\.stripe\.com(;|$)/);

    const token = csrfFrom(pricing.text);
    const res = await agent.post('/billing/checkout').type('form').send({ _csrf: token, interval: 'year' }).expect(303);
    const session = stripe.latestSession();
    expect(res.headers.location).toBe(session.url);
    const account = await accountRow(userId);
    expect(session).toMatchObject({
      mode: 'subscription',
      client_reference_id: account.id,
      metadata: { candor_account: account.id },
      subscription_data: { metadata: { candor_account: account.id } },
      customer: account.stripe_customer_id,
      line_items: [{ price: 'price_pro_yearly', quantity: '1' }],
    });
    expect(session.success_url).toBe(`${ctx.t.origin}/billing/return?session_id={CHECKOUT_SESSION_ID}`);
    expect(session.cancel_url).toBe(`${ctx.t.origin}/pricing?checkout=cancelled`);
    // Every call to Stripe carries the pinned API version.
    expect(new Set(stripe.requests.map((r) => r.apiVersion))).toEqual(new Set(['2026-10-28.endive']));

    // Paid at Stripe, back on the success URL — but no webhook yet: still confirming, still Free.
    const { session: paid } = stripe.completeCheckout(session.id as string);
    const returned = await agent.get(`/billing/return?session_id=${session.id as string}`).expect(200);
    expect(returned.text).toContain('confirming your payment');
    expect(returned.text).toContain('hx-trigger="every 2s"');
    expect(returned.text).toContain('href="/billing/return"');
    const poll = await agent.get('/billing/return').set('HX-Request', 'true').expect(200);
    expect(poll.text).not.toContain('<html');
    expect(poll.text).toContain('id="payment-confirming"');
    expect((await agent.get('/settings/plan').expect(200)).text).toContain('on the Free plan');

    await stripe.deliver(ctx.t.origin, stripe.event('checkout.session.completed', paid)).expect(200);
    const confirmedPoll = await agent.get('/billing/return').set('HX-Request', 'true').expect(200);
    expect(confirmedPoll.headers['hx-refresh']).toBe('true');
    expect((await agent.get('/billing/return').expect(200)).text).toContain('Welcome to Pro');
    const plan = await agent.get('/settings/plan').expect(200);
    expect(plan.text).toContain('on the Pro plan');
    expect(plan.text).toContain('Billed yearly.');
    expect(plan.text).toMatch(/Renews on \d{1,2} \w{3} \d{4}/);
    expect(plan.text).toContain('Plan changed from Free to Pro');
    expect(await accountRow(userId)).toMatchObject({ subscription_status: 'active', interval: 'year' });
  });

  it('opens the customer portal with one click from Settings → Plan', async () => {
    const { agent, userId } = await person();
    await upgrade(agent, userId);
    const settings = await agent.get('/settings').expect(200);
    expect(settings.text).toContain('href="/settings/plan"');
    const plan = await agent.get('/settings/plan').expect(200);
    const res = await agent.post('/billing/portal').type('form').send({ _csrf: csrfFrom(plan.text) }).expect(303);
    expect(res.headers.location).toMatch(/^https:\/\/billing\.stripe\.com\/p\/session\/bps_/);
    const call = stripe.requests.filter((r) => r.path === '/v1/billing_portal/sessions').at(-1)!;
    expect(call.params).toMatchObject({ customer: (await accountRow(userId)).stripe_customer_id, return_url: `${ctx.t.origin}/settings/plan` });
  });

  it('makes one Stripe customer however often someone clicks Upgrade', async () => {
    const { agent, userId } = await person();
    const token = await tokenFor(agent, '/pricing');
    await Promise.all([1, 2, 3].map(() => agent.post('/billing/checkout').type('form').send({ _csrf: token, interval: 'month' }).expect(303)));
    const account = await accountRow(userId);
    const sessions = [...stripe.sessions.values()].filter((s) => s.client_reference_id === account.id);
    expect(sessions).toHaveLength(3);
    expect(new Set(sessions.map((s) => s.customer))).toEqual(new Set([account.stripe_customer_id]));
  });

  it('does not start a second subscription for someone already on Pro', async () => {
    const { agent, userId } = await person();
    await upgrade(agent, userId);
    const before = stripe.sessions.size;
    const res = await agent.post('/billing/checkout').type('form').send({ _csrf: await tokenFor(agent, '/pricing'), interval: 'month' }).expect(303);
    expect(res.headers.location).toBe('/settings/plan');
    expect(stripe.sessions.size).toBe(before);
  });
});

describe('webhooks', () => {
  it('applies a redelivered event once, also when deliveries arrive at the same moment', async () => {
    const { agent, userId } = await person();
    const { subscription, accountId } = await upgrade(agent, userId);
    const paid = stripe.event('invoice.paid', stripe.invoiceObject(subscription, 'paid'));
    const first = await stripe.deliver(ctx.t.origin, paid).expect(200);
    const again = await stripe.deliver(ctx.t.origin, paid).expect(200);
    expect([first.body.outcome, again.body.outcome]).toEqual(['applied', 'duplicate']);

    const concurrent = stripe.event('invoice.paid', stripe.invoiceObject(subscription, 'paid'));
    const answers = await Promise.all(Array.from({ length: 6 }, () => stripe.deliver(ctx.t.origin, concurrent)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(answers.filter((a) => a.body.outcome === 'applied')).toHaveLength(1);
    const invoices = await ctx.db.query("select stripe_invoice_id from billing_history where account_id = $1 and kind = 'invoice_paid'", [accountId]);
    expect(invoices).toHaveLength(2);
    expect(await ctx.db.query('select id from billing_stripe_events where id = any($1)', [[paid.id, concurrent.id]])).toHaveLength(2);
  });

  it('is safe out of order: `updated` before `created` leaves the state Stripe has now', async () => {
    const { agent, userId } = await person();
    const token = await tokenFor(agent, '/pricing');
    const res = await agent.post('/billing/checkout').type('form').send({ _csrf: token, interval: 'month' }).expect(303);
    const { subscription } = stripe.completeCheckout(/cs_test_\w+/.exec(res.headers.location as string)![0], 'incomplete');
    const createdSnapshot = stripe.subscriptionObject(subscription); // status incomplete, when it was created
    subscription.status = 'active';
    const updatedSnapshot = stripe.subscriptionObject(subscription);
    await stripe.deliver(ctx.t.origin, stripe.event('customer.subscription.updated', updatedSnapshot)).expect(200);
    expect(await accountRow(userId)).toMatchObject({ subscription_status: 'active', stripe_subscription_id: subscription.id });
    // The older `created` arrives last, saying "incomplete": the subscription is re-read, so Pro stays.
    await stripe.deliver(ctx.t.origin, stripe.event('customer.subscription.created', createdSnapshot)).expect(200);
    expect(await accountRow(userId)).toMatchObject({ subscription_status: 'active' });
    expect((await agent.get('/settings/plan').expect(200)).text).toContain('on the Pro plan');
  });

  it('rejects a missing, tampered or expired signature with 400 and changes nothing', async () => {
    const { agent, userId } = await person();
    const { subscription, accountId } = await upgrade(agent, userId);
    subscription.status = 'canceled';
    const event = stripe.event('customer.subscription.deleted', stripe.subscriptionObject(subscription));
    await stripe.deliver(ctx.t.origin, event, { signature: null }).expect(400);
    await stripe.deliver(ctx.t.origin, event, { tamper: (p) => p.replace(accountId, accountId.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))) }).expect(400);
    await stripe.deliver(ctx.t.origin, event, { tamper: (p) => p.replace('"livemode":false', '"livemode":true') }).expect(400);
    await stripe.deliver(ctx.t.origin, event, { timestamp: Math.floor(Date.now() / 1000) - 600 }).expect(400);
    await stripe.deliver(ctx.t.origin, event, { signature: 't=1,v1=deadbeef' }).expect(400);
    expect(await ctx.db.query('select 1 from billing_stripe_events where id = $1', [event.id])).toHaveLength(0);
    expect(await accountRow(userId)).toMatchObject({ subscription_status: 'active' });
    // The same event, correctly signed, is then applied.
    await stripe.deliver(ctx.t.origin, event).expect(200);
    expect(await accountRow(userId)).toMatchObject({ subscription_status: 'canceled' });
  });

  it('answers 5xx while Stripe cannot be reached, so Stripe retries, and applies the retry', async () => {
    const { agent, userId } = await person();
    const { subscription } = await upgrade(agent, userId);
    subscription.status = 'canceled';
    const event = stripe.event('customer.subscription.deleted', stripe.subscriptionObject(subscription));
    stripe.down = true;
    try {
      const failed = await stripe.deliver(ctx.t.origin, event);
      expect(failed.status).toBeGreaterThanOrEqual(500);
    } finally {
      stripe.down = false;
    }
    expect(await ctx.db.query('select 1 from billing_stripe_events where id = $1', [event.id])).toHaveLength(0);
    expect(await accountRow(userId)).toMatchObject({ subscription_status: 'active' });
    expect((await stripe.deliver(ctx.t.origin, event).expect(200)).body.outcome).toBe('applied');
    expect(await accountRow(userId)).toMatchObject({ subscription_status: 'canceled' });
  });

  it('ignores unknown event types with 200 and logs ids only', async () => {
    const event = stripe.event('customer.tax_id.created', { id: 'txi_secret', object: 'tax_id', value: 'DE123456789', customer: 'cus_x' });
    const res = await stripe.deliver(ctx.t.origin, event).expect(200);
    expect(res.body.outcome).toBe('ignored');
    expect(ctx.t.logs.text).toContain(event.id as string);
    expect(ctx.t.logs.text).not.toContain('DE123456789');
  });

  it('never links an event to an account by email', async () => {
    const { agent, userId, email } = await person();
    await upgrade(agent, userId);
    const stranger = await person();
    // A subscription of an unknown customer that names the stranger's email: it changes nobody.
    const foreign: FakeSubscription = { id: 'sub_foreign', customer: 'cus_unknown', status: 'active', interval: 'month', price: 'price_pro_monthly', currentPeriodEnd: 2_000_000_000, cancelAtPeriodEnd: false, metadata: { email: stranger.email } };
    stripe.subscriptions.set(foreign.id, foreign);
    const res = await stripe.deliver(ctx.t.origin, stripe.event('customer.subscription.created', { ...stripe.subscriptionObject(foreign), customer_email: email })).expect(200);
    expect(res.body.outcome).toBe('ignored');
    expect(await ctx.db.query('select 1 from billing_accounts where user_id = $1', [stranger.userId])).toHaveLength(0);
  });
});

describe('payment failure, recovery and cancellation', () => {
  it('keeps Pro through a grace period after a failed renewal, emails once, and clears it when paid', async () => {
    const { agent, userId } = await person();
    const { subscription, accountId } = await upgrade(agent, userId);
    subscription.status = 'past_due';
    await stripe.deliver(ctx.t.origin, stripe.event('invoice.payment_failed', stripe.invoiceObject(subscription, 'failed'))).expect(200);
    const row = await accountRow(userId);
    expect(row.subscription_status).toBe('past_due');
    const graceDays = ((row.grace_until as Date).getTime() - Date.now()) / 86_400_000;
    expect(graceDays).toBeGreaterThan(6.9);
    expect(graceDays).toBeLessThanOrEqual(7);
    const plan = await agent.get('/settings/plan').expect(200);
    expect(plan.text).toContain('on the Pro plan');
    expect(plan.text).toContain("Your last payment didn&#39;t go through");
    // Stripe retries and fails again: still one message.
    await stripe.deliver(ctx.t.origin, stripe.event('invoice.payment_failed', stripe.invoiceObject(subscription, 'failed'))).expect(200);
    const mail = await ctx.db.query<{ template: string; subject: string; text_body: string }>('select template, subject, text_body from mail_outbox where user_id = $1', [userId]);
    expect(mail.map((m) => m.template)).toEqual(['billing-payment-failed']);
    expect(mail[0]!.subject).toBe("Your Candor Pro payment didn't go through");
    expect(mail[0]!.text_body).toContain(`${ctx.t.origin}/settings/plan`);

    subscription.status = 'active';
    await stripe.deliver(ctx.t.origin, stripe.event('invoice.paid', stripe.invoiceObject(subscription, 'paid'))).expect(200);
    expect(await accountRow(userId)).toMatchObject({ subscription_status: 'active', grace_until: null });
    const history = await ctx.db.query<{ kind: string; hosted_invoice_url: string }>('select kind, hosted_invoice_url from billing_history where account_id = $1 order by at', [accountId]);
    expect(history.map((h) => h.kind)).toEqual(['plan_changed', 'invoice_payment_failed', 'invoice_payment_failed', 'invoice_paid']);
    expect(history[3]!.hosted_invoice_url).toMatch(/^https:\/\/invoice\.stripe\.com\//);
    const page = await agent.get('/settings/plan').expect(200);
    expect(page.text).toContain('Payment received: US$12.00');
    expect(page.text).toContain('href="https://invoice.stripe.com/');
  });

  it('moves to Free when the grace period runs out', async () => {
    const { agent, userId } = await person();
    const { subscription } = await upgrade(agent, userId);
    subscription.status = 'past_due';
    await stripe.deliver(ctx.t.origin, stripe.event('invoice.payment_failed', stripe.invoiceObject(subscription, 'failed'))).expect(200);
    await ctx.db.query("update billing_accounts set grace_until = now() - interval '1 minute' where user_id = $1", [userId]);
    expect((await agent.get('/settings/plan').expect(200)).text).toContain('on the Free plan');
  });

  it('returns to Free when the subscription is cancelled in the portal', async () => {
    const { agent, userId } = await person();
    const { subscription, accountId } = await upgrade(agent, userId);
    subscription.cancelAtPeriodEnd = true;
    await stripe.deliver(ctx.t.origin, stripe.event('customer.subscription.updated', stripe.subscriptionObject(subscription))).expect(200);
    expect((await agent.get('/settings/plan').expect(200)).text).toMatch(/Ends on \d{1,2} \w{3} \d{4}/);
    subscription.status = 'canceled';
    await stripe.deliver(ctx.t.origin, stripe.event('customer.subscription.deleted', stripe.subscriptionObject(subscription))).expect(200);
    expect((await agent.get('/settings/plan').expect(200)).text).toContain('on the Free plan');
    const changes = await ctx.db.query<{ from_plan: string; to_plan: string }>("select from_plan, to_plan from billing_history where account_id = $1 and kind = 'plan_changed' order by at", [accountId]);
    expect(changes).toEqual([{ from_plan: 'free', to_plan: 'pro' }, { from_plan: 'pro', to_plan: 'free' }]);
  });
});

describe('quotas', () => {
  it('holds a limit under concurrent use: exactly the allowance succeeds', async () => {
    const { userId } = await person();
    const quota = ctx.t.app.get(QuotaService);
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => quota.consume(userId, 'applications')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(QuotaExceededError);
    expect((refused.reason as QuotaExceededError).reached).toMatchObject({ kind: 'applications', plan: 'free', limit: 3, used: 3, remaining: 0 });
    expect(await ctx.db.query('select used from billing_usage where user_id = $1', [userId])).toEqual([{ used: 3 }]);
  });

  it('refuses the interview beyond the monthly allowance with a clear page and creates nothing', async () => {
    const { agent, userId } = await person();
    const first = csrfFrom((await agent.get('/interviews').expect(200)).text);
    await agent.post('/interviews').type('form').send({ _csrf: first, role: 'Frontend engineer', kind: 'behavioral', length: '3' }).expect(303);
    const token = csrfFrom((await agent.get('/interviews').expect(200)).text);
    const refused = await agent.post('/interviews').type('form').send({ _csrf: token, role: 'Backend engineer', kind: 'technical', length: '3' }).expect(402);
    expect(refused.text).toContain('Your plan includes 1 practice interviews a month');
    expect(refused.text).toContain('Left this period: 0.');
    expect(refused.text).toMatch(/renews on \d{1,2} \w{3} \d{4}/);
    expect(refused.text).toContain('href="/pricing"');
    expect(await ctx.db.query('select role from interviews where owner_id = $1', [userId])).toEqual([{ role: 'Frontend engineer' }]);
    const plan = await agent.get('/settings/plan').expect(200);
    expect(plan.text).toContain('1 of 1');
  });

  it('refuses the analysis beyond the monthly allowance and queues nothing', async () => {
    const { agent, userId } = await person();
    const documentId = await uploadFixture(agent, 'alex-morgan.single-column.pdf');
    await startAnalysis(agent, documentId);
    const token = csrfFrom((await agent.get(`/documents/${documentId}`).expect(200)).text);
    const refused = await agent.post(`/documents/${documentId}/analyses`).type('form').send({ _csrf: token, job: 'Backend engineer\nGo, PostgreSQL' }).expect(402);
    expect(refused.text).toContain('Your plan includes 1 analyses a month');
    expect(refused.text).toContain('href="/pricing"');
    expect(await ctx.db.query('select 1 from analyses where owner_id = $1', [userId])).toHaveLength(1);
    expect(await ctx.db.query("select used from billing_usage where user_id = $1 and kind = 'analyses'", [userId])).toEqual([{ used: 1 }]);
  });

  it('takes transcription minutes before the engine runs: a recording longer than what is left is refused untouched', async ({ skip }) => {
    if (!(await speechToolsAvailable())) return skip();
    const { agent, userId } = await person();
    const interviewId = await startInterview(agent);
    const { res } = await sendRecording(agent, interviewId, silentWav(61));
    expect(res.status).toBe(402);
    expect(res.body.message).toContain('1 minutes of voice transcription a month');
    expect(res.body.message).toContain('Left this month: 1 min 0 s.');
    expect(await ctx.db.query("select used from billing_usage where user_id = $1 and kind = 'voice_seconds'", [userId])).toEqual([]);
    const short = await sendRecording(agent, interviewId, silentWav(2));
    expect(short.res.status).toBe(200);
    expect(await ctx.db.query("select used from billing_usage where user_id = $1 and kind = 'voice_seconds'", [userId])).toEqual([{ used: 2 }]);
  });

  it('lifts the limits on Pro', async () => {
    const { agent, userId } = await person();
    await upgrade(agent, userId);
    for (const role of ['Designer', 'Data analyst']) {
      const token = csrfFrom((await agent.get('/interviews').expect(200)).text);
      await agent.post('/interviews').type('form').send({ _csrf: token, role, kind: 'behavioral', length: '3' }).expect(303);
    }
    expect((await agent.get('/settings/plan').expect(200)).text).toContain('2 (unlimited)');
  });

  it('says the same in Korean, with the date in Korean', async () => {
    const { agent } = await person();
    const token = csrfFrom((await agent.get('/interviews').expect(200)).text);
    await agent.post('/interviews').type('form').send({ _csrf: token, role: 'PM', kind: 'behavioral', length: '3' }).expect(303);
    const again = csrfFrom((await agent.get('/interviews').expect(200)).text);
    const refused = await agent.post('/interviews?lang=ko').type('form').send({ _csrf: again, role: 'PM', kind: 'mixed', length: '3' }).expect(402);
    expect(refused.text).toContain('lang="ko"');
    expect(refused.text).toContain('매월 면접 연습을 1회');
    expect(refused.text).toMatch(/\d{4}\. \d{2}\. \d{2}\.에 다시 채워져요/);
  });
});

describe('data rights', () => {
  it('exports the billing history with Stripe\'s invoice links', async () => {
    const { agent, userId } = await person();
    const { subscription } = await upgrade(agent, userId);
    await stripe.deliver(ctx.t.origin, stripe.event('invoice.paid', stripe.invoiceObject(subscription, 'paid'))).expect(200);
    const zip = await agent.get('/settings/export').buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(zip.body as Buffer));
    const history = JSON.parse(strFromU8(files['billing/history.json']!)) as { kind: string; invoice?: { link: string } }[];
    expect(history.map((h) => h.kind)).toEqual(['plan_changed', 'invoice_paid']);
    expect(history[1]!.invoice!.link).toMatch(/^https:\/\/invoice\.stripe\.com\//);
    expect(JSON.parse(strFromU8(files['billing/plan.json']!))).toMatchObject({ plan: 'pro', subscriptionStatus: 'active' });
  });

  it('cancels the subscription and deletes the Stripe customer when the account is deleted', async () => {
    const { agent, userId, email } = await person();
    const { subscription } = await upgrade(agent, userId);
    const customerId = (await accountRow(userId)).stripe_customer_id as string;
    const token = await tokenFor(agent, '/settings');
    await agent.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: email }).expect(303);
    expect(stripe.subscriptions.get(subscription.id)!.status).toBe('canceled');
    expect(stripe.customers.get(customerId)!.deleted).toBe(true);
    expect(stripe.requests.some((r) => r.method === 'DELETE' && r.path === `/v1/subscriptions/${subscription.id}`)).toBe(true);
    expect(await ctx.db.query('select 1 from billing_accounts where user_id = $1', [userId])).toHaveLength(0);
    expect(await ctx.db.query('select 1 from users where id = $1', [userId])).toHaveLength(0);
  });

  it('erases nothing while Stripe cannot be reached, so nobody is charged for a deleted account', async () => {
    const { agent, userId, email } = await person();
    await upgrade(agent, userId);
    const token = await tokenFor(agent, '/settings');
    stripe.down = true;
    try {
      await agent.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: email }).expect(503);
    } finally {
      stripe.down = false;
    }
    expect(await ctx.db.query('select 1 from users where id = $1', [userId])).toHaveLength(1);
    expect(await accountRow(userId)).toMatchObject({ subscription_status: 'active' });
  });
});

describe('in Korean', () => {
  it('shows the pricing and plan pages in Korean', async () => {
    const { agent, userId } = await person();
    await upgrade(agent, userId);
    for (const path of ['/pricing?lang=ko', '/settings/plan?lang=ko', '/billing/return?lang=ko']) {
      const page = await agent.get(path).expect(200);
      expect(htmlLang(page.text), path).toBe('ko');
      expect(latinShare(page.text), path).toBeLessThan(0.12);
    }
    const plan = await agent.get('/settings/plan?lang=ko').expect(200);
    expect(plan.text).toContain('지금 프로 요금제를 쓰고 있어요.');
    expect(plan.text).toMatch(/\d{4}\. \d{2}\. \d{2}\.에 갱신돼요/);
  });
});

describe('what is logged', () => {
  it('logs ids and outcomes of payments, never addresses, amounts or invoice links', () => {
    const text = ctx.t.logs.text;
    expect(text).toMatch(/Stripe event evt_\w+ \(invoice\.paid\): applied/);
    expect(text).not.toMatch(/payer\d+@example\.com/);
    expect(text).not.toContain('invoice.stripe.com');
  });
});

/** `seconds` of silence as a 16 kHz mono 16-bit WAV, as the recorder uploads it. */
function silentWav(seconds: number): Buffer {
  const rate = 16_000;
  const data = seconds * rate * 2;
  const wav = Buffer.alloc(44 + data);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + data, 4);
  wav.write('WAVE', 8);
  wav.write('fmt ', 12);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(data, 40);
  return wav;
}
