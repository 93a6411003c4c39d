import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import request from 'supertest';

/**
 * A local HTTP server speaking the parts of Stripe's REST API Candor uses (customers, Checkout
 * Sessions, billing portal sessions, subscriptions retrieve/cancel, customers delete, prices), so
 * the app's real stripe-node client runs against it through STRIPE_API_URL. Tests drive what
 * "happens at Stripe" (a paid checkout, a failed renewal, a cancellation) with the methods below and
 * deliver webhook events signed exactly as Stripe signs them.
 */
export const FAKE_STRIPE_SECRET_KEY = 'sk_test_candor_fake';
export const FAKE_WEBHOOK_SECRET = 'whsec_candor_fake_secret';
export const PRICE_MONTHLY = 'price_pro_monthly';
export const PRICE_YEARLY = 'price_pro_yearly';

type Json = Record<string, unknown>;

export interface RecordedRequest {
  method: string;
  path: string;
  params: Json;
  idempotencyKey: string | undefined;
  apiVersion: string | undefined;
}

export interface FakeSubscription {
  id: string;
  customer: string;
  status: string;
  interval: 'month' | 'year';
  price: string;
  currentPeriodEnd: number;
  cancelAtPeriodEnd: boolean;
  metadata: Record<string, string>;
}

export class FakeStripe {
  readonly requests: RecordedRequest[] = [];
  readonly customers = new Map<string, { id: string; metadata: Json; deleted: boolean }>();
  readonly sessions = new Map<string, Json>();
  readonly subscriptions = new Map<string, FakeSubscription>();
  /** While true every API call answers 500, as during an outage. */
  down = false;
  private readonly idempotent = new Map<string, Json>();
  private readonly signer = new Stripe(FAKE_STRIPE_SECRET_KEY);
  private constructor(private readonly server: Server, readonly url: string) {}

  static async start(): Promise<FakeStripe> {
    const handlers: { fake?: FakeStripe } = {};
    const server = createServer((req, res) => void handlers.fake!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    handlers.fake = new FakeStripe(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return handlers.fake;
  }

  /** The environment that switches billing on and points the app at this server. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      STRIPE_SECRET_KEY: FAKE_STRIPE_SECRET_KEY,
      STRIPE_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET,
      STRIPE_PRICE_PRO_MONTHLY: PRICE_MONTHLY,
      STRIPE_PRICE_PRO_YEARLY: PRICE_YEARLY,
      STRIPE_API_URL: this.url,
      ...extra,
    };
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The customer paid on Checkout: Stripe creates the subscription (metadata from `subscription_data`). */
  completeCheckout(sessionId: string, status = 'active'): { session: Json; subscription: FakeSubscription } {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`No checkout session ${sessionId}`);
    const price = ((session.line_items as Json[])[0] as Json).price as string;
    const subscription: FakeSubscription = {
      id: id('sub'),
      customer: session.customer as string,
      status,
      interval: price === PRICE_YEARLY ? 'year' : 'month',
      price,
      currentPeriodEnd: Math.floor(Date.now() / 1000) + 30 * 86_400,
      cancelAtPeriodEnd: false,
      metadata: ((session.subscription_data as Json | undefined)?.metadata as Record<string, string> | undefined) ?? {},
    };
    this.subscriptions.set(subscription.id, subscription);
    Object.assign(session, { status: 'complete', payment_status: 'paid', subscription: subscription.id });
    return { session, subscription };
  }

  latestSession(): Json {
    const all = [...this.sessions.values()];
    if (all.length === 0) throw new Error('No checkout session was created');
    return all[all.length - 1]!;
  }

  subscriptionObject(sub: FakeSubscription): Json {
    return {
      id: sub.id,
      object: 'subscription',
      customer: sub.customer,
      status: sub.status,
      cancel_at_period_end: sub.cancelAtPeriodEnd,
      metadata: sub.metadata,
      livemode: false,
      items: {
        object: 'list',
        data: [
          {
            id: `si_${sub.id.slice(4)}`,
            object: 'subscription_item',
            current_period_end: sub.currentPeriodEnd,
            current_period_start: sub.currentPeriodEnd - 30 * 86_400,
            price: { id: sub.price, object: 'price', currency: 'usd', unit_amount: sub.interval === 'year' ? 9600 : 1200, recurring: { interval: sub.interval, interval_count: 1 } },
            quantity: 1,
          },
        ],
      },
    };
  }

  invoiceObject(sub: FakeSubscription, outcome: 'paid' | 'failed'): Json {
    const invoiceId = id('in');
    return {
      id: invoiceId,
      object: 'invoice',
      customer: sub.customer,
      status: outcome === 'paid' ? 'paid' : 'open',
      amount_due: 1200,
      amount_paid: outcome === 'paid' ? 1200 : 0,
      currency: 'usd',
      hosted_invoice_url: `https://invoice.stripe.com/i/acct_fake/${invoiceId}`,
      parent: { type: 'subscription_details', subscription_details: { subscription: sub.id, metadata: sub.metadata } },
    };
  }

  /** A webhook event as Stripe sends it: a snapshot of `object` at the time of the event. */
  event(type: string, object: Json, eventId = id('evt')): Json {
    return {
      id: eventId,
      object: 'event',
      api_version: '2026-10-28.endive',
      created: Math.floor(Date.now() / 1000),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object },
    };
  }

  /** Delivers an event to the app's webhook, signed like Stripe (optionally with a past timestamp). */
  deliver(origin: string, event: Json, options: { timestamp?: number; tamper?: (payload: string) => string; signature?: string | null } = {}): request.Test {
    const payload = JSON.stringify(event);
    const header = this.signer.webhooks.generateTestHeaderString({ payload, secret: FAKE_WEBHOOK_SECRET, timestamp: options.timestamp ?? Math.floor(Date.now() / 1000) });
    const body = options.tamper ? options.tamper(payload) : payload;
    const req = request(origin).post('/billing/webhook').set('Content-Type', 'application/json');
    if (options.signature !== null) req.set('Stripe-Signature', options.signature ?? header);
    return req.send(body);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const params = parseForm(req.method === 'GET' ? url.search.slice(1) : Buffer.concat(chunks).toString('utf8'));
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname, params, idempotencyKey, apiVersion: req.headers['stripe-version'] as string | undefined });
    if (req.headers.authorization !== `Bearer ${FAKE_STRIPE_SECRET_KEY}`) return send(res, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    if (this.down) return send(res, 500, { error: { type: 'api_error', message: 'Something went wrong on our end' } });
    const cacheKey = idempotencyKey ? `${req.method} ${url.pathname} ${idempotencyKey}` : undefined;
    if (cacheKey && this.idempotent.has(cacheKey)) return send(res, 200, this.idempotent.get(cacheKey)!);
    const answer = this.route(req.method ?? 'GET', url.pathname, params);
    if (answer.status === 200 && cacheKey) this.idempotent.set(cacheKey, answer.body);
    send(res, answer.status, answer.body);
  }

  private route(method: string, path: string, params: Json): { status: number; body: Json } {
    const ok = (body: Json) => ({ status: 200, body });
    const missing = (what: string) => ({ status: 404, body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${what}` } } });
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/v1/customers') {
      const customer = { id: id('cus'), metadata: (params.metadata as Json) ?? {}, deleted: false };
      this.customers.set(customer.id, customer);
      return ok({ id: customer.id, object: 'customer', metadata: customer.metadata });
    }
    if (method === 'DELETE' && (m = /^\/v1\/customers\/([\w]+)$/.exec(path))) {
      const customer = this.customers.get(m[1]!);
      if (!customer || customer.deleted) return missing('customer');
      customer.deleted = true;
      for (const sub of this.subscriptions.values()) if (sub.customer === customer.id && sub.status !== 'canceled') sub.status = 'canceled';
      return ok({ id: customer.id, object: 'customer', deleted: true });
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const customer = this.customers.get(params.customer as string);
      if (!customer || customer.deleted) return missing('customer');
      const sessionId = id('cs_test');
      const session = { id: sessionId, object: 'checkout.session', url: `https://checkout.stripe.com/c/pay/${sessionId}`, status: 'open', payment_status: 'unpaid', subscription: null, ...params };
      this.sessions.set(sessionId, session);
      return ok(session);
    }
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      const customer = this.customers.get(params.customer as string);
      if (!customer || customer.deleted) return missing('customer');
      const sessionId = id('bps');
      return ok({ id: sessionId, object: 'billing_portal.session', customer: customer.id, return_url: params.return_url, url: `https://billing.stripe.com/p/session/${sessionId}` });
    }
    if ((m = /^\/v1\/subscriptions\/([\w]+)$/.exec(path))) {
      const sub = this.subscriptions.get(m[1]!);
      if (!sub) return missing('subscription');
      if (method === 'DELETE') {
        if (sub.status === 'canceled') return { status: 400, body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such subscription' } } };
        sub.status = 'canceled';
      }
      return ok(this.subscriptionObject(sub));
    }
    if (method === 'GET' && (m = /^\/v1\/prices\/([\w]+)$/.exec(path))) {
      if (m[1] !== PRICE_MONTHLY && m[1] !== PRICE_YEARLY) return missing('price');
      const yearly = m[1] === PRICE_YEARLY;
      return ok({ id: m[1], object: 'price', currency: 'usd', unit_amount: yearly ? 9600 : 1200, recurring: { interval: yearly ? 'year' : 'month' } });
    }
    return { status: 404, body: { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path})` } } };
  }
}

function id(prefix: string): string {
  return `${prefix}_${randomBytes(10).toString('hex')}`;
}

function send(res: ServerResponse, status: number, body: Json): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': id('req') });
  res.end(JSON.stringify(body));
}

/** Stripe's form encoding: `metadata[candor_account]=…`, `line_items[0][price]=…`. */
function parseForm(body: string): Json {
  const out: Json = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const parts = key.split(/\[|\]\[|\]/).filter(Boolean);
    let node: Json = out;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(parts[i + 1]!);
      if (last) {
        node[part] = value;
      } else {
        node[part] ??= nextIsIndex ? [] : {};
        node = node[part] as Json;
      }
    });
  }
  return out;
}
