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

/**
 * Runs `settings` (`set local …` statements) and then `sql`, and returns the rows of `sql`. Outside a
 * transaction both go in one simple-protocol message, which PostgreSQL runs as an implicit transaction
 * of its own: the settings apply to planning and running `sql` and end with it, as `begin; set local
 * …; …; commit` would, without three more round trips (issue #18). The parameters are written into the
 * text as the ORM writes them into every query it sends (a simple-protocol message takes no bind
 * values); `sql` uses the ORM's `?` placeholders. Inside `em`'s transaction both run on its connection
 * and the settings last until it ends.
 */
export async function rowsWithLocalSettings<Row>(em: EntityManager, settings: string, sql: string, params: readonly unknown[]): Promise<Row[]> {
  const connection = em.getConnection();
  if (em.isInTransaction()) {
    await connection.execute(settings, [], 'run', em.getTransactionContext());
    return connection.execute<Row[]>(sql, [...params], 'all', em.getTransactionContext());
  }
  const text = `${settings}; ${em.getPlatform().formatQuery(sql, [...params])}`;
  const pool = await (connection as PostgreSqlConnection).getNativeClient();
  // Several statements in one message: pg answers with one result per statement.
  const result = (await pool.query(text)) as unknown as { rows: unknown[] } | { rows: unknown[] }[];
  return (Array.isArray(result) ? result.at(-1)! : result).rows as Row[];
}

/** The part of the ORM's (Kysely) connection or transaction that runs a compiled statement. */
interface StatementRunner {
  executeQuery(query: { sql: string; parameters: readonly unknown[]; query: unknown; queryId: { queryId: string } }): Promise<unknown>;
}

/**
 * Runs `statement` with bind parameters, on `em`'s transaction when it has one (else on the ORM's
 * pool). For writing megabytes of bytes (issue #10): the ORM writes every value into the statement's
 * text, so a 5 MB `bytea` becomes a 10 MB hex literal that is built, measured and UTF-8 encoded on
 * the main thread in one synchronous block (≈ 100–150 ms of CPU per 5 MB, longer than any /healthz
 * budget). A `Buffer` bound here goes to PostgreSQL as a binary parameter: one copy, no text.
 */
export async function runWithBinaryParameters(em: EntityManager, statement: PreparedStatement, values: readonly unknown[]): Promise<void> {
  const runner = (em.getTransactionContext<StatementRunner & object>() ?? em.getConnection().getClient()) as StatementRunner;
  await runner.executeQuery({
    sql: statement.text,
    parameters: values,
    query: { kind: 'RawNode', sqlFragments: [statement.text], parameters: [] },
    queryId: { queryId: statement.name },
  });
}
