import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../../../src/config/app-config.js';
import { AiProviderError } from '../../../src/platform/ai/ai-provider.error.js';
import { createAiProvider } from '../../../src/platform/ai/ai.module.js';
import { EmbeddedAiProvider } from '../../../src/platform/ai/embedded-ai-provider.js';
import { FallbackAiProvider } from '../../../src/platform/ai/fallback-ai-provider.js';
import { GeminiAiProvider } from '../../../src/platform/ai/gemini-ai-provider.js';
import { detectSensitive } from '../../../src/platform/privacy/index.js';
import { apiError, FakeGeminiServer, modelAnswer, promptOf, type CapturedRequest } from '../../helpers/fake-gemini-server.js';
import { allOutbound, PII, placeholdersIn as placeholdersInPrompt, RESUME_WITH_PII as RESUME, USER } from '../../helpers/planted-pii.js';

const QUIET_LOGGER = { log: () => undefined, warn: () => undefined, error: () => undefined };
const FAST_RETRY = { retries: 2, baseDelayMs: 60, maxDelayMs: 400 };

function placeholdersIn(request: CapturedRequest): string[] {
  return placeholdersInPrompt(promptOf(request));
}

describe('Gemini AI provider against a local server speaking the Gemini protocol', () => {
  const server = new FakeGeminiServer();
  let provider: FallbackAiProvider;

  beforeAll(async () => {
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
  });
  beforeEach(() => {
    const gemini = new GeminiAiProvider({
      apiKey: server.apiKey,
      model: 'gemini-2.5-flash',
      baseUrl: server.url,
      timeoutMs: 1_000,
      retry: FAST_RETRY,
      logger: QUIET_LOGGER,
    });
    provider = new FallbackAiProvider(gemini, new EmbeddedAiProvider(), QUIET_LOGGER);
  });

  it('the planted values are ones the detector recognises (so the next test means something)', () => {
    const found = detectSensitive(RESUME).map((f) => f.text);
    for (const value of Object.values(PII)) expect(found).toContain(value);
  });

  it('sends no planted personal data and no user identifier, and restores the values the model quoted (D4, D5)', async () => {
    server.respond((req) => {
      const [first, ...others] = placeholdersIn(req);
      return modelAnswer(
        JSON.stringify({
          suggestions: [
            { id: 's-1', after: `Led the payment service migration; contact ${first} or ${others.join(', ')}`, why: 'Action verb first.' },
          ],
        }),
      );
    });

    const result = await provider.improveSuggestions({
      resumeText: RESUME,
      jobText: `Senior engineer. Send applications to hiring@corp.example or call ${PII.phone}.`,
      suggestions: [{ id: 's-1', why: 'Starts with duty phrasing', before: `responsible for the payment service migration, reachable at ${PII.email}` }],
    });

    expect(server.requests).toHaveLength(1);
    const outbound = allOutbound(server.requests);
    for (const value of [...Object.values(PII), 'hiring@corp.example', USER.id, USER.sessionId]) expect(outbound).not.toContain(value);
    // Also with separators stripped: no card or IBAN digits in another layout.
    const digitsOnly = outbound.replace(/[\s-]/g, '');
    for (const value of [PII.card, PII.iban, PII.rrn]) expect(digitsOnly).not.toContain(value.replace(/[\s-]/g, ''));

    const sent = server.requests[0]!;
    expect(sent.url).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    // D5: the body is the prompt and generation settings only: no labels, user or metadata fields.
    expect(Object.keys(JSON.parse(sent.body) as object).sort()).toEqual(['contents', 'generationConfig', 'safetySettings']);
    const headerNames = Object.keys(sent.headers).filter((h) => !['host', 'connection', 'content-length', 'accept', 'accept-language', 'accept-encoding', 'sec-fetch-mode', 'user-agent'].includes(h));
    expect(headerNames.sort()).toEqual(['content-type', 'x-goog-api-client', 'x-goog-api-key']);
    expect(promptOf(sent)).toContain('[ID_NUMBER_1]');

    // One value, one placeholder, across resume, job text and suggestion: the email appears in two parts.
    expect(placeholdersIn(sent).filter((p) => p.startsWith('[EMAIL_'))).toHaveLength(2);

    expect(result.fallback).toBeUndefined();
    expect(result.suggestions).toHaveLength(1);
    const after = result.suggestions[0]!.after;
    for (const value of Object.values(PII)) expect(after).toContain(value);
    expect(after).toContain('hiring@corp.example');
    expect(after).not.toMatch(/\[[A-Z_]+_\d+\]/);
  });

  it('rewrites a bullet through the model and restores a quoted phone number', async () => {
    server.respond((req) => modelAnswer(JSON.stringify({ rewrite: `Led migration; on call at ${placeholdersIn(req)[0]}` })));
    const result = await provider.rewriteBullet({ bullet: `Responsible for on-call rota, phone ${PII.phone}` });
    expect(allOutbound(server.requests)).not.toContain(PII.phone);
    expect(result).toEqual({ rewrite: `Led migration; on call at ${PII.phone}` });
  });

  it('generateJson pseudonymises every part and restores every string of a nested answer', async () => {
    server.respond((req) => {
      const [p] = placeholdersIn(req);
      return modelAnswer(JSON.stringify({ questions: [{ text: `Is ${p} still your number?`, tags: [p] }] }));
    });
    const gemini = new GeminiAiProvider({ apiKey: server.apiKey, model: 'gemini-2.5-flash', baseUrl: server.url, timeoutMs: 1_000, logger: QUIET_LOGGER });
    const schema = z.object({ questions: z.array(z.object({ text: z.string(), tags: z.array(z.string()) })) });
    const answer = await gemini.generateJson('Ask one interview question.', { answer: `Call me on ${PII.phone}` }, schema);
    expect(allOutbound(server.requests)).not.toContain(PII.phone);
    expect(answer).toEqual({ questions: [{ text: `Is ${PII.phone} still your number?`, tags: [PII.phone] }] });
  });

  it('times out within a bounded time and falls back with reason "timeout", without retrying', async () => {
    server.respond(() => ({ ...modelAnswer('{"rewrite":"late"}'), delayMs: 5_000 }));
    const started = performance.now();
    const result = await provider.rewriteBullet({ bullet: 'responsible for managing the team' });
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ fallback: true, reason: 'timeout' });
    expect(result.rewrite).toMatch(/^Managed the team/);
    expect(elapsed).toBeLessThan(4_000);
    expect(server.requests).toHaveLength(1);
  });

  it('retries after a 500 and succeeds', async () => {
    server.respond(
      () => apiError(500, 'Internal error'),
      () => modelAnswer(JSON.stringify({ rewrite: 'Led the payments team' })),
    );
    const result = await provider.rewriteBullet({ bullet: 'responsible for the payments team' });
    expect(result).toEqual({ rewrite: 'Led the payments team' });
    expect(server.requests).toHaveLength(2);
  });

  it('retries after a dropped connection and succeeds', async () => {
    server.respond(
      () => ({ destroy: true }),
      () => modelAnswer(JSON.stringify({ rewrite: 'Led the payments team' })),
    );
    const result = await provider.rewriteBullet({ bullet: 'responsible for the payments team' });
    expect(result).toEqual({ rewrite: 'Led the payments team' });
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after the bounded retries on repeated 503s and falls back as "unavailable"', async () => {
    server.respond(() => apiError(503, 'The model is overloaded.'));
    const result = await provider.rewriteBullet({ bullet: 'responsible for the payments team' });
    expect(result).toMatchObject({ fallback: true, reason: 'unavailable' });
    expect(server.requests).toHaveLength(1 + FAST_RETRY.retries);
  });

  it('does not retry a 400 and falls back as "unavailable"', async () => {
    server.respond(() => apiError(400, 'Invalid argument'));
    const result = await provider.improveSuggestions({
      resumeText: RESUME,
      suggestions: [{ id: 'a', why: 'weak verb', before: 'worked on the billing system' }],
    });
    expect(server.requests).toHaveLength(1);
    expect(result).toEqual({
      suggestions: [{ id: 'a', after: 'Contributed to the billing system', why: 'weak verb' }],
      fallback: true,
      reason: 'unavailable',
    });
  });

  it('does not retry a wrong API key (400) either', async () => {
    const wrongKey = new FallbackAiProvider(
      new GeminiAiProvider({ apiKey: 'wrong', model: 'gemini-2.5-flash', baseUrl: server.url, timeoutMs: 1_000, retry: FAST_RETRY, logger: QUIET_LOGGER }),
      new EmbeddedAiProvider(),
      QUIET_LOGGER,
    );
    server.respond(() => modelAnswer('{"rewrite":"never"}'));
    expect(await wrongKey.rewriteBullet({ bullet: 'Led a team' })).toMatchObject({ fallback: true, reason: 'unavailable' });
    expect(server.requests).toHaveLength(1);
  });

  it('backs off exponentially with jitter on 429, honouring the server retry hint up to the cap', async () => {
    server.respond(
      () => apiError(429, 'Resource exhausted'),
      () => apiError(429, 'Resource exhausted'),
      () => modelAnswer(JSON.stringify({ rewrite: 'Led the payments team' })),
    );
    expect(await provider.rewriteBullet({ bullet: 'the payments team' })).toEqual({ rewrite: 'Led the payments team' });
    const [a, b, c] = server.requests.map((r) => r.at);
    expect(server.requests).toHaveLength(3);
    // Equal jitter: at least half of each window (60 ms, then 120 ms), at most the cap.
    expect(b! - a!).toBeGreaterThanOrEqual(25);
    expect(c! - b!).toBeGreaterThanOrEqual(55);
    expect(c! - a!).toBeLessThan(1_500);

    server.respond(
      () => apiError(429, 'Resource exhausted', [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '0.3s' }]),
      () => modelAnswer(JSON.stringify({ rewrite: 'Led the payments team' })),
    );
    await provider.rewriteBullet({ bullet: 'the payments team' });
    const [x, y] = server.requests.map((r) => r.at);
    expect(y! - x!).toBeGreaterThanOrEqual(290);
  });

  it('falls back as "invalid_response" on an answer that is not JSON, or not the expected shape', async () => {
    server.respond(() => modelAnswer('Sure! Here is your bullet: Led the team.'));
    expect(await provider.rewriteBullet({ bullet: 'Led a team of 5' })).toEqual({ rewrite: 'Led a team of 5', fallback: true, reason: 'invalid_response' });
    expect(server.requests).toHaveLength(1);

    server.respond(() => modelAnswer(JSON.stringify({ text: 'Led the team' })));
    expect(await provider.rewriteBullet({ bullet: 'Led a team of 5' })).toMatchObject({ fallback: true, reason: 'invalid_response' });

    server.respond(() => ({ raw: '<html>gateway</html>' }));
    expect(await provider.rewriteBullet({ bullet: 'Led a team of 5' })).toMatchObject({ fallback: true, reason: 'invalid_response' });

    server.respond(() => modelAnswer(JSON.stringify({ suggestions: [{ id: 'not-ours', after: 'x' }] })));
    const unknownIds = await provider.improveSuggestions({ resumeText: 'x', suggestions: [{ id: 'a', why: 'w', after: 'kept' }] });
    expect(unknownIds).toEqual({ suggestions: [{ id: 'a', after: 'kept', why: 'w' }], fallback: true, reason: 'invalid_response' });
  });

  it('generateJson throws our own error on failure, never the SDK error that quotes the server', async () => {
    server.respond((req) => apiError(400, `Bad request: ${promptOf(req)}`));
    const gemini = new GeminiAiProvider({ apiKey: server.apiKey, model: 'gemini-2.5-flash', baseUrl: server.url, timeoutMs: 1_000, logger: QUIET_LOGGER });
    const error = await gemini.generateJson('Summarise.', { resume: 'Kubernetes migration of the ledger' }, z.object({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AiProviderError);
    const e = error as AiProviderError;
    expect(e).toMatchObject({ reason: 'unavailable', status: 400, retryable: false });
    expect(e.cause).toBeUndefined();
    expect(`${e.message}\n${e.stack}`).not.toContain('Kubernetes');
    expect(JSON.stringify(e)).not.toContain('Kubernetes');
  });

  it('is what AI_PROVIDER=gemini configures, wrapped in the fallback', async () => {
    const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'candor-ai-config-')), AI_PROVIDER: 'gemini', GEMINI_API_KEY: server.apiKey, GEMINI_BASE_URL: server.url, AI_TIMEOUT_MS: '500' });
    const configured = createAiProvider(config.ai, QUIET_LOGGER);
    server.respond(() => ({ ...modelAnswer('{"rewrite":"late"}'), delayMs: 3_000 }));
    expect(await configured.rewriteBullet({ bullet: 'Led a team of 5' })).toMatchObject({ fallback: true, reason: 'timeout' });
    expect(server.requests[0]!.url).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
  });
});
