import { fail, ok, type Result } from '../../../core/result/result.js';
import type { IndicatorParseOptions } from './indicator-types.js';
import { isIndicatorYear } from './indicator-value.js';

/**
 * The edition year of a sheet that does not state it (LPI, B-READY): `options.year`, else the one
 * year the file name holds ("lpi_2023.csv", "bready_2024_pillar_scores.csv"), else a refusal
 * asking for it. A name with two years ("LPI_from_2007_to_2023") gives none.
 * @example editionYear({ fileName: 'data/lpi_2023.csv' }, 'an LPI sheet') // ok(2023)
 */
export function editionYear(options: IndicatorParseOptions, sheet: string): Result<number, 'VALIDATION_FAILED'> {
  if (options.year !== undefined) {
    if (!isIndicatorYear(options.year)) return fail('VALIDATION_FAILED', `year must be a year from 1900 to 2100: ${options.year}`, { field: 'year' });
    return ok(options.year);
  }
  const base = (options.fileName ?? '').split(/[\\/]/).pop() ?? '';
  const years = [...new Set([...base.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => Number(m[1])).filter(isIndicatorYear))];
  if (years.length === 1) return ok(years[0]!);
  return fail('VALIDATION_FAILED', `${sheet} does not state its edition year: give it with the year option (--year 2023)`, { field: 'year' });
}
