import { pricesIncludeTax, type ChannelFeedSpec } from '../../../core/channels/feeds/channel-spec.js';
import type { FeedItem, FeedProblem } from '../../../core/channels/feeds/feed-item.js';
import { isGtin } from '../../../core/channels/feeds/gtin.js';
import { pickTranslation, translationCandidates } from '../../../core/catalog/pick-translation.js';
import type { Market } from '../../../core/markets/market.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import type { MarketRepository } from '../../../db/repositories/market-repository.js';
import type { Deps } from '../../deps.js';
import { createMarketPricer, type PriceFx } from '../../markets/market-pricer.js';
import { createFeedShippingQuoter } from './feed-shipping.js';
import { readFeedCatalog, type FeedTextRow } from './read-feed-catalog.js';

/** Builds the storefront URL of a product page (the web layer's, passed in by HTTP and the CLI). */
export type FeedLinks = { product(locale: string, country: string, handle: string, sku: string): string; publicUrl: string };

export type FeedItems = { items: FeedItem[]; problems: FeedProblem[]; locale: string; taxIncluded: boolean; storeName: string; fx: PriceFx };

/**
 * Every variant of the active catalog as a feed item for one market, buyer country and channel:
 * text in the market's first language (pickTranslation, falling back to the store's language as the
 * storefront does), the price the storefront shows (the market pricer: FX, markup, rounding, charm,
 * price-list overrides, duties where included) but with the tax included or not as the channel
 * requires for the country, stock summed over the active warehouses serving the market, and the
 * cheapest shipping per country of the market. A variant the pricer cannot price is a problem on
 * `price` (and goes out without one, so validation leaves it out).
 */
export async function buildFeedItems(
  deps: Deps,
  input: { market: Market; dutiesIncluded: boolean; country: string; locale: string; spec: ChannelFeedSpec; links: FeedLinks; date: string },
): Promise<Result<FeedItems, 'FX_RATE_MISSING'>> {
  const { market, country, locale, spec, links, date } = input;
  const store = await deps.store.get();
  const baseCurrency = store?.baseCurrency ?? 'USD';
  const fallbackLocale = store?.defaultLocale ?? 'en';
  const warehouseIds = (await deps.warehouses.list()).filter((w) => w.active && w.markets.includes(market.id)).map((w) => w.id);
  const candidates = translationCandidates(locale, fallbackLocale);
  const [catalog, shippingFor] = await Promise.all([
    readFeedCatalog(deps.database.orm, { locales: candidates.locales, languages: candidates.languages, warehouseIds }),
    createFeedShippingQuoter(deps, { currency: market.currency, countries: market.countries, warehouseIds, date }),
  ]);

  const taxIncluded = pricesIncludeTax(spec, country, market.taxInclusive);
  // The whole market's price list in one read (the pricer asks by SKU; a feed asks for all of them).
  const wholeList: MarketRepository = {
    ...deps.markets,
    priceListFor: async (marketId, _skus, on) =>
      (await deps.markets.priceListEntries(marketId)).filter((e) => e.effectiveFrom <= on && (e.effectiveTo === null || e.effectiveTo > on)).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0)),
  };
  const pricer = await createMarketPricer(
    { markets: wholeList, rules: deps.quotes.rules, maxFxAgeDays: deps.quotes.maxFxAgeDays, fxRates: deps.quotes.fxRates },
    { market: { ...market, taxInclusive: taxIncluded }, country, date, baseCurrency, skus: ['*'], dutiesIncluded: input.dutiesIncluded, shipFrom: store?.originCountry ?? 'VN' },
  );
  if (!pricer.ok) return fail(pricer.code, pricer.message, pricer.field ? { field: pricer.field } : {});

  const textsBy = new Map<string, FeedTextRow[]>();
  for (const t of catalog.texts) {
    const list = textsBy.get(t.productId);
    if (list) list.push(t);
    else textsBy.set(t.productId, [t]);
  }
  const products = new Map(catalog.products.map((p) => {
    const texts = textsBy.get(p.id) ?? [];
    const chosen = pickTranslation(texts.map((t) => t.locale), locale, fallbackLocale);
    const text = texts.find((t) => t.locale === chosen);
    const images = p.images.map((i) => absolute(i.url, links.publicUrl));
    return [p.id, { row: p, text, images }] as const;
  }));

  const items: FeedItem[] = [];
  const problems: FeedProblem[] = [];
  for (const v of catalog.variants) {
    const p = products.get(v.productId);
    if (!p) continue;
    let price: FeedItem['price'] = null;
    try {
      const mp = pricer.value.price({ sku: v.sku, priceMinor: v.priceMinor, currency: v.currency, hsCode: p.row.hsCode, originCountry: p.row.originCountry, weightG: v.weightG });
      price = { amount: mp.amount, currency: mp.currency };
    } catch (error) {
      problems.push({ product: p.row.handle, sku: v.sku, field: 'price', message: (error as Error).message });
    }
    items.push({
      product: p.row.handle,
      sku: v.sku,
      itemGroupId: p.row.handle,
      title: p.text?.title ?? p.row.handle,
      description: p.text?.description ?? null,
      link: links.product(locale, country, p.row.handle, v.sku),
      imageLinks: p.images,
      available: v.available,
      price,
      // The catalog has no sale prices yet: a price-list entry replaces the price rather than marking it down.
      salePrice: null,
      taxIncluded,
      brand: store?.name ?? null,
      gtin: v.barcode !== null && isGtin(v.barcode) ? v.barcode : null,
      mpn: v.sku,
      productType: p.row.categories[0] ?? null,
      options: v.options,
      weightG: v.weightG,
      shipping: shippingFor(v),
    });
  }
  return ok({ items, problems, locale, taxIncluded, storeName: store?.name ?? 'Landfall', fx: pricer.value.fx });
}

/** An image URL made absolute against the public URL (`/img/a.jpg` -> `https://shop.example/img/a.jpg`). */
function absolute(url: string, publicUrl: string): string {
  if (/^https?:\/\//i.test(url)) return url;
  if (url.startsWith('//')) return `https:${url}`;
  return `${publicUrl.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}
