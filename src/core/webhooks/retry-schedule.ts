/**
 * When a failed delivery is tried again: 30 s after the first failure, doubling each time, never
 * more than 6 hours apart; after 14 attempts (about 26 hours in all, past a day-long outage) it is
 * given up as failed and can still be replayed by hand. Deterministic, so a test can walk the schedule with a clock.
 */
export const MAX_DELIVERY_ATTEMPTS = 14;
const FIRST_DELAY_MS = 30_000;
const LONGEST_DELAY_MS = 6 * 3_600_000;

/** Delay before the next attempt after `attempts` failed ones (1-based), or undefined to give up. */
export function retryDelayMs(attempts: number): number | undefined {
  if (!Number.isInteger(attempts) || attempts < 1) return FIRST_DELAY_MS;
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return undefined;
  return Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempts - 1));
}
