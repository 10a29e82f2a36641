import { isCountry } from '../geo/countries.js';
import { fail, ok, type Result } from '../result/result.js';
import { parseAcceptLanguage } from './accept-language.js';
import type { Market } from './market.js';

export type MarketSignals = {
  /** The "{locale}-{country}" segment of a storefront URL, e.g. "de-de", "en-gb", "zh-cn". */
  pathSegment?: string | undefined;
  /** An edge country header's value (e.g. CF-IPCountry), ISO alpha-2. */
  countryHeader?: string | undefined;
  acceptLanguage?: string | undefined;
};

export type ResolvedMarket = {
  market: Market;
  country: string;
  locale: string;
  /** Which signal decided: the URL, the edge's country header, the browser's languages, or the default. */
  source: 'url' | 'country-header' | 'accept-language' | 'default';
};

/**
 * Decide the buyer's market and language: an explicit choice in the URL wins, then the country the
 * edge saw, then the browser's languages (a region in a tag, like de-CH, names a country), then the
 * default market. The locale is the best one the market speaks for the buyer's languages, else the
 * market's first. A URL naming a country no market serves is MARKET_NOT_FOUND; a malformed one is
 * VALIDATION_FAILED.
 */
export function resolveMarket(
  markets: readonly Market[],
  defaultMarketId: string,
  signals: MarketSignals,
): Result<ResolvedMarket, 'MARKET_NOT_FOUND' | 'VALIDATION_FAILED'> {
  const fallback = markets.find((m) => m.id === defaultMarketId) ?? markets[0];
  if (!fallback) return fail('MARKET_NOT_FOUND', 'no markets are configured');
  const preferences = parseAcceptLanguage(signals.acceptLanguage);
  const byCountry = (country: string) => markets.find((m) => m.countries.includes(country));
  const localeFor = (market: Market, requested?: string) => {
    const speaks = (lang: string) => market.locales.find((l) => l.toLowerCase() === lang || l.toLowerCase().startsWith(`${lang}-`));
    if (requested) {
      const exact = speaks(requested);
      if (exact) return exact;
    }
    for (const p of preferences) {
      const found = market.locales.find((l) => l.toLowerCase() === p.tag.toLowerCase()) ?? speaks(p.language);
      if (found) return found;
    }
    return market.locales[0] ?? 'en';
  };

  if (signals.pathSegment !== undefined) {
    const m = /^([a-z]{2,3})-([a-z]{2})$/.exec(signals.pathSegment);
    if (!m) return fail('VALIDATION_FAILED', `"${signals.pathSegment.slice(0, 20)}" is not a {language}-{country} path like de-de`, { field: 'path' });
    const country = m[2]!.toUpperCase();
    const market = isCountry(country) ? byCountry(country) : undefined;
    if (!market) return fail('MARKET_NOT_FOUND', `no market sells to ${country}`, { field: 'path' });
    return ok({ market, country, locale: localeFor(market, m[1]!), source: 'url' });
  }

  const header = signals.countryHeader?.trim().toUpperCase();
  if (header && isCountry(header)) {
    const market = byCountry(header);
    if (market) return ok({ market, country: header, locale: localeFor(market), source: 'country-header' });
  }

  for (const p of preferences) {
    if (!p.region) continue;
    const market = byCountry(p.region);
    if (market) return ok({ market, country: p.region, locale: localeFor(market, p.language), source: 'accept-language' });
  }
  return ok({ market: fallback, country: fallback.countries[0] ?? 'US', locale: localeFor(fallback), source: 'default' });
}
