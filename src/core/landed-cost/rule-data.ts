/**
 * Landed-cost rules as data: the shape in which rules are written (starter facts in src/data/rules,
 * imported tariffs) before `compileRules` checks them and indexes them for calculation.
 *
 * Conventions:
 * - Dates are ISO "YYYY-MM-DD"; `effectiveFrom` is inclusive, `effectiveTo` exclusive (absent: open).
 * - Percentages are decimal strings ("19", "8.1", "5.5"); money is { amount: "150.00", currency: "EUR" }
 *   in major units, exact.
 * - Countries are ISO 3166-1 alpha-2; a customs territory is a country code or "EU".
 * - HS prefixes are 2 to 10 digits; the longest prefix that matches an item's code wins.
 * - `source` is a URL or a legal reference that a person can check; `note` records open points and
 *   where sources disagree.
 */
export type RuleMeta = {
  /** Stable identifier, unique in a rule set, e.g. "tax.DE.vat.standard". */
  id: string;
  /** Version of this rule's content; bump it when the fact changes (a new dated rule is better). */
  version: string;
  source: string;
  effectiveFrom: string;
  effectiveTo?: string;
  note?: string;
};

export type MoneyData = { amount: string; currency: string };

/** Where a destination belongs and how it values goods for duty. */
export type CountryProfileData = RuleMeta & {
  country: string;
  /** "EU" for the 27 member states; otherwise the country itself. */
  customsTerritory: string;
  /** The currency customs works in; thresholds and duties are computed in it. */
  currency: string;
  /**
   * Customs value for duty: CIF (goods + freight + insurance to the border) or FOB (goods only,
   * transport and insurance to the importing country excluded).
   */
  dutyBasis: 'CIF' | 'FOB';
  /** Rounding of each duty and tax amount in the local currency (default half-up). */
  rounding?: 'half-up' | 'half-even' | 'down';
  /** Weights for specific duties are rounded up to this step in kg (Switzerland: "0.1", the next 100 g). */
  dutyWeightStepKg?: string;
};

/** A duty line of a national tariff. `rate` is as written in the tariff: "12%", "3.50 EUR/kg", "Free". */
export type TariffLineData = RuleMeta & {
  territory: string;
  /** 2 to 10 digits; "" (all goods) is allowed only for ADDITIONAL programs. */
  hsPrefix: string;
  program: 'MFN' | 'PREFERENTIAL' | 'ADDITIONAL';
  /** For PREFERENTIAL: the agreement, e.g. "EVFTA"; for ADDITIONAL: the measure, e.g. "Section 122". */
  agreement?: string;
  /** Origins that qualify (PREFERENTIAL) or that the measure targets (ADDITIONAL; absent = all origins). */
  origins?: string[];
  /** Origins exempt from an ADDITIONAL measure (e.g. USMCA goods). */
  exceptOrigins?: string[];
  /** Goods exempt from an ADDITIONAL measure, by HS prefix (e.g. agricultural products in an annex). */
  exceptHsPrefixes?: string[];
  /** `exceptOrigins` exempts only goods whose preference is claimed (USMCA-qualifying goods). */
  exceptOriginsNeedClaim?: boolean;
  rate: string;
  description?: string;
};

/** How an import tax's base is built from the goods' customs value. */
export type TaxBaseData = {
  /** Add international freight to the base (CIF-type). */
  freight: boolean;
  insurance: boolean;
  /** Add customs duties (and additional duties) to the base: "VAT on duty". */
  duty: boolean;
  /** Add customs fees collected at import to the base (e.g. EU incidental costs). */
  fees?: boolean;
  /**
   * The tax is part of its own base ("por dentro", as Brazil's ICMS): tax = base x r / (1 - r).
   */
  inclusive?: boolean;
};

/** An import VAT/GST rate. `hsPrefixes` limits a reduced rate to goods; the standard rate has none. */
export type ImportTaxRuleData = RuleMeta & {
  country: string;
  /** A sub-national region where the rate differs (Canadian HST provinces: "ON", "NS", ...). */
  region?: string;
  /** The tax's own name: VAT, GST, HST, IGST, Consumption tax, ... */
  name: string;
  kind: 'standard' | 'reduced';
  hsPrefixes?: string[];
  percent: string;
  base: TaxBaseData;
};

/**
 * A de minimis threshold: below it, the duty (or the import tax) is not collected.
 * No `threshold` states that there is none (e.g. the US since 2025-08-29), so the answer can say so.
 */
export type DeMinimisRuleData = RuleMeta & {
  /** A country, or "EU" for the whole customs territory. */
  destination: string;
  appliesTo: 'duty' | 'tax';
  threshold?: MoneyData;
  /** lte: relief when value <= threshold; lt: when value < threshold. */
  comparison: 'lte' | 'lt';
  /**
   * What is compared:
   * - intrinsic: goods value of the consignment, without transport and insurance
   * - customs-value: the customs value (CIF or FOB per the country's duty basis)
   * - cif: goods + freight + insurance
   * - per-item: each item's unit value, goods only (Norway VOEC tests per item)
   * - retail-share: a share of the retail price (Japan values personal imports at 60%)
   * - tax-amount / duty-amount: the amount of tax or duty itself (Switzerland: tax under CHF 5)
   */
  valueTested: 'intrinsic' | 'customs-value' | 'cif' | 'per-item' | 'retail-share' | 'tax-amount' | 'duty-amount';
  retailSharePercent?: string;
  channels?: Array<'postal' | 'courier'>;
  /** The rule applies only to parcels shipped from these countries (Canada's CUSMA courier thresholds). */
  shipFrom?: string[];
  notShipFrom?: string[];
  /** The rule applies only to goods of these origins (e.g. the US ended relief for CN and HK first). */
  origins?: string[];
  /** The rule does not apply to goods of these origins. */
  notOrigins?: string[];
  /** Goods never relieved, by HS prefix (alcohol, tobacco, perfume in the EU). */
  excludedHsPrefixes?: string[];
};

export type RegistrationScheme = 'IOSS' | 'UK_VAT' | 'AU_GST' | 'NZ_GST' | 'NO_VOEC' | 'SG_OVR' | 'CH_VAT';

/**
 * A low-value scheme where a registered seller charges the import VAT/GST at the point of sale
 * instead of the border (EU IOSS, UK, AU, NZ, NO VOEC, SG OVR, CH mail order).
 */
export type LowValueSchemeData = RuleMeta & {
  scheme: string;
  destination: string;
  registration: RegistrationScheme;
  ceiling: MoneyData;
  comparison: 'lte' | 'lt';
  valueTested: 'intrinsic' | 'per-item';
  /** What the point-of-sale tax is charged on besides the goods. */
  saleBase: { shipping: boolean; insurance: boolean };
  /** Goods the scheme does not cover (Norway's VOEC excludes food), taxed at the border instead. */
  excludedHsPrefixes?: string[];
  /** Goods sold under the scheme by a registered seller are also free of customs duty (Norway's VOEC). */
  relievesDuty?: boolean;
  /**
   * When the seller is not registered:
   * - border: the import tax is collected at the border as usual (EU without IOSS, NO)
   * - relief: no tax is collected on such goods (AU/NZ sellers under the registration threshold, SG)
   * - seller-must-register: the seller is liable to register and charge it (UK); the tax is still shown at checkout
   */
  unregistered: 'border' | 'relief' | 'seller-must-register';
};

/**
 * A flat duty on low-value consignments that replaces the tariff, e.g. the EU's EUR 3 per distinct
 * tariff classification from 2026-07-01 to 2028-07-01.
 */
export type FlatDutyRuleData = RuleMeta & {
  destination: string;
  ceiling: MoneyData;
  comparison: 'lte' | 'lt';
  amount: MoneyData;
  per: 'distinct-classification' | 'item' | 'consignment';
  /** Digits of the HS code that make a classification distinct (6 for HS6). */
  classificationDigits: number;
};

/** A fee charged on import: national parcel fees, customs user fees, carrier clearance fees. */
export type FeeRuleData = RuleMeta & {
  destination: string;
  name: string;
  payee: 'customs' | 'carrier' | 'broker' | 'postal operator';
  basis: 'per-consignment' | 'per-line' | 'percent-of-value' | 'percent-of-duty-and-tax';
  amount?: MoneyData;
  percent?: string;
  minimum?: MoneyData;
  maximum?: MoneyData;
  channels?: Array<'postal' | 'courier'>;
  incoterms?: Array<'DDP' | 'DAP'>;
  /** Only when the consignment's intrinsic value is at most this. */
  maxConsignmentValue?: MoneyData;
  /** Only when the consignment's intrinsic value is above this. */
  minConsignmentValue?: MoneyData;
  /** Only when some duty or import tax is collected at the border. */
  onlyWhenDutyOrTaxCollected?: boolean;
  /** Not charged when every item claims preference and originates in one of these (US MPF and USMCA goods). */
  exemptWhenClaimedFrom?: string[];
  /** Whether the fee is part of the import tax base where the tax counts fees (default true; Italy's is not). */
  inTaxBase?: boolean;
  /** What a percent-of-value fee is a percent of (default: the goods). Swiss Post: goods + shipping + duty. */
  valueBase?: 'goods' | 'goods+shipping' | 'goods+shipping+duty';
};

/** Everything the engine reads. `version` names the rule set in every answer. */
export type RuleSetData = {
  version: string;
  countries: CountryProfileData[];
  tariffs: TariffLineData[];
  taxes: ImportTaxRuleData[];
  deMinimis: DeMinimisRuleData[];
  schemes: LowValueSchemeData[];
  flatDuties: FlatDutyRuleData[];
  fees: FeeRuleData[];
};
