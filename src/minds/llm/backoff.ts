/**
 * Delay before retry number `attempt` (0-based): exponential from `baseMs`, capped at `maxMs`, with
 * "equal jitter" (half fixed, half random) so many agents hitting a 429 together spread out.
 * A server's Retry-After wins when given (still capped).
 */
export function backoffDelay(
  attempt: number,
  baseMs: number,
  maxMs: number,
  retryAfterMs?: number | null,
  random: () => number = Math.random,
): number {
  if (retryAfterMs != null && retryAfterMs >= 0) return Math.min(maxMs, retryAfterMs);
  const exp = Math.min(maxMs, baseMs * 2 ** attempt);
  return exp / 2 + random() * (exp / 2);
}

/** Waits `ms`, rejecting early if the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
