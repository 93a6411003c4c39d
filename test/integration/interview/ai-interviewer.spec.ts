import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedAiProvider } from '../../../src/platform/ai/embedded-ai-provider.js';
import { FallbackAiProvider } from '../../../src/platform/ai/fallback-ai-provider.js';
import { GeminiAiProvider } from '../../../src/platform/ai/gemini-ai-provider.js';
import { detectSensitive } from '../../../src/platform/privacy/index.js';
import { scoreAnswer } from '../../../src/modules/interview/engine/answer-rubric.js';
import type { PlannedQuestion } from '../../../src/modules/interview/engine/interview-types.js';
import { createInterviewer } from '../../../src/modules/interview/engine/interviewer.module.js';
import { AI_FALLBACK_NOTES, AiInterviewer, EmbeddedInterviewer } from '../../../src/modules/interview/engine/interviewer.js';
import { planInterview } from '../../../src/modules/interview/engine/question-plan.js';
import { FakeGeminiServer, modelAnswer, promptOf, type CapturedRequest } from '../../helpers/fake-gemini-server.js';

const PII = { email: 'jane.roe@example.com', phone: '+1 415-555-0132', nationalId: '900101-1234568' };
const RESUME = [
  'Jane Roe — Backend engineer',
  `Phone ${PII.phone} · ${PII.email}`,
  `주민등록번호 ${PII.nationalId}`,
  'Experience: built Python services on Kubernetes and PostgreSQL at Acme, 2019–2024.',
].join('\n');
const JOB = 'Backend Engineer\nRequirements:\n- Python\n- Kubernetes\n- PostgreSQL';
const QUESTION: PlannedQuestion = { id: 'skill:kubernetes', text: 'The role asks for Kubernetes. Walk me through a time you used it — what was the problem, what did you do, and what changed?', kind: 'technical', topic: 'Kubernetes' };
const ANSWER =
  `At Acme our payment service ran on three hand-managed machines and every deploy meant downtime. I was asked to move it to Kubernetes. I wrote the Helm charts and I set up readiness probes. ` +
  `Afterwards deploys had zero downtime and the on-call inbox ${PII.email} got 80% fewer alerts.`;

const QUIET_LOGGER = { log: () => undefined, warn: () => undefined, error: () => undefined };

function placeholdersIn(request: CapturedRequest): string[] {
  return [...new Set(promptOf(request).match(/\[[A-Z_]{1,20}_\d{1,6}\]/g) ?? [])];
}
function outbound(requests: CapturedRequest[]): string {
  return requests.map((r) => `${r.method} ${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`).join('\n');
}

describe('AI interviewer with the real Gemini adapter against a local server speaking the Gemini protocol', () => {
  const server = new FakeGeminiServer();
  let interviewer: AiInterviewer;

  beforeAll(async () => {
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
  });
  // 1.5 s: a loaded CI box can take several hundred ms to answer even a local request (300 ms once
  // timed out a good answer there); the timeout tests' server waits 2 s, still past it.
  beforeEach(() => {
    const gemini = new GeminiAiProvider({ apiKey: server.apiKey, model: 'gemini-2.5-flash', baseUrl: server.url, timeoutMs: 1_500, retry: { retries: 0, baseDelayMs: 10, maxDelayMs: 10 }, logger: QUIET_LOGGER });
    interviewer = new AiInterviewer(new FallbackAiProvider(gemini, new EmbeddedAiProvider(), QUIET_LOGGER));
  });

  it('the planted values are ones the detector recognises (so the privacy checks mean something)', () => {
    const found = detectSensitive(`${RESUME}\n${ANSWER}`).map((f) => f.text);
    for (const value of Object.values(PII)) expect(found).toContain(value);
  });

  it('plans tailored questions without sending personal data', async () => {
    server.respond(() =>
      modelAnswer(
        JSON.stringify({
          questions: [
            { text: 'Tell me about a time you disagreed with a teammate about a design.', kind: 'behavioral', topic: 'conflict' },
            { text: 'How did you run PostgreSQL migrations without downtime?', kind: 'technical', topic: 'PostgreSQL' },
            { text: 'Tell me about a deadline you almost missed.', kind: 'behavioral', topic: 'deadlines' },
          ],
        }),
      ),
    );
    const { questions, note } = await interviewer.plan({ role: 'Backend engineer', kind: 'mixed', length: 3, resumeText: RESUME, jobText: JOB, seed: 'i-1' });
    expect(note).toBeUndefined();
    expect(questions.map((q) => q.kind)).toEqual(['behavioral', 'technical', 'behavioral']);
    expect(questions[1]).toMatchObject({ text: 'How did you run PostgreSQL migrations without downtime?', topic: 'PostgreSQL' });
    expect(questions[0]!.id).toMatch(/^ai:[0-9a-f]{10}$/);
    const sent = outbound(server.requests);
    for (const value of Object.values(PII)) expect(sent).not.toContain(value);
    expect(sent.replace(/[\s-]/g, '')).not.toContain(PII.nationalId.replace(/-/g, ''));
    expect(promptOf(server.requests[0]!)).toContain('Kubernetes');
  });

  it('falls back to the embedded plan, with a note, when the model answers the wrong number of questions', async () => {
    server.respond(() => modelAnswer(JSON.stringify({ questions: [{ text: 'Only one question for you today?', kind: 'technical', topic: 'x' }] })));
    const input = { role: 'Backend engineer', kind: 'technical' as const, length: 4, resumeText: RESUME, jobText: JOB, seed: 'i-2' };
    const result = await interviewer.plan(input);
    expect(result.note).toBe(AI_FALLBACK_NOTES.plan);
    expect(result.questions).toEqual(planInterview(input));
  });

  it('keeps the embedded scores, takes the model’s better version with placeholders restored, and sends no personal data', async () => {
    server.respond((req) => {
      const email = placeholdersIn(req).find((p) => p.startsWith('[EMAIL_'));
      return modelAnswer(
        JSON.stringify({
          betterVersion: `Situation: our payment service had downtime on every deploy. Action: I wrote the Helm charts. Result: zero-downtime deploys and 80% fewer alerts to ${email}.`,
          suggestions: [{ id: 'impact', suggestion: 'Say how many deploys a week this enabled.' }],
        }),
      );
    });
    const input = { question: QUESTION, answer: ANSWER, jobText: JOB };
    const { report, note } = await interviewer.feedback(input);
    expect(note).toBeUndefined();
    const embedded = scoreAnswer(input);
    expect(report.overall).toBe(embedded.overall);
    expect(report.criteria.map((c) => [c.id, c.score, c.why, c.quotes])).toEqual(embedded.criteria.map((c) => [c.id, c.score, c.why, c.quotes]));
    expect(report.criteria.find((c) => c.id === 'impact')!.suggestion).toBe('Say how many deploys a week this enabled.');
    expect(report.criteria.find((c) => c.id === 'clarity')!.suggestion).toBe(embedded.criteria.find((c) => c.id === 'clarity')!.suggestion);
    expect(report.betterVersion).toContain(`80% fewer alerts to ${PII.email}.`);
    expect(report.betterVersion).not.toMatch(/\[EMAIL_\d+\]/);
    const sent = outbound(server.requests);
    expect(sent).not.toContain(PII.email);
    expect(placeholdersIn(server.requests[0]!).some((p) => p.startsWith('[EMAIL_'))).toBe(true);
  });

  it('on a timeout gives the embedded report with a visible note', async () => {
    server.respond(() => ({ ...modelAnswer('{}'), delayMs: 2_000 }));
    const input = { question: QUESTION, answer: ANSWER };
    const { report, note } = await interviewer.feedback(input);
    expect(note).toBe(AI_FALLBACK_NOTES.feedback);
    expect(report).toEqual(scoreAnswer(input));
  });

  it('lets the model decide the follow-up, but never one that coaches', async () => {
    server.respond(() => modelAnswer(JSON.stringify({ followUp: { text: 'How many deploys a week did that allow?', reason: 'no_result' } })));
    const input = { question: QUESTION, answer: ANSWER, resumeText: RESUME, jobText: JOB };
    expect((await interviewer.followUp(input)).followUp).toEqual({ text: 'How many deploys a week did that allow?', reason: 'no_result' });
    expect(outbound(server.requests)).not.toContain(PII.phone);

    server.respond(() => modelAnswer(JSON.stringify({ followUp: { text: 'Mention metrics to score higher — what changed?', reason: 'no_result' } })));
    const coached = await interviewer.followUp(input);
    expect(coached.followUp?.text ?? '').not.toMatch(/score/i);

    server.respond(() => ({ ...modelAnswer('{}'), delayMs: 2_000 }));
    const fallback = await interviewer.followUp({ ...input, answer: 'I used it a bit.' });
    expect(fallback).toEqual({ followUp: { reason: 'too_short', text: expect.stringContaining('Kubernetes') }, note: AI_FALLBACK_NOTES.followUp });
  });

  it('is chosen only when a real model is configured', () => {
    expect(createInterviewer(new EmbeddedAiProvider())).toBeInstanceOf(EmbeddedInterviewer);
    expect(createInterviewer(new FallbackAiProvider(new EmbeddedAiProvider(), new EmbeddedAiProvider(), QUIET_LOGGER)).name).toBe('embedded');
    expect(interviewer.name).toBe('gemini');
  });
});

describe('score-answer CLI (built)', () => {
  const root = join(import.meta.dirname, '../../..');
  const cli = join(root, 'dist/src/cli.js');
  const run = (stdin: string): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      const child = execFile(process.execPath, [cli, 'score-answer'], { cwd: root }, (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin!.end(stdin);
    });

  it('prints an AnswerReport for valid input', async () => {
    // The build output is what users run; `npm run -s build` must have produced it (pretest does).
    expect(readFileSync(cli, 'utf8').length).toBeGreaterThan(0);
    const { code, stdout } = await run(
      JSON.stringify({
        question: 'Tell me about a time you met a tight deadline.',
        answer: 'Last spring our client moved the launch forward by three weeks. I was responsible for the mobile release. I cut two features and I automated the 25 key tests. As a result we shipped on time with a crash rate under 0.2%.',
        delivery: { seconds: 60, words: 150, wordsPerMinute: 150, fillerWords: 2, fillersPerMinute: 2, longPauses: 0, longestPauseSeconds: 0 },
      }),
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(['betterVersion', 'criteria', 'delivery', 'overall', 'star']);
    expect(report['star']).toEqual({ situation: true, task: true, action: true, result: true });
    expect((report['criteria'] as unknown[]).length).toBe(6);
  });

  it('rejects bad input with a clear message and a non-zero exit', async () => {
    const missing = await run(JSON.stringify({ question: 'Why?' }));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/invalid input:[\s\S]*answer/);
    const notJson = await run('not json');
    expect(notJson.code).not.toBe(0);
    expect(notJson.stderr).toMatch(/not valid JSON/);
  });
});
