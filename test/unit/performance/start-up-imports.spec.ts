import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// Issue #18: a warm start to /readyz within 3 s, most of it importing the app's modules. Packages that
// only some requests need are loaded by the first such request. This imports what `npm start` imports
// before it serves (src/main.ts: its own imports, then app.setup and the storage module) from the
// build, in a fresh process, and lists the packages that were loaded.

/** What src/main.ts imports, statically and then while PostgreSQL boots. */
const ENTRY_MODULES = ['dist/src/config/app-config.js', 'dist/src/platform/database/database-runtime.js', 'dist/src/app.setup.js', 'dist/src/platform/vault/storage.module.js'];

function packagesLoadedAtStart(): Set<string> {
  const missing = ENTRY_MODULES.find((file) => !existsSync(file));
  if (missing) expect.fail(`${missing} is missing: run \`npm run -s build\` first`);
  const script = `
    import { registerHooks } from 'node:module';
    const loaded = new Set();
    registerHooks({
      load(url, context, next) {
        const at = url.lastIndexOf('/node_modules/');
        if (at >= 0) {
          const [scope, name] = url.slice(at + '/node_modules/'.length).split('/');
          loaded.add(scope.startsWith('@') ? scope + '/' + name : scope);
        }
        return next(url, context);
      },
    });
    await import('reflect-metadata');
    for (const url of ${JSON.stringify(ENTRY_MODULES.map((file) => pathToFileURL(join(process.cwd(), file)).href))}) await import(url);
    console.log(JSON.stringify([...loaded]));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) expect.fail(`importing the app failed: ${run.stderr}`);
  return new Set(JSON.parse(run.stdout.trim().split('\n').at(-1)!) as string[]);
}

describe('what a start imports before it serves', () => {
  it('leaves route-only packages to the first request that needs them', () => {
    const loaded = packagesLoadedAtStart();
    // The check sees packages at all: the framework is there.
    expect(loaded).toContain('@nestjs/core');
    expect(loaded).toContain('@mikro-orm/core');
    // Phone numbers (the sensitive-data check of a text), Markdown job descriptions, upload type
    // sniffing, OpenID sign-in: ≈ 165, 65, 60 and 35 ms of CPU to load, none needed by /readyz.
    for (const lazy of ['libphonenumber-js', 'markdown-it', 'file-type', 'openid-client']) expect(loaded, lazy).not.toContain(lazy);
  });
});
