import { monitorEventLoopDelay } from 'node:perf_hooks';

/** The longest the event loop was blocked (ms) while `work` ran. */
export async function largestBlockMs(work: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  try {
    await work();
  } finally {
    histogram.disable();
  }
  return histogram.max / 1e6;
}
