/**
 * When a failed delivery is tried again: 30 s after the first failure, doubling each time, never
 * more than 6 hours apart; after 14 attempts (about 26 hours in all, past a day-long outage) it is
 * given up as failed and can still be replayed by hand. Deterministic, so a test can walk the schedule with a clock.
 */
export const MAX_DELIVERY_ATTEMPTS = 14;

/**
 * A doubling schedule: `firstMs` after the first failure, twice as long after each next one, never
 * more than `longestMs` apart; undefined (give up) once `maxAttempts` have failed. The outbox uses
 * the one below; the test payment gateway and the test carrier, which stand in for outside
 * services, use shorter ones.
 */
export function exponentialBackoff(o: { firstMs: number; longestMs: number; maxAttempts: number }): (attempts: number) => number | undefined {
  return (attempts) => {
    if (!Number.isInteger(attempts) || attempts < 1) return o.firstMs;
    if (attempts >= o.maxAttempts) return undefined;
    return Math.min(o.longestMs, o.firstMs * 2 ** (attempts - 1));
  };
}

/** Delay before the next attempt after `attempts` failed ones (1-based), or undefined to give up. */
export const retryDelayMs = exponentialBackoff({ firstMs: 30_000, longestMs: 6 * 3_600_000, maxAttempts: MAX_DELIVERY_ATTEMPTS });
