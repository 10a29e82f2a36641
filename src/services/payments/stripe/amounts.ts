/**
 * Landfall's amounts (integer minor units of ISO 4217, src/core/money/currencies.ts) in Stripe's
 * units and back, exactly or not at all.
 *
 * Source: Stripe, "Supported currencies" (docs.stripe.com/currencies), sections "Minor units in API
 * amounts", "Zero-decimal currencies", "Three-decimal currencies" and "Special cases", and Stripe
 * support's note "Deprecation of fractional ISK charges and refunds" (2023-04-14), as of 2025:
 * - most currencies: the amount in the ISO minor unit (cents): EUR 10.00 is 1000;
 * - zero-decimal currencies: whole units: JPY 500 is 500. MGA is one of them although ISO 4217
 *   gives it two decimals, so an MGA amount must be whole ariary;
 * - three-decimal currencies (BHD, JOD, KWD, OMR, TND): thousandths, but the last digit must be 0:
 *   KWD 5.120 is 5120, KWD 5.124 cannot be charged;
 * - ISK: ISO 4217 has no decimals, but Stripe kept two in its API for compatibility, and since
 *   2023-04-14 only whole krónur (multiples of 100): ISK 5 is 500;
 * - HUF and TWD: two decimals for charges and refunds, like ISO 4217 (Stripe treats them as
 *   zero-decimal only for payouts, which Landfall does not make).
 * Other ISO currencies with three or four decimals (IQD, LYD, CLF, UYW) and zero-decimal codes not
 * on Stripe's list (UYI) are refused rather than guessed.
 */
import { currencyExponent } from '../../../core/money/currencies.js';
import { formatMoney, type Money } from '../../../core/money/money.js';

/** docs.stripe.com/currencies#zero-decimal */
const ZERO_DECIMAL = new Set(['BIF', 'CLP', 'DJF', 'GNF', 'JPY', 'KMF', 'KRW', 'MGA', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);
/** docs.stripe.com/currencies#three-decimal */
const THREE_DECIMAL = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);

/** How Stripe writes amounts of a currency: digits after the point, and the step its amounts must be a multiple of. */
export type StripeUnit = { exponent: number; step: number };

/** Stripe's unit for an ISO currency code (upper case), or a sentence saying why it is refused. */
export function stripeUnit(currency: string): StripeUnit | { refused: string } {
  const iso = currencyExponent(currency);
  if (iso === undefined) return { refused: `${currency} is not an ISO 4217 currency` };
  if (ZERO_DECIMAL.has(currency)) return { exponent: 0, step: 1 };
  if (currency === 'ISK') return { exponent: 2, step: 100 };
  if (THREE_DECIMAL.has(currency)) return { exponent: 3, step: 10 };
  if (iso === 2) return { exponent: 2, step: 1 };
  return { refused: `Stripe does not document how it takes ${currency} amounts (${iso} decimals in ISO 4217); Landfall does not guess` };
}

/**
 * A Landfall amount in Stripe's units, or why it cannot be sent exactly.
 * @example toStripeAmount({ amount: 5, currency: 'ISK' }) // { ok: true, value: 500 }
 * @example toStripeAmount({ amount: 5124, currency: 'KWD' }) // refused: steps of KWD 0.010
 */
export function toStripeAmount(m: Money): { ok: true; value: number } | { ok: false; message: string } {
  const unit = stripeUnit(m.currency);
  if ('refused' in unit) return { ok: false, message: unit.refused };
  const iso = currencyExponent(m.currency)!;
  let value: number;
  if (unit.exponent >= iso) value = m.amount * 10 ** (unit.exponent - iso);
  else {
    const divisor = 10 ** (iso - unit.exponent);
    if (m.amount % divisor !== 0) return { ok: false, message: `Stripe charges ${m.currency} in whole units only; ${formatMoney(m)} cannot be sent exactly` };
    value = m.amount / divisor;
  }
  if (value % unit.step !== 0) {
    const step = formatMoney({ amount: unit.step / 10 ** (unit.exponent - iso), currency: m.currency });
    return { ok: false, message: `Stripe takes ${m.currency} amounts in steps of ${step}; ${formatMoney(m)} cannot be sent exactly` };
  }
  if (!Number.isSafeInteger(value)) return { ok: false, message: `${formatMoney(m)} is too large` };
  return { ok: true, value };
}

/**
 * A Stripe amount of `currency` (any case) in Landfall's minor units, or undefined when it is not
 * a whole number of them (Stripe would not send one for amounts Landfall made).
 * @example fromStripeAmount(500, 'isk') // 5
 */
export function fromStripeAmount(amount: unknown, currency: string): number | undefined {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) return undefined;
  const code = currency.toUpperCase();
  const unit = stripeUnit(code);
  if ('refused' in unit) return undefined;
  const iso = currencyExponent(code)!;
  if (iso >= unit.exponent) return amount * 10 ** (iso - unit.exponent);
  const divisor = 10 ** (unit.exponent - iso);
  return amount % divisor === 0 ? amount / divisor : undefined;
}
