/**
 * Spaces calls sharing a key at least `minIntervalMs` apart, in this process. Chat platforms limit
 * posts per channel or conversation (Slack about one per second per channel; Teams about 7 per
 * second per conversation and 30 per second per tenant); pacing here avoids most 429s, and the job
 * queue's retries with backoff handle those that still happen across processes.
 */
export function createPacer(minIntervalMs: number) {
  const next = new Map<string, number>();
  return async function pace(key: string): Promise<void> {
    if (minIntervalMs <= 0) return;
    const now = Date.now();
    const at = Math.max(now, next.get(key) ?? 0);
    next.set(key, at + minIntervalMs);
    // Forget keys whose slot has passed, so a long-running worker's map stays small.
    if (next.size > 10_000) {
      for (const [k, v] of next) if (v < now) next.delete(k);
    }
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  };
}
