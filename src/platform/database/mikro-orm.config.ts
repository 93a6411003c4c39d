import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { MIGRATIONS } from '../../../migrations/index.js';

export interface DatabaseOptions {
  url: string;
  ssl: 'off' | 'require' | 'verify';
  debug?: boolean;
  /** The entities to map; the composition root passes the app's full list (`src/app/entities.ts`). */
  entities?: Options['entities'];
}

/**
 * MikroORM options shared by the app, the CLI and the tests. Migrations are listed in code
 * (`migrations/index.ts`) so the same list runs from TypeScript sources and from the build.
 */
export function ormOptions({ url, ssl, debug = false, entities = [] }: DatabaseOptions): Options {
  return defineConfig({
    clientUrl: url,
    entities,
    // Migrations are SQL: running them needs no entity metadata.
    discovery: { warnWhenNoEntities: false },
    extensions: [Migrator],
    debug,
    allowGlobalContext: false,
    driverOptions: ssl === 'off' ? {} : { ssl: { rejectUnauthorized: ssl === 'verify' } },
    migrations: {
      path: 'migrations',
      pathTs: 'migrations',
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      // The snapshot is written by `migration:create` only, never by a running app or the tests.
      snapshotOnMigrate: false,
      snapshotName: '.snapshot-candor',
      emit: 'ts',
      silent: true,
    },
    pool: { min: 0, max: 10 },
  });
}
