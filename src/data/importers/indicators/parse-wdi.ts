import { fail, ok, type Result } from '../../../core/result/result.js';
import { field, readCsv } from '../read-csv.js';
import { quoteValue } from '../types.js';
import { createIndicatorCollector } from './collect-indicators.js';
import type { IndicatorOutcome, IndicatorParseOptions } from './indicator-types.js';
import { isIndicatorYear } from './indicator-value.js';

const WDI_KEY_COLUMNS = ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code'] as const;
const WDI_HEADER = /^"?Country Name"?\s*,\s*"?Country Code"?\s*,\s*"?Indicator Name"?\s*,\s*"?Indicator Code"?\s*(,|$)/im;
const WDI_CODE = /^[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)*$/;

/** Names and units of the WDI series the market analysis uses, for files that do not carry them. */
const KNOWN_WDI_SERIES: Readonly<Record<string, { name: string; unit: string }>> = {
  'SP.POP.TOTL': { name: 'Population, total', unit: 'people' },
  'NY.GDP.PCAP.CD': { name: 'GDP per capita (current US$)', unit: 'current US$' },
  'IT.NET.SECR.P6': { name: 'Secure Internet servers (per 1 million people)', unit: 'per 1 million people' },
  'IT.NET.USER.ZS': { name: 'Individuals using the Internet (% of population)', unit: '% of population' },
  'FX.OWN.TOTL.ZS': {
    name: 'Account ownership at a financial institution or with a mobile-money-service provider (% of population ages 15+)',
    unit: '% of population ages 15+',
  },
};

/** Whether the text holds the WDI bulk-download header row (after its "Data Source" lines, if any). */
export function hasWdiWideHeader(text: string): boolean {
  return WDI_HEADER.test(text.slice(0, 4096));
}

/**
 * Parse the World Bank WDI bulk-download CSV (`API_<code>_DS2_en_csv_v2.csv`, or WDIData.csv):
 * optional lines `"Data Source","World Development Indicators",` and `"Last Updated Date","2017-02-01",`,
 * then `"Country Name","Country Code","Indicator Name","Indicator Code","1960",...` with one column
 * per year. Every non-empty year cell is a row of `wdi.<Indicator Code>`.
 * @example parseWdiWide('"Country Name","Country Code","Indicator Name","Indicator Code","2015",\n"Viet Nam","VNM","GDP per capita (current US$)","NY.GDP.PCAP.CD","2111.1",\n')
 */
export function parseWdiWide(text: string, options: IndicatorParseOptions = {}): Result<IndicatorOutcome, 'VALIDATION_FAILED'> {
  const at = text.search(WDI_HEADER);
  const expected = 'a WDI bulk CSV ("Country Name","Country Code","Indicator Name","Indicator Code","1960",...)';
  if (at === -1) {
    return fail('VALIDATION_FAILED', `not ${expected}: no such header row`, { field: 'Country Name' });
  }
  const before = text.slice(0, at);
  const offset = (before.match(/\r\n|\n|\r/g) ?? []).length;
  const updated = /^"?Last Updated Date"?\s*,\s*"?([^",\r\n]*)"?/im.exec(before)?.[1]?.trim();
  const table = readCsv(text.slice(at), { required: WDI_KEY_COLUMNS, expected, allowTrailingEmptyColumn: true });
  if (!table.ok) return table;
  const years = table.value.header.slice(WDI_KEY_COLUMNS.length);
  const notYear = years.find((y) => !/^\d{4}$/.test(y) || !isIndicatorYear(Number(y)));
  if (notYear !== undefined) {
    return fail('VALIDATION_FAILED', `not ${expected}: the column ${quoteValue(notYear)} after Indicator Code is not a year (1900 to 2100)`, { field: notYear || 'header' });
  }
  const source = options.source ?? `World Bank WDI${updated ? `, last updated ${updated}` : ''}`;
  const collect = createIndicatorCollector('wdi-wide');
  for (const e of table.value.errors) collect.error(e.line + offset, e.field ?? 'row', e.message);
  for (const row of table.value.rows) {
    const line = row.line + offset;
    const country = collect.country(line, {
      code: { field: 'Country Code', value: field(row, 'Country Code') },
      name: { field: 'Country Name', value: field(row, 'Country Name') },
    });
    if (country === undefined) continue;
    const code = field(row, 'Indicator Code').trim();
    const problem = checkWdiCode(code, 'Indicator Code');
    if (problem) {
      collect.error(line, 'Indicator Code', problem);
      continue;
    }
    const id = `wdi.${code}`;
    const name = field(row, 'Indicator Name').trim();
    collect.series({ id, name: name || (KNOWN_WDI_SERIES[code]?.name ?? code), unit: unitOf(code, name), source });
    for (const year of years) collect.value(line, country, id, { field: year, value: year }, { field: year, value: field(row, year) });
  }
  return ok(collect.finish(table.value.rows.length + table.value.errors.length));
}

/**
 * Parse WDI values in a long layout, `Country Name,Country Code,Year,Value`, one row per country
 * and year. The file does not name its indicator: `options.indicator` gives the WDI code.
 * @example parseWdiLong('Country Name,Country Code,Year,Value\nUnited States,USA,2024,340110988\n', { indicator: 'SP.POP.TOTL' })
 */
export function parseWdiLong(text: string, options: IndicatorParseOptions = {}): Result<IndicatorOutcome, 'VALIDATION_FAILED'> {
  const table = readCsv(text, { required: ['Country Name', 'Country Code', 'Year', 'Value'], expected: 'a WDI long CSV (Country Name,Country Code,Year,Value)' });
  if (!table.ok) return table;
  const given = options.indicator?.trim().replace(/^wdi\./i, '') ?? '';
  if (given === '') {
    return fail(
      'VALIDATION_FAILED',
      'a WDI long CSV (Country Name,Country Code,Year,Value) does not name its indicator: give its WDI code as the indicator option (--indicator SP.POP.TOTL)',
      { field: 'indicator' },
    );
  }
  const problem = checkWdiCode(given, 'indicator');
  if (problem) return fail('VALIDATION_FAILED', problem, { field: 'indicator' });
  const id = `wdi.${given}`;
  const known = KNOWN_WDI_SERIES[given];
  const name = options.name?.trim() || known?.name || given;
  const collect = createIndicatorCollector('wdi-long');
  collect.series({ id, name, unit: options.unit?.trim() ?? unitOf(given, name), source: options.source ?? 'World Bank WDI' });
  for (const e of table.value.errors) collect.error(e.line, e.field ?? 'row', e.message);
  for (const row of table.value.rows) {
    const country = collect.country(row.line, {
      code: { field: 'Country Code', value: field(row, 'Country Code') },
      name: { field: 'Country Name', value: field(row, 'Country Name') },
    });
    if (country === undefined) continue;
    collect.value(row.line, country, id, { field: 'Year', value: field(row, 'Year') }, { field: 'Value', value: field(row, 'Value') });
  }
  return ok(collect.finish(table.value.rows.length + table.value.errors.length));
}

function checkWdiCode(code: string, name: string): string | undefined {
  if (code === '') return `${name} is empty`;
  if (!WDI_CODE.test(code) || code.length > 60) return `${name} is not a WDI indicator code (like SP.POP.TOTL): ${quoteValue(code)}`;
  return undefined;
}

/** The unit a WDI name ends with in parentheses ("GDP per capita (current US$)"), else the known one. */
function unitOf(code: string, name: string): string {
  const inName = /\(([^()]+)\)\s*$/.exec(name)?.[1]?.trim();
  return inName ?? KNOWN_WDI_SERIES[code]?.unit ?? '';
}
