import { daysBetween } from '../../core/calendar/iso-date.js';
import type { SdrRate } from '../../core/customs-docs/choose-postal-form.js';
import { sdrTableOn } from '../../core/customs-docs/customs-rules.js';
import { formatDecimal, parseDecimal } from '../../core/decimal/decimal.js';
import { divRoundBig } from '../../core/decimal/rounding.js';
import { findRate } from '../../core/fx/fx-table.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { SDR_RATES } from '../../data/customs/postal-customs-forms.js';
import type { Deps } from '../deps.js';

/**
 * SDR per one unit of `currency` for a document dated `date`: the IMF's own figure from the latest
 * SDR table on or before the date (src/data/customs), or, for a currency that table lacks, the
 * table's USD figure crossed with the ECB reference rates of the date (USD per unit = EUR->USD /
 * EUR->currency), to 12 decimals, half even. ECB rates older than the quote limit are FX_RATE_STALE.
 */
export async function sdrRateFor(deps: Pick<Deps, 'quotes'>, currency: string, date: string): Promise<Result<SdrRate, 'FX_RATE_MISSING' | 'FX_RATE_STALE'>> {
  const table = sdrTableOn(SDR_RATES, date);
  if (!table) return fail('FX_RATE_MISSING', 'no SDR rates are loaded', { field: 'currency' });
  const direct = table.perUnit[currency];
  if (direct) return ok({ currency, perUnit: direct, date: table.date, source: table.source, via: null });
  const via = parseDecimal(table.perUnit[table.crossVia] ?? '');
  if (!via) return fail('FX_RATE_MISSING', `the SDR table of ${table.date} has no ${table.crossVia} rate to cross ${currency} through`, { field: 'currency' });
  const ecb = await deps.quotes.fxRates.forDate(date, deps.quotes.maxFxAgeDays);
  const toVia = findRate(ecb, table.crossVia, date);
  const toCurrency = findRate(ecb, currency, date);
  if (!toVia || !toCurrency) return fail('FX_RATE_MISSING', `no ${ecb.source} rate for ${!toVia ? table.crossVia : currency} on or before ${date} to express ${currency} in SDR`, { field: 'currency' });
  const rateDate = toVia.date < toCurrency.date ? toVia.date : toCurrency.date;
  if (daysBetween(rateDate, date) > deps.quotes.maxFxAgeDays) return fail('FX_RATE_STALE', `the ${ecb.source} rates for ${currency} on or before ${date} are from ${rateDate}`, { field: 'currency' });
  // SDR per currency = SDR per USD x (EUR->USD) / (EUR->currency).
  const n = BigInt(via.coef) * BigInt(toVia.rate.coef) * 10n ** BigInt(toCurrency.rate.scale + 12);
  const d = BigInt(toCurrency.rate.coef) * 10n ** BigInt(via.scale + toVia.rate.scale);
  const perUnit = formatDecimal({ coef: Number(divRoundBig(n, d, 'half-even')), scale: 12 }).replace(/\.?0+$/, '');
  return ok({ currency, perUnit, date: `${table.date} (IMF) and ${rateDate} (${ecb.source})`, source: `${table.source}; ${ecb.source} reference rates`, via: table.crossVia });
}
