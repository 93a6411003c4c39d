/** What `withinTimeLimit` rejects with when the work has not settled in time. */
export class TimeLimitError extends Error {
  override name = 'TimeLimitError';
}

/**
 * `work`'s own outcome if it settles within `ms`, else a `TimeLimitError`. The work itself keeps
 * running after the limit; its late outcome is ignored.
 */
export function withinTimeLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeLimitError(`No answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timedOut]).finally(() => clearTimeout(timer));
}

export type Outcome = 'settled' | 'failed' | 'timed out';

/** How `work` ended within `ms`, for callers that need only that (shutdown steps): never rejects. */
export async function settleWithin(work: Promise<unknown>, ms: number): Promise<Outcome> {
  try {
    await withinTimeLimit(work, ms);
    return 'settled';
  } catch (error) {
    return error instanceof TimeLimitError ? 'timed out' : 'failed';
  }
}
