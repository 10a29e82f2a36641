import { daysBetween } from '../../core/calendar/iso-date.js';
import { formatDecimal, parseDecimal, type Decimal } from '../../core/decimal/decimal.js';
import { inEffect } from '../../core/landed-cost/compile-rules.js';
import { pickTaxRule } from '../../core/landed-cost/pick-tax-rule.js';
import type { Market } from '../../core/markets/market.js';
import { formatAmount } from '../../core/money/money.js';
import type { FxTable } from '../../core/fx/fx-table.js';
import { calculateLandedCost } from '../../core/landed-cost/calculate-landed-cost.js';
import type { RuleSet } from '../../core/landed-cost/compile-rules.js';
import type { LandedCostRequest } from '../../core/landed-cost/request.js';
import { parseMoney } from '../../core/money/money.js';
import { compilePricing, localizeAmount, roundForDisplay, type CompiledPricing, type CrossRate } from '../../core/pricing/localize-price.js';
import type { FxSource } from '../landed-cost/fx-source.js';
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
  taxIncluded: { name: string; rate: string; ruleId: string; /** The rate as a decimal percent ("19"), to take the tax back out of the price. */ percent: string } | null;
  /** Whether duties are included (DDP markets that chose so); estimated by the landed-cost engine. */
  dutiesIncluded: boolean;
};

export type PricedVariant = { sku: string; priceMinor: number; currency: string; hsCode: string | undefined; originCountry?: string; weightG?: number };

export type MarketPricer = {
  market: Market;
  country: string;
  fx: PriceFx;
  price(variant: PricedVariant): MarketPrice;
};

/**
 * Prices for one market, buyer country and date: ECB reference rates (the latest on or before the
 * date; older than `maxFxAgeDays` is reported stale, not refused, since a shown price must still be
 * shown), the market's markup, rounding and charm, the import tax of the buyer's country for the
 * goods (reduced rates by HS code) where the market shows tax-inclusive prices, and price-list
 * overrides in effect on the date.
 */
export async function createMarketPricer(
  deps: { markets: MarketRepository; rules: RuleSource; maxFxAgeDays: number; fxRates?: FxSource },
  input: {
    market: Market;
    country: string;
    date: string;
    baseCurrency: string;
    skus: string[];
    /** DDP markets that show duties in the price too: estimated per unit by the landed-cost engine. */
    dutiesIncluded?: boolean;
    /** Where parcels ship from, for those estimates (the store's home country). */
    shipFrom?: string;
  },
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

  const withDuties = input.dutiesIncluded === true && market.incoterm === 'DDP' && market.taxInclusive && deps.fxRates !== undefined;
  const rules = market.taxInclusive || withDuties ? await deps.rules.get() : undefined;
  const fxTable = withDuties ? await deps.fxRates!.forDate(date, deps.maxFxAgeDays) : undefined;
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
  let net: CompiledPricing | undefined;
  const netPricing = (): CompiledPricing => {
    if (!net) {
      // Converted with the markup but not yet rounded for display: the duty and tax go on top first.
      const r = compilePricing(baseCurrency, cross, { currency: market.currency, fxMarkupPercent: market.pricing.fxMarkupPercent, rounding: { increment: 1, mode: 'half-up' } });
      if (!r.ok) throw new Error(`market ${market.id} pricing does not compile: ${r.message}`);
      net = r.value;
    }
    return net;
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
      const taxIncluded = rule ? { name: rule.name, rate: rule.rateText, ruleId: rule.meta.id, percent: formatDecimal(rule.percent) } : null;
      const override = overrides.get(variant.sku);
      if (override) {
        return { amount: formatAmount({ amount: override.amountMinor, currency: market.currency }), currency: market.currency, source: 'price-list', taxIncluded, dutiesIncluded: false };
      }
      if (variant.currency !== baseCurrency) throw new Error(`variant ${variant.sku} is priced in ${variant.currency}, not the base currency ${baseCurrency}`);
      if (withDuties && rules && fxTable) {
        const landed = dutyInclusive(variant, { market, country, date, shipFrom: input.shipFrom ?? 'VN', net: netPricing(), rules, fx: fxTable, maxFxAgeDays: deps.maxFxAgeDays });
        if (landed !== undefined) {
          return { amount: formatAmount({ amount: landed, currency: market.currency }), currency: market.currency, source: 'converted', taxIncluded, dutiesIncluded: true };
        }
      }
      const amount = localizeAmount(variant.priceMinor, pricingFor(rule?.percent));
      return { amount: formatAmount({ amount, currency: market.currency }), currency: market.currency, source: 'converted', taxIncluded, dutiesIncluded: false };
    },
  });
}

/**
 * The price with duty and import tax included, as the landed-cost engine estimates them for one unit
 * sent alone (DDP, courier): the converted net price plus duties and taxes, rounded for display.
 * Undefined when the estimate cannot be made (no HS code, no tariff line, a missing rate), so the
 * caller falls back to the tax-inclusive price.
 */
function dutyInclusive(
  variant: PricedVariant,
  c: { market: Market; country: string; date: string; shipFrom: string; net: CompiledPricing; rules: RuleSet; fx: FxTable; maxFxAgeDays: number },
): number | undefined {
  if (!variant.hsCode || !variant.originCountry || !variant.weightG) return undefined;
  const netMinor = localizeAmount(variant.priceMinor, c.net);
  const zero = { amount: 0, currency: c.market.currency };
  const request: LandedCostRequest = {
    date: c.date,
    currency: c.market.currency,
    incoterm: 'DDP',
    shipFrom: { country: c.shipFrom },
    shipTo: { country: c.country, region: undefined, postalCode: undefined },
    channel: 'courier',
    shipping: zero,
    insurance: zero,
    registrations: [],
    items: [
      {
        sku: variant.sku,
        description: '',
        hsCode: variant.hsCode,
        originCountry: variant.originCountry,
        unitPrice: { amount: netMinor, currency: c.market.currency },
        quantity: 1,
        unitWeightKg: { coef: variant.weightG, scale: 3 },
        unitVolumeLitres: undefined,
        claimPreference: false,
        dutyRate: undefined,
      },
    ],
  };
  const quote = calculateLandedCost(request, c.rules, c.fx, { maxFxAgeDays: c.maxFxAgeDays });
  if (!quote.ok || !quote.value.complete) return undefined;
  const minor = (text: string) => {
    const m = parseMoney(text, c.market.currency);
    return m.ok ? m.value.amount : 0;
  };
  const { increment, mode } = c.market.pricing.rounding;
  return roundForDisplay(netMinor + minor(quote.value.totals.duties) + minor(quote.value.totals.taxes), { increment, mode, charm: c.market.pricing.charm });
}

function ratioText(q: Decimal, b: Decimal): string {
  const scaled = (BigInt(q.coef) * 10n ** BigInt(b.scale + 8)) / (BigInt(b.coef) * 10n ** BigInt(q.scale));
  return formatDecimal({ coef: Number(scaled), scale: 8 }).replace(/\.?0+$/, '');
}
