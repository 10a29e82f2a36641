import { formatDecimal } from '../../core/decimal/decimal.js';
import type { Market } from '../../core/markets/market.js';
import { validateMarket } from '../../core/markets/validate-market.js';
import type { MarketRow, MarketWrite } from '../../db/repositories/market-repository.js';

/** A market as stored and as the API shows it: decimals as strings, like its input. */
export type MarketView = {
  id: string;
  name: string;
  countries: string[];
  currency: string;
  locales: string[];
  incoterm: 'DDP' | 'DAP';
  taxInclusive: boolean;
  dutiesIncluded: boolean;
  paymentMethods: string[];
  pricing: { fxMarkupPercent: string; rounding: { increment: number; mode: string }; charm?: { modulus: number; ending: number; direction: string } };
  isDefault: boolean;
};

export function toMarketView(row: MarketRow): MarketView {
  return {
    id: row.id,
    name: row.name,
    countries: row.countries,
    currency: row.currency,
    locales: row.locales,
    incoterm: row.incoterm as 'DDP' | 'DAP',
    taxInclusive: row.taxInclusive,
    dutiesIncluded: row.dutiesIncluded,
    paymentMethods: row.paymentMethods,
    pricing: row.pricing as MarketView['pricing'],
    isDefault: row.isDefault,
  };
}

/** The typed market of a stored row (its pricing was checked when it was written). */
export function toMarket(row: MarketRow): Market {
  const r = validateMarket(toMarketView(row));
  if (!r.ok) throw new Error(`stored market ${row.id} is invalid: ${r.message}`);
  return r.value;
}

export function toMarketWrite(market: Market, extra: { dutiesIncluded: boolean; isDefault: boolean; position: number }): MarketWrite {
  return {
    id: market.id,
    name: market.name,
    countries: [...market.countries],
    currency: market.currency,
    locales: [...market.locales],
    incoterm: market.incoterm,
    taxInclusive: market.taxInclusive,
    dutiesIncluded: extra.dutiesIncluded,
    paymentMethods: [...market.paymentMethods],
    pricing: {
      fxMarkupPercent: formatDecimal(market.pricing.fxMarkupPercent),
      rounding: market.pricing.rounding,
      ...(market.pricing.charm ? { charm: market.pricing.charm } : {}),
    },
    isDefault: extra.isDefault,
    position: extra.position,
  };
}
