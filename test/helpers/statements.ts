import { EntityFactory } from '@mikro-orm/core';
import { createRequire } from 'node:module';
import pg from 'pg';

/**
 * The pg client classes this process reaches PostgreSQL through. MikroORM's driver resolves its own
 * copy of pg (node_modules/@mikro-orm/postgresql/node_modules/pg, another version than the top-level
 * one the job queue and these helpers use): a counter that wraps only the top-level class sees none of
 * the pages' queries.
 */
function pgClientClasses(): (typeof pg.Client)[] {
  const ormPg = createRequire(import.meta.resolve('@mikro-orm/postgresql'))('pg') as typeof pg;
  return [...new Set([ormPg.Client, pg.Client])];
}

export interface PageWork {
  /** The text of each statement sent to PostgreSQL while the work ran (the job queue's own polling left out). */
  statements: string[];
  /** Entities MikroORM built from rows meanwhile (its EntityFactory). */
  entities: number;
}

/**
 * Counts what `work` costs the database and the ORM, on the real database (nothing is stubbed): the
 * statements this process sends through pg, and the entities MikroORM builds. The job queue polls on
 * a timer, not for a page: its statements are left out. Run one piece of work at a time.
 */
export async function workDuring(work: () => Promise<unknown>): Promise<PageWork> {
  const seen: PageWork = { statements: [], entities: 0 };
  const restore: (() => void)[] = [];
  for (const Client of pgClientClasses()) {
    const original = Client.prototype.query;
    Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as string | { text?: string };
      const text = typeof config === 'string' ? config : (config?.text ?? '');
      if (!/pgboss/i.test(text)) seen.statements.push(text);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    restore.push(() => (Client.prototype.query = original));
  }
  const create = EntityFactory.prototype.create;
  EntityFactory.prototype.create = function (this: EntityFactory, ...args: Parameters<typeof create>) {
    seen.entities++;
    return create.apply(this, args);
  } as typeof create;
  restore.push(() => (EntityFactory.prototype.create = create));
  try {
    await work();
  } finally {
    for (const undo of restore) undo();
  }
  return seen;
}

/** The statements `work` sends to PostgreSQL (see workDuring). */
export async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  return (await workDuring(work)).statements;
}
