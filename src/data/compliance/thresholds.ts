/**
 * When the law requires a seller abroad to register, as dated data with sources: a threshold of
 * sales (and for some US states a number of transactions) over a period, the scheme the
 * registration is for, and what counts. Cited from knowledge of the law, checked 2026-11-27, not
 * re-read that day; verify before relying on them. This holds for every row, and for the US state
 * economic nexus rules (all 45 states with a general sales tax and DC, with their changes) in
 * particular: their amounts, transaction tests and dates are stated from knowledge of the statutes
 * and the departments of revenue's guidance named in `source`, not copied from them. Read by
 * src/services/compliance/thresholds.ts, which compares them with the running totals of the
 * store's paid orders; test/compliance/thresholds-data.test.ts holds them to the rules below.
 *
 * `counts`: which orders count toward the total:
 * - `destination`: deliveries to `country` (and to `region` when given), from a warehouse in
 *   `fromCountry` when given (US nexus counts remote sales into the state from the US warehouse);
 * - `intra-eu-cross-border`: deliveries from a warehouse in one EU member state to a buyer in
 *   another (the EU's distance sales; `country` is EU).
 * `period`: 'rolling-12-months' or 'calendar-year' (the current one is counted; several US states
 * and the EU test the current or the previous one, whichever is higher).
 * `test`, with `transactions`: whether the number of orders alone also reaches the threshold
 * (`amount-or-transactions`, most US states that keep a transactions test) or both are needed
 * (`amount-and-transactions`: New York, Connecticut).
 * A rule that changed is two rows with the same id, the first closed by `validTo` the day before
 * the second's `validFrom`.
 */
export type Threshold = {
  id: string;
  scheme: string;
  country: string;
  region?: string;
  /** Counted only from a warehouse in this country (US nexus counts remote sales into the state). */
  fromCountry?: string;
  counts: 'destination' | 'intra-eu-cross-border';
  /** Only registrations of this kind of the scheme cover it: the EU's distance sales of goods need the OSS union scheme. */
  variant?: 'union';
  /** A sales amount in minor units of `currency`; null when the rule has none (register from the first sale). */
  amountMinor: number | null;
  currency: string;
  period: 'rolling-12-months' | 'calendar-year';
  what: string;
  validFrom: string;
  validTo: string | null;
  source: string;
} & (
  | { transactions?: undefined; test?: undefined }
  | {
      /** Orders that reach the threshold alone (`amount-or-transactions`) or together with the amount (`amount-and-transactions`). */
      transactions: number;
      test: 'amount-or-transactions' | 'amount-and-transactions';
    }
);

type UsRule = Pick<Threshold, 'amountMinor' | 'period' | 'what' | 'validFrom' | 'validTo' | 'source'> & ({ transactions?: undefined; test?: undefined } | { transactions: number; test: 'amount-or-transactions' | 'amount-and-transactions' });

/** A US state's economic nexus rule: sales delivered into the state from the US warehouse, in USD. */
function us(region: string, rule: UsRule): Threshold {
  return { id: `us.${region.toLowerCase()}`, scheme: 'US_SALES_TAX', country: 'US', region, fromCountry: 'US', counts: 'destination', currency: 'USD', ...rule };
}

/** USD 100,000 or 200 separate transactions: the most common rule after South Dakota v. Wayfair. */
const OR_200 = { transactions: 200, test: 'amount-or-transactions' } as const;

export const THRESHOLDS: readonly Threshold[] = [
  {
    id: 'ch.mail-order',
    scheme: 'CH_VAT',
    country: 'CH',
    counts: 'destination',
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
    counts: 'destination',
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
    counts: 'destination',
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
    counts: 'destination',
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
    counts: 'destination',
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
    counts: 'intra-eu-cross-border',
    variant: 'union',
    amountMinor: 1_000_000,
    currency: 'EUR',
    period: 'calendar-year',
    what: 'intra-EU distance sales of goods to consumers in other member states, EU-wide, in the current or previous calendar year; above it, VAT of the destination, declared through the OSS union scheme (the non-union scheme covers services only); counted here: deliveries from an EU warehouse to another member state',
    validFrom: '2021-07-01',
    validTo: null,
    source: 'Council Directive 2006/112/EC art. 59c (EUR 10,000 threshold) and art. 369a-369k (union scheme), as amended by Directive (EU) 2017/2455, from 2021-07-01',
  },
  {
    id: 'gb.low-value',
    scheme: 'UK_VAT',
    country: 'GB',
    counts: 'destination',
    amountMinor: null,
    currency: 'GBP',
    period: 'rolling-12-months',
    what: 'an overseas seller of consignments of GBP 135 or less to UK consumers must register from the first sale (no threshold for non-established businesses)',
    validFrom: '2021-01-01',
    validTo: null,
    source: 'Value Added Tax Act 1994 Sch. 1A (non-established taxable persons, no registration threshold); Taxation (Cross-border Trade) Act 2018, from 2021-01-01',
  },
  // US states: economic nexus for remote sellers after South Dakota v. Wayfair, 585 U.S. 162 (2018),
  // every state with a general sales tax and DC (AK, DE, MT, NH and OR have none). Amounts in cents.
  // `test` is absent where the state has no transactions test (or has dropped it: a second row).
  // "calendar-year": the law tests the current or the previous calendar year (some the previous
  // one only, said in `what`); counted here: the current one.
  us('AL', { amountMinor: 25_000_000, period: 'calendar-year', what: 'retail sales of tangible personal property into Alabama over USD 250,000 in the previous calendar year (counted here: the current one)', validFrom: '2018-10-01', validTo: null, source: 'Ala. Admin. Code r. 810-6-2-.90.03 (USD 250,000, previous calendar year; from 2018-10-01)' }),
  us('AZ', { amountMinor: 20_000_000, period: 'calendar-year', what: 'gross proceeds or gross income from sales into Arizona over USD 200,000 in the previous or current calendar year (2019)', validFrom: '2019-10-01', validTo: '2019-12-31', source: 'A.R.S. s. 42-5043(A) (HB 2757, 2019: USD 200,000 in 2019)' }),
  us('AZ', { amountMinor: 15_000_000, period: 'calendar-year', what: 'gross proceeds or gross income from sales into Arizona over USD 150,000 in the previous or current calendar year (2020)', validFrom: '2020-01-01', validTo: '2020-12-31', source: 'A.R.S. s. 42-5043(A) (HB 2757, 2019: USD 150,000 in 2020)' }),
  us('AZ', { amountMinor: 10_000_000, period: 'calendar-year', what: 'gross proceeds or gross income from sales into Arizona over USD 100,000 in the previous or current calendar year', validFrom: '2021-01-01', validTo: null, source: 'A.R.S. s. 42-5043(A) (HB 2757, 2019: USD 100,000 from 2021)' }),
  us('AR', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'sales into Arkansas over USD 100,000 or 200 or more separate transactions in the previous or current calendar year', validFrom: '2019-07-01', validTo: null, source: 'Ark. Code Ann. s. 26-52-111 (Act 822 of 2019)' }),
  { id: 'us.ca', scheme: 'US_SALES_TAX', country: 'US', region: 'CA', fromCountry: 'US', counts: 'destination', amountMinor: 50_000_000, currency: 'USD', period: 'calendar-year', what: 'sales of tangible personal property delivered into California in the current or preceding calendar year', validFrom: '2019-04-25', validTo: null, source: 'California Revenue and Taxation Code s. 6203(c)(4) (USD 500,000), AB 147' },
  us('CO', { amountMinor: 10_000_000, period: 'calendar-year', what: 'retail sales into Colorado over USD 100,000 in the previous or current calendar year', validFrom: '2019-06-01', validTo: null, source: 'C.R.S. s. 39-26-102(3)(c); 1 CCR 201-4 Rule 39-26-102.3 (HB 19-1240 removed the 200-transactions test of the 2018 rule)' }),
  us('CT', { amountMinor: 10_000_000, transactions: 200, test: 'amount-and-transactions', period: 'rolling-12-months', what: 'gross receipts from retail sales into Connecticut of at least USD 100,000 AND at least 200 retail sales in the 12 months ended on the preceding 30 September (both needed; counted here over the last 12 months)', validFrom: '2019-07-01', validTo: null, source: 'Conn. Gen. Stat. s. 12-407(a)(12) (Public Act 19-117, USD 100,000 and 200 sales from 2019-07-01)' }),
  us('DC', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross receipts from sales into the District of Columbia over USD 100,000 or 200 or more separate retail sales in the previous or current calendar year', validFrom: '2019-04-01', validTo: null, source: 'D.C. Code s. 47-2001 as amended by the Fiscal Year 2019 Budget Support Act of 2018 (remote sellers, from 2019-04-01); Office of Tax and Revenue remote seller notice' }),
  { id: 'us.fl', scheme: 'US_SALES_TAX', country: 'US', region: 'FL', fromCountry: 'US', counts: 'destination', amountMinor: 10_000_000, currency: 'USD', period: 'calendar-year', what: 'taxable remote sales into Florida in the previous calendar year (counted here: the current one)', validFrom: '2021-07-01', validTo: null, source: 'Florida Statutes s. 212.0596(2)(a) (USD 100,000), SB 50 (2021)' },
  us('GA', { amountMinor: 25_000_000, ...OR_200, period: 'calendar-year', what: 'gross revenue from sales into Georgia of more than USD 250,000 or 200 or more transactions in the previous or current calendar year', validFrom: '2019-01-01', validTo: '2019-12-31', source: 'O.C.G.A. s. 48-8-2(8)(M.1) (HB 61, 2018: USD 250,000 until 2019-12-31)' }),
  us('GA', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross revenue from sales into Georgia of more than USD 100,000 or 200 or more transactions in the previous or current calendar year', validFrom: '2020-01-01', validTo: null, source: 'O.C.G.A. s. 48-8-2(8)(M.1) (HB 182, 2019: USD 100,000 from 2020-01-01)' }),
  us('HI', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross income from sales into Hawaii of USD 100,000 or more, or 200 or more separate transactions, in the current or preceding calendar year (general excise tax)', validFrom: '2018-07-01', validTo: null, source: 'Haw. Rev. Stat. s. 237-2.5 (Act 41, SLH 2019); Department of Taxation TIR 2018-01 (from 2018-07-01)' }),
  us('ID', { amountMinor: 10_000_000, period: 'calendar-year', what: 'sales into Idaho over USD 100,000 in the previous or current calendar year', validFrom: '2019-06-01', validTo: null, source: 'Idaho Code s. 63-3611 (HB 259, 2019)' }),
  us('IL', { amountMinor: 10_000_000, ...OR_200, period: 'rolling-12-months', what: 'gross receipts from sales into Illinois of USD 100,000 or more, or 200 or more separate transactions, in the preceding 12 months (tested each quarter)', validFrom: '2018-10-01', validTo: '2025-12-31', source: '35 ILCS 105/2 (Use Tax Act) and, from 2021-01-01, 35 ILCS 120/2 (Retailers\' Occupation Tax Act), remote retailers' }),
  us('IL', { amountMinor: 10_000_000, period: 'rolling-12-months', what: 'gross receipts from sales into Illinois of USD 100,000 or more in the preceding 12 months (tested each quarter); the transactions test is gone', validFrom: '2026-01-01', validTo: null, source: '35 ILCS 105/2 and 35 ILCS 120/2, remote retailers; the 200-transactions test repealed from 2026-01-01 (2025 revenue legislation)' }),
  us('IN', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross revenue from sales into Indiana over USD 100,000 or 200 or more separate transactions in the previous or current calendar year', validFrom: '2018-10-01', validTo: '2023-12-31', source: 'Ind. Code s. 6-2.5-2-1(c) (remote sellers, from 2018-10-01)' }),
  us('IN', { amountMinor: 10_000_000, period: 'calendar-year', what: 'gross revenue from sales into Indiana over USD 100,000 in the previous or current calendar year; the transactions test is gone', validFrom: '2024-01-01', validTo: null, source: 'Ind. Code s. 6-2.5-2-1(c); the 200-transactions test repealed from 2024-01-01 (2023 legislation)' }),
  us('IA', { amountMinor: 10_000_000, period: 'calendar-year', what: 'gross revenue from sales into Iowa of USD 100,000 or more in the previous or current calendar year', validFrom: '2019-07-01', validTo: null, source: 'Iowa Code s. 423.14A (SF 2417 of 2018; the 200-transactions test repealed by SF 220, from 2019-07-01)' }),
  us('KS', { amountMinor: 10_000_000, period: 'calendar-year', what: 'gross receipts from sales into Kansas over USD 100,000 in the current or preceding calendar year', validFrom: '2021-07-01', validTo: null, source: 'K.S.A. 79-3702(h)(1)(F) (SB 50, 2021)' }),
  us('KY', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross receipts from sales into Kentucky over USD 100,000 or 200 or more separate transactions in the previous or current calendar year', validFrom: '2018-10-01', validTo: null, source: 'KRS 139.340 (HB 487, 2018)' }),
  us('LA', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross revenue from sales into Louisiana over USD 100,000 or 200 or more separate transactions in the previous or current calendar year', validFrom: '2020-07-01', validTo: '2024-07-31', source: 'La. R.S. 47:301(4)(m) (remote dealers; Louisiana Sales and Use Tax Commission for Remote Sellers)' }),
  us('LA', { amountMinor: 10_000_000, period: 'calendar-year', what: 'gross revenue from sales into Louisiana over USD 100,000 in the previous or current calendar year; the transactions test is gone', validFrom: '2024-08-01', validTo: null, source: 'La. R.S. 47:301(4)(m); the 200-transactions test repealed from 2024-08-01 (2024 legislation)' }),
  us('ME', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross sales into Maine over USD 100,000 or 200 or more separate transactions in the previous or current calendar year', validFrom: '2018-07-01', validTo: '2021-12-31', source: '36 M.R.S. s. 1951-B (remote sellers, from 2018-07-01)' }),
  us('ME', { amountMinor: 10_000_000, period: 'calendar-year', what: 'gross sales into Maine over USD 100,000 in the previous or current calendar year; the transactions test is gone', validFrom: '2022-01-01', validTo: null, source: '36 M.R.S. s. 1951-B; the 200-transactions test repealed from 2022-01-01' }),
  us('MD', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross revenue from sales into Maryland over USD 100,000 or 200 or more separate transactions in the previous or current calendar year', validFrom: '2018-10-01', validTo: null, source: 'COMAR 03.06.01.33' }),
  us('MA', { amountMinor: 10_000_000, period: 'calendar-year', what: 'sales into Massachusetts over USD 100,000 in the preceding or current calendar year', validFrom: '2019-10-01', validTo: null, source: 'M.G.L. c. 64H s. 1 (definition of "vendor"), as amended in 2019 (USD 100,000 from 2019-10-01); 830 CMR 64H.1.9 before it' }),
  us('MI', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross receipts from sales into Michigan over USD 100,000 or 200 or more separate transactions in the previous calendar year (counted here: the current one)', validFrom: '2018-10-01', validTo: null, source: 'MCL 205.52b; Revenue Administrative Bulletin 2018-16' }),
  us('MN', { amountMinor: 10_000_000, ...OR_200, period: 'rolling-12-months', what: 'retail sales into Minnesota totalling USD 100,000 or more, or 200 or more retail sales, in the preceding 12 months', validFrom: '2019-10-01', validTo: null, source: 'Minn. Stat. s. 297A.66 (remote retailers; USD 100,000 or 200 retail sales from 2019-10-01)' }),
  us('MS', { amountMinor: 25_000_000, period: 'rolling-12-months', what: 'sales into Mississippi over USD 250,000 in the prior 12 months', validFrom: '2018-09-01', validTo: null, source: 'Miss. Admin. Code 35.IV.3.09 (USD 250,000)' }),
  us('MO', { amountMinor: 10_000_000, period: 'rolling-12-months', what: 'gross receipts from taxable sales into Missouri over USD 100,000 in the previous 12 months (tested each quarter)', validFrom: '2023-01-01', validTo: null, source: 'RSMo s. 144.605 (SB 153 and SB 97, 2021; from 2023-01-01)' }),
  us('NE', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'sales into Nebraska over USD 100,000 or 200 or more separate transactions in the current or preceding calendar year', validFrom: '2019-04-01', validTo: null, source: 'Neb. Rev. Stat. s. 77-2701.13 (LB 284, 2019)' }),
  us('NV', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'retail sales into Nevada over USD 100,000 or 200 or more separate retail transactions in the current or preceding calendar year', validFrom: '2018-10-01', validTo: null, source: 'Nev. Admin. Code ch. 372 as amended by LCB File No. R189-18 (from 2018-10-01)' }),
  us('NJ', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross revenue from sales into New Jersey over USD 100,000 or 200 or more separate transactions in the current or prior calendar year', validFrom: '2018-11-01', validTo: null, source: 'N.J.S.A. 54:32B-3.5 (P.L. 2018, c. 132)' }),
  us('NM', { amountMinor: 10_000_000, period: 'calendar-year', what: 'taxable gross receipts from New Mexico of USD 100,000 or more in the previous calendar year (gross receipts tax; counted here: the current one)', validFrom: '2019-07-01', validTo: null, source: 'NMSA 1978 s. 7-9-3.3 (HB 6, 2019)' }),
  { id: 'us.ny', scheme: 'US_SALES_TAX', country: 'US', region: 'NY', fromCountry: 'US', counts: 'destination', amountMinor: 50_000_000, currency: 'USD', transactions: 100, test: 'amount-and-transactions', period: 'rolling-12-months', what: 'gross receipts from sales of tangible personal property delivered into New York over USD 500,000 AND more than 100 sales in the preceding four sales-tax quarters (both needed; counted here over 12 months)', validFrom: '2019-06-24', validTo: null, source: 'New York Tax Law s. 1101(b)(8)(iv) (as amended 2019)' },
  us('NC', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross sales into North Carolina over USD 100,000 or 200 or more separate transactions in the previous or current calendar year', validFrom: '2018-11-01', validTo: '2024-06-30', source: 'N.C. Gen. Stat. s. 105-164.8(b)(3) (remote sellers, from 2018-11-01)' }),
  us('NC', { amountMinor: 10_000_000, period: 'calendar-year', what: 'gross sales into North Carolina over USD 100,000 in the previous or current calendar year; the transactions test is gone', validFrom: '2024-07-01', validTo: null, source: 'N.C. Gen. Stat. s. 105-164.8(b)(3); the 200-transactions test repealed from 2024-07-01 (2024 legislation)' }),
  us('ND', { amountMinor: 10_000_000, period: 'calendar-year', what: 'taxable sales into North Dakota over USD 100,000 in the previous or current calendar year', validFrom: '2019-01-01', validTo: null, source: 'N.D.C.C. s. 57-39.2-02.2 (SB 2191 of 2019 repealed the 200-transactions test for sales after 2018)' }),
  us('OH', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross receipts from sales into Ohio over USD 100,000 or 200 or more separate transactions in the current or preceding calendar year', validFrom: '2019-08-01', validTo: null, source: 'Ohio Rev. Code s. 5741.01(I)(1)(h) (HB 166, 2019)' }),
  us('OK', { amountMinor: 10_000_000, period: 'calendar-year', what: 'taxable sales into Oklahoma of USD 100,000 or more in the preceding or current calendar year', validFrom: '2019-11-01', validTo: null, source: '68 O.S. s. 1392 (as amended 2019; USD 100,000 from 2019-11-01)' }),
  us('PA', { amountMinor: 10_000_000, period: 'rolling-12-months', what: 'gross sales into Pennsylvania over USD 100,000 in the previous 12 months', validFrom: '2019-07-01', validTo: null, source: '72 P.S. s. 7213.1 (Act 43 of 2017); Department of Revenue Sales and Use Tax Bulletin 2019-01 (USD 100,000, from 2019-07-01)' }),
  us('RI', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross revenue from sales into Rhode Island of USD 100,000 or more, or 200 or more separate transactions, in the previous calendar year (counted here: the current one)', validFrom: '2019-07-01', validTo: null, source: 'R.I. Gen. Laws ch. 44-18.2 (remote sellers), s. 44-18.2-3 (from 2019-07-01)' }),
  us('SC', { amountMinor: 10_000_000, period: 'calendar-year', what: 'gross revenue from sales into South Carolina over USD 100,000 in the previous or current calendar year', validFrom: '2018-11-01', validTo: null, source: 'S.C. Code s. 12-36-71; Revenue Ruling 18-14' }),
  us('SD', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross revenue from sales into South Dakota over USD 100,000 or 200 or more separate transactions in the previous or current calendar year', validFrom: '2018-11-01', validTo: '2023-06-30', source: 'SDCL 10-64-2 (SB 106 of 2016, upheld in South Dakota v. Wayfair, 2018)' }),
  us('SD', { amountMinor: 10_000_000, period: 'calendar-year', what: 'gross revenue from sales into South Dakota over USD 100,000 in the previous or current calendar year; the transactions test is gone', validFrom: '2023-07-01', validTo: null, source: 'SDCL 10-64-2; the 200-transactions test repealed from 2023-07-01 (HB 1039, 2023)' }),
  us('TN', { amountMinor: 50_000_000, period: 'rolling-12-months', what: 'sales into Tennessee over USD 500,000 in the previous 12 months', validFrom: '2019-10-01', validTo: '2020-09-30', source: 'Tenn. Comp. R. & Regs. 1320-05-01-.129 (USD 500,000 from 2019-10-01)' }),
  us('TN', { amountMinor: 10_000_000, period: 'rolling-12-months', what: 'sales into Tennessee over USD 100,000 in the previous 12 months', validFrom: '2020-10-01', validTo: null, source: 'Tenn. Comp. R. & Regs. 1320-05-01-.129, as lowered to USD 100,000 by 2020 legislation (from 2020-10-01)' }),
  { id: 'us.tx', scheme: 'US_SALES_TAX', country: 'US', region: 'TX', fromCountry: 'US', counts: 'destination', amountMinor: 50_000_000, currency: 'USD', period: 'rolling-12-months', what: 'total Texas revenues over the preceding 12 calendar months', validFrom: '2019-10-01', validTo: null, source: '34 Texas Administrative Code s. 3.286(b)(2)(C) (USD 500,000)' },
  us('UT', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross revenue from sales into Utah over USD 100,000 or 200 or more separate transactions in the previous or current calendar year', validFrom: '2019-01-01', validTo: '2025-06-30', source: 'Utah Code s. 59-12-107(2)(c) (SB 2001, 2018)' }),
  us('UT', { amountMinor: 10_000_000, period: 'calendar-year', what: 'gross revenue from sales into Utah over USD 100,000 in the previous or current calendar year; the transactions test is gone', validFrom: '2025-07-01', validTo: null, source: 'Utah Code s. 59-12-107(2)(c); the 200-transactions test repealed from 2025-07-01 (2025 legislation)' }),
  us('VT', { amountMinor: 10_000_000, ...OR_200, period: 'rolling-12-months', what: 'sales into Vermont of at least USD 100,000 or at least 200 individual sales in any 12-month period preceding the month', validFrom: '2018-07-01', validTo: null, source: '32 V.S.A. s. 9701(9)(F)' }),
  us('VA', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross revenue from sales into Virginia over USD 100,000 or 200 or more separate transactions in the previous or current calendar year', validFrom: '2019-07-01', validTo: null, source: 'Va. Code s. 58.1-612(C)(8) (HB 1722 and SB 1083, 2019)' }),
  { id: 'us.wa', scheme: 'US_SALES_TAX', country: 'US', region: 'WA', fromCountry: 'US', counts: 'destination', amountMinor: 10_000_000, currency: 'USD', period: 'calendar-year', what: 'gross retail sales into Washington in the current or prior calendar year', validFrom: '2019-03-14', validTo: null, source: 'RCW 82.08.0531 and 82.04.067 (USD 100,000; the 200-transaction test repealed 2019)' },
  us('WV', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross revenue from sales into West Virginia over USD 100,000 or 200 or more separate transactions in the previous or current calendar year', validFrom: '2019-01-01', validTo: null, source: 'W. Va. Code s. 11-15A-6b (remote sellers, from 2019-01-01)' }),
  us('WI', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross sales into Wisconsin over USD 100,000 or 200 or more separate transactions in the previous or current calendar year', validFrom: '2018-10-01', validTo: '2021-02-19', source: 'Wis. Admin. Code Tax 11.97 (from 2018-10-01)' }),
  us('WI', { amountMinor: 10_000_000, period: 'calendar-year', what: 'gross sales into Wisconsin over USD 100,000 in the previous or current calendar year; the transactions test is gone', validFrom: '2021-02-20', validTo: null, source: 'Wis. Admin. Code Tax 11.97; the 200-transactions test repealed from 2021-02-20 (2021 Wis. Act 1)' }),
  us('WY', { amountMinor: 10_000_000, ...OR_200, period: 'calendar-year', what: 'gross revenue from sales into Wyoming over USD 100,000 or 200 or more separate transactions in the current or prior calendar year', validFrom: '2019-02-01', validTo: '2024-06-30', source: 'Wyo. Stat. s. 39-15-501 (remote sellers, enforced from 2019-02-01)' }),
  us('WY', { amountMinor: 10_000_000, period: 'calendar-year', what: 'gross revenue from sales into Wyoming over USD 100,000 in the current or prior calendar year; the transactions test is gone', validFrom: '2024-07-01', validTo: null, source: 'Wyo. Stat. s. 39-15-501; the 200-transactions test repealed from 2024-07-01 (2024 legislation)' }),
];

/** EU member states (for the intra-EU distance-sales threshold). */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '));

/** Share of a threshold from which the store is warned before crossing it. */
export const WARN_AT_SHARE = 0.8;
