import type { Money } from '../../core/money/money.js';
import { quoteRate } from '../../core/shipping/quote-rate.js';
import { validateRateCard } from '../../core/shipping/validate-rate-card.js';
import { catalogLandedCostShares } from '../../core/market-selection/catalog-landed-cost.js';
import type { Deps } from '../deps.js';
import { ANY_FX_AGE_DAYS, latestFxTable, minorConverter } from '../checkout/latest-fx.js';

/** The merchant's own evidence per country, as indicators the ranking reads (ids under "own."). */
export const OWN_INDICATORS = [
  { id: 'own.landed_cost_share', name: 'Duties, taxes and fees on your catalog', unit: '% of the goods value', direction: 'lower' as const },
  { id: 'own.shipping_cost', name: 'Cheapest shipping of a typical parcel', unit: 'EUR', direction: 'lower' as const },
  { id: 'own.delivery_days', name: 'Fastest delivery from your warehouses', unit: 'days (most)', direction: 'lower' as const },
  { id: 'own.paid_orders', name: 'Your paid orders in the last 365 days', unit: 'orders', direction: 'higher' as const },
];

export type OwnValue = { value: number; year: number | null; source: string };
export type OwnEvidence = { values: Map<string, Map<string, OwnValue>>; notes: string[]; catalog: { products: number; typicalParcelG: number | null } };

const SAMPLE = 100;

/**
 * Landfall's own evidence for every candidate country: the landed cost of (up to 100 products of)
 * the catalog shipped there from the first warehouse, with the engine (duties, taxes and fees as a
 * share of the goods value, DDP); the cheapest rate-card price of a typical parcel from any
 * warehouse and the fastest transit; the store's paid orders by country over the last year.
 * Countries the rules or the rate cards do not cover get no value (stated by the ranking as missing).
 */
export async function ownEvidence(deps: Pick<Deps, 'indicators' | 'quotes' | 'shipping' | 'warehouses' | 'markets' | 'referenceCache' | 'clock'>, countries: readonly string[]): Promise<OwnEvidence> {
  const at = deps.clock();
  const date = at.toISOString().slice(0, 10);
  const values = new Map<string, Map<string, OwnValue>>();
  const put = (id: string, country: string, v: OwnValue) => {
    let m = values.get(id);
    if (!m) values.set(id, (m = new Map()));
    m.set(country, v);
  };
  const notes: string[] = [];
  const [sample, warehouses, fx] = [await deps.indicators.catalogSample(SAMPLE), (await deps.warehouses.list()).filter((w) => w.active), await latestFxTable(deps, date)];
  const convertMinor = minorConverter(fx, date);
  const toEur = (m: Money): number | null => convertMinor(m.currency, m.amount, 'EUR');

  // Landed cost of the catalog: one request per country with every sampled product once.
  const from = warehouses[0]?.country;
  if (sample.length > 0 && from) {
    const [rules, rates] = [await deps.quotes.rules.get(), await deps.quotes.fxRates.forDate(date, ANY_FX_AGE_DAYS)];
    const { shares, used } = catalogLandedCostShares(sample, from, countries, rules, rates, date, ANY_FX_AGE_DAYS);
    for (const [country, value] of shares) put('own.landed_cost_share', country, { value, year: Number(date.slice(0, 4)), source: `Landfall landed-cost engine, rules ${rules.version}, ${used} products from ${from}, DDP, ${date}` });
    notes.push(`Landed cost: ${used} active products shipped from ${from} to each country on ${date}; ${shares.size} countries have rules, the others have no value.`);
  } else notes.push(sample.length === 0 ? 'Landed cost: the catalog has no active product.' : 'Landed cost: no active warehouse.');

  // Shipping: a typical parcel (the median product weight) on every active rate card of every warehouse.
  const weights = sample.map((p) => p.weightG).sort((a, b) => a - b);
  const typical = weights.length > 0 ? weights[Math.floor(weights.length / 2)]! : null;
  if (typical !== null && warehouses.length > 0) {
    const cards = await deps.shipping.activeRateCards(date, warehouses.map((w) => w.id));
    const parsedCards = cards.flatMap((c) => {
      const v = validateRateCard(c.card);
      return v.ok ? [v.value] : [];
    });
    for (const country of countries) {
      let cheapest: number | null = null;
      let fastest: number | null = null;
      for (const card of parsedCards) {
        const q = quoteRate(card, { weightG: Math.max(1, typical), volumeMm3: 0 }, { country });
        if (!q.ok) continue;
        const eur = toEur({ amount: q.value.total, currency: q.value.currency });
        if (eur !== null && (cheapest === null || eur < cheapest)) cheapest = eur;
        if (fastest === null || q.value.transitDays.max < fastest) fastest = q.value.transitDays.max;
      }
      const source = `your rate cards on ${date}, a ${typical} g parcel`;
      if (cheapest !== null) put('own.shipping_cost', country, { value: cheapest / 100, year: null, source });
      if (fastest !== null) put('own.delivery_days', country, { value: fastest, year: null, source });
    }
    notes.push(`Shipping: a ${typical} g parcel (the median weight of the sampled products) on ${parsedCards.length} active rate cards.`);
  }

  // Sales: paid orders per shipping country over the last 365 days (countries without orders count 0 only when the store has sold anywhere).
  const sales = await deps.indicators.paidOrdersByCountry(new Date(at.getTime() - 365 * 86_400_000), at);
  if (sales.length > 0) {
    const by = new Map(sales.map((s) => [s.country, s.orders]));
    for (const country of countries) put('own.paid_orders', country, { value: by.get(country) ?? 0, year: Number(date.slice(0, 4)), source: 'your paid orders, last 365 days' });
    notes.push(`Sales: ${sales.reduce((a, s) => a + s.orders, 0)} paid orders in ${sales.length} countries over the last 365 days.`);
  } else notes.push('Sales: no paid orders yet; the store has no sales evidence.');
  return { values, notes, catalog: { products: sample.length, typicalParcelG: typical } };
}
