import { checkReference } from '../../core/inventory/validate-reservation-request.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { toReservationView, type InventoryDeps, type ReservationView } from './inventory-views.js';

/**
 * Give back the stock held for `reference` (an abandoned or cancelled checkout), in one
 * transaction. `released` is the reservation ended by this call (status released, or expired when
 * its time had passed), null when none was active: releasing twice, or after expiry or
 * conversion, changes nothing.
 */
export async function releaseReservation(deps: Pick<InventoryDeps, 'inventory' | 'clock'>, reference: unknown): Promise<Result<{ released: ReservationView | null }, 'VALIDATION_FAILED'>> {
  let problem: string | undefined;
  const ref = checkReference(reference, 'reference', (_field, message) => (problem = message));
  if (ref === undefined) return fail('VALIDATION_FAILED', `reference ${problem}`, { field: 'reference' });
  const released = await deps.inventory.release(ref, deps.clock());
  return ok({ released: released ? toReservationView(released) : null });
}
