import type { CarrierFailure } from '../../core/carriers/carrier.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { parseReasonInput } from '../../core/returns/return-input.js';
import { checkReturnAction, type ReturnAction, type ReturnStatus } from '../../core/returns/return-status.js';
import { carrierById } from '../carriers/registry.js';
import { appendReturnEvent, findReturn, inReturnTransaction, type ReturnDeps } from './return-support.js';
import { toReturnView, type ReturnView } from './return-view.js';

export type DecideFailure = 'VALIDATION_FAILED' | 'RETURN_NOT_FOUND' | 'RETURN_STATE_CONFLICT' | 'CARRIER_NOT_FOUND' | CarrierFailure;

/** Reject a requested return, with the reason the buyer is shown (`{ reason }`, required): `return.rejected`. */
export function rejectReturn(deps: ReturnDeps, id: string, input: unknown): Promise<Result<ReturnView, DecideFailure>> {
  return closeReturn(deps, id, input, 'reject');
}

/**
 * Cancel a return before its goods come back (`{ reason? }`): its return label is voided at the
 * carrier first; a carrier that already has the parcel refuses, and so is the cancel
 * (RETURN_STATE_CONFLICT), changing nothing. `return.cancelled`.
 */
export function cancelReturn(deps: ReturnDeps, id: string, input: unknown): Promise<Result<ReturnView, DecideFailure>> {
  return closeReturn(deps, id, input, 'cancel');
}

async function closeReturn(deps: ReturnDeps, id: string, input: unknown, action: Extract<ReturnAction, 'reject' | 'cancel'>): Promise<Result<ReturnView, DecideFailure>> {
  const found = await findReturn(deps, id);
  if (!found.ok) return found;
  const parsed = parseReasonInput(input, action === 'reject');
  if (!parsed.ok) return parsed;
  const allowed = checkReturnAction(found.value.status as ReturnStatus, action);
  if (!allowed.ok) return allowed;
  const r = found.value;
  if (action === 'cancel' && r.labelTrackingNumber && r.labelCarrier && r.labelCarrierShipmentId) {
    const adapter = carrierById(deps, r.labelCarrier);
    if (!adapter.ok) return adapter;
    const voided = await adapter.value.voidLabel({ carrierShipmentId: r.labelCarrierShipmentId, trackingNumber: r.labelTrackingNumber });
    if (!voided.ok) {
      if (voided.code === 'CARRIER_REFUSED' || voided.code === 'LABEL_NOT_FOUND') return fail('RETURN_STATE_CONFLICT', `the carrier refused to void return label ${r.labelTrackingNumber}: ${voided.message}; receive the return when it arrives`, { field: 'status' });
      return voided;
    }
  }
  const at = deps.clock();
  return inReturnTransaction(deps, async (tx): Promise<Result<ReturnView, DecideFailure>> => {
    const o = (await tx.orders.lock({ id: r.orderId }))!;
    const locked = (await tx.returns.lock(id))!;
    const still = checkReturnAction(locked.status as ReturnStatus, action);
    if (!still.ok) return still;
    await tx.returns.update(id, action === 'reject' ? { status: 'rejected', rejectReason: parsed.value.reason, rejectedAt: at, updatedAt: at } : { status: 'cancelled', cancelReason: parsed.value.reason, cancelledAt: at, updatedAt: at });
    await appendReturnEvent(tx, o, locked, action === 'reject' ? 'return.rejected' : 'return.cancelled', { reason: parsed.value.reason }, at);
    return ok(toReturnView((await tx.returns.byId(id))!, o.currency));
  });
}
