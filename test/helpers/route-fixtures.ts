import { uploadFixture, startAnalysis } from './analysis.js';
import { startInterview, waitingQuestion } from './interview.js';
import { tokenFor, type Agent } from './sign-in.js';
import type { TestDatabase } from './test-app.js';

/**
 * For the route inventory (test/http/route-inventory.spec.ts): how to make a real resource of one
 * person for each kind of id a route takes. The key is the route's path up to its first parameter;
 * the fixture returns a value for every parameter of the routes under it. A new route that takes an
 * id no fixture knows fails the inventory until its module adds one here, so no route can skip the
 * cross-account check.
 */
export type RouteFixture = (owner: Agent, db: TestDatabase, ownerId: string) => Promise<Record<string, string>>;

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
  // compliance: a data request of the person (R3)
  '/settings/requests': async (owner) => {
    const token = await tokenFor(owner, '/settings/requests');
    const res = await owner.post('/settings/requests').type('form').send({ _csrf: token, type: 'access' }).expect(303);
    return { id: /\/settings\/requests\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]! };
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
  'POST /settings/requests/paused/:basis/lift': 'a kind of use (analyses, matching…), lifted for the signed-in person only',
  'GET /advisors/:id': 'a verified advisor’s directory entry, listed for every signed-in person',
  'GET /advisors/:id/consult': 'the consent page to consult a verified advisor; it lists only the signed-in person’s own documents',
  'POST /advisors/:id/consult': 'shares only the signed-in person’s own documents (a forged document id is not found)',
};

/** State-changing routes that cannot carry a CSRF token, each with what protects it instead. */
export const CSRF_EXEMPT: Record<string, string> = {};
