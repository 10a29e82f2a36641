import { parseDecimal } from '../decimal/decimal.js';
import { percentOf } from '../decimal/percent-of.js';
import { divRound } from '../decimal/rounding.js';
import { formatMoney } from '../money/money.js';
import { fail, ok, type Result } from '../result/result.js';
import { chargeableWeight, formatCm3, formatKg } from './chargeable-weight.js';
import { isInPostalRange, normalizePostalCode } from './postal-code.js';
import type { Destination, Parcel, RateCard, RateQuote, RemoteArea, Zone } from './rate-card.js';

export type QuoteRateError = 'VALIDATION_FAILED' | 'SHIPPING_ZONE_NOT_FOUND' | 'PARCEL_TOO_HEAVY';

/**
 * Price one parcel to one destination with a validated rate card:
 * 1. the zone that lists the destination country (none: SHIPPING_ZONE_NOT_FOUND);
 * 2. the parcel's actual weight against the card's maximum (over it: PARCEL_TOO_HEAVY);
 * 3. the chargeable weight (see chargeable-weight.ts: the larger of actual and volumetric, rounded
 *    up to the card's weight step);
 * 4. base freight: the price of the first weight break at or above the chargeable weight, or above
 *    the last break its price plus one `additional` price per started step (no `additional`:
 *    PARCEL_TOO_HEAVY);
 * 5. fuel surcharge: the card's percentage of the base freight, rounded half-up to the minor unit;
 * 6. remote-area surcharge: the largest amount of the card's ranges that hold the destination's
 *    postal code (none without a postal code);
 * 7. total = base + fuel + remote, all integer minor units of the card's currency.
 * @example quoteRate(card, { weightG: 1840, volumeMm3: 0 }, { country: 'DE', postalCode: '10115' })
 */
export function quoteRate(card: RateCard, parcel: Parcel, destination: Destination): Result<RateQuote, QuoteRateError> {
  if (!Number.isSafeInteger(parcel.weightG) || parcel.weightG < 1) return fail('VALIDATION_FAILED', 'the parcel weight must be a whole number of grams from 1', { field: 'parcel.weightG' });
  if (!Number.isSafeInteger(parcel.volumeMm3) || parcel.volumeMm3 < 0) return fail('VALIDATION_FAILED', 'the parcel volume must be a whole number of mm³ from 0', { field: 'parcel.volumeMm3' });
  let postalCode: string | undefined;
  if (destination.postalCode !== undefined) {
    postalCode = normalizePostalCode(destination.postalCode);
    if (postalCode === undefined) return fail('VALIDATION_FAILED', `"${destination.postalCode}" is not a postal code (letters, digits, spaces and hyphens, at most 10 letters and digits)`, { field: 'destination.postalCode' });
  }
  const zone = findZone(card.zones, destination.country);
  if (!zone) return fail('SHIPPING_ZONE_NOT_FOUND', `the rate card has no zone for ${destination.country}`, { field: 'destination.country' });
  if (card.maxWeightG !== undefined && parcel.weightG > card.maxWeightG) {
    return fail('PARCEL_TOO_HEAVY', `the parcel weighs ${formatKg(parcel.weightG)}, over the service's maximum of ${formatKg(card.maxWeightG)}`, { field: 'parcel.weightG' });
  }

  const money = (amount: number) => formatMoney({ amount, currency: card.currency });
  const explanation: string[] = [];
  const weight = chargeableWeight(parcel, card);
  const step = card.weightStepG === 1 ? 'whole grams' : formatKg(card.weightStepG);
  if (weight.volumetricWeightG === undefined) {
    explanation.push(`actual weight ${formatKg(weight.actualWeightG)}; no volumetric weight on this service; chargeable ${formatKg(weight.chargeableWeightG)} (rounded up to ${step})`);
  } else {
    const which = weight.volumetricWeightG > weight.actualWeightG ? 'volumetric' : 'actual';
    explanation.push(
      `actual weight ${formatKg(weight.actualWeightG)}; volumetric ${formatCm3(parcel.volumeMm3)} / ${card.volumetricDivisor} cm³ per kg = ${formatKg(weight.volumetricWeightG)}; chargeable ${formatKg(weight.chargeableWeightG)} (the ${which} weight, rounded up to ${step})`,
    );
  }

  const chargeable = weight.chargeableWeightG;
  const hit = zone.breaks.find((b) => b.upToG >= chargeable);
  let baseFreight: number;
  if (hit) {
    baseFreight = hit.price;
    explanation.push(`zone ${zone.id} (${destination.country}): up to ${formatKg(hit.upToG)} ${money(hit.price)}`);
  } else {
    const last = zone.breaks[zone.breaks.length - 1]!;
    if (!zone.additional) {
      return fail('PARCEL_TOO_HEAVY', `the chargeable weight ${formatKg(chargeable)} is over the card's last weight break in zone ${zone.id} (${formatKg(last.upToG)})`, { field: 'parcel.weightG' });
    }
    const steps = divRound(chargeable - last.upToG, zone.additional.stepG, 'ceil');
    baseFreight = last.price + steps * zone.additional.price;
    if (!Number.isSafeInteger(baseFreight)) return fail('PARCEL_TOO_HEAVY', `the chargeable weight ${formatKg(chargeable)} is beyond what this card can price`, { field: 'parcel.weightG' });
    explanation.push(
      `zone ${zone.id} (${destination.country}): up to ${formatKg(last.upToG)} ${money(last.price)} + ${steps} x ${formatKg(zone.additional.stepG)} above at ${money(zone.additional.price)} = ${money(baseFreight)}`,
    );
  }

  const fuelPercent = parseDecimal(card.fuelSurchargePercent)!;
  const fuelSurcharge = percentOf(baseFreight, fuelPercent, 'half-up');
  if (fuelSurcharge > 0 || fuelPercent.coef > 0) explanation.push(`fuel surcharge ${card.fuelSurchargePercent}% of ${money(baseFreight)} = ${money(fuelSurcharge)} (half-up to the minor unit)`);

  let remoteSurcharge = 0;
  if (postalCode === undefined) {
    if (card.remoteAreas.some((a) => a.country === destination.country)) explanation.push('no postal code given: remote-area surcharges not checked');
  } else {
    const area = findRemoteArea(card.remoteAreas, destination.country, postalCode);
    if (area) {
      remoteSurcharge = area.amount;
      const range = area.from === area.to ? area.from : `${area.from}-${area.to}`;
      explanation.push(`remote area ${area.country} ${range} (postal code ${postalCode}): ${money(area.amount)}`);
    }
  }

  const total = baseFreight + fuelSurcharge + remoteSurcharge;
  explanation.push(`total ${money(total)}; transit ${zone.transitDays.min}-${zone.transitDays.max} business days`);
  return ok({
    currency: card.currency,
    zoneId: zone.id,
    actualWeightG: weight.actualWeightG,
    volumetricWeightG: weight.volumetricWeightG,
    chargeableWeightG: chargeable,
    baseFreight,
    fuelSurcharge,
    remoteSurcharge,
    total,
    transitDays: { min: zone.transitDays.min, max: zone.transitDays.max },
    explanation,
  });
}

/** The zone listing `country`, if any (a validated card lists each country once). */
export function findZone(zones: readonly Zone[], country: string): Zone | undefined {
  for (const z of zones) if (z.countries.includes(country)) return z;
  return undefined;
}

/** Of the ranges holding the code, the one with the largest surcharge (so the order of ranges does not matter). */
function findRemoteArea(areas: readonly RemoteArea[], country: string, code: string): RemoteArea | undefined {
  let best: RemoteArea | undefined;
  for (const a of areas) {
    if (a.country === country && isInPostalRange(code, a.from, a.to) && (!best || a.amount > best.amount)) best = a;
  }
  return best;
}
