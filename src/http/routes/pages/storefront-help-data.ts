import type { Deps } from '../../../services/deps.js';
import { quoteHelpExample } from '../../../services/help/help-example.js';
import { describeMarketHelp } from '../../../services/help/market-help.js';
import { listLocalizedProducts } from '../../../services/store/localize-products.js';
import type { HelpExampleView, HelpPageView } from '../../../web/storefront/help-view.js';
import { compareAmounts } from '../../../web/storefront/parts.js';
import type { PageMarket } from './storefront-context.js';
import type { StorefrontData } from './storefront-data.js';

/**
 * What the help page of a market and country shows on the server's date: the help service's facts
 * (import rules, delivery services, return policy), the ways to pay there (as the other pages list
 * them), and a worked example priced by the checkout (exampleFor).
 * Throws on a bug only; a market page always has a country its market sells to.
 */
export async function helpPageView(deps: Deps, data: StorefrontData, m: PageMarket): Promise<HelpPageView> {
  const date = deps.clock().toISOString().slice(0, 10);
  const [facts, example] = await Promise.all([describeMarketHelp(deps, { market: m.market, country: m.country, date }), exampleFor(deps, m, date)]);
  if (!facts.ok) throw new Error(`help for ${m.market.id}/${m.country}: ${facts.message}`);
  const f = facts.value;
  return {
    date,
    incoterm: f.incoterm,
    taxInclusive: f.taxInclusive,
    dutiesIncluded: f.dutiesIncluded,
    imports: f.imports,
    delivery: f.delivery,
    returns: f.returns,
    paymentMethods: data.paymentMethods(m.market, m.country),
    example,
  };
}

/** Products the example is chosen from (the newest; the demo catalog has 31). */
const EXAMPLE_SCAN = 100;
/** Variants tried, cheapest first, until one can be priced and sent to the country. */
const EXAMPLE_TRIES = 3;

/**
 * The example: the cheapest variant (then the first SKU) among the newest EXAMPLE_SCAN products,
 * a low-value parcel as most orders are, priced by the checkout; the next cheapest when the checkout
 * could not take it (restricted there, no tariff line, no stock).
 */
async function exampleFor(deps: Deps, m: PageMarket, date: string): Promise<HelpExampleView | null> {
  const listed = await listLocalizedProducts(deps, { market: m.market.id, country: m.country, locale: m.locale }, { limit: EXAMPLE_SCAN });
  if (!listed.ok) return null;
  const candidates = listed.value.items
    .flatMap((product) => product.variants.map((variant) => ({ product, variant })))
    .sort((a, b) => compareAmounts(a.variant.marketPrice.amount, b.variant.marketPrice.amount) || (a.variant.sku < b.variant.sku ? -1 : a.variant.sku > b.variant.sku ? 1 : 0));
  for (const { product, variant } of candidates.slice(0, EXAMPLE_TRIES)) {
    const quoted = await quoteHelpExample(deps, { market: m.market.id, currency: m.market.currency, country: m.country, locale: m.locale, sku: variant.sku, date });
    if (quoted) return { title: product.title, locale: product.locale, unitPrice: quoted.unitPrice, parcels: quoted.parcels, totals: quoted.totals, incoterm: quoted.incoterm };
  }
  return null;
}
