import { daysBetween } from '../../core/calendar/iso-date.js';
import { formatDecimal, parseDecimal, type Decimal } from '../../core/decimal/decimal.js';
import { inEffect } from '../../core/landed-cost/compile-rules.js';
import { pickTaxRule } from '../../core/landed-cost/pick-tax-rule.js';
import type { Market } from '../../core/markets/market.js';
import { formatAmount } from '../../core/money/money.js';
import { compilePricing, localizeAmount, type CompiledPricing, type CrossRate } from '../../core/pricing/localize-price.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { MarketRepository } from '../../db/repositories/market-repository.js';
import type { RuleSource } from '../landed-cost/rule-source.js';

/** The reference rate a market's prices were converted with, and whether it is older than allowed. */
export type PriceFx = { from: string; to: string; rate: string; rateDate: string; source: string; stale: boolean };

export type MarketPrice = {
  amount: string;
  currency: string;
  /** How the price was set: converted from the base price by the market's rules, or a price-list entry. */
  source: 'converted' | 'price-list';
  /** The import tax included in the shown price (tax-inclusive markets), null when prices exclude it. */
  taxIncluded: { name: string; rate: string; ruleId: string } | null;
  /** Whether duties are included (DDP markets that chose so); estimated by the landed-cost engine. */
  dutiesIncluded: boolean;
};

export type MarketPricer = {
  market: Market;
  country: string;
  fx: PriceFx;
  price(variant: { sku: string; priceMinor: number; currency: string; hsCode: string | undefined }): MarketPrice;
};

/**
 * Prices for one market, buyer country and date: ECB reference rates (the latest on or before the
 * date; older than `maxFxAgeDays` is reported stale, not refused, since a shown price must still be
 * shown), the market's markup, rounding and charm, the import tax of the buyer's country for the
 * goods (reduced rates by HS code) where the market shows tax-inclusive prices, and price-list
 * overrides in effect on the date.
 */
export async function createMarketPricer(
  deps: { markets: MarketRepository; rules: RuleSource; maxFxAgeDays: number },
  input: { market: Market; country: string; date: string; baseCurrency: string; skus: string[] },
): Promise<Result<MarketPricer, 'FX_RATE_MISSING'>> {
  const { market, country, date, baseCurrency } = input;
  const rates = await deps.markets.latestFxRates('ECB', date);
  const rateOf = (currency: string): { rate: Decimal; date: string } | undefined => {
    if (currency === 'EUR') return { rate: { coef: 1, scale: 0 }, date };
    const row = rates.find((r) => r.quote === currency && r.base === 'EUR');
    const rate = row ? parseDecimal(row.rate) : undefined;
    return row && rate ? { rate, date: row.rateDate } : undefined;
  };
  let cross: CrossRate = { quote: { coef: 1, scale: 0 }, base: { coef: 1, scale: 0 } };
  let fx: PriceFx = { from: baseCurrency, to: market.currency, rate: '1', rateDate: date, source: 'identity', stale: false };
  if (market.currency !== baseCurrency) {
    const q = rateOf(market.currency);
    const b = rateOf(baseCurrency);
    if (!q || !b) {
      return fail('FX_RATE_MISSING', `no ECB rate for ${!q ? market.currency : baseCurrency} on or before ${date}; import one with "landfall fx refresh"`, { field: 'currency' });
    }
    cross = { quote: q.rate, base: b.rate };
    const rateDate = q.date < b.date ? q.date : b.date;
    fx = { from: baseCurrency, to: market.currency, rate: ratioText(q.rate, b.rate), rateDate, source: 'ECB', stale: daysBetween(rateDate, date) > deps.maxFxAgeDays };
  }

  const rules = market.taxInclusive ? await deps.rules.get() : undefined;
  const taxes = rules ? inEffect(rules.taxes.get(country), date) : [];
  const compiled = new Map<string, CompiledPricing>();
  const pricingFor = (percent: Decimal | undefined): CompiledPricing => {
    const key = percent ? formatDecimal(percent) : '';
    let p = compiled.get(key);
    if (!p) {
      const r = compilePricing(baseCurrency, cross, { ...market.pricing, ...(percent ? { inclusiveTaxPercent: percent } : {}) });
      if (!r.ok) throw new Error(`market ${market.id} pricing does not compile: ${r.message}`);
      p = r.value;
      compiled.set(key, p);
    }
    return p;
  };
  const overrides = new Map<string, { amountMinor: number; currency: string }>();
  for (const e of await deps.markets.priceListFor(market.id, input.skus, date)) {
    if (e.currency === market.currency) overrides.set(e.sku, e); // later entries (by start date) win
  }

  return ok({
    market,
    country,
    fx,
    price(variant) {
      const rule = market.taxInclusive ? pickTaxRule(taxes, undefined, variant.hsCode) : undefined;
      const taxIncluded = rule ? { name: rule.name, rate: rule.rateText, ruleId: rule.meta.id } : null;
      const override = overrides.get(variant.sku);
      if (override) {
        return { amount: formatAmount({ amount: override.amountMinor, currency: market.currency }), currency: market.currency, source: 'price-list', taxIncluded, dutiesIncluded: false };
      }
      if (variant.currency !== baseCurrency) throw new Error(`variant ${variant.sku} is priced in ${variant.currency}, not the base currency ${baseCurrency}`);
      const amount = localizeAmount(variant.priceMinor, pricingFor(rule?.percent));
      return { amount: formatAmount({ amount, currency: market.currency }), currency: market.currency, source: 'converted', taxIncluded, dutiesIncluded: false };
    },
  });
}

function ratioText(q: Decimal, b: Decimal): string {
  const scaled = (BigInt(q.coef) * 10n ** BigInt(b.scale + 8)) / (BigInt(b.coef) * 10n ** BigInt(q.scale));
  return formatDecimal({ coef: Number(scaled), scale: 8 }).replace(/\.?0+$/, '');
}
