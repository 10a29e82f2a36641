/**
 * Starter country profiles: customs territory, customs currency and the basis of the customs value
 * for duty (CIF or FOB) for the 27 EU member states and the other destinations Landfall ships to.
 *
 * Provenance: hand-checked against the legal texts and authority pages listed in SOURCES.md
 * (checked 2026-11-27). Profile dates mark where this dataset starts to vouch for the fact, not the
 * day the law was made, unless the note says otherwise.
 */
import type { CountryProfileData } from '../../core/landed-cost/rule-data.js';

/** Union Customs Code applies from 2016-05-01 (Regulation (EU) No 952/2013, art. 288). */
const UCC_FROM = '2016-05-01';
/** Start of this dataset's coverage for non-EU profiles whose law is older. */
const DATA_FROM = '2020-01-01';

const EU_SOURCE =
  'Regulation (EU) No 952/2013 (Union Customs Code) art. 70-71 (transaction value plus transport and insurance costs to the point of entry into the Union): https://eur-lex.europa.eu/eli/reg/2013/952/oj';

const EU_MEMBERS: ReadonlyArray<readonly [string, string]> = [
  ['AT', 'EUR'], ['BE', 'EUR'], ['CY', 'EUR'], ['CZ', 'CZK'], ['DE', 'EUR'], ['DK', 'DKK'],
  ['EE', 'EUR'], ['ES', 'EUR'], ['FI', 'EUR'], ['FR', 'EUR'], ['GR', 'EUR'], ['HR', 'EUR'],
  ['HU', 'HUF'], ['IE', 'EUR'], ['IT', 'EUR'], ['LT', 'EUR'], ['LU', 'EUR'], ['LV', 'EUR'],
  ['MT', 'EUR'], ['NL', 'EUR'], ['PL', 'PLN'], ['PT', 'EUR'], ['RO', 'RON'], ['SE', 'SEK'],
  ['SI', 'EUR'], ['SK', 'EUR'],
];

const euProfiles: CountryProfileData[] = EU_MEMBERS.map(([country, currency]) => ({
  id: `country.${country}`,
  version: '1',
  source: EU_SOURCE,
  effectiveFrom: country === 'HR' ? '2023-01-01' : UCC_FROM,
  country,
  customsTerritory: 'EU',
  currency,
  dutyBasis: 'CIF',
  ...(country === 'HR'
    ? { note: 'Croatia adopted the euro on 2023-01-01; before that date customs worked in HRK (not modelled: this profile vouches for EUR only from 2023-01-01).' }
    : {}),
}));

const bulgaria: CountryProfileData[] = [
  {
    id: 'country.BG.bgn',
    version: '1',
    source: EU_SOURCE,
    effectiveFrom: UCC_FROM,
    effectiveTo: '2026-01-01',
    country: 'BG',
    customsTerritory: 'EU',
    currency: 'BGN',
    dutyBasis: 'CIF',
    note: 'Bulgarian lev until the euro changeover on 2026-01-01 (conversion rate 1 EUR = 1.95583 BGN, the lev\'s long-standing peg).',
  },
  {
    id: 'country.BG.eur',
    version: '1',
    source: EU_SOURCE,
    effectiveFrom: '2026-01-01',
    country: 'BG',
    customsTerritory: 'EU',
    currency: 'EUR',
    dutyBasis: 'CIF',
    note: 'Bulgaria adopted the euro on 2026-01-01.',
  },
];

const others: CountryProfileData[] = [
  {
    id: 'country.US',
    version: '1',
    source: '19 U.S.C. 1401a (transaction value excludes international freight and insurance): https://www.law.cornell.edu/uscode/text/19/1401a',
    effectiveFrom: DATA_FROM,
    country: 'US',
    customsTerritory: 'US',
    currency: 'USD',
    dutyBasis: 'FOB',
    note: 'No federal import VAT; state sales/use tax is not collected at the border.',
  },
  {
    id: 'country.CA',
    version: '1',
    source: 'Customs Act (R.S.C. 1985, c. 1 (2nd Supp.)) s. 48(5): value for duty includes costs to the place of direct shipment and excludes transport and insurance from there to Canada: https://laws-lois.justice.gc.ca/eng/acts/C-52.6/section-48.html',
    effectiveFrom: DATA_FROM,
    country: 'CA',
    customsTerritory: 'CA',
    currency: 'CAD',
    dutyBasis: 'FOB',
    note: 'FOB at the place of direct shipment to Canada. Secondary sources disagree (one lists CA as CIF); the statute settles it as FOB-type.',
  },
  {
    id: 'country.MX',
    version: '1',
    source: 'Ley Aduanera art. 64-65 (customs value adds freight, insurance and loading costs up to the place of importation)',
    effectiveFrom: DATA_FROM,
    country: 'MX',
    customsTerritory: 'MX',
    currency: 'MXN',
    dutyBasis: 'CIF',
    note: 'CIF per Ley Aduanera art. 65 (from memory of the law, not re-read this session). Courier imports up to USD 2,500 usually clear under the simplified global-rate regime (RGCE 3.7.35), which these profiles cannot express: see SOURCES.md.',
  },
  {
    id: 'country.GB',
    version: '1',
    source: 'Taxation (Cross-border Trade) Act 2018 Sch. 4 and the Customs (Import Duty) (EU Exit) Regulations 2018 (customs value includes transport and insurance to the place of entry into the UK): https://www.legislation.gov.uk/ukpga/2018/22/schedule/4',
    effectiveFrom: '2021-01-01',
    country: 'GB',
    customsTerritory: 'GB',
    currency: 'GBP',
    dutyBasis: 'CIF',
    note: 'Great Britain; Northern Ireland follows EU customs rules under the Windsor Framework (not modelled).',
  },
  {
    id: 'country.CH',
    version: '2',
    source: 'Zollgesetz (SR 631.0) and Zolltarifgesetz (SR 632.10): duties are mostly specific, CHF per 100 kg gross weight, and art. 2 para. 3 rounds the weight up to the next 100 g where the basis is 100 kg: https://www.fedlex.admin.ch/eli/cc/1987/410_410_410/en ; MWSTG (SR 641.20) art. 54: import VAT base includes transport costs to the destination in Switzerland',
    effectiveFrom: DATA_FROM,
    country: 'CH',
    customsTerritory: 'CH',
    currency: 'CHF',
    dutyBasis: 'CIF',
    dutyWeightStepKg: '0.1',
    note: 'Version 2 adds the rounding of weights up to the next 100 g (golden case 66). Swiss duty is mostly by gross weight (CHF per 100 kg), so the value basis matters little for duty; CIF-type is recorded for the import VAT base (goods + transport to the Swiss destination + duties). Industrial goods have been duty-free since 2024-01-01 (Zolltarifgesetz amendment); agricultural goods (e.g. coffee, nuts) still carry weight-based duties.',
  },
  {
    id: 'country.NO',
    version: '1',
    source: 'Customs Duty Act (tolloven, in force 2023-01-01) with its customs value rules, and VAT Act (merverdiavgiftsloven) § 4-11 on the import VAT base; Norwegian Customs: https://www.toll.no/en/',
    effectiveFrom: DATA_FROM,
    country: 'NO',
    customsTerritory: 'NO',
    currency: 'NOK',
    dutyBasis: 'CIF',
    note: 'Open point: Norway values goods for duty and import VAT including freight and insurance to the place of entry into Norway (CIF-type) as far as I can tell; I did not find the provision on an official page this session. Most industrial goods are duty-free, so the basis mostly matters for VAT.',
  },
  {
    id: 'country.AU',
    version: '1',
    source: 'Customs Act 1901 (Cth) s. 159-161 (customs value: transaction value, foreign inland freight included, international transport and insurance excluded): https://www.legislation.gov.au/C1901A00006/latest/text',
    effectiveFrom: DATA_FROM,
    country: 'AU',
    customsTerritory: 'AU',
    currency: 'AUD',
    dutyBasis: 'FOB',
    note: 'Duty on the FOB-type customs value; GST on the value of the taxable importation (customs value + international transport and insurance + duty), GST Act s. 13-20.',
  },
  {
    id: 'country.NZ',
    version: '1',
    source: 'Customs and Excise Act 2018 Sch. 4 (customs value excludes international freight and insurance); NZ Customs notice: https://www.customs.govt.nz/about-us/news/important-notices/new-gst-rules-for-low-value-imported-goods/',
    effectiveFrom: DATA_FROM,
    country: 'NZ',
    customsTerritory: 'NZ',
    currency: 'NZD',
    dutyBasis: 'FOB',
    note: 'Customs value is FOB (NZ Customs: "transport and insurance costs are excluded" from the customs value); GST at the border adds freight, insurance and duty.',
  },
  {
    id: 'country.JP',
    version: '1',
    source: 'Customs Tariff Law art. 4 (customs value includes freight and insurance to the port of import); Customs Answer 1104: http://www.customs.go.jp/english/c-answer_e/customsanswer_e.htm',
    effectiveFrom: DATA_FROM,
    country: 'JP',
    customsTerritory: 'JP',
    currency: 'JPY',
    dutyBasis: 'CIF',
    rounding: 'down',
    note: 'Japan truncates: the tax base is rounded down to JPY 1,000 and the duty/consumption tax down to JPY 100 (Act on General Rules for National Taxes art. 118-119). This profile can only say "down"; the engine must apply the JPY 1,000/100 steps itself (type change suggested in SOURCES.md).',
  },
  {
    id: 'country.KR',
    version: '1',
    source: 'Customs Act (Republic of Korea) art. 30 (transaction value adjusted by adding freight and insurance to the port of import)',
    effectiveFrom: DATA_FROM,
    country: 'KR',
    customsTerritory: 'KR',
    currency: 'KRW',
    dutyBasis: 'CIF',
  },
  {
    id: 'country.SG',
    version: '1',
    source: 'Singapore Customs: duty and GST on CIF value; IRAS: https://www.iras.gov.sg/taxes/goods-services-tax-(gst)/consumers/gst-on-imported-low-value-goods',
    effectiveFrom: DATA_FROM,
    country: 'SG',
    customsTerritory: 'SG',
    currency: 'SGD',
    dutyBasis: 'CIF',
    note: 'Customs duty applies only to intoxicating liquors, tobacco, motor vehicles and petroleum products; GST on CIF + duty.',
  },
  {
    id: 'country.CN',
    version: '1',
    source: 'Customs Duties Law of the PRC (in force 2024-12-01): dutiable value = transaction price + transport, related costs and insurance up to unloading at the place of entry',
    effectiveFrom: DATA_FROM,
    country: 'CN',
    customsTerritory: 'CN',
    currency: 'CNY',
    dutyBasis: 'CIF',
  },
  {
    id: 'country.IN',
    version: '1',
    source: 'Customs Act 1962 s. 14 and Customs Valuation (Determination of Value of Imported Goods) Rules 2007 rule 10(2) (cost of transport and insurance to the place of importation included)',
    effectiveFrom: DATA_FROM,
    country: 'IN',
    customsTerritory: 'IN',
    currency: 'INR',
    dutyBasis: 'CIF',
  },
  {
    id: 'country.BR',
    version: '1',
    source: 'Decreto 6.759/2009 (Regulamento Aduaneiro) art. 77 (valor aduaneiro includes freight and insurance to the port/airport of arrival)',
    effectiveFrom: DATA_FROM,
    country: 'BR',
    customsTerritory: 'BR',
    currency: 'BRL',
    dutyBasis: 'CIF',
    note: 'Brazil\'s cross-border e-commerce taxes (Remessa Conforme: import tax 20%/60% on goods + freight + insurance, and ICMS computed "por dentro") are only partly modelled: see SOURCES.md.',
  },
  {
    id: 'country.SA',
    version: '1',
    source: 'GCC Common Customs Law art. 26 and its Rules of Implementation (CIF value); ZATCA',
    effectiveFrom: DATA_FROM,
    country: 'SA',
    customsTerritory: 'SA',
    currency: 'SAR',
    dutyBasis: 'CIF',
    note: 'GCC member: common external tariff (mostly 5%) on CIF; the Saudi customs territory is recorded as SA because duty relief thresholds and VAT differ per GCC state.',
  },
  {
    id: 'country.AE',
    version: '1',
    source: 'GCC Common Customs Law art. 26 (CIF value); Dubai Customs',
    effectiveFrom: DATA_FROM,
    country: 'AE',
    customsTerritory: 'AE',
    currency: 'AED',
    dutyBasis: 'CIF',
  },
  {
    id: 'country.VN',
    version: '1',
    source: 'Circular 39/2015/TT-BTC on customs value (transaction value includes freight and insurance to the first port of import), as amended by Circular 60/2019/TT-BTC',
    effectiveFrom: DATA_FROM,
    country: 'VN',
    customsTerritory: 'VN',
    currency: 'VND',
    dutyBasis: 'CIF',
  },
];

export const COUNTRY_PROFILES: CountryProfileData[] = [...euProfiles, ...bulgaria, ...others];
