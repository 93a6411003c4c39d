import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { startAnalysis, uploadDocument } from '../helpers/analysis.js';
import { readFixture } from '../helpers/document-fixtures.js';
import { startInterview } from '../helpers/interview.js';
import { signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

/**
 * No response that can show personal data may be kept by a browser or a shared cache (the back
 * button on a shared computer, a proxy): every dynamic response says `no-store`, signed in or not,
 * because even public pages carry a CSRF token bound to the visitor. Static assets keep theirs.
 */
const ctx = useTestApp();
let agent: Agent;
const ids: Record<string, string> = {};

function getRoutes(): string[] {
  const express = ctx.t.app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } };
  return [...new Set(express.router.stack.filter((layer) => layer.route?.methods.get).map((layer) => layer.route!.path))];
}

function concrete(path: string): string {
  return path
    .replace(/\/documents\/:id/, `/documents/${ids.document}`)
    .replace(/\/analyses\/:id/, `/analyses/${ids.analysis}`)
    .replace(/\/interviews\/:id/, `/interviews/${ids.interview}`)
    .replace(/:uid/, 'no-such-interaction');
}

beforeAll(async () => {
  agent = await signIn(ctx.t.origin, { name: 'Casey Cache', email: 'casey@example.com' });
  ids.document = await uploadDocument(agent, 'casey.txt', readFixture('sofia-garcia.plain.txt'));
  ids.analysis = await startAnalysis(agent, ids.document);
  ids.interview = await startInterview(agent);
});

describe('Cache-Control', () => {
  it('sends no-store on every GET route, signed in and signed out', async () => {
    const routes = getRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(15);
    const missing: string[] = [];
    for (const route of routes) {
      const path = concrete(route);
      for (const [who, client] of [['signed in', agent], ['anonymous', request(ctx.t.origin)]] as const) {
        const res = await client.get(path).set('Accept', 'text/html');
        if (!/\bno-store\b/.test(String(res.headers['cache-control']))) missing.push(`${who} ${route} → ${res.status} ${res.headers['cache-control']}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('sends no-store on error pages and htmx fragments too', async () => {
    expect((await agent.get('/documents/00000000-0000-4000-8000-000000000000').expect(404)).headers['cache-control']).toContain('no-store');
    const fragment = await agent.get(`/analyses/${ids.analysis}`).set('HX-Request', 'true');
    expect(fragment.headers['cache-control']).toContain('no-store');
  });

  it('leaves static assets cacheable', async () => {
    const css = await request(ctx.t.origin).get('/static/css/app.css').expect(200);
    expect(css.headers['cache-control']).not.toContain('no-store');
    // Static files keep their validators: a browser revalidates them with a 304.
    expect(css.headers.etag).toBeTruthy();
  });

  it('sends no ETag on dynamic pages: nothing keeps them to revalidate, so hashing each body would be wasted work', async () => {
    for (const path of ['/dashboard', '/documents', `/analyses/${ids.analysis}`, '/jobs?q=engineer']) {
      const res = await agent.get(path).set('Accept', 'text/html').expect(200);
      expect({ path, etag: res.headers.etag }).toEqual({ path, etag: undefined });
    }
  });
});
