import { checkReference } from '../../core/inventory/validate-reservation-request.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { toMovementView, toReservationView, type InventoryDeps, type MovementView, type ReservationView } from './inventory-views.js';

/**
 * The order of checkout `reference` is paid: turn its reservation into sales, in one transaction
 * (on hand and reserved both go down; one `sale` movement per line with the order reference).
 * Refused when there is no reservation (NOT_FOUND), when it has expired, even if the sweeper has
 * not ended it yet (RESERVATION_EXPIRED: its stock may be promised to someone else; reserve again),
 * or when it was released or already converted (CONFLICT).
 * @example await convertReservation(deps, 'cart-81f2', 'LF-10042')
 */
export async function convertReservation(
  deps: Pick<InventoryDeps, 'inventory' | 'clock'>,
  reference: unknown,
  orderReference: unknown,
): Promise<Result<{ reservation: ReservationView; movements: MovementView[] }, 'VALIDATION_FAILED' | 'NOT_FOUND' | 'RESERVATION_EXPIRED' | 'CONFLICT'>> {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => void issues.push({ field, message });
  const ref = checkReference(reference, 'reference', add);
  const order = checkReference(orderReference, 'orderReference', add);
  if (ref === undefined || order === undefined) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });

  const at = deps.clock();
  const outcome = await deps.inventory.convert(ref, order, at);
  if (outcome.ok) return ok({ reservation: toReservationView(outcome.reservation), movements: outcome.movements.map(toMovementView) });
  if (outcome.reason === 'not-found') return fail('NOT_FOUND', `no reservation has the reference ${ref}`, { field: 'reference' });
  const r = outcome.reservation;
  if (outcome.reason === 'expired') return fail('RESERVATION_EXPIRED', `the reservation of ${ref} expired at ${r.expiresAt.toISOString()}; reserve the stock again`, { field: 'reference' });
  return fail('CONFLICT', `the reservation of ${ref} is already ${r.status}`, { field: 'reference' });
}
