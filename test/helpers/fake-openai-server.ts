import { ScriptedModelServer, type CapturedRequest, type FakeReply } from './scripted-model-server.js';

export type { CapturedRequest, FakeReply, Responder } from './scripted-model-server.js';

/** A Chat Completions answer whose one choice says `content`. */
export function chatAnswer(content: string): FakeReply {
  return {
    json: {
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1_764_400_000,
      model: 'served-model',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    },
  };
}

/** An error in the OpenAI shape (Ollama, vLLM and LocalAI answer like this). */
export function openAiError(status: number, message: string): FakeReply {
  return { status, json: { error: { message, type: status >= 500 ? 'server_error' : 'invalid_request_error', code: status } } };
}

/** The parsed JSON body of a chat request. */
export function chatRequestOf(request: CapturedRequest): { messages: { role: string; content: string }[]; [field: string]: unknown } {
  return JSON.parse(request.body) as { messages: { role: string; content: string }[] };
}

/** All message text of a chat request. */
export function chatPromptOf(request: CapturedRequest): string {
  return chatRequestOf(request)
    .messages.map((m) => m.content)
    .join('\n');
}

/** The multipart form of a transcription request, parsed by the platform's own parser. */
export function transcriptionFormOf(request: CapturedRequest): Promise<FormData> {
  return new Response(new Uint8Array(request.bytes), { headers: { 'content-type': String(request.headers['content-type']) } }).formData();
}

/**
 * A local stand-in for a self-hosted server speaking the OpenAI HTTP API: `POST /v1/chat/completions`
 * (Ollama, vLLM, LocalAI, llama.cpp server) and `POST /v1/audio/transcriptions` (faster-whisper-server,
 * whisper.cpp server). With `apiKey` set it wants `Authorization: Bearer <key>`, as such servers do
 * when started with a key. See ScriptedModelServer for the script.
 */
export class FakeOpenAiServer extends ScriptedModelServer {
  constructor(readonly apiKey?: string) {
    super(
      (request) => {
        if (request.method !== 'POST' || !['/v1/chat/completions', '/v1/audio/transcriptions'].includes(request.url)) return openAiError(404, 'Not found');
        if (apiKey && request.headers.authorization !== `Bearer ${apiKey}`) return openAiError(401, 'Invalid API key');
        return undefined;
      },
      () => openAiError(500, 'No scripted reply'),
    );
  }
}
