import express from 'express';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { renderView } from '../../src/platform/web/render-view.js';

const views = mkdtempSync(join(tmpdir(), 'candor-views-'));
for (const name of ['page.njk', '_part.njk']) writeFileSync(join(views, name), '');
afterAll(() => rmSync(views, { recursive: true, force: true }));

/** An Express app whose view engine answers with the template's name and the model's `fragment` flag. */
function appWith(fragment: string | undefined) {
  const app = express();
  app.engine('njk', (path: string, options: object, done: (e: unknown, s?: string) => void) => done(null, JSON.stringify({ view: basename(path), fragment: (options as { fragment: boolean }).fragment })));
  app.set('view engine', 'njk');
  app.set('views', views);
  app.get('/', (req, res) => renderView(req, res, { page: 'page.njk', fragment }, { title: 'x' }, 422));
  return app;
}

describe('renderView (one page-or-fragment helper)', () => {
  it('sends the whole page to a plain browser and to a boosted htmx navigation', async () => {
    for (const headers of [{}, { 'HX-Request': 'true', 'HX-Boosted': 'true' }]) {
      const res = await request(appWith('_part.njk')).get('/').set(headers).expect(422);
      expect(JSON.parse(res.text)).toEqual({ view: 'page.njk', fragment: false });
      expect(res.headers.vary).toContain('HX-Request');
      expect(res.headers['hx-refresh']).toBeUndefined();
    }
  });

  it('sends only the fragment when htmx asks for part of the page', async () => {
    const res = await request(appWith('_part.njk')).get('/').set('HX-Request', 'true').expect(422);
    expect(JSON.parse(res.text)).toEqual({ view: '_part.njk', fragment: true });
    expect(res.headers.vary).toContain('HX-Request');
  });

  it('tells htmx to load the whole page when this state has no fragment (a poll after the work finished)', async () => {
    const res = await request(appWith(undefined)).get('/').set('HX-Request', 'true').expect(422);
    expect(JSON.parse(res.text)).toEqual({ view: 'page.njk', fragment: false });
    expect(res.headers['hx-refresh']).toBe('true');
  });
});
