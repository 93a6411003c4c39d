import { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { JobSearchService, type JobSearchQuery } from '../../../src/modules/jobs/index.js';
import { CANDIDATE_POOL, candidatePoolSql, facetDay, searchTsQuery } from '../../../src/modules/jobs/job-search.service.js';
import { useTestApp } from '../../helpers/test-app.js';

const ctx = useTestApp();

const query = (text: string, page = 1, location = ''): JobSearchQuery => ({ text, location, workplace: '', seniority: '', employmentType: '', salaryAtLeast: null, postedWithinDays: null, page });

/** Published postings with this title, each published the given number of days ago. */
async function postings(title: string, daysAgo: number[], locations: string[] = []): Promise<void> {
  await ctx.db.query(
    `insert into job_postings (id, company_id, title, locations, workplace, seniority, employment_type, description, language, status, published_at, created_at, updated_at)
     select gen_random_uuid(), (select id from companies where name = 'Search Co'), $1, $3::text[], 'remote', 'mid', 'full_time', 'A role.', 'en', 'published',
            now() - make_interval(days => d), now(), now()
       from unnest($2::int[]) d`,
    [title, daysAgo, locations],
  );
}

async function titlesFound(text: string, location = ''): Promise<string[]> {
  const search = ctx.t.app.get(JobSearchService);
  const found: string[] = [];
  for (let page = 1; ; page++) {
    const result = await search.search(query(text, page, location), null);
    found.push(...result.hits.map((h) => `${h.title} ${Math.round((Date.now() - h.publishedAt.getTime()) / 86_400_000)}d`));
    if (!result.hasNext) return found;
  }
}

/**
 * The plan of a pool statement with sequential scans priced out: whether an index CAN serve it (the
 * few postings of a test make a scan of the whole table the cheapest plan otherwise).
 */
async function indexPlan(sql: string, params: unknown[]): Promise<string> {
  return ctx.t.app.get(EntityManager).fork().transactional(async (tx) => {
    const conn = tx.getConnection();
    await conn.execute('set local enable_seqscan = off', [], 'run', tx.getTransactionContext());
    const rows = await conn.execute<{ 'QUERY PLAN': string }[]>(`explain ${sql}`, params, 'all', tx.getTransactionContext());
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('job search', () => {
  it('matches Latin words exactly and Hangul words as prefixes', async () => {
    await ctx.db.query(`insert into companies (id, name, locations, description, created_at, updated_at) values (gen_random_uuid(), 'Search Co', '{}', '', now(), now())`);
    await postings('Kernel engineering lead', [1]);
    await postings('Kernel engineer', [2]);
    await postings('커널 개발자를 모십니다', [3]);
    expect(await titlesFound('kernel engineer')).toEqual(['Kernel engineer 2d']);
    expect(await titlesFound('커널 개발자')).toEqual(['커널 개발자를 모십니다 3d']);
  });

  it('widens the recency window until the pool is full, so old matches are found', async () => {
    await postings('Zymurgy brewer', [500, 2, 100, 20]);
    expect(await titlesFound('zymurgy')).toEqual(['Zymurgy brewer 2d', 'Zymurgy brewer 20d', 'Zymurgy brewer 100d', 'Zymurgy brewer 500d']);
  });

  it('ranks exactly the freshest matches when the newest window fills the pool', async () => {
    await postings('Cooper', [...Array.from({ length: CANDIDATE_POOL }, () => 1), 30, 400]);
    const found = await titlesFound('cooper');
    expect(found).toHaveLength(CANDIDATE_POOL);
    expect(found.every((t) => t === 'Cooper 1d')).toBe(true);
  });

  it('reads each date once as the windows widen: matches spread over a year are all found, in order, none twice', async () => {
    // 3 of them in the first 3 days predict a wide next window; the rest lie in every later slice.
    const days = [0, 1, 2, 4, 9, 13, 14, 15, 59, 60, 61, 200, 364, 366, 900];
    await postings('Quillwright', days);
    expect(await titlesFound('quillwright')).toEqual(days.map((d) => `Quillwright ${d}d`));
  });

  it('matches a location by its words and by the Korean or English name of the city', async () => {
    await postings('Lamplighter', [1], ['Seoul, KR']);
    await postings('Lamplighter', [2], ['서울 강남구']);
    await postings('Lamplighter', [3], ['서울특별시 성동구']);
    await postings('Lamplighter', [4], ['Busan', 'Remote']);
    await postings('Lamplighter', [5], ['Redmond, WA']);
    expect(await titlesFound('lamplighter', 'Seoul')).toEqual(['Lamplighter 1d', 'Lamplighter 2d', 'Lamplighter 3d']);
    expect(await titlesFound('lamplighter', '서울')).toEqual(['Lamplighter 1d', 'Lamplighter 2d', 'Lamplighter 3d']);
    expect(await titlesFound('lamplighter', '  seoul ')).toEqual(['Lamplighter 1d', 'Lamplighter 2d', 'Lamplighter 3d']);
    expect(await titlesFound('lamplighter', '부산광역시')).toEqual(['Lamplighter 4d']);
    expect(await titlesFound('lamplighter', 'Redmond')).toEqual(['Lamplighter 5d']);
    expect(await titlesFound('lamplighter', 'redmond, wa')).toEqual(['Lamplighter 5d']);
    // Whole words, every one of them: no substring of a city, no posting missing one of the words.
    expect(await titlesFound('lamplighter', 'Seo')).toEqual([]);
    expect(await titlesFound('lamplighter', 'Seoul Busan')).toEqual([]);
    // Without words too (the filter alone, newest first).
    expect((await titlesFound('', '서울')).filter((t) => t.startsWith('Lamplighter'))).toEqual(['Lamplighter 1d', 'Lamplighter 2d', 'Lamplighter 3d']);
  });

  it('answers the location filter from the location keys index', async () => {
    // 3,000 postings in Berlin and 5 in Jeju: the planner reads the few Jeju postings through the index.
    await ctx.db.query(
      `insert into job_postings (id, company_id, title, locations, workplace, seniority, employment_type, description, language, status, published_at, created_at, updated_at)
       select gen_random_uuid(), (select id from companies where name = 'Search Co'), 'Baker', case when g <= 5 then array['제주특별자치도 제주시'] else array['Berlin'] end,
              'on_site', 'mid', 'full_time', 'Bread.', 'en', 'published', now() - make_interval(mins => g), now(), now()
         from generate_series(1, 3005) g`,
    );
    await ctx.db.query('analyze job_postings');
    // Without words, from the location keys' own index (with words, from the facets index, which holds the
    // keys too: the next test).
    const { sql, params } = candidatePoolSql(query('', 1, 'Jeju'), null, { withinDays: null, notWithinDays: null });
    expect(await indexPlan(sql, params)).toContain('job_postings_location_keys_index');
    expect(await titlesFound('baker', 'jeju')).toHaveLength(5);
  });

  it('reads the all-time slice of a word search through the indexes, never by walking the date index', async () => {
    // A walk there has no early stop to count on: for words that seldom meet it read the whole table.
    for (const filters of [{}, { workplace: 'remote' as const }]) {
      const { sql, params } = candidatePoolSql({ ...query('zymurgy brewer'), ...filters }, searchTsQuery('zymurgy brewer'), { withinDays: null, notWithinDays: 3 });
      expect(sql).toContain(`order by p.published_at + interval '0 seconds' desc`);
      expect(params).toContain(3);
    }
    // So is every other slice of a word search (the facets index holds the slice's days), and a search
    // without words walks the date index, newest first.
    expect(candidatePoolSql(query('zymurgy'), searchTsQuery('zymurgy'), { withinDays: 14, notWithinDays: 3 }, CANDIDATE_POOL, new Date()).sql).toContain(`order by p.published_at + interval '0 seconds' desc`);
    expect(candidatePoolSql(query(''), null, { withinDays: null, notWithinDays: null }).sql).toContain('order by p.published_at desc');
  });

  it("names a posting's publication day in the facets index as the search does, on both sides of midnight UTC", async () => {
    const moments = ['2026-11-30T00:00:00.000Z', '2026-11-29T23:59:59.999Z', '2000-01-01T00:00:00.000Z', '2026-03-01T09:30:00+09:00'];
    for (const at of moments) {
      const [row] = await ctx.db.query<{ facets: string[] }>(`select job_search_facets('remote', 'mid', 'full_time', array['seoul'], $1::timestamptz) as facets`, [at]);
      expect(row!.facets, at).toEqual(['workplace:remote', 'seniority:mid', 'type:full_time', `day:${facetDay(new Date(at))}`, 'seoul']);
    }
    expect(facetDay(new Date('2000-01-02T00:00:00Z'))).toBe(1);
  });

  it('reads a word search with filters through the one index of words, filters and days', async () => {
    // A slice's filters and days are asked of job_postings_search_facets_index, which no other index
    // serves: the planner intersects them there instead of checking each posting of a filter's btree.
    const now = new Date();
    const filtered: JobSearchQuery = { ...query('zymurgy brewer', 1, 'Seoul'), workplace: 'remote', seniority: 'senior', employmentType: 'contract' };
    const { sql, params } = candidatePoolSql(filtered, searchTsQuery('zymurgy brewer'), { withinDays: 3, notWithinDays: null }, CANDIDATE_POOL, now);
    expect(sql).toContain('job_search_facets(p.workplace, p.seniority, p.employment_type, p.location_keys, p.published_at) @>');
    expect(sql).toContain(`'day:${facetDay(now) - 3}', 'day:${facetDay(now) - 2}', 'day:${facetDay(now) - 1}', 'day:${facetDay(now)}', 'day:${facetDay(now) + 1}'`);
    expect(params).toEqual(expect.arrayContaining(['workplace:remote', 'seniority:senior', 'type:contract', 'Seoul']));
    // The exact bounds are checked only on what the index found (see candidatePoolSql).
    expect(sql).toContain('coalesce(p.published_at >= ?::timestamptz - make_interval(days => ?), false)');
    expect(await indexPlan(sql, params)).toContain('job_postings_search_facets_index');
    // An older slice names its own days (up to the day of its newer bound), all time none; a search
    // without words keeps the filters' btrees.
    const older = candidatePoolSql(filtered, searchTsQuery('zymurgy'), { withinDays: 90, notWithinDays: 3 }, CANDIDATE_POOL, now).sql;
    expect(older.match(/'day:\d+'/g)).toEqual(Array.from({ length: 88 }, (_, i) => `'day:${facetDay(now) - 90 + i}'`));
    expect(candidatePoolSql(filtered, searchTsQuery('zymurgy'), { withinDays: null, notWithinDays: 90 }, CANDIDATE_POOL, now).sql).not.toContain("'day:");
    expect(candidatePoolSql({ ...filtered, text: '' }, null, { withinDays: null, notWithinDays: null }, CANDIDATE_POOL, now).sql).toContain('p.workplace = ?');
  });

  it('keeps finer statistics of the search words, so a rare word is not guessed rarer still', async () => {
    const [stats] = await ctx.db.query<{ target: number }>(`select attstattarget::int as target from pg_attribute where attrelid = 'job_postings'::regclass and attname = 'search_vector'`);
    expect(stats!.target).toBe(1000);
  });

  it('finds exactly the freshest matches, best match first, over a seeded set of varied postings and queries', async () => {
    // 1,500 postings, one a minute apart (no ties in date), with words that meet often, seldom or never,
    // and filters; each query's results over all its pages must equal the freshest pool of matches read
    // directly, in order of text relevance, then freshness.
    await ctx.db.query(`insert into companies (id, name, locations, description, created_at, updated_at) values (gen_random_uuid(), 'Seeded Co', '{}', '', now(), now())`);
    await ctx.db.query(
      `insert into job_postings (id, company_id, title, locations, workplace, seniority, employment_type, description, language, status, published_at, created_at, updated_at)
       select gen_random_uuid(), (select id from companies where name = 'Seeded Co'),
              (array['Glassblower', 'Glassblower lead', 'Kiln operator', '가마 기술자'])[1 + g % 4] || case when g % 7 = 0 then ' cooper' else '' end,
              array[(array['Seoul', 'Busan', 'Berlin'])[1 + g % 3]], (array['remote', 'hybrid', 'on_site'])[1 + (g / 5) % 3],
              (array['junior', 'mid', 'senior'])[1 + (g / 2) % 3], (array['full_time', 'contract', 'internship', 'full_time'])[1 + (g / 3) % 4],
              case when g % 11 = 0 then 'Furnace glassblower furnace.' else 'Studio work.' end, 'en', 'published',
              now() - make_interval(mins => (g * 397) % 1500 * 500), now(), now()
         from generate_series(0, 1499) g`,
    );
    await ctx.db.query('analyze job_postings');
    const cases: JobSearchQuery[] = [
      query('glassblower'),
      query('glassblower cooper'),
      query('furnace kiln'),
      query('가마'),
      { ...query('glassblower'), workplace: 'hybrid' },
      query('cooper', 1, 'Berlin'),
      { ...query('glassblower lead', 1, '서울'), workplace: 'remote', seniority: 'mid' },
      { ...query('kiln'), employmentType: 'full_time', postedWithinDays: 30 },
      { ...query('가마'), seniority: 'junior', workplace: 'on_site' },
      { ...query('furnace'), workplace: 'hybrid', employmentType: 'internship', location: 'Busan' },
    ];
    const search = ctx.t.app.get(JobSearchService);
    for (const q of cases) {
      const found: string[] = [];
      for (let page = 1; ; page++) {
        const result = await search.search({ ...q, page }, null);
        found.push(...result.hits.map((h) => h.id));
        if (!result.hasNext) break;
      }
      const tsQuery = searchTsQuery(q.text)!;
      const filters = [
        q.workplace ? `and workplace = '${q.workplace}'` : '',
        q.seniority ? `and seniority = '${q.seniority}'` : '',
        q.employmentType ? `and employment_type = '${q.employmentType}'` : '',
        q.location ? `and location_keys @> job_location_keys(array['${q.location}'])` : '',
        q.postedWithinDays ? `and published_at >= now() - make_interval(days => ${q.postedWithinDays})` : '',
      ].join(' ');
      const expected = await ctx.db.query<{ id: string }>(
        `select id from (select id, published_at, ts_rank(search_vector, to_tsquery('simple', $1)) as rank from job_postings
           where status = 'published' and search_vector @@ to_tsquery('simple', $1) and company_id = (select id from companies where name = 'Seeded Co') ${filters}
           order by published_at desc limit ${CANDIDATE_POOL}) pool
         order by rank desc, published_at desc`,
        [tsQuery],
      );
      expect(expected.length, q.text).toBeGreaterThan(0);
      expect(found, q.text).toEqual(expected.map((r) => r.id));
    }
  });
});
