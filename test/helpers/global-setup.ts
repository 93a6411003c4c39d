import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../../src/platform/database/database-runtime.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/platform/database/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database that each test file clones (CREATE DATABASE … TEMPLATE). */
    templateDatabaseUrl: string;
  }
}

export const TEMPLATE_DATABASE = 'candor_template';

/**
 * One real PostgreSQL server per test run (embedded, or TEST_DATABASE_URL's server), with the schema
 * migrated once into a template database.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let server: EmbeddedDatabase | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  let dataDir: string | undefined;
  if (!adminUrl) {
    dataDir = join(process.cwd(), '.test-data', `pg-${project.name}-${process.pid}`);
    mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
    adminUrl = server.url;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE}`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  await migrateDatabase(templateUrl);
  // Install the job queue's schema once, so every cloned test database has it ready.
  const boss = new PgBoss({ connectionString: templateUrl, schema: 'pgboss', max: 2 });
  await boss.start();
  await boss.stop({ graceful: false, close: true });
  project.provide('templateDatabaseUrl', templateUrl);

  return async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
