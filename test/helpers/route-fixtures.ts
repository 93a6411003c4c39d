import { uploadFixture, startAnalysis } from './analysis.js';
import { startInterview, waitingQuestion } from './interview.js';
import { applyTo, publishPosting, signInEmployer } from './jobs.js';
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

let fixtureEmployers = 0;

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
};

/**
 * Routes with ids that are not a person's data, each with the reason. The development mailbox shows
 * the outbox of a development machine (it is not mounted in production).
 */
export const ROUTES_WITHOUT_OWNER: Record<string, string> = {
  'GET /dev/mailbox/:id': 'development outbox, not mounted in production',
  'GET /dev/mailbox/:id/html': 'development outbox, not mounted in production',
  'POST /settings/requests/paused/:basis/lift': 'a kind of use (analyses, matching…), lifted for the signed-in person only',
};

/** State-changing routes that cannot carry a CSRF token, each with what protects it instead. */
export const CSRF_EXEMPT: Record<string, string> = {};
