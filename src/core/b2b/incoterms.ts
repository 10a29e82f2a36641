import { fail, ok, type Result } from '../result/result.js';

/**
 * The eleven Incoterms 2020 rules as data (src/data/incoterms) and what follows from them: which
 * party bears each cost and the risk up to where, whether a rule fits the way the goods travel, and
 * the landed cost at the distributor's door a quote under a rule implies.
 */

export const INCOTERM_CODES = ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'] as const;
export type IncotermCode = (typeof INCOTERM_CODES)[number];
export type Party = 'seller' | 'buyer';

/** The costs a distributor's quote sets out, in the order the goods meet them. */
export const COST_ITEMS = ['loading', 'exportClearance', 'mainCarriage', 'insurance', 'unloading', 'importClearance', 'duties', 'importTaxes'] as const;
export type CostItem = (typeof COST_ITEMS)[number];

/** The ways goods travel; FAS, FOB, CFR and CIF are for sea and inland waterway only. */
export const TRANSPORT_MODES = ['sea', 'inland_waterway', 'air', 'road', 'rail', 'multimodal'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

export type IncotermRule = {
  code: IncotermCode;
  name: string;
  /** `any` mode of transport, or `sea` (sea and inland waterway). */
  modes: 'any' | 'sea';
  /** Where the seller delivers and the risk passes to the buyer. */
  delivery: string;
  riskPasses: 'origin' | 'destination';
  /** Who bears each cost. Insurance: the seller where the rule obliges it (CIF, CIP), else the party at risk during the main carriage, if it insures. */
  costs: Readonly<Record<CostItem, Party>>;
  /** The cover the seller must buy, for CIF and CIP. */
  insuranceCover: string | null;
  /** The rule for any mode to use instead, for the sea-only rules (ICC's guidance for containers and air). */
  anyModeAlternative: IncotermCode | null;
  source: string;
};

export function isIncotermCode(value: unknown): value is IncotermCode {
  return typeof value === 'string' && (INCOTERM_CODES as readonly string[]).includes(value);
}

/** Whether `rule` may be used for goods that travel by `mode`, and why not. */
export function checkIncotermForMode(rule: IncotermRule, mode: TransportMode): Result<true, 'INCOTERM_NOT_APPLICABLE'> {
  if (rule.modes === 'any' || mode === 'sea' || mode === 'inland_waterway') return ok(true);
  const instead = rule.anyModeAlternative ? `; use ${rule.anyModeAlternative} instead` : '';
  return fail('INCOTERM_NOT_APPLICABLE', `${rule.code} is for sea and inland waterway transport only, where the goods are delivered ${rule.delivery}; goods going by ${mode.replace('_', ' ')} are handed to a carrier, not loaded on board${instead}`, { field: 'incoterm' });
}

export type CostLine = { item: CostItem; amountMinor: number; party: Party };
export type CostSplit = {
  lines: CostLine[];
  /** What the seller's price covers besides the goods. */
  sellerMinor: number;
  /** What the buyer pays on top of the seller's price to have the goods at its door. */
  buyerMinor: number;
  /** Goods + every cost: the landed cost at the buyer's door, whoever pays each part. */
  landedMinor: number;
  /** The seller's price under the rule: goods + the seller's costs. */
  priceMinor: number;
};

/**
 * Split the costs of one shipment between seller and buyer under `rule`. All amounts are integer
 * minor units of one currency; insurance outside CIF and CIP, when given, falls on the party at risk
 * during the main carriage.
 */
export function splitCosts(rule: IncotermRule, goodsMinor: number, costs: Partial<Record<CostItem, number>>): CostSplit {
  const lines = COST_ITEMS.filter((item) => (costs[item] ?? 0) !== 0).map((item) => ({ item, amountMinor: costs[item]!, party: rule.costs[item] }));
  const sum = (party: Party) => lines.filter((l) => l.party === party).reduce((s, l) => s + l.amountMinor, 0);
  const sellerMinor = sum('seller');
  const buyerMinor = sum('buyer');
  return { lines, sellerMinor, buyerMinor, landedMinor: goodsMinor + sellerMinor + buyerMinor, priceMinor: goodsMinor + sellerMinor };
}
