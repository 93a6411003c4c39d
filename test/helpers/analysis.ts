import { expect } from 'vitest';
import { readFixture } from './document-fixtures.js';
import { csrfFrom, type Agent } from './sign-in.js';

/** Uploads a file through the plain form and returns the new document's id. */
export async function uploadDocument(agent: Agent, fileName: string, bytes: Buffer, category = 'resume'): Promise<string> {
  const page = await agent.get('/documents').expect(200);
  const token = decodeURIComponent(/action="\/documents\?_csrf=([^"]+)"/.exec(page.text)![1]!);
  const res = await agent.post(`/documents?_csrf=${encodeURIComponent(token)}`).field('category', category).attach('file', bytes, fileName).expect(303);
  return /\/documents\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
}

/** Uploads a fixture resume through the plain form and returns the new document's id. */
export function uploadFixture(agent: Agent, fixture: string, category = 'resume'): Promise<string> {
  return uploadDocument(agent, fixture, readFixture(fixture), category);
}

/** Starts an analysis like the form does and returns its id. */
export async function startAnalysis(agent: Agent, documentId: string, job?: string): Promise<string> {
  const token = csrfFrom((await agent.get(`/documents/${documentId}`).expect(200)).text);
  const res = await agent.post(`/documents/${documentId}/analyses`).type('form').send({ _csrf: token, job: job ?? '' }).expect(303);
  return /\/analyses\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
}

/** Polls the analysis page (as htmx does) until the queued job has finished; returns the final page. */
export async function waitForAnalysis(agent: Agent, analysisId: string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = await agent.get(`/analyses/${analysisId}`).expect(200);
    if (!page.text.includes('id="analysis-progress"')) return page.text;
    if (Date.now() > deadline) expect.fail(`analysis ${analysisId} did not finish in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
