import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// Issue #18: a warm start to /readyz within 3 s, most of it importing the app's modules. Packages that
// only some requests need are loaded by the first such request. This imports what `npm start` imports
// before it serves (src/main.ts: its own imports, then app.setup and the storage module) in a fresh
// process, and lists the packages and files that were loaded: from the tsc build, and from the
// server bundle `npm start` runs (scripts/bundle-server.mjs).

/** What src/main.ts imports, statically and then while PostgreSQL boots. */
const ENTRY_MODULES = ['dist/src/config/app-config.js', 'dist/src/platform/database/database-runtime.js', 'dist/src/app.setup.js', 'dist/src/platform/vault/storage.module.js'];
/** The same in the server bundle (main.js itself starts the server, and holds little besides config). */
const BUNDLED_ENTRY_MODULES = ['dist/server/app.setup.js', 'dist/server/storage.module.js'];

interface Loaded {
  packages: Set<string>;
  /** Module files read from disk (Node's built-in modules not counted). */
  files: number;
}

function loadedAtStart(entries: string[]): Loaded {
  const missing = entries.find((file) => !existsSync(file));
  if (missing) expect.fail(`${missing} is missing: run \`npm run -s build\` first`);
  const script = `
    import { registerHooks } from 'node:module';
    const loaded = new Set();
    let files = 0;
    registerHooks({
      load(url, context, next) {
        if (url.startsWith('file:')) files++;
        const at = url.lastIndexOf('/node_modules/');
        if (at >= 0) {
          const [scope, name] = url.slice(at + '/node_modules/'.length).split('/');
          loaded.add(scope.startsWith('@') ? scope + '/' + name : scope);
        }
        return next(url, context);
      },
    });
    await import('reflect-metadata');
    for (const url of ${JSON.stringify(entries.map((file) => pathToFileURL(join(process.cwd(), file)).href))}) await import(url);
    console.log(JSON.stringify({ packages: [...loaded], files }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) expect.fail(`importing the app failed: ${run.stderr}`);
  const { packages, files } = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { packages: string[]; files: number };
  return { packages: new Set(packages), files };
}

/** Phone numbers (the sensitive-data check of a text), Markdown job descriptions, upload type sniffing,
 * OpenID sign-in: ≈ 165, 65, 60 and 35 ms of CPU to load, none needed by /readyz. */
const ROUTE_ONLY_PACKAGES = ['libphonenumber-js', 'markdown-it', 'file-type', 'openid-client'];

describe('what a start imports before it serves', () => {
  it('leaves route-only packages to the first request that needs them', () => {
    const { packages } = loadedAtStart(ENTRY_MODULES);
    // The check sees packages at all: the framework is there.
    expect(packages).toContain('@nestjs/core');
    expect(packages).toContain('@mikro-orm/core');
    for (const lazy of ROUTE_ONLY_PACKAGES) expect(packages, lazy).not.toContain(lazy);
  });

  it('loads the server bundle as a few files, and still not the route-only packages', () => {
    const unbundled = loadedAtStart(ENTRY_MODULES);
    const bundled = loadedAtStart(BUNDLED_ENTRY_MODULES);
    // ≈ 2 200 files from the tsc build (kysely, rxjs, Nest, zod, pg-boss, ours): about half of the
    // import was Node resolving, reading and linking them one by one.
    expect(unbundled.files).toBeGreaterThan(1500);
    expect(bundled.files).toBeLessThan(100);
    // Nest and MikroORM are inside the bundle, not loaded from node_modules.
    expect(bundled.packages).not.toContain('@nestjs/core');
    expect(bundled.packages).not.toContain('@mikro-orm/core');
    for (const lazy of ROUTE_ONLY_PACKAGES) expect(bundled.packages, lazy).not.toContain(lazy);
  });
});
