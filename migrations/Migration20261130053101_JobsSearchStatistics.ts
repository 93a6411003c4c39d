import { Migration } from '@mikro-orm/migrations';

/**
 * Finer statistics for the job search's words (issue #13, README "Search"). With the default target
 * (100) ANALYZE keeps the frequencies of ~1,000 of the words in `search_vector`; a word outside them
 * is guessed rare. At 1M postings the planner guessed 25 postings for `데이터 분석가` (15,151 match), so
 * it read every one of them through the word index alone and dropped the ones outside the recency
 * slice afterwards (15k buffers per slice), instead of intersecting the word index with the date
 * index (189 buffers). 1,000 keeps ~10,000 words. ANALYZE then samples 300k rows (about 30 s at 1M
 * postings on a busy machine, also when autovacuum does it).
 */
export class Migration20261130053101_JobsSearchStatistics extends Migration {

  override name = 'Migration20261130053101_JobsSearchStatistics';

  override up(): void | Promise<void> {
    this.addSql(`alter table "job_postings" alter column "search_vector" set statistics 1000;`);
    this.addSql(`analyze "job_postings";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "job_postings" alter column "search_vector" set statistics -1;`);
  }

}
