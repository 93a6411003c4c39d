import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AudioScratch } from '../../../src/platform/ai/speech/audio-scratch.js';
import { encodePcm16Wav } from '../../../src/platform/ai/speech/speech-wav.js';
import { GeminiSpeechToText } from '../../../src/platform/ai/speech/gemini-speech-to-text.js';
import { SpeechToTextError, type Transcript } from '../../../src/platform/ai/speech/speech-to-text.js';
import { apiError, FakeGeminiServer, modelAnswer, type FakeReply } from '../../helpers/fake-gemini-server.js';

const FAST_RETRY = { retries: 2, baseDelayMs: 20, maxDelayMs: 100 };
const SPOKEN = 'Um, I led the migration of our payment service and we cut failures by half.';

/** One second of a 440 Hz tone: the fake server does not listen, it only has to receive real WAV bytes. */
const AUDIO = encodePcm16Wav(Float32Array.from({ length: 16_000 }, (_, i) => 0.3 * Math.sin((2 * Math.PI * 440 * i) / 16_000)), 16_000);

interface RequestBody {
  contents: { role: string; parts: { text?: string; inlineData?: { mimeType: string; data: string } }[] }[];
  generationConfig?: { responseMimeType?: string };
  [key: string]: unknown;
}

describe('Gemini speech-to-text against a local server speaking the Gemini protocol', () => {
  const server = new FakeGeminiServer();
  const logLines: string[] = [];
  const logger = { log: (m: unknown) => logLines.push(String(m)), warn: (m: unknown) => logLines.push(String(m)), error: (m: unknown) => logLines.push(String(m)) };
  const scratch = new AudioScratch(join(mkdtempSync(join(tmpdir(), 'candor-gemini-speech-')), 'scratch'));

  beforeAll(async () => {
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
  });

  function engine(timeoutMs = 2_000): GeminiSpeechToText {
    return new GeminiSpeechToText({ apiKey: server.apiKey, model: 'gemini-2.5-flash', baseUrl: server.url, timeoutMs, retry: FAST_RETRY, logger });
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

  it('sends the audio as inline WAV with a fixed instruction, and nothing about the user', async () => {
    server.respond(() => modelAnswer(JSON.stringify({ text: SPOKEN })));
    let scratchPath = '';
    const transcript = await scratch.withAudioFile(AUDIO, (path) => {
      scratchPath = path;
      return engine().transcribe(path);
    });
    expect(transcript).toEqual({ text: SPOKEN, words: [], seconds: 1, engine: 'gemini' });

    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.url).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    const body = JSON.parse(request.body) as RequestBody;
    // Only the content and our generation settings: no labels, cached content, system ids or metadata.
    // (The SDK always sends an empty safetySettings list.)
    expect(Object.keys(body).sort()).toEqual(['contents', 'generationConfig', 'safetySettings']);
    expect(body['safetySettings']).toEqual([]);
    expect(body.generationConfig?.responseMimeType).toBe('application/json');
    expect(body.contents).toHaveLength(1);
    const [instruction, audio] = body.contents[0]!.parts;
    expect(body.contents[0]!.parts).toHaveLength(2);
    expect(instruction!.text).toMatch(/^Transcribe the spoken English/);
    expect(audio!.inlineData!.mimeType).toBe('audio/wav');
    expect(Buffer.from(audio!.inlineData!.data, 'base64').equals(AUDIO)).toBe(true);
    // Not even the random scratch file name leaves the machine.
    const fileName = scratchPath.split('/').pop()!.replace(/\.wav$/, '');
    expect(`${JSON.stringify(request.headers)}${request.body}`).not.toContain(fileName);
    expect(Object.keys(request.headers).filter((h) => h.startsWith('x-') && h !== 'x-goog-api-key' && h !== 'x-goog-api-client')).toEqual([]);
    expect(await scratch.list()).toEqual([]);
  });

  it('accepts an answer wrapped in a code fence, and an empty transcript for silence', async () => {
    server.respond(() => modelAnswer('```json\n{"text": "  we shipped\\n early "}\n```'));
    expect((await transcribe()).text).toBe('we shipped early');
    server.respond(() => modelAnswer('{"text": ""}'));
    expect((await transcribe()).text).toBe('');
  });

  it('retries a rate limit and then succeeds', async () => {
    server.respond(
      () => apiError(429, 'Resource exhausted'),
      () => modelAnswer(JSON.stringify({ text: SPOKEN })),
    );
    expect((await transcribe()).text).toBe(SPOKEN);
    expect(server.requests).toHaveLength(2);
  });

  it('maps a slow answer to a timeout', async () => {
    expect((await failureOf({ ...modelAnswer('{"text":"late"}'), delayMs: 1_500 })).reason).toBe('timeout');
  });

  it('maps a caller abort to a timeout', async () => {
    server.respond(() => ({ ...modelAnswer('{"text":"late"}'), delayMs: 1_500 }));
    const failure = transcribe(engine(), AbortSignal.timeout(100));
    await expect(failure).rejects.toThrow(SpeechToTextError);
    await expect(failure).rejects.toHaveProperty('reason', 'timeout');
  });

  it('maps answers that are not the expected JSON to failed, without quoting them', async () => {
    for (const text of ['I led the migration (not JSON)', '{"transcript": "I led the migration"}', '{"text": 42}', '["I led the migration"]']) {
      const error = await failureOf(modelAnswer(text));
      expect(error.reason, text).toBe('failed');
      expect(error.message).toBe('Speech recognition failed.');
    }
    expect((await failureOf({ raw: 'not json at all' })).reason).toBe('failed');
  });

  it('maps refused and failing requests to unavailable', async () => {
    expect((await failureOf(apiError(400, 'Invalid audio: I led the migration'))).reason).toBe('unavailable');
    expect(server.requests).toHaveLength(1); // a 400 is not retried
    expect((await failureOf(apiError(503, 'Overloaded'))).reason).toBe('unavailable');
    expect(server.requests).toHaveLength(3); // first try + 2 retries
    expect((await failureOf({ destroy: true })).reason).toBe('unavailable');
  });

  it('logs outcomes and timings, never the transcript or the server’s words', () => {
    expect(logLines.length).toBeGreaterThan(5);
    for (const line of logLines) {
      expect(line).toMatch(/^speech call engine=gemini outcome=(ok|timeout|unavailable|failed) latencyMs=\d+ audioSeconds=1$/);
    }
    expect(logLines.join('\n')).not.toMatch(/\b(migration|shipped|late)\b/i);
  });
});
