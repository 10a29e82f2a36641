import { randomUUID } from 'node:crypto';
import type { MarketplaceOrder } from '../../../core/channels/marketplace-orders/marketplace-order.js';
import { allocate } from '../../../core/money/allocate.js';
import { formatOrderNumber } from '../../../core/orders/order-number.js';
import { MARKETPLACE_TAX_SCHEME } from '../../../data/channels/marketplaces/sales-channels.js';
import type { Orm } from '../../../db/create-db.js';
import { orderEventPayload } from '../../orders/order-view.js';
import { orderTx, saveOrderChange, takeStock } from '../../orders/order-changes.js';
import type { Refusal } from './refusal.js';
import type { RoutedOrder } from './route-marketplace-order.js';

/** Thrown inside the order's transaction to roll it back with a refusal. */
export class RefusedInTransaction extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

/**
 * In the caller's transaction: hold the order's stock where routing put it (all lines or none),
 * number the order, write it with the marketplace's amounts, its lines and planned parcels, append
 * `order.created`, then take the stock as sold and mark it paid (the marketplace collected the
 * money, so nothing is captured here) with `order.paid`, as a checkout does for an order with nothing left to pay. Amounts are
 * the marketplace's, in its currency; the parcels are the routing's, with the marketplace's
 * shipping charge spread over them. Returns the order number.
 */
export async function placeMarketplaceOrder(orm: Orm, order: MarketplaceOrder, routed: RoutedOrder, at: Date): Promise<string> {
  const tx = orderTx(orm);
  const orderId = randomUUID();
  const placedAt = placedDate(order.placedAt);
  const codes = [...new Set(routed.warehouseOf.values())];
  const keys = await tx.inventory.lookupStockKeys({ skus: [], variantIds: [], warehouseCodes: codes });
  const lines = order.lines.map((l, index) => {
    const code = routed.warehouseOf.get(l.sku)!;
    const w = keys.warehouses.get(code);
    if (!w || !w.active) throw new RefusedInTransaction({ line: l.line, orderId: order.orderId, field: l.fields.sku, code: 'INSUFFICIENT_STOCK', message: `warehouse ${code} no longer ships` });
    return { variantId: routed.variants.get(l.sku)!.variantId, warehouseId: w.id, sku: l.sku, warehouseCode: code, quantity: l.quantity, index };
  });
  // Converted in this transaction, so the hold's expiry never matters.
  const held = await tx.inventory.reserve({ reference: orderId, lines, expiresAt: new Date(at.getTime() + 60_000), at });
  if (!held.ok) {
    const s = held.shortages[0]!;
    const l = order.lines[s.index]!;
    throw new RefusedInTransaction({ line: l.line, orderId: order.orderId, field: l.fields.quantity, code: 'INSUFFICIENT_STOCK', message: `only ${s.available} of ${l.sku} left in ${lines[s.index]!.warehouseCode}, ${s.requested} needed` });
  }

  const marketplaceTax = order.taxCollectedBy === 'marketplace';
  const orderLines = order.lines.map((l, position) => {
    if (l.goodsMinor % l.quantity !== 0) throw new RefusedInTransaction({ line: l.line, orderId: order.orderId, field: l.fields.price, code: 'INVALID_AMOUNT', message: `${l.fields.price} is not a whole number of minor units per unit (${l.goodsMinor} for ${l.quantity})` });
    const v = routed.variants.get(l.sku)!;
    return {
      position,
      variantId: v.variantId,
      sku: l.sku,
      title: routed.titles.get(l.sku) ?? l.title ?? l.sku,
      quantity: l.quantity,
      unitPriceMinor: l.goodsMinor / l.quantity,
      discountMinor: l.discountMinor,
      goodsMinor: l.goodsMinor - l.discountMinor,
      taxIncludedMinor: order.taxIncluded ? l.taxMinor : 0,
      dutiesMinor: 0,
      taxesMinor: l.taxMinor,
      // Tax the marketplace collected as the deemed supplier is marked so that the merchant's returns leave it out.
      taxScheme: l.taxMinor > 0 ? (marketplaceTax ? MARKETPLACE_TAX_SCHEME : (routed.schemes.get(l.sku) ?? null)) : null,
      hsCode: v.hsCode,
      originCountry: v.originCountry,
      weightG: v.weightG * l.quantity,
      warehouse: routed.warehouseOf.get(l.sku)!,
    };
  });
  // The marketplace's shipping charge and its tax spread over the parcels as routing priced them (largest remainder).
  const weights = routed.shipments.map((s) => s.shippingMinor);
  const shipping = allocate({ amount: order.shippingMinor, currency: order.currency }, weights);
  const shippingTax = allocate({ amount: order.shippingTaxMinor, currency: order.currency }, weights);
  const parcels = routed.shipments.map((s, position) => {
    const skus = new Set(s.quote.lines.map((l) => l.sku));
    const lineTax = orderLines.filter((l) => skus.has(l.sku)).reduce((n, l) => n + l.taxesMinor, 0);
    return {
      position,
      warehouse: s.quote.warehouse.code,
      service: s.quote.service,
      carrier: s.quote.carrier,
      channel: s.quote.channel,
      lines: s.quote.lines,
      shippingMinor: shipping[position]!.amount,
      dutiesMinor: 0,
      taxesMinor: lineTax + shippingTax[position]!.amount,
      feesMinor: 0,
      minDays: s.quote.deliveryWindow.minDays,
      maxDays: s.quote.deliveryWindow.maxDays,
    };
  });

  const goods = order.lines.reduce((n, l) => n + l.goodsMinor, 0);
  const discount = order.lines.reduce((n, l) => n + l.discountMinor, 0);
  const lineTaxes = order.lines.reduce((n, l) => n + l.taxMinor, 0);
  const number = formatOrderNumber(await tx.orders.nextSequence());
  await tx.orders.insert(
    {
      id: orderId,
      number,
      cartId: null,
      checkoutKey: null,
      market: routed.market.id,
      currency: order.currency,
      country: order.address.country,
      locale: routed.market.locales[0] ?? null,
      // The marketplace's relay address when it gives one; otherwise an address that can never receive mail (RFC 2606 .invalid).
      email: order.email ?? `${order.orderId.toLowerCase()}@${order.channel}.invalid`,
      address: { name: order.address.name, lines: [...order.address.lines], city: order.address.city, postalCode: order.address.postalCode, region: order.address.region, country: order.address.country, phone: order.address.phone },
      // The marketplace collected no duties for the merchant: the buyer pays any at the border.
      incoterm: 'DAP',
      status: 'pending_payment',
      goodsMinor: goods,
      discountMinor: discount,
      shippingMinor: order.shippingMinor,
      dutiesMinor: 0,
      taxesMinor: lineTaxes + order.shippingTaxMinor,
      taxesIncludedMinor: order.taxIncluded ? lineTaxes : 0,
      feesMinor: 0,
      totalMinor: order.totalMinor,
      dueOnDeliveryMinor: 0,
      rulesVersion: routed.rulesVersion,
      quote: {
        source: 'marketplace',
        channel: order.channel,
        channelOrderId: order.orderId,
        placedAt: order.placedAt,
        importedAt: at.toISOString(),
        taxCollectedBy: order.taxCollectedBy,
        taxIncluded: order.taxIncluded,
        routing: routed.routing,
      },
      salesChannel: order.channel,
      channelOrderId: order.orderId,
    },
    orderLines,
    parcels,
    placedAt,
  );
  let saved = (await tx.orders.byId(orderId))!;
  await tx.outbox.append({ type: 'order.created', subject: { kind: 'order', id: orderId }, payload: orderEventPayload(saved, { salesChannel: order.channel, channelOrderId: order.orderId }) }, at);
  const stockHold = await takeStock(tx, saved, at);
  if (stockHold) throw new RefusedInTransaction({ line: order.line, orderId: order.orderId, field: 'lines', code: 'INSUFFICIENT_STOCK', message: stockHold });
  // Paid, but nothing captured by the store's payment provider: the marketplace holds the money (a cancellation refunds nothing here).
  saved = await saveOrderChange(tx, saved, { paidAt: placedAt, paymentMethod: order.channel }, 'paid', at, { salesChannel: order.channel, channelOrderId: order.orderId });
  return saved.number;
}

/** The marketplace's order time as a Date: a timestamp as written (UTC when it names no offset), a date at 00:00 UTC. */
export function placedDate(text: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(`${text}T00:00:00.000Z`);
  return new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`);
}
