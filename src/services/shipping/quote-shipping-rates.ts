import { formatDecimal, normalize } from '../../core/decimal/decimal.js';
import { convert, type ConvertError } from '../../core/fx/convert.js';
import type { FxTable } from '../../core/fx/fx-table.js';
import { formatAmount, formatMoney } from '../../core/money/money.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { buildParcel, type ParcelItem } from '../../core/shipping/build-parcel.js';
import { deliveryWindow, type DeliveryWindow } from '../../core/shipping/delivery-window.js';
import { normalizePostalCode } from '../../core/shipping/postal-code.js';
import { quoteRate } from '../../core/shipping/quote-rate.js';
import type { Parcel } from '../../core/shipping/rate-card.js';
import type { ActiveRateCardRow } from '../../db/repositories/shipping-repository.js';
import type { ShippingChannel } from '../../core/shipping/validate-shipping-service.js';
import type { Deps } from '../deps.js';
import { parseShippingRateRequest } from './parse-shipping-rate-request.js';
import { storedCard } from './shipping-views.js';

type Amount = { amount: string; currency: string };

/** When every card is in the market's currency no rates are loaded; convert then needs none. */
const NO_RATES: FxTable = { base: 'EUR', source: 'ECB', series: new Map() };

/** One way to ship the cart from one warehouse. */
export type ShippingOption = {
  service: string;
  carrier: string;
  name: string;
  /** How the parcel clears customs (postal or courier), for the landed-cost quote. */
  channel: ShippingChannel;
  /** In the market's currency: the card price converted at the ECB reference rate, half-up to the minor unit. */
  price: Amount;
  /** The same price in the rate card's currency, as the card computes it. */
  cardPrice: Amount;
  /** The card's parts, in the card's currency. */
  breakdown: { baseFreight: string; fuelSurcharge: string; remoteSurcharge: string; currency: string };
  weight: { actualG: number; volumetricG: number | null; chargeableG: number };
  zone: string;
  /** Transit in business days (Mon-Fri) after the quote date; dates only when the request gave a date. */
  deliveryWindow: DeliveryWindow;
  fx: { rate: string; rateDate: string; source: string } | null;
  rateCard: { id: string; effectiveFrom: string; effectiveTo: string | null; source: string };
  explanation: string[];
};

export type WarehouseShippingOptions = {
  warehouse: { code: string; name: string; country: string };
  /** Cheapest first (then by service code). */
  options: ShippingOption[];
  /** Services with a card in effect from this warehouse that cannot take this parcel here, and why. */
  unavailable: Array<{ service: string; code: string; reason: string }>;
};

export type ShippingRates = {
  market: string;
  currency: string;
  date: string;
  destination: { country: string; postalCode: string | null };
  parcel: { weightG: number; volumeCm3: string; units: number };
  warehouses: WarehouseShippingOptions[];
};

export type ShippingRatesError = 'VALIDATION_FAILED' | 'MARKET_NOT_FOUND' | 'NO_WAREHOUSE_FOR_MARKET' | ConvertError;

/**
 * Shipping options for a cart to a buyer in a market, per warehouse that serves the market:
 * 1. check the request; the market must exist and sell to the destination country;
 * 2. the cart's parcel (buildParcel: weights x quantities, packed volumes x quantities); every
 *    unknown SKU is named (`lines[i].sku`);
 * 3. for each active warehouse whose markets include the market, each service with a rate card in
 *    effect on the date (default: today, UTC) is quoted by the core (`quoteRate`); a service with no
 *    zone for the country or that cannot take the weight is listed as unavailable with its reason;
 * 4. prices are converted from the card's currency into the market's at the ECB reference rate the
 *    landed-cost engine uses (the latest on or before the date, no older than `maxFxAgeDays`),
 *    exactly, rounded once half-up to the market currency's minor unit; no FX markup and no charm
 *    ending (the buyer sees the carrier's price, converted).
 * Delivery dates count business days (Mon-Fri, no holidays) after the date, given only when the
 * request named a date.
 */
export async function quoteShippingRates(deps: Pick<Deps, 'markets' | 'warehouses' | 'shipping' | 'quotes' | 'clock'>, input: unknown): Promise<Result<ShippingRates, ShippingRatesError>> {
  const parsed = parseShippingRateRequest(input);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const date = request.date ?? deps.clock().toISOString().slice(0, 10);

  // Independent reads, together (on PostgreSQL they run on separate connections).
  const [market, variantRows, warehouses] = await Promise.all([deps.markets.get(request.market), deps.shipping.parcelVariants(request.lines.map((l) => l.sku)), deps.warehouses.list()]);
  if (!market) return fail('MARKET_NOT_FOUND', `no market "${request.market}"`, { field: 'market' });
  const { country } = request.destination;
  if (!market.countries.includes(country)) {
    return fail('VALIDATION_FAILED', `${country} is not in market ${market.id} (${market.countries.join(', ')})`, { field: 'destination.country' });
  }

  const variants = new Map(variantRows.map((v) => [v.sku, v]));
  const unknown: FieldIssue[] = request.lines.flatMap((l, i) => (variants.has(l.sku) ? [] : [{ field: `lines[${i}].sku`, message: `no variant with SKU ${l.sku}` }]));
  if (unknown.length > 0) return fail('VALIDATION_FAILED', unknown.map((u) => u.message).join('; '), { field: unknown[0]!.field, details: unknown });
  const items: ParcelItem[] = request.lines.map((l) => {
    const v = variants.get(l.sku)!;
    const dimensionsMm = v.lengthMm !== null && v.widthMm !== null && v.heightMm !== null ? { length: v.lengthMm, width: v.widthMm, height: v.heightMm } : undefined;
    return { weightG: v.weightG, dimensionsMm, quantity: l.quantity };
  });
  const parcel = buildParcel(items);
  if (!parcel.ok) return parcel;

  const serving = warehouses.filter((w) => w.active && w.markets.includes(market.id));
  if (serving.length === 0) return fail('NO_WAREHOUSE_FOR_MARKET', `no active warehouse serves market ${market.id}`, { field: 'market' });
  const cards = await deps.shipping.activeRateCards(date, serving.map((w) => w.id));
  let fxTable: FxTable | undefined;
  if (cards.some((c) => c.currency !== market.currency)) fxTable = await deps.quotes.fxRates.forDate(date, deps.quotes.maxFxAgeDays);

  const destination = { country, postalCode: request.destination.postalCode };
  const groups: WarehouseShippingOptions[] = [];
  for (const w of serving) {
    const priced = shippingOptionsFrom(
      cards.filter((c) => c.warehouseId === w.id),
      parcel.value,
      destination,
      { currency: market.currency, fx: fxTable ?? NO_RATES, date, maxFxAgeDays: deps.quotes.maxFxAgeDays, ...(request.date === undefined ? {} : { windowFrom: request.date }) },
    );
    if (!priced.ok) return priced;
    groups.push({ warehouse: { code: w.code, name: w.name, country: w.country }, ...priced.value });
  }
  return ok({
    market: market.id,
    currency: market.currency,
    date,
    destination: { country, postalCode: request.destination.postalCode === undefined ? null : normalizePostalCode(request.destination.postalCode)! },
    parcel: { weightG: parcel.value.weightG, volumeCm3: formatDecimal(normalize({ coef: parcel.value.volumeMm3, scale: 3 })), units: request.lines.reduce((n, l) => n + l.quantity, 0) },
    warehouses: groups,
  });
}

/**
 * Price a parcel with each of one warehouse's rate cards and convert into `to.currency`: the options
 * cheapest first (then by service code), and the services that cannot take it with their reason.
 * Shared by the rate quote and the cart (which prices every way its lines could be split).
 */
export function shippingOptionsFrom(
  cards: readonly ActiveRateCardRow[],
  parcel: Parcel,
  destination: { country: string; postalCode: string | undefined },
  to: { currency: string; fx: FxTable; date: string; maxFxAgeDays: number; windowFrom?: string },
): Result<Omit<WarehouseShippingOptions, 'warehouse'>, 'VALIDATION_FAILED' | ConvertError> {
  const options: ShippingOption[] = [];
  const unavailable: WarehouseShippingOptions['unavailable'] = [];
  const priced: number[] = [];
  for (const row of cards) {
    const quote = quoteRate(storedCard(row), parcel, destination);
    if (!quote.ok) {
      // The request itself was checked before, so what is left is about this service.
      if (quote.code === 'VALIDATION_FAILED') return fail('VALIDATION_FAILED', quote.message, quote.field ? { field: quote.field } : {});
      unavailable.push({ service: row.service.code, code: quote.code, reason: quote.message });
      continue;
    }
    const q = quote.value;
    const cardMoney = { amount: q.total, currency: q.currency };
    const converted = convert(cardMoney, to.currency, to.fx, { date: to.date, maxAgeDays: to.maxFxAgeDays, rounding: 'half-up' });
    if (!converted.ok) return converted;
    const { money, used } = converted.value;
    const explanation = [...q.explanation];
    if (used.source !== 'identity') explanation.push(`converted ${formatMoney(cardMoney)} to ${formatMoney(money)} at ${used.rate} (${used.source} ${used.rateDate}), half-up to the minor unit`);
    options.push({
      service: row.service.code,
      carrier: row.service.carrier,
      name: row.service.name,
      channel: row.service.channel as ShippingChannel,
      price: { amount: formatAmount(money), currency: money.currency },
      cardPrice: { amount: formatAmount(cardMoney), currency: q.currency },
      breakdown: {
        baseFreight: formatAmount({ amount: q.baseFreight, currency: q.currency }),
        fuelSurcharge: formatAmount({ amount: q.fuelSurcharge, currency: q.currency }),
        remoteSurcharge: formatAmount({ amount: q.remoteSurcharge, currency: q.currency }),
        currency: q.currency,
      },
      weight: { actualG: q.actualWeightG, volumetricG: q.volumetricWeightG ?? null, chargeableG: q.chargeableWeightG },
      zone: q.zoneId,
      deliveryWindow: deliveryWindow(q.transitDays, to.windowFrom),
      fx: used.source === 'identity' ? null : { rate: used.rate, rateDate: used.rateDate, source: used.source },
      rateCard: { id: row.id, effectiveFrom: row.effectiveFrom, effectiveTo: row.effectiveTo, source: row.source },
      explanation,
    });
    priced.push(money.amount);
  }
  // Cheapest first, then by service code: sort positions by their amounts in minor units.
  const order = options.map((_, i) => i).sort((a, b) => priced[a]! - priced[b]! || (options[a]!.service < options[b]!.service ? -1 : 1));
  return ok({ options: order.map((i) => options[i]!), unavailable });
}
