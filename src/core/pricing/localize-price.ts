import { formatDecimal, type Decimal } from '../decimal/decimal.js';
import { divRound, divRoundBig } from '../decimal/rounding.js';
import { currencyExponent } from '../money/currencies.js';
import type { Money } from '../money/money.js';
import { fail, ok, type Result } from '../result/result.js';
import type { Factor, PriceRules } from './price-rules.js';

/**
 * A market's pricing compiled once: the exact factor from base minor units to market minor units
 * (reference rate x (1 + markup) x (1 + inclusive tax) x 10^(exponent difference)), plus the
 * rounding and charm steps. Compiling first is what lets a catalog be re-priced in bulk quickly.
 */
export type CompiledPricing = {
  currency: string;
  /** Numerator and denominator as numbers when small enough for exact integer math, else BigInt. */
  num: number;
  den: number;
  big: Factor | undefined;
  increment: number;
  mode: PriceRules['rounding']['mode'];
  charm: PriceRules['charm'];
  /** For explanations: the parts of the factor as written. */
  rateText: string;
  markupText: string;
  taxText: string | undefined;
};

/**
 * An exchange rate as the exact quotient of two published rates: units of the market currency per
 * unit of the base currency = `quote` / `base` (both against the reference currency, EUR for the ECB).
 */
export type CrossRate = { quote: Decimal; base: Decimal };

/** Compile a market's rules for prices in `baseCurrency`. */
export function compilePricing(baseCurrency: string, rate: CrossRate, rules: PriceRules): Result<CompiledPricing, 'INVALID_PRICE_RULES'> {
  const fromExp = currencyExponent(baseCurrency);
  const toExp = currencyExponent(rules.currency);
  if (fromExp === undefined || toExp === undefined) return fail('INVALID_PRICE_RULES', `unknown currency ${fromExp === undefined ? baseCurrency : rules.currency}`, { field: 'currency' });
  if (rate.quote.coef <= 0 || rate.base.coef <= 0) return fail('INVALID_PRICE_RULES', 'exchange rates must be positive', { field: 'rate' });
  if (!Number.isSafeInteger(rules.rounding.increment) || rules.rounding.increment < 1) return fail('INVALID_PRICE_RULES', 'rounding.increment must be a whole number of minor units, at least 1', { field: 'rounding.increment' });
  if (rules.fxMarkupPercent.coef < 0) return fail('INVALID_PRICE_RULES', 'fxMarkupPercent must not be negative', { field: 'fxMarkupPercent' });
  const charm = rules.charm;
  if (charm && (!Number.isSafeInteger(charm.modulus) || charm.modulus < 1 || !Number.isSafeInteger(charm.ending) || charm.ending < 0 || charm.ending >= charm.modulus)) {
    return fail('INVALID_PRICE_RULES', 'charm.ending must be a whole number of minor units below charm.modulus', { field: 'charm' });
  }
  // num/den = (quote / base) x (100 + markup)/100 x (100 + tax)/100 x 10^(toExp - fromExp)
  const m = rules.fxMarkupPercent;
  const t = rules.inclusiveTaxPercent ?? { coef: 0, scale: 0 };
  const q = rate.quote;
  const b = rate.base;
  let num = BigInt(q.coef) * 10n ** BigInt(b.scale) * (100n * 10n ** BigInt(m.scale) + BigInt(m.coef)) * (100n * 10n ** BigInt(t.scale) + BigInt(t.coef));
  let den = BigInt(b.coef) * 10n ** BigInt(q.scale) * 100n * 10n ** BigInt(m.scale) * 100n * 10n ** BigInt(t.scale);
  if (toExp > fromExp) num *= 10n ** BigInt(toExp - fromExp);
  if (fromExp > toExp) den *= 10n ** BigInt(fromExp - toExp);
  const g = gcd(num, den);
  num /= g;
  den /= g;
  const small = num <= BigInt(Number.MAX_SAFE_INTEGER) && den <= BigInt(Number.MAX_SAFE_INTEGER);
  return ok({
    currency: rules.currency,
    num: small ? Number(num) : 0,
    den: small ? Number(den) : 0,
    big: small ? undefined : { num, den },
    increment: rules.rounding.increment,
    mode: rules.rounding.mode,
    charm,
    rateText: b.coef === 1 && b.scale === 0 ? formatDecimal(q) : `${formatDecimal(q)} / ${formatDecimal(b)}`,
    markupText: `${formatDecimal(m)}%`,
    taxText: rules.inclusiveTaxPercent ? `${formatDecimal(rules.inclusiveTaxPercent)}%` : undefined,
  });
}

/**
 * The market price, in minor units, of a base price in minor units: converted exactly and rounded
 * once to the increment, then moved to the charm ending. Never below one increment for a positive
 * base price (a charm "down" that would reach zero goes up instead).
 * @example localizeAmount(1999, usdToEur) // EUR cents
 */
export function localizeAmount(baseMinor: number, p: CompiledPricing): number {
  // Exact conversion and rounding to the increment in one division: base x num / (den x increment).
  let units: number;
  if (p.big) {
    units = Number(divRoundBig(BigInt(baseMinor) * p.big.num, p.big.den * BigInt(p.increment), p.mode));
  } else {
    const product = baseMinor * p.num;
    units = Number.isSafeInteger(product) && Number.isSafeInteger(p.den * p.increment) ? divRound(product, p.den * p.increment, p.mode) : mulDivRoundBig(baseMinor, p.num, p.den * p.increment, p.mode);
  }
  let amount = units * p.increment;
  if (p.charm) amount = charmed(amount, p.charm);
  return amount;
}

function mulDivRoundBig(a: number, b: number, d: number, mode: CompiledPricing['mode']): number {
  return Number(divRoundBig(BigInt(a) * BigInt(b), BigInt(d), mode));
}

/**
 * Round an amount already in the market's currency (minor units) to the increment and move it to
 * the charm ending: for prices built outside the conversion, such as duty-inclusive ones.
 */
export function roundForDisplay(amount: number, p: Pick<CompiledPricing, 'increment' | 'mode' | 'charm'>): number {
  const rounded = divRound(amount, p.increment, p.mode) * p.increment;
  return p.charm ? charmed(rounded, p.charm) : rounded;
}

function charmed(amount: number, charm: NonNullable<CompiledPricing['charm']>): number {
  if (amount <= 0) return amount;
  const { modulus, ending } = charm;
  const below = Math.floor((amount - ending) / modulus) * modulus + ending; // largest k x modulus + ending <= amount
  const above = below === amount ? amount : below + modulus;
  if (charm.direction === 'up' || below <= 0) return above;
  if (charm.direction === 'down') return below;
  return amount - below <= above - amount ? below : above;
}

/** The localized price with its explanation, for one product page or one "why this price" view. */
export function localizePrice(base: Money, p: CompiledPricing): { price: Money; explanation: string } {
  const amount = localizeAmount(base.amount, p);
  const steps = [`${base.currency} ${base.amount} minor units × ${p.rateText} (reference rate)`, `+ ${p.markupText} FX markup`];
  if (p.taxText) steps.push(`+ ${p.taxText} import tax shown in the price`);
  steps.push(`rounded ${p.mode} to ${p.increment} minor unit${p.increment === 1 ? '' : 's'}`);
  if (p.charm) steps.push(`moved ${p.charm.direction} to end in ${p.charm.ending} per ${p.charm.modulus}`);
  return { price: { amount, currency: p.currency }, explanation: steps.join(', ') };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

