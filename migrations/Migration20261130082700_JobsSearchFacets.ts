import { Migration } from '@mikro-orm/migrations';

/**
 * Words, filters and publication day in ONE index for word searches (issue #13, README "Search", wave 7).
 * `job_search_facets()` lists a posting's filter values as tags (`workplace:remote`, `seniority:senior`,
 * `type:full_time`, its location keys, and `day:<days since 2000-01-01, UTC>`); a GIN index over the
 * tsvector and those tags lets Postgres intersect the words, the filters and a few days of a recency slice
 * inside the index, skipping through the long posting lists of common words and filters, and visit only
 * postings that match everything. Before, it read one side through its own index (a filter's btree, a
 * word's bitmap) and checked every posting of it against the rest on the table, unpacking each posting's
 * toasted tsvector (~6 buffers a posting): 10-130k buffers a search at 1M postings when words and filters
 * seldom meet. Built in (no extension). The search writes its filters as `job_search_facets(...) @> tags`,
 * which only this index serves, so the filters' btrees keep serving searches without words.
 * It replaces the tsvector's own GIN index (every word search asks for published postings, which it
 * holds): with both, the planner sometimes read a word through the old one alone and checked the filters
 * and dates posting by posting (`모바일 앱 개발자` @서울: 15.5k buffers for 27 days at 1M, 3k without it).
 * The function is IMMUTABLE (an index needs it): changing the tags needs a new migration that rebuilds the index.
 */
export class Migration20261130082700_JobsSearchFacets extends Migration {

  override name = 'Migration20261130082700_JobsSearchFacets';

  override up(): void | Promise<void> {
    this.addSql(`create function "job_search_facets"(workplace text, seniority text, employment_type text, location_keys text[], published_at timestamptz) returns text[]
      language sql immutable parallel safe
      return array['workplace:' || workplace, 'seniority:' || seniority, 'type:' || employment_type,
                   'day:' || (((published_at at time zone 'UTC')::date - date '2000-01-01'))::text] || coalesce(location_keys, '{}');`);
    this.addSql(`create index "job_postings_search_facets_index" on "job_postings" using gin ("search_vector", job_search_facets("workplace", "seniority", "employment_type", "location_keys", "published_at")) where "status" = 'published';`);
    this.addSql(`drop index if exists "job_postings_search_vector_index";`);
    this.addSql(`analyze "job_postings";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create index if not exists "job_postings_search_vector_index" on "job_postings" using gin ("search_vector");`);
    this.addSql(`drop index if exists "job_postings_search_facets_index";`);
    this.addSql(`drop function if exists "job_search_facets"(text, text, text, text[], timestamptz);`);
  }

}
