import { ScriptedModelServer, type CapturedRequest, type FakeReply } from './scripted-model-server.js';

export type { CapturedRequest, FakeReply, Responder } from './scripted-model-server.js';

/** Gemini's `generateContent` answer with one candidate whose text is `text`. */
export function modelAnswer(text: string): FakeReply {
  return { json: { candidates: [{ content: { parts: [{ text }], role: 'model' }, finishReason: 'STOP', index: 0 }] } };
}

export function apiError(status: number, message: string, details?: unknown[]): FakeReply {
  return { status, json: { error: { code: status, message, status: status === 429 ? 'RESOURCE_EXHAUSTED' : 'ERROR', details } } };
}

/** The user-visible text the SDK put in the request (all `contents[].parts[].text`). */
export function promptOf(request: CapturedRequest): string {
  const body = JSON.parse(request.body) as { contents?: { parts?: { text?: string }[] }[] };
  return (body.contents ?? []).flatMap((c) => c.parts ?? []).map((p) => p.text ?? '').join('\n');
}

/**
 * A local stand-in for the Gemini REST API (`POST /v1beta/models/{model}:generateContent`, API key
 * in the `x-goog-api-key` header, as the official SDK sends it). See ScriptedModelServer.
 */
export class FakeGeminiServer extends ScriptedModelServer {
  constructor(readonly apiKey = 'test-key-not-secret') {
    super(
      (request) => {
        if (request.method !== 'POST' || !/^\/v1beta\/models\/[A-Za-z0-9._-]+:generateContent$/.test(request.url)) return apiError(404, 'Not found');
        if (request.headers['x-goog-api-key'] !== apiKey) return apiError(400, 'API key not valid. Please pass a valid API key.');
        return undefined;
      },
      () => apiError(500, 'No scripted reply'),
    );
  }
}
