import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureDelivery } from '../../../src/platform/ai/speech/delivery.js';
import { AudioScratch } from '../../../src/platform/ai/speech/audio-scratch.js';
import { OpenAiCompatibleSpeechToText } from '../../../src/platform/ai/speech/openai-compatible-speech-to-text.js';
import { encodePcm16Wav } from '../../../src/platform/ai/speech/speech-wav.js';
import { SpeechToTextError, type Transcript } from '../../../src/platform/ai/speech/speech-to-text.js';
import { FakeOpenAiServer, openAiError, transcriptionFormOf, type FakeReply } from '../../helpers/fake-openai-server.js';

const FAST_RETRY = { retries: 2, baseDelayMs: 20, maxDelayMs: 100 };
const MODEL = 'Systran/faster-whisper-small';
const SPOKEN = 'Um, I led the migration.';

/** One second of a 440 Hz tone: the fake server does not listen, it only has to receive real WAV bytes. */
const AUDIO = encodePcm16Wav(Float32Array.from({ length: 16_000 }, (_, i) => 0.3 * Math.sin((2 * Math.PI * 440 * i) / 16_000)), 16_000);

/** faster-whisper-server's verbose_json, trimmed to what matters. */
const VERBOSE: FakeReply = {
  json: {
    task: 'transcribe',
    language: 'en',
    duration: 1,
    text: ` ${SPOKEN}`,
    words: [
      { word: ' Um,', start: 0.0, end: 0.2, probability: 0.9 },
      { word: ' I', start: 0.25, end: 0.3, probability: 0.9 },
      { word: ' led', start: 0.3, end: 0.4, probability: 0.9 },
      { word: ' the', start: 0.4, end: 0.45, probability: 0.9 },
      { word: ' migration.', start: 0.45, end: 0.9, probability: 0.9 },
    ],
    segments: [{ id: 0, start: 0, end: 0.9, text: ` ${SPOKEN}` }],
  },
};

describe('OpenAI-compatible speech-to-text against a local server speaking /v1/audio/transcriptions', () => {
  const server = new FakeOpenAiServer('whisper-key-not-secret');
  const logLines: string[] = [];
  const logger = { log: (m: unknown) => logLines.push(String(m)), warn: (m: unknown) => logLines.push(String(m)), error: (m: unknown) => logLines.push(String(m)) };
  const scratch = new AudioScratch(join(mkdtempSync(join(tmpdir(), 'candor-openai-speech-')), 'scratch'));

  beforeAll(async () => {
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
  });

  function engine(timeoutMs = 2_000): OpenAiCompatibleSpeechToText {
    return new OpenAiCompatibleSpeechToText({ baseUrl: server.url, model: MODEL, apiKey: server.apiKey, timeoutMs, retry: FAST_RETRY, logger });
  }

  function transcribe(stt = engine(), signal?: AbortSignal): Promise<Transcript> {
    return scratch.withAudioFile(AUDIO, (path) => stt.transcribe(path, { signal }));
  }

  async function failureOf(...replies: FakeReply[]): Promise<SpeechToTextError> {
    server.respond(...replies.map((r) => () => r));
    try {
      await transcribe(engine(300));
    } catch (error) {
      expect(error).toBeInstanceOf(SpeechToTextError);
      return error as SpeechToTextError;
    }
    throw new Error('expected a failure');
  }

  it('posts the WAV as multipart with model and verbose_json, nothing about the user, and reads word timings', async () => {
    server.respond(() => VERBOSE);
    let scratchPath = '';
    const transcript = await scratch.withAudioFile(AUDIO, (path) => {
      scratchPath = path;
      return engine().transcribe(path);
    });
    expect(transcript).toEqual({
      text: SPOKEN,
      words: [
        { word: 'um,', start: 0, end: 0.2 },
        { word: 'i', start: 0.25, end: 0.3 },
        { word: 'led', start: 0.3, end: 0.4 },
        { word: 'the', start: 0.4, end: 0.45 },
        { word: 'migration.', start: 0.45, end: 0.9 },
      ],
      seconds: 1,
      engine: 'openai-compatible',
      // The mean of whisper's word probabilities.
      confidence: { score: 0.9, low: false },
    });
    // Timings make delivery measure speaking time (0.9 s), not the recording.
    expect(measureDelivery(transcript)).toMatchObject({ words: 5, fillerWords: 1, wordsPerMinute: Math.round((5 * 60) / 0.9) });

    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.url).toBe('/v1/audio/transcriptions');
    expect(request.headers.authorization).toBe(`Bearer ${server.apiKey}`);
    const form = await transcriptionFormOf(request);
    expect([...new Set(form.keys())].sort()).toEqual(['file', 'model', 'response_format', 'timestamp_granularities[]']);
    expect(form.get('model')).toBe(MODEL);
    expect(form.get('response_format')).toBe('verbose_json');
    expect(form.getAll('timestamp_granularities[]')).toEqual(['word', 'segment']);
    const file = form.get('file') as File;
    expect(file.name).toBe('answer.wav');
    expect(file.type).toBe('audio/wav');
    expect(Buffer.from(await file.arrayBuffer()).equals(AUDIO)).toBe(true);
    // Not even the random scratch file name leaves the machine.
    const fileName = scratchPath.split('/').pop()!.replace(/\.wav$/, '');
    expect(`${JSON.stringify(request.headers)}${request.body}`).not.toContain(fileName);
    expect(Object.keys(request.headers).filter((h) => h.startsWith('x-') || h.startsWith('openai-'))).toEqual([]);
    expect(await scratch.list()).toEqual([]);
  });

  it('spreads segment timings over their words when the server gives no word timings', async () => {
    server.respond(() => ({
      json: {
        text: 'We shipped early. Then we measured.',
        segments: [
          { start: 0, end: 1.5, text: ' We shipped early.' },
          { start: 4, end: 5.5, text: ' Then we measured.' },
        ],
      },
    }));
    const transcript = await transcribe();
    expect(transcript.words.map((w) => w.word)).toEqual(['we', 'shipped', 'early', 'then', 'we', 'measured']);
    expect(transcript.words[0]).toEqual({ word: 'we', start: 0, end: 0.5 });
    expect(measureDelivery(transcript)).toMatchObject({ longPauses: 1, longestPauseSeconds: 2.5 });
  });

  it('falls back to plain json once for a server that refuses verbose_json, and keeps to it', async () => {
    const stt = engine();
    const replyFor = (format: string): FakeReply => (format === 'verbose_json' ? openAiError(400, 'Unsupported response_format') : { json: { text: SPOKEN } });
    // The fake server's responders are synchronous, so the format is read from the raw multipart text.
    server.respond((req) => replyFor(/name="response_format"\r\n\r\n(\w+)/.exec(req.body)![1]!));
    expect(await transcribe(stt)).toEqual({ text: SPOKEN, words: [], seconds: 1, engine: 'openai-compatible' });
    const formats = await Promise.all(server.requests.map(async (r) => String((await transcriptionFormOf(r)).get('response_format'))));
    expect(formats).toEqual(['verbose_json', 'json']);
    server.respond(() => ({ json: { text: SPOKEN } }));
    await transcribe(stt);
    expect(String((await transcriptionFormOf(server.requests[0]!)).get('response_format'))).toBe('json');
  });

  it('retries a 5xx and then succeeds', async () => {
    server.respond(
      () => openAiError(503, 'model is loading'),
      () => VERBOSE,
    );
    expect((await transcribe()).text).toBe(SPOKEN);
    expect(server.requests).toHaveLength(2);
  });

  it('maps a hanging server to a timeout, and a caller abort too', async () => {
    const started = performance.now();
    expect((await failureOf({ ...VERBOSE, delayMs: 3_000 })).reason).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(2_500);
    server.respond(() => ({ ...VERBOSE, delayMs: 3_000 }));
    await expect(transcribe(engine(), AbortSignal.timeout(100))).rejects.toHaveProperty('reason', 'timeout');
  });

  it('passes the session language as the `language` hint, and marks a transcript of doubtful words as low confidence', async () => {
    const doubtful = { json: { ...(VERBOSE.json as object), words: (VERBOSE.json as { words: object[] }).words.map((w) => ({ ...w, probability: 0.3 })) } };
    server.respond(() => doubtful);
    const before = server.requests.length;
    const transcript = await scratch.withAudioFile(AUDIO, (path) => engine().transcribe(path, { language: 'ko' }));
    expect(transcript.confidence).toEqual({ score: 0.3, low: true });
    const form = await transcriptionFormOf(server.requests[before]!);
    expect(form.get('language')).toBe('ko');
  });

  it('maps garbage answers to a clear "failed" error, without quoting them', async () => {
    for (const reply of [{ raw: 'I led the migration (not JSON)' }, { json: { transcript: 'I led the migration' } }, { json: { text: 42 } }, { json: ['I led the migration'] }]) {
      const error = await failureOf(reply);
      expect(error.reason, JSON.stringify(reply)).toBe('failed');
      expect(error.message).toBe('Speech recognition failed.');
    }
  });

  it('ignores malformed timings rather than failing the transcript', async () => {
    server.respond(() => ({ json: { text: SPOKEN, words: [{ word: 'um', start: 0.5, end: 0.1 }], segments: 'none' } }));
    expect(await transcribe()).toMatchObject({ text: SPOKEN, words: [] });
  });

  it('maps refused requests to unavailable: a wrong key is not retried, 500s are, up to the bound', async () => {
    const wrongKey = new OpenAiCompatibleSpeechToText({ baseUrl: server.url, model: MODEL, apiKey: 'wrong', timeoutMs: 500, retry: FAST_RETRY, logger });
    server.respond(() => VERBOSE);
    await expect(transcribe(wrongKey)).rejects.toHaveProperty('reason', 'unavailable');
    expect(server.requests).toHaveLength(1);
    expect((await failureOf(openAiError(500, 'I led the migration'))).reason).toBe('unavailable');
    expect(server.requests).toHaveLength(1 + FAST_RETRY.retries);
  });

  it('logs outcomes and timings, never the transcript or the server’s words (V4)', () => {
    expect(logLines.length).toBeGreaterThan(5);
    for (const line of logLines) {
      expect(line).toMatch(/^speech call engine=openai-compatible outcome=(ok|timeout|unavailable|failed) latencyMs=\d+ audioSeconds=1$/);
    }
    expect(logLines.join('\n')).not.toMatch(/\b(migration|shipped|measured)\b/i);
  });
});
