/**
 * A timestamp column as milliseconds since the epoch, for plain-column reads (`em.execute`): MikroORM's
 * pg type parsers hand timestamps over as PostgreSQL's text (its own hydration parses them), so a read
 * that builds no entity selects this number and makes the Date itself (`new Date(ms)`). Floored like
 * MikroORM's parser truncates microseconds: the same instant, to the millisecond, as an entity's Date.
 */
export function epochMs(column: string): string {
  return `floor(extract(epoch from ${column}) * 1000)::float8`;
}
