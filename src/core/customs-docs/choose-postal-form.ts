import { parseDecimal } from '../decimal/decimal.js';
import { divRoundBig } from '../decimal/rounding.js';
import { currencyExponent } from '../money/currencies.js';
import { formatMoney } from '../money/money.js';
import { fail, ok, type Result } from '../result/result.js';
import type { PostalFormRule } from './customs-rules.js';

/** SDR per one unit of a currency, with where it came from (crossed through `via` when not published directly). */
export type SdrRate = { currency: string; perUnit: string; date: string; source: string; via: string | null };

export type PostalForm = 'CN22' | 'CN23';

export type PostalFormChoice = {
  form: PostalForm;
  /** Which branch of the rule decided: `<rule id>/value` or `<rule id>/parcel-weight`. */
  rule: string;
  reason: string;
  /** The contents' value in SDR, 2 decimals, rounded half up (the comparison itself is exact). */
  valueSdr: string;
  thresholdSdr: string;
  sdrRate: SdrRate;
  source: string;
};

/**
 * Which postal customs declaration a parcel needs (UPU): only postal items have one (a courier
 * parcel travels on the commercial invoice: CUSTOMS_FORM_NOT_APPLICABLE naming `channel`); an item
 * over the letter-post weight limit (2 kg) is a postal parcel and carries a CN 23; otherwise a CN 22
 * when the contents are worth up to `cn22MaxSdr` (300 SDR) and a CN 23 above. The value is compared
 * in SDR exactly: value x SDR-per-unit against the threshold, in integers.
 * @example choosePostalForm({ channel: 'postal', valueMinor: 4990, currency: 'EUR', grossWeightG: 600 }, rule, eurRate) // CN22, 42.89 SDR
 */
export function choosePostalForm(
  parcel: { channel: string; valueMinor: number; currency: string; grossWeightG: number },
  rule: PostalFormRule,
  rate: SdrRate,
): Result<PostalFormChoice, 'CUSTOMS_FORM_NOT_APPLICABLE' | 'VALIDATION_FAILED'> {
  if (parcel.channel !== 'postal') {
    return fail('CUSTOMS_FORM_NOT_APPLICABLE', `CN 22 and CN 23 are postal customs declarations (UPU); this parcel goes by ${parcel.channel}, so it travels on its commercial invoice`, { field: 'channel' });
  }
  const exp = currencyExponent(parcel.currency);
  const per = parseDecimal(rate.perUnit);
  const threshold = parseDecimal(rule.cn22MaxSdr);
  if (exp === undefined || !per || per.coef <= 0 || rate.currency !== parcel.currency) return fail('VALIDATION_FAILED', `no SDR rate for ${parcel.currency}`, { field: 'currency' });
  if (!threshold) return fail('VALIDATION_FAILED', `rule ${rule.id} has no valid SDR threshold`, { field: 'cn22MaxSdr' });
  // value (major units) x per = valueMinor x coef / 10^(exp + scale) SDR.
  const numerator = BigInt(parcel.valueMinor) * BigInt(per.coef);
  const denominator = 10n ** BigInt(exp + per.scale);
  const valueSdr = formatHundredths(divRoundBig(numerator * 100n, denominator, 'half-up'));
  const withinValue = numerator * 10n ** BigInt(threshold.scale) <= BigInt(threshold.coef) * denominator;
  const money = formatMoney({ amount: parcel.valueMinor, currency: parcel.currency });
  const rateText = `${rate.perUnit} SDR per ${parcel.currency} (${rate.via ? `crossed through ${rate.via}, ` : ''}${rate.date})`;
  const base = { valueSdr, thresholdSdr: rule.cn22MaxSdr, sdrRate: rate, source: rule.source };
  if (parcel.grossWeightG > rule.letterPostMaxWeightG) {
    return ok({ ...base, form: 'CN23', rule: `${rule.id}/parcel-weight`, reason: `the item weighs ${kg(parcel.grossWeightG)} kg, over the ${kg(rule.letterPostMaxWeightG)} kg letter-post limit: it is a postal parcel, which carries a CN 23` });
  }
  if (!withinValue) {
    return ok({ ...base, form: 'CN23', rule: `${rule.id}/value`, reason: `the contents are worth ${valueSdr} SDR (${money} at ${rateText}), over ${rule.cn22MaxSdr} SDR: CN 23` });
  }
  return ok({ ...base, form: 'CN22', rule: `${rule.id}/value`, reason: `the contents are worth ${valueSdr} SDR (${money} at ${rateText}), up to ${rule.cn22MaxSdr} SDR, and the item weighs ${kg(parcel.grossWeightG)} kg: CN 22` });
}

function formatHundredths(n: bigint): string {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Grams as kilograms with up to 3 decimals ("2", "0.54", "1.06"). */
export function kg(grams: number): string {
  const whole = Math.trunc(grams / 1000);
  const rest = String(grams % 1000).padStart(3, '0').replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}
