import { parse } from 'csv-parse/sync';
import { fail, type Result } from '../../../core/result/result.js';
import { decodeUtf8Text } from '../decode-text.js';
import { quoteValue } from '../types.js';
import type { IndicatorFormat, IndicatorOutcome, IndicatorParseOptions } from './indicator-types.js';
import { parseBready } from './parse-bready.js';
import { parseIndicatorCsv } from './parse-indicator-csv.js';
import { parseItu } from './parse-itu.js';
import { parseLpi } from './parse-lpi.js';
import { hasWdiWideHeader, parseWdiLong, parseWdiWide } from './parse-wdi.js';

export type { IndicatorFormat, IndicatorOutcome, IndicatorParseOptions, IndicatorRow, IndicatorSeries, UnmappedCountry } from './indicator-types.js';
export { INDICATOR_FORMATS, isIndicatorFormat } from './indicator-types.js';

const PARSERS: Readonly<Record<IndicatorFormat, (text: string, options: IndicatorParseOptions) => Result<IndicatorOutcome, 'VALIDATION_FAILED'>>> = {
  'wdi-wide': parseWdiWide,
  'wdi-long': parseWdiLong,
  itu: parseItu,
  lpi: parseLpi,
  bready: parseBready,
  csv: parseIndicatorCsv,
};

/** What each format's header looks like, for the message when a file is none of them. */
const EXPECTED = [
  'a WDI bulk CSV ("Country Name","Country Code","Indicator Name","Indicator Code","1960",...)',
  'a WDI long CSV (Country Name,Country Code,Year,Value)',
  'an ITU DataHub CSV (seriesCode,entityIso,entityName,dataValue,dataYear,...)',
  'an LPI sheet (country,[Code,]LPI Score,...)',
  'a B-READY pillar sheet (Economy,Economy Code,Pillar 1 Regulatory Framework,...)',
  'an indicator CSV (country,indicator,year,value[,name,unit,source])',
].join('; ');

/**
 * Parse a file of country indicators into one row per country, indicator and year, with the
 * series it holds. The format is read from the header unless `options.format` says it: the World
 * Bank WDI bulk CSV (`wdi-wide`) or a long extract (`wdi-long`, with `options.indicator`), an ITU
 * DataHub export (`itu`), an LPI sheet (`lpi`) or B-READY pillar sheet (`bready`) saved as CSV
 * (with `options.year` or a year in `options.fileName`), or a merchant's `country,indicator,year,value`
 * CSV (`csv`). Countries become ISO 3166-1 alpha-2 codes; aggregates (WLD, EUU, HIC, ...) are
 * skipped and counted; missing values (empty, "..") are skipped; every other problem is a row
 * error, so a caller can refuse the whole file when `errors` is not empty.
 * @example parseIndicatorFile(bytes, { format: 'wdi-long', indicator: 'SP.POP.TOTL' })
 */
export function parseIndicatorFile(bytes: Uint8Array, options: IndicatorParseOptions = {}): Result<IndicatorOutcome, 'VALIDATION_FAILED'> {
  const text = decodeUtf8Text(bytes);
  if (!text.ok) return text;
  let format = options.format;
  if (format === undefined) {
    const detected = detectIndicatorFormat(text.value);
    if (!detected.ok) return detected;
    format = detected.value;
  }
  return PARSERS[format](text.value, options);
}

/**
 * Which indicator format a text is in, from its header row (the first non-empty line, or the
 * WDI header after its "Data Source" lines).
 * @example detectIndicatorFormat('country,indicator,year,value\n') // ok('csv')
 */
export function detectIndicatorFormat(text: string): Result<IndicatorFormat, 'VALIDATION_FAILED'> {
  if (hasWdiWideHeader(text)) return { ok: true, value: 'wdi-wide' };
  const header = firstRecord(text);
  const has = (...names: string[]) => names.every((n) => header.some((h) => h.toLowerCase() === n.toLowerCase()));
  const format: IndicatorFormat | undefined = has('Country Name', 'Country Code', 'Year', 'Value')
    ? 'wdi-long'
    : has('seriesCode', 'entityIso', 'dataValue', 'dataYear')
      ? 'itu'
      : has('country', 'LPI Score')
        ? 'lpi'
        : has('Economy', 'Economy Code')
          ? 'bready'
          : has('country', 'indicator', 'year', 'value')
            ? 'csv'
            : undefined;
  if (format !== undefined) return { ok: true, value: format };
  const shown = header.slice(0, 6).map((h) => quoteValue(h, 30)).join(', ') + (header.length > 6 ? ', …' : '');
  return fail('VALIDATION_FAILED', `not a known indicator file: expected ${EXPECTED} (the header has ${shown || 'nothing'})`, { field: 'file' });
}

/** The cells of the first non-empty line, trimmed; empty when that line is not valid CSV. */
function firstRecord(text: string): string[] {
  const line = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  try {
    const records = parse(line, { relax_column_count: true, relax_quotes: true }) as string[][];
    return (records[0] ?? []).map((cell) => cell.trim());
  } catch {
    return [];
  }
}
