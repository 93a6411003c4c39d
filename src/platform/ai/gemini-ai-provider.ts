import {
  GoogleGenerativeAI,
  GoogleGenerativeAIAbortError,
  GoogleGenerativeAIError,
  GoogleGenerativeAIFetchError,
  GoogleGenerativeAIRequestInputError,
  GoogleGenerativeAIResponseError,
  type ErrorDetails,
  type GenerativeModel,
} from '@google/generative-ai';
import { AiProviderError } from './ai-provider.error.js';
import { PromptedJsonProvider, type ModelPrompt, type PromptedJsonProviderOptions } from './prompted-json-provider.js';

export interface GeminiAiProviderOptions extends PromptedJsonProviderOptions {
  apiKey: string;
  /** Unset: Google's endpoint. Tests point it at a local server speaking the same protocol. */
  baseUrl: string | undefined;
}

/**
 * Gemini through Google's official SDK (`@google/generative-ai`). Prompts, pseudonymisation (D4),
 * retries, timeouts, answer validation and the log line (D3) are PromptedJsonProvider's; this class
 * only speaks the protocol.
 *
 * D5: the request carries the API key and the SDK's client header, nothing about the user: no
 * metadata, labels, custom headers or cached content are sent. Training: the Gemini API's paid tier
 * does not use prompts or answers to improve Google's models, so production must use a paid-tier
 * (billing-enabled) key; nothing here stores a dataset.
 */
export class GeminiAiProvider extends PromptedJsonProvider {
  readonly name = 'gemini';
  private readonly generative: GenerativeModel;

  constructor(options: GeminiAiProviderOptions) {
    super(options);
    // The timeout is enforced per call with an AbortSignal rather than the SDK's `timeout` option:
    // the SDK's timer is never cleared and would hold the process open for the full period.
    this.generative = new GoogleGenerativeAI(options.apiKey).getGenerativeModel(
      { model: options.model, generationConfig: { responseMimeType: 'application/json', temperature: 0.3 } },
      { baseUrl: options.baseUrl },
    );
  }

  protected async send({ instructions, prompt }: ModelPrompt, signal: AbortSignal): Promise<string> {
    try {
      const { response } = await this.generative.generateContent({ contents: [{ role: 'user', parts: [{ text: `${instructions}\n\n${prompt}` }] }] }, { signal });
      return response.text();
    } catch (error) {
      throw classify(error, signal);
    }
  }
}

/** Maps any SDK or network failure to our error, keeping only its kind and HTTP status. */
export function classify(error: unknown, signal: AbortSignal): AiProviderError {
  if (signal.aborted || error instanceof GoogleGenerativeAIAbortError) return new AiProviderError('timeout');
  if (error instanceof GoogleGenerativeAIFetchError) {
    const status = error.status;
    // 429 and 5xx may pass; any other 4xx (bad key, bad request, blocked) will fail again the same way.
    const retryable = status === undefined || status === 429 || status >= 500;
    return new AiProviderError('unavailable', { status, retryable, retryAfterMs: retryInfoDelayMs(error.errorDetails) });
  }
  if (error instanceof GoogleGenerativeAIResponseError) return new AiProviderError('invalid_response');
  if (error instanceof GoogleGenerativeAIRequestInputError) return new AiProviderError('unavailable');
  // The SDK's plain error wraps fetch failures (connection refused or reset, DNS): worth a retry.
  if (error instanceof GoogleGenerativeAIError) return new AiProviderError('unavailable', { retryable: true });
  // A 200 whose body is not JSON at all.
  if (error instanceof SyntaxError) return new AiProviderError('invalid_response');
  return new AiProviderError('unavailable');
}

/** Gemini's 429 answers may carry `google.rpc.RetryInfo` with a delay such as "2s" or "1.5s". */
function retryInfoDelayMs(details: ErrorDetails[] | undefined): number {
  for (const d of details ?? []) {
    if (!String(d['@type'] ?? '').endsWith('google.rpc.RetryInfo')) continue;
    const match = /^(\d{1,5}(?:\.\d{1,9})?)s$/.exec(String((d as Record<string, unknown>)['retryDelay'] ?? ''));
    if (match) return Math.round(Number(match[1]) * 1000);
  }
  return 0;
}
