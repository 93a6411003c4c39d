import { uploadFixture, startAnalysis } from './analysis.js';
import { startInterview, waitingQuestion } from './interview.js';
import { applyTo, publishPosting, signInEmployer } from './jobs.js';
import { csrfFrom, signIn, tokenFor, type Agent } from './sign-in.js';
import { fillParams, paramsOf, type Route } from './route-inventory.js';
import type { TestDatabase } from './test-app.js';

/**
 * For the route inventory (test/http/route-inventory.spec.ts): how to make a real resource of one
 * person for each kind of id a route takes. The key is the route's path up to its first parameter;
 * the fixture returns a value for every parameter of the routes under it. A new route that takes an
 * id no fixture knows fails the inventory until its module adds one here, so no route can skip the
 * cross-account check.
 */
export type RouteFixture = (owner: Agent, db: TestDatabase, ownerId: string, origin: string) => Promise<Record<string, string>>;

let employers = 0;
/** A posting of the acting person's own company (created on first use). */
async function ownPosting(owner: Agent): Promise<string> {
  const home = await owner.get('/employer').expect(200);
  if (home.text.includes('action="/employer/company"')) {
    await owner.post('/employer/company').type('form').send({ _csrf: csrfFrom(home.text), name: 'Own Fixture Company', website: 'https://example.com', size: '11-50', locations: 'Seoul', description: 'We build things.' }).expect(303);
  }
  return publishPosting(owner, { title: 'Platform engineer', description: 'We need Go and Kubernetes.' });
}

/** Someone applies to the acting employer's posting, sharing their résumé. */
async function anApplicantOf(owner: Agent, db: TestDatabase, origin: string): Promise<{ applicationId: string; grantId: string; documentId: string }> {
  const postingId = await ownPosting(owner);
  const n = ++employers;
  const seeker = await signIn(origin, { name: `Fixture Applicant ${n}`, email: `fixture.applicant.${n}@example.com` });
  const resumeId = await uploadFixture(seeker, 'sofia-garcia.plain.txt');
  await applyTo(seeker, postingId, { resumeId });
  const [row] = await db.query<{ id: string; grant_id: string }>(`select id, grant_id from job_applications where posting_id = $1`, [postingId]);
  return { applicationId: row!.id, grantId: row!.grant_id, documentId: resumeId };
}

/** A company with one published posting, owned by a new employer. */
async function aCompanyWithAPosting(origin: string, db: TestDatabase): Promise<{ postingId: string; companyId: string }> {
  const n = ++employers;
  const employer = await signInEmployer(origin, db, { name: `Fixture Employer ${n}`, email: `fixture.employer.${n}@example.com` }, `Fixture Company ${n}`);
  const postingId = await publishPosting(employer, { title: 'Backend engineer', description: 'We need TypeScript and PostgreSQL.' });
  const [company] = await db.query<{ company_id: string }>(`select company_id from job_postings where id = $1`, [postingId]);
  return { postingId, companyId: company!.company_id };
}

let fixtureEmployers = 0;

/** A support ticket the person opens from Settings → Support. */
async function openTicket(person: Agent): Promise<string> {
  const token = await tokenFor(person, '/settings/support');
  const res = await person.post('/settings/support').type('form').send({ _csrf: token, subject: 'Upload failed', message: 'My résumé did not upload.' }).expect(303);
  return /\/settings\/support\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
}

export const ROUTE_FIXTURES: Record<string, RouteFixture> = {
  // documents
  '/documents': async (owner) => ({ id: await uploadFixture(owner, 'sofia-garcia.plain.txt') }),
  // analysis
  '/analyses': async (owner) => ({ id: await startAnalysis(owner, await uploadFixture(owner, 'sofia-garcia.plain.txt')) }),
  // interview
  '/interviews': async (owner) => {
    const id = await startInterview(owner, { length: 1 });
    return { id, turnId: (await waitingQuestion(owner, id))!.turnId };
  },
  '/interviews/recordings': async (owner, db, ownerId) => {
    const id = await startInterview(owner, { length: 1 });
    const turnId = (await waitingQuestion(owner, id))!.turnId;
    // A kept recording's row (the route refuses before reading the object, so no audio is needed).
    const [row] = await db.query<{ id: string }>(
      `insert into retained_audio (id, owner_id, turn_id, object_key, bytes, seconds, created_at, expires_at)
       values (gen_random_uuid(), $1, $2, 'users/x/recordings/none', 0, 0, now(), now() + interval '1 day') returning id`,
      [ownerId, turnId],
    );
    return { recordingId: row!.id };
  },
  // jobs: a saved search with email alerts
  '/jobs/alerts': async (owner) => {
    const token = await tokenFor(owner, '/jobs/alerts');
    await owner.post('/jobs/alerts').type('form').send({ _csrf: token, q: 'backend' }).expect(303);
    const page = await owner.get('/jobs/alerts').expect(200);
    return { id: /action="\/jobs\/alerts\/([0-9a-f-]{36})\/delete"/.exec(page.text)![1]! };
  },
  // jobs: a consultation with a verified advisor (S2), made through its consent page; the advisor's
  // own pages take the same ids (role-restricted: the roles test covers them)
  '/settings/sharing/consultations': async (owner, db, ownerId) => ({ id: (await consultWithAdvisor(owner, db, ownerId)).id }),
  '/advisor/consultations': (owner, db, ownerId) => consultWithAdvisor(owner, db, ownerId),
  // jobs: an application of the person, with a message from the company on its thread
  '/jobs/applications': async (owner, db, ownerId) => {
    fixtureEmployers += 1;
    // supertest's agent keeps the origin it was made for.
    const origin = (owner as unknown as { app: string }).app;
    const employer = await signInEmployer(origin, db, { name: 'Route Employer', email: `route.employer${fixtureEmployers}@example.com` }, `Route Company ${fixtureEmployers}`);
    const postingId = await publishPosting(employer, { title: 'Route Engineer', description: 'Requirements:\n- TypeScript\n' });
    await applyTo(owner, postingId, { resumeId: await uploadFixture(owner, 'sofia-garcia.plain.txt', 'resume') });
    const [application] = await db.query<{ id: string }>('select id from job_applications where applicant_id = $1 and posting_id = $2', [ownerId, postingId]);
    const [message] = await db.query<{ id: string }>(
      `insert into job_application_messages (id, application_id, side, author_id, body, created_at)
       select gen_random_uuid(), $1, 'company', m.user_id, 'Hello from the company', now() from company_members m join job_postings p on p.company_id = m.company_id where p.id = $2 limit 1 returning id`,
      [application!.id, postingId],
    );
    return { id: application!.id, messageId: message!.id };
  },
  // compliance: a data request of the person (R3)
  '/settings/requests': async (owner) => {
    const token = await tokenFor(owner, '/settings/requests');
    const res = await owner.post('/settings/requests').type('form').send({ _csrf: token, type: 'access' }).expect(303);
    return { id: /\/settings\/requests\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]! };
  },
  // jobs: a profile share
  '/settings/sharing': async (owner, db, _ownerId, origin) => {
    const { companyId } = await aCompanyWithAPosting(origin, db);
    const resumeId = await uploadFixture(owner, 'sofia-garcia.plain.txt');
    const form = await owner.get(`/companies/${companyId}/share`).expect(200);
    await owner.post(`/companies/${companyId}/share`).type('form').send({ _csrf: csrfFrom(form.text), resumeId, days: '30' }).expect(303);
    const [row] = await db.query<{ id: string }>(`select id from share_grants where company_id = $1 order by created_at desc limit 1`, [companyId]);
    return { id: row!.id };
  },
  // Public pages with ids (drawn by the 360 px page test; the inventory skips public routes).
  '/jobs': async (_owner, db, _ownerId, origin) => ({ id: (await aCompanyWithAPosting(origin, db)).postingId }),
  '/companies': async (_owner, db, _ownerId, origin) => ({ id: (await aCompanyWithAPosting(origin, db)).companyId }),
  // Employer pages, for a person who is an employer (or an admin): their own company's posting, an
  // application to it, and what the applicant shared.
  '/employer/postings': async (owner) => ({ id: await ownPosting(owner) }),
  '/employer/applications': async (owner, db, _ownerId, origin) => ({ id: (await anApplicantOf(owner, db, origin)).applicationId }),
  '/employer/grants': async (owner, db, _ownerId, origin) => {
    const { grantId, documentId } = await anApplicantOf(owner, db, origin);
    return { grantId, documentId };
  },
  // Staff pages (support, admin)
  '/support/requests': async (_owner, _db, _ownerId, origin) => {
    const n = ++employers;
    const person = await signIn(origin, { name: `Fixture Requester ${n}`, email: `fixture.requester.${n}@example.com` });
    const token = await tokenFor(person, '/settings/requests');
    const res = await person.post('/settings/requests').type('form').send({ _csrf: token, type: 'access' }).expect(303);
    return { id: /\/settings\/requests\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]! };
  },
  // compliance: a support ticket of the person (H1); support's console takes the same ids
  '/settings/support': async (owner) => ({ id: await openTicket(owner) }),
  '/support/tickets': async (_owner, _db, _ownerId, origin) => {
    const n = ++employers;
    const person = await signIn(origin, { name: `Fixture Ticket Owner ${n}`, email: `fixture.ticket.${n}@example.com` });
    return { id: await openTicket(person) };
  },
  '/admin/incidents': async (owner, db, ownerId, origin) => ROUTE_FIXTURES['/incidents']!(owner, db, ownerId, origin),
  // jobs: a reported message whose case the acting administrator opened (H1), on a thread of their own application
  '/admin/message-reports': async (owner, db, ownerId, origin) => {
    const { messageId } = await ROUTE_FIXTURES['/jobs/applications']!(owner, db, ownerId, origin);
    const [report] = await db.query<{ id: string }>(
      `insert into job_message_reports (id, message_id, reporter_id, reporter_side, company_id, reason, reported_text, created_at, opened_by_id, opened_reason, opened_at)
       select gen_random_uuid(), m.id, $2, 'candidate', a.company_id, 'spam', m.body, now(), $2, 'Route fixture', now()
         from job_application_messages m join job_applications a on a.id = m.application_id where m.id = $1 returning id`,
      [messageId, ownerId],
    );
    return { id: report!.id };
  },
  // compliance: a breach notice addressed to the person (H2)
  '/incidents': async (_owner, db, ownerId, origin) => {
    const n = ++employers;
    const admin = await signIn(origin, { name: `Fixture Admin ${n}`, email: `fixture.admin.${n}@example.com` });
    await db.query(`update users set role = 'admin' where email = $1`, [`fixture.admin.${n}@example.com`]);
    const token = await tokenFor(admin, '/admin/incidents/new');
    const res = await admin
      .post('/admin/incidents')
      .type('form')
      .send({
        _csrf: token,
        awareAt: new Date().toISOString().slice(0, 16),
        whatHappenedEn: 'A storage bucket was readable.',
        whatHappenedKo: '저장소를 읽을 수 있었습니다.',
        dataCategories: ['contact'],
        measuresEn: 'Closed it.',
        measuresKo: '닫았습니다.',
        whatPeopleCanDoEn: 'Watch for phishing.',
        whatPeopleCanDoKo: '피싱에 주의해 주세요.',
        redressEn: 'Claim damages.',
        redressKo: '손해배상을 청구할 수 있습니다.',
        contactDesk: 'privacy@candor.example',
        affectedBy: 'account-ids',
        accountIds: ownerId,
      })
      .expect(303);
    return { id: /\/admin\/incidents\/([0-9a-f-]{36})$/.exec(res.headers.location as string)![1]! };
  },
};

/** A verified advisor (made in the database) and a consultation the owner agrees to on its consent page. */
async function consultWithAdvisor(owner: Agent, db: TestDatabase, ownerId: string): Promise<{ id: string; documentId: string }> {
  const [advisor] = await db.query<{ id: string }>(
    `insert into users (id, provider, provider_subject, email, display_name, role, created_at, updated_at)
     values (gen_random_uuid(), 'dev', gen_random_uuid()::text, gen_random_uuid()::text || '@advisor.example', 'Route Advisor', 'advisor', now(), now()) returning id`,
  );
  await db.query(`insert into advisor_profiles (id, user_id, specialty, bio, verified_at, updated_at) values (gen_random_uuid(), $1, 'Labour law', '', now(), now())`, [advisor!.id]);
  const documentId = await uploadFixture(owner, 'sofia-garcia.plain.txt');
  const token = await tokenFor(owner, `/advisors/${advisor!.id}/consult`);
  await owner.post(`/advisors/${advisor!.id}/consult`).type('form').send({ _csrf: token, resumeId: documentId, sections: ['skills'], consent: 'yes' }).expect(303);
  const [row] = await db.query<{ id: string }>('select id from consultations where owner_id = $1 order by created_at desc limit 1', [ownerId]);
  return { id: row!.id, documentId };
}

/**
 * Routes with ids that are not a person's data, each with the reason. The development mailbox shows
 * the outbox of a development machine (it is not mounted in production).
 */
export const ROUTES_WITHOUT_OWNER: Record<string, string> = {
  'GET /dev/mailbox/:id': 'development outbox, not mounted in production',
  'GET /dev/mailbox/:id/html': 'development outbox, not mounted in production',
  'GET /privacy/versions/:id': 'a published privacy policy version: public, nobody’s data',
  'POST /settings/requests/paused/:basis/lift': 'a kind of use (analyses, matching…), lifted for the signed-in person only',
  'GET /employer/invitations/:token': 'an invitation token: the secret is the access, and only the invited address may accept',
  'POST /employer/invitations/:token': 'an invitation token: the secret is the access, and only the invited address may accept',
  'POST /jobs/:id/save': 'a published posting: public, anyone signed in may save it',
  'POST /jobs/:id/unsave': 'a published posting: public, anyone signed in may save it',
  'GET /jobs/:id/apply': 'a published posting: public, anyone signed in may apply',
  'POST /jobs/:id/apply': 'a published posting: public, anyone signed in may apply',
  'GET /companies/:id/share': 'a company profile: public; sharing with it is the person’s own choice',
  'POST /companies/:id/share': 'a company profile: public; sharing with it is the person’s own choice',
  'GET /advisors/:id': 'a verified advisor’s directory entry, listed for every signed-in person',
  'GET /advisors/:id/consult': 'the consent page to consult a verified advisor; it lists only the signed-in person’s own documents',
  'POST /advisors/:id/consult': 'shares only the signed-in person’s own documents (a forged document id is not found)',
};

/** State-changing routes that cannot carry a CSRF token, each with what protects it instead. */
export const CSRF_EXEMPT: Record<string, string> = {
  'POST /billing/webhook': 'Stripe signs the raw body; a request without a valid signature is refused',
  'POST /marketing/unsubscribe': 'RFC 8058 one-click: mail clients POST without cookies; the signed link is the proof',
  'POST /jobs/alerts/stop': 'RFC 8058 one-click stop of one job alert: mail clients POST without cookies; the signed link is the proof, and it can only pause that alert',
};

/**
 * Every GET page Candor draws, with its ids filled from real resources of `ownerId` (made once per kind
 * of id by the fixtures above): what the every-page checks (a phone's width, Korean text) walk. With
 * `strict`, a guarded page whose id no fixture knows fails, so no page can skip the check; public
 * pages with ids and no fixture (the development sign-in page) are left to their own journeys.
 */
export async function everyGetPage(
  routes: readonly Route[],
  owner: Agent,
  db: TestDatabase,
  ownerId: string,
  origin: string,
  options: { strict: boolean },
): Promise<string[]> {
  const values = new Map<string, Record<string, string>>();
  const pages: string[] = [];
  for (const route of routes.filter((r) => r.method === 'GET')) {
    let path = route.path;
    if (paramsOf(path).length > 0) {
      if (ROUTES_WITHOUT_OWNER[`GET ${path}`]) continue;
      const prefix = path.slice(0, path.indexOf('/:'));
      const fixture = ROUTE_FIXTURES[prefix];
      if (!fixture && (route.isPublic || !options.strict)) continue;
      if (!fixture) throw new Error(`No fixture for ${prefix} (test/helpers/route-fixtures.ts)`);
      if (!values.has(prefix)) values.set(prefix, await fixture(owner, db, ownerId, origin));
      path = fillParams(path, values.get(prefix)!);
    }
    pages.push(path);
  }
  return pages;
}
