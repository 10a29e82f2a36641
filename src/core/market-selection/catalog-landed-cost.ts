import type { FxTable } from '../fx/fx-table.js';
import { calculateLandedCost } from '../landed-cost/calculate-landed-cost.js';
import type { RuleSet } from '../landed-cost/compile-rules.js';
import { parseLandedCostRequest } from '../landed-cost/request.js';
import { formatAmount } from '../money/money.js';

export type CatalogProduct = { sku: string; hsCode: string; originCountry: string; priceMinor: number; currency: string; weightG: number };

/**
 * The landed cost of a catalog in each country: one DDP request per country holding every product
 * once, shipped from `from`, through the landed-cost engine. Per country, duties, taxes and fees as
 * a percentage of the goods value (2 decimals); a country the rules cannot quote gets no entry.
 * Products priced in another currency than the first one are left out (counted in `used`).
 */
export function catalogLandedCostShares(products: readonly CatalogProduct[], from: string, countries: readonly string[], rules: RuleSet, fx: FxTable, date: string, maxFxAgeDays: number): { shares: Map<string, number>; used: number } {
  const shares = new Map<string, number>();
  if (products.length === 0) return { shares, used: 0 };
  const currency = products[0]!.currency;
  const items = products
    .filter((p) => p.currency === currency)
    .map((p) => ({ sku: p.sku, hsCode: p.hsCode, originCountry: p.originCountry, unitPrice: { amount: formatAmount({ amount: p.priceMinor, currency }), currency }, quantity: 1, unitWeightKg: (Math.max(1, p.weightG) / 1000).toFixed(3) }));
  for (const country of countries) {
    if (country === from) continue;
    const request = parseLandedCostRequest({ date, currency, incoterm: 'DDP', shipFrom: { country: from }, shipTo: { country }, items });
    if (!request.ok) continue;
    const answer = calculateLandedCost(request.value, rules, fx, { maxFxAgeDays });
    if (!answer.ok) continue;
    const t = answer.value.totals;
    const goods = Number(t.items);
    if (!(goods > 0)) continue;
    shares.set(country, Math.round(((Number(t.duties) + Number(t.taxes) + Number(t.fees)) / goods) * 10_000) / 100);
  }
  return { shares, used: items.length };
}
