import { fail, ok, type Result } from '../../../core/result/result.js';
import { field, readCsv } from '../read-csv.js';
import { createIndicatorCollector } from './collect-indicators.js';
import { editionYear } from './edition-year.js';
import type { IndicatorOutcome, IndicatorParseOptions } from './indicator-types.js';

/** The three B-READY pillars, found by the words of their column headers ("Pillar 1 Regulatory Framework"). */
export const BREADY_PILLARS: ReadonlyArray<{ words: string; id: string; name: string }> = [
  { words: 'regulatory framework', id: 'bready.regulatory_framework', name: 'B-READY pillar I: regulatory framework' },
  { words: 'public services', id: 'bready.public_services', name: 'B-READY pillar II: public services' },
  { words: 'operational efficiency', id: 'bready.operational_efficiency', name: 'B-READY pillar III: operational efficiency' },
];

/**
 * Parse the World Bank Business Ready (B-READY) pillar scores sheet saved as CSV: `Economy,Economy
 * Code,Pillar 1 Regulatory Framework,Pillar 2 Public Services,Pillar 3 Operational Efficiency`,
 * scores 0-100. The year (2024 for the first report) comes from `options.year` or the file name.
 * @example parseBready('Economy,Economy Code,Pillar 1 Regulatory Framework,Pillar 2 Public Services,Pillar 3 Operational Efficiency\nViet Nam,VNM,60,50,70\n', { year: 2024 })
 */
export function parseBready(text: string, options: IndicatorParseOptions = {}): Result<IndicatorOutcome, 'VALIDATION_FAILED'> {
  const expected = 'a B-READY pillar scores sheet (Economy,Economy Code,Pillar 1 Regulatory Framework,Pillar 2 Public Services,Pillar 3 Operational Efficiency)';
  const table = readCsv(text, { required: ['Economy', 'Economy Code'], expected });
  if (!table.ok) return table;
  const columns: Array<{ column: string; id: string; name: string }> = [];
  for (const pillar of BREADY_PILLARS) {
    const column = table.value.header.find((h) => h.replace(/\s+/g, ' ').toLowerCase().includes(pillar.words));
    if (column === undefined) return fail('VALIDATION_FAILED', `not ${expected}: no column for the pillar "${pillar.words}"`, { field: pillar.id });
    columns.push({ column, id: pillar.id, name: pillar.name });
  }
  const year = editionYear(options, 'a B-READY sheet');
  if (!year.ok) return year;
  const collect = createIndicatorCollector('bready');
  const source = options.source ?? `World Bank B-READY ${year.value}`;
  for (const c of columns) collect.series({ id: c.id, name: c.name, unit: 'score 0-100', source });
  for (const e of table.value.errors) collect.error(e.line, e.field ?? 'row', e.message);
  const yearCell = { field: 'year', value: String(year.value) };
  for (const row of table.value.rows) {
    const country = collect.country(row.line, {
      code: { field: 'Economy Code', value: field(row, 'Economy Code') },
      name: { field: 'Economy', value: field(row, 'Economy') },
    });
    if (country === undefined) continue;
    for (const c of columns) collect.value(row.line, country, c.id, yearCell, { field: c.column, value: field(row, c.column) });
  }
  return ok(collect.finish(table.value.rows.length + table.value.errors.length));
}
