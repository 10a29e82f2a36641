import type { TotalsView } from './checkout-view.js';
import type { Amount, PaymentMethodView } from './view.js';

/**
 * What the help page template is given. The HTTP layer fills it from the help service's answer
 * (src/services/help/market-help.ts, whose shapes are supersets of these), so the template depends
 * on no service.
 */

/** The rule a fact comes from; `source` and `note` are in English, as the rules are written. */
export type RuleView = { readonly id: string; readonly source: string; readonly effectiveFrom: string; readonly effectiveTo: string | null; readonly note?: string | null };

/** An amount as the rule states it, and in the market's currency when that differs. */
export type HelpAmountView = { readonly amount: Amount; readonly inMarketCurrency: Amount | null };

export type TaxView = { readonly name: string; readonly kind: 'standard' | 'reduced'; readonly region: string | null; readonly percent: string; readonly hsPrefixes: readonly string[]; readonly rule: RuleView };

export type DeMinimisRuleView = {
  readonly appliesTo: 'duty' | 'tax';
  readonly threshold: HelpAmountView | null;
  readonly comparison: 'lte' | 'lt';
  readonly valueTested: string;
  readonly retailSharePercent: string | null;
  readonly channels: readonly string[];
  readonly shipFrom: readonly string[];
  readonly notShipFrom: readonly string[];
  readonly origins: readonly string[];
  readonly notOrigins: readonly string[];
  readonly excludedHsPrefixes: readonly string[];
  readonly rule: RuleView;
};

export type SchemeView = {
  readonly name: string;
  readonly registration: string;
  readonly registered: boolean;
  readonly mode: 'point-of-sale' | 'border' | 'relief';
  readonly ceiling: HelpAmountView;
  readonly comparison: 'lte' | 'lt';
  readonly valueTested: 'intrinsic' | 'per-item';
  readonly relievesDuty: boolean;
  readonly excludedHsPrefixes: readonly string[];
  readonly rule: RuleView;
};

export type FlatDutyView = { readonly amount: HelpAmountView; readonly ceiling: HelpAmountView; readonly comparison: 'lte' | 'lt'; readonly per: string; readonly classificationDigits: number; readonly rule: RuleView };

export type FeeView = {
  readonly name: string;
  readonly payee: string;
  readonly basis: string;
  readonly amount: HelpAmountView | null;
  readonly percent: string | null;
  readonly valueBase: string;
  readonly minimum: HelpAmountView | null;
  readonly maximum: HelpAmountView | null;
  readonly channels: readonly string[];
  readonly incoterms: readonly string[];
  readonly maxConsignmentValue: HelpAmountView | null;
  readonly minConsignmentValue: HelpAmountView | null;
  readonly onlyWhenDutyOrTaxCollected: boolean;
  readonly rule: RuleView;
};

export type ImportRulesView = {
  readonly taxes: readonly TaxView[];
  readonly deMinimis: readonly DeMinimisRuleView[];
  readonly schemes: readonly SchemeView[];
  readonly flatDuties: readonly FlatDutyView[];
  readonly fees: readonly FeeView[];
};

export type ImportsView = {
  readonly territory: string;
  readonly currency: string;
  readonly current: ImportRulesView;
  readonly upcoming: ImportRulesView;
  readonly fx: { readonly from: readonly string[]; readonly rateDate: string; readonly source: string } | null;
};

export type HelpDeliveryView = {
  readonly carrier: string;
  readonly name: string;
  readonly shipsFrom: string;
  readonly minDays: number;
  readonly maxDays: number;
  readonly priceFrom: Amount;
  readonly fx: { readonly from: string; readonly rateDate: string; readonly source: string } | null;
};

export type RefundCaseView = {
  readonly kind: 'domestic' | 'scheme' | 'border';
  readonly from: readonly string[];
  readonly scheme: string | null;
  readonly taxRefundable: boolean;
  readonly dutyRefundable: boolean;
  readonly rule: { readonly id: string; readonly source: string; readonly effectiveFrom: string; readonly note: string };
};

export type HelpReturnsView = { readonly refundShipping: 'never' | 'shop_at_fault' | 'always'; readonly shopAtFaultReasons: readonly string[]; readonly cases: readonly RefundCaseView[] };

/** One unit of a product to the buyer's country, priced by the checkout's own quote. */
export type HelpExampleView = {
  readonly title: string;
  /** The locale the title is in (may be a fallback). */
  readonly locale: string;
  readonly unitPrice: Amount;
  readonly parcels: ReadonlyArray<{ readonly carrier: string; readonly name: string; readonly warehouseCountry: string; readonly minDays: number; readonly maxDays: number }>;
  readonly totals: TotalsView;
  readonly incoterm: 'DDP' | 'DAP';
};

export type HelpPageView = {
  readonly date: string;
  readonly incoterm: 'DDP' | 'DAP';
  readonly taxInclusive: boolean;
  readonly dutiesIncluded: boolean;
  readonly imports: ImportsView | null;
  readonly delivery: readonly HelpDeliveryView[] | null;
  readonly returns: HelpReturnsView;
  readonly paymentMethods: readonly PaymentMethodView[];
  readonly example: HelpExampleView | null;
};
