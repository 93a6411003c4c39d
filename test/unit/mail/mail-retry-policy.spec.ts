import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../../src/platform/mail/mail-retry-policy.js';

const minutes = (ms: number): number => ms / 60_000;

describe('mail retry backoff', () => {
  it('waits 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, then 6 h at most', () => {
    const middle = (): number => 0.5; // no jitter
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => minutes(retryDelayMs(n, middle)))).toEqual([0.5, 2, 10, 30, 60, 180, 360, 360, 360]);
  });

  it('spreads each wait by ±20 %, so messages that failed together do not return together', () => {
    expect(retryDelayMs(1, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, () => 1)).toBe(36_000);
    const spread = new Set(Array.from({ length: 50 }, () => retryDelayMs(3)));
    expect(spread.size).toBeGreaterThan(40);
    for (const delay of spread) {
      expect(delay).toBeGreaterThanOrEqual(8 * 60_000);
      expect(delay).toBeLessThanOrEqual(12 * 60_000);
    }
  });
});
