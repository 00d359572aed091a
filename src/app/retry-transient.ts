import { isTransientError } from "../errors/transient";

export type RetryOptions = {
  /** First delay (ms); doubles each attempt up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Give up (rethrow the last error) after this long in total (ms). */
  budgetMs?: number;
  /** Stop waiting when aborted (a worker shutting down): the last error is rethrown. */
  signal?: AbortSignal | undefined;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
};

/**
 * Runs `work`, retrying it with capped exponential backoff for as long as it fails with a transient
 * error (see `isTransientError`) and the budget lasts; any other error is rethrown at once. `work`
 * must be idempotent: a failed attempt may have been committed before its connection dropped.
 */
export async function retryTransient<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const initial = options.initialDelayMs ?? 250;
  const max = options.maxDelayMs ?? 5_000;
  const deadline = Date.now() + (options.budgetMs ?? 10 * 60_000);
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isTransientError(error) || options.signal?.aborted) throw error;
      const delay = Math.min(max, initial * 2 ** (attempt - 1));
      if (Date.now() + delay > deadline) throw error;
      options.onRetry?.(error, attempt, delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
