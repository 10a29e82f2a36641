import { fail, ok, type Result } from '../../core/result/result.js';
import { checkIsoDate, checkPositiveDecimal, createDuplicateCheck } from './check-fields.js';
import { CURRENCY_CODE, type EcbRateRow } from './fx-rate-row.js';
import { field, readCsv } from './read-csv.js';
import { quoteValue, type ParseOutcome, type RowError } from './types.js';

/**
 * Parse the ECB history CSV (eurofxref-hist.csv): `Date,USD,JPY,...,` with one column per
 * currency, `N/A` where a currency was not quoted that day, and a comma at the end of every line.
 * Each cell is one rate; a bad cell is reported on its line and the line's other rates are kept.
 * @example parseEcbCsv('Date,USD,\n2025-05-09,1.1252,\n').value.rows // [{ line: 2, quote: 'USD', date: '2025-05-09', rate: '1.1252' }]
 */
export function parseEcbCsv(text: string): Result<ParseOutcome<EcbRateRow>, 'VALIDATION_FAILED'> {
  const table = readCsv(text, {
    required: ['Date'],
    expected: 'an ECB euro reference rates CSV (Date,USD,JPY,...)',
    allowTrailingEmptyColumn: true,
  });
  if (!table.ok) return table;
  const currencies = table.value.header.filter((h) => h.toLowerCase() !== 'date');
  const bad = currencies.find((c) => !CURRENCY_CODE.test(c));
  if (bad !== undefined) {
    return fail('VALIDATION_FAILED', `not an ECB euro reference rates CSV: column ${quoteValue(bad)} is not a currency code (three capital letters)`, { field: bad || 'header' });
  }
  const repeated = currencies.find((c, i) => currencies.indexOf(c) !== i);
  if (repeated) return fail('VALIDATION_FAILED', `the currency column ${repeated} appears twice`, { field: repeated });
  if (currencies.length === 0) return fail('VALIDATION_FAILED', 'not an ECB euro reference rates CSV: no currency columns after Date', { field: 'header' });

  const rows: EcbRateRow[] = [];
  const errors: RowError[] = [...table.value.errors];
  const duplicate = createDuplicateCheck((date) => `Date ${date}`);
  for (const row of table.value.rows) {
    const date = field(row, 'Date').trim();
    const problem = checkIsoDate(date, 'Date') ?? duplicate(date, row.line);
    if (problem) {
      errors.push({ line: row.line, field: 'Date', message: problem });
      continue;
    }
    for (const quote of currencies) {
      const rate = field(row, quote).trim();
      // N/A (or an empty cell): the currency was not quoted that day; nothing to import.
      if (rate === 'N/A' || rate === '') continue;
      const wrong = checkPositiveDecimal(rate, `${quote} rate`);
      if (wrong) errors.push({ line: row.line, field: quote, message: wrong });
      else rows.push({ line: row.line, quote, date, rate });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return ok({ rows, errors, read: table.value.rows.length + table.value.errors.length, skipped: 0, format: 'csv' });
}
