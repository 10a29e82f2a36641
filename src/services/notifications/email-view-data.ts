import { isZeroAmount } from '../../core/money/money.js';
import type { EmailOrder, EmailParcel, EmailView } from '../../core/notifications/email-view.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { EmailRow } from '../../db/repositories/email-repository.js';
import { createOutboxRepository } from '../../db/repositories/outbox-repository.js';
import type { CarrierDeps } from '../carriers/carrier-deps.js';
import { trackingOfOrder } from '../carriers/shipment-tracking.js';
import { toOrderView, type OrderView } from '../orders/order-view.js';
import { returnsOfOrder } from '../returns/request-return.js';

export type EmailDataDeps = CarrierDeps;

const REFUND_PARTS = ['goods', 'shipping', 'duties', 'taxes', 'fees'] as const;

/**
 * What an email shows, read from the order as it is now (an email is worded when it is sent).
 * SKIP names why the email should not go at all: the order is gone, or the kind's facts are
 * missing (a parcel that no longer exists).
 */
export async function emailViewOf(deps: EmailDataDeps, row: Pick<EmailRow, 'kind' | 'orderId' | 'about' | 'eventId' | 'locale' | 'toAddress'>, publicUrl: string): Promise<Result<{ view: EmailView; order: OrderView }, 'SKIP'>> {
  const record = row.orderId ? await deps.orders.byId(row.orderId) : undefined;
  if (!record) return fail('SKIP', 'the order no longer exists');
  const o = toOrderView(record);
  const store = await deps.store.get();
  const view: EmailView = {
    kind: row.kind,
    locale: row.locale,
    country: o.country,
    store: { name: store?.name ?? 'Landfall' },
    publicUrl,
    to: row.toAddress,
    order: emailOrder(o),
  };

  const shipmentId = row.about.shipment;
  if (shipmentId !== undefined) {
    const s = o.shipments.find((x) => x.id === shipmentId);
    if (!s) return fail('SKIP', 'the parcel no longer exists');
    const tracking = (await trackingOfOrder(deps, o)).shipments.find((x) => x.position === s.position);
    const titles = new Map(o.lines.map((l) => [l.sku, l.title]));
    const parcel: EmailParcel = {
      position: s.position,
      carrier: s.carrier,
      trackingNumber: s.trackingNumber,
      lines: s.lines.map((l) => ({ title: titles.get(l.sku) ?? l.sku, quantity: l.quantity })),
      window: s.shippedAt ? { from: addDays(s.shippedAt, s.deliveryWindow.minDays), to: addDays(s.shippedAt, s.deliveryWindow.maxDays) } : null,
      deliveredAt: s.deliveredAt,
      amountDue: tracking?.awaitingPayment ?? null,
    };
    view.parcel = parcel;
  }

  const returnId = row.about.return;
  if (returnId !== undefined) {
    const r = (await returnsOfOrder(deps, o.id)).items.find((x) => x.id === returnId);
    if (!r) return fail('SKIP', 'the return no longer exists');
    view.returnLabel = r.label;
  }

  if (row.kind === 'refund') {
    // The refund the event reported: written in the same transaction, so at the event's instant.
    const [event] = row.eventId ? await createOutboxRepository(deps.database.orm).getEvents([row.eventId]) : [];
    const at = event?.createdAt.toISOString();
    const refund = o.refunds.find((r) => r.createdAt === at) ?? o.refunds.at(-1);
    if (!refund) return fail('SKIP', 'the order has no refund');
    view.refund = {
      amount: refund.amount,
      parts: REFUND_PARTS.flatMap((part) => {
        const amount = refund.parts[part];
        return amount !== undefined && !isZeroAmount(amount) ? [{ part, amount: { amount, currency: o.currency } }] : [];
      }),
    };
  }
  return ok({ view, order: o });
}

function emailOrder(o: OrderView): EmailOrder {
  const t = o.totals;
  return {
    number: o.number,
    createdAt: o.createdAt,
    incoterm: o.incoterm,
    paid: o.paidAt !== null,
    lines: o.lines.map((l) => ({ title: l.title, quantity: l.quantity, goods: l.goods })),
    totals: { goods: t.goods, discount: t.discount, shipping: t.shipping, duties: t.duties, taxes: t.taxes, fees: t.fees, total: t.total, dueOnDelivery: t.dueOnDelivery },
    parcelCount: o.shipments.length,
  };
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}
