import { DomainError } from '../../../src/platform/contracts/domain-error.js';
import { describe, expect, it } from 'vitest';
import { WorkSlots } from '../../../src/platform/ai/speech/work-slots.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('WorkSlots', () => {
  it('runs at most `concurrency` at once, queues a few, and refuses the rest at once', async () => {
    const slots = new WorkSlots(1, 1);
    const first = deferred();
    let active = 0;
    let peak = 0;
    const job = (gate: Promise<void>) => async () => {
      active++;
      peak = Math.max(peak, active);
      await gate;
      active--;
      return 'done';
    };
    const a = slots.run(job(first.promise));
    const b = slots.run(job(Promise.resolve()));
    await expect(slots.run(job(Promise.resolve()))).rejects.toBeInstanceOf(DomainError);
    first.resolve();
    expect(await Promise.all([a, b])).toEqual(['done', 'done']);
    expect(peak).toBe(1);
    // Free again afterwards, also after a failure.
    await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await slots.run(async () => 'again')).toBe('again');
  });
});
