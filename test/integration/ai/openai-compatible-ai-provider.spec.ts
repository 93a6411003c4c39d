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
import { OpenAiCompatibleAiProvider } from '../../../src/platform/ai/openai-compatible-ai-provider.js';
import { chatAnswer, chatPromptOf, chatRequestOf, FakeOpenAiServer, openAiError, type CapturedRequest } from '../../helpers/fake-openai-server.js';
import { allOutbound, PII, placeholdersIn as placeholdersInPrompt, RESUME_WITH_PII as RESUME, USER } from '../../helpers/planted-pii.js';

const MODEL = 'qwen2.5:7b-instruct';
const QUIET_LOGGER = { log: () => undefined, warn: () => undefined, error: () => undefined };
const FAST_RETRY = { retries: 2, baseDelayMs: 40, maxDelayMs: 400 };

function placeholdersIn(request: CapturedRequest): string[] {
  return placeholdersInPrompt(chatPromptOf(request));
}

describe('OpenAI-compatible AI provider against a local server speaking Chat Completions', () => {
  const server = new FakeOpenAiServer('local-key-not-secret');
  const logLines: string[] = [];
  const logger = { log: (m: unknown) => logLines.push(String(m)), warn: (m: unknown) => logLines.push(String(m)), error: (m: unknown) => logLines.push(String(m)) };
  let provider: FallbackAiProvider;

  function adapter(options: { timeoutMs?: number; apiKey?: string } = {}): OpenAiCompatibleAiProvider {
    return new OpenAiCompatibleAiProvider({
      baseUrl: server.url,
      model: MODEL,
      apiKey: options.apiKey ?? server.apiKey,
      timeoutMs: options.timeoutMs ?? 1_000,
      retry: FAST_RETRY,
      logger,
    });
  }

  beforeAll(async () => {
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
  });
  beforeEach(() => {
    provider = new FallbackAiProvider(adapter(), new EmbeddedAiProvider(), logger);
  });

  it('sends no planted personal data and no user identifier, asks for JSON mode, and restores quoted values (D4, D5)', async () => {
    server.respond((req) => {
      const [first, ...others] = placeholdersIn(req);
      const after = `Led the payment service migration; contact ${first} or ${others.join(', ')}`;
      return chatAnswer(JSON.stringify({ suggestions: [{ id: 's-1', after, why: 'Action verb first.' }] }));
    });

    const result = await provider.improveSuggestions({
      resumeText: RESUME,
      jobText: `Senior engineer. Send applications to hiring@corp.example or call ${PII.phone}.`,
      suggestions: [{ id: 's-1', why: 'Starts with duty phrasing', before: `responsible for the payment service migration, reachable at ${PII.email}` }],
    });

    expect(server.requests).toHaveLength(1);
    const outbound = allOutbound(server.requests);
    for (const value of [...Object.values(PII), 'hiring@corp.example', USER.id, USER.sessionId]) expect(outbound).not.toContain(value);
    const digitsOnly = outbound.replace(/[\s-]/g, '');
    for (const value of [PII.card, PII.iban, PII.rrn]) expect(digitsOnly).not.toContain(value.replace(/[\s-]/g, ''));

    const sent = server.requests[0]!;
    expect(sent.url).toBe('/v1/chat/completions');
    const body = chatRequestOf(sent);
    // D5: model, messages and generation settings only: no `user`, `metadata`, `store` or other fields.
    expect(Object.keys(body).sort()).toEqual(['messages', 'model', 'response_format', 'stream', 'temperature']);
    expect(body['model']).toBe(MODEL);
    expect(body['response_format']).toEqual({ type: 'json_object' });
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[0]!.content).toMatch(/^You help a job seeker/);
    const headerNames = Object.keys(sent.headers).filter((h) => !['host', 'connection', 'content-length', 'accept', 'accept-language', 'accept-encoding', 'sec-fetch-mode', 'user-agent'].includes(h));
    expect(headerNames.sort()).toEqual(['authorization', 'content-type']);
    expect(chatPromptOf(sent)).toContain('[ID_NUMBER_1]');
    expect(placeholdersIn(sent).filter((p) => p.startsWith('[EMAIL_'))).toHaveLength(2);

    expect(result.fallback).toBeUndefined();
    const after = result.suggestions[0]!.after;
    for (const value of Object.values(PII)) expect(after).toContain(value);
    expect(after).not.toMatch(/\[[A-Z_]+_\d+\]/);
  });

  it('sends no Authorization header when no key is configured', async () => {
    const open = new FakeOpenAiServer();
    await open.start();
    try {
      open.respond(() => chatAnswer('{"rewrite":"Led the payments team"}'));
      const keyless = new OpenAiCompatibleAiProvider({ baseUrl: open.url, model: MODEL, apiKey: undefined, timeoutMs: 1_000, logger: QUIET_LOGGER });
      expect(await keyless.rewriteBullet({ bullet: 'responsible for the payments team' })).toEqual({ rewrite: 'Led the payments team' });
      expect(open.requests[0]!.headers.authorization).toBeUndefined();
    } finally {
      await open.stop();
    }
  });

  it('reads answers wrapped in a fence or a sentence, as models without JSON mode write them', async () => {
    server.respond(() => chatAnswer('```json\n{"rewrite":"Led the payments team"}\n```'));
    expect(await provider.rewriteBullet({ bullet: 'x' })).toEqual({ rewrite: 'Led the payments team' });
    server.respond(() => chatAnswer('Sure! Here is the JSON: {"rewrite":"Led the payments team"} Hope it helps.'));
    expect(await provider.rewriteBullet({ bullet: 'x' })).toEqual({ rewrite: 'Led the payments team' });
  });

  it('falls back with the note on garbage: prose, the wrong shape, a body that is not JSON, no choices', async () => {
    for (const reply of [
      chatAnswer('Led the team, I think.'),
      chatAnswer(JSON.stringify({ text: 'Led the team' })),
      chatAnswer('{"rewrite": '),
      { raw: '<html>bad gateway</html>' },
      { json: { choices: [] } },
      { json: { choices: [{ message: { role: 'assistant', content: null } }] } },
    ]) {
      server.respond(() => reply);
      expect(await provider.rewriteBullet({ bullet: 'Led a team of 5' })).toEqual({ rewrite: 'Led a team of 5', fallback: true, reason: 'invalid_response' });
      expect(server.requests).toHaveLength(1);
    }
  });

  it('retries after a 503 and succeeds', async () => {
    server.respond(
      () => openAiError(503, 'model is loading'),
      () => chatAnswer(JSON.stringify({ rewrite: 'Led the payments team' })),
    );
    expect(await provider.rewriteBullet({ bullet: 'responsible for the payments team' })).toEqual({ rewrite: 'Led the payments team' });
    expect(server.requests).toHaveLength(2);
  });

  it('honours Retry-After on a 429, and retries a dropped connection', async () => {
    server.respond(
      () => ({ ...openAiError(429, 'Too many requests'), headers: { 'retry-after': '1' } }),
      () => ({ destroy: true }),
      () => chatAnswer(JSON.stringify({ rewrite: 'Led the payments team' })),
    );
    expect(await provider.rewriteBullet({ bullet: 'x' })).toEqual({ rewrite: 'Led the payments team' });
    const [a, b] = server.requests.map((r) => r.at);
    expect(server.requests).toHaveLength(3);
    expect(b! - a!).toBeGreaterThanOrEqual(390); // the hint, capped at maxDelayMs (400 ms)
  });

  it('gives up after the bounded retries and falls back as "unavailable"; a 401 is not retried', async () => {
    server.respond(() => openAiError(500, 'CUDA out of memory'));
    expect(await provider.rewriteBullet({ bullet: 'x' })).toMatchObject({ fallback: true, reason: 'unavailable' });
    expect(server.requests).toHaveLength(1 + FAST_RETRY.retries);

    const wrongKey = new FallbackAiProvider(adapter({ apiKey: 'wrong' }), new EmbeddedAiProvider(), QUIET_LOGGER);
    server.respond(() => chatAnswer('{"rewrite":"never"}'));
    expect(await wrongKey.rewriteBullet({ bullet: 'x' })).toMatchObject({ fallback: true, reason: 'unavailable' });
    expect(server.requests).toHaveLength(1);
  });

  it('times out a hanging server within a bounded time and falls back with reason "timeout"', async () => {
    const hurried = new FallbackAiProvider(adapter({ timeoutMs: 300 }), new EmbeddedAiProvider(), QUIET_LOGGER);
    server.respond(() => ({ ...chatAnswer('{"rewrite":"late"}'), delayMs: 5_000 }));
    const started = performance.now();
    const result = await hurried.rewriteBullet({ bullet: 'responsible for managing the team' });
    expect(result).toMatchObject({ fallback: true, reason: 'timeout' });
    expect(result.rewrite).toMatch(/^Managed the team/);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(server.requests).toHaveLength(1);
  });

  it('drops JSON mode for a server that refuses it, once, and keeps it dropped', async () => {
    const ai = adapter();
    server.respond((req) =>
      'response_format' in chatRequestOf(req) ? openAiError(400, 'unknown field: response_format') : chatAnswer('{"rewrite":"Led the payments team"}'),
    );
    expect(await ai.rewriteBullet({ bullet: 'x' })).toEqual({ rewrite: 'Led the payments team' });
    expect(server.requests.map((r) => 'response_format' in chatRequestOf(r))).toEqual([true, false]);
    server.respond(() => chatAnswer('{"rewrite":"Led the payments team"}'));
    await ai.rewriteBullet({ bullet: 'x' });
    expect(server.requests.map((r) => 'response_format' in chatRequestOf(r))).toEqual([false]);
  });

  it('generateJson throws our own error, never one quoting the server', async () => {
    server.respond((req) => openAiError(400, `Bad request: ${chatPromptOf(req)}`));
    const error = await adapter().generateJson('Summarise.', { resume: 'Kubernetes migration of the ledger' }, z.object({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AiProviderError);
    expect(error).toMatchObject({ reason: 'unavailable', status: 400, retryable: false });
    expect((error as Error).cause).toBeUndefined();
    expect(`${(error as Error).message}\n${(error as Error).stack}`).not.toContain('Kubernetes');
  });

  it('logs provider, model, outcome and latency only (D3)', () => {
    expect(logLines.length).toBeGreaterThan(5);
    for (const line of logLines) {
      expect(line).toMatch(/^ai call provider=openai-compatible model=qwen2\.5:7b-instruct outcome=(ok|error|timeout|fallback) latencyMs=\d+$/);
    }
  });

  it('is what AI_PROVIDER=openai-compatible configures, wrapped in the fallback', async () => {
    const config = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'candor-ai-config-')),
      AI_PROVIDER: 'openai-compatible',
      OPENAI_BASE_URL: `${server.url}/`,
      OPENAI_MODEL: MODEL,
      OPENAI_API_KEY: server.apiKey,
      AI_TIMEOUT_MS: '300',
    });
    const configured = createAiProvider(config.ai, QUIET_LOGGER);
    expect(configured).toMatchObject({ name: 'openai-compatible', model: MODEL });
    server.respond(() => ({ ...chatAnswer('{"rewrite":"late"}'), delayMs: 3_000 }));
    expect(await configured.rewriteBullet({ bullet: 'Led a team of 5' })).toMatchObject({ fallback: true, reason: 'timeout' });
    expect(server.requests[0]!.url).toBe('/v1/chat/completions');
  });
});
