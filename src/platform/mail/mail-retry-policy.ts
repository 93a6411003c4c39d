/** Waits after the 1st, 2nd, … failed attempt; later attempts wait as long as the last one. */
const RETRY_DELAYS_MS = [30_000, 2 * 60_000, 10 * 60_000, 30 * 60_000, 60 * 60_000, 3 * 3_600_000, 6 * 3_600_000];

/** Spreads retries ±20 %, so messages that failed together (a server outage) do not return together. */
const JITTER = 0.2;

/**
 * How long to wait after failed attempt number `attempt` (1-based): 30 s, 2 min, 10 min, 30 min,
 * 1 h, 3 h, then every 6 h, each ±20 %. With the default 10 attempts a message keeps trying for
 * about a day before it is given up.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = RETRY_DELAYS_MS[Math.min(Math.max(attempt, 1), RETRY_DELAYS_MS.length) - 1]!;
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}
