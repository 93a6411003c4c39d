import { setTimeout as sleep } from 'node:timers/promises';
import { AiProviderError } from './ai-provider.error.js';

export interface RetryPolicy {
  /** Retries after the first attempt (default 2, so at most 3 requests). */
  retries: number;
  /** Delay before the first retry; doubles each time (default 500 ms). */
  baseDelayMs: number;
  /** Cap on one delay, including a server's own Retry-After hint (default 4 s). */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 2, baseDelayMs: 500, maxDelayMs: 4_000 };

/**
 * Exponential backoff with "equal jitter": half the window is fixed, half random, so many clients
 * hitting the same 429 spread out while each still waits at least half the window. A server hint
 * (Gemini's RetryInfo) raises the delay, never above `maxDelayMs`.
 */
export function backoffDelayMs(policy: RetryPolicy, retryNumber: number, hintMs = 0, random: () => number = Math.random): number {
  const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryNumber);
  const jittered = window / 2 + random() * (window / 2);
  return Math.min(policy.maxDelayMs, Math.max(jittered, hintMs));
}

/**
 * Runs `attempt` until it succeeds, fails with a non-retryable AiProviderError (a 4xx other than
 * 429, a timeout, an invalid answer), or the retries are used up. Only AiProviderError is expected:
 * anything else is a bug and is rethrown at once.
 */
export async function withRetries<T>(policy: RetryPolicy, attempt: () => Promise<T>): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof AiProviderError) || !error.retryable || retry >= policy.retries) throw error;
      await sleep(backoffDelayMs(policy, retry, error.retryAfterMs));
    }
  }
}
