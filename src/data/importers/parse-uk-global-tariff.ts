import { ok, type Result } from '../../core/result/result.js';
import { checkRateText } from './check-rate-text.js';
import { createDuplicateCheck } from './check-fields.js';
import { field, readCsv } from './read-csv.js';
import { problemIn, quoteValue, type ParseOutcome, type Problem, type RowError } from './types.js';

/** One commodity code of the UK Global Tariff with its MFN rate as written. */
export type UkGlobalTariffRow = {
  readonly line: number;
  /** CN8 or CN10 code, digits only, leading zero kept. */
  readonly code: string;
  readonly description: string;
  /** The UKGT MFN rate from 2021-01-01, exactly as the file writes it: `6.0%`, `34.00 GBP/100kg`. */
  readonly rate: string;
};

export const UK_TARIFF_COLUMNS = ['commodity', 'description', 'ukgt_duty_rate'] as const;

/**
 * Parse the UK Global Tariff CSV published by the Department for International Trade
 * (`commodity,description,cet_duty_rate,ukgt_duty_rate,change,...`). Only the UKGT rate is kept:
 * `cet_duty_rate` is the EU rate that stopped applying on 2020-12-31.
 * @example parseUkGlobalTariff('commodity,description,ukgt_duty_rate\n09012100,Roasted coffee,6.0%\n')
 */
export function parseUkGlobalTariff(text: string): Result<ParseOutcome<UkGlobalTariffRow>, 'VALIDATION_FAILED'> {
  const table = readCsv(text, { required: UK_TARIFF_COLUMNS, expected: 'a UK Global Tariff CSV (commodity,description,cet_duty_rate,ukgt_duty_rate,...)' });
  if (!table.ok) return table;
  const rows: UkGlobalTariffRow[] = [];
  const errors: RowError[] = [...table.value.errors];
  const duplicate = createDuplicateCheck((code) => `commodity ${code}`);
  for (const row of table.value.rows) {
    const code = field(row, 'commodity').trim();
    const description = field(row, 'description').trim();
    const rate = field(row, 'ukgt_duty_rate').trim();
    const problem = checkCode(code) ?? problemIn('ukgt_duty_rate', checkRateText(rate, 'ukgt_duty_rate')) ?? problemIn('commodity', duplicate(code, row.line));
    if (problem) {
      errors.push({ line: row.line, ...problem });
      continue;
    }
    rows.push({ line: row.line, code, description, rate });
  }
  errors.sort((a, b) => a.line - b.line);
  return ok({ rows, errors, read: table.value.rows.length + table.value.errors.length, skipped: 0 });
}

function checkCode(code: string): Problem | undefined {
  if (code === '') return { field: 'commodity', message: 'commodity is empty' };
  if (/^\d{7}$|^\d{9}$/.test(code)) {
    return { field: 'commodity', message: `commodity ${quoteValue(code)} has ${code.length} digits: a leading zero was probably lost (read the column as text)` };
  }
  if (!/^\d{8}(\d{2})?$/.test(code)) return { field: 'commodity', message: `commodity must be 8 or 10 digits: ${quoteValue(code)}` };
  return undefined;
}
