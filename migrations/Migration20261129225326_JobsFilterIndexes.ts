import { Migration } from '@mikro-orm/migrations';

/**
 * The search filters in the index (issue #13, README "Search"): one (filter, published_at) btree per
 * filter column, over published postings only, so a word search with filters intersects the word
 * index with each filter's postings inside the recency window (a BitmapAnd) and reads only postings
 * that match everything, instead of reading every match of the word and checking the filters on each.
 */
export class Migration20261129225326_JobsFilterIndexes extends Migration {

  override name = 'Migration20261129225326_JobsFilterIndexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "job_postings_workplace_published_index" on "job_postings" ("workplace", "published_at" desc) where "status" = 'published';`);
    this.addSql(`create index "job_postings_seniority_published_index" on "job_postings" ("seniority", "published_at" desc) where "status" = 'published';`);
    this.addSql(`create index "job_postings_employment_type_published_index" on "job_postings" ("employment_type", "published_at" desc) where "status" = 'published';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "job_postings_employment_type_published_index";`);
    this.addSql(`drop index if exists "job_postings_seniority_published_index";`);
    this.addSql(`drop index if exists "job_postings_workplace_published_index";`);
  }

}
