import type { ImportKind } from './types.js';

/**
 * Who publishes each kind of reference data, where, and under what licence: the provenance text
 * stored with every imported fact (with the import run that names the exact file and its SHA-256).
 */
export type OfficialSource = {
  /** Short text stored in each fact's `source` column. */
  readonly name: string;
  readonly publisher: string;
  readonly url: string;
  readonly license: string;
  /** One line for `landfall data --help`: what the file is. */
  readonly file: string;
};

export const OFFICIAL_SOURCES: Readonly<Record<ImportKind, OfficialSource>> = {
  hs: {
    name: 'Harmonized System nomenclature, datasets/harmonized-system (https://github.com/datasets/harmonized-system)',
    publisher: 'World Customs Organization nomenclature, compiled by the open datasets project',
    url: 'https://github.com/datasets/harmonized-system',
    license: 'ODC-PDDL-1.0',
    file: 'harmonized-system.csv: section,hscode,description,parent,level',
  },
  'uk-tariff': {
    name: 'UK Global Tariff, Department for International Trade (https://www.gov.uk/guidance/uk-tariffs-from-1-january-2021)',
    publisher: 'Department for International Trade (now Department for Business and Trade)',
    url: 'https://www.gov.uk/guidance/uk-tariffs-from-1-january-2021',
    license: 'Open Government Licence v3.0',
    file: 'global-uk-tariff.csv: commodity,description,cet_duty_rate,ukgt_duty_rate,...',
  },
  'uk-commodities': {
    name: 'Tariffs to trade with the UK from 1 January 2021, commodities-report, Department for Business and Trade (https://data.api.trade.gov.uk/v1/datasets/uk-tariff-2021-01-01)',
    publisher: 'Department for Business and Trade with HMRC',
    url: 'https://data.api.trade.gov.uk/v1/datasets/uk-tariff-2021-01-01/versions/latest/tables/commodities-report/data?format=csv',
    license: 'Open Government Licence v3.0',
    file: 'uk-tariff-2021-01-01--v4.0.1205--commodities-report.csv: commodity__code,commodity__suffix,...',
  },
  'us-hts': {
    name: 'Harmonized Tariff Schedule of the United States, USITC (https://hts.usitc.gov/)',
    publisher: 'U.S. International Trade Commission',
    url: 'https://hts.usitc.gov/',
    license: 'public domain (17 U.S.C. 105)',
    file: 'hts_2026_revision_10_json.json: the JSON export, one object per printed line',
  },
  ecb: {
    // fx_rates.source holds the short publisher code; this longer text goes in import runs.
    name: 'ECB',
    publisher: 'European Central Bank, euro foreign exchange reference rates',
    url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html',
    license: 'ECB statistics may be reused with the source acknowledged',
    file: 'eurofxref-hist.csv (Date,USD,JPY,...) or eurofxref-daily.xml / eurofxref-hist-90d.xml',
  },
};
