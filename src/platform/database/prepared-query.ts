import type { EntityManager, PostgreSqlConnection } from '@mikro-orm/postgresql';

/**
 * A statement every signed-in request runs (the session, the consent, the page notices). It goes to
 * PostgreSQL as a named prepared statement with bind parameters: parsed and planned once per pooled
 * connection, and its text never rebuilt. The ORM's queries, by contrast, are built by the query
 * builder and sent with their values written into the text, so each is parsed and planned anew
 * (issue #18: that, and hydrating entities, was most of what a page paid before its own work).
 * Named statements live on a server connection: behind PgBouncer, use session pooling or PgBouncer
 * ≥ 1.21 with `max_prepared_statements` set (transaction pooling without it would mix them up).
 */
export interface PreparedStatement {
  /** Unique per statement text: PostgreSQL keeps one plan per name and connection. */
  readonly name: string;
  readonly text: string;
}

const names = new Map<string, string>();

/** Declares a statement once, at module load; a second text under the same name is a bug. */
export function preparedStatement(name: string, text: string): PreparedStatement {
  const known = names.get(name);
  if (known !== undefined && known !== text) throw new Error(`Two prepared statements are named ${name}`);
  names.set(name, text);
  return { name, text };
}

/** Runs a prepared statement on the ORM's own pool (same connections, same limits) and returns its rows. */
export async function preparedRows<Row>(em: EntityManager, statement: PreparedStatement, values: readonly unknown[]): Promise<Row[]> {
  const pool = await (em.getConnection() as PostgreSqlConnection).getNativeClient();
  const result = await pool.query({ name: statement.name, text: statement.text, values: [...values] });
  return result.rows as Row[];
}
