import { fail, ok, type Result } from '../result/result.js';

/** A cart line to fill: quantity of a SKU (its goods value is the same whichever warehouse ships it). */
export type RoutingLine = { readonly sku: string; readonly quantity: number };

export type RoutingWarehouse = {
  readonly code: string;
  /** Units that can be sold now, per SKU (on hand minus reserved). */
  readonly available: Readonly<Record<string, number>>;
};

/**
 * One way to ship one parcel, priced in the market's currency (minor units) by the shipping rates
 * and the landed-cost engine for that parcel: shipping, and the duties, taxes and fees its import
 * would cost the buyer (0 for a domestic parcel).
 */
export type ShipmentOption = {
  readonly service: string;
  readonly shipping: number;
  readonly duties: number;
  readonly taxes: number;
  readonly fees: number;
  readonly minDays: number;
  readonly maxDays: number;
};

/** Prices the parcel of `lines` from `warehouse`: its options, or none when it cannot go. */
export type PriceShipment = (warehouse: string, lines: readonly RoutingLine[]) => readonly ShipmentOption[];

export type RoutingInput = {
  readonly lines: readonly RoutingLine[];
  readonly warehouses: readonly RoutingWarehouse[];
  readonly price: PriceShipment;
  /** The latest delivery the buyer accepts, in days (default: any). */
  readonly maxDays?: number;
  /** At most this many parcels (default 2). */
  readonly maxShipments?: number;
  /** How amounts read in the explanations (default: minor units as digits), e.g. "EUR 47.05". */
  readonly format?: (minor: number) => string;
};

export type PlannedShipment = { readonly warehouse: string; readonly lines: readonly RoutingLine[]; readonly option: ShipmentOption; readonly total: number };
export type Plan = { readonly shipments: readonly PlannedShipment[]; readonly total: number; readonly maxDays: number };
export type ConsideredPlan = { readonly summary: string; readonly total: number | null; readonly maxDays: number | null; readonly verdict: string };
export type Routing = { readonly plan: Plan; readonly considered: readonly ConsideredPlan[]; readonly reason: string };

/** Beyond this many ways to assign lines to warehouses, only whole-cart and cheapest-per-line plans are tried. */
const MAX_ASSIGNMENTS = 4096;

/**
 * Choose where to ship a cart from: one warehouse, or a split across warehouses (each line shipped
 * whole from one of them), whichever gives the buyer the lowest landed cost (shipping + duties +
 * taxes + fees; the goods cost the same everywhere) among the plans that arrive within `maxDays`.
 * Each parcel takes its cheapest option within the window. Ties go to fewer parcels, then the
 * earlier latest delivery, then warehouse order. Every plan considered is listed with its total and
 * why it lost, so the choice can be explained. A line no single warehouse can fill is not split
 * across warehouses (that would be a partial shipment of one line): it makes the cart unroutable.
 */
export function planFulfillment(input: RoutingInput): Result<Routing, 'VALIDATION_FAILED' | 'INSUFFICIENT_STOCK' | 'NO_ROUTE'> {
  const maxShipments = input.maxShipments ?? 2;
  const format = input.format ?? String;
  if (input.lines.length === 0) return fail('VALIDATION_FAILED', 'the cart has no lines', { field: 'lines' });
  const bad = input.lines.findIndex((l) => !Number.isInteger(l.quantity) || l.quantity <= 0);
  if (bad >= 0) return fail('VALIDATION_FAILED', 'quantities must be whole numbers above 0', { field: `lines[${bad}].quantity` });
  // which warehouses can fill each line whole
  const choices = input.lines.map((line) => input.warehouses.filter((w) => (w.available[line.sku] ?? 0) >= line.quantity).map((w) => w.code));
  const unfillable = choices.findIndex((c) => c.length === 0);
  if (unfillable >= 0) {
    const line = input.lines[unfillable]!;
    const most = Math.max(0, ...input.warehouses.map((w) => w.available[line.sku] ?? 0));
    return fail('INSUFFICIENT_STOCK', `no warehouse has ${line.quantity} of ${line.sku} (at most ${most} in one)`, { field: `lines[${unfillable}].quantity` });
  }

  const assignments = enumerate(choices, input.warehouses.map((w) => w.code));
  const considered: ConsideredPlan[] = [];
  const feasible: Plan[] = [];
  const seen = new Set<string>();
  for (const assignment of assignments) {
    const byWarehouse = new Map<string, RoutingLine[]>();
    assignment.forEach((code, i) => byWarehouse.set(code, [...(byWarehouse.get(code) ?? []), input.lines[i]!]));
    const order = input.warehouses.map((w) => w.code).filter((c) => byWarehouse.has(c));
    const summary = order.map((c) => `${c}: ${byWarehouse.get(c)!.map((l) => `${l.quantity} x ${l.sku}`).join(', ')}`).join(' | ');
    if (seen.has(summary)) continue;
    seen.add(summary);
    if (order.length > maxShipments) {
      considered.push({ summary, total: null, maxDays: null, verdict: `more than ${maxShipments} ${maxShipments === 1 ? 'parcel' : 'parcels'}` });
      continue;
    }
    const shipments: PlannedShipment[] = [];
    let missing: string | undefined;
    for (const code of order) {
      const lines = byWarehouse.get(code)!;
      const options = input.price(code, lines).filter((o) => input.maxDays === undefined || o.maxDays <= input.maxDays);
      if (options.length === 0) {
        missing = `no service from ${code} arrives within ${input.maxDays ?? 'any'} days`;
        break;
      }
      const priced = options.map((option) => ({ option, total: option.shipping + option.duties + option.taxes + option.fees }));
      priced.sort((a, b) => a.total - b.total || a.option.maxDays - b.option.maxDays || (a.option.service < b.option.service ? -1 : 1));
      shipments.push({ warehouse: code, lines, ...priced[0]! });
    }
    if (missing) {
      considered.push({ summary, total: null, maxDays: null, verdict: missing });
      continue;
    }
    const plan: Plan = { shipments, total: shipments.reduce((s, x) => s + x.total, 0), maxDays: Math.max(...shipments.map((s) => s.option.maxDays)) };
    feasible.push(plan);
    considered.push({ summary, total: plan.total, maxDays: plan.maxDays, verdict: '' });
  }
  if (feasible.length === 0) return fail('NO_ROUTE', `no way to ship this cart${input.maxDays === undefined ? '' : ` within ${input.maxDays} days`}: ${considered.map((c) => `${c.summary} (${c.verdict})`).join('; ')}`, { field: 'lines' });

  const rank = (a: Plan, b: Plan) => a.total - b.total || a.shipments.length - b.shipments.length || a.maxDays - b.maxDays;
  feasible.sort(rank);
  const best = feasible[0]!;
  const bestSummary = describe(best);
  const verdicts = considered.map((c) => {
    if (c.total === null) return c;
    if (c.summary === bestSummary) return { ...c, verdict: 'chosen' };
    const more = c.total - best.total;
    return { ...c, verdict: more > 0 ? `costs ${format(more)} more` : 'costs the same, with more parcels or a later delivery' };
  });
  const runnerUp = feasible[1];
  const reason =
    runnerUp === undefined
      ? `the only way to ship: ${bestSummary}`
      : `${bestSummary}: landed cost ${format(best.total)} (shipping, duties, taxes and fees), ${format(runnerUp.total - best.total)} less than the next best (${describe(runnerUp)}), arriving within ${best.maxDays} days`;
  return ok({ plan: best, considered: verdicts, reason });
}

function describe(plan: Plan): string {
  return plan.shipments.map((s) => `${s.warehouse}: ${s.lines.map((l) => `${l.quantity} x ${l.sku}`).join(', ')}`).join(' | ');
}

/** Every assignment of lines to a warehouse that can fill them, or, past the cap, the whole-cart ones and the cheapest-looking mix. */
function enumerate(choices: readonly (readonly string[])[], order: readonly string[]): string[][] {
  const count = choices.reduce((n, c) => n * c.length, 1);
  if (count <= MAX_ASSIGNMENTS) {
    let all: string[][] = [[]];
    for (const c of choices) all = all.flatMap((prefix) => c.map((code) => [...prefix, code]));
    return all;
  }
  const whole = order.filter((code) => choices.every((c) => c.includes(code))).map((code) => choices.map(() => code));
  const first = choices.map((c) => c[0]!);
  return [...whole, first];
}
