import { describe, expect, it } from 'vitest';
import { JobSearchService, type JobSearchQuery } from '../../../src/modules/jobs/index.js';
import { CANDIDATE_POOL } from '../../../src/modules/jobs/job-search.service.js';
import { useTestApp } from '../../helpers/test-app.js';

const ctx = useTestApp();

const query = (text: string, page = 1): JobSearchQuery => ({ text, location: '', workplace: '', seniority: '', employmentType: '', salaryAtLeast: null, postedWithinDays: null, page });

/** Published postings with this title, each published the given number of days ago. */
async function postings(title: string, daysAgo: number[]): Promise<void> {
  await ctx.db.query(
    `insert into job_postings (id, company_id, title, locations, workplace, seniority, employment_type, description, language, status, published_at, created_at, updated_at)
     select gen_random_uuid(), (select id from companies where name = 'Search Co'), $1, '{}', 'remote', 'mid', 'full_time', 'A role.', 'en', 'published',
            now() - make_interval(days => d), now(), now()
       from unnest($2::int[]) d`,
    [title, daysAgo],
  );
}

async function titlesFound(text: string): Promise<string[]> {
  const search = ctx.t.app.get(JobSearchService);
  const found: string[] = [];
  for (let page = 1; ; page++) {
    const result = await search.search(query(text, page), null);
    found.push(...result.hits.map((h) => `${h.title} ${Math.round((Date.now() - h.publishedAt.getTime()) / 86_400_000)}d`));
    if (!result.hasNext) return found;
  }
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
});
