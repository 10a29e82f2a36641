import type { FxUsed } from '../fx/convert.js';
import type { RuleRef } from './compile-rules.js';

/** Who pays a line and when: the buyer at checkout (DDP, point-of-sale taxes) or on delivery (DAP). */
export type Payer = 'seller' | 'buyer';
export type Due = 'checkout' | 'delivery';

export type Program = 'MFN' | 'agreement' | 'additional' | 'declared' | 'low-value duty' | 'low-value scheme' | 'import tax' | 'fee' | 'domestic tax';

/** One duty, tax or fee. Amounts are decimal strings in the answer currency. */
export type ChargeLine = {
  type: 'duty' | 'tax' | 'fee';
  name: string;
  amount: string;
  currency: string;
  /** The amount in the destination's own currency when that differs from the answer currency. */
  local?: { amount: string; currency: string };
  /** The rate as written in the rule: "12%", "EUR 3.00 per classification", "3.50 EUR/kg". */
  rate: string;
  /** What the rate applies to: "CIF", "FOB", "CIF + duty", "sale price incl. shipping", ... */
  basis: string;
  /** The base amount in the destination currency. */
  baseAmount: { amount: string; currency: string };
  /** A sentence a person can check: "12% of EUR 84.30 CIF". */
  formula: string;
  program: Program;
  agreement?: string;
  payer: Payer;
  due: Due;
  /** The item (sku) it belongs to; null for consignment-level lines. */
  sku: string | null;
  rule: RuleRef;
  note?: string;
};

export type DeMinimisDecision = {
  appliesTo: 'duty' | 'tax';
  /** The threshold, or null where the destination has none. */
  threshold: { amount: string; currency: string } | null;
  valueTested: { amount: string; currency: string } | null;
  basis: string;
  outcome: 'below' | 'above' | 'none';
  note: string;
  rule: RuleRef | null;
};

export type Remittance = {
  scheme: string;
  registration: string;
  number: string | null;
  amount: string;
  currency: string;
  note: string;
};

export type ItemResult = {
  sku: string;
  calculable: boolean;
  reasons: Array<{ code: string; message: string }>;
  customsValue: { amount: string; currency: string } | null;
};

export type LandedCostAnswer = {
  currency: string;
  incoterm: 'DDP' | 'DAP';
  date: string;
  destination: { country: string; customsTerritory: string | null; currency: string | null };
  totals: { items: string; shipping: string; insurance: string; duties: string; taxes: string; fees: string; landedCost: string };
  payableAtCheckout: string;
  payableOnDelivery: string;
  duties: ChargeLine[];
  taxes: ChargeLine[];
  fees: ChargeLine[];
  deMinimis: DeMinimisDecision[];
  remittance: Remittance[];
  items: ItemResult[];
  fx: FxUsed[];
  rulesVersion: string;
  /** True when every item could be calculated. */
  complete: boolean;
  warnings: string[];
};
