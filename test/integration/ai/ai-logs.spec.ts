import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAiProvider } from '../../../src/platform/ai/ai.module.js';
import { EmbeddedAiProvider } from '../../../src/platform/ai/embedded-ai-provider.js';
import { FallbackAiProvider } from '../../../src/platform/ai/fallback-ai-provider.js';
import { GeminiAiProvider } from '../../../src/platform/ai/gemini-ai-provider.js';
import { createLogger, PinoNestLogger } from '../../../src/platform/logging/logger.js';
import { LogCapture } from '../../helpers/test-app.js';
import { apiError, FakeGeminiServer, modelAnswer, promptOf } from '../../helpers/fake-gemini-server.js';

// Distinctive text in the prompt and in the model's answer: neither may reach a log line (D3).
const PROMPT_MARKER = 'Quaternion ledger reconciliation';
const ANSWER_MARKER = 'Zeppelin fleet telemetry';
const PII = ['jane.roe@example.com', '+1 415-555-0132', '4111 1111 1111 1111', '900101-1234568'];
const RESUME = `${PROMPT_MARKER} at Acme. Contact ${PII[0]}, ${PII[1]}. Card ${PII[2]}. 주민등록번호 ${PII[3]}.`;

describe('AI calls write no prompt, answer or personal data to the logs (D3)', () => {
  const server = new FakeGeminiServer();
  const logs = new LogCapture();
  const logger = new PinoNestLogger(createLogger('trace', logs));
  let provider: FallbackAiProvider;

  beforeAll(async () => {
    await server.start();
    provider = new FallbackAiProvider(
      new GeminiAiProvider({
        apiKey: server.apiKey,
        model: 'gemini-2.5-flash',
        baseUrl: server.url,
        timeoutMs: 300,
        retry: { retries: 1, baseDelayMs: 20, maxDelayMs: 50 },
        logger,
      }),
      new EmbeddedAiProvider(),
      logger,
    );
  });
  afterAll(async () => {
    await server.stop();
  });

  it('on success, failure, timeout, invalid answers and errors that echo the prompt', async () => {
    const input = { resumeText: RESUME, suggestions: [{ id: 's1', why: 'weak', before: `responsible for ${PROMPT_MARKER}` }] };
    const answer = (): ReturnType<typeof modelAnswer> => modelAnswer(JSON.stringify({ suggestions: [{ id: 's1', after: ANSWER_MARKER, why: ANSWER_MARKER }] }));

    server.respond(answer);
    expect((await provider.improveSuggestions(input)).suggestions[0]!.after).toBe(ANSWER_MARKER);

    // Error bodies that quote the whole request, as some servers and proxies do.
    server.respond((req) => apiError(400, `Invalid request: ${promptOf(req)}`));
    expect(await provider.improveSuggestions(input)).toMatchObject({ fallback: true, reason: 'unavailable' });
    server.respond((req) => apiError(500, `Crash while handling ${req.body}`));
    expect(await provider.rewriteBullet({ bullet: RESUME })).toMatchObject({ fallback: true, reason: 'unavailable' });

    server.respond(() => modelAnswer(`not json: ${ANSWER_MARKER}`));
    expect(await provider.improveSuggestions(input)).toMatchObject({ fallback: true, reason: 'invalid_response' });

    server.respond(() => ({ ...answer(), delayMs: 2_000 }));
    expect(await provider.improveSuggestions(input)).toMatchObject({ fallback: true, reason: 'timeout' });

    server.respond((req) => apiError(403, `Denied: ${promptOf(req)}`));
    await expect(provider.generateJson(`Summarise ${PROMPT_MARKER}`, { resume: RESUME }, z.object({}))).rejects.toThrow(/could not be reached/);

    const text = logs.text;
    // The calls were logged, with the allowed facts only…
    expect(text).toContain('outcome=ok');
    expect(text).toContain('outcome=error');
    expect(text).toContain('outcome=timeout');
    expect(text).toContain('outcome=fallback');
    for (const line of logs.lines) {
      const entry = JSON.parse(line) as { msg: string };
      expect(entry.msg).toMatch(/^ai call provider=gemini model=gemini-2\.5-flash outcome=(ok|timeout|error|fallback) latencyMs=\d+$/);
    }
    // …and nothing of the text, nor the placeholders standing in for it.
    for (const secret of [PROMPT_MARKER, ANSWER_MARKER, 'Acme', ...PII, 'ID_NUMBER', 'EMAIL_', 'Invalid request', 'Crash while']) {
      expect(text).not.toContain(secret);
    }
  });

  it('the module factory logs through the given logger the same way', async () => {
    const before = logs.lines.length;
    const configured = createAiProvider({ provider: 'gemini', apiKey: server.apiKey, model: 'gemini-2.5-flash', baseUrl: server.url, timeoutMs: 300 }, logger);
    server.respond(() => modelAnswer(JSON.stringify({ rewrite: ANSWER_MARKER })));
    expect(await configured.rewriteBullet({ bullet: RESUME })).toEqual({ rewrite: ANSWER_MARKER });
    const added = logs.lines.slice(before).join('\n');
    expect(added).toContain('outcome=ok');
    expect(added).not.toContain(ANSWER_MARKER);
    expect(added).not.toContain(PROMPT_MARKER);
  });
});
