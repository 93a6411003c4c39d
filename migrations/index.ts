// The ordered list of migrations. `npm run migration:create` regenerates this file.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123203327 as M0 } from './Migration20261123203327.js';

export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123203327', class: M0 },
];
