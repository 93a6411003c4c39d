import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { uploadDocument } from '../helpers/analysis.js';
import { publishPosting, signInEmployer } from '../helpers/jobs.js';
import { csrfFrom, signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { statementsDuring } from '../helpers/statements.js';
import { useTestApp } from '../helpers/test-app.js';
import { POSTING_POOL_TTL_MS, PostingPoolCache } from '../../src/modules/jobs/posting-pool.cache.js';

// Issue #18, the job search page's own work, counted in statements (not time): what it sends to
// PostgreSQL stays the same as the board grows and as the person searches again, and the person's
// side of fit ranking is read once per data version, yet a change to it ranks the next search at once.
// The board's candidate pool is read once per search and PostingPoolCache's lifetime: a closed posting
// leaves this instance's results at once and another instance's within that lifetime.

const ctx = useTestApp();

const RESUME = Buffer.from('Lee Search\nlee@example.com\n\nSkills\nTypeScript, PostgreSQL, Kafka\n\nExperience\nBackend engineer at Hanbit, 2019–2024\n');

/** Every signed-in page's shared read: the session lookup, with the consent and the page notices riding on it (matching's restriction comes with them). */
const SHARED = 1;
/** The account's goals and the newest résumé's profile, read when the person's data version is new to the cache. */
const SEEKER = 2;

/** Published `title` postings, one a day over the last `days` days, by one company. */
async function board(title: string, days: number, skills: string[] = []): Promise<void> {
  await ctx.db.query(
    `insert into job_postings (id, company_id, title, locations, workplace, seniority, employment_type, description, language, status, required_skills, published_at, created_at, updated_at)
     select gen_random_uuid(), (select id from companies where name = 'Board Co'), $1, '{Seoul}', 'remote', 'mid', 'full_time', 'A role.', 'en', 'published', $3::text[],
            now() - make_interval(days => d) - interval '1 hour', now(), now()
       from generate_series(0, $2 - 1) d`,
    [title, days, skills],
  );
}

/**
 * The search page's statements when it reads the board (the page asked for once before, so templates
 * and keys are warm): the pool a search before it left is dropped first, as when its lifetime ends.
 */
async function searchStatements(agent: Agent, q: string): Promise<string[]> {
  ctx.t.app.get(PostingPoolCache).forget();
  return statementsDuring(() => agent.get('/jobs').query({ q }).expect(200));
}

describe('job search page: a fixed number of statements', () => {
  let agent: Agent;

  it('reads the board in one slice per recency window it needs, stopping at the oldest posting, and the profile once per data version', async () => {
    await ctx.db.query(`insert into companies (id, name, locations, description, created_at, updated_at) values (gen_random_uuid(), 'Board Co', '{}', '', now(), now())`);
    agent = await signIn(ctx.t.origin, { name: 'Lee Search', email: 'lee.search@example.com' });
    await uploadDocument(agent, 'lee-resume.txt', RESUME, 'resume');
    // A board 20 days old: the first 3 days hold 3 matches, which predict 300 days; the second slice
    // reaches past the oldest posting, so there is no third (all-time) slice to read.
    await board('Platform engineer', 20, ['TypeScript', 'Go']);
    await agent.get('/jobs').query({ q: 'engineer' }).expect(200);

    // Seen again with nothing of the person's changed: their profile comes from the page cache.
    const again = await searchStatements(agent, 'engineer');
    expect(again, again.join('\n')).toHaveLength(SHARED + 2);
    expect(again.filter((s) => s.includes('from job_postings p'))).toHaveLength(2);

    // A larger board of the same age: the same statements.
    await board('Data engineer', 20);
    await board('Search engineer', 20);
    expect(await searchStatements(agent, 'engineer')).toHaveLength(SHARED + 2);
    // A full first window: one slice.
    await ctx.db.query(
      `insert into job_postings (id, company_id, title, locations, workplace, seniority, employment_type, description, language, status, published_at, created_at, updated_at)
       select gen_random_uuid(), (select id from companies where name = 'Board Co'), 'Kernel engineer', '{}', 'remote', 'mid', 'full_time', 'A role.', 'en', 'published', now() - make_interval(mins => g), now(), now()
         from generate_series(1, 200) g`,
    );
    expect(await searchStatements(agent, 'engineer')).toHaveLength(SHARED + 1);
  }, 180_000);

  it('reads the profile again after the person changes it, and ranks by the new one at once', async () => {
    const firstFit = async (): Promise<string> => /class="job-fit-score">([^<]+)</.exec((await agent.get('/jobs').query({ q: 'platform' }).expect(200)).text)?.[1] ?? '';
    // One of two required skills (TypeScript, not Go), no goals yet: 0.25 + seniority 0.05 + place 0.05 + mode 0.05.
    expect(await firstFit()).toBe('Fit 40%');
    const token = await tokenFor(agent, '/profile');
    await agent.post('/profile').type('form').send({ _csrf: token, displayName: 'Lee Search', targetRoles: 'Platform engineer', locations: 'Seoul', workMode: 'remote', seniority: 'mid' }).expect(303);
    const changed = await searchStatements(agent, 'platform');
    expect(changed, changed.join('\n')).toHaveLength(SHARED + SEEKER + 2);
    expect(await searchStatements(agent, 'platform')).toHaveLength(SHARED + 2);
    // The role, the seniority and the work mode now match too: + 0.15 role, + 0.05 seniority (0.1 in all).
    expect(await firstFit()).toBe('Fit 60%');
  }, 180_000);

  it('answers the same search again from the board it read, with the session lookup alone, and forgets a posting closed here at once', async () => {
    const pools = ctx.t.app.get(PostingPoolCache);
    const employer = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Kim Board', email: 'kim.board@example.com' }, 'Closing Co');
    const id = await publishPosting(employer, { title: 'Zephyrology engineer', description: 'Zephyrology and TypeScript.' });
    const setStatus = async (action: 'close' | 'reopen'): Promise<void> => {
      const page = await employer.get(`/employer/postings/${id}`).expect(200);
      await employer.post(`/employer/postings/${id}/status`).type('form').send({ _csrf: csrfFrom(page.text), action }).expect(303);
    };
    const shows = async (): Promise<boolean> => (await agent.get('/jobs').query({ q: 'zephyrology' }).expect(200)).text.includes(`/jobs/${id}`);

    expect(await shows()).toBe(true);
    const again = await statementsDuring(() => agent.get('/jobs').query({ q: 'zephyrology' }).expect(200));
    expect(again, again.join('\n')).toHaveLength(SHARED);
    // Anyone's search of the same words and filters shares the pool: it holds public postings only.
    const anonymous = await statementsDuring(() => request(ctx.t.origin).get('/jobs').query({ q: 'zephyrology' }).expect(200));
    expect(anonymous.filter((statement) => statement.includes('job_postings'))).toEqual([]);

    // Closed through this instance: gone from the next search.
    await setStatus('close');
    expect(await shows()).toBe(false);

    // Reopened, then closed by another instance (a write this one does not see): gone once the pool's lifetime ends.
    await setStatus('reopen');
    expect(await shows()).toBe(true);
    await ctx.db.query(`update job_postings set status = 'closed', closed_at = now() where id = $1`, [id]);
    expect(await shows()).toBe(true);
    try {
      // The pool's lifetime ends (a lifetime of 1 ms applies to the pool already held).
      pools.ttlMs = 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(await shows()).toBe(false);
    } finally {
      pools.ttlMs = POSTING_POOL_TTL_MS;
    }
  }, 180_000);
});
