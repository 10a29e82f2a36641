import type { InventoryDeps } from './inventory-views.js';

/**
 * Expire every active reservation whose time is up at `now` (default: the clock) and give its
 * stock back; returns how many. Safe to run from several processes at once (each reservation is
 * ended by exactly one of them) and alongside checkouts releasing or converting.
 */
export async function sweepExpiredReservations(deps: Pick<InventoryDeps, 'inventory' | 'clock'>, now: Date = deps.clock()): Promise<number> {
  return deps.inventory.sweepExpired(now);
}
