import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startAnalysis, uploadFixture, waitForAnalysis } from '../helpers/analysis.js';
import { answerQuestion, STRONG_ANSWER, startInterview, waitForReport, waitingQuestion } from '../helpers/interview.js';
import { signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

const ctx = useTestApp();
const job = readFileSync('test/fixtures/analysis/backend-engineer.job.txt', 'utf8');
const QUIET = 'This part of your dashboard could not be loaded just now.';

/** The cards on the page, in order, by id. */
const cardIds = (html: string) => [...html.matchAll(/<section class="card[^"]*" id="card-([a-z-]+)"/g)].map((m) => m[1]);

/** The body of one card, from its section to the next. */
function card(html: string, id: string): string {
  const start = html.indexOf(`id="card-${id}"`);
  expect(start, `card ${id}`).toBeGreaterThan(-1);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

/** The first steps as a reader sees them: title, link, done or not. */
function steps(html: string) {
  return [...html.matchAll(/<li class="step([^"]*)">[\s\S]*?<a href="([^"]+)">([^<]+)<\/a>[\s\S]*?<\/li>/g)].map((m) => ({
    title: m[3],
    href: m[2],
    done: m[1]!.includes('step-done'),
  }));
}

async function grant(email: string, role: string): Promise<void> {
  await ctx.db.query(`update users set role = $2 where email = $1`, [email, role]);
}

describe('a job seeker’s dashboard', () => {
  it('shows a newcomer what to do first, in order, with a link for each step, and every card', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Nova Newcomer', email: 'nova@example.com' });
    const page = (await agent.get('/dashboard').expect(200)).text;

    expect(steps(page)).toEqual([
      { title: 'Set your goals', href: '/profile', done: false },
      { title: 'Upload a résumé', href: '/documents', done: false },
      { title: 'Run an analysis against a job', href: '/analyses', done: false },
      { title: 'Practise an interview', href: '/interviews', done: false },
    ]);
    expect(page).toContain('Tell us the roles you are aiming for, where you want to work and your seniority, so analyses');
    expect(cardIds(page)).toEqual(['documents', 'analyses', 'interviews', 'goals', 'score-history']);
    // Nothing about jobs that do not exist yet.
    expect(page).not.toMatch(/job match/i);
    expect(page).not.toContain(QUIET);
  });

  it('shows the goals in full with an edit link, and marks the goals step done once they are set', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Gia Goals', email: 'gia@example.com' });
    const token = await tokenFor(agent, '/profile');
    await agent
      .post('/profile')
      .type('form')
      .send({ _csrf: token, displayName: 'Gia Goals', targetRoles: 'Data analyst', locations: 'Busan, Seoul', workMode: 'hybrid', seniority: 'unspecified' })
      .expect(303);
    let page = (await agent.get('/dashboard').expect(200)).text;
    let goals = card(page, 'goals');
    expect(goals).toContain('Data analyst');
    expect(goals).toContain('Busan, Seoul');
    expect(goals).toContain('Hybrid');
    expect(goals).toMatch(/<dt>Seniority<\/dt>\s*<dd><span class="hint">Not set yet<\/span><\/dd>/);
    expect(goals).toMatch(/<a href="\/profile">Edit/);
    expect(page).toContain('Tell us your seniority, so analyses and interview practice fit the jobs you want.');
    expect(steps(page)[0]!.done).toBe(false);

    await agent.post('/profile').type('form').send({ _csrf: token, displayName: 'Gia Goals', targetRoles: 'Data analyst', locations: 'Busan', workMode: 'remote', seniority: 'senior' }).expect(303);
    page = (await agent.get('/dashboard').expect(200)).text;
    goals = card(page, 'goals');
    expect(goals).toContain('Remote');
    expect(goals).toContain('Senior');
    expect(page).not.toContain('Tell us');
    expect(steps(page)[0]).toEqual({ title: 'Set your goals', href: '/profile', done: true });
  });

  it('marks each step done as it is done, and drops the list when all are', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Dana Doer', email: 'dana@example.com' });
    const token = await tokenFor(agent, '/profile');
    await agent.post('/profile').type('form').send({ _csrf: token, displayName: 'Dana Doer', targetRoles: 'Backend engineer', locations: 'Berlin', workMode: 'remote', seniority: 'mid' }).expect(303);
    const documentId = await uploadFixture(agent, 'alex-morgan.single-column.pdf');
    let page = (await agent.get('/dashboard').expect(200)).text;
    expect(steps(page).map((s) => s.done)).toEqual([true, true, false, false]);
    expect(card(page, 'documents')).toContain('alex-morgan.single-column.pdf');

    await waitForAnalysis(agent, await startAnalysis(agent, documentId, job));
    page = (await agent.get('/dashboard').expect(200)).text;
    expect(steps(page).map((s) => s.done)).toEqual([true, true, true, false]);
    expect(cardIds(page)).toEqual(['documents', 'analyses', 'interviews', 'goals', 'score-history', 'next-steps']);

    const interviewId = await startInterview(agent, { length: 1 });
    while (await waitingQuestion(agent, interviewId)) await answerQuestion(agent, interviewId, STRONG_ANSWER);
    await waitForReport(agent, interviewId);
    page = (await agent.get('/dashboard').expect(200)).text;
    expect(steps(page)).toEqual([]);
    expect(page).not.toContain('Start here');
    expect(card(page, 'interviews')).toContain(`/interviews/${interviewId}`);
  });
});

describe('staff dashboards', () => {
  it('gives an administrator the operations card: accounts by role and recent scheduled jobs', async () => {
    const admin = await signIn(ctx.t.origin, { name: 'Ari Admin', email: 'ari@example.com' });
    await grant('ari@example.com', 'admin');
    await ctx.db.query(
      `insert into scheduled_job_runs (job_name, slot, instance_id, started_at, finished_at, outcome)
       values ('compliance.destroy-expired-erasures', now(), 'test', now(), now(), 'ok')`,
    );
    const page = (await admin.get('/dashboard').expect(200)).text;
    expect(cardIds(page)).toEqual(['admin-overview']);
    const overview = card(page, 'admin-overview');
    expect(overview).toMatch(/<td>Administrators<\/td><td>1<\/td>/);
    expect(overview.replaceAll('<wbr>', '')).toContain('compliance.destroy-expired-erasures');
    expect(page).not.toContain('Start here');
  });

  it('gives support staff and employers their own cards, and no job seeker’s', async () => {
    const support = await signIn(ctx.t.origin, { name: 'Sam Support', email: 'sam@example.com' });
    await grant('sam@example.com', 'support');
    const supportPage = (await support.get('/dashboard').expect(200)).text;
    expect(cardIds(supportPage)).toEqual(['support-desk']);
    expect(card(supportPage, 'support-desk')).toContain('access log');
    // What waits, counted (nothing about anyone shows before a case is opened): a ticket waiting for an
    // answer, and an open data request past its due date.
    expect(card(supportPage, 'support-desk')).toContain('0 tickets waiting for an answer');
    const person = await signIn(ctx.t.origin, { name: 'Pat Person', email: 'pat@example.com' });
    const token = await tokenFor(person, '/settings/support');
    await person.post('/settings/support').type('form').send({ _csrf: token, subject: 'Help', message: 'Where is my export?' }).expect(303);
    const personId = (await ctx.db.query<{ id: string }>(`select id from users where email = 'pat@example.com'`))[0]!.id;
    await ctx.db.query(
      `insert into data_requests (id, type, status, requester_user_id, locale, due_at, created_at) values (gen_random_uuid(), 'access', 'pending', $1, 'en', now() - interval '1 day', now() - interval '11 days')`,
      [personId],
    );
    const counted = card((await support.get('/dashboard').expect(200)).text, 'support-desk');
    expect(counted).toContain('1 open data request');
    expect(counted).toContain('1 past due');
    expect(counted).toContain('1 ticket waiting for an answer');
    expect(counted).not.toContain('Where is my export?');

    const employer = await signIn(ctx.t.origin, { name: 'Eli Employer', email: 'eli@example.com' });
    await grant('eli@example.com', 'employer');
    const employerPage = (await employer.get('/dashboard').expect(200)).text;
    expect(cardIds(employerPage)).toEqual(['employer-applicants']);
    expect(card(employerPage, 'employer-applicants')).toContain('only what an applicant chose to share');
  });
});

// Last in the file: it drops a table of this file's own database.
describe('when one card’s data source fails', () => {
  let agent: Agent;

  it('still answers 200 with the other cards and a quiet empty state, and logs no personal data', async () => {
    agent = await signIn(ctx.t.origin, { name: 'Fay Failure', email: 'fay@example.com' });
    await uploadFixture(agent, 'alex-morgan.single-column.pdf');
    await ctx.db.query('drop table analyses cascade');

    const page = (await agent.get('/dashboard').expect(200)).text;
    expect(cardIds(page)).toEqual(['documents', 'analyses', 'interviews', 'goals', 'score-history', 'next-steps']);
    for (const failed of ['analyses', 'score-history', 'next-steps']) expect(card(page, failed)).toContain(QUIET);
    expect(card(page, 'documents')).toContain('alex-morgan.single-column.pdf');
    expect(card(page, 'goals')).not.toContain(QUIET);
    // The analysis step is left out; the others still lead the way.
    expect(steps(page).map((s) => s.title)).toEqual(['Set your goals', 'Upload a résumé', 'Practise an interview']);

    const logged = ctx.t.logs.text;
    expect(logged).toMatch(/Dashboard card analyses could not be loaded \(\w+ 42P01\)/);
    expect(logged).not.toContain('fay@example.com');
    expect(logged).not.toContain('relation "analyses"');
  });
});
