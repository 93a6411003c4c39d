import { Migration } from '@mikro-orm/migrations';

/**
 * The search's location filter in an index (issue #13, README "Search"). `job_location_keys()` turns a
 * posting's locations into normalised keys: lower-cased NFKC words, Korean city names and their
 * administrative forms mapped to one romanised key (`서울`, `서울특별시` and `Seoul` → `seoul`), so
 * "Seoul" finds "Seoul, KR" and "서울 강남구". The keys are a stored generated column with a GIN index
 * (built in, no extension), and the search asks for postings whose keys contain every key of what was
 * typed — instead of a substring match over the array that no index could serve.
 * The function is IMMUTABLE (a generated column needs it): changing the aliases needs a new migration
 * that recomputes the column.
 */
export class Migration20261130020648_JobsLocationKeys extends Migration {

  override name = 'Migration20261130020648_JobsLocationKeys';

  override up(): void | Promise<void> {
    this.addSql(`create function "job_location_keys"(locations text[]) returns text[]
      language sql immutable parallel safe strict
      set search_path = pg_catalog
      as $$
        select coalesce(array_agg(distinct coalesce(alias.key, word) order by coalesce(alias.key, word)), '{}')
          from unnest(locations) as location,
               regexp_split_to_table(lower(normalize(location, nfkc)), '[[:space:][:punct:]]+') as word
          left join (values
            ('서울', 'seoul'), ('서울시', 'seoul'), ('서울특별시', 'seoul'),
            ('부산', 'busan'), ('부산시', 'busan'), ('부산광역시', 'busan'),
            ('인천', 'incheon'), ('인천시', 'incheon'), ('인천광역시', 'incheon'),
            ('대구', 'daegu'), ('대구시', 'daegu'), ('대구광역시', 'daegu'),
            ('대전', 'daejeon'), ('대전시', 'daejeon'), ('대전광역시', 'daejeon'),
            ('광주', 'gwangju'), ('광주시', 'gwangju'), ('광주광역시', 'gwangju'),
            ('울산', 'ulsan'), ('울산시', 'ulsan'), ('울산광역시', 'ulsan'),
            ('세종', 'sejong'), ('세종시', 'sejong'), ('세종특별자치시', 'sejong'),
            ('제주', 'jeju'), ('제주시', 'jeju'), ('제주도', 'jeju'), ('제주특별자치도', 'jeju'),
            ('수원', 'suwon'), ('수원시', 'suwon'), ('성남', 'seongnam'), ('성남시', 'seongnam'),
            ('판교', 'pangyo'), ('경기', 'gyeonggi'), ('경기도', 'gyeonggi'),
            ('한국', 'korea'), ('대한민국', 'korea'), ('kr', 'korea'), ('kor', 'korea'),
            ('원격', 'remote'), ('재택', 'remote')
          ) as alias(name, key) on alias.name = word
         where word <> ''
      $$;`);
    this.addSql(`alter table "job_postings" add column "location_keys" text[] generated always as (job_location_keys("locations")) stored;`);
    this.addSql(`create index "job_postings_location_keys_index" on "job_postings" using gin ("location_keys") where "status" = 'published';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "job_postings_location_keys_index";`);
    this.addSql(`alter table "job_postings" drop column if exists "location_keys";`);
    this.addSql(`drop function if exists "job_location_keys"(text[]);`);
  }

}
