/** How long to wait between attempts when the server gives no Retry-After. */
export type Backoff = {
  /** Wait before the first retry, before jitter (default 500 ms); it doubles with each retry. */
  initialMs?: number;
  /** Longest wait between two attempts (default 8,000 ms). */
  maxMs?: number;
};

/** Statuses worth another attempt: rate limited, and a gateway or the service briefly unavailable. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/**
 * Exponential backoff with "equal jitter": retry n (0-based) waits between half and all of
 * min(maxMs, initialMs x 2^n), so clients that failed together do not come back together.
 */
export function backoffDelayMs(retry: number, backoff: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs ?? 8_000, (backoff.initialMs ?? 500) * 2 ** retry);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Seconds a `Retry-After` header asks for: delay-seconds or an HTTP date (RFC 9110 section 10.2.3),
 * or undefined when absent or unreadable. A date in the past is 0.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // An HTTP date names its day and month ("Fri, 27 Nov 2026 09:00:30 GMT"); anything else is not one.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** Wait `ms`, or stop early with the signal's reason when it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
