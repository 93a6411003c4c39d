import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp, listenApp } from '../../src/app.setup.js';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import { createLogger } from '../../src/platform/logging/logger.js';
import { shutDownApp } from '../../src/platform/web/shutdown.js';
import { withDatabase } from './global-setup.js';

export interface TestDatabase {
  url: string;
  query<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs SQL on the server's maintenance database (for ALTER/DROP DATABASE and the like). */
  admin(sql: string): Promise<void>;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template: each test file gets its own. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = inject('templateDatabaseUrl');
  const name = `candor_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const creator = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
  await creator.connect();
  await creator.query(`create database ${name} template candor_template`);
  await creator.end();
  const url = withDatabase(templateUrl, name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined); // idle clients dropped by tests that cut the database off
  const admin = async (sql: string): Promise<void> => {
    const a = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
    await a.connect();
    try {
      await a.query(sql);
    } finally {
      await a.end();
    }
  };
  return {
    url,
    name,
    admin,
    query: async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await pool.query<T>(sql, params)).rows,
    drop: async () => {
      await pool.end();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

/** Captured JSON log lines of a test app, to assert what is (and is not) logged. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

export interface TestApp {
  app: NestExpressApplication;
  origin: string;
  config: AppConfig;
  logs: LogCapture;
  close(): Promise<void>;
}

/**
 * Starts the real application (same createApp/configureApp as production) on a random port with
 * the built-in development OpenID provider. Scheduled jobs are off; tests call them directly.
 */
export async function startTestApp(databaseUrl: string, env: Record<string, string> = {}, options: { queueWorkers?: boolean } = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'candor-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    MASTER_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'info',
    ...env,
  });
  const logs = new LogCapture();
  const app = await createApp({ config, databaseUrl, logger: createLogger(config.logLevel, logs), schedule: false, queueWorkers: options.queueWorkers ?? true });
  await listenApp(app, 0);
  // Where this instance listens; equals the public origin unless APP_URL is set.
  const origin = `http://localhost:${(app.getHttpServer().address() as { port: number }).port}`;
  return {
    app,
    origin,
    config,
    logs,
    // The same bounded shutdown as `npm start`'s (a request left hanging is cut off after the grace period);
    // an app that still does not stop fails the test with what it logged instead of timing out its hook.
    close: async () => {
      const problems: string[] = [];
      const code = await shutDownApp(app, config.shutdownGraceSeconds * 1000, { error: (message) => void problems.push(message) });
      rmSync(dataDir, { recursive: true, force: true });
      if (code !== 0) throw new Error(`The app did not stop cleanly: ${problems.join('; ')}`);
    },
  };
}

export interface TestAppContext {
  readonly db: TestDatabase;
  readonly t: TestApp;
}

/**
 * Registers the usual per-file setup: a fresh database and the app started on it, both removed
 * after the file. Read `ctx.db` / `ctx.t` inside tests and hooks.
 */
export function useTestApp(env: Record<string, string> = {}): TestAppContext {
  let db: TestDatabase | undefined;
  let t: TestApp | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db.url, env);
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });
  return {
    get db() {
      if (!db) throw new Error('The test database is not ready yet');
      return db;
    },
    get t() {
      if (!t) throw new Error('The test app is not started yet');
      return t;
    },
  };
}
