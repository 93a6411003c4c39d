import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePcm16Wav, toSpeechWav } from '../../src/platform/ai/speech/speech-wav.js';
import { startAnalysis, uploadDocument, waitForAnalysis } from '../helpers/analysis.js';
import { chatAnswer, chatPromptOf, FakeOpenAiServer, transcriptionFormOf, type CapturedRequest, type FakeReply } from '../helpers/fake-openai-server.js';
import { answerQuestion, decodeEntities, sendRecording, startInterview, STRONG_ANSWER, waitForReport, waitingQuestion } from '../helpers/interview.js';
import { audioChunk, databaseColumnsContaining, filesContaining, filesUnder } from '../helpers/no-audio-left.js';
import { signIn, type Agent } from '../helpers/sign-in.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../helpers/test-app.js';

/**
 * The whole app with a self-hosted model server for both text (AI_PROVIDER=openai-compatible) and
 * speech (SPEECH_PROVIDER=openai-compatible): one local server speaking both OpenAI endpoints.
 */

/** PII planted in the resume, the job and the answers; none of it may leave the process (D4, D5). */
const PLANTED = { rrn: '900101-1234568', phone: '010-9876-5432', email: 'hidden.person@example.org', card: '4111 1111 1111 1111', ssn: '536-22-7788' };
const RESUME = [
  'Hidden Person',
  `${PLANTED.email} | ${PLANTED.phone}`,
  '',
  'SUMMARY',
  `Payments engineer. Resident registration number ${PLANTED.rrn}. Corporate card ${PLANTED.card}.`,
  '',
  'EXPERIENCE',
  'Software Engineer, Brightwave Payments, 2019 - 2023',
  '- responsible for the payments API',
  '- worked on reconciliation jobs',
  '',
  'SKILLS',
  'TypeScript, PostgreSQL, Kubernetes',
].join('\n');
const ACCOUNT = { name: 'Hidden Person', email: 'hidden.account@example.com' };
const IMPROVED = 'Led the payments API redesign, cutting failed charges by [X%]';
const QUESTION = 'Tell me about the payments API you redesigned at Brightwave.';
const HEARD = 'Um, I led the payments API redesign and we cut failed charges by half.';

/** Two seconds of a tone with noise: real WAV bytes, distinctive enough to search for afterwards. */
const RECORDING = encodePcm16Wav(
  Float32Array.from({ length: 32_000 }, (_, i) => 0.3 * Math.sin((2 * Math.PI * 330 * i) / 16_000) + 0.05 * (Math.random() - 0.5)),
  16_000,
);

const server = new FakeOpenAiServer('self-hosted-key-not-secret');
let db: TestDatabase;
let t: TestApp;
let agent: Agent;
let documentId: string;

beforeAll(async () => {
  const url = await server.start();
  db = await createTestDatabase();
  t = await startTestApp(db.url, {
    AI_PROVIDER: 'openai-compatible',
    OPENAI_BASE_URL: url,
    OPENAI_MODEL: 'llama3.1:8b',
    OPENAI_API_KEY: server.apiKey!,
    AI_TIMEOUT_MS: '1500',
    SPEECH_PROVIDER: 'openai-compatible',
    SPEECH_OPENAI_BASE_URL: url,
    SPEECH_OPENAI_MODEL: 'Systran/faster-whisper-small',
    SPEECH_OPENAI_API_KEY: server.apiKey!,
  });
  agent = await signIn(t.origin, ACCOUNT);
  documentId = await uploadDocument(agent, 'resume.txt', Buffer.from(RESUME));
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
  await server.stop();
});

/** Answers every kind of request the app makes the way a model server would. */
function answerLikeAModelServer(request: CapturedRequest): FakeReply {
  if (request.url === '/v1/audio/transcriptions') {
    const words = HEARD.split(' ').map((word, i) => ({ word: ` ${word}`, start: 0.1 + i * 0.13, end: 0.2 + i * 0.13 }));
    return { json: { text: ` ${HEARD}`, words, segments: [{ start: 0.1, end: 1.8, text: HEARD }] } };
  }
  const prompt = chatPromptOf(request);
  if (prompt.includes('preparing a practice job interview')) {
    return chatAnswer(JSON.stringify({ questions: [{ text: QUESTION, kind: 'behavioral', topic: 'APIs' }] }));
  }
  if (prompt.includes('Decide whether this answer needs one follow-up')) return chatAnswer(JSON.stringify({ followUp: null }));
  if (prompt.includes('For each suggestion part')) {
    const ids = [...prompt.matchAll(/^id: (.+)$/gm)].map((m) => m[1]!);
    return chatAnswer(JSON.stringify({ suggestions: ids.map((id) => ({ id, after: IMPROVED, why: 'Shows impact.' })) }));
  }
  const placeholder = /\[PHONE(?:_\d+)?\]/.exec(prompt)?.[0] ?? '[PHONE]';
  return chatAnswer(
    JSON.stringify({
      betterVersion: `I led the payments API redesign at Brightwave and halved failed charges. Reach me at ${placeholder}.`,
      suggestions: [{ id: 'impact', suggestion: 'Say how many charges failed before and after.' }],
    }),
  );
}

/** Nothing planted, and nothing that identifies the account or its records, in what left the process. */
async function expectNothingPersonalSent(ids: string[]): Promise<void> {
  const [user] = await db.query<{ id: string }>(`select id from users where email = $1`, [ACCOUNT.email]);
  expect(server.requests.length).toBeGreaterThan(0);
  for (const request of server.requests) {
    const outbound = `${request.url}\n${JSON.stringify(request.headers)}\n${request.body}`;
    for (const value of Object.values(PLANTED)) {
      expect(outbound).not.toContain(value);
      expect(outbound).not.toContain(value.replace(/[\s-]/g, ''));
    }
    for (const value of [user!.id, ACCOUNT.email, ACCOUNT.name, documentId, ...ids]) expect(outbound).not.toContain(value);
  }
}

describe('the app with AI_PROVIDER=openai-compatible', () => {
  it('analyses a resume with the self-hosted model, sending no PII or identifiers (D4, D5) and logging none of it (D3)', async () => {
    server.respond(answerLikeAModelServer);
    const analysisId = await startAnalysis(agent, documentId, `Backend engineer. Required: TypeScript, Go. Questions to ${PLANTED.email}.`);
    const page = await waitForAnalysis(agent, analysisId);
    expect(page).toContain(IMPROVED);
    expect(page).not.toContain('The AI service');
    expect(server.requests.every((r) => r.url === '/v1/chat/completions')).toBe(true);
    await expectNothingPersonalSent([analysisId]);
    expect(t.logs.text).not.toContain(IMPROVED);
    expect(t.logs.text).not.toContain('For each suggestion part');
    expect(t.logs.text).toMatch(/ai call provider=openai-compatible model=llama3\.1:8b outcome=ok latencyMs=\d+/);
  });

  it('runs an interview with the self-hosted model as the interviewer, restoring placeholders in its feedback', async () => {
    server.respond(answerLikeAModelServer);
    const id = await startInterview(agent, { role: 'Backend engineer', kind: 'behavioral', length: 1, documentId, job: `Backend role. Call ${PLANTED.phone}.` });
    expect((await waitingQuestion(agent, id))!.question).toBe(QUESTION);
    await answerQuestion(agent, id, `${STRONG_ANSWER} Call me on ${PLANTED.phone}. My SSN is ${PLANTED.ssn}.`, { decision: 'keep' });
    const report = decodeEntities(await waitForReport(agent, id));
    expect(report).toContain(`Reach me at ${PLANTED.phone}.`);
    expect(report).toContain('Say how many charges failed before and after.');
    await expectNothingPersonalSent([id]);
    expect(t.logs.text).not.toContain('Brightwave');
  });

  it('falls back to the built-in rules with the visible note when the server hangs', async () => {
    server.respond(() => ({ ...chatAnswer('{}'), delayMs: 5_000 }));
    const analysisId = await startAnalysis(agent, documentId);
    const page = await waitForAnalysis(agent, analysisId, 30_000);
    expect(page).toContain('The AI service took too long, so these suggestions come from our built-in rules.');
  });
});

describe('the app with SPEECH_PROVIDER=openai-compatible', () => {
  it('transcribes a voice answer on the self-hosted server, keeps delivery timings, and leaves no audio anywhere (V2)', async () => {
    server.respond(answerLikeAModelServer);
    const id = await startInterview(agent, { length: 1, role: 'Team lead' });
    const objectsBefore = filesUnder(join(t.config.dataDir, 'objects')).length;
    const { res, waiting } = await sendRecording(agent, id, Buffer.from(RECORDING));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ text: HEARD, engine: 'openai-compatible', kept: false });

    // What reached the server: the converted recording, the model and the format, nothing else.
    const transcriptions = server.requests.filter((r) => r.url === '/v1/audio/transcriptions');
    expect(transcriptions).toHaveLength(1);
    const form = await transcriptionFormOf(transcriptions[0]!);
    const converted = toSpeechWav(Buffer.from(RECORDING), 300).wav;
    expect(Buffer.from(await (form.get('file') as File).arrayBuffer()).equals(converted)).toBe(true);
    expect(form.get('model')).toBe('Systran/faster-whisper-small');
    await expectNothingPersonalSent([id, waiting.turnId]);

    // The transcript is submitted as the spoken answer; the server's word timings give the pace.
    await agent.post(`/interviews/${id}/answers`).type('form').send({ _csrf: waiting.token, turnId: waiting.turnId, answer: `${HEARD} ${STRONG_ANSWER}`, source: 'voice' }).expect(303);
    const [turn] = await db.query<{ answered_by: string; delivery: { wordsPerMinute: number; fillerWords: number } }>(
      `select answered_by, delivery from interview_turns where id = $1`,
      [waiting.turnId],
    );
    expect(turn!.answered_by).toBe('voice');
    // 14 words from the first word's start (0.1 s) to the last one's end (1.89 s): 469 a minute, not
    // the 420 the two-second recording length would give without timings.
    expect(turn!.delivery).toMatchObject({ wordsPerMinute: 469, fillerWords: 1 });

    // No audio in the scratch directory, anywhere under the data directory, in the database or in storage.
    expect(filesUnder(t.config.audio.scratchDir)).toEqual([]);
    for (const needle of [audioChunk(RECORDING), audioChunk(converted)]) {
      expect(filesContaining(t.config.dataDir, needle)).toEqual([]);
      expect(await databaseColumnsContaining(db, needle)).toEqual([]);
    }
    expect(filesUnder(join(t.config.dataDir, 'objects')).length).toBe(objectsBefore);
    expect(t.logs.text).not.toContain('failed charges by half');
    expect(t.logs.text).toMatch(/speech call engine=openai-compatible outcome=ok latencyMs=\d+ audioSeconds=2/);
  });
});
