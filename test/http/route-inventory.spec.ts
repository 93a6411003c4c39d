import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillParams, paramsOf, routeInventory, type Route } from '../helpers/route-inventory.js';
import { CSRF_EXEMPT, ROUTE_FIXTURES, ROUTES_WITHOUT_OWNER } from '../helpers/route-fixtures.js';
import { signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

/**
 * Every route Nest serves, found from its router metadata, must keep the four rules of issue #18:
 * private unless `@Public()`, CSRF on every state change, 404 to another account on every id of
 * someone's data, and role-restricted routes refused to other roles. New routes are covered without
 * editing this file; a route with an unknown kind of id fails until its module adds a fixture.
 */
const ctx = useTestApp();

function inventory(): Route[] {
  return routeInventory(ctx.t.app);
}

const fill = fillParams;
const send = (agent: Agent | ReturnType<typeof request>, route: Route, path: string) => {
  const verb = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return (agent as Agent)[verb](path).redirects(0);
};

let routes: Route[];
let owner: Agent;
let stranger: Agent;
let ownerId: string;

beforeAll(async () => {
  routes = inventory();
  owner = await signIn(ctx.t.origin, { name: 'Route Owner', email: 'route.owner@example.com' });
  stranger = await signIn(ctx.t.origin, { name: 'Route Stranger', email: 'route.stranger@example.com' });
  ownerId = (await ctx.db.query<{ id: string }>(`select id from users where email = 'route.owner@example.com'`))[0]!.id;
});

it('finds the application’s routes', () => {
  expect(routes.length).toBeGreaterThan(40);
  expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['GET /dashboard', 'POST /documents', 'GET /documents/:id']));
});

it('refuses every private route to a visitor who is not signed in', async () => {
  const failures: string[] = [];
  for (const route of routes.filter((r) => !r.isPublic)) {
    const res = await send(request(ctx.t.origin), route, fill(route.path, {})).set('Accept', 'text/html');
    const toSignIn = res.status === 303 && String(res.headers.location).startsWith('/auth/sign-in');
    const refused = res.status === 401 || toSignIn || (route.method !== 'GET' && res.status === 403);
    if (!refused) failures.push(`${route.method} ${route.path} (${route.name}) answered ${res.status}`);
  }
  expect(failures).toEqual([]);
});

it('refuses every state-changing route without a CSRF token, even to a signed-in person', async () => {
  const failures: string[] = [];
  for (const route of routes.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')) {
    const key = `${route.method} ${route.path}`;
    const res = await send(owner, route, fill(route.path, {})).set('Accept', 'text/html');
    if (CSRF_EXEMPT[key]) {
      // Exempt routes carry another proof; without it they must refuse too (404 when the feature is off).
      if (res.status < 400) failures.push(`${key} (${route.name}) accepted a request without its proof (${res.status})`);
      continue;
    }
    if (res.status !== 403) failures.push(`${key} (${route.name}) answered ${res.status} without a CSRF token`);
  }
  expect(failures).toEqual([]);
});

it('answers 404 to another account on every route that takes an id of someone’s data', async () => {
  const failures: string[] = [];
  const made = new Map<string, Record<string, string>>();
  let checked = 0;
  const token = await tokenFor(stranger, '/settings');
  // Staff routes (roles without job_seeker) refuse a job seeker by role; the roles test below covers them.
  const forEveryone = (r: Route): boolean => !r.roles || r.roles.includes('job_seeker');
  for (const route of routes.filter((r) => paramsOf(r.path).length > 0 && !r.isPublic && forEveryone(r))) {
    const key = `${route.method} ${route.path}`;
    if (ROUTES_WITHOUT_OWNER[key]) continue;
    const prefix = route.path.slice(0, route.path.indexOf('/:'));
    const fixture = ROUTE_FIXTURES[prefix];
    if (!fixture) {
      failures.push(`${key} (${route.name}) takes an id, and test/helpers/route-fixtures.ts has no fixture for ${prefix}`);
      continue;
    }
    // One resource per kind, made again only for a route that may use it up (a delete).
    const destructive = route.method === 'DELETE' || /\/delete$/.test(route.path);
    const values = !destructive && made.has(prefix) ? made.get(prefix)! : await fixture(owner, ctx.db, ownerId, ctx.t.origin);
    if (!destructive) made.set(prefix, values);
    const missing = paramsOf(route.path).filter((p) => !(p in values));
    if (missing.length > 0) {
      failures.push(`${key}: the fixture for ${prefix} gives no ${missing.join(', ')}`);
      continue;
    }
    const req = send(stranger, route, fill(route.path, values)).set('Accept', 'text/html');
    const res = route.method === 'GET' ? await req : await req.set('X-CSRF-Token', token).type('form').send({ _csrf: token });
    if (res.status !== 404) failures.push(`${key} (${route.name}) answered ${res.status} to another account`);
    checked++;
  }
  expect(failures).toEqual([]);
  expect(checked).toBeGreaterThan(10);
}, 180_000);

describe('roles', () => {
  it('refuses every role-restricted route to a person without the role', async () => {
    const failures: string[] = [];
    const token = await tokenFor(stranger, '/settings');
    for (const route of routes.filter((r) => r.roles && r.roles.length > 0 && !r.roles.includes('job_seeker'))) {
      const req = send(stranger, route, fill(route.path, {})).set('Accept', 'text/html');
      const res = route.method === 'GET' ? await req : await req.set('X-CSRF-Token', token).type('form').send({ _csrf: token });
      if (res.status !== 403 && res.status !== 404) failures.push(`${route.method} ${route.path} (${route.name}) answered ${res.status} to a job seeker`);
    }
    expect(failures).toEqual([]);
  });
});
