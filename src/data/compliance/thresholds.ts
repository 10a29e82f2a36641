/**
 * When the law requires a seller abroad to register, as dated data with sources: a threshold of
 * sales (and for some US states a number of transactions) over a period, the scheme the
 * registration is for, and what counts. Cited from knowledge of the law, checked 2026-11-27, not
 * re-read that day; verify before relying on them. Read by src/services/compliance/thresholds.ts,
 * which compares them with the running totals of the store's paid orders.
 *
 * `counts`: which orders count toward the total: deliveries to the country (`destination`), or
 * deliveries from a warehouse in `fromCountry` to a region of the country (US states).
 * `period`: 'rolling-12-months' or 'calendar-year' (the current and the previous one, whichever is
 * higher, as the rule says for several US states and the EU).
 */
export type Threshold = {
  id: string;
  scheme: string;
  country: string;
  region?: string;
  /** Also counted: deliveries from a warehouse in this country only (US nexus counts remote sales into the state). */
  fromCountry?: string;
  /** A sales amount in minor units of `currency`; null when the rule has none (register from the first sale). */
  amountMinor: number | null;
  currency: string;
  /** Transactions that alone also reach the threshold (US states with an "or N transactions" rule). */
  transactions?: number;
  period: 'rolling-12-months' | 'calendar-year';
  what: string;
  validFrom: string;
  validTo: string | null;
  source: string;
};

export const THRESHOLDS: readonly Threshold[] = [
  {
    id: 'ch.mail-order',
    scheme: 'CH_VAT',
    country: 'CH',
    amountMinor: 10_000_000,
    currency: 'CHF',
    period: 'rolling-12-months',
    what: 'worldwide turnover from small consignments to Switzerland (import tax of at most CHF 5 each); counted here: deliveries to CH',
    validFrom: '2019-01-01',
    validTo: null,
    source: 'Swiss VAT Act (MWSTG) art. 7 para. 3 lit. b (mail-order rule), in force 2019-01-01; ESTV info 06',
  },
  {
    id: 'au.lvig',
    scheme: 'AU_GST',
    country: 'AU',
    amountMinor: 7_500_000,
    currency: 'AUD',
    period: 'rolling-12-months',
    what: 'GST turnover from sales connected with Australia (low-value imported goods of AUD 1,000 or less included); counted here: deliveries to AU',
    validFrom: '2018-07-01',
    validTo: null,
    source: 'A New Tax System (Goods and Services Tax) Act 1999 (Cth) s. 23-15 (registration turnover threshold AUD 75,000); Div. 84-C low value imported goods, from 2018-07-01',
  },
  {
    id: 'nz.lvg',
    scheme: 'NZ_GST',
    country: 'NZ',
    amountMinor: 6_000_000,
    currency: 'NZD',
    period: 'rolling-12-months',
    what: 'supplies to New Zealand residents (low-value imported goods of NZD 1,000 or less) over 12 months; counted here: deliveries to NZ',
    validFrom: '2019-12-01',
    validTo: null,
    source: 'Goods and Services Tax Act 1985 (NZ) s. 51 (NZD 60,000 threshold), offshore supplier rules for low-value goods from 2019-12-01',
  },
  {
    id: 'no.voec',
    scheme: 'NO_VOEC',
    country: 'NO',
    amountMinor: 5_000_000,
    currency: 'NOK',
    period: 'rolling-12-months',
    what: 'sales of low-value goods (under NOK 3,000 each) to Norwegian consumers over 12 months; counted here: deliveries to NO',
    validFrom: '2020-04-01',
    validTo: null,
    source: 'Norwegian VAT Act (merverdiavgiftsloven) ch. 14 (VOEC scheme) and s. 2-1 (NOK 50,000 registration threshold), from 2020-04-01',
  },
  {
    id: 'sg.ovr-lvg',
    scheme: 'SG_OVR',
    country: 'SG',
    amountMinor: 10_000_000,
    currency: 'SGD',
    period: 'calendar-year',
    what: 'B2C supplies of low-value goods (SGD 400 or less) to Singapore in a calendar year (with global turnover above SGD 1 million); counted here: deliveries to SG',
    validFrom: '2023-01-01',
    validTo: null,
    source: 'Goods and Services Tax Act 1993 (SG) overseas vendor registration for low-value goods, from 2023-01-01 (IRAS e-Tax Guide)',
  },
  {
    id: 'eu.oss-distance-sales',
    scheme: 'EU_OSS',
    country: 'EU',
    fromCountry: 'EU',
    amountMinor: 1_000_000,
    currency: 'EUR',
    period: 'calendar-year',
    what: 'intra-EU distance sales of goods to consumers in other member states, EU-wide, in the current or previous calendar year; above it, VAT of the destination (the OSS); counted here: deliveries from an EU warehouse to another member state',
    validFrom: '2021-07-01',
    validTo: null,
    source: 'Council Directive 2006/112/EC art. 59c (EUR 10,000 threshold), as amended by Directive (EU) 2017/2455, from 2021-07-01',
  },
  {
    id: 'gb.low-value',
    scheme: 'UK_VAT',
    country: 'GB',
    amountMinor: null,
    currency: 'GBP',
    period: 'rolling-12-months',
    what: 'an overseas seller of consignments of GBP 135 or less to UK consumers must register from the first sale (no threshold for non-established businesses)',
    validFrom: '2021-01-01',
    validTo: null,
    source: 'Value Added Tax Act 1994 Sch. 1A (non-established taxable persons, no registration threshold); Taxation (Cross-border Trade) Act 2018, from 2021-01-01',
  },
  // US states: economic nexus for remote sellers (after South Dakota v. Wayfair, 2018). A selection of the largest markets.
  { id: 'us.ca', scheme: 'US_SALES_TAX', country: 'US', region: 'CA', fromCountry: 'US', amountMinor: 50_000_000, currency: 'USD', period: 'calendar-year', what: 'sales of tangible personal property delivered into California in the current or preceding calendar year', validFrom: '2019-04-25', validTo: null, source: 'California Revenue and Taxation Code s. 6203(c)(4) (USD 500,000), AB 147' },
  { id: 'us.ny', scheme: 'US_SALES_TAX', country: 'US', region: 'NY', fromCountry: 'US', amountMinor: 50_000_000, currency: 'USD', transactions: 100, period: 'rolling-12-months', what: 'gross receipts from sales of tangible personal property delivered into New York over USD 500,000 AND more than 100 sales in the preceding four sales-tax quarters (both needed; counted here over 12 months)', validFrom: '2019-06-24', validTo: null, source: 'New York Tax Law s. 1101(b)(8)(iv) (as amended 2019)' },
  { id: 'us.tx', scheme: 'US_SALES_TAX', country: 'US', region: 'TX', fromCountry: 'US', amountMinor: 50_000_000, currency: 'USD', period: 'rolling-12-months', what: 'total Texas revenues over the preceding 12 calendar months', validFrom: '2019-10-01', validTo: null, source: '34 Texas Administrative Code s. 3.286(b)(2)(C) (USD 500,000)' },
  { id: 'us.fl', scheme: 'US_SALES_TAX', country: 'US', region: 'FL', fromCountry: 'US', amountMinor: 10_000_000, currency: 'USD', period: 'calendar-year', what: 'taxable remote sales into Florida in the previous calendar year', validFrom: '2021-07-01', validTo: null, source: 'Florida Statutes s. 212.0596(2)(a) (USD 100,000), SB 50 (2021)' },
  { id: 'us.wa', scheme: 'US_SALES_TAX', country: 'US', region: 'WA', fromCountry: 'US', amountMinor: 10_000_000, currency: 'USD', period: 'calendar-year', what: 'gross retail sales into Washington in the current or prior calendar year', validFrom: '2019-03-14', validTo: null, source: 'RCW 82.08.0531 and 82.04.067 (USD 100,000; the 200-transaction test repealed 2019)' },
  { id: 'us.il', scheme: 'US_SALES_TAX', country: 'US', region: 'IL', fromCountry: 'US', amountMinor: 10_000_000, currency: 'USD', transactions: 200, period: 'rolling-12-months', what: 'gross receipts from sales into Illinois of USD 100,000 or 200 separate transactions over the preceding 12 months', validFrom: '2020-01-01', validTo: null, source: '35 ILCS 105/2 (Use Tax Act, remote retailer nexus)' },
  { id: 'us.ga', scheme: 'US_SALES_TAX', country: 'US', region: 'GA', fromCountry: 'US', amountMinor: 10_000_000, currency: 'USD', transactions: 200, period: 'calendar-year', what: 'gross revenue from sales into Georgia of more than USD 100,000 or 200 or more transactions in the previous or current calendar year', validFrom: '2020-01-01', validTo: null, source: 'O.C.G.A. s. 48-8-2(8)(M.1)' },
];

/** EU member states (for the intra-EU distance-sales threshold). */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '));

/** Share of a threshold from which the store is warned before crossing it. */
export const WARN_AT_SHARE = 0.8;
