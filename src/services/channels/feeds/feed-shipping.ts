import { parseDecimal } from '../../../core/decimal/decimal.js';
import { buildFxTable, type FxRate, type FxTable } from '../../../core/fx/fx-table.js';
import type { FeedShipping } from '../../../core/channels/feeds/feed-item.js';
import { parseMoney } from '../../../core/money/money.js';
import { buildParcel } from '../../../core/shipping/build-parcel.js';
import { FEED_HANDLING_DAYS } from '../../../data/channels/index.js';
import type { ActiveRateCardRow } from '../../../db/repositories/shipping-repository.js';
import type { Deps } from '../../deps.js';
import { shippingOptionsFrom } from '../../shipping/quote-shipping-rates.js';

const NO_RATES: FxTable = { base: 'EUR', source: 'ECB', series: new Map() };
/** The latest rates are used however old (like the market pricer, which reports them stale): a feed must still carry a price. */
const ANY_AGE_DAYS = 36_500;

export type VariantParcel = { weightG: number; lengthMm: number | null; widthMm: number | null; heightMm: number | null };

/** The cheapest shipping per country of a market for one variant sent alone. */
export type FeedShippingQuoter = (variant: VariantParcel) => FeedShipping[];

/**
 * Shipping for feeds as the storefront quotes it (quoteShippingRates): the rate cards in effect on
 * `date` of the active warehouses serving the market, each parcel priced by the core and converted
 * into the market's currency at the latest ECB rate on or before `date`, the one the market pricer
 * converts prices with (an old rate is used, as it is for prices); per country the cheapest option of any warehouse,
 * with the card's transit days and the store's handling days. Variants of the same weight and size
 * are priced once.
 */
export async function createFeedShippingQuoter(
  deps: Pick<Deps, 'shipping' | 'markets'>,
  input: { currency: string; countries: readonly string[]; warehouseIds: readonly string[]; date: string },
): Promise<FeedShippingQuoter> {
  const cards = await deps.shipping.activeRateCards(input.date, input.warehouseIds);
  let fx = NO_RATES;
  if (cards.some((c) => c.currency !== input.currency)) {
    const rates: FxRate[] = [];
    for (const r of await deps.markets.latestFxRates('ECB', input.date)) {
      const rate = parseDecimal(r.rate);
      if (rate && rate.coef > 0) rates.push({ base: r.base, quote: r.quote, date: r.rateDate, rate, source: 'ECB' });
    }
    fx = buildFxTable('EUR', 'ECB', rates);
  }
  const byWarehouse = new Map<string, ActiveRateCardRow[]>();
  for (const c of cards) byWarehouse.set(c.warehouseId, [...(byWarehouse.get(c.warehouseId) ?? []), c]);
  const seen = new Map<string, FeedShipping[]>();
  return (v) => {
    const key = `${v.weightG}:${v.lengthMm}:${v.widthMm}:${v.heightMm}`;
    const hit = seen.get(key);
    if (hit) return hit;
    const dimensionsMm = v.lengthMm !== null && v.widthMm !== null && v.heightMm !== null ? { length: v.lengthMm, width: v.widthMm, height: v.heightMm } : undefined;
    const parcel = buildParcel([{ weightG: v.weightG, dimensionsMm, quantity: 1 }]);
    const out: FeedShipping[] = [];
    if (parcel.ok) {
      for (const country of input.countries) {
        let best: { minor: number; entry: FeedShipping } | undefined;
        for (const group of byWarehouse.values()) {
          const priced = shippingOptionsFrom(group, parcel.value, { country, postalCode: undefined }, { currency: input.currency, fx, date: input.date, maxFxAgeDays: ANY_AGE_DAYS });
          const o = priced.ok ? priced.value.options[0] : undefined;
          if (!o) continue;
          const m = parseMoney(o.price.amount, o.price.currency);
          const minor = m.ok ? m.value.amount : Number.MAX_SAFE_INTEGER;
          if (!best || minor < best.minor) {
            best = {
              minor,
              entry: {
                country,
                service: o.name,
                price: o.price,
                minHandlingDays: FEED_HANDLING_DAYS.min,
                maxHandlingDays: FEED_HANDLING_DAYS.max,
                minTransitDays: o.deliveryWindow.minDays,
                maxTransitDays: o.deliveryWindow.maxDays,
              },
            };
          }
        }
        if (best) out.push(best.entry);
      }
    }
    seen.set(key, out);
    return out;
  };
}
