import { compareDecimal, parseDecimal } from '../decimal/decimal.js';
import { isCountry } from '../geo/countries.js';
import { currencyExponent } from '../money/currencies.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import { normalizePostalCode } from './postal-code.js';
import type { RateCard, RemoteArea, WeightBreak, Zone } from './rate-card.js';

const ZONE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const MAX_GRAMS = 1_000_000;
const LIMITS = { zones: 300, countries: 250, breaks: 200, remoteAreas: 5_000 };
const HUNDRED = { coef: 100, scale: 0 };

/**
 * Check a rate card as it arrives (admin API, demo data) and return it typed. Every problem is
 * named by its path (`zones[1].countries[0]`, `remoteAreas[3].to`); all are reported at once.
 * Amounts are integers of minor units of `currency`; weights whole grams; the fuel surcharge a
 * decimal string of percent ("18.5"). Optional fields get their defaults: `weightStepG` 1,
 * `fuelSurchargePercent` "0", `remoteAreas` []. Unknown fields are left out of the result.
 * Refused, besides wrong types and ranges: a country in two zones, weight breaks not strictly
 * ascending, a price lower than the break before it (a heavier parcel would cost less), remote
 * ranges whose bounds differ in length or run backwards.
 */
export function validateRateCard(input: unknown): Result<RateCard, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => void issues.push({ field, message });
  if (!isObject(input)) return fail('VALIDATION_FAILED', 'rate card must be an object', { field: 'body', details: [{ field: 'body', message: 'must be an object' }] });
  const c = input;

  const currency = typeof c.currency === 'string' && currencyExponent(c.currency) !== undefined ? c.currency : undefined;
  if (!currency) add('currency', 'must be an ISO 4217 code such as USD');
  const weightStepG = c.weightStepG === undefined ? 1 : wholeNumber(c.weightStepG, 1, 10_000);
  if (weightStepG === undefined) add('weightStepG', 'must be a whole number of grams from 1 to 10,000');
  const volumetricDivisor = c.volumetricDivisor === undefined ? undefined : wholeNumber(c.volumetricDivisor, 1_000, 10_000);
  if (c.volumetricDivisor !== undefined && volumetricDivisor === undefined) add('volumetricDivisor', 'must be a whole number of cm³ per kg from 1,000 to 10,000 (5000 or 6000 usually)');
  const fuelText = c.fuelSurchargePercent === undefined ? '0' : c.fuelSurchargePercent;
  const fuel = typeof fuelText === 'string' ? parseDecimal(fuelText) : undefined;
  if (!fuel || fuel.coef < 0 || compareDecimal(fuel, HUNDRED) > 0) add('fuelSurchargePercent', 'must be a decimal string of percent from "0" to "100", e.g. "18.5"');
  const maxWeightG = c.maxWeightG === undefined ? undefined : wholeNumber(c.maxWeightG, 1, MAX_GRAMS);
  if (c.maxWeightG !== undefined && maxWeightG === undefined) add('maxWeightG', 'must be a whole number of grams from 1 to 1,000,000');

  const zones: Zone[] = [];
  if (!Array.isArray(c.zones) || c.zones.length === 0) add('zones', 'must list at least one zone');
  else if (c.zones.length > LIMITS.zones) add('zones', `must list at most ${LIMITS.zones} zones`);
  else {
    const zoneOf = new Map<string, string>();
    const ids = new Set<string>();
    c.zones.forEach((z, i) => {
      const { zone, id, countries } = checkZone(z, `zones[${i}]`, issues);
      if (id !== undefined && ids.has(id)) add(`zones[${i}].id`, `repeats zone id "${id}"`);
      if (id !== undefined) ids.add(id);
      // Checked for every well-formed country, also of a zone with other problems, so all are named at once.
      for (const [j, country] of countries) {
        const other = zoneOf.get(country);
        if (other !== undefined) add(`zones[${i}].countries[${j}]`, `${country} is already in zone ${other}`);
        else zoneOf.set(country, id ?? `zones[${i}]`);
      }
      if (zone) zones.push(zone);
    });
  }

  const remoteAreas: RemoteArea[] = [];
  if (c.remoteAreas !== undefined) {
    if (!Array.isArray(c.remoteAreas)) add('remoteAreas', 'must be a list of { country, from, to, amount }');
    else if (c.remoteAreas.length > LIMITS.remoteAreas) add('remoteAreas', `must list at most ${LIMITS.remoteAreas} ranges`);
    else c.remoteAreas.forEach((a, i) => {
      const area = checkRemoteArea(a, `remoteAreas[${i}]`, issues);
      if (area) remoteAreas.push(area);
    });
  }

  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({
    currency: currency!,
    weightStepG: weightStepG!,
    ...(volumetricDivisor !== undefined ? { volumetricDivisor } : {}),
    fuelSurchargePercent: fuelText as string,
    ...(maxWeightG !== undefined ? { maxWeightG } : {}),
    zones,
    remoteAreas,
  });
}

/** A zone checked on its own: the zone when it is valid, and its id and well-formed countries (with their positions) in any case. */
function checkZone(input: unknown, at: string, issues: FieldIssue[]): { zone: Zone | undefined; id: string | undefined; countries: Array<[number, string]> } {
  const add = (field: string, message: string) => void issues.push({ field, message });
  if (!isObject(input)) {
    add(at, 'must be an object with id, countries, transitDays and breaks');
    return { zone: undefined, id: undefined, countries: [] };
  }
  const before = issues.length;
  const id = typeof input.id === 'string' && ZONE_ID.test(input.id) ? input.id : undefined;
  if (!id) add(`${at}.id`, 'must be 1 to 40 lowercase letters, digits or dashes');
  const countries: Array<[number, string]> = [];
  if (!Array.isArray(input.countries) || input.countries.length === 0) add(`${at}.countries`, 'must list at least one country');
  else if (input.countries.length > LIMITS.countries) add(`${at}.countries`, `must list at most ${LIMITS.countries} countries`);
  else input.countries.forEach((country, j) => {
    if (typeof country !== 'string' || !isCountry(country)) add(`${at}.countries[${j}]`, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. DE');
    else if (countries.some(([, c]) => c === country)) add(`${at}.countries[${j}]`, `repeats ${country}`);
    else countries.push([j, country]);
  });
  const transit = isObject(input.transitDays) ? input.transitDays : undefined;
  if (!transit) add(`${at}.transitDays`, 'must be { "min": days, "max": days }');
  const min = transit ? wholeNumber(transit.min, 0, 365) : undefined;
  const max = transit ? wholeNumber(transit.max, 0, 365) : undefined;
  if (transit && min === undefined) add(`${at}.transitDays.min`, 'must be a whole number of days from 0 to 365');
  if (transit && max === undefined) add(`${at}.transitDays.max`, 'must be a whole number of days from 0 to 365');
  if (min !== undefined && max !== undefined && max < min) add(`${at}.transitDays.max`, 'must not be less than min');

  const breaks: WeightBreak[] = [];
  if (!Array.isArray(input.breaks) || input.breaks.length === 0) add(`${at}.breaks`, 'must list at least one weight break { upToG, price }');
  else if (input.breaks.length > LIMITS.breaks) add(`${at}.breaks`, `must list at most ${LIMITS.breaks} weight breaks`);
  else input.breaks.forEach((b, k) => {
    const here = `${at}.breaks[${k}]`;
    if (!isObject(b)) return void add(here, 'must be { "upToG": grams, "price": minor units }');
    const upToG = wholeNumber(b.upToG, 1, MAX_GRAMS);
    const price = wholeNumber(b.price, 0, Number.MAX_SAFE_INTEGER);
    const previous = breaks[breaks.length - 1];
    if (upToG === undefined) add(`${here}.upToG`, 'must be a whole number of grams from 1 to 1,000,000');
    else if (previous && upToG <= previous.upToG) add(`${here}.upToG`, `must be more than the break before it (${previous.upToG} g)`);
    if (price === undefined) add(`${here}.price`, 'must be a whole number of minor units from 0');
    else if (previous && price < previous.price) add(`${here}.price`, `must not be less than the price of the break before it (${previous.price}): a heavier parcel may not cost less`);
    if (upToG !== undefined && price !== undefined && (!previous || (upToG > previous.upToG && price >= previous.price))) breaks.push({ upToG, price });
  });

  let additional: Zone['additional'];
  if (input.additional !== undefined) {
    const a = isObject(input.additional) ? input.additional : undefined;
    if (!a) add(`${at}.additional`, 'must be { "stepG": 500 or 1000, "price": minor units }');
    else {
      const stepG = a.stepG === 500 || a.stepG === 1000 ? a.stepG : undefined;
      const price = wholeNumber(a.price, 0, Number.MAX_SAFE_INTEGER);
      if (stepG === undefined) add(`${at}.additional.stepG`, 'must be 500 or 1000 (grams per step above the last break)');
      if (price === undefined) add(`${at}.additional.price`, 'must be a whole number of minor units from 0');
      if (stepG !== undefined && price !== undefined) additional = { stepG, price };
    }
  }
  if (issues.length > before || !id || min === undefined || max === undefined) return { zone: undefined, id, countries };
  const zone: Zone = { id, countries: countries.map(([, c]) => c), transitDays: { min, max }, breaks, ...(additional ? { additional } : {}) };
  return { zone, id, countries };
}

function checkRemoteArea(input: unknown, at: string, issues: FieldIssue[]): RemoteArea | undefined {
  const add = (field: string, message: string) => void issues.push({ field, message });
  if (!isObject(input)) return void add(at, 'must be { "country", "from", "to", "amount" }');
  const country = typeof input.country === 'string' && isCountry(input.country) ? input.country : undefined;
  if (!country) add(`${at}.country`, 'must be an ISO 3166-1 alpha-2 code in capitals');
  const from = typeof input.from === 'string' ? normalizePostalCode(input.from) : undefined;
  const to = typeof input.to === 'string' ? normalizePostalCode(input.to) : undefined;
  if (from === undefined) add(`${at}.from`, 'must be a postal code or the start of one (letters and digits)');
  if (to === undefined) add(`${at}.to`, 'must be a postal code or the start of one (letters and digits)');
  else if (from !== undefined && to.length !== from.length) add(`${at}.to`, `must have as many letters and digits as from (${from.length}), since that many leading characters are compared`);
  else if (from !== undefined && to < from) add(`${at}.to`, 'must not come before from');
  const amount = wholeNumber(input.amount, 0, Number.MAX_SAFE_INTEGER);
  if (amount === undefined) add(`${at}.amount`, 'must be a whole number of minor units from 0');
  if (!country || from === undefined || to === undefined || to.length !== from.length || to < from || amount === undefined) return undefined;
  return { country, from, to, amount };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function wholeNumber(v: unknown, min: number, max: number): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max ? v : undefined;
}
