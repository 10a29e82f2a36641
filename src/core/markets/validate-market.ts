import { parseDecimal } from '../decimal/decimal.js';
import { ROUNDING_MODES, type RoundingMode } from '../decimal/rounding.js';
import { isCountry } from '../geo/countries.js';
import { currencyExponent } from '../money/currencies.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import type { Market } from './market.js';

const LOCALE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/;

/**
 * Check a market as it arrives (admin API, seed data) and return it typed. Every problem names its
 * field. Decimals are strings ("2.5"); the rounding increment is in minor units of the currency.
 */
export function validateMarket(input: unknown): Result<Market, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('VALIDATION_FAILED', 'market must be an object', { field: 'body', details: [{ field: 'body', message: 'must be an object' }] });
  const m = input as Record<string, unknown>;
  const id = typeof m.id === 'string' && /^[a-z0-9][a-z0-9-]{0,39}$/.test(m.id) ? m.id : undefined;
  if (!id) add('id', 'must be 1 to 40 lowercase letters, digits or dashes');
  const name = typeof m.name === 'string' && m.name.trim().length > 0 && m.name.length <= 100 ? m.name.trim() : undefined;
  if (!name) add('name', 'must be 1 to 100 characters');
  const countries = Array.isArray(m.countries) ? m.countries : [];
  if (countries.length === 0) add('countries', 'must list at least one country');
  countries.forEach((c, i) => typeof c === 'string' && isCountry(c) ? undefined : add(`countries[${i}]`, 'must be an ISO 3166-1 alpha-2 code'));
  if (new Set(countries).size !== countries.length) add('countries', 'must not repeat a country');
  const currency = typeof m.currency === 'string' ? m.currency : '';
  const exponent = currencyExponent(currency);
  if (exponent === undefined) add('currency', 'must be an ISO 4217 code');
  const locales = Array.isArray(m.locales) ? m.locales : [];
  if (locales.length === 0) add('locales', 'must list at least one locale, the default first');
  locales.forEach((l, i) => typeof l === 'string' && LOCALE.test(l) ? undefined : add(`locales[${i}]`, 'must be a language tag like de, en-GB or zh-Hans'));
  if (m.incoterm !== 'DDP' && m.incoterm !== 'DAP') add('incoterm', 'must be DDP or DAP');
  if (typeof m.taxInclusive !== 'boolean') add('taxInclusive', 'must be true or false');
  const methods = Array.isArray(m.paymentMethods) ? m.paymentMethods : [];
  methods.forEach((p, i) => typeof p === 'string' && /^[a-z][a-z0-9_]{1,30}$/.test(p) ? undefined : add(`paymentMethods[${i}]`, 'must be a payment method id like card or klarna'));

  const pricing = typeof m.pricing === 'object' && m.pricing !== null ? (m.pricing as Record<string, unknown>) : undefined;
  if (!pricing) add('pricing', 'must be an object with fxMarkupPercent and rounding');
  const markupText = pricing?.fxMarkupPercent;
  const markup = typeof markupText === 'string' ? parseDecimal(markupText) : undefined;
  if (pricing && (!markup || markup.coef < 0 || markup.coef / 10 ** markup.scale > 50)) add('pricing.fxMarkupPercent', 'must be a decimal string from "0" to "50"');
  const rounding = pricing?.rounding as { increment?: unknown; mode?: unknown } | undefined;
  const increment = rounding?.increment;
  if (pricing && (typeof increment !== 'number' || !Number.isSafeInteger(increment) || increment < 1 || increment > 1_000_000)) add('pricing.rounding.increment', 'must be a whole number of minor units from 1');
  if (pricing && !(ROUNDING_MODES as readonly unknown[]).includes(rounding?.mode)) add('pricing.rounding.mode', `must be one of ${ROUNDING_MODES.join(', ')}`);
  const charm = pricing?.charm as { modulus?: unknown; ending?: unknown; direction?: unknown } | undefined;
  if (charm !== undefined) {
    const okModulus = typeof charm.modulus === 'number' && Number.isSafeInteger(charm.modulus) && charm.modulus >= 1;
    if (!okModulus) add('pricing.charm.modulus', 'must be a whole number of minor units from 1');
    if (!(typeof charm.ending === 'number' && Number.isSafeInteger(charm.ending) && charm.ending >= 0 && (!okModulus || charm.ending < (charm.modulus as number)))) add('pricing.charm.ending', 'must be a whole number of minor units below the modulus');
    if (!['up', 'down', 'nearest'].includes(charm.direction as string)) add('pricing.charm.direction', 'must be up, down or nearest');
  }
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({
    id: id!,
    name: name!,
    countries: countries as string[],
    currency,
    locales: locales as string[],
    incoterm: m.incoterm as 'DDP' | 'DAP',
    taxInclusive: m.taxInclusive as boolean,
    paymentMethods: methods as string[],
    pricing: {
      currency,
      fxMarkupPercent: markup!,
      rounding: { increment: increment as number, mode: rounding!.mode as RoundingMode },
      ...(charm ? { charm: { modulus: charm.modulus as number, ending: charm.ending as number, direction: charm.direction as 'up' | 'down' | 'nearest' } } : {}),
    },
  });
}
