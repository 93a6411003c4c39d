import { Migration } from '@mikro-orm/migrations';

/**
 * Two planning aids for the job search (issue #13, README "Search").
 *
 * Finer statistics for the search's words. With the default target
 * (100) ANALYZE keeps the frequencies of ~1,000 of the words in `search_vector`; a word outside them
 * is guessed rare. At 1M postings the planner guessed 25 postings for `데이터 분석가` (15,151 match), so
 * it read every one of them through the word index alone and dropped the ones outside the recency
 * slice afterwards (15k buffers per slice), instead of intersecting the word index with the date
 * index (189 buffers). 1,000 keeps ~10,000 words. ANALYZE then samples 300k rows (about 30 s at 1M
 * postings on a busy machine, also when autovacuum does it).
 *
 * `job_search_check_cost(id)`: a filter that is always true, whose declared cost tells the planner what
 * checking a posting's words one by one really costs. Its tsvector (~2 KB) is toasted, so each check
 * reads ~6 buffers (1 heap + ~4.6 toast, measured at 1M), which the planner does not count: it read
 * every posting of one filter's index in a slice, checking each (`engineer` + London + hybrid + entry:
 * 44k buffers at 1M), where intersecting the word index first reads 6k. Postgres charges a filter's
 * cost to every row a plan reads before filtering, so plans that check many postings one by one now
 * cost what they do, while a common word's short walk of the date index (it stops after ~300) stays
 * the cheapest plan. At run time it is evaluated last (the most expensive condition), only on postings
 * that passed every other, and does nothing. PL/pgSQL so that it is not inlined (an inlined function
 * loses its cost). Cost 10,000 (x 0.0025 = 25 per row) beat 2,500 on the probe set (README).
 */
export class Migration20261130053101_JobsSearchPlanning extends Migration {

  override name = 'Migration20261130053101_JobsSearchPlanning';

  override up(): void | Promise<void> {
    this.addSql(`alter table "job_postings" alter column "search_vector" set statistics 1000;`);
    this.addSql(`create function job_search_check_cost(posting_id uuid) returns boolean language plpgsql immutable strict parallel safe cost 10000 as $$ begin return true; end $$;`);
    this.addSql(`analyze "job_postings";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function job_search_check_cost(uuid);`);
    this.addSql(`alter table "job_postings" alter column "search_vector" set statistics -1;`);
  }

}
