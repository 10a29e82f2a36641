import type { InventoryDeps } from './inventory-views.js';
import { sweepExpiredReservations } from './sweep-expired-reservations.js';

export type ReservationSweeper = {
  /** Run one sweep now (waits for one already running instead of overlapping it). */
  sweepNow(): Promise<number>;
  /** Stop the timer and wait for a sweep in progress. */
  stop(): Promise<void>;
};

/**
 * Sweep expired reservations every `intervalMs` while a server runs. The timer is unref'd (it does
 * not keep the process alive), a tick that comes while the previous sweep still runs is skipped,
 * and a failed sweep (the database away for a moment) is reported and tried again at the next tick.
 */
export function startReservationSweeper(
  deps: Pick<InventoryDeps, 'inventory' | 'clock'>,
  options: {
    intervalMs: number;
    /** Also sweep right away (a server starting after downtime finds reservations that ran out meanwhile). */
    sweepAtStart?: boolean;
    onSwept?: (count: number) => void;
    onError?: (error: Error) => void;
  },
): ReservationSweeper {
  let running: Promise<number> | undefined;
  const sweepNow = () => {
    running ??= sweepExpiredReservations(deps).finally(() => {
      running = undefined;
    });
    return running;
  };
  // A tick while a sweep runs is skipped (joining it would report that sweep twice).
  const tick = () => {
    if (running) return;
    void sweepNow().then(
      (count) => count > 0 && options.onSwept?.(count),
      (error: Error) => options.onError?.(error),
    );
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  if (options.sweepAtStart) tick();
  return {
    sweepNow,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
