import { fail, ok, type Result } from '../../core/result/result.js';
import { getStoreProduct } from '../catalog/get-store-product.js';
import { listStoreProducts } from '../catalog/list-store-products.js';
import type { StoreProduct } from '../catalog/store-product.js';
import type { Deps } from '../deps.js';
import { createMarketPricer, type MarketPrice, type MarketPricer, type PriceFx } from '../markets/market-pricer.js';
import { toMarket } from '../markets/market-record.js';
import { resolveBuyerMarket } from '../markets/resolve-buyer-market.js';

/** Which market, country and language a storefront request is for, chosen or resolved. */
export type StoreContext = { market?: string | undefined; country?: string | undefined; locale?: string | undefined; countryHeader?: string | undefined; acceptLanguage?: string | undefined };

export type LocalizedProduct = Omit<StoreProduct, 'variants'> & {
  variants: Array<StoreProduct['variants'][number] & { marketPrice: MarketPrice }>;
};

export type LocalizedPage = {
  market: { id: string; country: string; currency: string; locale: string; incoterm: 'DDP' | 'DAP' };
  /** What the shown prices include, stated once for the page. */
  inclusion: { taxIncluded: boolean; dutiesIncluded: boolean; note: string };
  fx: PriceFx;
  items: LocalizedProduct[];
  nextCursor: string | null;
};

type StoreError = 'VALIDATION_FAILED' | 'NOT_FOUND' | 'MARKET_NOT_FOUND' | 'FX_RATE_MISSING';

/** A page of active products in a market's language and currency, with what the prices include. */
export async function listLocalizedProducts(
  deps: Deps,
  context: StoreContext,
  query: { limit?: number; cursor?: string; category?: string; q?: string },
): Promise<Result<LocalizedPage, StoreError>> {
  const where = await marketFor(deps, context);
  if (!where.ok) return where;
  const page = await listStoreProducts(deps, { locale: where.value.locale, fallbackLocale: await productTextFallback(deps), ...query });
  if (!page.ok) return page;
  return priced(deps, where.value, page.value.items, page.value.nextCursor);
}

/** One active product in a market's language and currency. */
export async function getLocalizedProduct(deps: Deps, context: StoreContext, handle: string): Promise<Result<LocalizedPage, StoreError>> {
  const where = await marketFor(deps, context);
  if (!where.ok) return where;
  const product = await getStoreProduct(deps, { handle, locale: where.value.locale, fallbackLocale: await productTextFallback(deps) });
  if (!product.ok) return product;
  return priced(deps, where.value, [product.value], null);
}

/**
 * The language product text falls back to when the catalog has none in the buyer's: the store's own
 * (the merchant writes every product in it), not the market's first language (a Spanish buyer in the
 * EU market reads English, not German).
 */
export async function productTextFallback(deps: Pick<Deps, 'store' | 'referenceCache'>): Promise<string> {
  return (await deps.referenceCache.get('store', () => deps.store.get()))?.defaultLocale ?? 'en';
}

type Where = { market: ReturnType<typeof toMarket>; country: string; locale: string; dutiesIncluded: boolean };

/**
 * An explicit ?market= (with optional country and locale, checked against it) wins; otherwise the
 * buyer's market is resolved from the edge header and Accept-Language like the storefront does.
 */
async function marketFor(deps: Deps, c: StoreContext): Promise<Result<Where, 'VALIDATION_FAILED' | 'MARKET_NOT_FOUND'>> {
  if (c.market !== undefined) {
    const row = await deps.markets.get(c.market);
    if (!row) return fail('MARKET_NOT_FOUND', `no market "${c.market}"`, { field: 'market' });
    const market = toMarket(row);
    const country = c.country?.toUpperCase() ?? market.countries[0]!;
    if (!market.countries.includes(country)) return fail('VALIDATION_FAILED', `market ${market.id} does not sell to ${country} (${market.countries.join(', ')})`, { field: 'country' });
    const locale = c.locale ?? market.locales[0]!;
    if (!market.locales.includes(locale)) return fail('VALIDATION_FAILED', `market ${market.id} speaks ${market.locales.join(', ')}, not ${locale}`, { field: 'locale' });
    return ok({ market, country, locale, dutiesIncluded: row.dutiesIncluded });
  }
  const r = await resolveBuyerMarket(deps, {
    ...(c.country ? { countryHeader: c.country } : c.countryHeader ? { countryHeader: c.countryHeader } : {}),
    ...(c.acceptLanguage ? { acceptLanguage: c.acceptLanguage } : {}),
  });
  if (!r.ok) return r;
  const row = (await deps.markets.get(r.value.market.id))!;
  return ok({ market: toMarket(row), country: r.value.country, locale: c.locale && r.value.market.locales.includes(c.locale) ? c.locale : r.value.locale, dutiesIncluded: row.dutiesIncluded });
}

async function priced(deps: Deps, where: Where, products: readonly StoreProduct[], nextCursor: string | null): Promise<Result<LocalizedPage, StoreError>> {
  const store = await deps.store.get();
  const baseCurrency = store?.baseCurrency ?? 'USD';
  const date = deps.clock().toISOString().slice(0, 10);
  const pricer: Result<MarketPricer, 'FX_RATE_MISSING'> = await createMarketPricer(
    { markets: deps.markets, rules: deps.quotes.rules, maxFxAgeDays: deps.quotes.maxFxAgeDays, fxRates: deps.quotes.fxRates },
    {
      market: where.market,
      country: where.country,
      date,
      baseCurrency,
      skus: products.flatMap((p) => p.variants.map((v) => v.sku)),
      dutiesIncluded: where.dutiesIncluded,
      shipFrom: store?.originCountry ?? 'VN',
    },
  );
  if (!pricer.ok) return pricer;
  const p = pricer.value;
  const items = products.map((product) => ({
    ...product,
    variants: product.variants.map((v) => ({ ...v, marketPrice: p.price({ sku: v.sku, priceMinor: v.price.amount, currency: v.price.currency, hsCode: product.hsCode, originCountry: product.originCountry, weightG: v.weightG }) })),
  }));
  const m = where.market;
  const note =
    m.incoterm === 'DDP'
      ? m.taxInclusive
        ? 'Import taxes included; duties are added at checkout where due. Nothing more to pay on delivery.'
        : 'Prices exclude import taxes and duties, which are added at checkout. Nothing more to pay on delivery.'
      : 'Import charges are estimated at checkout and paid to the carrier on delivery.';
  return ok({
    market: { id: m.id, country: where.country, currency: m.currency, locale: where.locale, incoterm: m.incoterm },
    inclusion: { taxIncluded: m.taxInclusive, dutiesIncluded: where.dutiesIncluded && m.incoterm === 'DDP' && m.taxInclusive, note: where.dutiesIncluded && m.incoterm === 'DDP' && m.taxInclusive ? 'Duties and import taxes included. Nothing more to pay on delivery.' : note },
    fx: p.fx,
    items,
    nextCursor,
  });
}
