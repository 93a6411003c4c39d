import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadDocument } from '../../helpers/analysis.js';
import { answerQuestion, decodeEntities, startInterview, waitForReport, waitingQuestion } from '../../helpers/interview.js';
import { FakeGeminiServer, modelAnswer, promptOf, type CapturedRequest } from '../../helpers/fake-gemini-server.js';
import { signIn, type Agent } from '../../helpers/sign-in.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../../helpers/test-app.js';

/** PII planted in the resume, the job and the answers; none of it may leave the process (D4, D5). */
const PLANTED = { phone: '+1 415 555 0199', email: 'candidate.private@example.org', ssn: '536-22-7788' };
const RESUME = [
  'Robin Example',
  `${PLANTED.email} | ${PLANTED.phone}`,
  '',
  'EXPERIENCE',
  'Platform Engineer, Northwind Cloud, 2019 - 2024',
  '- Migrated 40 services to Kubernetes, cutting deploy time from 2 hours to 10 minutes',
  '',
  'SKILLS',
  'Kubernetes, Terraform, Go',
].join('\n');
const ANSWER =
  `I led the migration of our billing service to Kubernetes because deploys took two hours. I wrote the Helm charts, set up canary releases and trained the team. ` +
  `Deploys now take ten minutes and incidents fell by half. Call me on ${PLANTED.phone} if you need more detail.`;

const gemini = new FakeGeminiServer();
let db: TestDatabase;
let t: TestApp;
let agent: Agent;
const ACCOUNT_EMAIL = 'robin.account@example.com';

beforeAll(async () => {
  const url = await gemini.start();
  db = await createTestDatabase();
  t = await startTestApp(db.url, { AI_PROVIDER: 'gemini', GEMINI_API_KEY: gemini.apiKey, GEMINI_BASE_URL: url, AI_TIMEOUT_MS: '1500' });
  agent = await signIn(t.origin, { name: 'Robin Example', email: ACCOUNT_EMAIL });
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
  await gemini.stop();
});

/** Answers each kind of interviewer request the way a model would. */
function answerLikeAModel(request: CapturedRequest) {
  const prompt = promptOf(request);
  if (prompt.includes('preparing a practice job interview')) {
    return modelAnswer(JSON.stringify({ questions: [{ text: 'Tell me about the Kubernetes migration you led at your last job.', kind: 'behavioral', topic: 'Kubernetes' }] }));
  }
  if (prompt.includes('Decide whether this answer needs one follow-up')) return modelAnswer(JSON.stringify({ followUp: null }));
  const placeholder = /\[PHONE(?:_\d+)?\]/.exec(prompt)?.[0] ?? '[PHONE]';
  return modelAnswer(
    JSON.stringify({
      betterVersion: `At Northwind Cloud our deploys took two hours, so I led the move to Kubernetes and cut them to ten minutes. Reach me at ${placeholder}.`,
      suggestions: [{ id: 'impact', suggestion: 'Say how many incidents there were before and after.' }],
    }),
  );
}

describe('an interview with Gemini as the interviewer (D3–D5 for interviews)', () => {
  it('asks the tailored question, scores with the rubric, and sends no personal data or identifiers', async () => {
    gemini.respond(answerLikeAModel);
    const documentId = await uploadDocument(agent, 'resume.txt', Buffer.from(RESUME));

    const id = await startInterview(agent, { role: 'Platform engineer', kind: 'behavioral', length: 1, documentId, job: `Platform role. Contact the recruiter at ${PLANTED.email}.` });
    expect((await waitingQuestion(agent, id))!.question).toBe('Tell me about the Kubernetes migration you led at your last job.');
    await answerQuestion(agent, id, `${ANSWER} My SSN is ${PLANTED.ssn}.`, { decision: 'keep' });
    const report = decodeEntities(await waitForReport(agent, id));
    // The model's better version, with the placeholder restored to the user's own number.
    expect(report).toContain(`Reach me at ${PLANTED.phone}.`);
    expect(report).toContain('Say how many incidents there were before and after.');

    expect(gemini.requests.length).toBeGreaterThanOrEqual(3);
    const [user] = await db.query<{ id: string }>(`select id from users where email = $1`, [ACCOUNT_EMAIL]);
    for (const request of gemini.requests) {
      const outbound = `${request.url}\n${JSON.stringify(request.headers)}\n${request.body}`;
      for (const value of [...Object.values(PLANTED), ACCOUNT_EMAIL, user!.id, id, documentId, 'Robin Example']) expect(outbound).not.toContain(value);
    }
    // Nothing of the prompt or raw answer is stored or logged (D3).
    expect(t.logs.text).not.toContain('Kubernetes migration');
    expect(t.logs.text).not.toContain('Northwind');
  });

  it('falls back to the built-in interviewer with a visible note when the model times out', async () => {
    gemini.respond(() => ({ delayMs: 5000, ...modelAnswer('{}') }));
    const id = await startInterview(agent, { role: 'SRE', kind: 'behavioral', length: 1 });
    const waiting = (await waitingQuestion(agent, id))!;
    expect(waiting.page).toContain('questions come from Candor’s built-in bank');
    expect(waiting.question.length).toBeGreaterThan(10);
  });
});
