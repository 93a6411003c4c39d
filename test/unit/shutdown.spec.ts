import { describe, expect, it } from 'vitest';
import { shutDown, type ShutdownSteps } from '../../src/platform/web/shutdown.js';

const never = (): Promise<void> => new Promise<void>(() => undefined);

function recorder(steps: Partial<ShutdownSteps>) {
  const done: string[] = [];
  const errors: string[] = [];
  const all: ShutdownSteps = {
    closeApp: async () => void done.push('app'),
    dropConnections: () => void done.push('drop'),
    stopDatabase: async () => void done.push('database'),
    ...steps,
  };
  return { done, errors, steps: all, log: { error: (message: string) => void errors.push(message) } };
}

describe('shutDown', () => {
  it('closes the app, then the database, and exits 0 without ending any connection', async () => {
    const r = recorder({});
    expect(await shutDown(r.steps, 200, r.log)).toBe(0);
    expect(r.done).toEqual(['app', 'database']);
    expect(r.errors).toEqual([]);
  });

  it('ends the connections still open after the grace period, and the app then finishes closing', async () => {
    let release: () => void = () => undefined;
    const r = recorder({
      // Like Nest's close with a client stalled mid-request: it returns once that connection is gone.
      closeApp: () => new Promise<void>((resolve) => (release = resolve)),
      dropConnections: () => {
        r.done.push('drop');
        release();
      },
    });
    const started = Date.now();
    expect(await shutDown(r.steps, 50, r.log)).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(r.done).toEqual(['drop', 'database']);
    expect(r.errors.join('\n')).toMatch(/still open after 0.05 s/);
  });

  it('exits 1 when the app never finishes closing, and still stops the database', async () => {
    const r = recorder({ closeApp: never });
    const started = Date.now();
    expect(await shutDown(r.steps, 30, r.log)).toBe(1);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(r.done).toEqual(['drop', 'database']);
    expect(r.errors.join('\n')).toMatch(/did not stop within 0.06 s/);
  });

  it('exits 1 when closing the app fails, without waiting for the grace period', async () => {
    const r = recorder({ closeApp: () => Promise.reject(new Error('pool')) });
    expect(await shutDown(r.steps, 10_000, r.log)).toBe(1);
    expect(r.done).toEqual(['database']);
  });
});
