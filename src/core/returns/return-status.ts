import { fail, ok, type Result } from '../result/result.js';

/**
 * Where a return stands:
 * - requested: the buyer asked (lines, quantities, reasons);
 * - approved: the shop agreed and the buyer sends the parcel without a prepaid label;
 * - label_created: the shop agreed and bought a return label from the carrier adapter;
 * - in_transit: the carrier reports the return parcel moving;
 * - received: the goods are back at the warehouse (restocked, or set aside when damaged);
 * - refunded: the money went back through the order's refund (final);
 * - rejected: the shop said no, with a reason (final);
 * - cancelled: called off before the goods came back (final).
 */
export const RETURN_STATUSES = ['requested', 'approved', 'label_created', 'in_transit', 'received', 'refunded', 'rejected', 'cancelled'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/** Returns that still hold their units (a rejected or cancelled return gives them back to be returned again). */
export const OPEN_RETURN_STATUSES: readonly ReturnStatus[] = ['requested', 'approved', 'label_created', 'in_transit', 'received', 'refunded'];

export type ReturnAction = 'approve' | 'reject' | 'cancel' | 'move' | 'receive' | 'refund';

/** In which statuses each action may be taken, as data (the tests enumerate it). `move` is the carrier reporting the parcel on its way. */
export const RETURN_ACTION_ALLOWED_IN: Readonly<Record<ReturnAction, readonly ReturnStatus[]>> = {
  approve: ['requested'],
  reject: ['requested'],
  cancel: ['requested', 'approved', 'label_created'],
  move: ['label_created'],
  receive: ['approved', 'label_created', 'in_transit'],
  refund: ['received'],
};

const NEXT: Readonly<Record<ReturnAction, string>> = {
  approve: 'only a requested return is approved',
  reject: 'only a requested return is rejected; cancel an approved one',
  cancel: 'a return is cancelled before its goods come back',
  move: 'only a return with a label is tracked',
  receive: 'a return is received once approved',
  refund: 'a return is refunded once received',
};

export function isReturnStatus(value: unknown): value is ReturnStatus {
  return typeof value === 'string' && (RETURN_STATUSES as readonly string[]).includes(value);
}

/**
 * Whether a return in `status` may take `action`; a refusal names the status (field `status`).
 * @example checkReturnAction('received', 'approve') // RETURN_STATE_CONFLICT: "the return is received; it cannot be approved (only a requested return is approved)"
 */
export function checkReturnAction(status: ReturnStatus, action: ReturnAction): Result<true, 'RETURN_STATE_CONFLICT'> {
  if (RETURN_ACTION_ALLOWED_IN[action].includes(status)) return ok(true);
  const done = action === 'move' ? 'tracked' : action === 'cancel' ? 'cancelled' : `${action}${action.endsWith('e') ? 'd' : 'ed'}`;
  return fail('RETURN_STATE_CONFLICT', `the return is ${status}; it cannot be ${done} (${NEXT[action]})`, { field: 'status' });
}
