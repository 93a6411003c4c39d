import 'reflect-metadata';
import { createApp, listenApp } from './app.setup.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { migrateDatabase, openDatabase } from './platform/database/database-runtime.js';
import { createKeyWrapper } from './platform/vault/storage.module.js';
import { createLogger } from './platform/logging/logger.js';

/**
 * `npm start`: validated config → database (embedded PostgreSQL unless DATABASE_URL) → migrations
 * (local runs only; production applies them as an explicit deploy step) → listen. Shutdown runs in
 * order: stop accepting and close Nest, then stop the embedded database, then exit.
 */
async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, (line) => logger.debug({ context: 'postgres' }, line));
  try {
    if (!config.isProduction) {
      const applied = await migrateDatabase(database.url, config.database.ssl, createKeyWrapper(config.secrets));
      if (applied.length > 0) logger.info({ context: 'database', applied }, 'Applied migrations');
    }
    const app = await createApp({ config, databaseUrl: database.url, logger });
    const origin = await listenApp(app, config.port, config.isProduction ? '0.0.0.0' : '127.0.0.1');
    logger.info(`Candor is running at ${origin}`);
    // Configuration advice belongs here and in the README, never on a page visitors see.
    if (config.signIn.kind === 'dev') {
      logger.info(
        'Sign-in uses the built-in development provider (any name and email, no password). Set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET (or OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET) to sign in with a real provider.',
      );
    }

    let stopping = false;
    const shutdown = async (signal: string): Promise<void> => {
      if (stopping) return;
      stopping = true;
      logger.info(`${signal} received, shutting down`);
      await app.close();
      await database.stop();
      process.exit(0);
    };
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
  } catch (error) {
    await database.stop();
    throw error;
  }
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
