import type { AppConfig } from '../../config/app-config.js';
import { MIGRATION_KEY_WRAPPER } from '../vault/data-migration-cipher.js';
import type { KeyWrapper } from '../vault/master-key.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface DatabaseRuntime {
  url: string;
  /** Stops the embedded server if we started one; a no-op for an external DATABASE_URL. */
  stop(): Promise<void>;
}

/**
 * The configured database, or a real embedded PostgreSQL server when DATABASE_URL is unset. This file
 * loads no ORM (migrateDatabase imports it when called): `npm start` opens the database before it
 * loads the app's modules, so the server process boots while this one loads them.
 */
export async function openDatabase(config: AppConfig, log?: (line: string) => void): Promise<DatabaseRuntime> {
  if (config.database.url) return { url: config.database.url, stop: async () => undefined };
  if (config.isProduction) throw new Error('DATABASE_URL is required in production');
  return startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.database.embeddedPort,
    database: 'candor',
    log,
  });
}

/**
 * Applies pending migrations and returns the names applied. Data migrations that encrypt existing
 * values (file names, say) need the master key's wrapper; without one they refuse to run on a
 * database that holds such values (an empty database, as in the tests' template, needs none).
 */
export async function migrateDatabase(url: string, ssl: AppConfig['database']['ssl'] = 'off', keyWrapper?: KeyWrapper): Promise<string[]> {
  const [{ MikroORM }, { ormOptions }] = await Promise.all([import('@mikro-orm/postgresql'), import('./mikro-orm.config.js')]);
  const orm = await MikroORM.init(ormOptions({ url, ssl }));
  if (keyWrapper) orm.config.registerExtension(MIGRATION_KEY_WRAPPER, () => keyWrapper);
  try {
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}
