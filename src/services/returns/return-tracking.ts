import { ok } from '../../core/result/result.js';
import { checkReturnAction, type ReturnStatus } from '../../core/returns/return-status.js';
import type { ReturnRecord } from '../../db/repositories/return-repository.js';
import { carrierById } from '../carriers/registry.js';
import { appendReturnEvent, inReturnTransaction, type ReturnDeps } from './return-support.js';

/** Carrier statuses that show the return parcel has left the buyer. */
const MOVING = new Set(['picked_up', 'in_transit', 'customs_hold', 'customs_released', 'out_for_delivery', 'delivered']);

export type ReturnTracking = { events: Array<{ status: string; at: string; location: string | null }> | undefined; moved: boolean };

/**
 * Read a return label's tracking from the carrier adapter that sold it (`track`). The carrier
 * webhook receiver knows only outbound labels, so a return parcel is followed by asking. When the
 * carrier shows the parcel moving, a `label_created` return becomes `in_transit` (at the time of
 * that event) and `return.in_transit` is appended. A carrier that cannot answer changes nothing:
 * the events are then unknown.
 */
export async function syncReturnTracking(deps: ReturnDeps, r: ReturnRecord): Promise<ReturnTracking> {
  if (!r.labelTrackingNumber || !r.labelCarrier || r.status === 'cancelled') return { events: undefined, moved: false };
  const adapter = carrierById(deps, r.labelCarrier);
  if (!adapter.ok) return { events: undefined, moved: false };
  const tracked = await adapter.value.track(r.labelTrackingNumber);
  if (!tracked.ok) return { events: undefined, moved: false };
  const events = tracked.value.map((e) => ({ status: e.status, at: e.at, location: e.location }));
  const first = tracked.value.filter((e) => MOVING.has(e.status)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
  if (!first || !checkReturnAction(r.status as ReturnStatus, 'move').ok) return { events, moved: false };
  const at = deps.clock();
  const moved = await inReturnTransaction(deps, async (tx) => {
    const o = (await tx.orders.lock({ id: r.orderId }))!;
    const locked = (await tx.returns.lock(r.id))!;
    if (!checkReturnAction(locked.status as ReturnStatus, 'move').ok) return ok(false);
    await tx.returns.update(r.id, { status: 'in_transit', inTransitAt: new Date(first.at), updatedAt: at });
    await appendReturnEvent(tx, o, locked, 'return.in_transit', { trackingNumber: r.labelTrackingNumber, carrierStatus: first.status, at: first.at }, at);
    return ok(true);
  });
  return { events, moved: moved.ok && moved.value };
}
