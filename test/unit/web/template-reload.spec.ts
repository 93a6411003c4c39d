import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nunjucks from 'nunjucks';
import { afterEach, expect, it } from 'vitest';
import { reloadTemplatesOnChange } from '../../../src/platform/web/template-reload.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('keeps compiled templates between renders and recompiles after a partial changes, telling onChange', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'candor-views-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'partials'));
  writeFileSync(join(dir, 'page.njk'), 'Hello {% include "partials/_name.njk" %}');
  writeFileSync(join(dir, 'partials/_name.njk'), 'world');
  const views = new nunjucks.Environment(new nunjucks.FileSystemLoader(dir, { noCache: false }));
  let changes = 0;
  const reloader = reloadTemplatesOnChange(views, dir, () => changes++);
  try {
    expect(views.render('page.njk')).toBe('Hello world');
    expect(changes).toBe(0);
    // Cached: the same compiled template object is served again.
    expect(views.getTemplate('page.njk')).toBe(views.getTemplate('page.njk'));

    writeFileSync(join(dir, 'partials/_name.njk'), 'Candor');
    await expect.poll(() => views.render('page.njk'), { timeout: 3000 }).toBe('Hello Candor');
    // What was drawn with the old templates (remembered fragments) is dropped too.
    expect(changes).toBeGreaterThan(0);
  } finally {
    reloader.close();
  }
});

it('recompiles after a change in a folder created after it started watching', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'candor-views-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'page.njk'), 'Hello {% include "cards/deep/_name.njk" %}');
  const views = new nunjucks.Environment(new nunjucks.FileSystemLoader(dir, { noCache: false }));
  const reloader = reloadTemplatesOnChange(views, dir);
  try {
    mkdirSync(join(dir, 'cards/deep'), { recursive: true });
    writeFileSync(join(dir, 'cards/deep/_name.njk'), 'world');
    await expect.poll(() => views.render('page.njk'), { timeout: 3000 }).toBe('Hello world');
    // Both new folders are watched by now: a later edit inside the deeper one is seen too.
    await new Promise((resolve) => setTimeout(resolve, 100));
    writeFileSync(join(dir, 'cards/deep/_name.njk'), 'Candor');
    await expect.poll(() => views.render('page.njk'), { timeout: 3000 }).toBe('Hello Candor');
  } finally {
    reloader.close();
  }
});
