import { ok, type Result } from '../../../core/result/result.js';
import { field, readCsv } from '../read-csv.js';
import { quoteValue } from '../types.js';
import { createIndicatorCollector } from './collect-indicators.js';
import type { IndicatorOutcome, IndicatorParseOptions } from './indicator-types.js';

export const ITU_COLUMNS = ['seriesCode', 'entityIso', 'entityName', 'dataValue', 'dataYear'] as const;
const SERIES_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/;

/**
 * Parse an ITU DataHub export (`seriesID,seriesCode,seriesName,seriesParent,seriesUnits,entityID,
 * entityIso,entityName,dataValue,dataYear,dataNote,dataSource,seriesDescription`), one row per
 * economy and year, as rows of `itu.<seriesCode>`. ITU writes a few codes of its own (KSO Kosovo,
 * AAA Guernsey, GBJ Jersey); an unknown code falls back to the economy's name.
 * @example parseItu('seriesCode,seriesName,seriesUnits,entityIso,entityName,dataValue,dataYear\ni99H,Individuals using the Internet,%,DEU,Germany,92.4764,2023\n')
 */
export function parseItu(text: string, options: IndicatorParseOptions = {}): Result<IndicatorOutcome, 'VALIDATION_FAILED'> {
  const table = readCsv(text, { required: ITU_COLUMNS, expected: `an ITU DataHub CSV (${ITU_COLUMNS.join(',')},...)` });
  if (!table.ok) return table;
  const source = options.source ?? 'ITU DataHub';
  const collect = createIndicatorCollector('itu');
  for (const e of table.value.errors) collect.error(e.line, e.field ?? 'row', e.message);
  for (const row of table.value.rows) {
    const country = collect.country(row.line, {
      code: { field: 'entityIso', value: field(row, 'entityIso') },
      name: { field: 'entityName', value: field(row, 'entityName') },
    });
    if (country === undefined) continue;
    const code = field(row, 'seriesCode').trim();
    if (!SERIES_CODE.test(code)) {
      collect.error(row.line, 'seriesCode', code === '' ? 'seriesCode is empty' : `seriesCode is not an ITU series code: ${quoteValue(code)}`);
      continue;
    }
    const id = `itu.${code}`;
    collect.series({ id, name: field(row, 'seriesName').trim() || code, unit: field(row, 'seriesUnits').trim(), source });
    collect.value(row.line, country, id, { field: 'dataYear', value: field(row, 'dataYear') }, { field: 'dataValue', value: field(row, 'dataValue') });
  }
  return ok(collect.finish(table.value.rows.length + table.value.errors.length));
}
