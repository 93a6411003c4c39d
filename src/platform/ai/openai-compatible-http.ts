import { AiProviderError } from './ai-provider.error.js';

/** Larger answers are not a chat completion or a transcript we asked for. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

export interface ModelServerEndpoint {
  /** The server root, e.g. `http://127.0.0.1:11434` (no trailing slash, no `/v1`). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …` when set; most self-hosted servers need none. */
  apiKey: string | undefined;
}

/**
 * One POST to a server speaking the OpenAI HTTP API (Ollama, vLLM, LocalAI, llama.cpp server,
 * faster-whisper-server…), answering its parsed JSON body. The request carries `body` and, when
 * configured, the bearer key: no user, organisation or project header (D5). Redirects are refused
 * so a request can never be forwarded to a host the operator did not configure.
 *
 * Only AiProviderError leaves (D3: an error body can quote the request): `timeout` when `signal`
 * aborted; `unavailable` for refusals (retryable for 408, 429, 5xx and network failures, with the
 * server's Retry-After seconds as a hint); `invalid_response` for a 2xx that is not JSON.
 */
export async function postToModelServer(
  endpoint: ModelServerEndpoint,
  path: `/v1/${string}`,
  body: string | FormData,
  signal: AbortSignal,
): Promise<unknown> {
  const headers: Record<string, string> = {};
  if (typeof body === 'string') headers['content-type'] = 'application/json';
  if (endpoint.apiKey) headers['authorization'] = `Bearer ${endpoint.apiKey}`;
  let response: Response;
  try {
    response = await fetch(`${endpoint.baseUrl}${path}`, { method: 'POST', headers, body, signal, redirect: 'error' });
  } catch {
    if (signal.aborted) throw new AiProviderError('timeout');
    // Connection refused or reset, DNS, a redirect: the error names the host at most, but is not kept.
    throw new AiProviderError('unavailable', { retryable: true });
  }
  let text: string;
  try {
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_ANSWER_BYTES) throw new RangeError('answer too large');
    text = await response.text();
    if (text.length > MAX_ANSWER_BYTES) throw new RangeError('answer too large');
  } catch {
    await response.body?.cancel().catch(() => undefined);
    if (signal.aborted) throw new AiProviderError('timeout');
    throw response.ok ? new AiProviderError('invalid_response') : new AiProviderError('unavailable', { status: response.status, retryable: true });
  }
  if (!response.ok) {
    const status = response.status;
    const retryable = status === 408 || status === 429 || status >= 500;
    throw new AiProviderError('unavailable', { status, retryable, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AiProviderError('invalid_response');
  }
}

/** `Retry-After: 2` (seconds); the HTTP-date form is rare from model servers and ignored. */
function retryAfterMs(header: string | null): number {
  const match = /^\s*(\d{1,4})\s*$/.exec(header ?? '');
  return match ? Number(match[1]) * 1000 : 0;
}

/**
 * A request option not every server speaking the protocol knows (JSON mode, `verbose_json`). It is
 * asked for until a server refuses it with a 400/422 and then succeeds without it; from then on this
 * server is not asked again. A request refused for another reason fails without the option too, and
 * that failure is the one reported.
 */
export class RefusableOption {
  private refused = false;

  async run<T>(attempt: (withOption: boolean) => Promise<T>): Promise<T> {
    if (this.refused) return attempt(false);
    try {
      return await attempt(true);
    } catch (error) {
      if (!(error instanceof AiProviderError) || (error.status !== 400 && error.status !== 422)) throw error;
      const result = await attempt(false);
      this.refused = true;
      return result;
    }
  }
}
