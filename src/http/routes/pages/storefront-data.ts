import { listStoreProducts } from '../../../services/catalog/list-store-products.js';
import type { Deps } from '../../../services/deps.js';
import { listMarkets } from '../../../services/markets/list-markets.js';
import type { MarketView } from '../../../services/markets/market-record.js';
import { resolveBuyerMarket } from '../../../services/markets/resolve-buyer-market.js';
import { methodsOffered } from '../../../services/payments/list-payment-methods.js';
import { ANY_FX_AGE_DAYS } from '../../../services/checkout/latest-fx.js';
import { quoteShippingRates, type ShippingOption } from '../../../services/shipping/quote-shipping-rates.js';
import type { LocalizedPage } from '../../../services/store/localize-products.js';
import { marketSegment, parseSegment, urlLanguage } from '../../../web/storefront/urls.js';
import type { CategoryNav, CountryChoice, DeliveryOptionView, DeliverySummary, PaymentMethodView, Terms } from '../../../web/storefront/view.js';

/** How many active products the category menu is read from (newest first). */
const CATEGORY_SCAN_LIMIT = 300;

export type SegmentMatch =
  | { kind: 'market'; market: MarketView; country: string; locale: string }
  /** The country is sold to, but not in that language: the market's default language instead. */
  | { kind: 'redirect'; segment: string }
  | { kind: 'unknown' };

/** A value loaded at most once per `ttlMs` (0: every time), callers arriving meanwhile sharing one load. */
function cached<T>(ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  let expires = 0;
  return () => {
    const now = performance.now();
    if (!value || now >= expires) {
      const loading = load();
      value = loading;
      expires = now + ttlMs;
      // A failed load is not kept: the next caller tries again.
      loading.catch(() => {
        if (value === loading) value = undefined;
      });
    }
    return value;
  };
}

/**
 * The storefront's reads, composed from the store services: the markets (kept `cacheMs`, like the
 * store API keeps its pages), the store, the category menu (read from the catalog, kept a minute),
 * delivery estimates and payment methods. Nothing here changes data.
 */
export function createStorefrontData(deps: Deps, options: { cacheMs: number }) {
  const marketRows = cached(options.cacheMs, () => deps.markets.list());
  // The market services read through this, so a page resolves its market without a query.
  const markets = { ...deps.markets, list: marketRows };
  const store = cached(options.cacheMs, () => deps.store.get());
  const categories = cached(Math.max(options.cacheMs, 60_000), () => scanCategories(deps));

  return {
    store,
    categories,
    markets: () => listMarkets({ markets }),

    /** The buyer's market and language from the edge's country header and Accept-Language (for `/`). */
    resolveBuyer: (signals: { countryHeader?: string | undefined; acceptLanguage?: string | undefined }) => resolveBuyerMarket({ markets }, signals),

    /**
     * A lowercase `{language}-{country}` segment: the market selling to the country with the market
     * language of that subtag; a language the market does not speak redirects to its default.
     */
    async resolveSegment(segment: string): Promise<SegmentMatch> {
      const parsed = parseSegment(segment);
      if (!parsed) return { kind: 'unknown' };
      const r = await resolveBuyerMarket({ markets }, { pathSegment: segment });
      if (!r.ok) return { kind: 'unknown' };
      const market = r.value.market;
      const locale = market.locales.find((l) => urlLanguage(l) === parsed.language);
      if (!locale) return { kind: 'redirect', segment: marketSegment(market.locales[0]!, parsed.country) };
      return { kind: 'market', market, country: parsed.country, locale };
    },

    /** Every country the store sells to, with its market's currency and languages. */
    async countries(): Promise<CountryChoice[]> {
      return (await listMarkets({ markets })).flatMap((m) => m.countries.map((country) => ({ country, currency: m.currency, locales: m.locales })));
    },

    /** The methods the market offers in the country (the payment service's rule, with its country and currency limits). */
    paymentMethods(market: MarketView, country: string): PaymentMethodView[] {
      return methodsOffered(market, country).methods.map((m) => ({ id: m.id, name: m.name }));
    },

    /**
     * The fastest and the cheapest way to send one unit of `sku` to `country`, over every warehouse
     * serving the market (the shipping quote service); null when no quote can be made (no rate card,
     * no reference rate), and the page then says the options are shown at checkout.
     */
    async delivery(market: MarketView, country: string, sku: string): Promise<DeliverySummary | null> {
      const date = deps.clock().toISOString().slice(0, 10);
      // Priced with the latest rates however old, as the cart prices it (it says when they are stale).
      const r = await quoteShippingRates({ ...deps, quotes: { ...deps.quotes, maxFxAgeDays: ANY_FX_AGE_DAYS } }, { market: market.id, destination: { country }, lines: [{ sku, quantity: 1 }], date });
      if (!r.ok) return null;
      return fastestAndCheapest(r.value.warehouses.flatMap((w) => w.options));
    },
  };
}

export type StorefrontData = ReturnType<typeof createStorefrontData>;


/** Of shipping options in one currency: the cheapest (then fastest) and the fastest (by latest day, earliest day, then price). */
export function fastestAndCheapest(options: readonly ShippingOption[]): DeliverySummary | null {
  if (options.length === 0) return null;
  const price = (o: ShippingOption) => Number(o.price.amount);
  const w = (o: ShippingOption) => o.deliveryWindow;
  const cheapest = [...options].sort((a, b) => price(a) - price(b) || w(a).maxDays - w(b).maxDays || w(a).minDays - w(b).minDays)[0]!;
  const fastest = [...options].sort((a, b) => w(a).maxDays - w(b).maxDays || w(a).minDays - w(b).minDays || price(a) - price(b))[0]!;
  const view = (o: ShippingOption): DeliveryOptionView => ({
    carrier: o.carrier,
    name: o.name,
    price: o.price,
    minDays: o.deliveryWindow.minDays,
    maxDays: o.deliveryWindow.maxDays,
    earliest: o.deliveryWindow.earliest,
    latest: o.deliveryWindow.latest,
  });
  const cheapestView = view(cheapest);
  return { cheapest: cheapestView, fastest: fastest === cheapest ? cheapestView : view(fastest) };
}

/** What a localized page says its prices include, for the templates. */
export function termsOf(page: LocalizedPage): Terms {
  return {
    incoterm: page.market.incoterm,
    taxInclusive: page.inclusion.taxIncluded,
    dutiesIncluded: page.inclusion.dutiesIncluded,
    fx: page.fx.source === 'identity' ? null : { from: page.fx.from, rateDate: page.fx.rateDate, source: page.fx.source },
  };
}

/**
 * The category menu: the first category of each active product, with the second as its
 * subcategory (the demo catalog files `['pantry', 'coffee']`). The catalog has no category list of
 * its own, so it is read from the newest CATEGORY_SCAN_LIMIT products.
 */
async function scanCategories(deps: Deps): Promise<CategoryNav[]> {
  const tree = new Map<string, Set<string>>();
  let cursor: string | undefined;
  for (let read = 0; read < CATEGORY_SCAN_LIMIT; read += 100) {
    const page = await listStoreProducts(deps, { locale: 'en', fallbackLocale: 'en', limit: 100, ...(cursor ? { cursor } : {}) });
    if (!page.ok) break;
    for (const p of page.value.items) {
      const [top, sub] = p.categories;
      if (!top) continue;
      const children = tree.get(top) ?? new Set<string>();
      if (sub) children.add(sub);
      tree.set(top, children);
    }
    if (!page.value.nextCursor) break;
    cursor = page.value.nextCursor;
  }
  return [...tree].map(([slug, children]) => ({ slug, children: [...children] }));
}
