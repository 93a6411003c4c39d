import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';

export type Agent = InstanceType<typeof TestAgent>;

export interface Person {
  name: string;
  email: string;
}

/** Pulls the CSRF token out of a rendered page's form. */
export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('No CSRF token on the page');
  return match[1];
}

function pathOf(location: string | undefined, origin: string): string {
  if (!location) throw new Error('Expected a redirect');
  return location.startsWith(origin) ? location.slice(origin.length) : location;
}

/**
 * Signs a person in through the real authorization-code flow against the built-in development
 * provider, following each redirect by hand so every step is exercised. Returns a cookie-keeping agent.
 */
export async function signIn(origin: string, person: Person, returnTo = '/dashboard', headers: Record<string, string> = {}): Promise<Agent> {
  const agent = request.agent(origin);
  for (const [name, value] of Object.entries(headers)) agent.set(name, value);
  const start = await agent.get(`/auth/start?next=${encodeURIComponent(returnTo)}`).expect(303);
  const authorize = await agent.get(pathOf(start.headers.location, origin)).expect(303);
  const interactionPath = pathOf(authorize.headers.location, origin);
  const loginPage = await agent.get(interactionPath).expect(200);
  const submitted = await agent
    .post(interactionPath)
    .type('form')
    .send({ _csrf: csrfFrom(loginPage.text), name: person.name, email: person.email, action: 'sign-in' })
    .expect(303);
  const resume = await agent.get(pathOf(submitted.headers.location, origin)).expect(303);
  const callback = await agent.get(pathOf(resume.headers.location, origin)).expect(303);
  if (pathOf(callback.headers.location, origin) !== returnTo) {
    throw new Error(`Sign-in ended at ${callback.headers.location}, expected ${returnTo}`);
  }
  return agent;
}

/** Fetches a page and returns its CSRF token, for the next form post. */
export async function tokenFor(agent: Agent, path: string): Promise<string> {
  const page = await agent.get(path).expect(200);
  return csrfFrom(page.text);
}

/** supertest parser that keeps a response body as raw bytes (ZIP archives, PDFs). */
export function binary(res: request.Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
