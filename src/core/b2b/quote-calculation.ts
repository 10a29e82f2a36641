import type { Decimal } from '../decimal/decimal.js';
import { fail, ok, type Result } from '../result/result.js';
import { checkIncotermForMode, COST_ITEMS, INCOTERM_CODES, splitCosts, type CostItem, type IncotermCode, type IncotermRule, type Party, type TransportMode } from './incoterms.js';
import type { QuoteCostField } from './quote-input.js';
import { insuranceFromPremium, insuranceFromRate, type InsuranceCover } from './quote-insurance.js';

/**
 * A distributor's quote worked out from its priced lines, the forwarder's costs, the Incoterms 2020
 * rule and the landed-cost engine's duties and import taxes: every cost with the party that bears
 * it, where the risk passes, the seller's price under the rule, what the buyer pays on top, the
 * landed cost at the buyer's door, and the same shipment under every rule the transport mode allows.
 * Pure: amounts are integer minor units of the quote currency, nothing is rounded here.
 */

export type Rules = Readonly<Record<IncotermCode, IncotermRule>>;

export type PricedLine = { sku: string; quantity: number; unitPriceMinor: number; lineMinor: number; tierMinQuantity: number };

/** Duties (with the customs fees charged with them) and import taxes, converted to the quote currency. */
export type EngineCharges = { dutiesMinor: number; importTaxesMinor: number };

export type QuoteCostLine = { item: CostItem; label: string; amountMinor: number; party: Party; source: 'forwarder' | 'computed' | 'landed-cost engine' | 'none' };

export type ComparisonRow = { incoterm: IncotermCode; name: string; riskPasses: 'origin' | 'destination'; priceMinor: number; buyerExtraMinor: number; landedMinor: number; chosen: boolean };

export type QuoteCalculation = {
  incoterm: { code: IncotermCode; name: string; namedPlace: string; text: string; delivery: string; riskPasses: 'origin' | 'destination'; risk: string; insuranceCover: string | null; source: string };
  transportMode: TransportMode;
  currency: string;
  goodsMinor: number;
  costs: QuoteCostLine[];
  insurance: InsuranceCover | null;
  /** Goods + the costs the seller bears: what the distributor pays the seller. */
  sellerPriceMinor: number;
  /** The costs the buyer bears, paid to others (its forwarder, customs, the tax office). */
  buyerExtraMinor: number;
  /** Goods + every cost, whoever bears it. */
  landedMinor: number;
  comparison: ComparisonRow[];
};

export const COST_LABELS: Readonly<Record<CostItem, string>> = {
  loading: 'Loading at origin',
  exportClearance: 'Export clearance',
  mainCarriage: 'Main carriage',
  insurance: 'Cargo insurance',
  unloading: 'Unloading at destination',
  importClearance: 'Import clearance',
  duties: 'Import duties and customs fees',
  importTaxes: 'Import VAT / GST',
};

/** The rule a quote asks for, refused when the transport mode cannot use it (FOB by air: use FCA). */
export function ruleForQuote(rules: Rules, code: IncotermCode, mode: TransportMode): Result<IncotermRule, 'INCOTERM_NOT_APPLICABLE'> {
  const rule = rules[code];
  const usable = checkIncotermForMode(rule, mode);
  return usable.ok ? ok(rule) : usable;
}

/** The costs with insurance settled; `insuranceComputed` when the premium was worked out from a rate. */
export type ShipmentCosts = { costs: Partial<Record<QuoteCostField, number>>; insurance: InsuranceCover | null; insuranceComputed: boolean };

/**
 * The forwarder's costs with insurance settled: from the premium rate when one is given (the
 * minimum cover of CIF/CIP), else the premium quoted. CIF and CIP oblige the seller to insure, so
 * a quote under them without either is refused naming `costs.insurance`.
 */
export function shipmentCosts(rule: IncotermRule, goodsMinor: number, costs: Partial<Record<QuoteCostField, number>>, ratePercent: Decimal | null): Result<ShipmentCosts, 'VALIDATION_FAILED'> {
  const costAndFreight = goodsMinor + (costs.loading ?? 0) + (costs.exportClearance ?? 0) + (costs.mainCarriage ?? 0);
  if (ratePercent) {
    const insurance = insuranceFromRate(costAndFreight, ratePercent);
    return ok({ costs: { ...costs, insurance: insurance.premiumMinor }, insurance, insuranceComputed: true });
  }
  if (costs.insurance !== undefined) return ok({ costs, insurance: insuranceFromPremium(costAndFreight, costs.insurance), insuranceComputed: false });
  if (rule.insuranceCover) {
    return fail('VALIDATION_FAILED', `${rule.code} obliges the seller to insure the goods (${rule.insuranceCover}): give costs.insurance (the premium) or insuranceRatePercent to compute it`, { field: 'costs.insurance' });
  }
  return ok({ costs, insurance: null, insuranceComputed: false });
}

/** Where the risk passes, in words. */
function riskText(rule: IncotermRule, namedPlace: string): string {
  const where = rule.riskPasses === 'origin' ? 'in the country of export' : 'in the country of destination';
  return `Risk passes from seller to buyer ${where}, when the goods are delivered ${rule.delivery} (${namedPlace}).`;
}

/**
 * Work out the quote. `costs` are the shipment's costs with insurance settled (shipmentCosts);
 * `engine` the duties and import taxes at the destination, the same under every rule (the customs
 * value does not depend on who pays the freight). Every rule usable for the mode is compared on the
 * same costs, so the landed cost at the door is the same in every row; the price and the buyer's
 * extra move.
 */
export function calculateQuote(input: {
  rules: Rules;
  rule: IncotermRule;
  transportMode: TransportMode;
  namedPlace: string;
  currency: string;
  lines: readonly PricedLine[];
  shipment: ShipmentCosts;
  engine: EngineCharges;
}): QuoteCalculation {
  const { rule, shipment, engine } = input;
  const goodsMinor = input.lines.reduce((s, l) => s + l.lineMinor, 0);
  const all: Record<CostItem, number> = { ...Object.fromEntries(COST_ITEMS.map((c) => [c, 0])), ...shipment.costs, duties: engine.dutiesMinor, importTaxes: engine.importTaxesMinor } as Record<CostItem, number>;
  const source = (item: CostItem): QuoteCostLine['source'] => {
    if (item === 'duties' || item === 'importTaxes') return 'landed-cost engine';
    if (item === 'insurance' && shipment.insuranceComputed) return 'computed';
    return shipment.costs[item as QuoteCostField] === undefined ? 'none' : 'forwarder';
  };
  const costs = COST_ITEMS.map((item) => ({ item, label: COST_LABELS[item], amountMinor: all[item], party: rule.costs[item], source: source(item) }));
  const split = splitCosts(rule, goodsMinor, all);
  const comparison = INCOTERM_CODES.filter((code) => checkIncotermForMode(input.rules[code], input.transportMode).ok).map((code) => {
    const s = splitCosts(input.rules[code], goodsMinor, all);
    return { incoterm: code, name: input.rules[code].name, riskPasses: input.rules[code].riskPasses, priceMinor: s.priceMinor, buyerExtraMinor: s.buyerMinor, landedMinor: s.landedMinor, chosen: code === rule.code };
  });
  return {
    incoterm: {
      code: rule.code,
      name: rule.name,
      namedPlace: input.namedPlace,
      text: `${rule.code} ${input.namedPlace} (Incoterms® 2020)`,
      delivery: rule.delivery,
      riskPasses: rule.riskPasses,
      risk: riskText(rule, input.namedPlace),
      insuranceCover: rule.insuranceCover,
      source: rule.source,
    },
    transportMode: input.transportMode,
    currency: input.currency,
    goodsMinor,
    costs,
    insurance: shipment.insurance,
    sellerPriceMinor: split.priceMinor,
    buyerExtraMinor: split.buyerMinor,
    landedMinor: split.landedMinor,
    comparison,
  };
}
