import { csrfFrom, signIn, tokenFor, type Agent } from './sign-in.js';
import type { TestDatabase } from './test-app.js';

/** Signs a person in and makes them an employer (as `grant-role` would), with a company. */
export async function signInEmployer(origin: string, db: TestDatabase, person: { name: string; email: string }, company: string): Promise<Agent> {
  const agent = await signIn(origin, person);
  await db.query(`update users set role = 'employer' where email = $1`, [person.email]);
  const token = await tokenFor(agent, '/employer');
  await agent.post('/employer/company').type('form').send({ _csrf: token, name: company, website: 'https://example.com', size: '11-50', locations: 'Seoul', description: `${company} builds things.` }).expect(303);
  return agent;
}

export interface PostingFields {
  title: string;
  description: string;
  language?: 'en' | 'ko';
  locations?: string;
  workplace?: 'remote' | 'hybrid' | 'on_site';
  seniority?: string;
  salaryMin?: string;
  salaryMax?: string;
  salaryCurrency?: string;
}

/** Creates a draft through the form, publishes it, and returns its id. */
export async function publishPosting(employer: Agent, fields: PostingFields): Promise<string> {
  const token = await tokenFor(employer, '/employer/postings/new');
  const created = await employer
    .post('/employer/postings')
    .type('form')
    .send({
      _csrf: token,
      title: fields.title,
      description: fields.description,
      language: fields.language ?? 'en',
      locations: fields.locations ?? 'Seoul',
      workplace: fields.workplace ?? 'hybrid',
      seniority: fields.seniority ?? 'mid',
      employmentType: 'full_time',
      descriptionFormat: 'plain',
      salaryMin: fields.salaryMin ?? '',
      salaryMax: fields.salaryMax ?? '',
      salaryCurrency: fields.salaryCurrency ?? '',
    })
    .expect(303);
  const id = /\/employer\/postings\/([0-9a-f-]{36})/.exec(created.headers.location as string)![1]!;
  const page = await employer.get(`/employer/postings/${id}`).expect(200);
  await employer.post(`/employer/postings/${id}/status`).type('form').send({ _csrf: csrfFrom(page.text), action: 'publish' }).expect(303);
  return id;
}

/** Applies through the form with exactly these boxes ticked. */
export async function applyTo(seeker: Agent, postingId: string, choice: { resumeId: string; coverLetterIds?: string[]; sections?: string[]; note?: string }): Promise<void> {
  const token = await tokenFor(seeker, `/jobs/${postingId}/apply`);
  await seeker
    .post(`/jobs/${postingId}/apply`)
    .type('form')
    .send({ _csrf: token, resumeId: choice.resumeId, coverLetterIds: choice.coverLetterIds ?? [], sections: choice.sections ?? [], note: choice.note ?? '' })
    .expect(303);
}
