import { expect } from 'vitest';
import { csrfFrom, type Agent } from './sign-in.js';

export interface StartOptions {
  role?: string;
  kind?: 'behavioral' | 'technical' | 'mixed';
  length?: number;
  documentId?: string;
  job?: string;
  /** Sent as `Accept-Language` on the form and the start (a Korean session for `ko`). */
  language?: 'en' | 'ko';
}

/** Starts an interview through the plain form and returns its id. */
export async function startInterview(agent: Agent, options: StartOptions = {}): Promise<string> {
  // Without a language the request carries no Accept-Language: the account's or the default locale applies.
  const headers: Record<string, string> = options.language ? { 'Accept-Language': options.language } : {};
  const token = csrfFrom((await agent.get('/interviews').set(headers).expect(200)).text);
  const res = await agent
    .post('/interviews')
    .set(headers)
    .type('form')
    .send({ _csrf: token, role: options.role ?? 'Frontend engineer', kind: options.kind ?? 'behavioral', length: String(options.length ?? 3), documentId: options.documentId ?? '', job: options.job ?? '' })
    .expect(303);
  return /\/interviews\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
}

export interface WaitingQuestion {
  turnId: string;
  question: string;
  token: string;
  page: string;
}

/** The question waiting for an answer on the interview page, or undefined when there is none. */
export async function waitingQuestion(agent: Agent, interviewId: string): Promise<WaitingQuestion | undefined> {
  const page = (await agent.get(`/interviews/${interviewId}`).expect(200)).text;
  const turnId = /name="turnId" value="([0-9a-f-]{36})"/.exec(page)?.[1];
  if (!turnId) return undefined;
  const question = decodeEntities(/<h2 id="question-heading" class="question-text"[^>]*>([^<]*)<\/h2>/.exec(page)![1]!);
  return { turnId, question, token: csrfFrom(page), page };
}

/** Answers the waiting question like the form does. */
export async function answerQuestion(agent: Agent, interviewId: string, answer: string, extra: Record<string, string> = {}): Promise<{ status: number; location?: string; text: string }> {
  const waiting = await waitingQuestion(agent, interviewId);
  expect(waiting, 'a question should be waiting').toBeDefined();
  const res = await agent
    .post(`/interviews/${interviewId}/answers`)
    .type('form')
    .send({ _csrf: waiting!.token, turnId: waiting!.turnId, answer, source: 'text', ...extra });
  return { status: res.status, location: res.headers.location as string | undefined, text: res.text };
}

/** Sends a recorded answer for the waiting question, as static/js/recorder.js does (JSON back). */
export async function sendRecording(agent: Agent, interviewId: string, audio: Buffer) {
  const waiting = await waitingQuestion(agent, interviewId);
  expect(waiting, 'a question should be waiting').toBeDefined();
  const res = await agent
    .post(`/interviews/${interviewId}/turns/${waiting!.turnId}/transcription`)
    .set('X-CSRF-Token', waiting!.token)
    .set('Accept', 'application/json')
    .set('Content-Type', 'audio/wav')
    .send(audio);
  return { res, waiting: waiting! };
}

/** Polls the interview page (as htmx does) until the report is ready; returns the final page. */
export async function waitForReport(agent: Agent, interviewId: string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = await agent.get(`/interviews/${interviewId}`).expect(200);
    if (!page.text.includes('id="interview-progress"')) return page.text;
    if (Date.now() > deadline) expect.fail(`interview ${interviewId} was not scored in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function decodeEntities(html: string): string {
  return html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A strong STAR answer with a result, personal contribution and numbers. */
export const STRONG_ANSWER =
  'Last year our checkout page was losing customers because it took eight seconds to load on mobile. ' +
  'As the frontend lead, my task was to bring it under two seconds before the holiday sale. ' +
  'I profiled the bundle, split the payment widget into a lazy-loaded chunk, replaced a heavy date library and added image compression to our build. ' +
  'I also set up a performance budget in CI so regressions would fail the build. ' +
  'As a result, load time dropped to 1.6 seconds and checkout conversion rose by 12 percent during the sale.';
