import { parseAmazonOrders } from '../../../core/channels/marketplace-orders/parse-amazon-orders.js';
import { parseEbayOrders } from '../../../core/channels/marketplace-orders/parse-ebay-orders.js';
import type { MarketplaceOrder, ParsedMarketplaceOrders } from '../../../core/channels/marketplace-orders/marketplace-order.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import { MARKETPLACE_IDS, marketplaceById } from '../../../data/channels/marketplaces/index.js';
import { decodeUtf8Text } from '../../../data/importers/decode-text.js';
import type { Orm } from '../../../db/create-db.js';
import { createChannelOrderRepository } from '../../../db/repositories/channel-order-repository.js';
import type { CheckoutDeps } from '../../checkout/checkout-deps.js';
import { placedDate, placeMarketplaceOrder, RefusedInTransaction } from './place-marketplace-order.js';
import type { Refusal } from './refusal.js';
import { routeMarketplaceOrder } from './route-marketplace-order.js';

export type MarketplaceImportAnswer = {
  channel: string;
  /** Orders written now. */
  imported: number;
  /** Orders of the file imported before (by this or an earlier run): left as they are. */
  skipped: number;
  /** Orders (or records) not imported, each with its line, the marketplace's order id, the field and why. */
  refused: Refusal[];
  /** Records that are no orders (a report's trailer, blank rows). */
  ignored: number;
  /** Every order of the file that is in Landfall now, with its order number. */
  orders: Array<{ channelOrderId: string; number: string; outcome: 'imported' | 'skipped' }>;
};

/** How far an order's date may lie ahead of the clock (time zones, clock drift). */
const FUTURE_SLACK_MS = 36 * 3_600_000;

/**
 * Import a marketplace's order export (`channel` amazon: Selling Partner API orders JSON; ebay:
 * Seller Hub Orders report CSV) into the same pipeline as a checkout's orders: each order is
 * matched to the catalog, routed as the checkout routes a cart, and written in ONE transaction of
 * its own (stock taken where routing put it, parcels planned, `order.created` and `order.paid` in
 * the outbox; no buyer email, the marketplace talks to its buyers). An order already imported (same
 * channel and marketplace order id) is skipped, so re-importing a file changes nothing. A bad order
 * (unknown SKU, no stock, no market for the country, a malformed amount) is refused with its line,
 * id and field, and the others go on. A file that cannot be read at all fails and writes nothing.
 *
 * @example importMarketplaceOrders(deps, { channel: 'ebay', bytes }) // ok({ imported: 2, skipped: 0, refused: [...] })
 */
export async function importMarketplaceOrders(deps: CheckoutDeps, input: { channel: unknown; bytes: Uint8Array }): Promise<Result<MarketplaceImportAnswer, 'VALIDATION_FAILED'>> {
  const source = typeof input.channel === 'string' ? marketplaceById(input.channel) : undefined;
  if (!source) return fail('VALIDATION_FAILED', `channel must be one of ${MARKETPLACE_IDS.join(', ')}`, { field: 'channel' });
  if (input.bytes.length === 0) return fail('VALIDATION_FAILED', 'the file is empty', { field: 'file' });
  const decoded = decodeUtf8Text(input.bytes);
  if (!decoded.ok) return decoded;
  const parsed: Result<ParsedMarketplaceOrders, 'VALIDATION_FAILED'> = source.id === 'amazon' ? parseAmazonOrders(decoded.value, source.spec) : parseEbayOrders(decoded.value, source.spec);
  if (!parsed.ok) return parsed;

  const channelOrders = createChannelOrderRepository(deps.database.orm);
  const before = await channelOrders.imported(source.id, parsed.value.orders.map((o) => o.orderId));
  const markets = await deps.markets.list();
  const refused: Refusal[] = [...parsed.value.refused];
  const orders: MarketplaceImportAnswer['orders'] = [];
  let imported = 0;
  let skipped = 0;
  for (const order of parsed.value.orders) {
    const known = before.get(order.orderId) ?? orders.find((o) => o.channelOrderId === order.orderId)?.number;
    if (known) {
      skipped++;
      orders.push({ channelOrderId: order.orderId, number: known, outcome: 'skipped' });
      continue;
    }
    const outcome = await importOne(deps, order, markets);
    if ('refusal' in outcome) refused.push(outcome.refusal);
    else if (outcome.skipped) {
      skipped++;
      orders.push({ channelOrderId: order.orderId, number: outcome.number, outcome: 'skipped' });
    } else {
      imported++;
      orders.push({ channelOrderId: order.orderId, number: outcome.number, outcome: 'imported' });
    }
  }
  refused.sort((a, b) => a.line - b.line);
  return ok({ channel: source.id, imported, skipped, refused, ignored: parsed.value.ignored, orders });
}

async function importOne(deps: CheckoutDeps, order: MarketplaceOrder, markets: Awaited<ReturnType<CheckoutDeps['markets']['list']>>): Promise<{ refusal: Refusal } | { number: string; skipped: boolean }> {
  const at = deps.clock();
  const placed = placedDate(order.placedAt);
  if (Number.isNaN(placed.getTime()) || placed.getTime() > at.getTime() + FUTURE_SLACK_MS) {
    return { refusal: { line: order.line, orderId: order.orderId, field: order.dateField, code: 'VALIDATION_FAILED', message: `${order.dateField} ${order.placedAt} is not a past date and time` } };
  }
  const routed = await routeMarketplaceOrder(deps, order, markets, at.toISOString().slice(0, 10));
  if (!routed.ok) return { refusal: routed.refusal };
  try {
    const number = await deps.database.orm.transaction((t) => placeMarketplaceOrder(t as unknown as Orm, order, routed.value, at));
    return { number, skipped: false };
  } catch (error) {
    if (error instanceof RefusedInTransaction) return { refusal: error.refusal };
    // Imported meanwhile by another run (the channel's order id is unique): that order stands.
    if (isUniqueViolation(error)) {
      const number = (await createChannelOrderRepository(deps.database.orm).imported(order.channel, [order.orderId])).get(order.orderId);
      if (number) return { number, skipped: true };
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
