import type { ParseOutcome } from '../types.js';

/** The layouts of country indicator files that `parseIndicatorFile` reads. The names are a public contract. */
export const INDICATOR_FORMATS = ['wdi-wide', 'wdi-long', 'itu', 'lpi', 'bready', 'csv'] as const;
export type IndicatorFormat = (typeof INDICATOR_FORMATS)[number];

/** Whether `value` names one of the indicator formats. */
export function isIndicatorFormat(value: string): value is IndicatorFormat {
  return (INDICATOR_FORMATS as readonly string[]).includes(value);
}

/** One value of one indicator for one country and year. */
export type IndicatorRow = {
  /** Physical line of the file where the record holding the value starts (1-based). */
  readonly line: number;
  /** ISO 3166-1 alpha-2 (XK for Kosovo). */
  readonly country: string;
  /** Series id, e.g. `wdi.NY.GDP.PCAP.CD`, `itu.i99H`, `lpi.overall`. */
  readonly indicator: string;
  readonly year: number;
  /** The decimal as published, with thousands separators removed and '.' as the decimal point: "2111.13867...", "92.4764". */
  readonly value: string;
};

/** What an indicator id means and where its values come from. */
export type IndicatorSeries = {
  readonly id: string;
  readonly name: string;
  /** "%", "current US$", "score 1-5"; empty when the file gives none. */
  readonly unit: string;
  /** Publisher, dataset and edition as far as the file says: "World Bank WDI, last updated 2017-02-01". */
  readonly source: string;
};

/** A country code or name that maps to no country, once per distinct value (at its first line). */
export type UnmappedCountry = { readonly line: number; readonly value: string; readonly field: string; readonly message: string };

export type IndicatorParseOptions = {
  /** Read the file as this format instead of guessing it from the header. */
  readonly format?: IndicatorFormat;
  /** wdi-long files do not name their indicator: its WDI code, e.g. `SP.POP.TOTL`. */
  readonly indicator?: string;
  /** Name and unit of that indicator (wdi-long), when not one of the few known codes. */
  readonly name?: string;
  readonly unit?: string;
  /** Publisher and edition, replacing what the parser can tell (wdi-long, itu, csv). */
  readonly source?: string;
  /** The edition year of an LPI or B-READY sheet, which the sheet itself does not state. */
  readonly year?: number;
  /** Name of the file, whose year ("lpi_2023.csv") stands in for `year` when that is not given. */
  readonly fileName?: string;
};

export type IndicatorOutcome = ParseOutcome<IndicatorRow> & {
  readonly format: IndicatorFormat;
  /** The indicators the file holds, in the order first met (for LPI and B-READY, from the header). */
  readonly series: IndicatorSeries[];
  /** Codes and names that map to no country; each of their records is also in `errors`. */
  readonly unmapped: UnmappedCountry[];
  /** Records skipped because they are about a group of countries (WLD, EUU, HIC, ...) or a place without its own country code. */
  readonly aggregates: number;
};
