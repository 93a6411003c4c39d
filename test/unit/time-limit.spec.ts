import { describe, expect, it } from 'vitest';
import { settleWithin, TimeLimitError, withinTimeLimit } from '../../src/platform/loading/time-limit.js';

const never = (): Promise<void> => new Promise<void>(() => undefined);

describe('withinTimeLimit', () => {
  it("gives the work's own value or error when it settles in time", async () => {
    expect(await withinTimeLimit(Promise.resolve(7), 50)).toBe(7);
    const own = new Error('own');
    await expect(withinTimeLimit(Promise.reject(own), 50)).rejects.toBe(own);
  });

  it('rejects with a TimeLimitError when the work runs past the limit', async () => {
    await expect(withinTimeLimit(never(), 20)).rejects.toBeInstanceOf(TimeLimitError);
  });
});

describe('settleWithin', () => {
  it('tells settled, failed and timed-out work apart', async () => {
    expect(await settleWithin(Promise.resolve(1), 50)).toBe('settled');
    expect(await settleWithin(Promise.reject(new Error('no')), 50)).toBe('failed');
    expect(await settleWithin(never(), 20)).toBe('timed out');
  });
});
