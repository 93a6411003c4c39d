import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadDocument } from '../helpers/analysis.js';
import { FakeStripe } from '../helpers/fake-stripe-server.js';
import { applyTo, publishPosting, signInEmployer } from '../helpers/jobs.js';
import { signIn, tokenFor } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

/** Applying uses the plan's daily quota in the same transaction; a matching restriction un-ranks search. */
const env: Record<string, string> = {};
let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await FakeStripe.start();
  Object.assign(env, stripe.env({ FREE_APPLICATIONS_PER_DAY: '1', SIGN_IN_RATE_LIMIT: '500' }));
});
afterAll(async () => {
  await stripe.close();
});
const ctx = useTestApp(env);

const RESUME = Buffer.from('Jun Seo\n\nSkills\nTypeScript, PostgreSQL, Node.js\n\nExperience\nBackend engineer, 2019–2024\n');
const JOB = 'We build APIs.\n\nRequirements:\n- TypeScript and Node.js\n- PostgreSQL\n';

describe('jobs and the other modules’ checks', () => {
  let firstId: string;
  let secondId: string;

  it('counts an application against the Free plan’s daily quota and refuses the next one, leaving no row', async () => {
    const employer = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Quinn Quota', email: 'quinn@quota.example' }, 'Quota Works');
    firstId = await publishPosting(employer, { title: 'Backend Engineer', description: JOB });
    secondId = await publishPosting(employer, { title: 'Platform Engineer', description: JOB });
    const seeker = await signIn(ctx.t.origin, { name: 'Jun Seo', email: 'jun@example.com' });
    const resumeId = await uploadDocument(seeker, 'jun.txt', RESUME, 'resume');
    await applyTo(seeker, firstId, { resumeId });
    const token = await tokenFor(seeker, `/jobs/${secondId}/apply`);
    const refused = await seeker.post(`/jobs/${secondId}/apply`).type('form').send({ _csrf: token, resumeId }).expect(402);
    expect(refused.text).toMatch(/applications/i);
    const rows = await ctx.db.query<{ posting_id: string }>(`select a.posting_id from job_applications a join users u on u.id = a.applicant_id where u.email = 'jun@example.com'`);
    expect(rows.map((r) => r.posting_id)).toEqual([firstId]);
    const grants = await ctx.db.query(`select g.id from share_grants g join users u on u.id = g.owner_id where u.email = 'jun@example.com'`);
    expect(grants).toHaveLength(1);
    const [usage] = await ctx.db.query<{ used: number }>(`select b.used from billing_usage b join users u on u.id = b.user_id where u.email = 'jun@example.com' and b.kind = 'applications'`);
    expect(usage!.used).toBe(1);
  });

  it('shows search results unranked, with a note, while the person has paused matching', async () => {
    const seeker = await signIn(ctx.t.origin, { name: 'Jun Seo', email: 'jun@example.com' });
    const ranked = await seeker.get('/jobs').query({ q: 'engineer' }).expect(200);
    expect(ranked.text).toContain('Ranked by fit to your profile');
    expect(ranked.text).toContain('Skills you have');
    await ctx.db.query(`insert into processing_restrictions (id, user_id, purpose, basis, since) select gen_random_uuid(), id, 'matching', 'restriction', now() from users where email = 'jun@example.com'`);
    const plain = await seeker.get('/jobs').query({ q: 'engineer' }).expect(200);
    expect(plain.text).toContain('You paused matching');
    expect(plain.text).not.toContain('Ranked by fit to your profile');
    expect(plain.text).not.toContain('Skills you have');
    // Still finds the postings.
    expect(plain.text).toContain(`href="/jobs/${firstId}"`);
    expect(plain.text).toContain(`href="/jobs/${secondId}"`);
  });
});
