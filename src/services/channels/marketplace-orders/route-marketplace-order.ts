import type { MarketplaceOrder } from '../../../core/channels/marketplace-orders/marketplace-order.js';
import type { CartVariant } from '../../../db/repositories/cart-repository.js';
import type { MarketRow } from '../../../db/repositories/market-repository.js';
import { quoteCart, unsavedCart, type FrozenCart } from '../../checkout/cart-quote.js';
import type { CheckoutDeps } from '../../checkout/checkout-deps.js';
import type { Refusal } from './refusal.js';

/** Where a marketplace order ships from, as the checkout would route it: per SKU the warehouse, the parcels, and the catalog's facts of each SKU. */
export type RoutedOrder = {
  market: MarketRow;
  variants: Map<string, CartVariant>;
  /** Warehouse code per SKU. */
  warehouseOf: Map<string, string>;
  shipments: FrozenCart['shipments'];
  rulesVersion: string;
  routing: { reason: string; considered: unknown } | null;
  titles: Map<string, string>;
  /** The tax scheme the checkout would have used per SKU (for tax the seller collected itself). */
  schemes: Map<string, string | null>;
};

/** Problems of the checkout's quote that stop an imported order (the rest, such as a missing landed cost, concern only what a buyer pays Landfall). */
const BLOCKING = new Set(['VARIANT_UNAVAILABLE', 'GOODS_RESTRICTED', 'INSUFFICIENT_STOCK', 'NO_ROUTE', 'NO_WAREHOUSE_FOR_MARKET', 'VALIDATION_FAILED']);

/**
 * Match a marketplace order to the catalog and route it exactly as the checkout routes a cart: the
 * market that sells to the ship-to country, each SKU's variant, and the checkout's own quote
 * (quoteCart on a cart that is never stored) for the warehouse(s) and parcels with the lowest
 * landed cost that have the stock. Reads only. A refusal names the export's field.
 */
export async function routeMarketplaceOrder(deps: CheckoutDeps, order: MarketplaceOrder, markets: readonly MarketRow[], date: string): Promise<{ ok: true; value: RoutedOrder } | { ok: false; refusal: Refusal }> {
  const refuse = (field: string, code: string, message: string, line = order.line) => ({ ok: false as const, refusal: { line, orderId: order.orderId, field, code, message } });
  const market = markets.find((m) => m.countries.includes(order.address.country));
  if (!market) return refuse(order.countryField, 'UNKNOWN_COUNTRY', `no market sells to ${order.address.country}: add the country to a market to import orders shipping there`);

  const skus = [...new Set(order.lines.map((l) => l.sku))];
  const found = await deps.carts.variants({ skus });
  const variants = new Map(found.map((v) => [v.sku, v]));
  for (const l of order.lines) {
    if (!variants.has(l.sku)) return refuse(l.fields.sku, 'UNKNOWN_SKU', `${l.fields.sku} ${JSON.stringify(l.sku)} is no SKU of the catalog`, l.line);
  }
  // One cart line per SKU (a SKU written twice is shipped together).
  const quantities = new Map<string, number>();
  for (const l of order.lines) quantities.set(l.sku, (quantities.get(l.sku) ?? 0) + l.quantity);
  const at = deps.clock();
  const cart = unsavedCart(
    {
      market: market.id,
      currency: market.currency,
      country: order.address.country,
      locale: market.locales[0] ?? 'en',
      email: order.email ?? 'buyer@marketplace.invalid',
      address: { ...order.address, lines: [...order.address.lines] },
      lines: skus.map((sku, position) => ({ variantId: variants.get(sku)!.variantId, sku, quantity: quantities.get(sku)!, position })),
    },
    at,
  );
  const priced = await quoteCart(deps, cart, date);
  if (!priced.ok) return refuse(priced.code === 'MARKET_NOT_FOUND' ? order.countryField : 'lines', priced.code, priced.message);
  const { quote, frozen } = priced.value;
  const problem = quote.problems.find((p) => BLOCKING.has(p.code));
  if (problem || !frozen) {
    const p = problem ?? { code: 'NO_ROUTE', field: 'lines', message: 'the order cannot be shipped from any warehouse that serves its market' };
    // `lines[i]...` of the cart: the first order line of that SKU.
    const at = /^lines\[(\d+)\](?:\.(\w+))?$/.exec(p.field);
    const line = at ? order.lines.find((l) => l.sku === cart.lines[Number(at[1])]?.sku) : undefined;
    if (line) return refuse(at![2] === 'sku' ? line.fields.sku : line.fields.quantity, p.code, `${line.sku}: ${p.message}`, line.line);
    return refuse('lines', p.code, p.message);
  }
  const warehouseOf = new Map(frozen.lines.map((l) => [l.line.sku, l.warehouse]));
  const titles = new Map(frozen.lines.map((l) => [l.line.sku, l.line.title]));
  const schemes = new Map(frozen.lines.map((l) => [l.line.sku, l.taxScheme]));
  return ok({ market, variants, warehouseOf, shipments: frozen.shipments, rulesVersion: quote.rulesVersion, routing: quote.routing, titles, schemes });
}

function ok(value: RoutedOrder): { ok: true; value: RoutedOrder } {
  return { ok: true, value };
}
