import type { MarketView } from '../../../services/markets/market-record.js';
import type { createI18n } from '../../../web/i18n/translator.js';
import type { PageContext } from '../../../web/storefront/view.js';
import type { StorefrontAssets } from './storefront-assets.js';
import type { StorefrontData } from './storefront-data.js';

/** A page's market, country and language (from its segment), and a country the URL asked for that no market sells to. */
export type PageMarket = { market: MarketView; country: string; locale: string; segment: string; unsold?: string };

/**
 * The layout's context for a page of the storefront: translator, store name, market, the countries
 * and categories for the header, asset URLs. One builder for every storefront route file.
 */
export function pageContexts(c: { i18n: ReturnType<typeof createI18n>; data: StorefrontData; publicUrl: string; assets: StorefrontAssets }) {
  return async (m: PageMarket, path: string): Promise<PageContext> => {
    const [store, countries, categories] = await Promise.all([c.data.store(), c.data.countries(), c.data.categories()]);
    return {
      t: c.i18n.translator(m.locale, m.country),
      storeName: store?.name ?? 'Landfall',
      segment: m.segment,
      country: m.country,
      locale: m.locale,
      currency: m.market.currency,
      publicUrl: c.publicUrl,
      path,
      countries,
      categories,
      assets: { css: c.assets.css.url, js: c.assets.js.url },
      ...(m.unsold ? { unsold: m.unsold } : {}),
    };
  };
}
