import { ok, type Result } from '../../../core/result/result.js';
import { field, readCsv } from '../read-csv.js';
import { quoteValue } from '../types.js';
import { createIndicatorCollector } from './collect-indicators.js';
import type { IndicatorOutcome, IndicatorParseOptions } from './indicator-types.js';

export const INDICATOR_CSV_COLUMNS = ['country', 'indicator', 'year', 'value'] as const;
const DESCRIBING = ['name', 'unit', 'source'] as const;
const INDICATOR_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * Parse the CSV a merchant writes: `country,indicator,year,value` and optionally `name,unit,source`
 * describing the indicator. `country` is an ISO 3166-1 alpha-2 or alpha-3 code or an English
 * name; `indicator` an id of letters, digits, '.', '_' and '-' ("shop.returns_rate"). The name,
 * unit and source of an indicator may be written on any of its rows, but not differently on two.
 * @example parseIndicatorCsv('country,indicator,year,value\nVN,shop.orders,2024,120\n').value.rows // [{ line: 2, country: 'VN', indicator: 'shop.orders', year: 2024, value: '120' }]
 */
export function parseIndicatorCsv(text: string, options: IndicatorParseOptions = {}): Result<IndicatorOutcome, 'VALIDATION_FAILED'> {
  const table = readCsv(text, { required: INDICATOR_CSV_COLUMNS, expected: `an indicator CSV (${INDICATOR_CSV_COLUMNS.join(',')}[,name,unit,source])` });
  if (!table.ok) return table;
  const collect = createIndicatorCollector('csv');
  for (const e of table.value.errors) collect.error(e.line, e.field ?? 'row', e.message);
  // Per indicator: its name, unit and source, each with the line that first gave it.
  const described = new Map<string, Record<(typeof DESCRIBING)[number], { value: string; line: number } | undefined>>();
  const order: string[] = [];
  for (const row of table.value.rows) {
    const cell = { field: 'country', value: field(row, 'country') };
    const country = collect.country(row.line, { code: cell, name: cell });
    if (country === undefined) continue;
    const id = field(row, 'indicator').trim();
    if (!INDICATOR_ID.test(id)) {
      collect.error(row.line, 'indicator', id === '' ? 'indicator is empty' : `indicator is not an id (letters, digits, '.', '_', '-', up to 100): ${quoteValue(id)}`);
      continue;
    }
    let entry = described.get(id);
    if (!entry) {
      entry = { name: undefined, unit: undefined, source: undefined };
      described.set(id, entry);
      order.push(id);
    }
    let conflict = false;
    for (const column of DESCRIBING) {
      const value = field(row, column).trim();
      if (value === '') continue;
      const first = entry[column];
      if (first === undefined) entry[column] = { value, line: row.line };
      else if (first.value !== value) {
        collect.error(row.line, column, `${column} ${quoteValue(value)} differs from ${quoteValue(first.value)} given for ${id} on line ${first.line}`);
        conflict = true;
      }
    }
    if (conflict) continue;
    collect.value(row.line, country, id, { field: 'year', value: field(row, 'year') }, { field: 'value', value: field(row, 'value') });
  }
  for (const id of order) {
    const entry = described.get(id)!;
    collect.series({ id, name: entry.name?.value ?? id, unit: entry.unit?.value ?? '', source: entry.source?.value ?? options.source ?? '' });
  }
  return ok(collect.finish(table.value.rows.length + table.value.errors.length));
}
