import { enableCompileCache } from 'node:module';
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config.js';
import { migrateDatabase, openDatabase, type DatabaseRuntime } from './platform/database/database-runtime.js';
import { createLogger } from './platform/logging/logger.js';
import { shutDownApp } from './platform/web/shutdown.js';

/**
 * `npm start`: validated config → database (embedded PostgreSQL unless DATABASE_URL) → migrations
 * (local runs only; production applies them as an explicit deploy step) → listen. Shutdown runs in
 * order, each step bounded (platform/web/shutdown.ts): stop accepting and close Nest, then stop the
 * embedded database, then exit.
 *
 * The app's modules (most of a warm start's CPU; `npm start` runs them bundled into a few files by
 * scripts/bundle-server.mjs instead of ≈ 2,370) are imported only once the embedded
 * server's process is running: loading them holds this thread for the whole import, so PostgreSQL
 * boots on the other core meanwhile instead of after it (issue #18, warm start to /readyz), and its
 * start-up helpers (`id`, `locale`) are forked from a small process rather than a loaded one.
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
  // V8's compiled code for the modules imported below is kept on disk (the OS temporary folder, or
  // NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE turns it off) and reused by the next start: about
  // a tenth less CPU for the import. A cache that cannot be written only leaves starts as they were.
  enableCompileCache();
  let serverWriting: () => void = () => undefined;
  const serverRunning = new Promise<void>((resolve) => (serverWriting = resolve));
  const opening = openDatabase(config, (line) => {
    serverWriting(); // the first line from initdb or the postmaster: its process has been spawned
    logger.debug({ context: 'postgres' }, line);
  });
  await Promise.race([serverRunning, opening.then(noop, noop)]);
  const [opened, loaded] = await Promise.allSettled([opening, Promise.all([import('./app.setup.js'), import('./platform/vault/storage.module.js')])]);
  if (opened.status === 'rejected') throw opened.reason;
  const database: DatabaseRuntime = opened.value;
  try {
    if (loaded.status === 'rejected') throw loaded.reason;
    const [{ createApp, listenApp }, { createKeyWrapper }] = loaded.value;
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
      const code = await shutDownApp(app, config.shutdownGraceSeconds * 1000, { error: (message) => logger.error({ context: 'shutdown' }, message) }, () => database.stop());
      process.exit(code);
    };
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
  } catch (error) {
    await database.stop();
    throw error;
  }
}

function noop(): void {}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
