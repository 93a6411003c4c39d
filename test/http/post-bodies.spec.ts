import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../helpers/document-fixtures.js';
import { startAnalysis, uploadDocument } from '../helpers/analysis.js';
import { startInterview } from '../helpers/interview.js';
import { signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';
import { STRIPE_WEBHOOK_PATH } from '../../src/modules/billing/index.js';

/**
 * Every POST route, found in the router rather than listed by hand (so a new route is covered the day
 * it is added), receives bodies that are not the form it expects: nothing at all, a JSON array, and
 * plain text. Each must be answered as the sender's mistake (400/422, or the route's ordinary answer
 * when it needs no fields), never with a 500.
 */
const ctx = useTestApp();
let agent: Agent;
let csrf: string;
const ids: Record<string, string> = {};

/** Routes whose effect ends the session (signing out, deleting the account). */
const RUN_LAST = ['/auth/sign-out', '/settings/delete'];

function postRoutes(): string[] {
  const express = ctx.t.app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } };
  // Stripe's webhook takes no form: its raw JSON body is authenticated by a signature (test/http/billing.spec.ts).
  const paths = express.router.stack.filter((layer) => layer.route?.methods.post && layer.route.path !== STRIPE_WEBHOOK_PATH).map((layer) => layer.route!.path);
  // Deletions run after the routes that use the same document, analysis or interview.
  const deletes = (path: string) => Number(path.endsWith('/delete'));
  return [...new Set(paths)].sort((a, b) => deletes(a) - deletes(b));
}

/** Fills route parameters with ids of things the signed-in person owns, so the handlers really run. */
function concrete(path: string): string {
  return path
    .replace(/\/documents\/:id/, `/documents/${ids.document}`)
    .replace(/\/analyses\/:id/, `/analyses/${ids.analysis}`)
    .replace(/\/interviews\/:id/, `/interviews/${ids.interview}`)
    .replace(/:turnId/, ids.turn ?? '00000000-0000-4000-8000-000000000000')
    .replace(/:uid/, 'no-such-interaction');
}

beforeAll(async () => {
  agent = await signIn(ctx.t.origin, { name: 'Robin Sweep', email: 'robin@example.com' });
  ids.document = await uploadDocument(agent, 'robin.txt', readFixture('sofia-garcia.plain.txt'));
  ids.analysis = await startAnalysis(agent, ids.document);
  ids.interview = await startInterview(agent);
  csrf = await tokenFor(agent, '/profile');
});

describe('POST routes with a body that is not their form', () => {
  it('finds the POST routes in the router', () => {
    const routes = postRoutes();
    expect(routes).toContain('/profile');
    expect(routes).toContain('/documents');
    expect(routes.length).toBeGreaterThanOrEqual(20);
  });

  it('never answers 500, and explains a non-form body in plain words', async () => {
    const failures: string[] = [];
    for (const route of postRoutes()) {
      const path = concrete(route);
      // Signing out or deleting the account ends the session: those get a fresh one for each body.
      const fresh = RUN_LAST.includes(route);
      const as = async (): Promise<[Agent, string]> => {
        if (!fresh) return [agent, csrf];
        const other = await signIn(ctx.t.origin, { name: 'Robin Other', email: `robin-${Math.random().toString(36).slice(2)}@example.com` });
        return [other, await tokenFor(other, '/profile')];
      };
      const [a1, t1] = await as();
      const empty = await a1.post(path).set('X-CSRF-Token', t1).set('Accept', 'text/html');
      const [a2, t2] = await as();
      const array = await a2.post(path).set('X-CSRF-Token', t2).set('Accept', 'text/html').type('json').send('[1,2,3]');
      const [a3, t3] = await as();
      const text = await a3.post(path).set('X-CSRF-Token', t3).set('Accept', 'text/html').type('text/plain').send('name=Robin');
      for (const [kind, res] of [['empty', empty], ['array', array], ['text', text]] as const) {
        if (res.status >= 500) failures.push(`${route} (${kind}) → ${res.status}`);
      }
      // A JSON array is never a form: refused up front, with words a person understands.
      if (array.status !== 400) failures.push(`${route} (array) → ${array.status}, expected 400`);
      else if (!array.text.includes('We expected the fields of a form here')) failures.push(`${route} (array) without a plain message`);
    }
    expect(failures).toEqual([]);
  });

  it('re-renders a form sent empty with its own messages (422)', async () => {
    const signedIn = await signIn(ctx.t.origin, { name: 'Robin Again', email: 'robin2@example.com' });
    const token = await tokenFor(signedIn, '/profile');
    const res = await signedIn.post('/profile').set('X-CSRF-Token', token).set('Accept', 'text/html').expect(422);
    expect(res.text).toContain('Enter the name you want to be shown');
  });

  it('answers API clients in JSON with the same plain message', async () => {
    const signedIn = await signIn(ctx.t.origin, { name: 'Robin Json', email: 'robin3@example.com' });
    const token = await tokenFor(signedIn, '/profile');
    const res = await signedIn.post('/profile').set('X-CSRF-Token', token).set('Accept', 'application/json').type('json').send('[]').expect(400);
    expect(res.body.message).toMatch(/We expected the fields of a form here/);
  });

  it('still refuses a body without a CSRF token first', async () => {
    await request(ctx.t.origin).post('/profile').type('json').send('[]').expect(403);
  });
});
