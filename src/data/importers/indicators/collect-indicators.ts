import { countryFromCode, countryFromName, isAggregateCode, isAggregateName, placeWithoutOwnCode } from '../../markets/country-names.js';
import { createDuplicateCheck } from '../check-fields.js';
import { quoteValue, type RowError } from '../types.js';
import { isMissingValue, normalizeIndicatorValue, readIndicatorYear } from './indicator-value.js';
import type { IndicatorFormat, IndicatorOutcome, IndicatorRow, IndicatorSeries, UnmappedCountry } from './indicator-types.js';

/** A cell of a record: the column it is in and what it holds. */
export type Cell = { readonly field: string; readonly value: string };

/** How a record names its country: a code column, a name column, or both (code first). */
export type CountryKey = { readonly code?: Cell; readonly name?: Cell };

/**
 * Gathers the rows of one indicator file with the checks every format shares: the country key
 * (aggregates skipped, unknown keys reported once in `unmapped` and on each record in `errors`),
 * the year, the value (missing values skipped) and one value per country, indicator and year.
 */
export function createIndicatorCollector(format: IndicatorFormat) {
  const rows: IndicatorRow[] = [];
  const errors: RowError[] = [];
  const unmapped: UnmappedCountry[] = [];
  const unmappedSeen = new Set<string>();
  const series = new Map<string, IndicatorSeries>();
  const duplicate = createDuplicateCheck((key) => key);
  let skipped = 0;
  let aggregates = 0;

  return {
    /** Report a problem with a record. */
    error(line: number, field: string, message: string): void {
      errors.push({ line, field, message });
    },

    /** Declare a series (the first declaration of an id wins). */
    series(entry: IndicatorSeries): void {
      if (!series.has(entry.id)) series.set(entry.id, entry);
    },

    /**
     * The ISO alpha-2 code of a record's country, or undefined when the record is to be left out:
     * an aggregate or a place without its own code (counted), or an unknown key (reported).
     */
    country(line: number, key: CountryKey): string | undefined {
      const code = key.code?.value.trim() ?? '';
      const name = key.name?.value.trim() ?? '';
      if ((code !== '' && isAggregateCode(code)) || placeWithoutOwnCode(code, name) !== undefined) {
        aggregates++;
        return undefined;
      }
      const byCode = code === '' ? null : countryFromCode(code);
      if (byCode) return byCode;
      if (name !== '' && isAggregateName(name)) {
        aggregates++;
        return undefined;
      }
      const byName = name === '' ? null : countryFromName(name);
      if (byName) return byName;
      const field = code !== '' || !key.name ? key.code?.field ?? 'country' : key.name.field;
      if (code === '' && name === '') {
        errors.push({ line, field, message: `${field} is empty` });
        return undefined;
      }
      const message = describeUnknown(key, code, name);
      errors.push({ line, field, message });
      const value = code !== '' ? code : name;
      if (!unmappedSeen.has(`${field}\n${value}`)) {
        unmappedSeen.add(`${field}\n${value}`);
        unmapped.push({ line, value, field, message });
      }
      return undefined;
    },

    /** One published value: checked, normalized and kept, or skipped when missing. */
    value(line: number, country: string, indicator: string, year: Cell, value: Cell): void {
      const readYear = readIndicatorYear(year.value, year.field);
      if (!readYear.ok) {
        errors.push({ line, field: year.field, message: readYear.message });
        return;
      }
      if (isMissingValue(value.value)) {
        skipped++;
        return;
      }
      const number = normalizeIndicatorValue(value.value, value.field);
      if (!number.ok) {
        errors.push({ line, field: value.field, message: number.message });
        return;
      }
      const again = duplicate(`value of ${indicator} for ${country} in ${readYear.value}`, line);
      if (again !== undefined) {
        errors.push({ line, field: value.field, message: again });
        return;
      }
      rows.push({ line, country, indicator, year: readYear.value, value: number.value });
    },

    finish(read: number): IndicatorOutcome {
      errors.sort((a, b) => a.line - b.line);
      return { rows, errors, read, skipped, format, series: [...series.values()], unmapped, aggregates };
    },
  };
}

export type IndicatorCollector = ReturnType<typeof createIndicatorCollector>;

function describeUnknown(key: CountryKey, code: string, name: string): string {
  // The generic CSV has one column that may hold a code or a name.
  if (key.code && key.name && key.code.field === key.name.field) {
    return `${key.code.field} ${quoteValue(code || name)} is neither an ISO 3166-1 country code nor a known country name`;
  }
  const parts: string[] = [];
  if (code !== '') parts.push(`${key.code!.field} ${quoteValue(code)} is not an ISO 3166-1 country code`);
  if (name !== '') parts.push(`${key.name!.field} ${quoteValue(name)} is not a known country name`);
  return parts.join(', and ');
}
