/**
 * Unit and money conversions between Landfall (whole grams, whole millimetres, integer minor units)
 * and EasyPost (ounces and inches to one decimal place, amounts as decimal strings in major units).
 * All exact: integer arithmetic only, every division names its rounding.
 */
import { divRoundBig, type RoundingMode } from '../../../core/decimal/rounding.js';
import { parseDecimal } from '../../../core/decimal/decimal.js';
import { currencyExponent } from '../../../core/money/currencies.js';
import { formatAmount } from '../../../core/money/money.js';

/**
 * The international avoirdupois ounce is 28.349523125 g exactly (1 lb = 0.45359237 kg, 16 oz to the
 * pound; International Yard and Pound Agreement, 1959). Held as 28349523125 / 10^9.
 */
const GRAMS_PER_OUNCE_NUMERATOR = 28_349_523_125n;
const GRAMS_PER_OUNCE_DENOMINATOR = 1_000_000_000n;

/**
 * Whole grams as EasyPost ounces, in tenths, rounded up (a carrier re-weighing a parcel must never
 * find it heavier than declared). EasyPost weights go to one decimal place (docs: Parcel).
 * @example gramsToTenthsOfOunce(1000) // 353 (35.3 oz; 1000 g = 35.2739... oz)
 */
export function gramsToTenthsOfOunce(grams: number): number {
  // tenths = g * 10 / 28.349523125 = g * 10 * 10^9 / 28349523125
  return Number(divRoundBig(BigInt(grams) * 10n * GRAMS_PER_OUNCE_DENOMINATOR, GRAMS_PER_OUNCE_NUMERATOR, 'ceil'));
}

/**
 * Whole millimetres as EasyPost inches, in tenths, rounded up (1 in = 25.4 mm exactly).
 * @example millimetresToTenthsOfInch(254) // 100 (10.0 in)
 */
export function millimetresToTenthsOfInch(mm: number): number {
  // tenths = mm * 10 / 25.4 = mm * 100 / 254
  return Number(divRoundBig(BigInt(mm) * 100n, 254n, 'ceil'));
}

/** Tenths as EasyPost's decimal text: 353 -> "35.3", 100 -> "10.0". */
export function formatTenths(tenths: number): string {
  return `${Math.trunc(tenths / 10)}.${tenths % 10}`;
}

/**
 * Integer minor units as a decimal string in major units of the currency, the way EasyPost takes
 * customs values: 2500 EUR -> "25.00", 1000 JPY -> "1000", 1500 KWD -> "1.500".
 */
export function minorToMajorText(minor: number, currency: string): string {
  return formatAmount({ amount: minor, currency });
}

/**
 * An EasyPost decimal string in major units ("7.33", "7.47000", "10") as integer minor units of
 * `currency`, exactly. Digits past the currency's exponent that are not zero are rounded with `mode`
 * (EasyPost quotes USD to the cent, but fees carry five decimals). Undefined for text that is not a
 * plain decimal, a negative amount or an unknown currency.
 * @example majorTextToMinor('7.33', 'USD', 'ceil') // 733
 */
export function majorTextToMinor(text: string, currency: string, mode: RoundingMode): number | undefined {
  const exponent = currencyExponent(currency);
  if (exponent === undefined) return undefined;
  const d = parseDecimal(text.trim());
  if (d === undefined || d.coef < 0) return undefined;
  // value = coef / 10^scale major units = coef * 10^exponent / 10^scale minor units
  const minor = divRoundBig(BigInt(d.coef) * 10n ** BigInt(exponent), 10n ** BigInt(d.scale), mode);
  return minor <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(minor) : undefined;
}
