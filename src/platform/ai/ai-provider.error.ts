import type { FallbackReason } from './ai-provider.js';

const MESSAGES: Record<FallbackReason, string> = {
  timeout: 'The AI provider did not answer in time.',
  unavailable: 'The AI provider could not be reached or refused the request.',
  invalid_response: 'The AI provider answered with something that is not the expected JSON.',
};

/**
 * The only error that leaves an AI adapter (promise D3). SDK errors can quote the request or the
 * model's answer (an HTTP error body echoing the prompt, a blocked response), so they are never
 * wrapped, chained as `cause` or copied: the message here is one of ours, chosen by `reason`, and
 * the only other facts kept are an HTTP status and whether a retry may help.
 */
export class AiProviderError extends Error {
  override name = 'AiProviderError';

  constructor(
    readonly reason: FallbackReason,
    readonly options: { status?: number; retryable?: boolean; retryAfterMs?: number } = {},
  ) {
    super(MESSAGES[reason]);
  }

  get status(): number | undefined {
    return this.options.status;
  }

  get retryable(): boolean {
    return this.options.retryable ?? false;
  }

  /** The server's own retry hint (Gemini's RetryInfo on a 429), if it gave one. */
  get retryAfterMs(): number {
    return this.options.retryAfterMs ?? 0;
  }
}
