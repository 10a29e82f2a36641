import { ok, type Result } from '../../../core/result/result.js';
import { field, readCsv } from '../read-csv.js';
import { createIndicatorCollector } from './collect-indicators.js';
import { editionYear } from './edition-year.js';
import type { IndicatorOutcome, IndicatorParseOptions } from './indicator-types.js';

/** LPI score columns (as in the 2010-2023 sheets; the workbook writes " Infrastructure score" with a leading space) and their series. */
export const LPI_SCORES: ReadonlyArray<{ column: string; id: string; name: string }> = [
  { column: 'LPI Score', id: 'lpi.overall', name: 'Logistics Performance Index: overall score' },
  { column: 'Customs score', id: 'lpi.customs', name: 'LPI: efficiency of customs and border management clearance' },
  { column: 'Infrastructure score', id: 'lpi.infrastructure', name: 'LPI: quality of trade and transport infrastructure' },
  { column: 'International shipments score', id: 'lpi.international_shipments', name: 'LPI: ease of arranging competitively priced shipments' },
  { column: 'Logistics quality and competence score', id: 'lpi.logistics_competence', name: 'LPI: competence and quality of logistics services' },
  { column: 'Timeliness score', id: 'lpi.timeliness', name: 'LPI: frequency with which shipments reach consignees within scheduled or expected delivery times' },
  { column: 'Tracking and tracing score', id: 'lpi.tracking_tracing', name: 'LPI: ability to track and trace consignments' },
];

/**
 * Parse one sheet of the World Bank's Logistics Performance Index workbook saved as CSV: the
 * overall score and the six component scores per economy (ranks and bounds are not kept). The
 * 2018 sheet has a Code column (ISO3); the 2023 sheet names economies only. Neither states its
 * year, which comes from `options.year` or the file name.
 * @example parseLpi('country,LPI Score\nGermany,4.1\n', { year: 2023 }).value.rows // [{ line: 2, country: 'DE', indicator: 'lpi.overall', year: 2023, value: '4.1' }]
 */
export function parseLpi(text: string, options: IndicatorParseOptions = {}): Result<IndicatorOutcome, 'VALIDATION_FAILED'> {
  const table = readCsv(text, { required: ['country', 'LPI Score'], expected: 'an LPI sheet (country,LPI Score,LPI rank,Customs score,...)' });
  if (!table.ok) return table;
  const year = editionYear(options, 'an LPI sheet');
  if (!year.ok) return year;
  const header = new Set(table.value.header.map((h) => h.toLowerCase()));
  const scores = LPI_SCORES.filter((s) => header.has(s.column.toLowerCase()));
  const hasCode = header.has('code');
  const collect = createIndicatorCollector('lpi');
  const source = options.source ?? `World Bank LPI ${year.value}`;
  for (const s of scores) collect.series({ id: s.id, name: s.name, unit: 'score 1-5', source });
  for (const e of table.value.errors) collect.error(e.line, e.field ?? 'row', e.message);
  const yearCell = { field: 'year', value: String(year.value) };
  for (const row of table.value.rows) {
    const country = collect.country(row.line, {
      ...(hasCode ? { code: { field: 'Code', value: field(row, 'Code') } } : {}),
      name: { field: 'country', value: field(row, 'country') },
    });
    if (country === undefined) continue;
    for (const s of scores) collect.value(row.line, country, s.id, yearCell, { field: s.column, value: field(row, s.column) });
  }
  return ok(collect.finish(table.value.rows.length + table.value.errors.length));
}
