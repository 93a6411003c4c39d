import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect } from 'vitest';
import { SERVER_ENTRY } from '../../bench/app-process.js';

const MAIN = join(process.cwd(), SERVER_ENTRY);

/** Candor as `npm start` runs it: the built server bundle (`dist/server/main.js`) in its own process. */
export interface AppProcess {
  origin: string;
  child: ChildProcess;
  /** The last lines the process wrote (stdout and stderr), for failure messages. */
  output(): string;
  /** Kills the process with SIGKILL (no shutdown code runs) and waits until it is gone. */
  kill(): Promise<void>;
  /** Stops the process the polite way (SIGTERM, graceful shutdown) and waits until it is gone. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built app as a child process with `env` on top of a test environment, and resolves
 * once `/readyz` answers (start-up work such as sweeps is done by then); `nodeFlags` go before the
 * script. Needs `npm run build`.
 */
export async function startAppProcess(env: Record<string, string>, timeoutMs = 120_000, nodeFlags: string[] = []): Promise<AppProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run -s build\` first`);
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, MAIN], {
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const gone = (): boolean => child.exitCode !== null || child.signalCode !== null;
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (gone()) expect.fail(`Candor exited during start-up (${child.exitCode ?? child.signalCode}):\n${lines.join('\n')}`);
    if (await fetch(`${origin}/readyz`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      expect.fail(`Candor was not ready in ${timeoutMs} ms:\n${lines.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (!gone()) child.kill(signal);
    await exited;
  };
  return { origin, child, output: () => lines.join('\n'), kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) expect.fail(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
