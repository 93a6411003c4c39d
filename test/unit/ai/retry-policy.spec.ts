import { describe, expect, it } from 'vitest';
import { AiProviderError } from '../../../src/platform/ai/ai-provider.error.js';
import { backoffDelayMs, withRetries } from '../../../src/platform/ai/retry-policy.js';

const policy = { retries: 2, baseDelayMs: 10, maxDelayMs: 1_000 };

describe('retry policy', () => {
  it('doubles the window each retry, keeps at least half of it, and never exceeds the cap', () => {
    const p = { retries: 5, baseDelayMs: 100, maxDelayMs: 500 };
    expect(backoffDelayMs(p, 0, 0, () => 0)).toBe(50);
    expect(backoffDelayMs(p, 0, 0, () => 1)).toBe(100);
    expect(backoffDelayMs(p, 2, 0, () => 0)).toBe(200);
    expect(backoffDelayMs(p, 4, 0, () => 1)).toBe(500);
    expect(backoffDelayMs(p, 0, 300, () => 0)).toBe(300); // the server's hint wins when longer
    expect(backoffDelayMs(p, 0, 60_000, () => 0)).toBe(500); // but is capped
  });

  it('retries retryable errors a bounded number of times', async () => {
    let calls = 0;
    const failing = withRetries(policy, () => {
      calls++;
      return Promise.reject(new AiProviderError('unavailable', { status: 503, retryable: true }));
    });
    await expect(failing).rejects.toMatchObject({ reason: 'unavailable', status: 503 });
    expect(calls).toBe(3);

    calls = 0;
    const later = await withRetries(policy, () => (++calls < 3 ? Promise.reject(new AiProviderError('unavailable', { retryable: true })) : Promise.resolve('ok')));
    expect(later).toBe('ok');
  });

  it('does not retry errors that will not pass (4xx, timeout, invalid answer) or that are bugs', async () => {
    for (const error of [new AiProviderError('unavailable', { status: 400 }), new AiProviderError('timeout'), new AiProviderError('invalid_response'), new TypeError('bug')]) {
      let calls = 0;
      await expect(withRetries(policy, () => (calls++, Promise.reject(error)))).rejects.toBe(error);
      expect(calls).toBe(1);
    }
  });
});
