import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePcm16Wav } from '../../src/platform/ai/speech/speech-wav.js';
import { FakeOpenAiServer, transcriptionFormOf, type CapturedRequest, type FakeReply } from '../helpers/fake-openai-server.js';
import { sendRecording, startInterview, waitForReport, waitingQuestion } from '../helpers/interview.js';
import { csrfFrom, signIn, type Agent } from '../helpers/sign-in.js';
import { createTestDatabase, startTestApp, useTestApp, type TestApp, type TestDatabase } from '../helpers/test-app.js';

/**
 * Issue #17, "speech a person can use": a transcript the recogniser doubts says so next to it, gives
 * no delivery figures, and is never pasted into the stronger version; Korean voice answers go to a
 * configured speech service with the language hint, and never to the English-only offline model.
 * The speech server is a local stand-in speaking the OpenAI protocol (whisper's verbose_json, with a
 * probability per word), so the confidence is exactly what each test says it is.
 */

/** Two seconds of a tone with noise: real WAV bytes; the stand-in server does not listen. */
const RECORDING = encodePcm16Wav(
  Float32Array.from({ length: 32_000 }, (_, i) => 0.3 * Math.sin((2 * Math.PI * 330 * i) / 16_000) + 0.05 * (Math.random() - 0.5)),
  16_000,
);

/** Distinctive words, so the report can be searched for them afterwards. */
const MISHEARD =
  'Last year I led the zeppelin marmalade project and we cut the failed charges by half. I planned the work with the team and I built the new retry queue myself.';
const HEARD_WELL =
  'Last year I led the payments project because failed charges were costing us customers. I planned the work and I built the new retry queue myself. As a result we cut failed charges by half in three months.';

/** whisper's verbose_json: every word with the same `probability`. */
function transcription(text: string, probability: number): FakeReply {
  const words = text.split(' ').map((word, i) => ({ word: ` ${word}`, start: 0.1 + i * 0.3, end: 0.35 + i * 0.3, probability }));
  return { json: { task: 'transcribe', language: 'en', duration: 2, text: ` ${text}`, words, segments: [{ start: 0.1, end: words.at(-1)!.end, text }] } };
}

const server = new FakeOpenAiServer('whisper-key-not-secret');
let reply: FakeReply = transcription(HEARD_WELL, 0.95);
let db: TestDatabase;
let t: TestApp;
let agent: Agent;

async function transcriptionRequests(): Promise<FormData[]> {
  return Promise.all(server.requests.filter((r: CapturedRequest) => r.url === '/v1/audio/transcriptions').map(transcriptionFormOf));
}

async function submitSpoken(interviewId: string, answer: string): Promise<string> {
  const waiting = (await waitingQuestion(agent, interviewId))!;
  await agent.post(`/interviews/${interviewId}/answers`).type('form').send({ _csrf: waiting.token, turnId: waiting.turnId, answer, source: 'voice' }).expect(303);
  return waiting.turnId;
}

/** Ends the interview now (a follow-up may be waiting), so the report is prepared. */
async function finishNow(interviewId: string): Promise<string> {
  const page = (await agent.get(`/interviews/${interviewId}`).expect(200)).text;
  if (page.includes('name="turnId"')) await agent.post(`/interviews/${interviewId}/finish`).type('form').send({ _csrf: csrfFrom(page) }).expect(303);
  return waitForReport(agent, interviewId);
}

const startKorean = (agent: Agent): Promise<string> => startInterview(agent, { language: 'ko', role: '간호사', kind: 'behavioral', length: 1 });

describe('with a speech service configured (SPEECH_PROVIDER=openai-compatible)', () => {
  beforeAll(async () => {
    const url = await server.start();
    server.respond(() => reply);
    db = await createTestDatabase();
    t = await startTestApp(db.url, {
      SPEECH_PROVIDER: 'openai-compatible',
      SPEECH_OPENAI_BASE_URL: url,
      SPEECH_OPENAI_MODEL: 'Systran/faster-whisper-small',
      SPEECH_OPENAI_API_KEY: server.apiKey!,
    });
    agent = await signIn(t.origin, { name: 'Confidence Tester', email: 'confidence@example.com' });
    await db.query(`update users set locale = null where email = $1`, ['confidence@example.com']);
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
    await server.stop();
  });

  it('says a low-confidence transcript is doubtful, keeps no delivery figures, and never pastes it into the stronger version', async () => {
    reply = transcription(MISHEARD, 0.2);
    const id = await startInterview(agent, { length: 1, role: 'Payments engineer' });
    const { res, waiting } = await sendRecording(agent, id, Buffer.from(RECORDING));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ text: MISHEARD, confidence: 0.2, lowConfidence: true, wordsPerMinute: null });

    // Next to the transcript, before submitting (the page without JavaScript shows it too).
    const pending = (await agent.get(`/interviews/${id}`).expect(200)).text;
    expect(pending).toContain('id="transcript-low-confidence"');
    expect(pending).toContain('Low confidence: the speech recognizer was unsure of the transcript of your recording.');

    await submitSpoken(id, MISHEARD);
    const [turn] = await db.query<{ answered_by: string; delivery: unknown; transcript_confidence: number; transcript_low_confidence: boolean }>(
      `select answered_by, delivery, transcript_confidence, transcript_low_confidence from interview_turns where id = $1`,
      [waiting.turnId],
    );
    expect(turn).toMatchObject({ answered_by: 'voice', delivery: null, transcript_low_confidence: true });
    expect(Number(turn!.transcript_confidence)).toBeCloseTo(0.2);

    const report = await finishNow(id);
    expect(report).toContain('Low confidence: the speech recognizer was unsure of this transcript');
    expect(report).toContain('The transcript of this answer had low recognition confidence');
    const better = /<details class="better-version">([\s\S]*?)<\/details>/.exec(report)![1]!;
    for (const word of ['zeppelin', 'marmalade', 'retry queue', 'failed charges']) expect(better).not.toContain(word);
    expect(better).toContain('[');
    // No delivery section: there were no figures to report.
    expect(report).not.toContain('words a minute');
  });

  it('keeps delivery figures and quotes the answer when the transcript is confident', async () => {
    reply = transcription(HEARD_WELL, 0.95);
    const id = await startInterview(agent, { length: 1, role: 'Payments engineer' });
    const { res, waiting } = await sendRecording(agent, id, Buffer.from(RECORDING));
    expect(res.body).toMatchObject({ confidence: 0.95, lowConfidence: false });
    expect((res.body as { wordsPerMinute: number }).wordsPerMinute).toBeGreaterThan(0);
    expect((await agent.get(`/interviews/${id}`).expect(200)).text).not.toContain('transcript-low-confidence');

    await submitSpoken(id, HEARD_WELL);
    const [turn] = await db.query<{ delivery: { wordsPerMinute: number } | null; transcript_low_confidence: boolean }>(
      `select delivery, transcript_low_confidence from interview_turns where id = $1`,
      [waiting.turnId],
    );
    expect(turn!.transcript_low_confidence).toBe(false);
    expect(turn!.delivery!.wordsPerMinute).toBeGreaterThan(0);
    const report = await finishNow(id);
    expect(report).not.toContain('low recognition confidence');
    expect(/<details class="better-version">([\s\S]*?)<\/details>/.exec(report)![1]).toContain('retry queue');
  });

  it('a low-confidence recording keeps its mark even when a later one of the same answer is confident', async () => {
    const id = await startInterview(agent, { length: 1, role: 'Payments engineer' });
    reply = transcription(MISHEARD, 0.2);
    await sendRecording(agent, id, Buffer.from(RECORDING));
    reply = transcription(HEARD_WELL, 0.95);
    const { res, waiting } = await sendRecording(agent, id, Buffer.from(RECORDING));
    expect(res.body).toMatchObject({ lowConfidence: false });
    await submitSpoken(id, `${MISHEARD}\n\n${HEARD_WELL}`);
    const [turn] = await db.query<{ delivery: unknown; transcript_low_confidence: boolean }>(`select delivery, transcript_low_confidence from interview_turns where id = $1`, [
      waiting.turnId,
    ]);
    expect(turn).toMatchObject({ delivery: null, transcript_low_confidence: true });
  });

  it('an answer typed instead carries no confidence mark', async () => {
    reply = transcription(MISHEARD, 0.2);
    const id = await startInterview(agent, { length: 1, role: 'Payments engineer' });
    const { waiting } = await sendRecording(agent, id, Buffer.from(RECORDING));
    await agent.post(`/interviews/${id}/answers`).type('form').send({ _csrf: waiting.token, turnId: waiting.turnId, answer: HEARD_WELL, source: 'text' }).expect(303);
    const [turn] = await db.query<{ answered_by: string; transcript_low_confidence: boolean; transcript_confidence: number | null }>(
      `select answered_by, transcript_low_confidence, transcript_confidence from interview_turns where id = $1`,
      [waiting.turnId],
    );
    expect(turn).toEqual({ answered_by: 'text', transcript_low_confidence: false, transcript_confidence: null });
  });

  it('offers voice answers in a Korean session and sends the language hint language=ko', async () => {
    const person = await signIn(t.origin, { name: '김하늘', email: 'haneul.voice@example.com' });
    await db.query(`update users set locale = null where email = $1`, ['haneul.voice@example.com']);
    const id = await startKorean(person);
    const page = (await person.get(`/interviews/${id}`).set('Accept-Language', 'ko').expect(200)).text;
    expect(page).toContain('id="recorder"');
    expect(page).not.toContain('id="voice-needs-service"');

    reply = transcription('작년에 제가 직접 야간 근무 인수인계 양식을 만들었습니다', 0.9);
    const before = (await transcriptionRequests()).length;
    const { res } = await sendRecording(person, id, Buffer.from(RECORDING));
    expect(res.status).toBe(200);
    expect((res.body as { text: string }).text).toContain('인수인계');
    const forms = await transcriptionRequests();
    expect(forms.length).toBe(before + 1);
    expect(forms.at(-1)!.get('language')).toBe('ko');
    // English sessions send English.
    expect(forms.slice(0, before).every((form) => form.get('language') === 'en')).toBe(true);
  });
});

describe('with the offline default (PocketSphinx, English only)', () => {
  // A stand-in binary and model directory that exist: availability says yes, and the Korean check
  // comes before any recognition, so nothing is ever run.
  const ctx = useTestApp({ SPEECH_PROVIDER: 'pocketsphinx', POCKETSPHINX_BIN: '/bin/true', POCKETSPHINX_MODEL_DIR: tmpdir() });

  it('does not offer voice answers in a Korean session, says a speech service is needed, and refuses a recording without running the English model', async () => {
    const person = await signIn(ctx.t.origin, { name: '이서준', email: 'seojun.voice@example.com' });
    await ctx.db.query(`update users set locale = null where email = $1`, ['seojun.voice@example.com']);
    const id = await startKorean(person);
    const page = (await person.get(`/interviews/${id}`).set('Accept-Language', 'ko').expect(200)).text;
    expect(page).not.toContain('id="recorder"');
    expect(page).toContain('id="voice-needs-service"');
    expect(page).toContain('한국어 음성 답변을 쓰려면 이 서버에 음성 인식 서비스(Gemini 또는 OpenAI 호환 서버)가 설정되어 있어야 해요.');
    expect(page).toContain('name="answer"'); // typing is offered

    const waiting = (await waitingQuestion(person, id))!;
    const res = await person
      .post(`/interviews/${id}/turns/${waiting.turnId}/transcription`)
      .set('X-CSRF-Token', waiting.token)
      .set('Accept', 'application/json')
      .set('Accept-Language', 'ko')
      .set('Content-Type', 'audio/wav')
      .send(Buffer.from(RECORDING));
    expect(res.status).toBe(503);
    expect(JSON.stringify(res.body)).toContain('한국어 음성 답변을 쓰려면');
    const [turn] = await ctx.db.query<{ delivery: unknown; transcript_confidence: unknown }>(`select delivery, transcript_confidence from interview_turns where id = $1`, [waiting.turnId]);
    expect(turn).toEqual({ delivery: null, transcript_confidence: null });
  });

  it('still offers voice answers in an English session', async () => {
    const person = await signIn(ctx.t.origin, { name: 'Sam Reed', email: 'sam.voice@example.com' });
    const id = await startInterview(person, { length: 1 });
    const page = (await person.get(`/interviews/${id}`).expect(200)).text;
    expect(page).toContain('id="recorder"');
    expect(page).not.toContain('id="voice-needs-service"');
  });
});
