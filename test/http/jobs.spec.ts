import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { uploadDocument } from '../helpers/analysis.js';
import { applyTo, publishPosting, signInEmployer } from '../helpers/jobs.js';
import { csrfFrom, signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';
import { EMPLOYER_ITEM_READS_PER_HOUR } from '../../src/modules/jobs/employer.controller.js';

const ctx = useTestApp();

const RESUME = Buffer.from('Mina Park\nmina@example.com\n\nSkills\nTypeScript, PostgreSQL, Node.js, React\n\nExperience\nBackend engineer at Hanbit, 2019–2024\n- Built the billing API in TypeScript and PostgreSQL\n');
const COVER_LETTER = Buffer.from('Dear hiring team,\nI would love to build payments with you. SECRET-COVER-LETTER-LINE\n');
const JOB = `We build payment APIs for small shops.

Requirements:
- 3+ years of TypeScript and Node.js
- PostgreSQL in production
- Apache Kafka for event streams

Nice to have:
- Kubernetes`;
const KOREAN_JOB = `작은 가게를 위한 결제 서비스를 만들어요.

자격 요건:
- 백엔드 개발 경력 3년 이상
- 데이터베이스 설계 경험`;

async function grantLinks(employer: Agent, applicationId: string): Promise<string[]> {
  const page = await employer.get(`/employer/applications/${applicationId}`).expect(200);
  return [...page.text.matchAll(/href="(\/employer\/grants\/[^"]+)"/g)].map((m) => m[1]!);
}

describe('jobs: post, find, apply sharing only what was picked, see the views, revoke', () => {
  let employer: Agent;
  let seeker: Agent;
  let postingId: string;
  let resumeId: string;
  let coverLetterId: string;
  let applicationId: string;

  it('lets an employer set up a company and post a job whose skills are read from the description', async () => {
    employer = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Erin Employer', email: 'erin@acme.example' }, 'Acme Payments');
    postingId = await publishPosting(employer, { title: 'Backend Engineer', description: JOB, salaryMin: '60,000,000', salaryMax: '80000000', salaryCurrency: 'krw' });
    const [row] = await ctx.db.query<{ required_skills: string[]; preferred_skills: string[]; status: string; salary_currency: string }>('select required_skills, preferred_skills, status, salary_currency from job_postings where id = $1', [postingId]);
    expect(row!.status).toBe('published');
    expect(row!.salary_currency).toBe('KRW');
    expect(row!.required_skills).toEqual(expect.arrayContaining(['TypeScript', 'PostgreSQL']));
    expect(row!.preferred_skills).toContain('Kubernetes');
    // The public page shows it to anyone, signed out too.
    const page = await request(ctx.t.origin).get(`/jobs/${postingId}`).expect(200);
    expect(page.text).toContain('Backend Engineer');
    expect(page.text).toContain('Acme Payments');
  });

  it('refuses a job seeker on the employer pages', async () => {
    const someone = await signIn(ctx.t.origin, { name: 'Sam Seeker', email: 'sam@example.com' });
    await someone.get('/employer').expect(403);
  });

  it('finds the job for a seeker, ranked by fit with matched and missing skills, and pages without JavaScript', async () => {
    seeker = await signIn(ctx.t.origin, { name: 'Mina Park', email: 'mina@example.com' });
    resumeId = await uploadDocument(seeker, 'mina-resume.txt', RESUME, 'resume');
    coverLetterId = await uploadDocument(seeker, 'mina-cover.txt', COVER_LETTER, 'cover_letter');
    const results = await seeker.get('/jobs').query({ q: 'backend typescript', workplace: 'hybrid' }).expect(200);
    expect(results.text).toContain(`href="/jobs/${postingId}"`);
    expect(results.text).toContain('Skills you have');
    expect(results.text).toMatch(/Skills you are missing[\s\S]*Kafka/);
    const none = await seeker.get('/jobs').query({ q: 'backend', workplace: 'remote' }).expect(200);
    expect(none.text).not.toContain(`href="/jobs/${postingId}"`);
    // One page of results, or none, has no pager ("Page 1" under "No jobs match" said nothing).
    expect(none.text).toContain('No jobs match');
    for (const page of [results.text, none.text]) expect(page).not.toContain('class="pagination"');
  });

  it('finds a Korean posting with a Korean query (particles after the word included)', async () => {
    const koreanId = await publishPosting(employer, { title: '백엔드 개발자를 찾습니다', description: KOREAN_JOB, language: 'ko' });
    const results = await seeker.get('/jobs').query({ q: '백엔드 개발자' }).expect(200);
    expect(results.text).toContain(`href="/jobs/${koreanId}"`);
    expect(results.text).not.toContain(`href="/jobs/${postingId}"`);
  });

  it('offers exactly what can be shared, with nothing ticked beyond the chosen résumé', async () => {
    const form = await seeker.get(`/jobs/${postingId}/apply`).expect(200);
    const checked = [...form.text.matchAll(/<input[^>]*\bchecked\b[^>]*>/g)].map((m) => m[0]);
    expect(checked).toHaveLength(1);
    expect(checked[0]).toContain(`value="${resumeId}"`);
    expect(form.text).toContain('mina-cover.txt');
  });

  it('applies sharing the résumé but not the cover letter: the employer opens exactly that, and 404 everywhere else', async () => {
    await applyTo(seeker, postingId, { resumeId, sections: ['skills'] });
    [{ id: applicationId }] = (await ctx.db.query<{ id: string }>('select id from job_applications where posting_id = $1', [postingId])) as [{ id: string }];
    const links = await grantLinks(employer, applicationId);
    expect(links.sort()).toEqual([expect.stringMatching(new RegExp(`/documents/${resumeId}$`)), expect.stringMatching(new RegExp(`/profile/${resumeId}$`))].sort());
    const resumeLink = links.find((l) => l.includes('/documents/'))!;
    const opened = await employer.get(resumeLink).expect(200);
    expect(opened.text).toContain('Built the billing API');
    const profile = await employer.get(links.find((l) => l.includes('/profile/'))!).expect(200);
    expect(profile.text).toContain('TypeScript');
    expect(profile.text).not.toContain('Hanbit'); // work experience was not ticked

    // The cover letter: not through the grant's URL, not through the owner's routes.
    const grantId = /\/employer\/grants\/([0-9a-f-]{36})\//.exec(resumeLink)![1]!;
    await employer.get(`/employer/grants/${grantId}/documents/${coverLetterId}`).expect(404);
    await employer.get(`/documents/${coverLetterId}`).expect(404);
    // The owner's own pages stay the owner's: a grant answers only the jobs pages' shared reads.
    await employer.get(`/documents/${resumeId}`).expect(404);
    await employer.get(`/documents/${resumeId}/profile`).expect(404);
    await employer.get(`/documents/${resumeId}/download`).expect(404);

    // Another company: nothing of this application.
    const rival = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Rita Rival', email: 'rita@rival.example' }, 'Rival Corp');
    await rival.get(`/employer/applications/${applicationId}`).expect(404);
    await rival.get(resumeLink).expect(404);
    await rival.get(`/employer/postings/${postingId}/applicants`).expect(404);
  });

  it('shows the seeker each view on the Sharing page, in their language', async () => {
    const sharing = await seeker.get('/settings/sharing').expect(200);
    expect(sharing.text).toContain('Acme Payments');
    expect(sharing.text).toMatch(/Acme Payments viewed your document on \d/);
    expect(sharing.text).toMatch(/Acme Payments viewed your profile on \d/);
    const korean = await seeker.get('/settings/sharing?lang=ko').expect(200);
    expect(korean.text).toMatch(/Acme Payments에서 .+에 문서을\(를\) 열람했어요/);
    const status = await seeker.get('/jobs/applications').expect(200);
    expect(status.text).toContain('New');
  });

  it('revokes in one click: from then on the employer gets 404', async () => {
    const links = await grantLinks(employer, applicationId);
    const sharing = await seeker.get('/settings/sharing').expect(200);
    const grantId = /action="\/settings\/sharing\/([0-9a-f-]{36})\/revoke"/.exec(sharing.text)![1]!;
    await seeker.post(`/settings/sharing/${grantId}/revoke`).type('form').send({ _csrf: csrfFrom(sharing.text) }).expect(303);
    for (const link of links) await employer.get(link).expect(404);
    const page = await employer.get(`/employer/applications/${applicationId}`).expect(200);
    expect(page.text).toContain('Nothing is shared with you any more');
  });

  it('keeps company notes private and moves the pipeline with history', async () => {
    const token = await tokenFor(employer, `/employer/applications/${applicationId}`);
    await employer.post(`/employer/applications/${applicationId}/notes`).type('form').send({ _csrf: token, body: 'PRIVATE-NOTE strong SQL' }).expect(303);
    await employer.post(`/employer/applications/${applicationId}/stage`).type('form').send({ _csrf: token, stage: 'interviewing' }).expect(303);
    const page = await employer.get(`/employer/applications/${applicationId}`).expect(200);
    expect(page.text).toContain('PRIVATE-NOTE');
    expect(page.text).toMatch(/Interviewing[\s\S]*Erin Employer/);
    const mine = await seeker.get('/jobs/applications').expect(200);
    expect(mine.text).toContain('Interviewing');
    expect(mine.text).not.toContain('PRIVATE-NOTE');
  });

  it('on account deletion revokes every grant; the employer sees a withdrawn application and no personal data', async () => {
    const leaver = await signIn(ctx.t.origin, { name: 'Leo Leaver', email: 'leo@example.com' });
    const leaverResume = await uploadDocument(leaver, 'leo.txt', Buffer.from('Leo Leaver\nleo@example.com\nSkills: TypeScript\n'), 'resume');
    await applyTo(leaver, postingId, { resumeId: leaverResume, note: 'Hello from Leo' });
    const [{ id: leaverApplication }] = (await ctx.db.query<{ id: string }>(`select a.id from job_applications a join users u on u.id = a.applicant_id where u.email = 'leo@example.com'`)) as [{ id: string }];
    const [user] = await ctx.db.query<{ id: string }>(`select id from users where email = 'leo@example.com'`);
    const links = await grantLinks(employer, leaverApplication);
    await employer.get(links[0]!).expect(200);

    const token = await tokenFor(leaver, '/settings/delete');
    await leaver.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'leo@example.com' }).expect(303);

    for (const link of links) await employer.get(link).expect(404);
    const page = await employer.get(`/employer/applications/${leaverApplication}`).expect(200);
    expect(page.text).toContain('Withdrawn');
    expect(page.text).toContain('Former applicant');
    expect(page.text).not.toContain('Leo');
    for (const table of ['job_applications', 'share_grants', 'job_application_stage_changes', 'job_application_notes', 'saved_jobs', 'access_log']) {
      const rows = await ctx.db.query(`select * from ${table} t where t::text ilike '%' || $1 || '%' or t::text ilike '%leo%'`, [user!.id]);
      expect(rows, table).toEqual([]);
    }
  });
  it('limits how many shared items one employer can open in an hour (S3: no bulk export)', async () => {
    const another = await signIn(ctx.t.origin, { name: 'Ava', email: 'ava@example.com' });
    await applyTo(another, postingId, { resumeId: await uploadDocument(another, 'ava.txt', RESUME, 'resume') });
    const [{ id }] = (await ctx.db.query<{ id: string }>(`select a.id from job_applications a join users u on u.id = a.applicant_id where u.email = 'ava@example.com'`)) as [{ id: string }];
    const link = (await grantLinks(employer, id))[0]!;
    let status = 200;
    let reads = 1 + (await ctx.db.query(`select 1 from access_log where actor_id = (select id from users where email = 'erin@acme.example') and permission like '%-shared'`)).length;
    while (status === 200 && reads <= EMPLOYER_ITEM_READS_PER_HOUR + 1) {
      status = (await employer.get(link)).status;
      reads++;
    }
    expect(status).toBe(429);
    expect(reads).toBeGreaterThan(EMPLOYER_ITEM_READS_PER_HOUR - 5);
    expect(reads).toBeLessThanOrEqual(EMPLOYER_ITEM_READS_PER_HOUR + 2);
    // Employers have no route that lists or searches people.
    for (const path of ['/employer/candidates', '/employer/search', '/employer/profiles']) await employer.get(path).expect(404);
    // A hundred and twenty logged, decrypted reads one after another: a quarter of a second each on a loaded
    // two-core CI machine, so this test gets room beyond the tier's 30 s (a hang guard, not a speed check).
  }, 180_000);

});

describe('jobs: colleagues, Share Profile, saved jobs', () => {
  it('lets an owner invite a colleague by email, who joins the company as an employer', async () => {
    const owner = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Olga Owner', email: 'olga@beta.example' }, 'Beta Labs');
    const token = await tokenFor(owner, '/employer');
    await owner.post('/employer/invitations').type('form').send({ _csrf: token, email: 'colin@beta.example' }).expect(303);
    const [mail] = await ctx.db.query<{ text_body: string; subject: string }>(`select text_body, subject from mail_outbox where recipient = 'colin@beta.example'`);
    expect(mail!.subject).toBe('Olga Owner invited you to Beta Labs on Candor');
    const path = /\/employer\/invitations\/[\w-]+/.exec(mail!.text_body)![0];
    // Someone else who got hold of the link cannot use it.
    const stranger = await signIn(ctx.t.origin, { name: 'Stan', email: 'stan@example.com' });
    await stranger.get(path).expect(404);
    const colin = await signIn(ctx.t.origin, { name: 'Colin', email: 'colin@beta.example' });
    const page = await colin.get(path).expect(200);
    await colin.post(path).type('form').send({ _csrf: csrfFrom(page.text) }).expect(303);
    const home = await colin.get('/employer').expect(200);
    expect(home.text).toContain('Beta Labs');
    expect(home.text).toContain('Olga Owner');
    await colin.get(path).expect(404); // used up
  });

  it('shares a profile with one company until an expiry (30 days by default), revocably', async () => {
    const employer = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Gina', email: 'gina@gamma.example' }, 'Gamma Co');
    const [{ id: companyId }] = (await ctx.db.query<{ id: string }>(`select id from companies where name = 'Gamma Co'`)) as [{ id: string }];
    const seeker = await signIn(ctx.t.origin, { name: 'Pia', email: 'pia@example.com' });
    const resumeId = await uploadDocument(seeker, 'pia.txt', RESUME, 'resume');
    const form = await seeker.get(`/companies/${companyId}/share`).expect(200);
    expect(form.text).toMatch(/<input type="radio" name="days" value="30" checked>/);
    await seeker.post(`/companies/${companyId}/share`).type('form').send({ _csrf: csrfFrom(form.text), resumeId, days: '30' }).expect(303);
    const [grant] = await ctx.db.query<{ days: number }>(`select round(extract(epoch from expires_at - created_at) / 86400)::int as days from share_grants where company_id = $1`, [companyId]);
    expect(grant!.days).toBe(30);
    const shared = await employer.get('/employer/shared').expect(200);
    expect(shared.text).toContain('Pia');
    const link = /href="(\/employer\/grants\/[^"]+)"/.exec(shared.text)![1]!;
    await employer.get(link).expect(200);
    const sharing = await seeker.get('/settings/sharing').expect(200);
    expect(sharing.text).toMatch(/Gamma Co viewed your document on/);
    const grantId = /action="\/settings\/sharing\/([0-9a-f-]{36})\/revoke"/.exec(sharing.text)![1]!;
    await seeker.post(`/settings/sharing/${grantId}/revoke`).type('form').send({ _csrf: csrfFrom(sharing.text) }).expect(303);
    await employer.get(link).expect(404);
    expect((await employer.get('/employer/shared').expect(200)).text).not.toContain('Pia');
  });

  it('saves a job and lists it under saved jobs', async () => {
    const employer = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Dee', email: 'dee@delta.example' }, 'Delta');
    const id = await publishPosting(employer, { title: 'Data Analyst', description: 'Requirements:\n- SQL\n- Excel' });
    const seeker = await signIn(ctx.t.origin, { name: 'Sol', email: 'sol@example.com' });
    const page = await seeker.get(`/jobs/${id}`).expect(200);
    await seeker.post(`/jobs/${id}/save`).type('form').send({ _csrf: csrfFrom(page.text) }).expect(303);
    expect((await seeker.get('/jobs/saved').expect(200)).text).toContain('Data Analyst');
  });
});
