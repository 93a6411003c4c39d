import { Migration } from '@mikro-orm/migrations';

export class Migration20261129191500_RateLimitCounter extends Migration {

  override name = 'Migration20261129191500_RateLimitCounter';

  override up(): void | Promise<void> {
    // Rate limits shared by every app instance (issue #18). Unlogged: counters are worth nothing
    // after a crash, and skipping the WAL keeps each hit cheap.
    this.addSql(`create unlogged table "rate_limit_counter" ("key" text not null, "throttler" text not null, "hits" int not null, "window_ends_at" timestamptz not null, "blocked_until" timestamptz null, constraint "rate_limit_counter_pkey" primary key ("key", "throttler"));`);
    this.addSql(`create index "rate_limit_counter_window_ends_at_index" on "rate_limit_counter" ("window_ends_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "rate_limit_counter";`);
  }

}
