import type { Server } from 'node:http';
import { settleWithin, type Outcome } from '../loading/time-limit.js';

/** What `npm start` stops on SIGTERM/SIGINT, in this order. */
export interface ShutdownSteps {
  /** Stops accepting connections, waits for the requests in flight, then runs every module's shutdown (Nest's `app.close()`). */
  closeApp(): Promise<void>;
  /** Ends every connection still open: requests still being sent or answered. */
  dropConnections(): void;
  /** Stops the embedded database (nothing for an external one). */
  stopDatabase(): Promise<void>;
}

export interface ShutdownLog {
  error(message: string): void;
}

/** The embedded database gets this long to stop (a fast shutdown of PostgreSQL takes well under a second). */
const DATABASE_STOP_MS = 5_000;

/**
 * A bounded shutdown; resolves with the exit code. Requests in flight get `graceMs` to finish; then
 * every connection still open is ended, since a client that stalls mid-request (a slow upload, half a
 * header) would otherwise hold the server until Node's request time-outs (minutes), and the modules'
 * own shutdown (the queue's drain, the pools) only runs once the server has closed. The modules get
 * `graceMs` more; what has not stopped by then is left behind: the process exits anyway with 1 (an
 * orchestrator would SIGKILL it soon after), and queued work cut off is retried by another instance.
 * Worst case `2 × graceMs` plus five seconds for the embedded database.
 */
export async function shutDown(steps: ShutdownSteps, graceMs: number, log: ShutdownLog): Promise<number> {
  const dropping = setTimeout(() => {
    log.error(`Requests still open after ${graceMs / 1000} s; ending their connections`);
    steps.dropConnections();
  }, graceMs);
  let closed: Outcome;
  try {
    closed = await settleWithin(steps.closeApp(), 2 * graceMs);
  } finally {
    clearTimeout(dropping);
  }
  if (closed === 'timed out') log.error(`The application did not stop within ${(2 * graceMs) / 1000} s; exiting without it`);
  if (closed === 'failed') log.error('The application failed to stop cleanly');
  const stopped = await settleWithin(steps.stopDatabase(), DATABASE_STOP_MS);
  if (stopped !== 'settled') log.error(`The embedded database did not stop cleanly (${stopped})`);
  return closed === 'settled' && stopped === 'settled' ? 0 : 1;
}

/** A Nest application as `shutDown` stops it: its own close, and its HTTP server's connections. */
export interface ClosableApp {
  close(): Promise<void>;
  getHttpServer(): unknown;
}

/** `shutDown` for a Nest application: `npm start` (with its embedded database) and the tests (without) stop it the same way. */
export function shutDownApp(app: ClosableApp, graceMs: number, log: ShutdownLog, stopDatabase: () => Promise<void> = async () => undefined): Promise<number> {
  const server = app.getHttpServer() as Server;
  return shutDown({ closeApp: () => app.close(), dropConnections: () => server.closeAllConnections(), stopDatabase }, graceMs, log);
}
