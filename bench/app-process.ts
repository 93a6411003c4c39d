// Starts Candor from the build output as `npm start` does (the same V8 flags and environment as the
// container image) — a child process in development mode with
// embedded PostgreSQL in a scratch data folder — for benches that measure it over real HTTP from
// outside its process (a bench in the same process would stall with the server it measures).
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The V8 flags `npm start` and the Dockerfile run Candor with (package.json, Dockerfile), issue #18:
 * - `--max-semi-space-size=16`: V8 otherwise lets the young generation grow to 2 × 64 MB under load,
 *   memory a busy instance never gives back.
 * - `--max-old-space-size=256`: the old generation is collected before it passes 256 MB. Measured
 *   live set after a full bench run and a forced full GC: ≈ 155 MB (the skills taxonomy, code, the
 *   ORM's metadata; it does not grow with requests). Without a cap V8 let garbage pile up to ≈ 330 MB
 *   of heap (RSS ≈ 500 MB) before collecting, and RSS stays where the heap has been.
 */
export const APP_NODE_FLAGS = ['--max-semi-space-size=16', '--max-old-space-size=256'];

/**
 * The environment the same places add: glibc otherwise keeps up to 8 malloc arenas per core for
 * Node's threads (libuv's pool, V8's helpers, the extraction workers), ≈ 45 MB of RSS after load
 * that no GC can return; two arenas cost no measurable speed here.
 */
export const APP_PROCESS_ENV = { MALLOC_ARENA_MAX: '2' } as const;

/**
 * What `npm start` and the container image run: the server bundled by `npm run build`
 * (scripts/bundle-server.mjs; a few files instead of ≈ 2 370 at start, issue #18).
 */
export const SERVER_ENTRY = 'dist/server/main.js';

/** The same server as tsc compiled it, one file per module, importing its packages from node_modules. */
export const UNBUNDLED_SERVER_ENTRY = 'dist/src/main.js';

/** The server a build starts: its bundle, or `dist/src/main.js` in a checkout from before the bundle. */
function serverEntryOf(cwd: string): string {
  return existsSync(join(cwd, SERVER_ENTRY)) ? SERVER_ENTRY : UNBUNDLED_SERVER_ENTRY;
}

/** A process's resident set size in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

export interface AppProcess {
  origin: string;
  child: ChildProcess;
  /** The embedded PostgreSQL's port (user candor, database candor). */
  pgPort: number;
  /** Milliseconds from spawning to the first ready /readyz. */
  startMs: number;
  /** Stops the server, and removes its scratch data folder unless the caller gave one. */
  stop(): Promise<void>;
}

/** Where a restart finds the same database: the caller keeps the folder and removes it. */
export interface AppDataPlace {
  dataDir: string;
  pgPort: number;
}

/** Makes a data folder embedded PostgreSQL can use, and a free port for it. */
export async function newAppDataPlace(prefix = 'candor-bench-app-'): Promise<AppDataPlace> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dataDir, 0o755); // as root, embedded PostgreSQL runs as its own user and must reach it
  return { dataDir, pgPort: await freePort() };
}

/**
 * Starts the built server (`SERVER_ENTRY`) with `env` added, and resolves once /readyz answers. Without `place` it
 * runs in a scratch folder removed on stop; with one (to measure a warm restart) the folder stays.
 * `extraNodeFlags` go after the usual ones (the page-work bench adds `--inspect`); `cwd` runs another
 * checkout's build (the warm-start bench compares two); `unbundled` runs `UNBUNDLED_SERVER_ENTRY`, for a bench whose
 * probes patch packages in node_modules (MikroORM, nunjucks), which the bundle carries copies of and never loads.
 */
export async function startAppProcess(env: Record<string, string> = {}, place?: AppDataPlace, options: { extraNodeFlags?: string[]; cwd?: string; unbundled?: boolean } = {}): Promise<AppProcess> {
  const { dataDir, pgPort } = place ?? (await newAppDataPlace());
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...APP_NODE_FLAGS, ...(options.extraNodeFlags ?? []), options.unbundled ? UNBUNDLED_SERVER_ENTRY : serverEntryOf(options.cwd ?? process.cwd())], {
    env: { ...process.env, ...APP_PROCESS_ENV, NODE_ENV: 'development', PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
    if (!place) rmSync(dataDir, { recursive: true, force: true });
  };
  // A first start initialises the database: minutes on a loaded two-core machine.
  const deadline = performance.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`Candor exited with ${child.exitCode} before it was ready`);
    }
    if (await fetch(`${origin}/readyz`).then((res) => res.ok, () => false)) break;
    if (performance.now() > deadline) {
      await stop();
      throw new Error('Candor was not ready within five minutes');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { origin, child, pgPort, startMs: performance.now() - started, stop };
}
