import { INVENTORY_LIMITS } from '../../core/inventory/limits.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { buildReliefRecords } from '../../core/returns/relief-record.js';
import { parseReceiveInput } from '../../core/returns/return-input.js';
import { checkReceivedLines } from '../../core/returns/returnable.js';
import { checkReturnAction, type ReturnStatus } from '../../core/returns/return-status.js';
import type { ReturnReason } from '../../core/returns/return-reasons.js';
import { createFulfillmentRepository } from '../../db/repositories/fulfillment-repository.js';
import { appendReturnEvent, findReturn, inReturnTransaction, refuse, type ReturnDeps } from './return-support.js';
import { toReturnView, type ReturnView } from './return-view.js';

export type ReceiveFailure = 'VALIDATION_FAILED' | 'RETURN_NOT_FOUND' | 'RETURN_STATE_CONFLICT' | 'RETURN_NOT_RETURNABLE';

/**
 * The goods of an approved return are back at the warehouse: `{ lines: [{ sku, quantity, restock }] }`
 * (without a body: every unit, restocked unless returned as damaged). In one transaction, with the
 * order locked: each restocked unit goes back on the shelf of the warehouse it shipped from (a
 * `return` movement with the reference `return:<id>`), units not restocked (damaged) are only
 * counted, the return becomes `received`, the duty drawback and returned-goods relief records are
 * written (relief-record.ts: the original parcel's tracking number and the carrier's pickup and
 * delivery dates, the received date, per line HS code, origin, units, value, duties and taxes
 * paid), and `return.received` is appended. A refusal changes nothing.
 */
export async function receiveReturn(deps: ReturnDeps, id: string, input: unknown): Promise<Result<ReturnView, ReceiveFailure>> {
  const found = await findReturn(deps, id);
  if (!found.ok) return found;
  const parsed = parseReceiveInput(input);
  if (!parsed.ok) return parsed;
  const allowed = checkReturnAction(found.value.status as ReturnStatus, 'receive');
  if (!allowed.ok) return allowed;
  const warehouses = await deps.warehouses.list();
  const at = deps.clock();
  return inReturnTransaction(deps, async (tx): Promise<Result<ReturnView, ReceiveFailure>> => {
    const o = (await tx.orders.lock({ id: found.value.orderId }))!;
    const r = (await tx.returns.lock(id))!;
    const still = checkReturnAction(r.status as ReturnStatus, 'receive');
    if (!still.ok) return still;
    const received = checkReceivedLines(r.lines.map((l) => ({ index: l.idx, sku: l.sku, quantity: l.quantity, reason: l.reason as ReturnReason })), parsed.value);
    if (!received.ok) return received;

    const keys = await tx.inventory.lookupStockKeys({ skus: r.lines.map((l) => l.sku), variantIds: [], warehouseCodes: [r.warehouse] });
    const w = keys.warehouses.get(r.warehouse);
    for (const line of received.value) {
      await tx.returns.updateLine(r.id, line.index, { receivedQuantity: line.received, restockedQuantity: line.restocked });
      if (line.restocked === 0) continue;
      const v = keys.bySku.get(line.sku);
      if (!v || !w) refuse(fail('RETURN_NOT_RETURNABLE', `${line.sku} cannot be restocked: ${!v ? 'the variant is no longer in the catalog' : `warehouse ${r.warehouse} no longer exists`}; receive it with restock false`, { field: `lines.${line.sku}` }));
      const reason = r.lines.find((l) => l.idx === line.index)!.reason;
      const moved = await tx.inventory.recordMovement({ variantId: v.id, warehouseId: w.id, kind: 'return', quantity: line.restocked, reason: `return of ${o.number} (${reason})`, reference: `return:${r.id}`, at }, { maxOnHand: INVENTORY_LIMITS.maxOnHand });
      if (!moved.ok) refuse(fail('RETURN_NOT_RETURNABLE', `${line.sku} cannot be restocked at ${r.warehouse}: the stock would pass its maximum`, { field: `lines.${line.sku}` }));
    }

    // What earlier returns of the same lines received: this return's relief shares come after theirs.
    const others = (await tx.returns.ofOrder(o.id, o.number)).filter((x) => x.id !== r.id && (x.status === 'received' || x.status === 'refunded'));
    const earlier = new Map<string, number>();
    for (const x of others) for (const l of x.lines) earlier.set(l.sku, (earlier.get(l.sku) ?? 0) + l.receivedQuantity);
    const units = new Map<string, number>();
    for (const l of received.value) units.set(l.sku, (units.get(l.sku) ?? 0) + l.received);
    const events = await createFulfillmentRepository(tx.orm).trackingOf(o.shipments.map((s) => s.id));
    const countryOf = new Map(warehouses.map((x) => [x.code, x.country]));
    const records = buildReliefRecords({
      order: { number: o.number, country: o.country, incoterm: o.incoterm === 'DAP' ? 'DAP' : 'DDP', currency: o.currency, lines: o.lines },
      shipments: o.shipments
        .filter((s) => s.warehouse === r.warehouse && ['shipped', 'delivered'].includes(s.status))
        .map((s) => ({ id: s.id, warehouseCountry: countryOf.get(s.warehouse) ?? '', carrier: s.carrier, trackingNumber: s.trackingNumber, shippedAt: s.shippedAt?.toISOString() ?? null, deliveredAt: s.deliveredAt?.toISOString() ?? null, lines: s.lines })),
      events: events.map((e) => ({ shipmentId: e.shipmentId, trackingNumber: e.trackingNumber, status: e.status, at: e.at.toISOString() })),
      received: [...units].filter(([, q]) => q > 0).map(([sku, quantity]) => ({ sku, quantity })),
      earlier,
      receivedAt: at.toISOString(),
    });
    await tx.returns.insertRelief(
      records.map((x) => ({ ...x, returnId: r.id, shippedAt: x.shippedAt ? new Date(x.shippedAt) : null, deliveredAt: x.deliveredAt ? new Date(x.deliveredAt) : null, receivedAt: at })),
    );
    await tx.returns.update(r.id, { status: 'received', receivedAt: at, updatedAt: at });
    await appendReturnEvent(tx, o, r, 'return.received', { lines: received.value.map((l) => ({ sku: l.sku, received: l.received, restocked: l.restocked })), warehouse: r.warehouse }, at);
    return ok(toReturnView((await tx.returns.byId(r.id))!, o.currency));
  });
}
