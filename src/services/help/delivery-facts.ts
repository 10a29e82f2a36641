import type { FxTable } from '../../core/fx/fx-table.js';
import { parseMoney } from '../../core/money/money.js';
import type { Deps } from '../deps.js';
import { ANY_FX_AGE_DAYS } from '../checkout/latest-fx.js';
import { shippingOptionsFrom } from '../shipping/quote-shipping-rates.js';

/** The lightest parcel a rate card prices: its first weight break, i.e. the service's "from" price. */
const LIGHTEST_PARCEL = { weightG: 1, volumeMm3: 0 };

/** One shipping service to a country: who carries it, from where, how long it takes and what it costs at least. */
export type HelpDeliveryService = {
  service: string;
  carrier: string;
  name: string;
  channel: string;
  /** The warehouse's country. */
  shipsFrom: string;
  /** Business days (Monday to Friday) after the order, as the rate card's zone states them. */
  minDays: number;
  maxDays: number;
  /** The card's first weight break with its fuel surcharge, in the market's currency (converted half-up at the reference rate). */
  priceFrom: { amount: string; currency: string };
  /** The rate the price was converted at; null when the card is in the market's currency. */
  fx: { from: string; rateDate: string; source: string } | null;
};

/**
 * Every shipping service that reaches `country` from a warehouse serving the market, with its
 * rate card in effect on `date`: carrier, the warehouse's country, the zone's transit days and the
 * price of the lightest parcel (no remote-area surcharge: no postal code is known), converted into
 * the market's currency with the shipping quote's own code. Cheapest first, then fastest, then by
 * service code. Null when a price cannot be converted (no reference rate for a card's currency).
 */
export async function deliveryFacts(
  deps: Pick<Deps, 'warehouses' | 'shipping' | 'referenceCache'>,
  input: { market: { id: string; currency: string }; country: string; date: string },
  fx: FxTable,
): Promise<HelpDeliveryService[] | null> {
  const warehouses = await deps.referenceCache.get('warehouses', () => deps.warehouses.list());
  const serving = warehouses.filter((w) => w.active && w.markets.includes(input.market.id));
  const ids = serving.map((w) => w.id);
  const cards = await deps.referenceCache.get(`rate-cards:${input.date}:${ids.join(',')}`, () => deps.shipping.activeRateCards(input.date, ids));
  const services: Array<HelpDeliveryService & { minor: number }> = [];
  for (const w of serving) {
    const priced = shippingOptionsFrom(
      cards.filter((c) => c.warehouseId === w.id),
      LIGHTEST_PARCEL,
      { country: input.country, postalCode: undefined },
      { currency: input.market.currency, fx, date: input.date, maxFxAgeDays: ANY_FX_AGE_DAYS },
    );
    if (!priced.ok) return null;
    for (const o of priced.value.options) {
      services.push({
        service: o.service,
        carrier: o.carrier,
        name: o.name,
        channel: o.channel,
        shipsFrom: w.country,
        minDays: o.deliveryWindow.minDays,
        maxDays: o.deliveryWindow.maxDays,
        priceFrom: o.price,
        fx: o.fx ? { from: o.cardPrice.currency, rateDate: o.fx.rateDate, source: o.fx.source } : null,
        minor: minorOf(o.price),
      });
    }
  }
  services.sort((a, b) => a.minor - b.minor || a.maxDays - b.maxDays || a.minDays - b.minDays || (a.service < b.service ? -1 : a.service > b.service ? 1 : 0));
  return services.map(({ minor: _minor, ...s }) => s);
}

/** Minor units of an amount the shipping quote formatted (always valid for its currency). */
function minorOf(a: { amount: string; currency: string }): number {
  const m = parseMoney(a.amount, a.currency);
  if (!m.ok) throw new Error(`${a.amount} is not an amount of ${a.currency}`);
  return m.value.amount;
}
