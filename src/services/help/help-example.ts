import { quoteCart, unsavedCart, type CartTotals } from '../checkout/cart-quote.js';
import type { CheckoutDeps } from '../checkout/checkout-deps.js';

/** One unit of a product, priced and delivered to a country exactly as a cart is, for the help page. */
export type HelpExample = {
  sku: string;
  title: string;
  unitPrice: { amount: string; currency: string };
  /** The cheapest delivery option's parcels (the one a cart picks first). */
  parcels: Array<{ carrier: string; name: string; warehouseCountry: string; crossesBorder: boolean; minDays: number; maxDays: number }>;
  totals: CartTotals;
  incoterm: 'DDP' | 'DAP';
  rulesVersion: string;
};

/**
 * A worked example: one unit of `sku` to `country` in the market, through the checkout's own
 * pricing (quoteCart: market price, every warehouse and service, landed cost, routing) on a cart
 * that is never stored, with no address (so no remote-area surcharge) and no discount. Reads only.
 * Null when the SKU is unknown or the cart cannot be priced or delivered there (no rate, no
 * stock, restricted goods), so the page shows no example rather than a wrong one.
 */
export async function quoteHelpExample(deps: CheckoutDeps, input: { market: string; currency: string; country: string; locale: string; sku: string; date: string }): Promise<HelpExample | null> {
  const [variant] = await deps.carts.variants({ skus: [input.sku] });
  if (!variant) return null;
  const at = deps.clock();
  const cart = unsavedCart({ market: input.market, currency: input.currency, country: input.country, locale: input.locale, lines: [{ variantId: variant.variantId, sku: variant.sku, quantity: 1, position: 0 }] }, at);
  const priced = await quoteCart(deps, cart, input.date);
  if (!priced.ok) return null;
  const q = priced.value.quote;
  const line = q.lines[0];
  const chosen = q.deliveryOptions.find((o) => o.chosen);
  const blocked = q.problems.some((p) => p.code !== 'EMAIL_MISSING' && p.code !== 'ADDRESS_MISSING');
  if (!line || !chosen || !q.totals || blocked) return null;
  return {
    sku: line.sku,
    title: line.title,
    unitPrice: line.unitPrice,
    parcels: chosen.shipments.map((s) => ({
      carrier: s.carrier,
      name: s.name,
      warehouseCountry: s.warehouse.country,
      crossesBorder: s.crossesBorder,
      minDays: s.deliveryWindow.minDays,
      maxDays: s.deliveryWindow.maxDays,
    })),
    totals: q.totals,
    incoterm: q.incoterm,
    rulesVersion: q.rulesVersion,
  };
}
